"""Events stage speed: trigger words told after look-behinds ("houses were set on fire",
"were engaged by our troops") look ahead for their own word first.

The scan of strong triggers tries its alternatives at every word that may open one; an
alternative that opens with look-behinds ran them all at each such word before failing. Each
such fragment of the lexicon now opens with a look-ahead for its word, which fails at once
elsewhere (about 0.16 M instructions per text of the 1,135 corpus texts). These tests keep
the rule and check that the look-ahead changes no match.
"""

from __future__ import annotations

import re

import pytest

from geo.events import lexicon as lex


def _fragments() -> list[tuple[str, str]]:
    return [(kind, frag) for kind, frags in lex.TRIGGERS.items() for frag in frags]


def _without_guard(frag: str) -> str:
    """``frag`` without its opening look-ahead ``(?=...)``."""
    assert frag.startswith("(?=")
    depth = 0
    for i, ch in enumerate(frag):
        if ch == "\\":
            continue
        if ch == "(" and (i == 0 or frag[i - 1] != "\\"):
            depth += 1
        elif ch == ")" and frag[i - 1] != "\\":
            depth -= 1
            if depth == 0:
                return frag[i + 1:]
    raise AssertionError(frag)


def test_no_trigger_opens_with_a_lookbehind() -> None:
    for kind, frag in _fragments():
        assert not frag.startswith(("(?<=", "(?:(?<=")), (kind, frag[:70])


GUARDED = [(kind, frag) for kind, frag in _fragments()
           if frag.startswith("(?=") and "(?<=" in frag[:200]]

# (lower-cased, as the scan reads them)
TEXTS = [
    "the gunmen moved on to kajuru, where houses were set on fire and cattle were taken.",
    "the market was set ablaze; homes have been torched and huts were reportedly burned.",
    "most were taken to kharkiv. thousands were being taken back to the camps.",
    "people were shot at checkpoints, and others were shot dead in the street.",
    "fighters were bussed to idlib; their families were bussed out later.",
    "the insurgents were engaged by our troops near monguno.",
    "three aid workers were caught in crossfire in kabkabiya; a boy was hit by crossfire.",
    "heavy gunfire was heard in tripoli and sporadic gunfire in zawiya.",
    "hundreds of men were executed in sinjar.",
    "families cross the border near dhobley; nationals continue to cross into syria.",
    "the assault was pushed back on the outskirts; the rebels were driven back to the hills.",
    "tigrayan forces say they are now in full control of mekelle.",
    "troops began to shell the town; a bridge was blown up near kherson.",
    "families were shifted to a camp in khar.",
    "the shell was found; nothing was set; trucks were taken; the crossing was shut.",
    "federal troops were on their way to mekelle; the column is en route to gondar.",
    "soldiers on their way to the front were killed.",
    "the army was routed to its base; the garrison had been routed from the town.",
]


@pytest.mark.parametrize(("kind", "frag"), GUARDED, ids=[f[:30] for _, f in GUARDED])
def test_lookahead_changes_no_match(kind: str, frag: str) -> None:
    fast, slow = re.compile(frag), re.compile(_without_guard(frag))
    for text in TEXTS:
        assert [m.span() for m in fast.finditer(text)] == [
            m.span() for m in slow.finditer(text)], (kind, text)


def test_every_guarded_fragment_matches_some_text() -> None:
    """The table above exercises each guarded fragment (a test that could not fail
    otherwise)."""
    for kind, frag in GUARDED:
        assert any(re.search(frag, text) for text in TEXTS), (kind, frag[:70])
