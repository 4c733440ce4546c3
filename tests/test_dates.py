"""Date expressions: a (text, published, date, precision) table and a never-raises property."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.events.dates import find_dates, resolve_date

D = dt.date
MON = D(2024, 12, 2)  # a Monday

# (text, published, expected event_date or None, expected precision or None, expected text)
CASES = [
    ("overnight on Sunday", MON, D(2024, 12, 1), 1, "overnight on Sunday"),
    ("On Sunday night, jets struck", MON, D(2024, 12, 1), 1, "On Sunday night"),
    ("said on Monday", MON, D(2024, 12, 2), 1, "on Monday"),  # same weekday = same day
    ("on Tuesday", MON, D(2024, 11, 26), 1, "on Tuesday"),
    ("last Monday", MON, D(2024, 11, 25), 1, "last Monday"),
    ("Saturday morning", MON, D(2024, 11, 30), 1, "Saturday morning"),
    ("yesterday", MON, D(2024, 12, 1), 1, "yesterday"),
    ("Yesterday's attack", MON, D(2024, 12, 1), 1, "Yesterday"),
    ("earlier today", MON, D(2024, 12, 2), 1, "earlier today"),
    ("last night", MON, D(2024, 12, 1), 1, "last night"),
    ("two days ago", MON, D(2024, 11, 30), 1, "two days ago"),
    ("last week", MON, D(2024, 11, 25), 2, "last week"),
    ("over the weekend", MON, D(2024, 11, 30), 2, "over the weekend"),
    ("earlier this month", D(2024, 12, 20), D(2024, 12, 1), 3, "earlier this month"),
    ("last month", MON, D(2024, 11, 1), 3, "last month"),
    ("on Nov. 27", MON, D(2024, 11, 27), 1, "on Nov. 27"),
    ("Nov 27th", MON, D(2024, 11, 27), 1, "Nov 27th"),
    ("26 November 2024", MON, D(2024, 11, 26), 1, "26 November 2024"),
    ("the 3rd of March", MON, D(2024, 3, 3), 1, "3rd of March"),
    ("March 3rd", MON, D(2024, 3, 3), 1, "March 3rd"),
    ("Sept. 11, 2001", MON, D(2001, 9, 11), 1, "Sept. 11, 2001"),
    ("on 2017-05-01", MON, D(2017, 5, 1), 1, "on 2017-05-01"),
    ("on Dec. 5", MON, D(2023, 12, 5), 1, "on Dec. 5"),  # after publication -> year before
    ("in March 2017", MON, D(2017, 3, 1), 3, "in March 2017"),
    ("in March", MON, D(2024, 3, 1), 3, "in March"),
    ("in 2017", MON, D(2017, 1, 1), 3, "in 2017"),
    ("since Nov. 27", MON, D(2024, 11, 27), 2, "since Nov. 27"),
    ("from March 3 to March 5", MON, D(2024, 3, 3), 2, "from March 3 to March 5"),
    ("March 3-5, 2023", MON, D(2023, 3, 3), 2, "March 3-5, 2023"),
    ("between 1 and 3 May", MON, D(2024, 5, 1), 2, "between 1 and 3 May"),
    ("on February 30", MON, None, None, "on February 30"),
    ("on 2024-13-45", MON, None, None, "on 2024-13-45"),
    ("on Sunday", None, None, None, "on Sunday"),  # relative date, undated article
    ("yesterday", None, None, None, "yesterday"),
    ("on Nov. 27", None, None, None, "on Nov. 27"),  # no year to take
    ("on 26 November 2024", None, D(2024, 11, 26), 1, "on 26 November 2024"),
    ("in March 2017", None, D(2017, 3, 1), 3, "in March 2017"),
]


@pytest.mark.parametrize(("text", "published", "date", "precision", "written"), CASES,
                         ids=[c[0] for c in CASES])
def test_resolve_date(text: str, published: dt.date | None, date: dt.date | None,
                      precision: int | None, written: str) -> None:
    found = resolve_date(text, published)
    assert found is not None
    assert (found.event_date, found.precision, found.text) == (date, precision, written)
    assert text[found.start:found.end] == found.text


@pytest.mark.parametrize("text", [
    "The army may strike soon.", "Troops march on.", "Some 200 militants crossed.",
    "Sunni insurgents", "It killed 2017 people", "Page 12 of the report", "",
])
def test_no_date(text: str) -> None:
    assert resolve_date(text, MON) is None


def test_ranges_and_periods() -> None:
    (since,) = find_dates("since Nov. 27", MON)
    assert (since.start_date, since.end_date) == (D(2024, 11, 27), MON)
    (week,) = find_dates("last week", MON)
    assert (week.start_date, week.end_date) == (D(2024, 11, 25), D(2024, 12, 1))
    (month,) = find_dates("in March 2017", MON)
    assert (month.start_date, month.end_date) == (D(2017, 3, 1), D(2017, 3, 31))


def test_several_dates_in_text_order() -> None:
    found = find_dates("Talks on Nov. 27 failed; fighting resumed on Sunday.", MON)
    assert [(d.text, d.event_date) for d in found] == [
        ("on Nov. 27", D(2024, 11, 27)), ("on Sunday", D(2024, 12, 1))]


@pytest.mark.parametrize(("text", "published"), [
    ("yesterday", D(1, 1, 1)), ("next year", D(9999, 5, 1)), ("tomorrow", D(9999, 12, 31)),
    ("last month", D(1, 1, 5)), ("9999 weeks ago", D(10, 1, 1)), ("last week", D(1, 1, 3)),
])
def test_calendar_edges_give_no_date(text: str, published: dt.date) -> None:
    found = resolve_date(text, published)
    assert found is not None and found.event_date is None and found.text == text


@settings(max_examples=300, deadline=None)
@given(st.text(), st.one_of(st.none(), st.dates()))
def test_resolve_date_never_raises(text: str, published: dt.date | None) -> None:
    found = resolve_date(text, published)
    assert found is None or text[found.start:found.end] == found.text


_PIECES = st.sampled_from([
    "on", "since", "from", "to", "between", "and", "last", "in", " ", "-", ",", "Sunday",
    "February", "Feb.", "30", "31", "29", "0", "9999", "2024", "1899", "3rd", "days ago",
    "99999 days ago", "months ago", "week", "weekend", "yesterday", "March", "May",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=12).map(" ".join),
       st.one_of(st.none(), st.dates(min_value=D(1, 1, 1), max_value=D(9999, 12, 31))))
def test_date_like_text_never_raises(text: str, published: dt.date | None) -> None:
    for found in find_dates(text, published):
        if found.start_date is not None and found.end_date is not None:
            assert found.start_date <= found.end_date
