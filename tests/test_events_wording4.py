"""Events stage: owners' areas, repeats that narrow a place, shelters, and burning (round 4).

(text, published, expected) cases written for these tests in the style of UN and UNHCR
updates and wire news, from several conflicts; none is taken from the dev set. Classes:

1. a country's area with lowercase words between ("Pakistan's southwestern Balochistan
   province", "India's northeastern state of Manipur") is where: the owner only qualifies
   it; an owner before a person ("Pakistan's army chief") still names who;
2. a definite repeat with a town of its own ("The attack took place in Bama") narrows the
   area of the event it repeats (Borno state) to that town: one event, not two; a repeat
   on another day, or in a town outside the area, stays its own event; a wire story's
   lead on the first line is no title, so its second sentence can be the repeat;
3. a direction governs a shelter or a crossing, and the name after it says where that is:
   "from the transit centre in Renk to Malakal" leaves Renk; "to camps on the outskirts
   of Baidoa" goes to Baidoa;
4. residents (villagers, families) of a place who flee leave from it; an attack on them
   stays there;
5. burning or setting fire to homes and vehicles is a riot, like torching; gunfire between
   sides is a clash; rioters and looters who attack make a riot;
6. burning or looting told beside an armed attack of the same subject is part of it ("raided
   the village, looting shops and burning homes"; "set fire to vehicles and attacked a
   police station"); after a comma and a subject of its own it stays an event.
"""

from __future__ import annotations

import datetime as dt

import pytest
from _factories import case_params, check_events, place_resolutions

from geo.events import extract_events
from geo.models import Resolution

PLACES: dict[str, tuple[str, str, str]] = {
    "Pakistan": ("country", "PK", ""), "Balochistan": ("admin1", "PK", ""),
    "Quetta": ("city", "PK", "Balochistan"), "Musakhel": ("city", "PK", "Balochistan"),
    "Kalat": ("city", "PK", "Balochistan"), "India": ("country", "IN", ""),
    "Manipur": ("admin1", "IN", ""), "Nigeria": ("country", "NG", ""),
    "Borno": ("admin1", "NG", ""), "Bama": ("city", "NG", "Borno"),
    "Kano": ("city", "NG", "Kano"), "Somalia": ("country", "SO", ""),
    "Kismayo": ("city", "SO", "Lower Juba"), "Baidoa": ("city", "SO", "Bay"),
    "Middle Shabelle": ("admin1", "SO", ""), "Renk": ("city", "SS", "Upper Nile"),
    "Malakal": ("city", "SS", "Upper Nile"), "South Sudan": ("country", "SS", ""),
    "Bria": ("city", "CF", "Haute-Kotto"), "Macomia": ("city", "MZ", "Cabo Delgado"),
    "Pemba": ("city", "MZ", "Cabo Delgado"), "Kidal": ("city", "ML", "Kidal"),
    "Goma": ("city", "CD", "North Kivu"), "Kaya": ("city", "BF", "Centre-Nord"),
    "Dori": ("city", "BF", "Sahel"), "Tahoua": ("city", "NE", "Tahoua"),
    "Gao": ("city", "ML", "Gao"), "Durban": ("city", "ZA", "KwaZulu-Natal"),
    "Soweto": ("city", "ZA", "Gauteng"), "Jiribam": ("city", "IN", "Manipur"),
    "Kuriga": ("city", "NG", "Kaduna"), "Port-au-Prince": ("city", "HT", "Ouest"),
    "Ukraine": ("country", "UA", ""), "Russia": ("country", "RU", ""),
    "Kursk": ("admin1", "RU", ""), "Uvira": ("city", "CD", "South Kivu"),
    "Burundi": ("country", "BI", ""),
}
_ID = {name: n for n, name in enumerate(PLACES, start=1)}
D = dt.date


def _resolutions(text: str) -> list[Resolution]:
    return place_resolutions(text, PLACES, _ID.__getitem__)


# --- 1. A country's area with lowercase words between --------------------------------------
CASES_OWNED_AREA: list = [
    # Pakistan: the dateline's city is not where
    ("QUETTA, Pakistan (AP) - Gunmen ambushed a bus on a highway in Pakistan's southwestern "
     "Balochistan province on Monday, killing 23 people.", D(2024, 8, 26),
     [dict(kind="clash", loc="Balochistan", no_flags={"place_inferred"})]),
    # India: "state of"
    ("Militants fired rockets at a village in India's northeastern state of Manipur on "
     "Saturday.", D(2024, 9, 8),
     [dict(kind="strike", loc="Manipur", date="2024-09-07")]),
    # Nigeria
    ("Boko Haram fighters attacked a military base in Nigeria's restive northeastern Borno "
     "state on Friday.", D(2024, 3, 4),
     [dict(kind="clash", loc="Borno")]),
    # Russia, capitalised as before
    ("Ukrainian forces advanced into Russia's Kursk region on Tuesday.", D(2024, 8, 7),
     [dict(kind="movement", dest="Kursk")]),
    # the owner of a person still names who
    ("Pakistan's army chief visited Quetta on Monday.", D(2024, 8, 26),
     [dict(kind="meeting", loc="Quetta"), dict(kind="movement", dest="Quetta")]),
]

# --- 2. A definite repeat narrows the area of the event it repeats -------------------------
CASES_NARROWS: list = [
    # Pakistan, wire lead on the first line
    ("Gunmen ambushed a bus in Balochistan on Monday, killing 23 people.\nThe attack took "
     "place in Musakhel, officials said.", D(2024, 8, 26),
     [dict(kind="clash", loc="Musakhel", date="2024-08-26", flags={"merged_in_article"})]),
    # Somalia: a distance from a town
    ("U.S. forces conducted an airstrike in Somalia on Feb. 10. The strike took place about "
     "40 kilometers southwest of Baidoa.", D(2024, 2, 12),
     [dict(kind="strike", loc="Baidoa", date="2024-02-10", flags={"near"})]),
    # Nigeria
    ("Insurgents attacked a village in Borno on Sunday. The attack took place near Bama.",
     D(2024, 3, 4),
     [dict(kind="clash", loc="Bama", date="2024-03-03")]),
    # a town outside the area: another event
    ("Insurgents attacked a village in Borno on Sunday. The attack in Kano on Monday killed "
     "three.", D(2024, 3, 4),
     [dict(kind="clash", loc="Borno"), dict(kind="clash", loc="Kano", date="2024-03-04")]),
    # another day: another event
    ("Insurgents attacked a village in Borno on Sunday. The attack near Bama on Monday "
     "killed three.", D(2024, 3, 4),
     [dict(kind="clash", loc="Borno"), dict(kind="clash", loc="Bama", date="2024-03-04")]),
]

# --- 3. A direction governs a shelter or a crossing ----------------------------------------
CASES_SHELTERS: list = [
    # South Sudan, UNHCR style
    ("UNHCR relocated 3,200 refugees from the transit centre in Renk to Malakal on 12 May.",
     D(2024, 5, 20),
     [dict(kind="displacement", origin="Renk", dest="Malakal", date="2024-05-12")]),
    # Somalia
    ("Thousands of families fled from Middle Shabelle to camps on the outskirts of Baidoa in "
     "March.", D(2024, 5, 20),
     [dict(kind="displacement", origin="Middle Shabelle", dest="Baidoa")]),
    # DR Congo
    ("About 5,000 people fled to displacement camps near Goma on Tuesday.", D(2024, 2, 9),
     [dict(kind="displacement", dest="Goma")]),
    # Burkina Faso
    ("Some 800 people returned from the displacement site in Kaya to Dori last week.",
     D(2024, 5, 20),
     [dict(kind="movement", origin="Kaya", dest="Dori")]),
]

# --- 4. Residents who flee leave from their place ------------------------------------------
CASES_RESIDENTS: list = [
    # Central African Republic
    ("About 2,000 residents of Bria fled across the border into South Sudan on Monday.",
     D(2024, 5, 20),
     [dict(kind="displacement", origin="Bria", dest="South Sudan")]),
    # Mozambique
    ("Hundreds of residents of Macomia fled to Pemba after the attack on Friday.",
     D(2024, 5, 13),
     [dict(kind="displacement", origin="Macomia", dest="Pemba")]),
    # DR Congo: villagers
    ("Villagers from Uvira fled into Burundi on Sunday.", D(2024, 2, 12),
     [dict(kind="displacement", origin="Uvira", dest="Burundi")]),
    # an attack on residents stays where they are
    ("Gunmen attacked residents of Kidal on Tuesday.", D(2024, 5, 20),
     [dict(kind="attack", loc="Kidal")]),
]

# --- 5. Burning, gunfire between sides, rioters --------------------------------------------
CASES_BURNING: list = [
    # Niger
    ("Armed men burned homes in Tahoua last week.", D(2024, 5, 20),
     [dict(kind="riot", loc="Tahoua")]),
    # Pakistan
    ("Militants set fire to 35 vehicles in Kalat on Monday.", D(2024, 8, 26),
     [dict(kind="riot", loc="Kalat", date="2024-08-26")]),
    # India
    ("Gunfire between armed groups in Jiribam killed five people on Monday.", D(2024, 9, 9),
     [dict(kind="clash", loc="Jiribam", fatal=5)]),
    # South Africa
    ("Rioters attacked shops in Durban on Monday.", D(2021, 7, 13),
     [dict(kind="riot", loc="Durban", date="2021-07-12")]),
    # Haiti
    ("Looters stormed warehouses in Port-au-Prince on Friday.", D(2024, 3, 11),
     [dict(kind="riot", loc="Port-au-Prince")]),
    # a fire that is no attack
    ("A fire burned for hours in Durban on Monday.", D(2021, 7, 13), []),
]

# --- 6. Burning or looting beside an armed attack is part of it ----------------------------
CASES_PART_OF_RAID: list = [
    # Nigeria: participles after the raid
    ("Gunmen raided the village of Kuriga on Thursday, looting shops and burning homes.",
     D(2024, 3, 9),
     [dict(kind="clash", loc="Kuriga", date="2024-03-07")]),
    # South Sudan
    ("Armed youth attacked a humanitarian convoy near Malakal on 15 May, looting food "
     "supplies.", D(2024, 5, 20),
     [dict(kind="clash", loc="Malakal", date="2024-05-15")]),
    # Pakistan: two verbs of one subject
    ("Militants set fire to 35 vehicles and attacked a police station in Kalat on Monday.",
     D(2024, 8, 26),
     [dict(kind="clash", loc="Kalat")]),
    # Mali
    ("Jihadists attacked the market in Gao and burned dozens of shops on Friday.",
     D(2024, 5, 20),
     [dict(kind="attack", loc="Gao")]),
    # a subject of its own after a comma: two events
    ("Rioters torched vehicles in Durban, and soldiers clashed with gunmen in Soweto on "
     "Monday.", D(2021, 7, 13),
     [dict(kind="riot", loc="Durban"), dict(kind="clash", loc="Soweto")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), case_params([
    ("owned_area", CASES_OWNED_AREA), ("narrows", CASES_NARROWS),
    ("shelters", CASES_SHELTERS), ("residents", CASES_RESIDENTS),
    ("burning", CASES_BURNING), ("raid", CASES_PART_OF_RAID),
]))
def test_wording_cases(text: str, published: dt.date | None, expected: list[dict]) -> None:
    events = extract_events(text, _resolutions(text), published=published)
    check_events(text, events, expected)
