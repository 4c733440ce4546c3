"""The fast paths of place finding give the same answers as the plain forms they replace.

Tokens come from a regex that tries the dotted abbreviation only after a capital; the
resolver measures distance between unit vectors and caches each name's candidates and
priors for the process. Each is checked here against the direct form.
"""

from __future__ import annotations

import math
import re
import sys

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.places import distance, mentions
from geo.places.gazetteer import load
from geo.places.mentions import _TOKEN, extract_mentions, tokenize
from geo.places.normalize import normalize_name
from geo.places.resolve import clear_caches, resolve
from geo.places.unknown import _LISTED_AFTER
from geo.places.usage import GROUND_VERBS, PLACE_WORDS_BEFORE

# The tokenizer's pattern as first written: abbreviation or word, tried at every position.
_PLAIN_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W_][\w'’‘ʿʾʼ`]*")


def _words(rx: re.Pattern[str], text: str) -> list[tuple[str, int]]:
    return [(m.group(), m.start()) for m in rx.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="AUSxyz.' -_é’É1\n", max_size=40))
def test_token_pattern_matches_the_plain_pattern(text: str) -> None:
    assert _words(_TOKEN, text) == _words(_PLAIN_TOKEN, text)


@pytest.mark.parametrize("text, words", [
    ("U.S.-backed forces", ["U.S.", "backed", "forces"]),
    ("the U.S.A.F base", ["the", "U.S.A.", "F", "base"]),
    ("A.B and ABC.D.", ["A", "B", "and", "ABC", "D"]),
    ("Qa'im, Sana’a", ["Qa'im", "Sana’a"]),
])
def test_token_pattern_cases(text: str, words: list[str]) -> None:
    assert [w for w, _ in _words(_TOKEN, text)] == words


@pytest.mark.parametrize("text, joined", [
    ("Port-au-Prince", [False, True, True]),  # Port, au, Prince joined by hyphens
    ("Rio de Janeiro", [False, True, True]),
    ("Hama, Idlib", [False, False]),
    ("Deir ez - Zor", [False, True, True]),
])
def test_tokens_know_what_joins_them(text: str, joined: list[bool]) -> None:
    toks = tokenize(text)
    assert [t.joined for t in toks] == joined
    for t in toks:
        assert text[t.start:t.end] == t.text and t.low == t.text.lower()


@settings(max_examples=300, deadline=None)
@given(st.floats(-180, 180), st.floats(-90, 90), st.floats(-180, 180), st.floats(-90, 90))
def test_unit_vector_distance_matches_haversine(lon1, lat1, lon2, lat2) -> None:
    a = distance.unit_vectors(np.array([lon1]), np.array([lat1]))
    b = distance.unit_vectors(np.array([lon2]), np.array([lat2]))
    fast = float(distance.km_between(a, b)[0, 0])
    exact = distance.km(lon1, lat1, lon2, lat2)
    assert math.isclose(fast, exact, rel_tol=1e-6, abs_tol=0.01)  # 10 m
    assert math.isclose(float(distance.km_matrix(np.array([lon1]), np.array([lat1]),
                                                 np.array([lon2]), np.array([lat2]))[0, 0]),
                        exact, rel_tol=1e-9, abs_tol=1e-6)


TEXTS = [
    "Militias crossed from Iraq into Syria near Abu Kamal, then moved on Deir ez-Zor.",
    "Paris, Texas, and Athens, Georgia, both flooded; Paris police closed roads.",
    "Russian strikes hit Kharkiv and Odesa; Ukrainian officials in Kyiv said.",
    "Hama and Hama province; Idlib and Hama provinces; the city of Hama.",
]


def _answers(gaz, text: str) -> list[tuple]:
    return [(r.mention.start, r.place.id if r.place else None, r.confidence, r.reason)
            for r in resolve(extract_mentions(text, gaz), gaz, text=text)]


@pytest.mark.parametrize("text", TEXTS)
def test_cached_names_give_the_answers_of_a_cold_start(text: str) -> None:
    gaz = load()
    warm = [_answers(gaz, t) for t in TEXTS]  # fills every cache with all four texts
    gaz.clear_caches()
    clear_caches()
    mentions.clear_caches()
    assert _answers(gaz, text) == warm[TEXTS.index(text)]


@settings(max_examples=25, deadline=None)
@given(st.randoms(use_true_random=False))
def test_mention_order_does_not_change_the_answers(rnd) -> None:
    # Gold spans may come in any order: context is read in text order all the same.
    gaz = load()
    text = ("Militias crossed from Iraq into Syria near Abu Kamal. Paris, Texas, flooded. "
            "Strikes hit Kharkiv and Odesa; officials in Kyiv and Hama province spoke.")
    mentions = extract_mentions(text, gaz)
    assert len(mentions) >= 8
    shuffled = list(mentions)
    rnd.shuffle(shuffled)
    plain = {r.mention: r for r in resolve(mentions, gaz, text=text)}
    got = resolve(shuffled, gaz, text=text)
    assert [r.mention for r in got] == shuffled
    assert got == [plain[m] for m in shuffled]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.floats(-1.0, 1.0), min_size=1, max_size=12))
def test_nearest_by_largest_dot_product(dots: list[float]) -> None:
    # The resolver converts only the largest dot product: the conversion must not increase.
    km = distance.km_from_dot(np.array(dots))
    assert float(distance.km_from_dot(np.array([max(dots)]))[0]) == float(km.min())
    assert all(np.diff(km[np.argsort(dots)]) <= 0)



@pytest.mark.parametrize("knobs", [
    {"_SMALL_CELLS": 0},  # the long-text path: per name and window of picks
    {"_SMALL_CELLS": 0, "_BLOCK_CELLS": 3},  # ... in blocks of a few rows
], ids=["long-text-path", "small-blocks"])
@pytest.mark.parametrize("text", TEXTS)
def test_the_long_text_path_gives_the_answers_of_the_short_one(text, knobs, monkeypatch
                                                               ) -> None:
    # Texts of usual size compare every slot with every pick in one go; long ones go
    # through names and windows of picks, in bounded blocks. All must agree.
    gaz = load()
    short = _answers(gaz, text)
    for name, value in knobs.items():
        monkeypatch.setattr(sys.modules["geo.places.context"], name, value)
    assert _answers(gaz, text) == short


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="abcé zq'-", max_size=12), max_size=20))
def test_prefilter_hashes_keys_as_key_slot_does(keys: list[str]) -> None:
    # Gazetteer.known hashes in C what key_slot hashes one key at a time.
    from geo.places.gazetteer import key_slot

    gaz = load()
    plain = [bool(gaz._bits[key_slot(k) >> 3] >> (key_slot(k) & 7) & 1) for k in keys]
    assert gaz.known(keys).tolist() == plain


# --- the regex fast paths: tokens skipped inside the regex, trigger prefix lookahead --------


def _plain_tokens(text: str) -> list[tuple]:
    """tokenize's tokens as first written: every word matched, lowercase ones dropped in
    Python, offsets from the matches, the gaps between tokens sliced from the text."""
    toks, starts, stops = [], [], []
    for m in _TOKEN.finditer(text):
        tok, end = m.group(), m.end()
        if tok[0].islower() and tok not in mentions._SPECIAL:
            continue
        if tok[-1] in mentions._QUOTES:
            bare = tok.rstrip(mentions._QUOTES)
            tok, end = bare, end - (len(tok) - len(bare))
        if tok[-2:-1] in mentions._APOS and tok[-1:] in "sS" and len(tok) > 3:
            tok, end = tok[:-2], end - 2
        toks.append(tok)
        starts.append(m.start())
        stops.append(end)
    gaps = [text[a:b] for a, b in zip(stops, starts[1:])]
    joined = [False] + [g in mentions._JOIN_GAPS or g in mentions._THE_GAPS
                        and toks[k] in mentions._CONNECTORS for k, g in enumerate(gaps)]
    return [(t, a, b, t[0].isupper(), normalize_name(t), t.lower(), j)
            for t, a, b, j in zip(toks, starts, stops, joined)]


_PIECES = ["de", "del", "al", "in", "into", "of", "the", "x_de", "_de", "de'", "U.S.", "Aleppo's",
           "rebels’", "5km", "élan", "Ürümqi", "iPhone", "ʿAin", "Bay", "crossing", "'", "-",
           " ", "\n", ".", "a", "ärzte", "COX'S", "Kings'", "of'", "Aa's", "–", "\t"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14), st.text(alphabet="aZ_'’ .-é", max_size=8),
       st.sampled_from([" ", "", "-", " - "]))
def test_tokenize_keeps_the_tokens_of_the_plain_loop(pieces: list[str], tail: str,
                                                     sep: str) -> None:
    # Every field: words, offsets, capital, key, lowercase form and what joins them.
    text = sep.join(pieces) + tail
    assert [tuple(t) for t in tokenize.__wrapped__(text)] == _plain_tokens(text)


@pytest.mark.parametrize("text", [
    "", " ", "in", "Aleppo", "Aleppo's", "élan vital in Ürümqi", "the Republic of the Congo",
    "Cox's Bazar and the rebels’ base", "COX'S BAZAR", "news of the day", "São Tomé et Príncipe",
])
def test_tokenize_cases_match_the_plain_loop(text: str) -> None:
    assert [tuple(t) for t in tokenize.__wrapped__(text)] == _plain_tokens(text)


@pytest.mark.parametrize("pattern, k, expected", [
    (r"kill(?:ed|s)?|dead", 3, {"kil", "dea"}),
    (r"kill(?:ed|s)?|dead", 5, {"kill", "dead"}),      # a match may end after 4 characters
    (r"(?<!\w)sh(?:ot|ell)", 3, {"sho", "she"}),       # lookbehinds require nothing
    (r"ab\w+", 4, {"ab"}),                              # unknown characters end the prefix
    (r"[a-c]x", 2, {"ax", "bx", "cx"}),
    (r"(?:air)?strikes?", 3, {"air", "str"}),
    (r"(?:ab){2,}", 3, {"aba"}),
    (r"x*y", 2, {"xx", "xy", "y"}),
    (r"\w*y", 2, None),                                 # may start with anything: no guard
    (r"(?i:Kill)", 3, {"kil"}),                         # case-insensitive parts lower-cased
    (r"\d+ dead", 3, {"\ue000 d", "\ue000\ue000 ", "\ue000\ue000\ue000"}),  # \d as U+E000
    (r"\S+ dead", 3, None),
    (r"a(?:\d+|b)c", 3, {"a\ue000c", "a\ue000\ue000", "abc"}),
    (r"a(?:\w+|b)c", 3, {"a"}),                       # "abc" starts with "a"
])
def test_prefixes_cases(pattern: str, k: int, expected: set[str] | None) -> None:
    from geo.prefilter import prefixes

    assert prefixes(pattern, k) == expected


_TRIGGER_WORDS = ["killed", "air strikes", "shot down", "clashes", "attacked", "protesters",
                  "fled", "sit-in", "car bomb", "met", "drones", "in", "the", "army", "shelling",
                  "forced them to land", "downed two", "air", "strike", "a", ",", "."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TRIGGER_WORDS), max_size=12))
def test_guarded_trigger_patterns_match_as_the_unguarded(words: list[str]) -> None:
    from geo.events import lexicon as lex
    from geo.events.triggers import _WEAK, TRIGGER_PATTERN, _scan

    text = " ".join(words)
    for guarded, fragments in ((TRIGGER_PATTERN, lex.TRIGGERS),
                               (_WEAK, {f"weak_{k}": v for k, v in lex.WEAK_TRIGGERS.items()})):
        body = "|".join(f"(?P<{kind}>{'|'.join(sorted(parts, key=len, reverse=True))})"
                        for kind, parts in fragments.items())
        plain = re.compile(rf"\b(?:{body})\b")
        assert "(?=(?:" in guarded.pattern  # the guard is there
        assert [((a, b), kind) for kind, a, b in _scan(guarded, text)] == \
            [(m.span(), m.lastgroup) for m in plain.finditer(text)]


_DATE_WORDS = ["On", "Monday", "since", "SINCE", "3", "May", "2024", "the", "day", "before",
               "yesterday", "TODAY", "12th", "March,", "2019", "2024-01-05", "last", "week",
               "two", "days", "ago", "next", "that", "evening", "3rd,", "mid-June", "sept.",
               "Sep", "5", "\u0663", "\uff15", "\u212a", "\u017fince", "\u0130n", "-", "to"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_DATE_WORDS), max_size=12))
def test_guarded_date_pattern_matches_as_the_unguarded(words: list[str]) -> None:
    from geo.events.dates import _DATE_BODY, _DATE_RE
    from geo.prefilter import after_non_word

    text = " ".join(words)
    plain = re.compile(r"\b" + _DATE_BODY)
    assert "(?=" in _DATE_RE.pattern[:8]  # the guard is there
    assert [((a, b), m.lastgroup, m.groupdict()) for m, a, b in after_non_word(_DATE_RE, text)] == \
        [(m.span(), m.lastgroup, m.groupdict()) for m in plain.finditer(text)]


@pytest.mark.parametrize("pattern, expected", [
    (r"ab|ac", [("literal", "a"), ("in", [("literal", "b"), ("literal", "c")], False)]),
    (r"\d|a", [("in", [("category", "d"), ("literal", "a")], False)]),
    (r"a{2,}?", [("repeat", 2, 1 << 32, [("literal", "a")])]),
    (r"x{}", [("literal", "x"), ("literal", "{"), ("literal", "}")]),
    (r"[^a-c]", [("in", [("range", "a", "c")], True)]),
    (r"(?i:k)", [("group", "i", "", [("literal", "k")])]),
])
def test_regex_tree_shapes_as_the_standard_parser(pattern: str, expected: list) -> None:
    # The standard parser's shapes (common first items moved out of a branch, one-character
    # branches made a class) give the same prefixes as before geo.prefilter stopped using it.
    from geo.regex_tree import parse

    assert parse(pattern) == expected


def test_prefilter_uses_no_private_regex_module() -> None:
    import geo.prefilter
    import geo.regex_tree

    for mod in (geo.prefilter, geo.regex_tree):
        with open(mod.__file__, encoding="utf-8") as f:
            assert "re._" not in f.read()


@pytest.mark.parametrize("text, marked", [
    ("Fighting in Tarhouna and Tajoura.", ["~tarhuna", "~taiura"]),
    ("Refugees reached Laas Caanood on Monday.", ["~lasanud"]),
    ("A bunkhouse in Atalissa.", ["≈atalia"]),
    ("He spoke to Reuters in Geneva.", []),
])
def test_unknown_names_are_the_same_from_the_per_name_cache(text: str, marked: list[str]) -> None:
    # The variant or fuzzy key of an unknown name is worked out once per name, then reused.
    gaz = load()
    mentions.clear_caches()
    cold = extract_mentions(text, gaz)
    assert [m.key for m in cold if m.key[:1] in "~≈"] == marked
    assert extract_mentions(text + " ", gaz) == cold  # a new text, the names cached


# The words-before patterns as first written: plain alternations, tried word by word.
_PLAIN_PLACE_WORDS = re.compile(
    r"\b(?:in|near|into|outside|around|towards?|fled|" + "|".join(sorted(GROUND_VERBS))
    + r"|(?:withdrew|withdrawn|retreated|fled|returned|expelled|evacuated|"
    r"driven|displaced|ousted)\s+from|(?:fled|returned|relocated|displaced|evacuated|"
    r"deployed|headed)\s+to)\s+$", re.IGNORECASE)
_PLAIN_LISTED = re.compile(r"(?:,|,?\s+and|,?\s+or)\s+$")
_WORDS_BEFORE = ["in", "IN", "Into", "near", "toward", "towards", "fled", "Fled", "from", "to",
                 "withdrew", "returned", "struck", "STRUCK", "attacked", "within", "and", "or",
                 ",", "Berlin", "ſtruck", "İn", "\u212aarkiv", " ", "  ", "\n", "-"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_WORDS_BEFORE), max_size=8), st.sampled_from([" ", "", "\n"]),
       st.integers(0, 30))
def test_words_before_patterns_match_the_plain_alternations(words: list[str], sep: str,
                                                            window: int) -> None:
    text = sep.join(words) + " Name"
    end = len(text) - 4
    for fast, plain in ((PLACE_WORDS_BEFORE, _PLAIN_PLACE_WORDS), (_LISTED_AFTER, _PLAIN_LISTED)):
        got, want = (rx.search(text, max(0, end - window), end) for rx in (fast, plain))
        assert (got and got.span()) == (want and want.span())


def _plain_normalize(name: str) -> str:
    """normalize_name as first written: every step for every name."""
    import unicodedata

    from geo.places import normalize as nz

    text = name.translate(nz._APOSTROPHES)
    if text.isascii():
        text = text.lower().replace(".", "")
    else:
        text = unicodedata.normalize("NFKD", text.casefold())
        text = "".join(c for c in text if not unicodedata.combining(c))
        text = text.translate(nz._LETTERS).replace(".", "")
    tokens = nz._NON_WORD.sub(" ", nz._DOUBLED.sub(r"\1", text)).split()
    out = []
    for i, tok in enumerate(tokens):
        if i < len(tokens) - 1 and tok in nz.ARTICLES:
            tok = "al"
        tok = nz._TOKEN_FOLD.get(tok, tok)
        if len(tok) > 4 and tok[-1] == "h" and tok[-2] in "ae":
            tok = tok[:-1]
        out.append(tok)
    return " ".join(out)


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(alphabet="aehlsStTLDdrRAEH", max_size=9),
                 st.text(alphabet="aeh TlL-'’.éß1", max_size=12)))
def test_normalize_one_word_fast_path_matches_every_step(name: str) -> None:
    assert normalize_name.__wrapped__(name) == _plain_normalize(name)


@pytest.mark.parametrize("name", ["Hodeidah", "TEL", "St", "Raqqah", "Mississippi", "ah", "",
                                  "Al", "Saint", "Ste", "Aaah"])
def test_normalize_one_word_cases(name: str) -> None:
    assert normalize_name.__wrapped__(name) == _plain_normalize(name)


def _plain_runs(text: str, tokens: list) -> list[list[int]]:
    """usage._runs as first written: the gap read before the word is looked at."""
    from geo.places.usage import _PARTICLES, TITLES

    runs, cur, n = [], [], len(tokens)
    for k, tok in enumerate(tokens):
        if cur:
            prev = tokens[cur[-1]]
            gap = text[prev.end : tok.start]
            joined = gap in (" ", "-", "‐", "–") or (
                gap == ". " and (len(prev.text) == 1 or prev.low in TITLES))
            particle = not tok.cap and tok.low in _PARTICLES
            if joined and (tok.cap or (particle and k + 1 < n and tokens[k + 1].cap
                                       and text[tok.end : tokens[k + 1].start] in (" ", "-"))):
                cur.append(k)
                continue
            if len(cur) > 1:
                runs.append(cur)
            cur = []
        if tok.cap:
            cur = [k]
    if len(cur) > 1:
        runs.append(cur)
    return runs


_NAME_PIECES = ["Abdel", "Fattah", "al", "Al", "bin", "J.", "Lloyd", "Gen.", "Maj.", "said", "in",
                "de", "la", "Sisi", "-", ". ", ", ", "Jr", "of"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_NAME_PIECES), max_size=12), st.sampled_from([" ", "-", ""]))
def test_name_runs_match_the_plain_loop(pieces: list[str], sep: str) -> None:
    from geo.places.usage import _runs

    text = sep.join(pieces)
    tokens = tokenize.__wrapped__(text)
    assert _runs(text, tokens) == _plain_runs(text, tokens)
