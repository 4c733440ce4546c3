"""The event table in ACLED's own export columns (``geo events -o x.csv --schema acled``).

Column names and order are those of an ACLED export (the codebook's variables, from
``event_id_cnty`` to ``timestamp``). Values come from the event table; a column the text
gives no value for (``inter1``, ``iso``, ``region``, ``admin2`` ...) is left empty rather
than guessed, and so is ``fatalities`` when no number was reported (ACLED would write 0).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pandas as pd

if TYPE_CHECKING:
    from geo.places.gazetteer import Gazetteer

__all__ = ["ACLED_COLUMNS", "DISORDER_TYPE", "acled_table"]

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
    "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
    "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source",
    "source_scale", "notes", "fatalities", "tags", "timestamp",
)
"""An ACLED export's columns, in ACLED's order."""

# ACLED's disorder type of each event type (riots depend on the sub-event type).
DISORDER_TYPE: dict[str, str] = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
_MOB = ("Riots", "Mob violence")

# ACLED column -> event table column, for the columns that are the same data.
_SAME = {
    "event_id_cnty": "id", "event_date": "event_date", "time_precision": "time_precision",
    "event_type": "acled_event_type", "sub_event_type": "sub_event_type",
    "actor1": "actor1", "actor2": "actor2", "admin1": "admin1", "location": "location",
    "latitude": "latitude", "longitude": "longitude", "geo_precision": "geo_precision",
    "notes": "quote", "fatalities": "fatalities",
}


def acled_table(frame: pd.DataFrame, *, gazetteer: Gazetteer | None = None) -> pd.DataFrame:
    """The rows of an event table as a frame with exactly ``ACLED_COLUMNS``.

    ``event_type`` is ACLED's category (our ``acled_event_type``; our own kind is not an
    ACLED column), ``notes`` the sentence reporting the event, ``source`` every source of a
    merged event (``sources``), ``tags`` our ``flags`` ("; "-separated, so that guesses stay
    marked), ``country`` the gazetteer's name for ``country_code`` and ``civilian_targeting``
    "Civilian targeting" for violence against civilians.

    Parameters
    ----------
    frame : pandas.DataFrame
        An event table as made by :func:`geo.frame.to_geodataframe`.
    gazetteer : Gazetteer, optional
        Where country names come from (default: :func:`geo.places.gazetteer.load`).

    Returns
    -------
    pandas.DataFrame
        One row per event, object columns of str, int, float or None.
    """
    rows = frame.to_dict("records")
    data: dict[str, list[Any]] = {name: [None] * len(rows) for name in ACLED_COLUMNS}
    countries: dict[str, str | None] = {}
    for i, row in enumerate(rows):
        for out, src in _SAME.items():
            data[out][i] = _value(row.get(src))
        date = _value(row.get("event_date"))
        data["year"][i] = int(str(date)[:4]) if date else None
        acled, sub = _value(row.get("acled_event_type")), _value(row.get("sub_event_type"))
        data["disorder_type"][i] = ("Political violence" if (acled, sub) == _MOB
                                    else DISORDER_TYPE.get(acled or ""))
        if acled == "Violence against civilians":
            data["civilian_targeting"][i] = "Civilian targeting"
        cc = _value(row.get("country_code"))
        if cc:
            if cc not in countries:
                countries[cc] = _country_name(cc, gazetteer)
            data["country"][i] = countries[cc]
        data["source"][i] = _value(row.get("sources")) or _value(row.get("source"))
        flags = [f for f in str(_value(row.get("flags")) or "").split(",") if f]
        data["tags"][i] = "; ".join(flags) or None
    return pd.DataFrame({name: pd.Series(values, dtype=object) for name, values in data.items()})


def _value(value: Any) -> Any:
    if value is None or value is pd.NA or value is pd.NaT or value == "":
        return None
    if isinstance(value, float) and value != value:
        return None
    return value.item() if hasattr(value, "item") else value


def _country_name(cc: str, gazetteer: Gazetteer | None) -> str | None:
    from geo.errors import GazetteerError
    from geo.places.gazetteer import load

    try:
        place = (gazetteer or load()).country(cc)
    except GazetteerError:
        return None
    return place.name if place is not None else None
