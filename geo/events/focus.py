"""Where the story is at each point: the place in focus (the last located event or setting
of the paragraph, else the main place) for a sentence that reports an event without naming
where. Antecedents of "the city" are in :mod:`geo.events.anaphora`, places the places stage
did not list in :mod:`geo.events.unlisted`; both are re-exported here."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Sequence

from geo.events.anaphora import CAPITAL, REASON, anaphora, capitals
from geo.events.attributes import dateline
from geo.events.slots import as_actor, backs
from geo.events.unlisted import UNLISTED, unlisted
from geo.models import Event, Resolution

__all__ = [
    "CAPITAL",
    "REASON",
    "UNLISTED",
    "Focus",
    "anaphora",
    "capitals",
    "guess_flags",
    "main_place",
    "setting",
    "unlisted",
]


def main_place(ordered: Sequence[Resolution], text: str) -> Resolution | None:
    """The article's main place: its most often named place below continent level.

    Names used as actors or modifiers ("U.S. forces", "Iranian-backed", "Chad's
    generosity") or backers ("rebels backed by Rwanda") do not count: a press release from
    Washington is not about Washington. Nor does an agency's dateline city when the text's
    other places are all in other countries ("BANGKOK, Dec 21 (Reuters) - The Arakan Army
    ... in Rakhine state": a bureau, not the story).
    """
    line = dateline(text)
    counts = Counter(r.place.id for r in ordered if r.place is not None
                     and r.place.kind != "region" and not r.reason.startswith(REASON)
                     and not as_actor(text, r.mention.end)
                     and not backs(text, r.mention.start))
    bureau = next((r for r in ordered if line and r.place is not None and r.place.id in counts
                   and r.mention.start < line[0][1]), None)
    if bureau is not None and "(" in text[:line[0][1]] and counts[bureau.place.id] == 1 and all(
            r.place.country_code != bureau.place.country_code for r in ordered
            if r is not bureau and r.place is not None and r.place.id in counts):
        del counts[bureau.place.id]
    if not counts:
        return None
    best = max(counts.values())
    return next(r for r in ordered if r.place is not None and counts.get(r.place.id) == best)


# The words that put something in a place: "in", "at", "near", "around", with the area's
# noun between ("in the area of Jabaliya", "on the outskirts of Kherson").
_SETTING = re.compile(
    r"\b(?:in|at|near|around|inside|outside|across|on\s+the\s+outskirts\s+of)\s+(?:the\s+)?"
    r"(?:(?:area|areas|vicinity|outskirts|town|city|village|district|province|region|"
    r"department|prefecture|governorate|state|county|municipality|commune)\s+of\s+"
    r"(?:the\s+)?)?(?:(?:north|south|east|west|central)[\w-]*\s+)?\Z", re.I)
_SPEECH = re.compile(r"\b(?:said|says|say|told|tells|speaking|spoke|statement|briefing|"
                     r"conference|announced|reported|based|born|headquartered)\b", re.I)


# Forces that withdraw leave the story where they were: "Ukrainian troops withdrew from the
# city to Lysychansk. Russian forces captured the chemical plant" is at the city.
WITHDRAWALS = ("withdr", "retreat", "pull")


@dataclasses.dataclass(slots=True)
class Focus:
    """Where the story is: the last located event or setting of the paragraph, else the
    last of an earlier paragraph when it is a town inside the main place, else the main place.

    The main place (:func:`main_place` of ``ordered`` in ``text``) and the settings of the
    sentences seen (:func:`setting`) are worked out on first use: most articles never need
    them (only a sentence that reports an event without naming where does).
    """

    ordered: Sequence[Resolution]
    text: str
    last: Resolution | None = None
    _scenes: list[tuple[str, int, Sequence[Resolution]]] = dataclasses.field(
        default_factory=list)
    """Sentences with no event since ``last`` was set, whose setting may say where."""
    _earlier: list[tuple[Resolution | None, list[tuple[str, int, Sequence[Resolution]]]]] = (
        dataclasses.field(default_factory=list))
    """(last, scenes) of each earlier paragraph, the latest last."""
    _main: list[Resolution | None] = dataclasses.field(default_factory=list)

    def place(self) -> Resolution | None:
        here = _where(self.last, self._scenes)
        if here is not None:
            return here
        if not self._main:
            self._main.append(main_place(self.ordered, self.text))
        main = self._main[0]
        before = None
        for n in range(len(self._earlier) - 1, -1, -1):
            last, scenes = self._earlier[n]
            if scenes:  # read once: a paragraph that is over keeps its place
                last = _where(last, scenes)
                self._earlier[n] = (last, [])
            if last is not None:
                before = last
                break
        if main is not None and before is not None and _finer(before, main):
            # "Gangs attacked Delmas ... \n\n Gunmen opened fire on residents": a paragraph
            # that names no place goes on where the one before left off, when that is a town
            # inside the story's country or province
            return before
        return main

    def new_paragraph(self) -> None:
        if self.last is not None or self._scenes:
            self._earlier.append((self.last, self._scenes))
            del self._earlier[:-_KEPT_PARAGRAPHS]
        self.last, self._scenes = None, []

    def scene(self, sentence: str, offset: int, named: Sequence[Resolution]) -> None:
        """Keep a sentence that reports no event: its setting, the last place it puts
        something in, at or near ("In northern Gaza, troops continue to operate in the area
        of Jabaliya."), is where the story goes on, unless the sentence is someone speaking
        ("Speaking in Geneva, the envoy said ...") or names a base ("forces based in
        Benghazi")."""
        self._scenes.append((sentence, offset, named))

    def saw(self, events: Sequence[Event]) -> None:
        for e in events:
            where = e.site
            if e.kind == "movement" and e.origin is not None and e.trigger.lower().startswith(
                    WITHDRAWALS):
                where = e.origin  # "troops withdrew from X to Y": the story stays at X
            # a named place the gazetteer lacks ("the town of Kuriga") is still where the
            # story is: what follows stays there, unresolved, not at the dateline's city
            if where is not None and "place_inferred" not in e.flags and (
                    where.place is not None or where.reason == UNLISTED
                    or "unresolved" in e.flags):
                self.last, self._scenes = where, []


# How many earlier paragraphs a paragraph that names no place looks back over.
_KEPT_PARAGRAPHS = 8


def _where(last: Resolution | None, scenes: list[tuple[str, int, Sequence[Resolution]]]
           ) -> Resolution | None:
    """The setting of the latest scene that has one, else ``last`` (told before them)."""
    for sentence, offset, named in reversed(scenes):
        where = setting(sentence, offset, named)
        if where is not None:
            return where
    return last


def setting(sentence: str, offset: int, named: Sequence[Resolution]) -> Resolution | None:
    """The last of ``named`` (resolutions inside ``sentence``, which starts at ``offset``)
    that the sentence puts something in, at or near ("troops operating in the Jenin area"),
    or None; None for a sentence of someone speaking ("Speaking in Geneva, the envoy said")
    or naming a base ("forces based in Benghazi")."""
    if _SPEECH.search(sentence):
        return None
    for r in reversed(named):
        start = r.mention.start - offset
        if r.place is not None and r.place.kind not in ("region", "continent") and (
                _SETTING.search(sentence, max(0, start - 48), start)
                and not as_actor(sentence, r.mention.end - offset)):
            return r
    return None


def _finer(town: Resolution, area: Resolution) -> bool:
    """A town or district inside the country or province of ``area``."""
    a, b = town.place, area.place
    return (a is not None and b is not None and a.kind in ("city", "admin2")
            and b.kind in ("country", "admin1") and a.country_code == b.country_code
            and (b.kind == "country" or a.admin1_code == b.admin1_code))


def guess_flags(event: Event) -> tuple[str, ...]:
    """Add "place_inferred" when a place of the event is an anaphor ("the city"), and
    "low_confidence" when the resolver chose one of its places with little confidence."""
    roles = [r for r in (event.location, event.origin, event.destination) if r is not None]
    flags = event.flags
    if any(r.reason.startswith(REASON) for r in roles):
        flags = (*flags, "place_inferred")
    if any(r.low_confidence for r in roles):
        flags = (*flags, "low_confidence")
    return tuple(dict.fromkeys(flags)) if flags is not event.flags else flags
