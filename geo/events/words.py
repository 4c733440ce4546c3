"""Word helpers shared by the events stage: lower case that keeps offsets, a word, the end
of a sentence, and whether a trigger is told as a verb."""

from __future__ import annotations

import re

from geo.lazy_regex import lazy

__all__ = ["COUNTED", "IRREGULAR_PAST", "SENTENCE_END", "WORD", "is_verbal", "lower"]


def lower(text: str) -> str:
    """Lower-case without changing any offset ("İ".lower() is two characters)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


IRREGULAR_PAST = frozenset(
    "struck fled flew flown sent met fought withdrew withdrawn overran overrun retook retaken "
    "took taken fell fallen shot driven hit".split()
)
WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")
# A count or "new" right before a noun of people arriving: "3,000 new arrivals", "New arrivals"
COUNTED = re.compile(r"(?:\d[\d,.]*|\b(?:new|recent|daily))\s+\Z", re.I)
# The end of a sentence: a full stop, question or exclamation mark before a space or the end
# of the text, or a line break
SENTENCE_END = lazy(r"[.!?](?=\s|$)|\n")


def is_verbal(trigger: str) -> bool:
    """A trigger used as a verb ("shelled", "took control") rather than a noun ("shelling")."""
    first = trigger.split()[0].lower()
    return first.endswith("ed") or first in IRREGULAR_PAST or " " in trigger.strip() and (
        not first.endswith(("s", "ing")))
