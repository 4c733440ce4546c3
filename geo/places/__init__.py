"""Places stage: takes text and gives the places it names.

:func:`extract_mentions` finds place names in a text (:class:`~geo.models.Mention` records,
using the :class:`Gazetteer`), and :func:`resolve` picks a :class:`~geo.models.Place` for each
of them (:class:`~geo.models.Resolution` records): priors (``priors``), document context
(``context``) and explicit patterns such as "X, Y" or "X near Y" (``patterns``). Imports nothing
from the later stages.
"""

from __future__ import annotations

from geo.places.gazetteer import Gazetteer, default_data_dir, load
from geo.places.mentions import extract_mentions, tokenize
from geo.places.modifiers import modifier_countries
from geo.places.normalize import normalize_name
from geo.places.resolve import OnUnresolved, haversine_km, resolve

__all__ = [
    "Gazetteer",
    "OnUnresolved",
    "default_data_dir",
    "extract_mentions",
    "haversine_km",
    "load",
    "modifier_countries",
    "normalize_name",
    "resolve",
    "tokenize",
]
