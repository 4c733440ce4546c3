"""Read a date as users, feeds and event tables write it: ISO dates and datetimes, RFC 2822.

One grammar for every date the tool reads: ``--published``, an article's ``published`` field,
and the date cells of an event table (:func:`as_date`) that the writers and the merger read.
"""

from __future__ import annotations

import datetime as dt
import sys
from typing import Any

from geo.errors import InputError

__all__ = ["EXPECTED", "as_date", "parse_published"]

EXPECTED = ("YYYY-MM-DD, an ISO datetime (2024-10-30T10:00:00Z, +02:00 offsets too) "
            "or RFC 2822 (Wed, 30 Oct 2024 10:00:00 GMT)")


def parse_published(value: Any, *, what: str = "published") -> dt.date | None:
    """The publication date ``value`` stands for, or None when it is None or empty.

    A datetime keeps the calendar day it was written in (``2024-10-30T23:30:00-05:00`` is
    30 October, the day the article's readers saw), since relative dates in the text ("on
    Sunday") count from that day.

    Parameters
    ----------
    value : str, datetime.date, datetime.datetime or None
        ``"2024-12-02"``, ``"2024-12-02T10:00:00Z"``, ``"2024-12-02 10:00:00+01:00"``,
        ``"Mon, 02 Dec 2024 10:00:00 GMT"``, a date or a datetime.
    what : str, optional
        Name of the value in the error message.

    Returns
    -------
    datetime.date or None

    Raises
    ------
    InputError
        For any other value, with what was expected and what was given.

    Examples
    --------
    >>> parse_published("Wed, 30 Oct 2024 10:00:00 GMT")
    datetime.date(2024, 10, 30)
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        for parse in (_iso_date, _iso_datetime, _rfc2822):
            try:
                return parse(text)
            except (ValueError, TypeError, OverflowError):
                continue
    raise InputError(f"expected {what!r} as {EXPECTED}, instead got {value!r}")


def _iso_date(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def _iso_datetime(text: str) -> dt.date:
    if text[-1:] in ("Z", "z"):
        text = text[:-1] + "+00:00"
    return dt.datetime.fromisoformat(text).date()


def _rfc2822(text: str) -> dt.date:
    import email.utils

    return email.utils.parsedate_to_datetime(text).date()


def as_date(value: Any, *, what: str = "date") -> dt.date | None:
    """A date cell of an event table as a date: None when the cell is missing (None, ``""``,
    NaN, ``pd.NA``, ``pd.NaT``), else :func:`parse_published` of it.

    Raises
    ------
    InputError
        For a value that is neither missing nor a date in a form :func:`parse_published`
        reads, naming it as ``what``.

    Examples
    --------
    >>> as_date(float("nan")) is None, as_date("2024-12-02T10:00:00Z")
    (True, datetime.date(2024, 12, 2))
    """
    pandas = sys.modules.get("pandas")  # pd.NA only exists once pandas is imported
    if value is None or (pandas is not None and value is pandas.NA):
        return None
    if isinstance(value, (float, dt.datetime)) and value != value:  # NaN, NaT
        return None
    return parse_published(value, what=what)
