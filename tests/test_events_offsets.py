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
from geo.events.offsets import carry_offsets, offset_place
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

# Named again later in the text: (text, kind of the later event, the name). The later
# mention stands at the point the first one gave, not at a namesake elsewhere nor nowhere.
CASES_NAMED_AGAIN = [
    # Mali: the gazetteer's only Konna lies in Cote d'Ivoire
    ("Islamist fighters captured Konna, about 60 km north-east of Mopti, on 10 January. "
     "Malian troops recaptured Konna on 18 January.", "capture", "Konna"),
    # Libya: a name the gazetteer lacks, retaken days later
    ("Islamic State fighters overran a checkpoint at Abu Grein, 130 km south of Misrata, on "
     "Thursday. Government forces retook Abu Grein on Sunday.", "capture", "Abu Grein"),
    # Nigeria: troops sent to the village the first sentence placed
    ("Gunmen killed 12 villagers in Kurmin Masara, about 40 km west of Kaduna, on Tuesday. "
     "Soldiers were deployed to Kurmin Masara on Wednesday.", "movement", "Kurmin Masara"),
    # Afghanistan: miles, the later sentence in another paragraph
    ("Taliban fighters overran a police post at Kakaran, 25 miles north-west of Lashkar Gah, "
     "on Sunday.\n\nAfghan commandos recaptured Kakaran on Tuesday, officials said.",
     "capture", "Kakaran"),
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


@pytest.mark.parametrize(("text", "kind", "name"), CASES_NAMED_AGAIN)
def test_named_again_stands_at_the_same_point(gaz, text, kind, name) -> None:
    _, events = geo.analyse(text, published=JUNE, gazetteer=gaz)
    first, later = events[0], events[-1]
    assert later.kind == kind and first.location is not None
    last = later.location or later.destination
    assert last is not None and last.mention.text == name
    assert last.mention.start > first.location.mention.start
    assert first.location.place is not None and first.location.place.is_offset
    assert last.place == first.location.place
    assert {"offset", "approximate"} <= set(later.flags)


@pytest.mark.parametrize(("text", "name", "country"), [
    # a place the gazetteer has keeps its own point, the distance a round figure
    ("Militants attacked Mosul, 400 km north of Baghdad, on Monday. Iraqi troops entered "
     "Mosul on Friday.", "Mosul", "IQ"),
    # ... nor does what a first sentence says move a namesake the text puts elsewhere
    ("Clashes erupted in Tripoli, 85 km north of Beirut. In Libya, militias fought in "
     "Tripoli on Friday.", "Tripoli", "LY"),
])
def test_named_again_only_for_a_place_the_gazetteer_lacks(gaz, text, name, country) -> None:
    _, events = geo.analyse(text, published=JUNE, gazetteer=gaz)
    later = events[-1]
    where = later.location or later.destination
    assert where is not None and where.mention.text == name and where.place is not None
    assert where.place.country_code == country and not where.place.is_offset
    assert "offset" not in later.flags


def test_named_again_keeps_a_gazetteer_place_nearby(gaz) -> None:
    # Damasak is in the gazetteer, where the text says it is: both mentions keep that row
    text = ("Boko Haram fighters attacked Damasak, about 180 km north of Maiduguri, on "
            "Monday. Soldiers returned to Damasak on Friday.")
    _, events = geo.analyse(text, published=JUNE, gazetteer=gaz)
    places = {e.location.place for e in events if e.location is not None}
    assert len(places) == 1 and not next(iter(places)).is_offset
    assert not any("offset" in e.flags for e in events)


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


def _res(name: str, start: int, place: Place | None) -> Resolution:
    return Resolution(Mention(name, start, start + len(name), name.lower()), place, 0.8, "")


def test_carry_offsets_moves_far_namesakes_only() -> None:
    text = "Rebels took Hamlet, 40 km north of Town. Hamlet fell. Hamlet again. Hamlet!"
    far = Place(id=3, name="Hamlet", kind="city", lon=-70.0, lat=40.0, country_code="US")
    spot = offset_place(", 40 km north of ", _NAMED, _res("Town", 0, _TOWN))
    assert spot is not None and spot.place is not None
    near = Place(id=4, name="Hamlet", kind="city", lon=spot.place.lon + 0.1,
                 lat=spot.place.lat, country_code="SD")
    region = Place(id=5, name="Hamlet", kind="admin1", lon=-70.0, lat=40.0, country_code="US")
    ordered = [_res("Hamlet", 12, None), _res("Town", 35, _TOWN), _res("Hamlet", 41, far),
               _res("Hamlet", 54, near), _res("Hamlet", 67, region)]
    out = carry_offsets(text, ordered)
    assert out[0] is ordered[0] and out[1] is ordered[1]  # (the giver is read in its sentence)
    assert out[2].place == spot.place and out[2].mention == ordered[2].mention
    assert out[3] is ordered[3] and out[4] is ordered[4]  # a namesake nearby, an area


def test_carry_offsets_without_a_distance_changes_nothing() -> None:
    ordered = [_res("Hamlet", 12, None), _res("Town", 23, _TOWN)]
    text = "Rebels took Hamlet, north of Town."
    assert carry_offsets(text, ordered) is ordered
