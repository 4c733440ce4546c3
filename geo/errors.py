"""One error hierarchy for the whole package."""

from __future__ import annotations

__all__ = [
    "GazetteerError",
    "GeoError",
    "InputError",
    "OutputError",
    "UnresolvedPlaceError",
]


class GeoError(Exception):
    """Root of every error this package raises on purpose."""


class InputError(GeoError, ValueError):
    """The input could not be read as text (binary, bad encoding, malformed JSON ...)."""


class GazetteerError(GeoError, OSError):
    """The bundled gazetteer is missing or unreadable."""


class UnresolvedPlaceError(GeoError, LookupError):
    """A place name could not be resolved and ``on_unresolved="raise"`` was asked for."""


class OutputError(GeoError, OSError):
    """An output could not be written (unwritable folder, output equals input, full disk)."""
