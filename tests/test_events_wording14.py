"""Events stage: wording of real reports, round 14.

(text, published, expected) cases written for these tests in the style of wire news, UN
updates and military statements, from several conflicts; none is taken from the dev set or
a probe. Classes:

1. the wounded moved for care are evacuated: a displacement to where the care is ("The
   wounded were rushed to hospitals in Kramatorsk and Dnipro", "Survivors had been taken to
   hospitals in Maiduguri", "Medics referred the seriously wounded to Bunia"), told by a
   verb of moving or carrying with the wounded as its passive subject or its object, where
   violence is told (in the sentence or the two before); none without a place to go to
   ("taken to hospital", "a field clinic"), nor after a road accident, nor one of the hurt
   going himself ("the injured driver drove to a hospital"), nor for detainees (a transfer
   in custody); "by helicopter" is how, not who.
"""

from __future__ import annotations

import datetime as dt

import pytest
from _factories import case_params, check_events, place_resolutions

from geo.events import extract_events
from geo.models import Resolution
from geo.places import load

PLACES: dict[str, tuple[str, str, str]] = {
    "Gao": ("city", "ML", "Gao"), "Mopti": ("city", "ML", "Mopti"),
    "Kramatorsk": ("city", "UA", "Donetsk"), "Dnipro": ("city", "UA", "Dnipropetrovsk"),
    "Maiduguri": ("city", "NG", "Borno"), "Bunia": ("city", "CD", "Ituri"),
    "Khartoum": ("city", "SD", "Khartoum"), "Kunduz": ("city", "AF", "Kunduz"),
    "Kabul": ("city", "AF", "Kabul"),
}
_ID = {name: n for n, name in enumerate(PLACES, start=1)}
MAY12 = dt.date(2024, 5, 12)


def _resolutions(text: str) -> list[Resolution]:
    return place_resolutions(text, PLACES, lambda name: _ID.get(name, 0))


# fmt: off
CASES_CARE = [
    # Mali, Ukraine, Nigeria, DR Congo, Sudan, Afghanistan
    ("Militants attacked an army camp near Gao on Monday. Eleven injured soldiers were "
     "airlifted to a military hospital in Gao the same day.", MAY12,
     [dict(kind="clash", loc="Gao"), dict(kind="displacement", dest="Gao", date="2024-05-06")]),
    ("Missiles struck a railway station on Friday. The wounded were rushed to hospitals in "
     "Kramatorsk and Dnipro.", MAY12,
     [dict(kind="strike"), dict(kind="displacement", dest="Kramatorsk"),
      dict(kind="displacement", dest="Dnipro")]),
    ("Gunmen killed 12 worshippers at a mosque near Maiduguri on Friday. Survivors had been "
     "taken to hospitals in Maiduguri, officials said.", MAY12,
     [dict(kind="attack", loc="Maiduguri"), dict(kind="displacement", dest="Maiduguri")]),
    ("Militiamen attacked a camp near Bunia overnight, and medics referred the seriously "
     "wounded to Bunia.", MAY12,
     [dict(kind="clash", loc="Bunia"), dict(kind="displacement", dest="Bunia")]),
    ("Shells hit the market in Khartoum on Sunday. Several of the injured were flown to "
     "Khartoum for treatment on Sunday.", MAY12,
     [dict(kind="strike", loc="Khartoum"),
      dict(kind="displacement", dest="Khartoum", date="2024-05-12")]),
    ("Jihadists ambushed a convoy on Monday. The wounded were evacuated by helicopter to "
     "Mopti.", MAY12,
     [dict(kind="clash"), dict(kind="displacement", dest="Mopti", actor1="wounded")]),
    ("A suicide bomber struck a mosque in Kunduz, and the wounded were later flown to Kabul.",
     MAY12, [dict(kind="strike", loc="Kunduz"), dict(kind="displacement", dest="Kabul")]),
    # (no place to go to; no violence told; one of the hurt going himself; a transfer in
    # custody; forces that wounded people move on)
    ("Gunmen attacked a bus near Gao on Monday. The wounded were taken to hospital.", MAY12,
     [dict(kind="attack", loc="Gao")]),
    ("Gunmen attacked a bus near Gao on Monday. The injured soldier was taken to a field "
     "clinic.", MAY12, [dict(kind="attack", loc="Gao")]),
    ("A bus overturned near Gao and the injured were taken to hospitals in Mopti.", MAY12, []),
    ("After the shooting, the injured driver drove to a hospital in Mopti.", MAY12, []),
    ("Detainees were flown to Mopti for questioning.", MAY12, []),
    ("Gunmen killed two and wounded five before they withdrew to Gao.", MAY12,
     [dict(kind="movement", dest="Gao")]),
    ("Troops were flown by helicopter to Gao.", MAY12,
     [dict(kind="movement", dest="Gao", actor1="Troops")]),
]
# fmt: on


@pytest.fixture(scope="module")
def gazetteer():
    return load()


@pytest.mark.parametrize(("text", "published", "expected"), case_params([
    ("care", CASES_CARE),
]))
def test_wording_cases(gazetteer, text: str, published: dt.date, expected: list[dict]) -> None:
    events = extract_events(text, _resolutions(text), published=published, gazetteer=gazetteer)
    check_events(text, events, expected)
