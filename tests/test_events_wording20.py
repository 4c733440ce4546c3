"""Events stage: wording of real reports, round 20.

(text, published, expected) cases written for these tests in the style of official remarks,
wire news, UN updates and encyclopedia chronicles, from several conflicts; none is taken
from the dev set or a probe. Classes:

1. a speaker's own arrival, in remarks: "I came to Bujumbura to listen", "It is a true
   honor to be in Mozambique", "We are glad to be back in Kyiv" is travel there (not "came
   to power", "came to the conclusion", a storm that "came to Florida", "happy to be in the
   team", nor a life story: "I came to London as a refugee in 1990");
2. armed men's pronoun after a time with no comma: "Taliban fighters took Taloqan on 11
   November. Two days later they reached Kunduz" is a movement of the fighters (not of
   protesters), and "Hours later they moved north" names no actor "Hours";
3. a name before the local unit it names is a place the gazetteer may lack: "Kalehe
   territory", "Paletwa township", "Baringo county", "Sasiga woreda" (not "French
   territory"), and a possessive names its container first: "Tigray's Togoga village" is
   Togoga, in Tigray.
"""

from __future__ import annotations

import datetime as dt

import pytest
from _factories import case_params, check_events, place_resolutions

from geo.events import extract_events
from geo.models import Resolution
from geo.places import load

PLACES: dict[str, tuple[str, str, str]] = {
    "Bujumbura": ("city", "BI", "Bujumbura Mairie"), "Mozambique": ("country", "MZ", ""),
    "Kyiv": ("city", "UA", "Kyiv City"), "Juba": ("city", "SS", "Central Equatoria"),
    "Nairobi": ("city", "KE", "Nairobi"), "Florida": ("admin1", "US", "Florida"),
    "London": ("city", "GB", "England"), "Paris": ("city", "FR", "Ile-de-France"),
    "Geneva": ("city", "CH", "Geneva"), "Taloqan": ("city", "AF", "Takhar"),
    "Kunduz": ("city", "AF", "Kunduz"), "Rostov-on-Don": ("city", "RU", "Rostov"),
    "Moscow": ("city", "RU", "Moscow"), "Bunagana": ("city", "UG", "Kisoro"),
    "Rutshuru": ("city", "CD", "North Kivu"), "Mombasa": ("city", "KE", "Mombasa"),
    "Tigray": ("admin1", "ET", "Tigray"), "Borno": ("admin1", "NG", "Borno"),
    "Dhaka": ("city", "BD", "Dhaka"), "Port-au-Prince": ("city", "HT", "Ouest"),
}
_ID = {name: n for n, name in enumerate(PLACES, start=1)}
MAR5 = dt.date(2024, 3, 5)


def _resolutions(text: str) -> list[Resolution]:
    return place_resolutions(text, PLACES, lambda name: _ID.get(name, 0))


# fmt: off
CASES_SPEAKER_ARRIVES = [
    # Burundi, Mozambique, Ukraine, South Sudan, Kenya, Bangladesh, Haiti
    ("I came to Bujumbura to hear from the government and civil society.", MAR5,
     [dict(kind="movement", dest="Bujumbura", date="2024-03-05")]),
    ("It is a true honor to be in Mozambique today, and I thank President Nyusi.", MAR5,
     [dict(kind="movement", dest="Mozambique", date="2024-03-05")]),
    ("We are glad to be back in Kyiv to show that our support will not waver.", MAR5,
     [dict(kind="movement", dest="Kyiv")]),
    ("I am honored to be here in Juba with the people of South Sudan.", MAR5,
     [dict(kind="movement", dest="Juba", actor1="I")]),
    ("I am pleased to be back in Nairobi, where I met with President Ruto this morning.", MAR5,
     [dict(kind="movement", dest="Nairobi"), dict(kind="meeting", loc="Nairobi")]),
    ("We came here to Dhaka to see how the Rohingya refugees are being helped.", MAR5,
     [dict(kind="movement", dest="Dhaka")]),
    # not arrivals
    ("He came to power in Port-au-Prince after the assassination.", MAR5, []),
    ("The storm came to Florida on Tuesday.", MAR5, []),
    ("I am happy to be in the team for the final in Paris.", MAR5, []),
    ("I came to London as a refugee in 1990.", MAR5, []),
    ("We came to the conclusion that the plan drawn up in Geneva would fail.", MAR5, []),
]

CASES_TIME_THEN_PRONOUN = [
    # Afghanistan, Russia, DR Congo, Kenya
    ("Taliban fighters took Taloqan on 11 November. Two days later they reached Kunduz.",
     dt.date(2001, 11, 20),
     [dict(kind="capture", loc="Taloqan", date="2001-11-11"),
      dict(kind="movement", dest="Kunduz", date="2001-11-13")]),
    ("Wagner fighters entered Rostov-on-Don on 24 June. Hours later they moved north towards "
     "Moscow.", dt.date(2023, 6, 25),
     [dict(kind="movement", dest="Rostov-on-Don"),
      dict(kind="movement", dest="Moscow")]),
    ("Rebel fighters seized Bunagana in June. A week afterwards they took Rutshuru.",
     dt.date(2022, 7, 1),
     [dict(kind="capture", loc="Bunagana"), dict(kind="capture", loc="Rutshuru")]),
    # not armed men
    ("The protesters gathered in Nairobi on Monday. Two days later they reached Mombasa.", MAR5,
     [dict(kind="protest", loc="Nairobi")]),
]

CASES_LOCAL_UNIT = [
    # DR Congo, Myanmar, Kenya, Ethiopia, Sierra Leone, Nigeria
    ("According to OCHA, some 25,000 people have been displaced from Kalehe territory since "
     "1 February.", MAR5, [dict(kind="displacement", origin="Kalehe", flags={"unresolved"})]),
    ("Fighting between the army and the Arakan Army forced thousands to flee Paletwa "
     "township.", MAR5,
     [dict(kind="clash", loc="Paletwa"), dict(kind="displacement", origin="Paletwa")]),
    ("Bandits killed 11 herders in Baringo county on Sunday.", MAR5,
     [dict(kind="attack", loc="Baringo", fatal=11, date="2024-03-03")]),
    ("Militiamen attacked Sasiga woreda on Monday, killing 30 farmers.", MAR5,
     [dict(kind="attack", loc="Sasiga", fatal=30)]),
    ("An airstrike on a market in Tigray's Togoga village killed at least 51 people on "
     "Tuesday.", MAR5, [dict(kind="strike", loc="Tigray", fatal=51, flags={"approximate"})]),
    ("Insurgents stormed Borno's Gajiram town on Friday.", MAR5,
     [dict(kind="clash", loc="Borno", flags={"approximate"})]),
    # not places
    ("Meetings with cattle have been forbidden on French territory since Monday.", MAR5, []),
]
# fmt: on


@pytest.fixture(scope="module")
def gazetteer():
    return load()


@pytest.mark.parametrize(("text", "published", "expected"), case_params([
    ("speaker_arrives", CASES_SPEAKER_ARRIVES), ("time_then_pronoun", CASES_TIME_THEN_PRONOUN),
    ("local_unit", CASES_LOCAL_UNIT),
]))
def test_wording_cases(gazetteer, text: str, published: dt.date | None,
                       expected: list[dict]) -> None:
    events = extract_events(text, _resolutions(text), published=published, gazetteer=gazetteer)
    check_events(text, events, expected)


@pytest.mark.parametrize("text", [
    "Wagner fighters entered Rostov-on-Don on 24 June. Hours later they moved north towards "
    "Moscow.",
    "Rebel fighters seized Bunagana in June. A week afterwards they took Rutshuru.",
])
def test_time_then_pronoun_names_no_actor(gazetteer, text: str) -> None:
    """The time before a pronoun subject is no actor ("Hours", "week afterwards they")."""
    events = extract_events(text, _resolutions(text), published=MAR5, gazetteer=gazetteer)
    assert [e.actor1 for e in events][1:] == [None], [(e.kind, e.actor1) for e in events]
