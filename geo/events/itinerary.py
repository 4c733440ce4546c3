"""Second look at an article's movements: a more precise destination, an implied origin."""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left
from collections.abc import Sequence

from geo.events.assemble import VIOLENT
from geo.events.sentences import split_sentences
from geo.lazy_regex import lazy
from geo.models import Event, Resolution

__all__ = ["link_movements"]

# Words that make a movement continue an earlier one ("The minister later arrived in Ankara").
_CONTINUES = re.compile(
    r"\b(?:later|then|afterwards|subsequently|next|from there|onward|onwards|went on to|"
    r"moved on|travel(?:l)?ed on|continued (?:on )?to)\b",
    re.IGNORECASE,
)
_ANAPHORIC_ACTOR = lazy(r"^(?:the|he|she|they|his|her|their)\b", re.IGNORECASE)
_DIRECTED = ("movement", "displacement")
# A town refines the destination only in the same clause, after a locative preposition.
_CLAUSE_BREAK = lazy(r"\b(?:who|which|that|where|while|whereas|but|including)\b|[;:—–]")
_LOCATIVE_BEFORE = lazy(r"\b(?:near|in|at|outside|into|to|toward|towards)\s+(?:the\s+)?$")


def _refined_destination(
    event: Event, in_quote: Sequence[Resolution], text: str
) -> Resolution | None:
    """A town inside a destination country, named just after it in the same clause."""
    dest = event.destination
    if dest is None or dest.place is None or dest.place.kind != "country":
        return None
    origin_id = event.origin.place.id if event.origin and event.origin.place else None
    for r in in_quote:
        p = r.place
        if (p is not None and p.kind in ("city", "admin2") and p.id != origin_id
                and p.country_code == dest.place.country_code
                and 0 < r.mention.start - dest.mention.end <= 120):
            gap = text[dest.mention.end : r.mention.start]
            if not _CLAUSE_BREAK.search(gap) and _LOCATIVE_BEFORE.search(gap):
                return r
    return None


def link_movements(
    events: list[Event], resolutions: Sequence[Resolution], text: str
) -> list[Event]:
    """Refine the movements of one article, in text order.

    - "crossed into Syria through the Al-Qa'im crossing, near Abu Kamal": a destination
      country gives way to a town of that country named later in the sentence (flag
      "destination_refined"; the country stays in the quote).
    - "The top diplomat later arrived in Ankara" after a meeting in Damascus: a movement with
      a destination but no origin, whose sentence continues an earlier one ("later", "then",
      or an actor such as "the minister"), starts where the previous located event of the last
      three sentences took place (flag "origin_inferred").
    - "Insurgents attacked Palma ... thousands fled to Pemba": a flight with a destination but
      no origin starts at the town attacked in the same sentence or at most two sentences
      before it, in the same paragraph (flag "origin_inferred").
    """
    out: list[Event] = []
    starts = [r.mention.start for r in resolutions]  # resolutions come in text order
    for event in events:
        if event.kind in _DIRECTED:
            lo = bisect_left(starts, event.quote_start)
            in_quote = resolutions[lo : bisect_left(starts, event.quote_end, lo)]
            better = _refined_destination(event, in_quote, text)
            if better is not None:
                event = dataclasses.replace(
                    event, destination=better,
                    location=better if event.location is event.destination else event.location,
                    flags=(*event.flags, "destination_refined"),
                )
            if (event.kind == "movement" and event.origin is None
                    and event.destination is not None and event.destination.place is not None
                    and (_CONTINUES.search(event.quote)
                         or _ANAPHORIC_ACTOR.match(event.actor1 or ""))):
                prev = _previous_place(out, event)
                if prev is not None:
                    event = dataclasses.replace(
                        event, origin=prev, flags=(*event.flags, "origin_inferred")
                    )
            elif (event.kind == "displacement" and event.origin is None
                    and event.destination is not None and event.destination.place is not None):
                prev = _attacked_place(out, event, text)
                if prev is not None:
                    event = dataclasses.replace(
                        event, origin=prev, flags=(*event.flags, "origin_inferred")
                    )
        out.append(event)
    return out




def _attacked_place(earlier: list[Event], event: Event, text: str) -> Resolution | None:
    """Where people fled from when the text does not say: the town attacked in the same
    sentence or at most two sentences before it, in the same paragraph ("insurgents attacked
    Palma ... thousands fled to Pemba")."""
    for prev in reversed(earlier):
        if prev.quote_start > event.quote_start:
            continue
        between = text[prev.quote_end:event.quote_start]
        if prev.quote_start < event.quote_start and (
                "\n" in between or len(split_sentences(between)) > 1):
            return None  # another paragraph, or more than one sentence between
        where = prev.location
        if (prev.kind in VIOLENT and where is not None and where.place is not None
                and not where.place.is_area
                and where.place.id != event.destination.place.id):  # type: ignore[union-attr]
            return where
    return None


# Events whose place a traveller was at: an origin comes only from the same person's trail
# (a meeting, a visit, an earlier leg), or from an earlier event of the same actor; never from
# an unrelated sentence ("Zelensky travelled to Warsaw" after a drone strike on Odesa).
_TRAIL = ("meeting", "movement")


def _same_actor(a: str | None, b: str | None) -> bool:
    return bool(a and b) and a.strip().lower() == b.strip().lower()  # type: ignore[union-attr]


def _previous_place(earlier: list[Event], event: Event) -> Resolution | None:
    """Where the traveller last was before this movement (within ~3 sentences)."""
    for prev in reversed(earlier):
        if prev.quote_end <= event.quote_start - 1200:
            break
        if prev.quote_start >= event.quote_start:
            continue
        if prev.kind not in _TRAIL and not _same_actor(prev.actor1, event.actor1):
            return None  # the story moved on to something else
        where = prev.site
        if (where is not None and where.place is not None and where.place.kind != "country"
                and where.place.id != event.destination.place.id):  # type: ignore[union-attr]
            return where
    return None
