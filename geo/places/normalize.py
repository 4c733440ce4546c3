"""One normalisation, used for gazetteer names at build time and for text at run time."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache, partial
from operator import methodcaller

__all__ = ["ARTICLES", "normalize_name", "single_letters"]

# Apostrophe-like marks vanish: "Qa'im", "Qā’im", "Qa`im" and "Rif‘at" all lose them.
_APOSTROPHES = dict.fromkeys(map(ord, "'’‘ʿʾʼ`´′ʻ"), None)
# Letters NFKD does not decompose into base + mark.
_LETTERS = str.maketrans({"ß": "ss", "æ": "ae", "ø": "o", "đ": "d", "ł": "l", "ı": "i", "ð": "d",
                          "þ": "th", "œ": "oe", "ħ": "h"})
_NON_WORD = re.compile(r"[^0-9a-z]+")
# Transliterations double letters at will (Rifaat/Rifat, Raqqa/Raqa, Hassakeh/Hasakeh).
_DOUBLED = re.compile(r"([a-z])\1+")
single_letters = partial(_DOUBLED.sub, methodcaller("group", 1))
"""``_DOUBLED.sub(r"\\1", text)``: each run of one letter a-z as that letter. The group is
taken by a C callable: Python 3.11 hands a template with a backreference to ``re._subx``,
Python code, on every call (about four times the time)."""

# Arabic definite article as transliterated in names and news ("Deir ez-Zor", "Dayr az Zawr").
ARTICLES = frozenset(
    "al el ad ar as an at az ash ath adh ed es ez et ul ud ur us un".split()
)
# Spelling variants of one word, folded to one form ("Tel Rifaat" / "Tall Rif'at").
_TOKEN_FOLD = {
    "tel": "tal", "tal": "tal",
    "deir": "dayr", "dair": "dayr", "deyr": "dayr",
    "st": "saint", "ste": "sainte", "mt": "mount",
    "umm": "um", "ain": "ayn", "ein": "ayn",
}


@lru_cache(maxsize=65536)
def normalize_name(name: str) -> str:
    """Fold a place name or a span of text to the key used for gazetteer lookups.

    Diacritics, case, apostrophes and punctuation are dropped, hyphens become spaces, the
    Arabic article (al-, el-, ad-, ez- ...) becomes ``al`` before another word, and a few
    spelling variants (Tel/Tall/Tal, Deir/Dayr, St/Saint) fold to one form.

    >>> normalize_name("Al-Qa’im")
    'al qaim'
    >>> normalize_name("Dayr az Zawr") == normalize_name("Deir az-Zawr")
    True
    """
    if name.isascii() and name.isalpha():
        # One plain word (most words of a text): the steps below would leave it as it is
        # but for case, doubled letters and the folds.
        return _fold(single_letters(name.lower()))
    text = name.translate(_APOSTROPHES)
    if text.isascii():
        text = text.lower().replace(".", "")
    else:
        # Case first: some combining marks have letters as upper case (U+0345 -> Ι).
        text = unicodedata.normalize("NFKD", text.casefold())
        text = "".join(c for c in text if not unicodedata.combining(c))
        text = text.translate(_LETTERS).replace(".", "")
    tokens = _NON_WORD.sub(" ", single_letters(text)).split()
    last = len(tokens) - 1
    return " ".join(_fold("al" if i < last and tok in ARTICLES else tok)
                    for i, tok in enumerate(tokens))


def _fold(word: str) -> str:
    """One word's spelling variants folded (Tel/Tal, St/Saint; a final h after a or e)."""
    word = _TOKEN_FOLD.get(word, word)
    if len(word) > 4 and word[-1] == "h" and word[-2] in "ae":
        word = word[:-1]  # Hodeidah/Hodeida, Hamah/Hama, Raqqah/Raqqa
    return word
