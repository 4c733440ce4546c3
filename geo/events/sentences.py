"""Split English news text into sentences, as character spans."""

from __future__ import annotations

import re

__all__ = ["split_sentences"]

# Words that end in a full stop without ending the sentence ("Nov. 27", "Mr. Assad").
_ABBREVIATIONS = frozenset(
    """jan feb mar apr jun jul aug sep sept oct nov dec tue tues thu thur thurs fri
    mr mrs ms dr prof gen lt col maj capt cpt sgt cpl pvt adm brig cmdr cdr gov sen rep pres
    rev hon jr sr st mt ft nos vs etc approx est inc ltd corp dept univ fig
    e.g i.e a.m p.m u.s u.k u.n u.s.a e.u""".split()
)
# Dotted abbreviations that often do end a sentence ("... sent to the U.S. The next day ...").
_CAN_END = frozenset("u.s u.k u.n u.s.a e.u etc a.m p.m".split())
# Words that usually open a sentence; after a _CAN_END abbreviation they mark a boundary.
_OPENERS = frozenset(
    """the a an in on at it its he she they we i this that these those but and meanwhile
    moreover however there his her their our on according after before since when while""".split()
)

# A sentence may end in closing quotes and brackets, and in Wikipedia's citation markers
# ("... the central government.[26][27] Evacuees included ...").
# (Written "[.!?\n]" first, not "([.!?]+)...|\n", so that a search skips ahead to those
# characters; group 1 is the rest of the run of punctuation, if the match is not a line break.)
_BOUNDARY = re.compile(r"[.!?\n](?:(?<=\n)|([.!?]*)(?:[\"'”’)\]]|\[[\w ]{1,12}\])*(?=\s))")
_WORD_BEFORE = re.compile(r"(?<![\w.])([A-Za-z][A-Za-z.]*)\.$")
_NEXT_WORD = re.compile(r"\s*[\"“‘'(\[]*([^\s\"“‘'(\[]+)")


def _is_boundary(text: str, dot: int, end: int) -> bool:
    """Whether the punctuation ending at ``end`` (full stop at ``dot``, else -1) ends a sentence."""
    nxt = _NEXT_WORD.match(text, end)
    if nxt is None:
        return True
    following = nxt.group(1)
    if following[0].islower():
        return False
    if dot < 0:
        return True
    match = _WORD_BEFORE.search(text, max(0, dot - 12), dot + 1)
    if match is None:
        return True
    word = match.group(1).lower()
    if len(word) == 1:
        return False  # an initial: "George W. Bush"
    if word in _CAN_END:
        return following.lower().strip(",;:") in _OPENERS
    return word not in _ABBREVIATIONS


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` character span of every sentence in ``text``.

    Line breaks always end a sentence. A full stop after a known abbreviation ("Nov.", "Mr.",
    "Gen."), an initial, or a decimal point does not. Spans exclude surrounding white space, so
    ``text[start:end]`` is the sentence as written, closing quote included.

    Parameters
    ----------
    text : the article text.

    Returns
    -------
    list of (start, end) tuples in text order; empty for blank text.

    Examples
    --------
    >>> t = "Fighting began on Nov. 27 in the U.S.-backed zone. Mr. Ali fled."
    >>> [t[a:b] for a, b in split_sentences(t)]
    ['Fighting began on Nov. 27 in the U.S.-backed zone.', 'Mr. Ali fled.']
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        if match.group(1) is not None:  # punctuation (a line break leaves group 1 out)
            punct = text[match.start():match.end(1)]
            dot = match.end(1) - 1 if punct == "." else -1
            if not _is_boundary(text, dot, end):
                continue
        _append(text, start, end, spans)
        start = end
    _append(text, start, len(text), spans)
    return spans


# Text with no sentence ends (a scraped table, a 10 MB line) is cut into pieces of at most
# this many characters at a space, so that no stage works on an unbounded "sentence".
MAX_SENTENCE = 3000


def _append(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        _append(text, start, cut, spans)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        spans.append((start, end))
