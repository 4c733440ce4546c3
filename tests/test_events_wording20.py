"""Events stage: wording of real reports, round 20.

(text, published, expected) cases written for these tests in the style of official remarks,
wire news, UN updates and encyclopedia chronicles, from several conflicts; none is taken
from the dev set or a probe. Classes:

1. a speaker's own arrival, in remarks: "I came to Bujumbura to listen", "It is a true
   honor to be in Mozambique", "We are glad to be back in Kyiv" is travel there (not "came
   to power", "came to the conclusion", a storm that "came to Florida", "happy to be in the
   team", nor a life story: "I came to London as a refugee in 1990").
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
    "Geneva": ("city", "CH", "Geneva"), "Dhaka": ("city", "BD", "Dhaka"),
    "Port-au-Prince": ("city", "HT", "Ouest"),
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
# fmt: on


@pytest.fixture(scope="module")
def gazetteer():
    return load()


@pytest.mark.parametrize(("text", "published", "expected"), case_params([
    ("speaker_arrives", CASES_SPEAKER_ARRIVES),
]))
def test_wording_cases(gazetteer, text: str, published: dt.date | None,
                       expected: list[dict]) -> None:
    events = extract_events(text, _resolutions(text), published=published, gazetteer=gazetteer)
    check_events(text, events, expected)
