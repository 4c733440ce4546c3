"""Records built in code for the frame, export and io tests (no gazetteer needed)."""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
import sys
import types
from collections.abc import Callable, Mapping

import pytest
from _pytest.mark.structures import ParameterSet

from geo.models import Event, Mention, Place, Resolution


def ensure_taxonomy() -> None:
    """Install a stand-in ``geo.events.taxonomy`` while the real module is still being written."""
    name = "geo.events.taxonomy"
    if name in sys.modules or importlib.util.find_spec(name) is not None:
        return
    stub = types.ModuleType(name)
    stub.acled_for = lambda event: ("Battles", "Armed clash")  # type: ignore[attr-defined]
    stub.cameo_for = lambda event: "190"  # type: ignore[attr-defined]
    sys.modules[name] = stub


PLACES = {
    "kharkiv": Place(706483, "Kharkiv", "city", 36.25272, 49.98081, "UA", "Kharkivska", "07",
                     1430885, "PPLA", 706483),
    "kyiv": Place(703448, "Kyiv", "city", 30.5238, 50.45466, "UA", "Kyiv City", "12",
                  2797553, "PPLC", 703448),
    "ukraine": Place(690791, "Ukraine", "country", 32.0, 49.0, "UA", "", "", 41_000_000,
                     "PCLI", 690791),
    "idlib": Place(169387, "Idlib", "admin1", 36.6, 35.9, "SY", "", "", 0, "ADM1", 169387),
    "aleppo": Place(170063, "حلب", "city", 37.16117, 36.20124, "SY", "Aleppo", "09",
                    1602264, "PPLA", None),
    "dam": Place(-5, "Kakhovka Dam", "feature", 33.3701, 46.7777, "UA", "Khersonska", "",
                 0, "DAM", None),
}


def res(key: str | None, text: str, start: int = 0) -> Resolution:
    """A resolution of ``text`` to PLACES[key], or an abstention when key is None."""
    mention = Mention(text, start, start + len(text), text.lower())
    if key is None:
        return Resolution(mention, None, 0.0, "abstained: ambiguous")
    return Resolution(mention, PLACES[key], 0.9, "population")


HOSTILE = [
    "</script><script>alert(1)</script>",
    "=cmd|' /C calc'!A0",
    "{{ 7*7 }}",
    "Strike 💥 near 🏙️",
    "قصف على حلب",
    "+1-1",
    "@SUM(A1)",
    "\ttabbed",
    "-3.5",
]


def sample_events(article_id: str = "art") -> list[Event]:
    """Seven events covering every geometry case and hostile text."""
    day = dt.date(2024, 12, 2)
    common = {"article_id": article_id, "url": "https://example.org/a?b=1&c=2"}
    return [
        Event("strike", "struck", "Missiles struck Kharkiv on Monday.", 0, 34,
              location=res("kharkiv", "Kharkiv", 16), actor1="Russian forces",
              fatalities=3, fatalities_text="three", source="Reuters", event_date=day,
              start_date=day, end_date=day, time_precision=1, date_text="Monday",
              confidence=0.8, title="Kharkiv hit", **common),
        Event("movement", "moved", "Troops moved from Kyiv to Kharkiv.", 35, 69,
              origin=res("kyiv", "Kyiv", 53), destination=res("kharkiv", "Kharkiv", 61),
              actor1="=cmd|' /C calc'!A0", confidence=0.7, **common),
        Event("clash", "fought", "Fighting continued somewhere in Narnia.", 70, 108,
              location=res(None, "Narnia", 101), actor2="{{ 7*7 }}", confidence=0.4,
              flags=("hypothetical",), **common),
        Event("clash", "clashes", "Clashes across Ukraine.", 109, 132,
              location=res("ukraine", "Ukraine", 124), confidence=0.6, **common),
        Event("displacement", "fled", "Families fled Aleppo toward Gondor.", 133, 168,
              origin=res("aleppo", "Aleppo", 147), destination=res(None, "Gondor", 161),
              actor1="قصف على حلب", confidence=0.5, **common),
        Event("strike", "shelled", "</script><script>alert(1)</script> 💥 Idlib shelled.",
              169, 220, location=res("idlib", "Idlib", 205), fatalities=0,
              source="-3.5", confidence=0.55, flags=("negated",), **common),
        Event("meeting", "met", "Leaders met.", 221, 233, confidence=0.3, article_id=""),
    ]


def place_resolutions(
    text: str, table: Mapping[str, tuple[str, str, str]], place_id: Callable[[str], int],
    unresolved: tuple[str, ...] = (),
) -> list[Resolution]:
    """Every ``table`` name in ``text`` (whole words, longest first) as a Resolution.

    ``table`` maps a name to (kind, country code, admin1); ``place_id`` gives the id of each
    mention's place (a fresh id per mention, or one id per name); names in ``unresolved``
    come back with no place, as the resolver's abstentions do.
    """
    taken: list[tuple[int, int]] = []
    out = []
    for name in sorted(table, key=len, reverse=True):
        for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w])", text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            kind, cc, admin1 = table[name]
            place = None if name in unresolved else Place(
                id=place_id(name), name=name, kind=kind, lon=0.0, lat=0.0,  # type: ignore[arg-type]
                country_code=cc, admin1=admin1)
            out.append(Resolution(Mention(name, m.start(), m.end(), name.lower()), place,
                                  0.9 if place else 0.0, "test"))
    return sorted(out, key=lambda r: r.mention.start)


def _mention(res: Resolution | None) -> str | None:
    return None if res is None else res.mention.text


def check_events(text: str, events: list[Event], expected: list[dict], *,
                 exact_actors: bool = False) -> None:
    """Compare ``events`` (of ``text``) with ``expected`` in text order, for the case tables.

    Each expected event lists only what it pins down: kind, loc/origin/dest (mention text, None
    for none), date/end (ISO), precision, date_text, fatal, fatal_text, actor1/actor2/source
    (substrings, or equal with ``exact_actors``), flags (a subset), no_flags (none of these).
    Every event also quotes the text at its own offsets and has a confidence in [0, 1].
    """
    got = [(e.kind, _mention(e.location), _mention(e.origin), _mention(e.destination),
            e.event_date and e.event_date.isoformat(), e.actor1, e.flags) for e in events]
    assert len(events) == len(expected), got
    for event, want in zip(events, expected, strict=True):
        assert event.kind == want["kind"], got
        for key, attr in (("loc", "location"), ("origin", "origin"), ("dest", "destination")):
            if key in want:
                assert _mention(getattr(event, attr)) == want[key], (key, got)
        for key, value in (("date", event.event_date), ("end", event.end_date)):
            if key in want:
                assert (value.isoformat() if value else None) == want[key], (key, got)
        for key, attr in (("precision", "time_precision"), ("date_text", "date_text"),
                          ("fatal", "fatalities"), ("fatal_text", "fatalities_text")):
            if key in want:
                assert getattr(event, attr) == want[key], (key, getattr(event, attr))
        for key in ("actor1", "actor2", "source"):
            if key in want:
                value = getattr(event, key)
                assert (value == want[key] if exact_actors
                        else want[key] in (value or "")), (key, value, got)
        assert want.get("flags", set()) <= set(event.flags), (event.flags, got)
        assert not want.get("no_flags", set()) & set(event.flags), (event.flags, got)
        assert text[event.quote_start:event.quote_end] == event.quote
        assert 0.0 <= event.confidence <= 1.0


def case_params(classes: list[tuple[str, list]]) -> list[ParameterSet]:
    """The rows of (class prefix, case table) pairs as pytest params, each with a readable id
    that starts with its class (``-k dates``); an xfail row keeps its marks."""
    out = []
    for prefix, rows in classes:
        for n, row in enumerate(rows, start=1):
            values, marks = (row.values, row.marks) if isinstance(row, ParameterSet) else (
                row, ())
            out.append(pytest.param(*values, marks=marks, id=f"{prefix}{n:02d}-{values[0][:32]}"))
    return out
