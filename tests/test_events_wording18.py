"""Events stage: wording of real reports, round 18.

(text, published, expected) cases written for these tests in the style of wire news, UN
updates, military statements and encyclopedia chronicles, from several conflicts; none is
taken from the dev set or a probe. Classes:

1. a meeting the text denies is none: "visited Goma on Monday but did not meet the
   governor", "visited Kyiv without meeting Zelensky" are travel only (not "visited Mekelle,
   where he met with elders");
2. people hit or wounded by crossfire in a place were caught in a fight, not in a strike:
   "a boy was wounded in the crossfire in Kandahar" is a clash (not "the bank was hit by
   crossfire between regulators in London");
3. a player who "fired at goal" or "into the top corner" fires no weapon (soldiers who
   "fired at protesters", gunmen who "fired on a bus" do).
"""

from __future__ import annotations

import datetime as dt

import pytest
from _factories import case_params, check_events, place_resolutions

from geo.events import extract_events
from geo.models import Resolution
from geo.places import load

PLACES: dict[str, tuple[str, str, str]] = {
    "Goma": ("city", "CD", "North Kivu"), "Kyiv": ("city", "UA", "Kyiv City"),
    "Juba": ("city", "SS", "Central Equatoria"), "Mekelle": ("city", "ET", "Tigray"),
    "Sinjar": ("city", "IQ", "Nineveh"), "Kabul": ("city", "AF", "Kabul"),
    "Tripoli": ("city", "LY", "Tripoli"), "Kandahar": ("city", "AF", "Kandahar"),
    "Bria": ("city", "CF", "Haute-Kotto"), "London": ("city", "GB", "England"),
    "Washington": ("city", "US", "District of Columbia"), "Madrid": ("city", "ES", "Madrid"),
    "Liverpool": ("city", "GB", "England"), "Khartoum": ("city", "SD", "Khartoum"),
    "Kaduna": ("city", "NG", "Kaduna"), "Yangon": ("city", "MM", "Yangon"),
}
_ID = {name: n for n, name in enumerate(PLACES, start=1)}
MAY6 = dt.date(2024, 5, 6)


def _resolutions(text: str) -> list[Resolution]:
    return place_resolutions(text, PLACES, lambda name: _ID.get(name, 0))


# fmt: off
CASES_MEETING_DENIED = [
    # DR Congo, Ukraine, South Sudan, Afghanistan, Libya
    ("The envoy visited Goma on Monday but did not meet the governor.", MAY6,
     [dict(kind="movement", dest="Goma", date="2024-05-06")]),
    ("Blinken visited Kyiv on Monday without meeting Zelensky.", MAY6,
     [dict(kind="movement", dest="Kyiv")]),
    ("The minister visited Juba on Monday but refused to meet opposition leaders.", MAY6,
     [dict(kind="movement", dest="Juba")]),
    ("The minister visited Kabul on Monday and never met the Taliban leadership.", MAY6,
     [dict(kind="movement", dest="Kabul")]),
    ("The envoy visited Tripoli on Monday, but no meeting with Haftar took place.", MAY6,
     [dict(kind="movement", dest="Tripoli")]),
    # people met stay a meeting
    ("The UN envoy visited Goma on Monday and met the governor.", MAY6,
     [dict(kind="meeting", loc="Goma"), dict(kind="movement", dest="Goma")]),
    ("The president visited Mekelle on Monday, where he met with elders.", MAY6,
     [dict(kind="meeting", loc="Mekelle"), dict(kind="movement", dest="Mekelle")]),
    ("The delegation visited Sinjar on Monday and spoke with survivors.", MAY6,
     [dict(kind="meeting", loc="Sinjar"), dict(kind="movement", dest="Sinjar")]),
]

CASES_CROSSFIRE_HIT = [
    # Afghanistan, Central African Republic
    ("A boy was wounded in the crossfire in Kandahar on Monday.", MAY6,
     [dict(kind="clash", loc="Kandahar", date="2024-05-06")]),
    ("A boy was killed after being hit by crossfire in Kandahar on Monday.", MAY6,
     [dict(kind="clash", loc="Kandahar", date="2024-05-06")]),
    ("Two children were injured in crossfire in Bria on Sunday.", MAY6,
     [dict(kind="clash", loc="Bria", date="2024-05-05")]),
    # no strike whose agent is the crossfire; a crossfire of words is nothing
    ("Two children were struck by crossfire in Bria on Monday.", MAY6, []),
    ("The bank was hit by crossfire between regulators in London.", MAY6, []),
    ("His proposal was caught in the crossfire between the two parties in Washington.",
     MAY6, []),
]

CASES_SHOT_AT_GOAL = [
    ("The striker fired at goal in Madrid.", MAY6, []),
    ("Salah fired into the top corner at Anfield in Liverpool.", MAY6, []),
    # Sudan, Nigeria, Myanmar: weapons fired
    ("Gunmen fired on a bus near Kaduna on Monday.", MAY6,
     [dict(kind="attack", loc="Kaduna", date="2024-05-06")]),
    ("Troops fired into the crowd in Yangon on Monday.", MAY6,
     [dict(kind="clash", loc="Yangon", date="2024-05-06")]),
]
# fmt: on


@pytest.fixture(scope="module")
def gazetteer():
    return load()


@pytest.mark.parametrize(("text", "published", "expected"), case_params([
    ("meeting_denied", CASES_MEETING_DENIED), ("crossfire_hit", CASES_CROSSFIRE_HIT),
    ("shot_at_goal", CASES_SHOT_AT_GOAL),
]))
def test_wording_cases(gazetteer, text: str, published: dt.date | None,
                       expected: list[dict]) -> None:
    events = extract_events(text, _resolutions(text), published=published, gazetteer=gazetteer)
    check_events(text, events, expected)
