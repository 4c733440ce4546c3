"""Places the gazetteer lacks, put where the text says they are from a place it has.

Reports locate small places by distance and direction from a known town: "the checkpoint at
Abu Grein, 130 km south of Misrata", "Kurmin Masara, about 40 km west of Kaduna". When the
small place cannot be resolved, its events used to stand at the town; far from it, that is
the wrong spot. The text's own distance and bearing give a better one. It is still an
estimate (a compass point is about 45 degrees wide and reports round distances), so such a
place is flagged "offset" besides "approximate", and outputs treat it as near a town, not
as the town itself.
"""

from __future__ import annotations

import re
import zlib

from geo.models import OFFSET_IDS, Place, Resolution
from geo.places.distance import DISTANCE_OF, destination, km

__all__ = ["MAX_KM", "carry_offsets", "offset_place"]

MAX_KM = 400.0
"""Beyond this, a distance from a town says where a place is only to the region."""
_OTHER_KM = 100.0
"""A namesake this far from where the text puts a place is another place."""

_BEARINGS = {
    "north": 0.0, "northeast": 45.0, "east": 90.0, "southeast": 135.0,
    "south": 180.0, "southwest": 225.0, "west": 270.0, "northwest": 315.0,
}
_MILE_KM = 1.609344
# The words between the unresolved name and the town: ", 130 km south of", ", a village about
# 25 miles (40 km) north-east of", " some 20 kilometres to the west of the town of".
_GAP = re.compile(
    r"\s*,?\s*(?:(?:a|an|the)\s+(?:[a-z][\w'’-]*\s+){0,3}?)?"
    r"(?:(?:located|situated|lying|about|some|around|roughly|nearly|approximately|just)\s+)*"
    + DISTANCE_OF + r"(?:the\s+(?:(?:city|town|village|port|capital)\s+of\s+)?)?",
    re.I,
)


def offset_place(gap: str, named: Resolution, town: Resolution) -> Resolution | None:
    """``named`` put at the distance and bearing from ``town`` that ``gap`` gives.

    Parameters
    ----------
    gap : the words between the unresolved name and the town, as in the sentence.
    named : the unresolved mention ("Abu Grein").
    town : the resolved place it is measured from ("Misrata").

    Returns
    -------
    Resolution or None
        A point place named as the text names it, in ``town``'s country, with half
        ``town``'s confidence; None when ``gap`` gives no distance and bearing, the distance
        is 0 or over :data:`MAX_KM`, or ``town`` is an area (a country or a province has no
        point to measure from).
    """
    m = _GAP.fullmatch(gap)
    place = town.place
    if m is None or place is None or place.is_area or place.kind == "admin2":
        return None
    km = float(m["n"].replace(",", "."))
    if m["unit"].lower().startswith("mi"):
        km *= _MILE_KM
    if not 0 < km <= MAX_KM:
        return None
    bearing = _BEARINGS[re.sub(r"[- ]", "", m["dir"].lower())]
    lon, lat = destination(place.lon, place.lat, bearing, km)
    key = f"{place.id}:{bearing:g}:{km:g}".encode()
    spot = Place(
        id=OFFSET_IDS[zlib.crc32(key) % len(OFFSET_IDS)], name=named.mention.text,
        kind="city", lon=round(lon, 5), lat=round(lat, 5), country_code=place.country_code)
    reason = f"{m['n']} {m['unit']} {m['dir']} of {place.name}, as the text says"
    return Resolution(named.mention, spot, round(town.confidence / 2, 3), reason)


def carry_offsets(text: str, ordered: list[Resolution]) -> list[Resolution]:
    """Every later or earlier mention of a place the text puts by distance and bearing, at
    that point too.

    "Islamists captured Konna, about 60 km north-east of Mopti" places Konna once; "the army
    retook Konna" in another paragraph names the same village, not the gazetteer's only
    Konna in another country, nor nothing at all. Only a name the gazetteer lacks is placed
    so (one it has keeps its own point: "Mosul, 400 km north of Baghdad"), and a mention of
    the same name is moved when it is unresolved or resolved to a spot more than 100 km
    from that point (a country or a province of that name stays). The mention that gives
    the distance is left to :func:`offset_place`, which reads it in its sentence.

    Parameters
    ----------
    text : the article.
    ordered : its resolutions in text order.

    Returns
    -------
    list of Resolution, ``ordered`` itself when the text places nothing this way.
    """
    spots: dict[str, Resolution] = {}
    givers: set[int] = set()
    for k in range(len(ordered) - 1):
        named, town = ordered[k], ordered[k + 1]
        gap = text[named.mention.end:town.mention.start]
        if named.place is not None or not gap.startswith(",") or named.mention.text in spots:
            continue  # (a place the gazetteer has keeps its own point: "Mosul, 400 km north
            # of Baghdad" is a round figure; "the road to Gao, 60 km north of Mopti", the road)
        spot = offset_place(gap, named, town)
        if spot is None or spot.place is None:
            continue
        spots[named.mention.text] = spot
        givers.add(k)
    if not spots:
        return ordered
    out = list(ordered)
    for k, r in enumerate(ordered):
        spot = spots.get(r.mention.text)
        if k in givers:  # (offset_place reads it in its sentence, with its flags)
            continue
        if spot is not None and spot.place is not None and _elsewhere(r, spot.place):
            out[k] = Resolution(r.mention, spot.place, spot.confidence, spot.reason)
    return out


def _elsewhere(r: Resolution, spot: Place) -> bool:
    """Whether ``r`` names no place of its own near ``spot``: unresolved, or a point far
    from it (the gazetteer's namesake elsewhere)."""
    place = r.place
    if place is None:
        return True
    return not place.is_area and place.kind != "admin2" and km(
        place.lon, place.lat, spot.lon, spot.lat) > _OTHER_KM
