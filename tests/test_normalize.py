"""normalize_name: one folding for gazetteer names and text (hand-written expectations)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geo.places.normalize import normalize_name

CASES = [
    # diacritics and case
    ("Medellín", "medelin"),
    ("Culiacán", "culiacan"),
    ("Zürich", "zurich"),
    ("São Paulo", "sao paulo"),
    ("Kraków", "krakow"),
    ("Łódź", "lodz"),
    ("Tromsø", "tromso"),
    ("Ḩamāh", "hama"),
    ("KYIV", "kyiv"),
    ("  Kyiv \n", "kyiv"),
    # apostrophes and ayn/hamza marks vanish
    ("Al-Qa'im", "al qaim"),
    ("Al-Qa’im", "al qaim"),
    ("Al Qā’im", "al qaim"),
    ("Qa`im", "qaim"),
    ("Ma'arat al-Numan", "marat al numan"),
    ("Ma‘arrat an Nu‘mān", "marat al numan"),
    ("Sana'a", "sana"),
    ("Şan‘ā’", "sana"),
    ("Ṣanʿāʾ", "sana"),
    ("Côte d'Ivoire", "cote divoire"),
    # hyphens and other punctuation become spaces; dots vanish
    ("Port-au-Prince", "port au prince"),
    ("Nagorno-Karabakh", "nagorno karabakh"),
    ("Nord-Kivu", "nord kivu"),
    ("U.S.", "us"),
    ("U.K.", "uk"),
    ("Kyiv, Ukraine", "kyiv ukraine"),
    # the Arabic article folds to "al" before another word, never when it stands last
    ("El Fasher", "al fasher"),
    ("Deir ez-Zor", "dayr al zor"),
    ("Dayr az Zawr", "dayr al zawr"),
    ("Deir az-Zawr", "dayr al zawr"),
    ("Ar Raqqah", "al raqa"),
    ("Ash Shamālī", "al shamali"),
    ("Ad Dawhah", "al dawha"),
    ("Bab el-Mandeb", "bab al mandeb"),
    ("Jisr ash-Shughur", "jisr al shughur"),
    ("as", "as"),
    ("Tell el", "tal el"),
    # spelling variants of one word
    ("Tel Rifaat", "tal rifat"),
    ("Tall Rif‘at", "tal rifat"),
    ("Tell Abyad", "tal abyad"),
    ("Tal Afar", "tal afar"),
    ("Deir al-Balah", "dayr al bala"),
    ("Dair Hafir", "dayr hafir"),
    ("St. Petersburg", "saint petersburg"),
    ("St Louis", "saint louis"),
    ("Saint-Denis", "saint denis"),
    ("Ste. Foy", "sainte foy"),
    ("Mt. Lebanon", "mount lebanon"),
    ("Umm Qasr", "um qasr"),
    ("Ain al-Arab", "ayn al arab"),
    ("Ein Gedi", "ayn gedi"),
    # doubled letters fold (Raqqa/Raqa, Hassakeh/Hasakeh); digits do not
    ("Raqqa", "raqa"),
    ("Aleppo", "alepo"),
    ("Hassakeh", "hasake"),
    ("Mekelle", "mekele"),
    ("Route 66", "route 66"),
    ("Gießen", "giesen"),
    # nothing left
    ("", ""),
    ("'’-.,", ""),
]

SAME = [
    ("Sanaa", "Sana'a", "Şan‘ā’"),
    ("Deir ez-Zor", "Deir ez Zor", "Dair ez-Zor"),
    ("Dayr az Zawr", "Deir az-Zawr", "Deir Al Zawr"),
    ("Tel Rifaat", "Tall Rif'at", "Tal Rifat", "Tell Rifaat"),
    ("Maarat al-Numan", "Ma'arat al-Numan", "Maarrat an-Nu'man"),
    ("Hasakah", "Hassakah", "Hasakkah"),
    ("Odessa", "Odesa"),
    ("Mekele", "Mekelle", "Mek'ele"),
]


@pytest.mark.parametrize(("name", "expected"), CASES)
def test_normalize_name(name, expected):
    assert normalize_name(name) == expected


@pytest.mark.parametrize("names", SAME)
def test_variants_share_a_key(names):
    assert len({normalize_name(n) for n in names}) == 1, [normalize_name(n) for n in names]


def test_different_places_keep_different_keys():
    keys = [normalize_name(n) for n in ("Homs", "Hama", "Idlib", "Raqqa", "Tal Afar", "Afar")]
    assert len(set(keys)) == len(keys)


_KEY = re.compile(r"(?:[a-z0-9]+(?: [a-z0-9]+)*)?")


@given(st.text())
def test_never_raises_and_only_key_characters(text):
    key = normalize_name(text)
    assert isinstance(key, str)
    assert _KEY.fullmatch(key), key


@given(st.text())
def test_idempotent(text):
    once = normalize_name(text)
    assert normalize_name(once) == once


@given(st.text())
def test_case_insensitive(text):
    assert normalize_name(text.upper().lower()) == normalize_name(text.lower())


@given(st.from_regex(r"[A-Za-z]{2,10}( [A-Za-z]{2,10}){0,3}", fullmatch=True))
def test_ascii_words_keep_their_letters(text):
    key = normalize_name(text)
    assert len(key.split()) == len(text.split())
    assert not any(re.search(r"([a-z])\1", tok) for tok in key.split()), key
