"""Great-circle distance between (lon, lat) points, in kilometres: one formula for the package."""

from __future__ import annotations

import math

import numpy as np

__all__ = [
    "DISTANCE_OF", "EARTH_RADIUS_KM", "destination", "km", "km_between", "km_from_dot",
    "km_matrix", "unit_vectors",
]

EARTH_RADIUS_KM = 6371.0088  # mean Earth radius (IUGG)
DISTANCE_OF = (
    r"(?P<n>\d{1,3}(?:[.,]\d)?)\s*-?\s*(?P<unit>km|kms|kilomet(?:er|re)s?|mi|miles?)\s+"
    r"(?:\(\s*\d{1,4}(?:[.,]\d)?\s*(?:km|kms|kilomet(?:er|re)s?|mi|miles?)\s*\)\s+)?"
    r"(?:to\s+the\s+)?(?P<dir>(?:north|south)(?:[- ]?(?:east|west))?|east|west)\s+of\s+"
)
"""How a text measures a place from another, as a pattern (case-insensitive use): "130 km south
of", "25 miles (40 km) north-east of", "20 kilometres to the south-east of"; groups ``n``,
``unit`` and ``dir``."""


def km(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    """Haversine distance between two points given in degrees."""
    p1, l1, p2, l2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin((l2 - l1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def destination(lon: float, lat: float, bearing: float, km: float) -> tuple[float, float]:
    """The (lon, lat) reached from a point by going ``km`` along the great circle that leaves
    it at ``bearing`` degrees clockwise from north."""
    p1, l1, b = math.radians(lat), math.radians(lon), math.radians(bearing)
    d = km / EARTH_RADIUS_KM
    p2 = math.asin(math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(b))
    l2 = l1 + math.atan2(math.sin(b) * math.sin(d) * math.cos(p1),
                         math.cos(d) - math.sin(p1) * math.sin(p2))
    return (math.degrees(l2) + 540.0) % 360.0 - 180.0, math.degrees(p2)


def km_matrix(lon1: np.ndarray, lat1: np.ndarray, lon2: np.ndarray, lat2: np.ndarray
              ) -> np.ndarray:
    """Distances from every point of set 1 (rows) to every point of set 2 (columns)."""
    p1, l1 = np.radians(lat1)[:, None], np.radians(lon1)[:, None]
    p2, l2 = np.radians(lat2)[None, :], np.radians(lon2)[None, :]
    h = np.sin((p2 - p1) / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin((l2 - l1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(h, 0.0, 1.0)))


def unit_vectors(lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    """Points given in degrees as unit vectors on the sphere, one row per point."""
    p, lam = np.radians(lat), np.radians(lon)
    # Written column by column into one array: the resolver calls this for every new name,
    # and np.stack costs more than the arithmetic on a few points.
    out = np.empty((len(p), 3))
    cos_p = np.cos(p)
    np.multiply(cos_p, np.cos(lam), out=out[:, 0])
    np.multiply(cos_p, np.sin(lam), out=out[:, 1])
    np.sin(p, out=out[:, 2])
    return out


def km_between(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Distances between every unit vector of ``a`` (rows) and of ``b`` (columns): the
    chord from the dot product, then the arc (2 asin(chord / 2)). About 1 m of rounding
    for points a few km apart, which is all the resolver needs."""
    return km_from_dot(a @ b.T)


def km_from_dot(dot: np.ndarray) -> np.ndarray:
    """Distance between two unit vectors from their dot product (see :func:`km_between`).

    Decreasing in ``dot``: the nearest of several points is the one with the largest dot
    product, so a caller can take the maximum first and convert only that.
    """
    chord2 = np.maximum(2.0 - 2.0 * dot, 0.0)
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.minimum(np.sqrt(chord2) / 2, 1.0))
