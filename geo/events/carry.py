"""The day an undated sentence takes from the story it goes on (a step of
:func:`geo.events.extract.extract_events`): its paragraph's day, the story's day after
"then", or a press text's day of publication or of the week before in the next paragraph."""

from __future__ import annotations

import datetime as dt
import re

from geo.events.dates import Narrative
from geo.lazy_regex import lazy
from geo.prefilter import folds_plainly, word_start

__all__ = ["carried_day", "moves_story", "opens_with_clock"]


# The news of the week: a lead dated up to a week before publication carries its day into
# the next paragraph, which most often goes on with it ("Gangs attacked Delmas on Sunday.\n\n
# Gunmen opened fire on residents ...").
_NEWS_WEEK = dt.timedelta(days=7)
# ... but not to a sum so far ("More than 2 million people have been displaced") or to what
# had happened before ("Iran had dispatched fighters to Syria").
# (A claim of one's own act stays on the day: "Hamas said they had attacked Israeli forces".)
_PERFECT = lazy(r"\b(?:has|have|(?<!\bit\s)(?<!\bthey\s)(?<!\bhe\s)(?<!\bshe\s)(?<!\bwe\s)"
                r"had)\s+(?:been\s+)?[a-z]+(?:ed|en)\b")
# (Written by word_start: a search skips ahead to the digits and capitals these start with.)
_STORY_DATE = re.compile(word_start([
    r"1[89]\d\d", r"20\d\d",
    *"January February March April May June July August September October November December"
    .split(),
    *(rf"{m}\.?" for m in "Jan Feb Mar Apr Jun Jul Aug Sept? Oct Nov Dec".split()),
]) + r"\b")
# A sentence that goes on from the one before keeps its day ("She then visited ...", "Hours
# later, ...", "Later that day"); a bare "later" does not ("The minister later arrived in
# Ankara" may be the next day).
# (The look-behinds come after the word, so they are tried only where "then" stands.)
_CONTINUES = lazy(
    r"\bthen\b(?<!since then)(?<!until then)(?<!by then)(?<!till then)"
    r"|\b(?:hours|minutes|moments)\s+(?:later|earlier)\b|\b(?:later|earlier)\s+(?:that|the\s+same|"
    r"in\s+the)\s+(?:day|night|evening|morning|afternoon)\b", re.I)
# A paragraph that opens with a time of day and no day goes on with the story's day ("At about
# 6:30 a.m. Israel time, Hamas fired ...", "By noon, ...", "In the early hours, ...").
_CLOCK_OPENING = lazy(
    r"\s*(?:(?:At|By|Around|From|Shortly\s+(?:after|before)|Just\s+(?:after|before))\s+"
    r"(?:about\s+|around\s+|approximately\s+|roughly\s+)?(?:\d{1,2}[:.]\d{2}\b|\d{1,2}\s*"
    r"(?:a\.?\s?m\b|p\.?\s?m\b)|dawn|noon|midday|midnight|dusk|nightfall|daybreak|first\s+"
    r"light)|(?:In|During)\s+the\s+(?:early\s+)?(?:hours|morning|afternoon|evening)\b"
    r"(?!\s+of\b)|Early\s+in\s+the\s+(?:morning|day)\b)")
# Background, not the day's news: "has repeatedly shelled the city since the start of the
# invasion", "withdrew after months of fighting", "for weeks", "in recent months".
_BACKGROUND = lazy(
    r"\bsince\s+(?:the\s+|its\s+|their\s+|\d|[A-Z])|\b(?:after|following)\s+(?:\w+\s+)?"
    r"(?:days|weeks|months|years)\s+of\b|\bfor\s+(?:\w+\s+)?(?:weeks|months|years|decades)\b|"
    r"\b(?:over|in|during)\s+(?:the\s+)?(?:past|last|recent)\s+(?:\w+\s+)?(?:days|weeks|"
    r"months|years)\b|\b(?:repeatedly|previously|formerly)\b", re.I)
# Words (lower case) that _CONTINUES and _BACKGROUND cannot match without.
_CONTINUES_WORDS = ("then", "later", "earlier")
_BACKGROUND_WORDS = ("since", "days", "weeks", "months", "years", "decades", "repeatedly",
                     "previously", "formerly")


def _holds(pattern: re.Pattern[str], words: tuple[str, ...], sentence: str) -> bool:
    """Whether case-insensitive ``pattern`` matches ``sentence``, not searched for when the
    sentence lacks every one of ``words`` (exact where ``folds_plainly``)."""
    low = sentence.lower()
    if folds_plainly(sentence, low) and not any(w in low for w in words):
        return False
    return pattern.search(sentence) is not None


def opens_with_clock(sentence: str) -> bool:
    """Whether ``sentence`` opens with a time of day and no day ("At about 6:30 a.m., ...",
    "By noon, ..."): its paragraph goes on with the day the story has reached."""
    return _CLOCK_OPENING.match(sentence) is not None


def moves_story(sentence: str) -> bool:
    """Whether a sentence with no event names a year or a month, which moves the story on
    ("In March 2023, ..."); a bare weekday or "the next day" only matters beside an event."""
    return _STORY_DATE.search(sentence) is not None


def carried_day(sentence: str, story: Narrative, published: dt.date | None,
                same_paragraph: bool, paragraphs_on: int) -> dt.date | None:
    """The day a sentence without a date of its own keeps, flagged "date_inferred" on its
    events, or None.

    It keeps the day its paragraph has reached ("She met with ..." after "Today, the
    Administrator visited ..."), or the story's day when it goes on from it ("then"). A press
    text whose story is on its publication day stays on it in the paragraphs after (a
    byline's date, then the lede; a statement on one night's attacks), one whose story is on
    a day of the week before into the next paragraph, but not for background ("has shelled
    the city since").

    Parameters
    ----------
    sentence : the sentence, read before its own dates move ``story``.
    story : the day the article's narrative has reached.
    published : the article's publication date, if known.
    same_paragraph : whether the story's day was reached in this sentence's paragraph.
    paragraphs_on : how many paragraph breaks lie between that day and this sentence.
    """
    if not story.day_known:
        return None
    if same_paragraph or _holds(_CONTINUES, _CONTINUES_WORDS, sentence):
        return story.date
    if published is None or story.date is None or paragraphs_on <= 0:
        return None
    fresh = (story.date == published and (paragraphs_on == 1 or not _PERFECT.search(sentence))
             ) or (published - _NEWS_WEEK <= story.date < published and paragraphs_on == 1
                   and not _PERFECT.search(sentence))
    if fresh and not _holds(_BACKGROUND, _BACKGROUND_WORDS, sentence):
        return story.date
    return None
