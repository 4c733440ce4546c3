"""Events stage: a place the gazetteer lacks, put where the text says it is from a town.

(text, expected) cases written for these tests in the style of wire news and UN updates,
from several conflicts, run through the whole pipeline with the bundled gazetteer. The
expected point is worked out here with a flat-earth step from the town's gazetteer point
(111.2 km per degree of latitude, times cos(latitude) for longitude), independently of the
great-circle formula the package uses; for these distances the two agree within 2 km.
"""

from __future__ import annotations

import datetime as dt
import math

import pytest

import geo
from geo.events.offsets import offset_place
from geo.models import Mention, Place, Resolution
from geo.places.distance import destination, km
from geo.table import event_table

JUNE = dt.date(2016, 6, 1)
_STEP = {"N": (1, 0), "S": (-1, 0), "E": (0, 1), "W": (0, -1),
         "NE": (1, 1), "NW": (1, -1), "SE": (-1, 1), "SW": (-1, -1)}

# (text, event kind, name the event is at, town measured from, km, compass point)
# fmt: off
CASES_PLACED = [
    # Libya: a checkpoint far south of the town, its distance in km
    ("Islamic State fighters overran a checkpoint at Abu Grein, 130 km south of Misrata, on "
     "Thursday.", "capture", "Abu Grein", "Misrata", 130, "S"),
    # Nigeria: "about", a village attacked
    ("Gunmen killed 12 villagers in Kurmin Masara, about 40 km west of Kaduna, on Tuesday, "
     "police said.", "attack", "Kurmin Masara", "Kaduna", 40, "W"),
    # Chad: a village named first, "a village 20 kilometres south-east of"; fighting erupted
    ("Fighting erupted in Ngouboua, a village 20 kilometres south-east of Bol, as Boko Haram "
     "fighters attacked on Friday.", "clash", "Ngouboua", "Bol", 20, "SE"),
    # Sudan: a flight from a camp "some 20 kilometres to the south-east of the town of"
    ("Thousands fled from Kalma, some 20 kilometres to the south-east of the town of Nyala, "
     "to Zalingei.", "displacement", "Kalma", "Nyala", 20, "SE"),
    # Afghanistan: miles
    ("Taliban fighters overran a police post at Kakaran, 25 miles north-west of Lashkar Gah, "
     "on Sunday, officials said.", "capture", "Kakaran", "Lashkar Gah", 25 * 1.609344, "NW"),
    # DR Congo: wire style, miles with km in brackets, no space before "km"
    ("M23 rebels seized Nyabiondo, roughly 30km (19 miles) northwest of Goma, on Saturday.",
     "capture", "Nyabiondo", "Goma", 30, "NW"),
    # Sudan (Darfur): the passive, the bracket between the subject and its verb
    ("The village of Tabit, about 25 miles (40 km) south-west of El Fasher, was attacked by "
     "militiamen on Friday.", "clash", "Tabit", "El Fasher", 25 * 1.609344, "SW"),
]

# (text, event kind, where the event stays, flags it must not have)
CASES_NOT_MOVED = [
    # a name the gazetteer has keeps its own point
    ("Boko Haram fighters attacked Damasak, about 180 km north of Maiduguri, on Monday.",
     "clash", "Damasak", {"offset", "approximate"}),
    # too far for a distance from a town to place anything: the town stands in, approximate
    ("Islamic State fighters attacked the checkpoint at Abu Grein, 600 km south of Misrata, "
     "on Thursday.", "clash", "Misrata", {"offset"}),
    # no distance, only a side: the town stands in
    ("The village of Tabit, south-west of El Fasher, was attacked by militiamen on Friday.",
     "clash", "El Fasher", {"offset"}),
]
# fmt: on


@pytest.fixture(scope="module")
def gaz() -> geo.Gazetteer:
    return geo.load()


def anchor_confidence(places: list[Resolution], town: str) -> float:
    return next(r.confidence for r in places if r.mention.text.endswith(town))


def _expected(town: Place, dist: float, point: str) -> tuple[float, float]:
    north, east = _STEP[point]
    scale = dist / math.hypot(north, east) if north and east else dist
    lat = town.lat + north * scale / 111.2
    lon = town.lon + east * scale / (111.2 * math.cos(math.radians(town.lat)))
    return lon, lat


@pytest.mark.parametrize(("text", "kind", "name", "town", "dist", "point"), CASES_PLACED)
def test_placed_by_distance_and_bearing(gaz, text, kind, name, town, dist, point) -> None:
    places, events = geo.analyse(text, published=JUNE, gazetteer=gaz)
    (event,) = [e for e in events if e.kind == kind]
    where = event.location if kind != "displacement" else event.origin
    assert where is not None and where.mention.text == name
    assert {"offset", "approximate"} <= set(event.flags)
    anchor = next(r.place for r in places if r.mention.text.endswith(town))
    assert where.place is not None and where.place.country_code == anchor.country_code
    lon, lat = _expected(anchor, dist, point)
    assert km(where.place.lon, where.place.lat, lon, lat) < 2.0
    assert where.confidence <= round(anchor_confidence(places, town) / 2, 3)  # an estimate
    assert where.place.is_offset
    if kind != "displacement":  # (a flight's row describes where it went)
        row = {column: values[0] for column, values in event_table([event]).columns.items()}
        assert row["geo_precision"] == 2 and row["uncertainty_km"] == 25.0
        assert row["geonameid"] is None  # no gazetteer row stands behind the point
        assert row["location"] == name


@pytest.mark.parametrize(("text", "kind", "where", "absent"), CASES_NOT_MOVED)
def test_not_moved(gaz, text, kind, where, absent) -> None:
    _, events = geo.analyse(text, published=JUNE, gazetteer=gaz)
    (event,) = [e for e in events if e.kind == kind]
    assert event.location is not None and event.location.place is not None
    assert where in (event.location.mention.text, event.location.place.name)
    assert not absent & set(event.flags)


_TOWN = Place(id=1, name="Town", kind="city", lon=30.0, lat=10.0, country_code="SD")
_NAMED = Resolution(Mention("Hamlet", 0, 6, "hamlet"), None, 0.0, "not in the gazetteer")


@pytest.mark.parametrize(("gap", "dist", "bearing"), [
    (", 130 km south of ", 130, 180), (", a village about 25 miles (40 km) north-east of ",
                                      25 * 1.609344, 45),
    (" some 20 kilometres to the west of the town of ", 20, 270),
    (", 12.5 km east of ", 12.5, 90), (", 8 kilometers south east of ", 8, 135),
])
def test_offset_gap_forms(gap: str, dist: float, bearing: float) -> None:
    town = Resolution(Mention("Town", 0, 4, "town"), _TOWN, 0.8, "")
    spot = offset_place(gap, _NAMED, town)
    assert spot is not None and spot.place is not None
    assert spot.place.name == "Hamlet" and spot.confidence == 0.4
    lon, lat = destination(_TOWN.lon, _TOWN.lat, bearing, dist)
    assert (spot.place.lon, spot.place.lat) == (round(lon, 5), round(lat, 5))


@pytest.mark.parametrize("gap", [
    ", south of ", ", 0 km north of ", ", 900 km north of ", " in ", ", 30 km from ",
    ", 30 km north of Town and 20 km west of ",
])
def test_offset_gap_refused(gap: str) -> None:
    town = Resolution(Mention("Town", 0, 4, "town"), _TOWN, 0.8, "")
    assert offset_place(gap, _NAMED, town) is None


@pytest.mark.parametrize("kind", ["country", "admin1", "admin2", "region"])
def test_no_offset_from_an_area(kind: str) -> None:
    area = Resolution(Mention("Area", 0, 4, "area"),
                      Place(id=2, name="Area", kind=kind, lon=30.0, lat=10.0, country_code="SD"),
                      0.8, "")
    assert offset_place(", 40 km north of ", _NAMED, area) is None


@pytest.mark.parametrize(("lon", "lat", "bearing", "dist"), [
    (0.0, 0.0, 0.0, 100.0), (44.4, 33.3, 90.0, 50.0), (-70.0, -33.0, 225.0, 300.0),
    (179.9, 10.0, 90.0, 50.0),
])
def test_destination_is_that_far(lon: float, lat: float, bearing: float, dist: float) -> None:
    lon2, lat2 = destination(lon, lat, bearing, dist)
    assert -180.0 <= lon2 < 180.0
    assert km(lon, lat, lon2, lat2) == pytest.approx(dist, rel=1e-6)
