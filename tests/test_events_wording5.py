"""Events stage: who burns, who "said they", and verbs before a shelter (round 5).

(text, published, expected) cases written for these tests in the style of UN updates, wire
news and military statements, from several conflicts; none is taken from the dev set. Classes:

1. burning or setting fire to homes, trucks, schools or tents is a riot when a crowd does it
   and violence against civilians ("attack") when armed men do (gunmen, militants, bandits,
   settlers): ACLED keeps riots for crowds;
2. "X claimed the attack, saying they had targeted a tanker": the pronoun after a reporting
   participle stands for the subject of the clause it hangs on, which is the actor;
3. after "to", a lowercase word before a name is a verb taking the site as its object ("to
   run Crossroads Correctional Center in Shelby"): no direction; "to nearby Zamzam camp in
   North Darfur" stays one;
4. what an interception downs is no strike of its own: "shot down 20 of 25 drones launched at
   Kyiv" and "intercepted 18 of the 20 missiles fired from Yemen over the Red Sea" are one
   interception each, at the weapon's places, and what was intercepted is "drones", not "of
   25 drones launched"; a strike told after a comma and "and" stays its own event.
"""

from __future__ import annotations

import datetime as dt

import pytest
from _factories import case_params, check_events, place_resolutions

from geo.events import extract_events
from geo.models import Resolution

PLACES: dict[str, tuple[str, str, str]] = {
    "Kuriga": ("city", "NG", "Kaduna"), "Nairobi": ("city", "KE", "Nairobi"),
    "Beledweyne": ("city", "SO", "Hiiraan"), "Zamfara": ("admin1", "NG", ""),
    "Huwara": ("city", "PS", "Nablus"), "Lagos": ("city", "NG", "Lagos"),
    "Gulf of Aden": ("sea", "", ""), "Nabatieh": ("city", "LB", "Nabatieh"),
    "Goma": ("city", "CD", "North Kivu"), "Shelby": ("city", "US", "Montana"),
    "North Darfur": ("admin1", "SD", ""), "Bunia": ("city", "CD", "Ituri"),
    "Dhaka": ("city", "BD", "Dhaka"), "Kharkiv": ("city", "UA", "Kharkiv"),
    "Kandahar": ("city", "AF", "Kandahar"), "Malakal": ("city", "SS", "Upper Nile"),
    "Kyiv": ("city", "UA", "Kyiv"), "Yemen": ("country", "YE", ""),
    "Red Sea": ("sea", "", ""), "Odesa": ("city", "UA", "Odesa"),
    "Mykolaiv": ("city", "UA", "Mykolaiv"), "Eilat": ("city", "IL", "Southern District"),
}
_ID = {name: n for n, name in enumerate(PLACES, start=1)}
D = dt.date


def _resolutions(text: str) -> list[Resolution]:
    return place_resolutions(text, PLACES, _ID.__getitem__)


# --- 1. Burning: a crowd's riot, armed men's attack ----------------------------------------
CASES_BURNING: list = [
    # Nigeria
    ("Gunmen torched houses in Kuriga on Monday.", D(2024, 5, 20),
     [dict(kind="attack", loc="Kuriga", actor1="Gunmen")]),
    ("Bandits burned down a school in Zamfara on Sunday.", D(2024, 5, 20),
     [dict(kind="attack", loc="Zamfara", date="2024-05-19")]),
    # Somalia: trucks are property too
    ("Al-Shabaab militants set fire to trucks near Beledweyne on Monday.", D(2024, 5, 20),
     [dict(kind="attack", loc="Beledweyne", actor1="Al-Shabaab militants")]),
    # West Bank
    ("Settlers set fire to cars in Huwara on Sunday night.", D(2024, 5, 20),
     [dict(kind="attack", loc="Huwara")]),
    # DR Congo: displaced people's tents
    ("Militia fighters burned tents at a displacement site near Bunia on Friday.",
     D(2024, 5, 20), [dict(kind="attack", loc="Bunia", date="2024-05-17")]),
    # Kenya, Nigeria, Bangladesh: crowds riot
    ("Protesters set fire to a police station in Nairobi on Tuesday.", D(2024, 5, 20),
     [dict(kind="riot", loc="Nairobi")]),
    ("Angry youths burned tyres in Lagos on Monday.", D(2024, 5, 20),
     [dict(kind="riot", loc="Lagos")]),
    ("Students torched buses in Dhaka on Sunday.", D(2024, 5, 20),
     [dict(kind="riot", loc="Dhaka")]),
    # not property: no event
    ("Troops burned seized drugs in Lagos on Monday.", D(2024, 5, 20), []),
]

# --- 2. "saying they had targeted": the main clause's subject ------------------------------
CASES_SAID_PRONOUN: list = [
    # Yemen / Red Sea
    ("The Houthis claimed the attack on Sunday, saying they had targeted a British oil tanker "
     "in the Gulf of Aden.", D(2024, 5, 20),
     [dict(kind="strike", loc="Gulf of Aden", actor1="Houthis", date="2024-05-19")]),
    # Lebanon: an opening phrase before the subject
    ("On Monday, Israel said it had struck targets in Nabatieh, claiming it had hit a weapons "
     "depot.", D(2024, 5, 20), [dict(kind="strike", loc="Nabatieh", actor1="Israel")]),
    # Afghanistan
    ("The Taliban issued a statement on Friday, adding that they had attacked a checkpoint in "
     "Kandahar.", D(2024, 5, 20), [dict(kind="clash", loc="Kandahar", actor1="Taliban")]),
]

# --- 3. "to" before a verb and its site ----------------------------------------------------
CASES_VERB_SITE: list = [
    # US: the infinitive "to run" governs the prison; the talks are no direction
    ("Police officers were sent on Monday to guard Crossroads Correctional Center in Shelby.",
     D(2024, 5, 20), [dict(kind="movement", dest=None)]),
    # Sudan: "nearby" is an adjective, the direction stands
    ("Thousands of families fled on Monday to nearby Zamzam camp in North Darfur.",
     D(2024, 5, 20), [dict(kind="displacement", dest="North Darfur")]),
    # South Sudan
    ("Some 2,000 people arrived on Friday at transit centres in Malakal.", D(2024, 5, 20),
     [dict(kind="displacement", dest="Malakal")]),
]


# --- 4. What an interception downs -------------------------------------------------------
CASES_INTERCEPTED: list = [
    # Ukraine
    ("Ukraine said its air defences shot down 20 of 25 drones launched at Kyiv overnight.",
     D(2024, 5, 20), [dict(kind="interception", loc="Kyiv", actor2="drones")]),
    # Red Sea
    ("The destroyer intercepted 18 of the 20 missiles fired from Yemen over the Red Sea on "
     "Monday.", D(2024, 5, 20),
     [dict(kind="interception", loc="Red Sea", origin="Yemen", actor1="destroyer")]),
    # Israel
    ("Israeli jets shot down a drone launched from Yemen towards Eilat on Tuesday.",
     D(2024, 5, 20), [dict(kind="interception", date="2024-05-14")]),
    # a second event of its own after "and"
    ("Air defences intercepted two drones near Odesa, and missiles fired at Mykolaiv hit a "
     "port on Monday.", D(2024, 5, 20),
     [dict(kind="interception", loc="Odesa"), dict(kind="strike", loc="Mykolaiv")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), case_params([
    ("burning", CASES_BURNING), ("said_pronoun", CASES_SAID_PRONOUN),
    ("verb_site", CASES_VERB_SITE), ("intercepted", CASES_INTERCEPTED),
]))
def test_wording_cases(text: str, published: dt.date | None, expected: list[dict]) -> None:
    events = extract_events(text, _resolutions(text), published=published)
    check_events(text, events, expected)
