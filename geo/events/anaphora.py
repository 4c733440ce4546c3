"""Antecedents of "the city", "the town" and "the Libyan capital": resolutions for a phrase
that names no place itself but refers back to one (an earlier place of a matching kind, the
place the text introduced with the same noun, the capital of the country a demonym names)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence

from geo.events.attributes import dateline
from geo.events.words import SENTENCE_END
from geo.lazy_regex import lazy
from geo.models import Mention, Resolution
from geo.places.gazetteer import Gazetteer
from geo.places.normalize import normalize_name
from geo.prefilter import word_start

__all__ = ["CAPITAL", "REASON", "anaphora", "capitals"]

# "the city", "the town's", "the region" with no name after it ("the city of Goma" names one).
# (Written by word_start: a search skips ahead to the letter T.)
_ANAPHOR = re.compile(word_start([
    # (a word of who holds it may come between: "the DPR-controlled city", "the rebel-held
    # town", "the besieged city")
    r"[Tt]he\s+(?:[\w]+-(?:controlled|held|occupied|besieged)\s+|besieged\s+|embattled\s+|"
    r"encircled\s+)?(?P<noun>city|town|village|capital|port|region|province|governorate|"
    r"oblast|country|camp)(?!\s+(?:of|[A-Z]))\b",
    # ... and "the area", "the same area", "the surrounding area": the place named last
    # ("Fighting raged near Vovchansk, and reserves were moved to the area")
    r"[Tt]he\s+(?:same\s+|surrounding\s+|nearby\s+)?(?P<area>area)(?!\s+(?:of|around|near|"
    r"between|along|from|to|where|which|that|[A-Z]))\b"]))
_KINDS = {
    "city": ("city",), "town": ("city",), "village": ("city",), "capital": ("city",),
    "port": ("city",), "region": ("admin1", "admin2", "region"),
    "province": ("admin1", "admin2"), "governorate": ("admin1",), "oblast": ("admin1",),
    "country": ("country",), "camp": ("city",), "area": ("city", "admin2", "region"),
}
# "the camp" points back to a place named as a camp: "Ain Issa camp", "the Zamzam IDP camp",
# "a camp at Dadaab" (not a town named in passing)
_CAMP_AFTER = re.compile(r"\s+(?:(?:IDP|refugee|displacement|displaced)\s+)?camps?\b", re.I)
_CAMP_BEFORE = re.compile(r"\bcamps?\s+(?:of|at|in|near)\s+\Z", re.I)
# A name given as a landmark ("50 km northeast of Port-au-Prince", "south of Aleppo") is
# where something is measured from, not what "the town" refers back to.
_LANDMARK = re.compile(
    r"\b(?:(?:km|kilometres|kilometers|miles)\s+(?:(?:to\s+the\s+)?(?:north|south|east|west)"
    r"(?:-?(?:east|west))?(?:ern)?\s+)?(?:of|from)|(?:north|south|east|west)(?:-?(?:east|west))?"
    r"\s+of)\s+(?:the\s+(?:city|town|village|capital)\s+of\s+)?$", re.I)
# A name introduced with the noun the anaphor repeats: "the town of Mirebalais".
_NAMED_AS = re.compile(
    r"\b(?:the\s+)?(?:[a-z]+\s+)?(?P<noun>city|town|village|capital|port|region|province|"
    r"governorate|oblast)\s+of\s+$", re.I)
# ... and one the gazetteer lacks ("liberated the town of Moqokori ... entered the town"):
# the anaphor is that place, not a town named before it nor the dateline's city.
_NAMED_UNKNOWN = re.compile(
    r"\b(?P<noun>city|town|village|port)\s+of\s+(?P<name>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2})")
# A name that says who speaks, not where things happen ("officials in Riyadh said", "the
# governor of Kharkiv said"): no antecedent of "the area"
_SPEAKERS_OF = re.compile(r"\b(?:officials?|governor|ministry|minister|spokesm[ae]n|"
                          r"spokesperson|authorities|mayor|police|sources|embassy|government)\s+"
                          r"(?:of|in)\s+\Z", re.I)
# A state as the subject of its clause: "the United States and its allies began", "France
# withdrew" (not "Burkina Faso has suffered attacks ... in the north of the country")
_STATE_ACTS = lazy(r"\s+(?:and\s+(?:its|their)\s+|(?:began|begun|started|withdrew|sent|"
                   r"deployed|pulled)\b)")
# How far back an antecedent may be (a paragraph or two; for "the area", about a sentence).
_REACH = 1500
_AREA_REACH = 300
_APPOSITION = re.compile(r"\s*,\s*$")
REASON = "anaphora"
"""Prefix of the reason of every resolution :func:`anaphora` makes."""


def anaphora(text: str, ordered: Sequence[Resolution],
             gazetteer: Gazetteer | None = None) -> list[Resolution]:
    """Resolutions for "the city", "the region" ... that refer back to a named place.

    Each takes a preceding resolved mention of a matching kind within a paragraph or two
    ("Fighting reached Goma. ... M23 entered the city."): the one the article names most
    often, the nearest of those on a tie (a battle's city over a village named in passing).
    A phrase set in apposition to a name ("the capital, Kyiv," or "Kyiv, the capital") is
    left alone: the name is already there. Confidence is the antecedent's times 0.8, and the
    reason says where it came from. After "the town of X" that the gazetteer lacks, "the
    town" is X, unresolved (with ``gazetteer`` given, to tell "the city of Light" from a
    name), not the dateline's city nor a town named before X.
    """
    out: list[Resolution] = []
    starts = [r.mention.start for r in ordered]
    counts: Counter[int] | None = None  # (counted when a tie is first met: few texts hold one)
    # (a wire dateline's city is the bureau's, not the town the story goes back to:
    # "ADDIS ABABA (Reuters) - ... entered Lalibela ... moved back into the town")
    bureau = next(iter(dateline(text)), (0, 0))[1]
    for m in _ANAPHOR.finditer(text):
        k = bisect_left(starts, m.end())
        if k < len(ordered) and _APPOSITION.fullmatch(text, m.end(), starts[k]):
            continue
        noun = m.group("noun") or m.group("area")
        kinds = _KINDS[noun]
        antecedent = bureau_city = camp_at = None
        for at in range(bisect_left(starts, m.start()) - 1, -1, -1):
            r = ordered[at]
            if r.mention.end > m.start():
                continue
            if r.mention.end < m.start() - (_AREA_REACH if noun == "area" else _REACH):
                break
            if noun == "camp" and not _CAMP_AFTER.match(text, r.mention.end):
                # (a camp named by its own name first: "Al-Hol camp in Hasakah" is Al-Hol;
                # "a camp at Dadaab" only when no camp name is in reach)
                if camp_at is None and r.place is not None and r.place.kind in kinds and (
                        _CAMP_BEFORE.search(text, max(0, r.mention.start - 20), r.mention.start)):
                    camp_at = r
                continue
            if r.place is None or r.place.kind not in kinds or r.reason.startswith(REASON) or (
                    noun == "capital"
                    and not r.place.feature_code.startswith(("PPLC", "PPLA", "PPLG"))) or (
                    _LANDMARK.search(text, max(0, r.mention.start - 40), r.mention.start)):
                continue
            if noun == "area" and _SPEAKERS_OF.search(
                    text, max(0, r.mention.start - 30), r.mention.start):
                continue  # ("Saudi officials in Riyadh said jets had bombed the area")
            if noun == "country" and _STATE_ACTS.match(text, r.mention.end) and not (
                    SENTENCE_END.search(text, r.mention.end, m.start())):
                continue  # ("since the United States and its NATO allies began withdrawing
                # their troops from the country": the state acting, not the country meant)
            if r.mention.end <= bureau:
                # the bureau's city only when the story names no other ("KABUL (Reuters) - A
                # bomber attacked a mosque in the capital")
                bureau_city = r
                continue
            named = _NAMED_AS.search(text, max(0, r.mention.start - 30), r.mention.start)
            if named is not None and named.group("noun").lower() == noun:
                antecedent = r  # "the town of Mirebalais ... fled the town"
                break
            if antecedent is None:
                antecedent = r
                if noun == "area":
                    break  # (the place named last, not the one named most)
                continue
            if counts is None:
                counts = Counter(r.place.id for r in ordered if r.place is not None)
            if counts[r.place.id] > counts[
                    antecedent.place.id]:  # type: ignore[union-attr]
                antecedent = r
        antecedent = antecedent or camp_at or bureau_city
        unknown = _unknown_named_after(text, ordered, starts, m, max(
            antecedent.mention.end if antecedent is not None else 0, m.start() - _REACH),
            gazetteer)
        if unknown is not None:  # the town the gazetteer lacks: unresolved, as it is
            out.append(Resolution(Mention(m.group(), m.start(), m.end(), normalize_name(
                unknown)), None, 0.0, f"{REASON}: {m.group().lower()} = {unknown}"))
            continue
        if antecedent is None or _APPOSITION.fullmatch(text, antecedent.mention.end, m.start()):
            continue
        if noun == "country" and SENTENCE_END.search(
                text, antecedent.mention.end, m.start()):
            # (across a sentence only: a country named in the same sentence is the one, "New
            # Zealand authorities are checking all horses that have entered the country")
            antecedent = _story_country(ordered, antecedent, m.start())
        mention = Mention(m.group(), m.start(), m.end(), antecedent.mention.key)
        out.append(Resolution(mention, antecedent.place, round(antecedent.confidence * 0.8, 3),
                              f"{REASON}: {m.group().lower()} = {antecedent.mention.text}"))
    return out


def _unknown_named_after(text: str, ordered: Sequence[Resolution], starts: list[int],
                         m: re.Match[str], after: int, gazetteer: Gazetteer | None
                         ) -> str | None:
    """The last place the gazetteer lacks named with the anaphor's noun between ``after``
    (the end of the antecedent found) and the anaphor ("the town of Moqokori"), or None.

    Only with a gazetteer to tell an epithet of English words ("the city of Light", "the
    city of Brotherly Love") from a name."""
    if gazetteer is None:
        return None
    noun = m.group("noun")
    if noun not in ("city", "town", "village", "port"):
        return None
    last = None
    for named in _NAMED_UNKNOWN.finditer(text, after, m.start()):
        if named.group("noun") != noun:
            continue
        at = named.start("name")
        k = bisect_right(starts, at) - 1  # (the mention may take in "town of")
        name = named.group("name")
        if (k < 0 or ordered[k].mention.end <= at or ordered[k].place is None) and not all(
                gazetteer.english(w.lower()) for w in re.split(r"[ -]", name)):
            last = name
    return last


def _story_country(ordered: Sequence[Resolution], antecedent: Resolution, before: int
                   ) -> Resolution:
    """The country "the country" stands for: of the countries named in reach before it, the
    one most of the text's towns and provinces lie in ("Rafale jets flying from Saint-Dizier
    in France bombed camps around Gao. On 14 January, fighters captured Diabaly, in the west
    of the country": Mali, named before, not France), else ``antecedent``."""
    towns = Counter(r.place.country_code for r in ordered
                    if r.place is not None and r.place.kind != "country")
    named = [(towns[r.place.country_code], r.mention.start, r) for r in ordered
             if r.place is not None and r.place.kind == "country"
             and before - _REACH <= r.mention.end <= before]
    own = towns[antecedent.place.country_code] if antecedent.place is not None else 0
    count, _, best = max(named, key=lambda entry: entry[:2], default=(own, 0, antecedent))
    return best if count > own else antecedent


# "the Libyan capital", "the South Sudanese capital's": a demonym's capital, unless a name
# stands in apposition ("the Sudanese capital, Khartoum,": the name is there already).
_CAPITAL = lazy(word_start(["[Tt]he"]) + r"\s+(?P<people>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)"
                r"\s+capital(?:'s|’s)?(?![\w-])(?!\s*,?\s*(?:city\s+of\s+)?[A-Z])")
CAPITAL = "capital of the country"
"""Prefix of the reason of every resolution :func:`capitals` makes."""


def capitals(text: str, ordered: Sequence[Resolution], gazetteer: Gazetteer
             ) -> list[Resolution]:
    """Resolutions for "the Libyan capital", "the Haitian capital": the capital of the
    country the demonym names (:meth:`Gazetteer.capital`), where no resolved name overlaps
    the phrase or stands right before it ("Ankara, the Turkish capital"). Wire copy names a
    capital so more often than by name after the dateline."""
    out = []
    spans = [(r.mention.start, r.mention.end) for r in ordered]
    for m in _CAPITAL.finditer(text):
        cc = gazetteer.demonym(normalize_name(m.group("people")))
        city = gazetteer.capital(cc) if cc else None
        if city is None or any(a < m.end() and m.start() - 3 <= b and (
                b > m.start() or _APPOSITION.fullmatch(text, b, m.start())) for a, b in spans):
            continue  # overlapping a name, or in apposition after one ("Ankara, the Turkish
            # capital,": the name is there)
        mention = Mention(m.group(), m.start(), m.end(), normalize_name(m.group()))
        out.append(Resolution(mention, city, 0.9, f"{CAPITAL}: {m.group()} = {city.name}"))
    return out
