"""Composition of the stages: text -> places -> events -> frames."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from geo.gazetteer import Gazetteer, load
from geo.mentions import extract_mentions
from geo.models import Article, Event, Resolution
from geo.resolve import OnUnresolved, resolve

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
    out = resolve(extract_mentions(text, gaz), gaz, text=text, on_unresolved=on_unresolved)
    return out if include_unresolved else [r for r in out if r.place is not None]


def analyse(
    article: Article | str,
    *,
    published: dt.date | None = None,
    gazetteer: Gazetteer | None = None,
) -> tuple[list[Resolution], list[Event]]:
    """Places and events of one article (``published`` overrides the article's own date)."""
    from geo.events import extract_events

    if isinstance(article, str):
        article = Article(text=article)
    gaz = gazetteer or load()
    resolutions = find_places(article.text, gazetteer=gaz, include_unresolved=True)
    events = extract_events(
        article.text, resolutions, published=published or article.published,
        article_id=article.id, url=article.url, title=article.title,
    )
    return [r for r in resolutions if r.place is not None], events


def events_frame(
    text: str, *, published: dt.date | None = None, gazetteer: Gazetteer | None = None
) -> geopandas.GeoDataFrame:
    """One call from text (and its publication date) to a GeoDataFrame of events."""
    from geo.frame import to_geodataframe

    return to_geodataframe(analyse(text, published=published, gazetteer=gazetteer)[1])
