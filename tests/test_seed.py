"""The bundled example end to end, checked against answers reviewed by hand.

The seed is the one article the project started from; these tests guard it, but nothing in
the code may be tuned to it (the case tables in test_places_cases.py and test_events.py
hold other conflicts).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from geo import analyse, find_places

SEED = (Path(__file__).resolve().parents[1] / "seeds" / "000_7771e2e3acc4b5d4.txt").read_text(
    encoding="utf-8"
)
PUBLISHED = dt.date(2024, 12, 2)

# mention -> (kind, country, GeoNames id; None for our curated crossing)
PLACES = {
    "Syria": ("country", "SY", 163843),
    "Aleppo": ("city", "SY", 170063),
    "Al-Qa’im border crossing": ("feature", "IQ", None),
    "Abu Kamal": ("city", "SY", 174448),
    "Deir ez-Zor": ("admin1", "SY", 170792),   # "in Deir ez-Zor Province"
    "Iran": ("country", "IR", 130758),
    "Damascus": ("city", "SY", 170654),        # not Damascus, Maryland
    "Tehran": ("city", "IR", 112931),
    "Ankara": ("city", "TR", 323786),
    "Hama": ("admin1", "SY", 170015),          # "Idlib and Hama provinces"
    "Tel Rifaat": ("city", "SY", 163476),
    "Lebanon": ("country", "LB", 272103),
    "Israel": ("country", "IL", 294640),
    "United States": ("country", "US", 6252001),
}
IDLIB = {169387, 169389}  # province in "Idlib and Hama provinces"; "killed in Idlib" may be either


def test_every_place_found_and_resolved() -> None:
    found = find_places(SEED)
    got: dict[str, set] = {}
    for r in found:
        assert SEED[r.mention.start : r.mention.end] == r.mention.text
        got.setdefault(r.mention.text, set()).add(
            (r.place.kind, r.place.country_code, r.place.geonameid)
        )
    idlib = got.pop("Idlib")
    assert {g for _, _, g in idlib} <= IDLIB and ("admin1", "SY", 169387) in idlib
    assert got == {name: {want} for name, want in PLACES.items()}  # no false places


def _loc(res) -> str | None:
    return res.mention.text if res is not None else None


# (kind, location, origin, destination, event_date) in text order, reviewed by hand. The
# lead, before the story names a day, is the news of the publication day (date_inferred).
EVENTS = [
    ("movement", "Syria", None, "Syria", "2024-12-02"),         # militias deployed to Syria
    ("capture", "Syria", None, None, "2024-12-02"),              # insurgents captured NW Syria
    ("capture", "Aleppo", None, None, "2024-12-02"),             # ... most of Aleppo
    ("movement", "Syria", None, None, "2024-12-02"),             # militias in Syria deployed
    ("movement", "Abu Kamal", "Al-Qa’im border crossing", "Abu Kamal", "2024-12-01"),
    ("movement", "Syria", "Iran", "Syria", None),                # dispatched ... by air
    ("meeting", "Damascus", None, None, "2024-12-01"),
    ("movement", "Ankara", "Damascus", "Ankara", None),          # later arrived in Ankara
    ("strike", "Idlib", None, None, None),
    ("strike", "Hama", None, None, None),
    ("strike", "Idlib", None, None, None),                       # 11 civilians killed
    ("displacement", "Tel Rifaat", "Tel Rifaat", None, None),
    ("capture", "Tel Rifaat", None, None, None),
    ("clash", "Aleppo", None, None, "2024-11-27"),
    ("interception", "Syria", None, "Tehran", "2024-12-01"),
]


def test_seed_events() -> None:
    _, events = analyse(SEED, published=PUBLISHED)
    got = [
        (e.kind, _loc(e.location), _loc(e.origin), _loc(e.destination),
         e.event_date.isoformat() if e.event_date else None)
        for e in events
    ]
    assert got == EVENTS


@pytest.mark.parametrize("kind, fatalities, source", [
    ("strike", 11, "The Syria Observatory for Human Rights"),
])
def test_seed_attributes(kind: str, fatalities: int, source: str) -> None:
    _, events = analyse(SEED, published=PUBLISHED)
    hit = [e for e in events if e.kind == kind and e.fatalities == fatalities]
    assert len(hit) == 1 and hit[0].source == source
    assert SEED[hit[0].quote_start : hit[0].quote_end] == hit[0].quote
