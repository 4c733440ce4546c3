"""Find date expressions in a sentence and pin them to the calendar against a publication date."""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from geo.events import lexicon as lex
from geo.events.attributes import _SAY
from geo.lazy_regex import lazy
from geo.models import Event, TimePrecision
from geo.prefilter import after_non_word, lookahead

__all__ = [
    "DateMatch", "Narrative", "find_dates", "goes_on", "nearest_date", "news_of_the_day",
    "resolve_date", "retold_dates", "unanchored",
]

DAY: TimePrecision = 1  # ACLED time_precision codes
WEEK: TimePrecision = 2
MONTH: TimePrecision = 3


@dataclass(frozen=True, slots=True)
class DateMatch:
    """One date expression: where it is, as written, and the period it stands for.

    ``event_date`` is the first day of the period; every date is None when the expression
    cannot be placed on the calendar (a relative date in an undated article, "February 30").
    """

    text: str
    start: int
    end: int
    event_date: dt.date | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    precision: TimePrecision | None = None


_MONTH_NAMES = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
_WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "a few": 3,
}


def _days(count: str) -> int:
    """"3" or "three" (of "three days later") as a number."""
    return int(count) if count.isdigit() else _NUMBER_WORDS[count.lower()]


# Month names are matched case-sensitively so that "may" and "march" (verbs) stay words.
_MON = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
_MON_FULL = lex.MONTH
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?:1[89]\d\d|20\d\d)(?!\d)"
_WD = lex.WEEKDAY
_NUM = (
    r"(?:\d{1,4}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several"
    r"|a few)"
)
_PREFIX = (
    r"(?P<prefix>(?i:since|from|between|until|on|in|during|overnight\s+on|overnight|early\s+on"
    r"|late\s+on|early|late|mid-|by|last|this|past|previous))"
)

_DATE_FORMS = (
    r"(?:"
    r"(?P<iso>(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2}))(?![\d-])"
    r"|(?P<dmy>(?P<d1>" + _DAY + r")(?:\s*(?:[-–]|to|and)\s*(?P<d1b>" + _DAY + r"))?"
    # (no space before the month in text pasted from a web page: "on 15October 2017")
    r"(?:\s+of)?\s*(?P<m1>"
    + _MON + r")(?:,?\s+(?P<y1>" + _YEAR + r"))?)"
    # ("November 10 and 14, 2023": "and" only where a year follows, not "on May 3 and 40 died")
    r"|(?P<mdy>(?P<m2>" + _MON + r")\s+(?P<d2>" + _DAY + r")(?:\s*(?:[-–]|to|and(?=\s*"
    + _DAY + r",?\s+" + _YEAR + r"))\s*(?P<d2b>" + _DAY
    + r"))?(?:,?\s+(?P<y2>" + _YEAR + r"))?)"
    r"|(?P<my>(?P<m3>" + _MON + r"),?\s+(?P<y3>" + _YEAR + r"))"
    r"|(?P<wd>" + _WD + r")(?:\s+(?P<part>(?i:night|morning|afternoon|evening)))?"
    r"|(?P<rel>(?i:the\s+day\s+before\s+yesterday|yesterday|today|tonight|tomorrow"
    r"|last\s+night|this\s+(?:morning|afternoon|evening)|earlier\s+today"
    r"|earlier\s+this\s+(?:week|month|year)|(?:over|during)\s+the\s+weekend"
    r"|(?:last|this|past|previous|next)\s+(?:week(?:end)?|month|year)))"
    r"|(?P<ago>(?P<n>(?i:" + _NUM + r"))\s+(?P<unit>(?i:days?|weeks?|months?))\s+(?i:ago))"
    # Anaphora resolved against the date the narrative has reached ("The next day, ...").
    r"|(?P<next>(?i:the\s+(?:next|following)\s+(?:day|morning|evening|night)"
    r"|(?:a|one)\s+day\s+later))"
    r"|(?P<later>(?P<ln>(?i:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten))\s+"
    r"(?i:days\s+later))"
    r"|(?P<same>(?i:the\s+same\s+(?:day|night|evening|morning)|later\s+that\s+(?:day|night|evening)"
    r"|(?:that|the)\s+(?:same\s+)?(?:evening|night|afternoon)"
    r"(?!\s+(?:of|before|after|from|between)\b)))"
    r"|(?P<nth>(?i:the\s+)(?P<nd>" + _DAY + r")(?<=st|nd|rd|th)(?=\s*(?:[,.;:)]|$)))"
    r"|(?P<mon>" + _MON_FULL + r")"
    r"|(?P<year>" + _YEAR + r")"
    r")\b"
)
# The forms are tried only where they may start (the same matches: see geo.prefilter), with
# or without a preposition before them: "in" and "on" stand before most words, and most
# words after them start no date.
_DATE_BODY = rf"(?:{_PREFIX}\s*)?{lookahead(_DATE_FORMS, 3) or ''}{_DATE_FORMS}"
# Behind a lookahead of the first characters any date starts with: most word starts fail
# before the branches are tried (the same matches; see geo.prefilter). It opens with the
# character before a date (\W, not \b): a search skips ahead to those (see after_non_word).
_DATE_RE = re.compile(r"\W" + (lookahead(_DATE_BODY, 3) or "") + _DATE_BODY)
# Cheap substring test before the big pattern: most sentences hold no date at all.
_HINTS = ("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "day", "night", "week", "month",
          "year", "ago", "tomorrow", "tonight", "morning", "evening", "afternoon", "jan", "feb",
          "mar",
          "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_RANGE_JOIN = lazy(r"\s*(?:[-–]|to|and|until|till|through)\s*$")
_PLAIN_PREFIXES = ("in", "during", "early", "late", "mid-", "since", "until", "by", "from",
                   "between")


# (event_date, start_date, end_date, precision)
_Period = tuple[dt.date | None, dt.date | None, dt.date | None, TimePrecision | None]


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _month_number(name: str) -> int:
    return _MONTH_NAMES[name[:3].lower()]


# A yearless date one day after publication is this year's (time zones: a release dated 12
# January in Washington reports a strike "on Jan 13" local time); later ones are last year's.
_LOOK_AHEAD = dt.timedelta(days=1)


def _infer_year(month: int, day: int, published: dt.date | None,
                narrative: dt.date | None = None) -> int | None:
    """Year of a date written without one.

    With a publication date: that year, or the one before for a later day of the year (a
    day of look-ahead for time zones). Without one, the year the narrative has reached (the
    last date with a year before it in the article): a chronicle goes forward, so a month
    more than six months before the narrative's is in the next year.
    """
    if published is None:
        if narrative is None:
            return None
        if month < narrative.month - 6:
            return narrative.year + 1
        return narrative.year
    if (month, day) > (published.month, published.day):
        ahead = _safe_date(published.year, month, day)
        if ahead is not None and ahead - published <= _LOOK_AHEAD:
            return published.year
        return published.year - 1
    return published.year


def _period(start: dt.date | None, end: dt.date | None, precision: TimePrecision) -> _Period:
    if start is None or end is None or end < start:
        return None, None, None, None
    return start, start, end, precision


def _shift_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 - months
    return dt.date(index // 12, index % 12 + 1, 1)


def _relative(phrase: str, pub: dt.date) -> _Period:
    p = " ".join(phrase.lower().split())
    if p in ("today", "tonight", "this morning", "this afternoon", "this evening", "earlier today"):
        return _period(pub, pub, DAY)
    if p in ("yesterday", "last night"):
        day = pub - dt.timedelta(days=1)
        return _period(day, day, DAY)
    if p == "the day before yesterday":
        day = pub - dt.timedelta(days=2)
        return _period(day, day, DAY)
    if p == "tomorrow":
        day = pub + dt.timedelta(days=1)
        return _period(day, day, DAY)
    monday = pub - dt.timedelta(days=pub.weekday())
    if p in ("this week", "earlier this week"):
        return _period(monday, pub, WEEK)
    if p in ("last week", "previous week"):
        return _period(monday - dt.timedelta(days=7), monday - dt.timedelta(days=1), WEEK)
    if p == "past week":
        return _period(pub - dt.timedelta(days=7), pub, WEEK)
    if p == "next week":
        return _period(monday + dt.timedelta(days=7), monday + dt.timedelta(days=13), WEEK)
    if p.endswith("weekend"):
        saturday = pub - dt.timedelta(days=(pub.weekday() - 5) % 7)
        recent = saturday >= pub - dt.timedelta(days=1)
        if p in ("last weekend", "previous weekend", "past weekend") and recent:
            saturday -= dt.timedelta(days=7)
        if p == "next weekend":
            saturday = pub + dt.timedelta(days=(5 - pub.weekday()) % 7 or 7)
        return _period(saturday, saturday + dt.timedelta(days=1), WEEK)
    first = pub.replace(day=1)
    if p in ("this month", "earlier this month"):
        return _period(first, pub, MONTH)
    if p in ("last month", "previous month", "past month"):
        prev = _shift_months(pub, 1)
        return _period(prev, _month_end(prev.year, prev.month), MONTH)
    if p == "next month":
        nxt = _shift_months(pub, -1)
        return _period(nxt, _month_end(nxt.year, nxt.month), MONTH)
    if p in ("this year", "earlier this year"):
        return _period(dt.date(pub.year, 1, 1), pub, MONTH)
    year = pub.year - 1 if p in ("last year", "previous year", "past year") else pub.year + 1
    return _period(dt.date(year, 1, 1), dt.date(year, 12, 31), MONTH)


def _resolve(m: re.Match[str], pub: dt.date | None, narrative: dt.date | None = None,
             day_known: bool = False) -> _Period:
    g = m.group
    if g("nth"):  # "On the 9th": the story's month, or the next one when the day is past
        if narrative is None:
            return _period(None, None, DAY)
        nth = int(g("nd").rstrip("stndrh"))
        year, month = narrative.year, narrative.month
        if day_known and nth < narrative.day:
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        day = _safe_date(year, month, nth)
        return _period(day, day, DAY)
    if g("next") or g("same") or g("later"):
        if narrative is None or not day_known:
            return _period(None, None, DAY)
        ahead = 1 if g("next") else 0 if g("same") else _days(g("ln"))
        day = narrative + dt.timedelta(days=ahead)
        return _period(day, day, DAY)
    if g("iso"):
        day = _safe_date(int(g("iy")), int(g("im")), int(g("id")))
        return _period(day, day, DAY)
    if g("dmy") or g("mdy"):
        first, month = (g("d1"), g("m1")) if g("dmy") else (g("d2"), g("m2"))
        last, year_text = (g("d1b"), g("y1")) if g("dmy") else (g("d2b"), g("y2"))
        mon, d = _month_number(month), int(first.rstrip("stndrh"))
        year = int(year_text) if year_text else _infer_year(mon, d, pub, narrative)
        if year is None:
            return _period(None, None, DAY)
        start = _safe_date(year, mon, d)
        end = _safe_date(year, mon, int(last.rstrip("stndrh"))) if last else start
        return _period(start, end, DAY if start == end else WEEK)
    if g("my"):
        year, mon = int(g("y3")), _month_number(g("m3"))
        return _period(dt.date(year, mon, 1), _month_end(year, mon), MONTH)
    if g("mon"):
        mon = _month_number(g("mon"))
        year = _infer_year(mon, 1, pub, narrative)
        if year is None:
            return _period(None, None, MONTH)
        return _period(dt.date(year, mon, 1), _month_end(year, mon), MONTH)
    if g("year"):
        year = int(g("year"))
        return _period(dt.date(year, 1, 1), dt.date(year, 12, 31), MONTH)
    if pub is None:
        return _period(None, None, DAY)
    if g("wd"):
        back = (pub.weekday() - _WEEKDAYS[g("wd").lower()]) % 7
        if back == 0 and (g("prefix") or "").lower() == "last":
            back = 7
        day = pub - dt.timedelta(days=back)
        return _period(day, day, DAY)
    if g("rel"):
        return _relative(g("rel"), pub)
    count = _NUMBER_WORDS.get(g("n").lower()) or int(g("n"))
    unit = g("unit").lower()
    if unit.startswith("month"):
        start = _shift_months(pub, min(count, 1200))
        return _period(start, _month_end(start.year, start.month), MONTH)
    days = min(count, 3650) * (7 if unit.startswith("week") else 1)
    start = pub - dt.timedelta(days=days)
    if unit.startswith("week"):
        monday = start - dt.timedelta(days=start.weekday())
        return _period(monday, monday + dt.timedelta(days=6), WEEK)
    return _period(start, start, DAY)


def _accept(m: re.Match[str]) -> bool:
    """Bare years and month names count only after a date preposition ("in 2017", "since March")."""
    if m.group("year") or m.group("mon"):
        return (m.group("prefix") or "").lower() in _PLAIN_PREFIXES
    if m.group("prefix") and m.group("prefix").lower() in ("last", "this", "past", "previous"):
        return bool(m.group("wd"))
    return True


# A date inside a "since ..." adjunct looks back ("Since the outbreak of fighting on April 15,
# more than 76,000 people have crossed"): it does not move the story on.
_BACKGROUND = re.compile(r"\b[Ss]ince\b[^,;.]*$")
# The pluperfect tells what came before the story ("The city had been captured by ISIL in
# June 2014"): an earlier date there does not take the story back.
_FLASHBACK = re.compile(r"\bhad\s+(?:already\s+|previously\s+|earlier\s+)?(?:been\s+)?"
                        r"[a-z]{3,}(?:ed|en|wn)\b")
# ... but not one in a clause of what led to the event ("opened fire ..., after a drone had
# been observed over the area")
_LED_TO = lazy(r"\b(?:after|because|since|as|when|once|until|before)\b", re.I)


_PAST_NEXT = lazy(r"\s*,?\s*(?:(?!(?:had|has|have|was|were)\b)[\w'’-]+\s+){0,6}?[a-z]{3,}ed\b")


def _flashback(text: str) -> bool:
    """Whether ``text`` tells what came before the story in its main clause (its own clause,
    at most 150 characters back, holds no "after", "because" ...)."""
    for m in _FLASHBACK.finditer(text):
        at = m.start()
        start = max(text.rfind(",", 0, at), text.rfind(";", 0, at), at - 150, 0)
        if _LED_TO.search(text, start, at) is None:
            return True
    return False


@dataclass(slots=True)
class Narrative:
    """How far an article's own dates have gone: the last date, and whether its day is known.

    Every date placed on the calendar moves it, except "since X" and dates inside a
    "Since ..." clause (they look back), an earlier date in the pluperfect ("had been
    captured in June 2014"), a deadline in a later year ("by 1 January 2024") and a bare
    year once the story has a date, unless it is "In 2022, ..." of another year; a year or a
    month alone leaves "the next day" without an anchor (``day_known`` False).
    """

    date: dt.date | None = None
    day_known: bool = False
    moves: int = 0
    """How many dates have moved it (a caller can tell which sentence last did)."""

    def advance(self, m: re.Match[str], start: dt.date | None,
                precision: TimePrecision | None) -> None:
        prefix = (m.group("prefix") or "").lower()
        if start is None or prefix == "since":
            return  # "since 2014" looks back; it does not move the story
        if prefix in ("by", "until") and self.date is not None and start.year > self.date.year:
            return  # a deadline: "dissolving its institutions by 1 January 2024"
        if m.group("year") and self.date is not None and (
                (m.group("prefix") or "").lower() != "in" or start.year == self.date.year):
            return  # "the 2003 invasion": an aside; "In 2022, ..." moves the story's year
        self.date = start
        self.day_known = precision == DAY
        self.moves += 1


def _range_precision(start: dt.date, end: dt.date) -> TimePrecision:
    days = (end - start).days
    return DAY if days == 0 else WEEK if days <= 7 else MONTH


# "on 2 January and Mullaitivu on 25 January 2009": a list of days, one year for all (also
# with commas: "Mabanda on 3 May, Kiliba on 5 May and Luvungi on 9 May 2025")
_YEAR_GAP = lazy(r"\s+(?:and|to|until|till|through)\s+[^.;:(),]{0,40}|\s*,\s*(?:and\s+)?"
                 r"[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2}\s+(?:on\s+)?")


_LIST_MOST = 12  # days of one list read for its year (a longer run is no list of one verb)


def _year_after(m: re.Match[str], end: int, following: list[tuple[re.Match[str], int, int]],
                text: str) -> dt.date | None:
    """For a day written without a year, the first later date of its list that gives one
    ("took Kilinochchi on 2 January and Mullaitivu on 25 January 2009": 2 January 2009):
    its day, the latest the yearless one can be. The days between are yearless too, each
    joined to the one before by "and", "to" or a comma."""
    if not following or not (m.group("dmy") or m.group("mdy")) or m.group("y1") or m.group(
            "y2"):
        return None
    for n, a, b in following[:_LIST_MOST]:
        if _YEAR_GAP.fullmatch(text, end, a) is None or not (n.group("dmy") or n.group("mdy")):
            return None
        if (n.group("dmy") and n.group("y1")) or (n.group("mdy") and n.group("y2")):
            return _resolve(n, None)[1]
        if n.group("y1") or n.group("y2"):
            return None
        end = b
    return None


# ... and a place and its day after a dated one in a list: "liberated Kherson on 11 November
# 2022 and Mykolaiv on 2 December" (the verb left out: one list, one year)
_LISTED_DAY_GAP = lazy(r"\s*(?:,\s*(?:and\s+)?|and\s+)[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)"
                       r"{0,2}\s+(?:on\s+)?")


# ... or any later day of a sentence that opens with its dated day: "On 3 March 2018 they
# took Rajo, and Afrin fell on 8 March" (2018, whenever the text was published; not a day
# told in a clause that describes: "The RSF, which has fought the army since 15 April 2023,
# shelled El Fasher on 10 May", "Since the coup of 1 February 2021 ...")
_SAME_CLAUSES = lazy(r"[^.;:!?()]{1,160}")
_OPENS_WITH_DAY = lazy(r"\s*(?:(?:[Oo]n|[Bb]y|[Ll]ate\s+on|[Ee]arly\s+on)\s+)?"
                       r"(?:the\s+(?:night|morning|evening)\s+of\s+)?")


# A pluperfect of the sentence's own verb before a date, not of a relative clause ("Troops
# that had trained in Germany entered Robotyne on 28 August")
_OWN_PLUPERFECT = lazy(r"(?<!\bthat )(?<!\bwho )(?<!\bwhich )\bhad\s+(?:already\s+|"
                       r"previously\s+|earlier\s+)?(?:been\s+)?[a-z]{3,}(?:ed|en|wn)\b"
                       r"(?![^,;]*\b(?:who|that|which)\b)")


# How far ahead of the story a day told in reported speech's pluperfect can still be of the
# story's year.
_FLASHBACK_AHEAD = dt.timedelta(days=31)
# A verb of saying before the pluperfect ("announced that it had retaken"), or the run of
# spaces the events stage leaves where it blanked the attribution out.
_SAID_BEFORE = lazy(r"(?:\b" + _SAY + r"\s+(?:on\s+\w+\s+)?|\s{6,})(?:that\s+)?[^,;:.]{0,40}$")


def _reported(text: str, at: int) -> bool:
    """Whether the pluperfect before ``at`` is reported speech's (after a verb of saying)."""
    m = _OWN_PLUPERFECT.search(text, 0, at)
    return m is not None and _SAID_BEFORE.search(text, max(0, m.start() - 80),
                                                 m.start()) is not None


def _year_before(m: re.Match[str], start: int,
                 before: tuple[re.Match[str], int, int] | None, text: str) -> dt.date | None:
    """For a day written without a year after a day with one, in a list or later in a
    sentence that opens with it ("Kherson on 11 November 2022 and Mykolaiv on 2 December"),
    the anchor that places it in the year after that day: the latest day it can be, a year
    later."""
    if before is None or not (m.group("dmy") or m.group("mdy")) or m.group("y1") or m.group(
            "y2"):
        return None
    n, at, end = before
    if not ((n.group("dmy") and n.group("y1")) or (n.group("mdy") and n.group("y2"))) or (
            _LISTED_DAY_GAP.fullmatch(text, end, start) is None and not (
                _SAME_CLAUSES.fullmatch(text, end, start) and _OPENS_WITH_DAY.fullmatch(
                    text, 0, at))):
        return None
    first = _resolve(n, None)[1]
    # (less the look-ahead that an anchor's year allows: "On 9 July 2017 ... on 10 July")
    return first + dt.timedelta(days=365) - _LOOK_AHEAD if first is not None else None


def find_dates(
    text: str, published: dt.date | None = None, *, narrative: Narrative | None = None
) -> list[DateMatch]:
    """Return every date expression in ``text``, placed on the calendar where possible.

    Parameters
    ----------
    text : a sentence (or any text); offsets in the result index into it.
    published : the article's publication date, the anchor for relative dates ("on Sunday",
        "yesterday", "last week") and for dates written without a year.
    narrative : the date an article's narrative has reached before ``text``. It anchors
        "the next day", "on the same day", "that night" and "on the 9th", and, in an article
        without ``published``, the year of "on 28 November". Updated in place with every
        date found, so a sentence's "the next day" follows its own "on January 25".

    Returns
    -------
    list of DateMatch in text order. "since X" (and "Since the assault began on X,") runs
    from X to ``published``; "from X to Y" and
    "between X and Y" become one range. A month or a bare year ("in 2017") is a period of
    precision 3, ACLED's coarsest code; ``event_date`` is always the first day of the period.
    """
    out: list[DateMatch] = []
    low = text.lower()
    if not any(hint in low for hint in _HINTS):
        return out
    story = narrative if narrative is not None else Narrative()
    found_all = [(m, a, b) for m, a, b in after_non_word(_DATE_RE, text) if _accept(m)]
    for i, (m, a, b) in enumerate(found_all):
        try:
            year_of = _year_after(m, b, found_all[i + 1:], text) or _year_before(
                m, a, found_all[i - 1] if i else None, text)
            if (year_of is None and published is None and story.date is not None
                    and (m.group("dmy") or m.group("mdy")) and not (m.group("y1") or m.group(
                        "y2")) and _OWN_PLUPERFECT.search(text, 0, a)):
                # a chronicle's flashback: "Kherson had been captured by Russian forces on 2
                # March" after "in November 2022" is the March before, not the one after (the
                # story's month counts whole: "in January 2023 ... had entered Soledar on 10
                # January" is that January); but reported speech only shifts the tense, and a
                # day it tells a few weeks ahead of the story's day is nearer than a year back
                # ("On 14 January, rebels took Diabaly. The army announced that it had retaken
                # Konna on 18 January": 18 January that year)
                year_of = story.date if story.day_known else _month_end(story.date.year,
                                                                        story.date.month)
                if story.day_known and _reported(text, a):
                    year_of += _FLASHBACK_AHEAD
            # ("On 28 September, fighters attacked ... and by the afternoon had taken the city":
            # an anaphor after a day the sentence gives is of that day, even where a flashback
            # kept the story from moving back to it)
            own = out[-1] if out and out[-1].precision == DAY and out[-1].event_date and (
                m.group("same") or m.group("next") or m.group("later")) else None
            event, start, end, precision = (
                _resolve(m, year_of, None, False) if year_of is not None
                else _resolve(m, published, own.event_date, True) if own is not None
                else _resolve(m, published, story.date, story.day_known))
        except (OverflowError, ValueError):  # beyond year 1 or 9999: no calendar date
            event = start = end = precision = None
        # "On the night of 23 October (from 18:00 on 22 October)": a gloss in brackets of a
        # day given before it moves nothing ("on Tuesday (May 16)" does)
        background = _BACKGROUND.search(text, max(0, a - 120), a) is not None or (
            _bracketed(text, a) and any(_DIGIT.search(d.text) for d in out))
        if not background and not (
                start is not None and story.date is not None and start < story.date
                and _flashback(text) and not (
                    not text[:a].strip(" -•*") and _PAST_NEXT.match(text, b))):
            # (a sentence that opens with its day and a verb in the past goes back to it, a
            # pluperfect further on notwithstanding: "On 28 September, fighters launched an
            # attack ... and by the afternoon had taken the city")
            story.advance(m, start, precision)
        prefix = (m.group("prefix") or "").lower()
        found = DateMatch(text[a:b], a, b, event, start, end, precision)
        since = prefix == "since" or background
        if since and start is not None and published is not None and published >= start:
            found = DateMatch(found.text, found.start, found.end, start, start, published,
                              _range_precision(start, published))
        prev = out[-1] if out else None
        if prev is not None and _RANGE_JOIN.fullmatch(text[prev.end:a]) and end and (
                prev.start_date and _opens_range(text, prev)):
            prev = _in_year_of(prev, found)
        if (prev is not None and (_opens_range(text, prev) or (
                prev.text.lower().startswith("on ") and prev.precision == DAY
                and re.fullmatch(r"\s*(?:and|to|[-–])\s*", text[prev.end:a])))
                and _RANGE_JOIN.fullmatch(text[prev.end:a]) and prev.start_date and end
                and end >= prev.start_date):
            found = DateMatch(text[prev.start:b], prev.start, b, prev.start_date,
                              prev.start_date, end, _range_precision(prev.start_date, end))
            out[-1] = found
            continue
        out.append(found)
    return out


_FROM_BEFORE = lazy(r"(?i:from|between)\s+\Z")
_YEAR_IN = re.compile(_YEAR)


def _opens_range(text: str, d: DateMatch) -> bool:
    """``d`` opens a range: "from May", "between 3", "from late February"."""
    return d.text.lower().startswith(("from", "between")) or (
        _FROM_BEFORE.search(text, max(0, d.start - 9), d.start) is not None)


def _in_year_of(first: DateMatch, last: DateMatch) -> DateMatch:
    """The first date of a range whose year only the last one says ("from February to May
    2015", "between November 10 and 14, 2023"), in that year, or the year before where it
    would fall after the last ("from December to March 2015"); as it was where its own text
    says a year, the last says none, or the calendar has no such day."""
    if _YEAR_IN.search(first.text) or not _YEAR_IN.search(last.text) or (
            first.start_date is None or last.start_date is None):
        return first
    year = last.start_date.year
    try:
        start = first.start_date.replace(year=year)
        if start > last.start_date:
            start = start.replace(year=year - 1)
        end = first.end_date.replace(year=start.year) if first.end_date else start
    except ValueError:  # 29 February
        return first
    return dataclasses.replace(first, event_date=start, start_date=start, end_date=end)


def unanchored(text: str) -> int:
    """How many date expressions of an undated text cannot be placed on the calendar.

    "on Sunday", "yesterday" and a yearless "March 4" before any year in the text need a
    publication date; the CLI says how many so that the user can pass ``--published``.

    >>> unanchored("Shelling hit Kharkiv on Sunday. On 3 May 2024 talks resumed; on 5 May ...")
    1
    """
    return sum(d.event_date is None and _NEEDS_PUBLISHED.search(d.text) is not None
               for d in find_dates(text, None, narrative=Narrative()))


# What a publication date places: weekdays, "yesterday", "last week", "2 days ago", a month.
_NEEDS_PUBLISHED = lazy(
    r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|"
    r"tomorrow|last|this|past|previous|ago|weekend|next\s+(?:week|month|year))|"
    + _MON)


# "the largest displacement since 1948", "the first time since World War II": a baseline of
# comparison, not when the event happened.
_BASELINE = lazy(r"\b(?:largest|biggest|worst|deadliest|bloodiest|heaviest|greatest|"
                 r"highest|most|first|only|fiercest)\b[^,;]*$", re.I)


# Inside a relative clause: "The Peshmerga, which had held the area since June, ..."
_IN_RELATIVE = lazy(r",\s+(?:which|who|that)\b[^,;]*\Z", re.I)
_PERFECT_BEFORE = re.compile(r"\b(?:has|have)\s+(?:[a-z]+ly\s+|not\s+|been\s+)*$", re.I)


_DIGIT = re.compile(r"\d")


def _bracketed(sentence: str, at: int) -> bool:
    """Whether offset ``at`` lies inside round brackets."""
    return sentence.rfind("(", 0, at) > sentence.rfind(")", 0, at)


# A comma and a conjunction that start a clause of its own (also read by extract)
NEW_CLAUSE = r",\s+(?:and|while|but|whereas)\s+"
_NEW_CLAUSE = re.compile(NEW_CLAUSE)


# ... and a date before "before"/"after" and the trigger's participle is the other
# predicate's: "attacked Macomia on Friday before withdrawing towards the coast on Sunday"
_BEFORE_PARTICIPLE = lazy(r"\s(?:before|after)\s+\Z")


_LEADING_CLAUSE = re.compile(r"\s*(?:following|after|before|since|despite|amid|"
                             r"in\s+the\s+wake\s+of|"
                             r"(?:\w+\s+)?(?:days?|weeks?|hours?|months?)\s+after)\b", re.I)


def nearest_date(dates: list[DateMatch], start: int, end: int, sentence: str,
                 others: tuple[tuple[int, int], ...] = ()) -> DateMatch | None:
    """The date nearest the trigger at ``sentence[start:end]``, preferring one of its own
    clause (no ";" between), and none past ``others`` (spans of the sentence's other triggers).

    "since X" after a superlative ("the largest since 1948") is no date of the event, nor is
    one after a trigger that is not in the perfect, or in a relative clause before it ("retook
    Kidal, a town held by separatists since 2012", "The Peshmerga, which had held the area
    since June, withdrew"; but "have shelled Kharkiv since Monday", "Since Aug. 14, the
    Department has been supporting the evacuation").
    """
    perfect = _PERFECT_BEFORE.search(sentence, max(0, start - 40), start) is not None
    dates = [d for d in dates if not (d.text.lower().startswith("since") and (
        _BASELINE.search(sentence, 0, d.start) or (d.start >= end and not perfect) or (
            not perfect and d.end <= start and "," in sentence[d.end:start]
            and _IN_RELATIVE.search(sentence, max(0, d.start - 80), d.start) is not None)))]

    # a bracket glosses a date given outside it ("23 October (from 18:00 on 22 October)"),
    # or gives the day of a weekday ("on Tuesday (May 16)": the weekday gives way)
    dates = [d for d in dates if _DIGIT.search(d.text) or not any(
        _DIGIT.search(e.text) and 0 < e.start - d.end <= 3 and _bracketed(sentence, e.start)
        for e in dates)]
    explicit_outside = any(_DIGIT.search(d.text) and not _bracketed(sentence, d.start)
                           for d in dates)

    # a date in a clause the sentence opens with, "Following the operation launched on 19
    # September and the ceasefire the next day, refugees crossed into Armenia on 24
    # September", is the earlier event's: one after the trigger in its own clause is nearer
    leading = _LEADING_CLAUSE.match(sentence) is not None

    def gap(d: DateMatch) -> int:
        a, b = (d.end, start) if d.end <= start else (end, d.start)
        # a date across "and" belongs to the other predicate ("cut the road by January 23 and
        # arrived at the city on January 25")
        # ... and so does a date past another event's trigger ("began a bombardment the next
        # day, followed by a ground invasion on 27 October")
        # ... and a date across ", and" (", while", ", but") to a clause of its own more so:
        # "attacked the site on 1 June, and clashes continued in the town the following day"
        between = sentence[a:b]
        # ... and a date in brackets only glosses a day given outside them ("On the night of
        # 23 October (from 18:00 on 22 October), the enemy attacked")
        return max(b - a, 0) + 10_000 * (";" in between) + 40 * (" and " in between) + 200 * (
            _NEW_CLAUSE.search(between) is not None) + 60 * any(a <= s < b for s, _ in others) \
            + 200 * (_bracketed(sentence, d.start) and explicit_outside) \
            + 40 * (d.end <= start and _BEFORE_PARTICIPLE.search(between) is not None) \
            + 100 * (d.end <= start and leading and "," in between) \
            + 100 * (d.end <= start and "," in between and _IN_RELATIVE.search(
                sentence, max(0, d.start - 80), d.start) is not None)

    # (a date in a relative clause before the trigger describes its subject: "M23, which was
    # defeated in November 2013, seized Rubaya on 30 April" is April's)
    if dates and _GOES_ON.search(sentence, start, _clause_end(sentence, end)):
        # what goes on as the text is told has no day of another clause's: "Fighting
        # continues in Mogadishu, and a mortar attack hit Baidoa last week"
        dates = [d for d in dates if not (d.start >= end and _OTHER_CLAUSE.search(
            sentence, end, d.start))]
    return min(dates, key=gap, default=None)


# A verb of going on in the present: "continues", "are ongoing", "is still raging"
# (not "will continue", nor "continues to worsen": another verb's tense)
_GOES_ON = lazy(r"(?<!will\s)(?<!would\s)(?<!to\s)\b(?:continues|continue|persists|persist|"
                r"goes\s+on|go\s+on|rages|(?:is|are)\s+(?:still\s+)?(?:continuing|ongoing|"
                r"under\s+way|raging|going\s+on))\b(?!\s+to\b)", re.I)


def goes_on(sentence: str) -> bool:
    """Whether ``sentence`` tells something going on as it is told ("Fighting continues in
    Mogadishu", "clashes are still raging")."""
    return _GOES_ON.search(sentence) is not None


def _clause_end(sentence: str, at: int) -> int:
    """Where the clause going on at ``at`` ends: a new clause (", and ...", "as ...", "a week
    after ..."), ";", or the end."""
    m = _OTHER_CLAUSE.search(sentence, at)
    stop = sentence.find(";", at)
    ends = [x for x in (m.start() if m else -1, stop) if x >= 0]
    return min(ends, default=len(sentence))


_OTHER_CLAUSE = lazy(NEW_CLAUSE + r"|\s(?:as|while|when|after|since|before|following)\s")


def resolve_date(text: str, published: dt.date | None = None) -> DateMatch | None:
    """Return the first date expression in ``text``, or None when it has none.

    Never raises on odd input: an impossible date ("February 30") comes back with its text and
    no dates.

    >>> resolve_date("overnight on Sunday", dt.date(2024, 12, 2)).event_date
    datetime.date(2024, 12, 1)
    """
    found = find_dates(text, published)
    return found[0] if found else None


_HABITUAL = re.compile(r"\b(?:repeatedly|regularly|often|frequently|routinely|since|for\s+"
                       r"(?:years|months|weeks|decades)|every|daily|nightly)\b", re.I)


def retold_dates(events: list[Event]) -> list[Event]:
    """A report retells its lead: an undated event of the same kind at the same place as a
    dated one told before it takes that event's day, flagged "date_inferred" ("On Tuesday,
    the Taliban captured Tala Wa Barfak district ... Officials say insurgents assaulted Tala
    Wa Barfak district ... and overran it"); not at a country or a province, where a report
    tells many. Only for a dated report (a press text): a chronicle's later events at a
    place are other events."""
    dated: dict[tuple[str, int], Event] = {}
    out = []
    for e in events:
        where = e.site.place if e.site is not None else None
        key = (e.kind, where.id) if where is not None and where.kind not in (
            "country", "admin1", "region", "continent") else None
        if key is None or "place_inferred" in e.flags or _HABITUAL.search(e.quote):
            out.append(e)  # (a retelling names the place; "Russia has repeatedly shelled
            continue  # the city since the start of the invasion" is no retelling)
        if e.event_date is not None:
            dated.setdefault(key, e)
        elif not e.date_text and (told := dated.get(key)) is not None:
            e = dataclasses.replace(e, event_date=told.event_date, start_date=told.start_date,
                                    end_date=told.end_date, time_precision=told.time_precision,
                                    flags=(*e.flags, "date_inferred"))
        out.append(e)
    return out


def news_of_the_day(e: Event, published: dt.date, first_dated: int | None) -> Event:
    """A dated report reports the news of its day until its story names a day of its own:
    an undated event before that ("American forces have struck ...", "during her visit to
    Kornidzor") takes the publication date, flagged "date_inferred"."""
    if e.event_date is not None or e.date_text or (
            first_dated is not None and e.quote_start >= first_dated):
        return e  # dated, or a date the text gives could not be placed ("February 30")
    return dataclasses.replace(e, event_date=published, start_date=published,
                               end_date=published, time_precision=1,
                               flags=(*e.flags, "date_inferred"))
