"""Regex helpers that make large alternations fast without changing what they match.

Python's regex engine tries every branch of an alternation at every position it reaches.
Cheap, exact speed-ups:

* :func:`trie`: a set of words as one trie-shaped regex (each branch starts with a distinct
  character, which the engine rejects at once);
* :func:`prefixes` / :func:`guard`: the first few characters any match of a pattern can
  start with, worked out from the pattern's tree (:mod:`geo.regex_tree`), put in front of
  it as a lookahead; a position that cannot start a match is rejected before the branches
  are entered. The lookahead only states what every match already satisfies, so matches
  stay the same;
* :func:`word_start`: ``\\b(?:a|b)`` written with each alternative's first character in
  front, so that the engine skips ahead to those characters instead of trying the
  pattern at every position;
* :func:`after_non_word`: the matches of ``\\b(?:...)`` from a pattern written ``\\W(?:...)``,
  which a search skips ahead with (to the characters that are no word characters);
* :func:`leftmost`: an alternation's matches from one search per alternative, so that each
  can be written to skip ahead on its own;
* :func:`folds_plainly`: when a case-insensitive pattern's words can be looked for in the
  lower-cased text first;
* :func:`last_words`: where a search for a pattern anchored at the end of a span and a few
  words long can start, rather than at every position of the span;
* :class:`Anchored`: a pattern that opens with a name and holds a rarer word a few words
  on, tried only in the words before each place that word stands;
* :class:`Spotted`: a pattern that opens with one of a few words, tried only where
  ``str.find`` (in C) spots one of their first letters.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Protocol

from geo.regex_tree import BRANCH, CATEGORY, GROUP, IN, LITERAL, RANGE, REPEAT, ZERO_WIDTH, parse

__all__ = [
    "Anchored", "Searcher", "Spotted", "after_non_word", "folds_plainly", "guard", "last_words",
    "leftmost", "lookahead", "prefixes", "trie", "word_start",
]


def trie(words: Iterable[str]) -> str:
    """A regex matching exactly ``words`` (literal strings), shaped as a trie.

    >>> trie(["in", "into", "a", "at"])
    '(?:a(?:t)?|i(?:n(?:t(?:o))?))'
    >>> bool(re.fullmatch(trie(["car ", "sit-in"]), "sit-in"))
    True
    """
    heads: dict[str, list[str]] = {}
    for w in sorted(set(words)):
        heads.setdefault(w[:1], []).append(w[1:])
    alts, optional = [], False
    for head, tails in heads.items():
        if not head:
            optional = True
        elif tails == [""]:
            alts.append(_CLASSES.get(head) or re.escape(head))
        else:
            alts.append((_CLASSES.get(head) or re.escape(head)) + trie(tails))
    body = "(?:" + "|".join(alts) + ")"
    return body + "?" if optional else body


_CUT = "\0"  # ends a string after which the pattern is not known (matches go on somehow)
# \d and \s stand in prefixes as one private-use character each, written back by trie().
_CATEGORIES = {"d": "\ue000", "s": "\ue001"}
_CLASSES = {"\ue000": r"\d", "\ue001": r"\s"}


def _done(s: str, k: int) -> bool:
    return len(s) >= k or s.endswith(_CUT)


def _concat(a: set[str], b: set[str], k: int) -> set[str]:
    out: set[str] = set()
    for x in a:
        if len(x) >= k or x.endswith(_CUT):  # _done(x, k): nothing more to add
            out.add(x)
        else:
            out.update([(x + y)[:k] for y in b])
    return out


def _fold(c: str) -> str:
    low = c.lower()
    return low if len(low) == 1 else c


def _starts(items: list[tuple], k: int, fold: bool = False,
            folded: list[bool] | None = None) -> set[str]:
    """What every match of ``items`` (parsed by :func:`geo.regex_tree.parse`) starts with:
    strings of ``k`` characters, shorter ones for matches that end sooner, and ones ending
    in ``_CUT`` where the pattern goes on in a way not worked out. Under ``fold``
    (case-insensitive parts) letters are lower-cased and the caller must compare
    case-insensitively (``folded`` gets True appended)."""
    if fold and folded is not None and not folded:
        folded.append(True)
    cur = {""}
    for node in items:
        if all(_done(s, k) for s in cur):
            break
        op = node[0]
        step: set[str] | None
        if op == LITERAL:
            step = {_fold(node[1]) if fold else node[1]}
        elif op == IN:
            step = _class_chars(node[1], node[2])
            if step is not None and fold:
                step = {_fold(c) for c in step}
        elif op == GROUP:
            add, remove = node[1], node[2]
            step = _starts(node[3], k, (fold or "i" in add) and "i" not in remove, folded)
        elif op == BRANCH:
            step = set().union(*(_starts(b, k, fold, folded) for b in node[1]))
        elif op == REPEAT:
            lo, hi, sub = node[1], node[2], node[3]
            one, step, run = _starts(sub, k, fold, folded), set(), {""}
            for r in range(min(hi, lo + k) + 1):
                if r >= lo:
                    step |= run
                run = _concat(run, one, k)
        elif op == ZERO_WIDTH:
            continue  # no character to require
        else:
            step = None
        if step is None:  # not known: what is required so far is all there is
            return {x if _done(x, k) else x + _CUT for x in cur}
        cur = _concat(cur, step, k)
    return cur


def _class_chars(items: list[tuple], negated: bool) -> set[str] | None:
    """The characters a class may match, when few and known (\\d or \\s alone as U+E000 or
    U+E001); None otherwise."""
    if negated:
        return None
    if len(items) == 1 and items[0][0] == CATEGORY and items[0][1] in _CATEGORIES:
        return {_CATEGORIES[items[0][1]]}
    out: set[str] = set()
    for item in items:
        if item[0] == LITERAL:
            out.add(item[1])
        elif item[0] == RANGE and ord(item[2]) - ord(item[1]) < 40:
            out.update(chr(c) for c in range(ord(item[1]), ord(item[2]) + 1))
        else:
            return None
    return out


def _prefixes(pattern: str, k: int, flags: int) -> tuple[set[str] | None, bool]:
    folded: list[bool] = []
    try:
        tree = parse(pattern)
    except ValueError:  # syntax not followed here (the pattern itself compiles): no guard
        return None, False
    found = {x.rstrip(_CUT) for x in _starts(tree, k, bool(flags & re.IGNORECASE), folded)}
    if "" in found:
        return None, bool(folded)
    keep = {s for s in found if not any(s[:i] in found for i in range(1, len(s)))}
    return keep, bool(folded)


def prefixes(pattern: str, k: int = 3, flags: int = 0) -> set[str] | None:
    r"""The shortest set of strings of at most ``k`` characters that every match of
    ``pattern`` starts with one of; None when a match may start with anything. Letters of
    case-insensitive parts come lower-cased; ``\d`` and ``\s`` as U+E000 and U+E001.

    >>> sorted(prefixes(r"kill(?:ed|s)?|dead|di(?:ed|es)", 3))
    ['dea', 'die', 'kil']
    >>> sorted(prefixes(r"(?<!\w)a(?:b|\w)|cd?", 3))
    ['a', 'c']
    >>> sorted(prefixes(r"x?(?i:Y)"))
    ['xy', 'y']
    >>> prefixes(r"\w+") is None
    True
    """
    return _prefixes(pattern, k, flags)[0]


def lookahead(pattern: str, k: int = 3, flags: int = 0) -> str | None:
    r"""A lookahead every match of ``pattern`` satisfies where it starts: its
    :func:`prefixes` as a trie, case-insensitive when part of the pattern is; None when
    a match may start with anything.

    >>> lookahead(r"\d dead|(?i:Since)", 2)
    '(?=(?i:(?:s(?:i)|\\d(?:\\ ))))'
    """
    pre, folded = _prefixes(pattern, k, flags)
    if pre is None:
        return None
    if folded:
        pre = {"".join(_fold(c) for c in s) for s in pre}
        return f"(?=(?i:{trie(pre)}))"
    return f"(?={trie(pre)})"


def guard(pattern: str, k: int = 3, flags: int = 0) -> str:
    """``pattern`` behind its :func:`lookahead` (unchanged when there is none).

    >>> guard("kill(?:ed)?|dead")
    '(?=(?:d(?:e(?:a))|k(?:i(?:l))))(?:kill(?:ed)?|dead)'
    """
    ahead = lookahead(pattern, k, flags)
    return pattern if ahead is None else f"{ahead}(?:{pattern})"


_FIRST_CLASS = re.compile(r"\[[0-9A-Za-z]+\]")


def word_start(alternatives: Iterable[str]) -> str:
    r"""``\b(?:a|b|...)`` for alternatives that each start with a letter or a digit, or a
    class of them (``[Tt]he``), written as ``a(?<!\w.)...|b(?<!\w.)...``.

    The same matches: the first character is a word character, so ``\b`` before it says
    that no word character precedes it, which the look-behind says after it (at the text's
    start it cannot look back, and holds). What changes is the search: a pattern that opens
    with ``\b`` is tried at every position, one that opens with literal characters (or is
    one alternative opening with a class) only where they stand. (Not under
    ``re.IGNORECASE``: the engine does not skip ahead to case-insensitive letters.)

    >>> word_start(["May", "1[89]\\d\\d"])
    '(?:M(?<!\\w.)ay|1(?<!\\w.)[89]\\d\\d)'
    >>> word_start(["[Tt]he"])
    '(?:[Tt](?<!\\w.)he)'
    """
    out = []
    for alt in alternatives:
        first = _FIRST_CLASS.match(alt)
        n = first.end() if first is not None else int(alt[:1].isascii() and alt[:1].isalnum())
        if not n:
            raise ValueError(f"does not start with a letter or a digit: {alt!r}")
        out.append(alt[:n] + r"(?<!\w.)" + alt[n:])
    return "(?:" + "|".join(out) + ")"


class Searcher(Protocol):
    """What :func:`leftmost` searches with: a compiled pattern, or an :class:`Anchored` one."""

    def search(self, string: str, pos: int = ...) -> re.Match[str] | None: ...

    def finditer(self, string: str) -> Iterator[re.Match[str]]: ...


def leftmost(patterns: Sequence[Searcher], text: str) -> Iterator[re.Match[str]]:
    """The matches of the alternation of ``patterns`` in ``text``, as its ``finditer`` gives
    them, from one search per pattern: the leftmost match from where the last one ended,
    the earlier pattern's on a tie (what the alternation tries first at that position). No
    pattern may match the empty string.
    """
    pos = 0
    ahead: list[re.Match[str] | None] = [p.search(text) for p in patterns]
    while True:
        best = None
        for k, m in enumerate(ahead):
            if m is not None and m.start() < pos:  # overlapped by the last match taken
                m = ahead[k] = patterns[k].search(text, pos)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        if best is None:
            return
        yield best
        pos = best.end()


# The characters other than its two cases that match an ASCII letter under re.IGNORECASE.
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")  # İ ı ſ K


def folds_plainly(text: str, low: str) -> bool:
    """Whether no character of ``text`` matches an ASCII letter under ``re.IGNORECASE`` but
    that letter's two cases; then a case-insensitive pattern's ASCII words match ``text``
    only where ``low`` (``text.lower()``) has them, and a text without them need not be
    searched.

    >>> folds_plainly("Killed", "killed"), folds_plainly("ſlain", "ſlain")
    (True, False)
    """
    return low.isascii() or _FOLDS_TO_ASCII.search(text) is None


@functools.cache
def _words_back(n: int) -> re.Pattern[str]:
    return re.compile(rf"\s*(?:\S+\s+){{0,{n - 1}}}\S+")


def last_words(text: str, lo: int, end: int, n: int) -> int:
    """Where the last ``n`` runs of characters other than white space of ``text[lo:end]``
    start (``lo`` when it has fewer): a match that ends at ``end`` and holds at most ``n``
    such runs, searched for in ``text[lo:end]``, starts there or after.

    >>> last_words("they came under heavy fire ", 0, 27, 3)
    10
    """
    tail = _words_back(n).match(text[lo:end][::-1])
    return max(lo, end - tail.end()) if tail is not None else lo


class Anchored:
    r"""``pattern`` searched only just before the places ``anchor`` matches: the same
    matches as ``pattern.search`` and ``pattern.finditer`` give, when every match of
    ``pattern`` holds, after where it starts, a match of ``anchor`` with at most ``runs``
    runs of characters other than white space before it (and none is empty).

    A pattern that opens with a name (``[A-Z]...``) is tried at every capital of a text,
    and each try runs through the name before it fails; the word after the name that it
    needs ("Airport", "camp") is rare. So each match of ``anchor`` is found first (one
    search skipping to its letters), and ``pattern`` is tried only at the positions of the
    last ``runs`` runs before it (:func:`last_words`): a match starting before them would
    hold more runs than it can before the first anchor it may hold. Positions are tried in
    order, each once, so the first match is the leftmost one.

    >>> names = re.compile(r"[A-Z]\w+(?: [A-Z]\w+)? camp\b")
    >>> fast = Anchored(names, re.compile("camp"), 2)
    >>> [m.group() for m in fast.finditer("Abu Shouk camp and Zamzam camp; camping")]
    ['Abu Shouk camp', 'Zamzam camp']
    """

    __slots__ = ("anchor", "firsts", "pattern", "runs")

    def __init__(self, pattern: re.Pattern[str], anchor: re.Pattern[str], runs: int) -> None:
        self.pattern, self.anchor, self.runs = pattern, anchor, runs
        # The characters a match may start with, as a class: ``pattern`` is tried only where
        # one stands (a name's capital), not at every position of the words before an anchor
        # (None when not known: every position)
        found, folded = _prefixes(pattern.pattern, 1, pattern.flags)
        self.firsts = None if found is None or folded else re.compile(
            "[" + "".join(_CLASSES.get(c) or re.escape(c) for c in sorted(found)) + "]")

    def search(self, string: str, pos: int = 0) -> re.Match[str] | None:
        """The first match of ``pattern`` that starts at ``pos`` or after, or None."""
        at = self.anchor.search(string, pos)
        while at is not None:
            end = at.start()
            lo = last_words(string, pos, end, self.runs)
            for start in range(lo, end) if self.firsts is None else (
                    m.start() for m in self.firsts.finditer(string, lo, end)):
                found = self.pattern.match(string, start)
                if found is not None:
                    return found
            pos = max(pos, end)  # none starts before this anchor: on to the next one
            at = self.anchor.search(string, end + 1)
        return None

    def finditer(self, string: str) -> Iterator[re.Match[str]]:
        """The matches ``pattern.finditer`` gives (none of them empty)."""
        found = self.search(string)
        while found is not None:
            yield found
            found = self.search(string, found.end())


class Spotted:
    r"""``pattern`` tried only where one of its :func:`prefixes` (of ``k`` characters at
    most, cut before a class of characters) stands, each found by ``str.find``: the same
    matches as ``pattern.search`` and ``pattern.finditer``, as every match starts with one.

    A search for a pattern that opens with a few words ("attacked", "raided", "stormed")
    stops at every word starting with their first letters and tries the branches there;
    the words themselves are rare, and a search for each in C costs little. The prefixes
    must be literal (no case-insensitive part before them), else ValueError.

    >>> verbs = Spotted(re.compile(r"\b(?:raid|storm)ed\s+[A-Z]\w+"))
    >>> verbs.stems
    ('raid', 'stor')
    >>> [m.group() for m in verbs.finditer("They raided Kuriga and stormed Gao; brainstormed X")]
    ['raided Kuriga', 'stormed Gao']
    """

    __slots__ = ("pattern", "stems")

    def __init__(self, pattern: re.Pattern[str], k: int = 4) -> None:
        found, folded = _prefixes(pattern.pattern, k, pattern.flags)
        if found is None or folded:
            raise ValueError(f"no literal start to spot: {pattern.pattern[:60]!r}")
        # (\d and \s stand as U+E000 and U+E001: the letters before them)
        stems = {_CLASS_CHAR.split(s)[0] for s in found}
        if "" in stems:
            raise ValueError(f"a match may start with a class: {pattern.pattern[:60]!r}")
        self.pattern = pattern
        self.stems = tuple(sorted(s for s in stems if not any(
            t != s and s.startswith(t) for t in stems)))

    def _starts(self, string: str, pos: int) -> list[int]:
        """Every offset from ``pos`` on where a stem stands, in order."""
        found = set()
        for stem in self.stems:
            at = string.find(stem, pos)
            while at >= 0:
                found.add(at)
                at = string.find(stem, at + 1)
        return sorted(found)

    def search(self, string: str, pos: int = 0) -> re.Match[str] | None:
        """The first match of ``pattern`` that starts at ``pos`` or after, or None."""
        match = self.pattern.match
        for at in self._starts(string, pos):
            found = match(string, at)
            if found is not None:
                return found
        return None

    def finditer(self, string: str) -> Iterator[re.Match[str]]:
        """The matches ``pattern.finditer`` gives (none of them empty)."""
        match, end = self.pattern.match, 0
        for at in self._starts(string, 0):
            if at >= end and (found := match(string, at)) is not None:
                yield found
                end = found.end()


_CLASS_CHAR = re.compile("[" + "".join(_CATEGORIES.values()) + "]")


def after_non_word(pattern: re.Pattern[str], text: str
                   ) -> Iterator[tuple[re.Match[str], int, int]]:
    """Each match of ``pattern``, written ``\\W`` then a part ``X`` whose every match starts
    with a word character, with the start and end of ``X`` in ``text``: what ``finditer``
    of ``\\bX`` gives.

    ``\\b`` before a word character says the one before is none, which ``\\W`` matches; a
    space in front of ``text`` stands for its start (``X`` must have no look-behind that
    could see it), and each search goes on where the last match ended. A search for
    ``\\bX`` tries every position; one for ``\\WX`` skips ahead to the characters ``\\W``
    matches.

    >>> [(a, b) for _, a, b in after_non_word(re.compile(r"\\Wcat"), "cat scat cat")]
    [(0, 3), (9, 12)]
    """
    spaced = " " + text
    m = pattern.search(spaced)
    while m is not None:
        end = m.end() - 1
        yield m, m.start(), end
        m = pattern.search(spaced, end)
