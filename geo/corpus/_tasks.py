"""The task of a corpus run: read and analyse one unit, on a worker or in this process."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import NamedTuple

from geo.corpus.chunks import Unit, unit_articles
from geo.io.read import ReadError
from geo.models import Event

# One finished article: (article id, unit seq, position in unit, publisher, events).
_Done = tuple[str, int, int, str, list[Event]]


class _Files(NamedTuple):
    """The gazetteer (None: the worker's bundled one) and user layer file every task uses."""

    gazetteer: str | None
    user: str


def _run_unit(
    unit: Unit,
    published: dt.date | None = None,
    encoding: str | None = None,
    files: _Files | None = None,
    on_article: Callable[[int], None] | None = None,
) -> tuple[list[_Done], list[ReadError]]:
    """Read and analyse one unit; returns plain records (events per article) and errors."""
    from geo.pipeline import analyse
    from geo.places.gazetteer import load

    gaz = load(files.gazetteer, user=files.user) if files is not None else load()
    errors: list[ReadError] = []
    out: list[_Done] = []
    for pos, article in enumerate(unit_articles(unit, encoding, errors)):
        if not article.text.strip():
            continue  # no text, no article (as a blank JSON Lines line)
        try:
            _, events = analyse(article, published=article.published or published,
                                gazetteer=gaz)
        except Exception as exc:  # one bad article must not stop a corpus run: record it
            where = article.path or unit.path
            errors.append(ReadError(where, 0, f"analysis of article {article.id!r} failed: "
                                              f"{type(exc).__name__}: {exc}"))
            events = []
        out.append((article.id, unit.seq, pos, article.source, events))
        if on_article is not None:
            on_article(1)
    return out, errors
