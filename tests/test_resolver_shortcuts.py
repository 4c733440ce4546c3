"""Round 3 of the resolver's shortcuts: each gives what the plain form it replaces gives.

The plain forms are written out here as they stood before (3f9c18a), and compared with the
shortcuts on tables of texts and on generated input.
"""

from __future__ import annotations

import importlib
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.places.gazetteer import load
from geo.places.mentions import _HYPHENS, _MODIFIER_TAIL, tokenize
from geo.places.modifiers import modifier_countries

resolve_mod = importlib.import_module("geo.places.resolve")

TEXTS = [
    "Militias crossed from Iraq into Syria near Abu Kamal, then moved on Deir ez-Zor.",
    "Paris, Texas, and Athens, Georgia, both flooded; Paris police closed roads.",
    "Russian strikes hit Kharkiv and Odesa; Ukrainian officials in Kyiv said.",
    "Hama and Hama province; Idlib and Hama provinces; the city of Hama.",
    "Most fled to Tawila, 60 km west of El Fasher, in North Darfur, Sudan.",
    "U.S.-backed and Iranian-backed militias; Turkish-held towns; Syria-based groups.",
    "South Sudanese and North Korean envoys met Sudanese, South African and Saudi-led teams.",
    "The Iran-allied Houthis and the UAE-funded forces; Russia–brokered talks; Kenya‐based NGO.",
    "Syrian Syrian SYRIAN syrian Syrian-backed South\nSudanese South  Sudanese South",
    "Pakistani troops and Afghan Taliban clashed; the Pakistan-based group and Indian-made "
    "drones; a Sri Lankan and a Sri-Lankan-backed crew; New Zealander, Costa Rican.",
    "",
]


def _plain_modifier_countries(text: str, gazetteer) -> dict[str, float]:
    """modifier_countries as first written: every token looked at in turn."""
    counts: dict[str, int] = {}
    tokens = tokenize(text)
    firsts = gazetteer.demonym_first_words()
    last = len(tokens) - 1
    for k, tok in enumerate(tokens):
        if not tok.cap:
            continue
        key = tok.key
        cc = gazetteer.demonym(key)
        if cc is None and text[tok.end : tok.end + 1] in _HYPHENS and _MODIFIER_TAIL.match(
                text, tok.end):
            cands = [p for p, _ in gazetteer.candidates(key) if p.kind == "country"]
            cc = cands[0].country_code if cands else None
        if cc is None and k < last and key in firsts:
            nxt = tokens[k + 1]
            if nxt.cap and nxt.start == tok.end + 1:
                cc = gazetteer.demonym(f"{key} {nxt.key}")
        if cc:
            counts[cc] = counts.get(cc, 0) + 1
    return {cc: 1.0 + math.log(n) for cc, n in counts.items()}


@pytest.mark.parametrize("text", TEXTS)
def test_modifier_countries_is_the_token_by_token_form(text: str) -> None:
    gaz = load()
    got = modifier_countries(text, gaz)
    want = _plain_modifier_countries(text, gaz)
    assert list(got.items()) == list(want.items())  # same weights, in the same order


_WORDS = ["Syrian", "South", "Sudanese", "North", "Korean", "Iran", "U.S.", "Turkish", "Kenya",
          "backed", "led", "held", "based", "the", "militia", "Saudi", "African", "Iraqi"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(
    [" ", "  ", "-", "‐", "–", "\n", ", ", "'s "])), max_size=25))
def test_modifier_countries_is_the_token_by_token_form_on_word_salad(words) -> None:
    gaz = load()
    text = "".join(w + gap for w, gap in words)
    assert list(modifier_countries(text, gaz).items()) == list(
        _plain_modifier_countries(text, gaz).items())


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["kyiv", "oblast", "region", "state", "krai", "hama", " ",
                                 "\n", "\t", "provinces", "x"]), max_size=6))
def test_region_words_found_only_in_keys_with_their_ends(parts: list[str]) -> None:
    key = "".join(parts)
    if resolve_mod._REGION_WORDS.search(key):
        assert key.endswith(resolve_mod._REGION_ENDS)
