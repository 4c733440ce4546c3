"""Movements across sentences: implied origins and refined destinations (real gazetteer)."""

from __future__ import annotations

import datetime as dt

import pytest

from geo import analyse

PUBLISHED = dt.date(2025, 3, 10)

# (text, expected movements as (origin mention, destination mention, flag or None))
CASES = [
    ("The foreign minister met his counterpart in Amman on Monday. "
     "He later flew to Cairo for talks on the ceasefire.",
     # (the talks that are the trip's purpose are a meeting in Cairo: the last item)
     [(None, None, None), ("Amman", "Cairo", "origin_inferred"), (None, None, None)]),
    ("The envoy held talks in Doha. The envoy then travelled to Riyadh.",
     [(None, None, None), ("Doha", "Riyadh", "origin_inferred")]),
    ("Hundreds of fighters crossed into Iraq near Mosul overnight.",
     [(None, "Mosul", "destination_refined")]),
    ("Militias deployed to Syria to back an offensive against rebels who captured most of "
     "the city of Aleppo.",
     [(None, "Syria", None)]),
    ("The ceasefire in Lebanon went into effect on Wednesday.", []),
    ("Troops withdrew from Kherson to the east bank. Officials in Kyiv said nothing.",
     [("Kherson", None, None)]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_movement_links(text: str, expected: list) -> None:
    _, events = analyse(text, published=PUBLISHED)
    got = []
    for e in events:
        if e.kind == "meeting":
            got.append((None, None, None))
        elif e.kind == "movement":
            flag = next((f for f in e.flags if f in ("origin_inferred", "destination_refined")),
                        None)
            got.append((e.origin.mention.text if e.origin else None,
                        e.destination.mention.text if e.destination else None, flag))
    assert got == expected
