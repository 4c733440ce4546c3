"""The fast paths of the events stage give the same answers as the plain forms they replace.

Each plain form is the code as first written; the fast one must agree with it on a table of
cases and on random text built from the words that matter.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.events import anaphora, carry, extract, repeats, sentences, slots, triggers, unlisted
from geo.events.triggers import Trigger
from geo.models import Event


def _event(quote: str, trigger: str) -> Event:
    return Event("clash", trigger, quote, 0, len(quote))


def _plain_definite(quote: str, trigger: str) -> bool:
    """repeats._definite as first written: one pattern per trigger."""
    trig = re.escape(trigger)
    return re.search(r"(?:\b(?:the|this|these|those|its|their)|[A-Z][\w-]*['’]s?)\s+"
                     r"(?:[\w-]+\s+){0,2}" + trig + r"\b"
                     r"|\b(?:was|were|is|are|became|remains?)\s+(?:the|an?)\s+(?:[\w-]+\s+){0,4}"
                     + trig + r"\b", quote, re.I) is not None


@pytest.mark.parametrize("quote, trigger, expected", [
    ("The siege is apocalyptic.", "siege", True),
    ("Troops began a siege of the city.", "siege", False),
    ("The Houthis' Red Sea attacks have drawn strikes.", "attacks", True),
    ("It was the largest land battle in Europe.", "battle", True),
    ("It was a battle.", "battle", True),
    ("Battle raged; the battle of X.", "Battle", True),  # the second one, whatever its case
    ("the ATTACK", "attack", True),
    ("the attacker fled", "attack", False),  # not a whole word
    ("these a-a-a", "a-a", True),  # overlapping places of the trigger
    ("Gunmen attacked a village.", "attacked", False),  # a name before it, no possessive
    ("Gunmen’s attack", "attack", True),
    ("attacked a village", "attacked", False),
    ("the  \n attack", "attack", True),
    ("İstanbul’s strike", "strike", True),
    ("", "strike", False),
])
def test_definite_cases(quote: str, trigger: str, expected: bool) -> None:
    event = _event(quote, trigger)
    assert repeats._definite(event) is expected
    assert _plain_definite(quote, trigger) is expected


_WORDS = ["the", "The", "its", "was", "is", "an", "a", "Houthis'", "Sudan’s", "largest",
          "siege", "Siege", "attack", "attacks", "a-a", "a", "x", "-", " ", "  ", ",", ".",
          "İ", "ſiege", "\n"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=14), st.sampled_from(
    ["siege", "attack", "attacks", "a-a", "a", "Siege", "ATTACK", "siege of", "x."]),
    st.sampled_from([" ", ""]))
def test_definite_matches_the_plain_pattern(words: list[str], trigger: str, sep: str) -> None:
    quote = sep.join(words)
    event = _event(quote, trigger)
    assert repeats._definite(event) is _plain_definite(quote, trigger)


# carry._CONTINUES as first written: the look-behinds before the word.
_PLAIN_CONTINUES = re.compile(r"(?<!since )(?<!until )(?<!by )(?<!till )\bthen\b", re.I)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["then", "Then", "THEN", "since", "Since", "by", "until",
                                 "till", "x", "thence", "athen", " ", "  ", ",", "\n"]),
                max_size=10), st.sampled_from([" ", ""]))
def test_continues_matches_the_plain_pattern(words: list[str], sep: str) -> None:
    sentence = sep.join(words)
    assert [m.span() for m in carry._CONTINUES.finditer(sentence)] == [
        m.span() for m in _PLAIN_CONTINUES.finditer(sentence)]


@pytest.mark.parametrize("sentence, continues", [
    ("She then visited Kherson.", True),
    ("Since then, fighting has spread.", False),
    ("By then the town had fallen.", False),
    ("until then", False),
    ("since  then", True),  # two spaces: not the phrase
    ("Athens", False),
])
def test_continues_cases(sentence: str, continues: bool) -> None:
    assert (carry._CONTINUES.search(sentence) is not None) is continues


_PLACE_WORDS = ["Abu", "Shouk", "camp", "refugee", "IDP", "Camp", "Refugee", "Airport", "Air",
                "Base", "Naval", "town", "village", "of", "Kuriga", "Iron", "and", "Steel",
                "Works", "Plant", "International", "al-Fashir", "Port", "Sudan", "Dam", "Mill",
                "captured", "retook", "took", "control", "seized", "Kalaka", "Bunagana", "in",
                "the", "Mohammed", "Ali", "a", ",", ".", "-", "’s", "city", "Town",
                "neighborhood", "neighbourhood", "municipality", "\n", "Kyiv", "xcamp", "Mbera",
                "displacement", "Bridge", "Crossing", "Border", "Airbase", "Barracks", "_"]


def _names(matches) -> list[tuple[tuple[int, int], dict[str, str]]]:
    return [(m.span(), {k: v for k, v in m.groupdict().items() if v}) for m in matches]


# The kinds of name these words can make, in one pattern as first written (a name before
# its kind, g, added in round 11): what unlisted._unlisted_names finds.
_NAME = unlisted._NAME
_UNLISTED = re.compile(
    rf"\b(?:town|village|city|camp|district|neighbou?rhood|settlement|locality|commune|"
    rf"municipality)\s+of\s+(?P<a>{_NAME})"
    rf"|\b(?P<b>{_NAME})\s+(?:(?:refugee|IDP|displacement)\s+)?camp\b"
    rf"|(?<!\b[Aa] )(?<!\b[Aa]n )\b(?P<g>{_NAME})\s+(?:village|town|community|settlement|"
    r"locality|neighbou?rhood|district)(?![\w’'-])(?!\s+of\b)"
    rf"|(?P<c>(?:(?<![\w-])(?:al|el|ad|as|an|ar|at|ash)-{_NAME}|\b{_NAME})\s+"
    r"(?:International\s+)?(?:Airport|Air\s+Base|Airbase|Airfield|"
    r"Naval\s+Base|Base|Barracks|Refugee\s+Camp|Camp|Border\s+Crossing|Crossing|Bridge|Dam|"
    r"Port|(?:(?:and\s+)?[A-Z][\w’'-]+\s+){0,2}(?:Works|Plant|Factory|Mill|Refinery)"
    r"(?!\s+[A-Z])))(?![\w’'-])")


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PLACE_WORDS), max_size=16), st.sampled_from([" ", "  ", ""]))
def test_unlisted_names_match_the_whole_pattern(words: list[str], sep: str) -> None:
    text = sep.join(words)
    assert _names(unlisted._unlisted_names(text)) == _names(_UNLISTED.finditer(text))
    if unlisted._TAKEN.search(text):
        assert any(w in text for w in unlisted._TAKEN_WORDS) or unlisted._TAKE_HINT.search(
            text)  # else it is not searched


@pytest.mark.parametrize("text, names", [
    # (with no resolutions given, "north of El Fasher" sets a name the places stage missed)
    ("attacked Abu Shouk camp north of El Fasher", ["Abu Shouk", "El Fasher"]),
    ("briefly occupied Xitaxi before withdrawing", ["Xitaxi"]),
    ("the town of Kuriga", ["Kuriga"]),
    ("Mbera refugee camp and Kyiv International Airport", ["Mbera", "Kyiv International Airport"]),
    ("near the Azovstal Iron and Steel Works", ["Azovstal Iron and Steel Works"]),
    ("no camp here, nor a Port", []),
    ("retook Kalaka and captured Bunagana.", ["Kalaka", "Bunagana"]),
    ("Fighting reached Kuriga.", []),  # no word any kind of name needs: nothing searched
    ("the neighborhood of Kuriga", ["Kuriga"]),
])
def test_unlisted_cases(text: str, names: list[str]) -> None:
    assert [r.mention.text for r in unlisted.unlisted(text, [])] == names


def _plain_upper_bound(sentence: str, trig, nxt: int, most: int) -> int:
    """extract._upper_bounds as first written, for one bound: every word of the slice in a list."""
    brk = extract._CLAUSE_BREAK.search(sentence, trig.end, nxt)
    limit = brk.start() if brk else nxt
    scene = extract._NEW_SCENE.search(sentence, trig.end, limit)  # ", and in X": next scene
    limit = scene.start() if scene is not None and nxt < len(sentence) else limit
    words = list(re.finditer(r"\S+", sentence[trig.end:limit]))
    return trig.end + words[most].start() if len(words) > most else limit


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["in", "Kyiv", ",", ";", "and", "the", "which", " ", "  ",
                                 "\n", "-", "(", "x"]), max_size=30),
       st.integers(0, 40), st.integers(0, 60), st.sampled_from([0, 1, 8, 20]),
       st.sampled_from([1, 2, 9, 20, 40]))
def test_upper_bound_matches_the_plain_form(words: list[str], end: int, nxt: int,
                                            most: int, far: int) -> None:
    sentence = " ".join(words)
    end, nxt = min(end, len(sentence)), min(max(nxt, end), len(sentence))
    trig = Trigger("clash", 0, end, sentence[:end])
    far = max(far, most + 1)  # (the two bounds of one trigger, read at once)
    assert extract._upper_bounds(sentence, trig, nxt, most, far) == (
        _plain_upper_bound(sentence, trig, nxt, most), _plain_upper_bound(
            sentence, trig, nxt, far))


# Text for the word_start patterns: word characters on either side of the words, a line
# break, non-ASCII letters and digits (which \b and \w count as word characters).
_START_WORDS = ["The", "the", "city", "town", "of", "Kyiv", "then", "May", "Mayor", "Jan.", "Jan",
                "Sept.", "Sep", "2024", "1999", "12024", "x2024", "éThe", "_the", "٣the", "\n",
                "-", ".", "(", "’", " "]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_START_WORDS), max_size=14), st.sampled_from([" ", ""]),
       st.integers(0, 6))
def test_word_start_patterns_match_as_after_a_word_boundary(words: list[str], sep: str,
                                                            pos: int) -> None:
    from geo.prefilter import word_start

    text = sep.join(words)
    alternatives = ["[Tt]he\\s+city", "1[89]\\d\\d", "May", "Ma", "Jan\\.?", "Sept?\\.?", "x"]
    for alts in (alternatives[:1], alternatives[1:]):
        fast = re.compile(word_start(alts) + r"\b")
        plain = re.compile(r"\b(?:" + "|".join(alts) + r")\b")
        assert [m.span() for m in fast.finditer(text, pos)] == [
            m.span() for m in plain.finditer(text, pos)]


def test_word_start_takes_only_a_word_character_first() -> None:
    from geo.prefilter import word_start

    with pytest.raises(ValueError):
        word_start([r"\bthe"])
    with pytest.raises(ValueError):
        word_start(["(?:a|b)c"])


# carry._STORY_DATE and anaphora._ANAPHOR as first written, behind \b.
_PLAIN_STORY_DATE = re.compile(
    r"\b(?:1[89]\d\d|20\d\d|January|February|March|April|May|June|July|August|September|"
    r"October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)\b")
_PLAIN_ANAPHOR = re.compile(
    r"\b[Tt]he\s+(?P<noun>city|town|village|capital|port|region|province|governorate|"
    r"oblast|country|camp)(?!\s+(?:of|[A-Z]))\b"
    r"|\b[Tt]he\s+(?:same\s+|surrounding\s+|nearby\s+)?(?P<area>area)(?!\s+(?:of|around|near|"
    r"between|along|from|to|where|which|that|[A-Z]))\b")


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from([*_START_WORDS, "June", "December", "Sept", "Dec.", "1800",
                                 "region", "oblast", "Of", "of", "the  town", "area", "same",
                                 "camp", "near"]), max_size=14),
       st.sampled_from([" ", ""]))
def test_story_date_and_anaphor_match_the_plain_patterns(words: list[str], sep: str) -> None:
    text = sep.join(words)
    for fast, plain in ((carry._STORY_DATE, _PLAIN_STORY_DATE),
                        (anaphora._ANAPHOR, _PLAIN_ANAPHOR)):
        assert [(m.span(), m.groupdict()) for m in fast.finditer(text)] == [
            (m.span(), m.groupdict()) for m in plain.finditer(text)]


_WEAK_WORDS = ["killed", "kill", "dead", "death toll", "deaths", "wounded", "injuries",
               "casualties", "missile", "missiles", "rockets", "drone", "mortars", "shells",
               "shell", "launched", "fired", "at", "the", "town", "air strikes", "a", ",", "."]


# The weak triggers' pattern as first written: \b in front, searched with finditer.
_PLAIN_WEAK = re.compile(r"\b(?:" + "|".join(
    f"(?P<weak_{kind}>{'|'.join(sorted(parts, key=len, reverse=True))})"
    for kind, parts in triggers.lex.WEAK_TRIGGERS.items()) + r")\b")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WEAK_WORDS), max_size=12))
def test_weak_triggers_are_found_as_by_the_plain_search(words: list[str]) -> None:
    sentence = " ".join(words)
    low = triggers.lower(sentence)
    assert [((a, b), kind) for kind, a, b in triggers._weak(low)] == [
        (m.span(), m.lastgroup) for m in _PLAIN_WEAK.finditer(low)]


_BACKER_WORDS = ["backed by", "backed by the", "heavily supported by", "launched by", "shown by",
                 "the government of", "allied with", "loyal to", "to", "the", "of", "by",
                 "Rwanda", "x", ",", "\n", "  ", "ran"]


@pytest.mark.parametrize("before, expected", [
    ("M23 rebels backed by ", True), ("backed by the ", True),
    ("rebels backed by the government of ", True),
    ("drones launched by ", True), ("forces loyal to\n", True), ("militias allied with ", True),
    ("fighting in ", False), ("backed by the", False), ("", False), ("flown by  \n", True),
])
def test_backs_cases(before: str, expected: bool) -> None:
    text = before + "Rwanda"
    assert slots.backs(text, len(before)) is expected
    assert (slots._BACKS.search(text, max(0, len(before) - 40), len(before)) is not None) \
        is expected


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_BACKER_WORDS), max_size=12), st.sampled_from([" ", "", "\n"]))
def test_backs_matches_the_plain_search(words: list[str], tail: str) -> None:
    text = " ".join(words) + tail + "Rwanda"
    start = len(text) - len("Rwanda")
    plain = slots._BACKS.search(text, max(0, start - 40), start) is not None
    assert slots.backs(text, start) is plain


def _plain_split(text: str) -> list[tuple[int, int]]:
    """sentences.split_sentences as first written: "([.!?]+)...|\\n", the run in group 1."""
    boundary = re.compile(r"([.!?]+)(?:[\"'”’)\]]|\[[\w ]{1,12}\])*(?=\s)|\n")
    spans: list[tuple[int, int]] = []
    start = 0
    for match in boundary.finditer(text):
        end = match.end()
        punct = match.group(1)
        if punct is not None:
            dot = match.end(1) - 1 if punct == "." else -1
            if not sentences._is_boundary(text, dot, end):
                continue
        sentences._append(text, start, end, spans)
        start = end
    sentences._append(text, start, len(text), spans)
    return spans


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["Mr.", "Ali", "fled", ".", "?!", "..", "!", "\n", " ", "”",
                                 ")", "[26]", "[a b]", "U.S.", "The", "x", "3.5", "’", "?\n"]),
                max_size=16), st.sampled_from([" ", ""]))
def test_split_sentences_matches_the_plain_loop(words: list[str], sep: str) -> None:
    text = sep.join(words)
    assert sentences.split_sentences(text) == _plain_split(text)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["at least", "More than", "11", "1,200", "two", "Twenty-one",
                                 "a", "An", "dozens", "several", "civilians", "were", "killed",
                                 "deaths", "fatalities", "people", "K", "ſeven", "İ", "-", ","]),
                max_size=12))
def test_guarded_fatality_patterns_match_as_the_unguarded(words: list[str]) -> None:
    from geo.events import attributes

    text = " ".join(words)
    for pattern, _ in attributes._FATALITY:
        plain = re.compile(pattern.pattern.replace(attributes._COUNT_AHEAD, ""), re.I)
        assert [m.span() for m in pattern.finditer(text)] == [
            m.span() for m in plain.finditer(text)]
    assert attributes._COUNT_AHEAD in attributes._FATALITY[0][0].pattern


def _plain_as_actor(sentence: str, end: int) -> bool:
    """slots.as_actor as first written: every pattern tried, whatever follows the name."""
    if slots._OWNS_AREA.match(sentence, end) or slots._OWNS_TARGET.match(sentence, end):
        return False
    coordinated = slots._COORDINATED.match(sentence, end)
    if coordinated is not None and coordinated.group("noun") in slots.MODIFIED_NOUNS:
        return True
    match = slots._AFTER.match(sentence, end)
    if match is not None:
        if match.group("suffix"):
            return match.group("suffix") in slots.ACTOR_SUFFIXES
        if match.group("modified"):
            return match.group("modified") in slots.MODIFIED_NOUNS
        return match.group("noun").lower() not in slots.PLACE_NOUNS
    if slots._PAIR.match(sentence, end):
        return True
    nxt = sentence[end:end + 20].split()
    return bool(nxt) and nxt[0].strip(",.;:") in slots._ORG_HEADS and sentence[
        end:end + 1] == " "


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["'s", "’", "-backed", "–Israel", "—", "-", " ", "\n", "\u2003",
                                 "Kursk", "region", "energy", "infrastructure", "and", "U.S.",
                                 "personnel", "forces", "Ministry", "border", "minister", ",",
                                 ".", "x"]), max_size=8))
def test_as_actor_matches_the_plain_tests(words: list[str]) -> None:
    sentence = "Russia" + "".join(words)
    assert slots.as_actor(sentence, len("Russia")) is _plain_as_actor(sentence, len("Russia"))


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["a-a", "A-A", "a", "siege", "SIEGE", "sieges", "_", "x", "-",
                                 " ", "é", "ſiege", "K"]), max_size=10),
       st.sampled_from(["a-a", "a", "Siege", "siege", "a-", "-", "k"]))
def test_places_of_a_trigger_are_where_its_pattern_matches(words: list[str], word: str) -> None:
    text = "".join(words)
    assert list(repeats._places_of(word, text)) == [
        m.start() for m in re.finditer(rf"(?={re.escape(word)}\b)", text, re.I)]


def _plain_prep_of(before: str) -> tuple[str | None, int]:
    """slots._prep_of as first written: the whole text before the name searched."""
    match = slots._PREP_BEFORE.search(before)
    if match is None:
        return None, len(before)
    word = " ".join(match.group("prep").lower().split())
    if word == "to" and not slots._AFTER_TO.match(before, match.end("prep")):
        return None, len(before)
    if word.endswith(" of") and word not in slots.PREPOSITIONS:
        return slots.OF_PHRASES.get(word.split()[0], "in"), match.start()
    return slots.PREPOSITIONS.get(word), match.start()


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(["in", "In", "the", "besieged", "northern", "city", "of", "north",
                                 "and", "east", "not far from", "by way of", "Israeli", "Sudan’s",
                                 "(in", "\n", "  ", "x", "on", "to", "war-torn", ","]),
                max_size=16),
       st.sampled_from([" ", "\n", "", " \n"]))
def test_prep_of_matches_the_search_of_the_whole_text(words: list[str], tail: str) -> None:
    before = " ".join(words) + tail
    assert slots._prep_of(before) == _plain_prep_of(before)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["Fighting", "in", "Kyiv", ",", "said", "reported", "told",
                                 "Reuters", "According", "according to", "the", "army", "on",
                                 "Monday", "tweeted", "claimed", ".", "officials", "that", ";"]),
                max_size=14))
def test_find_source_skips_only_patterns_that_cannot_match(words: list[str]) -> None:
    from geo.events import attributes

    sentence = " ".join(words)
    for pattern, needed in attributes._SOURCES:
        if pattern.search(sentence):
            assert any(word in sentence for word in needed)


@pytest.mark.parametrize("sentence, spans, expected", [
    ("Fighting in Kyiv, AP said.", (), "Fighting in Kyiv, AP said."),
    ("Fighting in Kyiv, AP said.", ((16, 26),), "Fighting in Kyiv          "),
    ("", (), ""),
])
def test_masked_cases(sentence: str, spans: tuple[tuple[int, int], ...], expected: str) -> None:
    from geo.events.assemble import masked

    assert masked(sentence, spans) == expected
