"""Composition of the stages: text -> places -> events -> frames."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from geo.errors import InputError
from geo.models import Article, Event, Resolution
from geo.places import Gazetteer, OnUnresolved, extract_mentions, load, resolve
from geo.published import parse_published

if TYPE_CHECKING:
    import geopandas

__all__ = ["analyse", "events_frame", "find_places"]


def find_places(
    text: str,
    *,
    gazetteer: Gazetteer | None = None,
    on_unresolved: OnUnresolved = "ignore",
    include_unresolved: bool = False,
) -> list[Resolution]:
    """Every place named in ``text``, resolved (abstentions left out unless asked for)."""
    gaz = gazetteer or load()
    out: list[Resolution] = []
    for start, part in _pieces(text):
        found = resolve(extract_mentions(part, gaz), gaz, text=part, on_unresolved=on_unresolved)
        out.extend(found if not start else (_shifted(r, start) for r in found))
    return out if include_unresolved else [r for r in out if r.place is not None]


# Document context is local: a long text (a book, a 10 MB dump) is resolved in pieces of about
# this many characters, cut at line or sentence ends, so time and memory stay linear.
CHUNK_CHARS = 60_000


def _pieces(text: str) -> list[tuple[int, str]]:
    if len(text) <= CHUNK_CHARS:
        return [(0, text)]
    out, start = [], 0
    while start < len(text):
        end = min(len(text), start + CHUNK_CHARS)
        if end < len(text):
            cut = max(text.rfind("\n", start, end), text.rfind(". ", start, end))
            end = cut + 1 if cut > start + CHUNK_CHARS // 2 else _word_end(text, end)
        out.append((start, text[start:end]))
        start = end
    return out


def _word_end(text: str, at: int) -> int:
    """First offset at or after ``at`` that is not inside a word (never splits a name)."""
    while at < len(text) and not text[at].isspace():
        at += 1
    return at


def _shifted(r: Resolution, by: int) -> Resolution:
    m = r.mention
    ext = (m.extends[0] + by, m.extends[1] + by) if m.extends else None
    mention = dataclasses.replace(m, start=m.start + by, end=m.end + by, extends=ext)
    return dataclasses.replace(r, mention=mention)


def analyse(
    article: Article | str,
    *,
    published: dt.date | str | None = None,
    gazetteer: Gazetteer | None = None,
) -> tuple[list[Resolution], list[Event]]:
    """Places and events of one article.

    ``published`` overrides the article's own date: a date, or a string as
    :func:`geo.published.parse_published` reads it ("2024-12-02", "2024-12-02T10:00:00Z",
    "Mon, 02 Dec 2024 10:00:00 GMT"); anything else raises :class:`~geo.errors.InputError`.
    """
    from geo.events import extract_events

    if isinstance(article, str):
        article = Article(text=article)
    elif not isinstance(article, Article):
        raise InputError(f"expected an Article or a str, instead got {type(article).__name__}")
    published = parse_published(published) or parse_published(article.published)
    gaz = gazetteer or load()
    resolutions = find_places(article.text, gazetteer=gaz, include_unresolved=True)
    events = extract_events(
        article.text, resolutions, published=published,
        article_id=article.id, url=article.url, title=article.title, gazetteer=gaz,
    )
    return [r for r in resolutions if r.place is not None], events


def events_frame(
    text: str, *, published: dt.date | str | None = None, gazetteer: Gazetteer | None = None
) -> geopandas.GeoDataFrame:
    """One call from text (and its publication date) to a GeoDataFrame of events.

    ``published`` is a date or an ISO / RFC 2822 string (see :func:`analyse`); a value that
    is neither raises :class:`~geo.errors.InputError`.
    """
    from geo.frame import to_geodataframe

    return to_geodataframe(analyse(text, published=published, gazetteer=gazetteer)[1])
