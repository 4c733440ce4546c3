"""Events stage: places the gazetteer lacks, set as places by the words around them (round 11).

(text, published, expected) cases written for these tests in the style of wire news, UN
updates and police statements, from several conflicts; none is taken from the dev set or a
probe. Villages and neighbourhoods of this kind are missing from most gazetteers; an event
there is kept with no geometry (flagged ``unresolved``) rather than dropped. Classes:

1. the object of a verb of attack ("stormed", "raided", "attacked", "shelled", "bombed",
   "besieged") when armed men, their weapons or a listed group are the subject before it:
   "Gang members stormed Ti Bwa on Thursday", "ADF rebels attacked Mayikengo"; not a group
   the gazetteer lists ("attacked Hezbollah") or people ("attacked Fulani herders"), not a person's
   assault or a critic's words ("attacked Sgt. Gale with a knife", "Critics attacked
   Netanyahu"), and not when a resolved place follows ("attacked Kurmin Wali in Kaduna
   State": the event is there);
2. a name before the kind of place it is: "in Kwanar Dutse village", "the Hay al-Salam
   neighbourhood" (not "a Christian village", an indefinite description);
3. where people were killed or taken: "killed at least 30 civilians in Tibga", "abducted
   more than 40 passengers at Kaura" (not "12 people in Kaura received aid");
4. killings in other words than "killed", each with its toll: "beheaded five villagers",
   "massacred 40 villagers", "hacked 11 people to death", "burned three women alive" (not
   "burned the toast").
"""

from __future__ import annotations

import datetime as dt

import pytest
from _factories import case_params, check_events, place_resolutions

from geo.events import extract_events
from geo.models import Resolution
from geo.places import load

PLACES: dict[str, tuple[str, str, str]] = {
    "Kaduna State": ("admin1", "NG", "Kaduna"), "Khan Younis": ("city", "PS", "Gaza Strip"),
    "Gezira": ("admin1", "SD", "Gezira"), "Beni": ("city", "CD", "North Kivu"),
}
_ID = {name: n for n, name in enumerate(PLACES, start=1)}
JUN10 = dt.date(2024, 6, 10)


def _resolutions(text: str) -> list[Resolution]:
    return place_resolutions(text, PLACES, _ID.__getitem__)


# --- 1. The object of a verb of attack ------------------------------------------------------
CASES_ATTACKED: list = [
    # Haiti, Nigeria, Burkina Faso, Sudan, DR Congo
    ("Gang members stormed Ti Bwa on Thursday, killing at least 15 people.", JUN10,
     [dict(kind="attack", loc="Ti Bwa", date="2024-06-06", fatal=15, flags={"unresolved"})]),
    ("Bandits raided Kurmin Wali on Sunday and abducted dozens of worshippers.", JUN10,
     [dict(kind="clash", loc="Kurmin Wali", date="2024-06-09", flags={"unresolved"}),
      dict(kind="attack", loc="Kurmin Wali", date="2024-06-09")]),
    ("Jihadists attacked Tanwalbougou and Dargo on Monday, killing dozens of civilians.",
     JUN10,
     [dict(kind="attack", loc="Tanwalbougou", flags={"unresolved"}),
      dict(kind="attack", loc="Dargo", flags={"unresolved"})]),
    ("RSF fighters stormed Wad al-Nourah in Gezira on 5 June, killing more than 100 "
     "villagers.", JUN10,
     [dict(kind="attack", loc="Gezira", date="2024-06-05", fatal=100)]),
    ("ADF rebels attacked Mayikengo on Monday night, 30 km from Beni.", JUN10,
     [dict(kind="clash", loc="Mayikengo", date="2024-06-10", actor1="ADF rebels",
           flags={"unresolved"})]),
    ("Boko Haram shelled Kirawa overnight, residents said.", JUN10,
     [dict(kind="strike", loc="Kirawa", flags={"unresolved"})]),
    # a listed group or a people; a person; a critic; a resolved place after the name
    ("Israeli forces attacked Hezbollah on Monday.", JUN10, []),
    ("The militia attacked Fulani herders on Monday.", JUN10, []),
    ("Police say Eberhart, 45, attacked Sgt. Gale with a kitchen knife on Monday.", JUN10, []),
    ("Critics attacked Netanyahu on Monday over the deal.", JUN10, []),
    ("Fighters attacked Kurmin Wali in Kaduna State on Sunday.", JUN10,
     [dict(kind="clash", loc="Kaduna State", date="2024-06-09")]),
]


# --- 2. A name before the kind of place it is -----------------------------------------------
CASES_KIND_AFTER: list = [
    # Nigeria, Gaza, Sudan
    ("Gunmen killed 12 people in Kwanar Dutse village on Tuesday night, police said.", JUN10,
     [dict(kind="attack", loc="Kwanar Dutse", date="2024-06-04", fatal=12,
           flags={"unresolved"})]),
    ("Shelling hit the Hay al-Salam neighbourhood of Khan Younis on Friday.", JUN10,
     [dict(kind="strike", loc="Khan Younis", date="2024-06-07")]),
    ("Drones struck the Umbadda district on Friday, killing nine people.", JUN10,
     [dict(kind="strike", loc="Umbadda", fatal=9, flags={"unresolved"})]),
    ("Herders attacked a Christian village on Monday, killing 20.", JUN10, []),
]


# --- 3. Where people were killed or taken ---------------------------------------------------
CASES_HARMED_IN: list = [
    # Burkina Faso, Nigeria, Mozambique
    ("Suspected jihadists killed at least 30 civilians in Tibga on Saturday.", JUN10,
     [dict(kind="attack", loc="Tibga", date="2024-06-08", fatal=30, flags={"unresolved"})]),
    ("Bandits abducted more than 40 passengers at Kaura on Monday.", JUN10,
     [dict(kind="attack", loc="Kaura", date="2024-06-10", flags={"unresolved"})]),
    ("Insurgents beheaded five villagers in Muidumbe on Friday.", JUN10,
     [dict(kind="attack", loc="Muidumbe", flags={"unresolved"})]),
    ("The ministry said 12 people in Kaura had received aid.", JUN10, []),
]


# --- 4. Killings in other words ------------------------------------------------------------
CASES_KILLING_WORDS: list = [
    # Mozambique, Nigeria, DR Congo (Ituri)
    ("Insurgents beheaded five villagers in Muidumbe on Friday.", JUN10,
     [dict(kind="attack", loc="Muidumbe", fatal=5, flags={"unresolved"})]),
    ("Gunmen massacred 40 villagers in Yelwata on Friday.", JUN10,
     [dict(kind="attack", loc="Yelwata", fatal=40, date="2024-06-07")]),
    ("Militiamen hacked 11 people to death near Beni on Sunday.", JUN10,
     [dict(kind="attack", loc="Beni", fatal=11, date="2024-06-09")]),
    ("The attackers burned three women alive in Beni.", JUN10,
     [dict(kind="attack", loc="Beni", fatal=3)]),
    ("The chef burned the toast in Beni on Sunday.", JUN10, []),
]


@pytest.fixture(scope="module")
def gazetteer():
    return load()


@pytest.mark.parametrize(("text", "published", "expected"), case_params([
    ("attacked", CASES_ATTACKED), ("kind_after", CASES_KIND_AFTER),
    ("harmed_in", CASES_HARMED_IN), ("killing_words", CASES_KILLING_WORDS),
]))
def test_wording_cases(gazetteer, text: str, published: dt.date, expected: list[dict]) -> None:
    events = extract_events(text, _resolutions(text), published=published, gazetteer=gazetteer)
    check_events(text, events, expected)


def test_no_gazetteer_reads_no_attack_objects() -> None:
    """Without a gazetteer to tell groups from places, the object of "attacked" is not read."""
    text = CASES_ATTACKED[0][0]
    assert extract_events(text, _resolutions(text), published=JUN10) == []
