"""Regex helpers that make large alternations fast without changing what they match.

Python's regex engine tries every branch of an alternation at every position it reaches.
Two cheap, exact speed-ups:

* :func:`trie`: a set of words as one trie-shaped regex (each branch starts with a distinct
  character, which the engine rejects at once);
* :func:`prefixes` / :func:`guard`: the first few characters any match of a pattern can
  start with, worked out from the parsed pattern, put in front of it as a lookahead; a
  position that cannot start a match is rejected before the branches are entered. The
  lookahead only states what every match already satisfies, so matches stay the same.
"""

from __future__ import annotations

import re
import re._constants as C
import re._parser as P
from collections.abc import Iterable

__all__ = ["guard", "prefixes", "trie"]


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
            alts.append(re.escape(head))
        else:
            alts.append(re.escape(head) + trie(tails))
    body = "(?:" + "|".join(alts) + ")"
    return body + "?" if optional else body


_CUT = "\0"  # ends a string after which the pattern is not known (matches go on somehow)


def _done(s: str, k: int) -> bool:
    return len(s) >= k or s.endswith(_CUT)


def _concat(a: set[str], b: set[str], k: int) -> set[str]:
    return {x if _done(x, k) else (x + y)[:k] for x in a for y in b}


def _starts(items: P.SubPattern | list, k: int) -> set[str]:
    """What every match of ``items`` starts with: strings of ``k`` characters, shorter ones
    for matches that end sooner, and ones ending in ``_CUT`` where the pattern goes on in a
    way not worked out."""
    cur = {""}
    for op, av in items:
        if all(_done(s, k) for s in cur):
            break
        step: set[str] | None
        if op is C.LITERAL:
            step = {chr(av)}
        elif op is C.IN:
            step = set()
            for o, a in av:
                if o is C.LITERAL:
                    step.add(chr(a))
                elif o is C.RANGE and a[1] - a[0] < 40:
                    step.update(chr(c) for c in range(a[0], a[1] + 1))
                else:
                    step = None
                    break
        elif op is C.SUBPATTERN:
            add_flags = av[1]
            step = None if add_flags & re.IGNORECASE else _starts(av[3], k)
        elif op is C.BRANCH:
            step = set().union(*(_starts(b, k) for b in av[1]))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            lo, hi, sub = av
            one, step, run = _starts(sub, k), set(), {""}
            for r in range(min(hi, lo + k) + 1):
                if r >= lo:
                    step |= run
                run = _concat(run, one, k)
        elif op in (C.ASSERT, C.ASSERT_NOT, C.AT):
            continue  # zero width: no character to require
        else:
            step = None
        if step is None:  # not known: what is required so far is all there is
            return {x if _done(x, k) else x + _CUT for x in cur}
        cur = _concat(cur, step, k)
    return cur


def prefixes(pattern: str, k: int = 3, flags: int = 0) -> set[str] | None:
    r"""The shortest set of strings of at most ``k`` characters that every match of
    ``pattern`` starts with one of; None when a match may start with anything.

    >>> sorted(prefixes(r"kill(?:ed|s)?|dead|di(?:ed|es)", 3))
    ['dea', 'die', 'kil']
    >>> sorted(prefixes(r"(?<!\w)a(?:b|\w)|cd?", 3))
    ['a', 'c']
    >>> prefixes(r"x?(?i:y)") is None
    True
    """
    if flags & re.IGNORECASE:
        return None
    found = {x.rstrip(_CUT) for x in _starts(P.parse(pattern, flags), k)}
    if "" in found:
        return None
    return {s for s in found if not any(t != s and s.startswith(t) for t in found)}


def guard(pattern: str, k: int = 3, flags: int = 0) -> str:
    """``pattern`` behind a lookahead of its :func:`prefixes` (unchanged when unknown).

    >>> guard("kill(?:ed)?|dead")
    '(?=(?:d(?:e(?:a))|k(?:i(?:l))))(?:kill(?:ed)?|dead)'
    """
    pre = prefixes(pattern, k, flags)
    if pre is None:
        return pattern
    return f"(?={trie(pre)})(?:{pattern})"
