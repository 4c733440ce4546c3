"""Readers for the public geoparsing corpora (LGL, TR-News, GeoWebNews, GeoVirus).

The corpora come from github.com/milangritta/Pragmatic-Guide-to-Geoparsing-Evaluation (GPL-3.0)
and are read in place from ``../shared/geoparsing``; nothing of them is copied into this repo.
Every reader checks each gold span against the name the file gives for it and repairs the
documented offset quirks:

- GeoVirus ``<start>/<end>`` are one too far: the span is ``text[start-1:end-1]``.
- Some TR-News spans are shifted back a few characters from their ``<phrase>``: the phrase is
  looked for within ``window`` characters (nearest shift first); spans not found are dropped
  and counted in ``GoldArticle.dropped``.
- LGL toponyms without a ``<gaztag>`` have no gold point: they stay for detection, with
  ``lon``/``lat``/``geonameid`` set to None, and resolution metrics skip them.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TypeAlias
from urllib.parse import unquote

__all__ = [
    "CORPORA",
    "GWN_GOLD_TYPES",
    "GWN_NEUTRAL_TYPES",
    "GoldArticle",
    "GoldToponym",
    "locate",
    "read_corpus",
    "read_geovirus",
    "read_gwn",
    "read_lgl",
    "read_trnews",
]

Source: TypeAlias = "str | os.PathLike[str] | IO[bytes]"

# GeoWebNews types taken as gold place mentions: the literal group of Gritta et al. (2019)
# (Literal, Literal_Modifier, Mixed, Embedded_Literal) plus Metonymic ("Turkey said ..."),
# which a news geoparser is expected to map. Coercion (mostly shops, schools and street
# addresses), Non_Literal_Modifier ("Syrian"), Embedded_Non_Lit ("University of Washington"),
# Demonym and Language are associative: tagging them is neither rewarded nor penalised.
# Homonym and Non_Toponym are not places (a prediction there is a false positive), and the
# *_Expression labels mark common nouns around toponyms, not toponyms.
GWN_GOLD_TYPES = frozenset(
    {"Literal", "Literal_Modifier", "Metonymic", "Mixed", "Embedded_Literal"}
)
GWN_NEUTRAL_TYPES = frozenset(
    {"Coercion", "Non_Literal_Modifier", "Embedded_Non_Lit", "Demonym", "Language"}
)


@dataclass(frozen=True, slots=True)
class GoldToponym:
    """One gold place mention: character span in the article text and its gold referent."""

    start: int
    end: int
    name: str
    lon: float | None = None
    lat: float | None = None
    geonameid: int | None = None
    type: str = "Literal"
    """GeoWebNews toponym type; 'Literal' for the other corpora."""
    fcode: str = ""
    """GeoNames feature code of the gold referent where the corpus gives it (LGL, TR-News)."""
    country: str = ""
    """Country name of the gold referent where the corpus gives it (LGL, TR-News)."""
    referent: str = ""
    """Name of the gold referent: GeoNames name, GWN normalisedName or GeoVirus page title."""

    @property
    def has_point(self) -> bool:
        """True when the gold referent has coordinates (the span counts for resolution)."""
        return self.lon is not None and self.lat is not None


@dataclass(frozen=True, slots=True)
class GoldArticle:
    """One annotated article."""

    corpus: str
    id: str
    text: str
    toponyms: tuple[GoldToponym, ...]
    neutral: tuple[tuple[int, int], ...] = ()
    """Spans a prediction may hit without counting as right or wrong (GeoWebNews associative)."""
    moved: int = 0
    """Gold spans whose offsets were repaired to match their name."""
    dropped: int = 0
    """Gold spans dropped because their name was not found near their offsets."""


def locate(text: str, start: int, end: int, name: str, *, window: int = 10) -> int | None:
    """Shift (0, -1, +1, -2 ...) that makes ``text[start:end]`` equal ``name``, or None.

    >>> locate("in Aleppo today", 4, 10, "Aleppo")
    -1
    """
    width = end - start
    if width != len(name):
        # The span length disagrees with the name: trust the name and search around start.
        end = start + len(name)
    for shift in sorted(range(-window, window + 1), key=lambda d: (abs(d), d)):
        s = start + shift
        if s >= 0 and text[s:end + shift] == name:
            return shift
    return None


def _child(elem: ET.Element, tag: str) -> str | None:
    node = elem.find(tag)
    if node is None or node.text is None:
        return None
    return node.text.strip() or None


def _float(value: str | None) -> float | None:
    return float(value) if value is not None else None


def _int(value: str | None) -> int | None:
    return int(value) if value is not None else None


class _Spans:
    """Repairs spans against their names and counts what it moved or dropped."""

    def __init__(self, text: str, window: int, offset: int = 0) -> None:
        self.text, self.window, self.offset = text, window, offset
        self.moved = self.dropped = 0

    def fix(self, start: int, end: int, name: str) -> tuple[int, int] | None:
        start, end = start + self.offset, end + self.offset
        shift = locate(self.text, start, end, name, window=self.window)
        if shift is None:
            self.dropped += 1
            return None
        if shift or end - start != len(name):
            self.moved += 1
        return start + shift, start + shift + len(name)


def _page_title(url: str) -> str:
    """'https://en.wikipedia.org/wiki/Pandi,_Bulacan' -> 'Pandi, Bulacan' ('N/A' -> '')."""
    _, sep, title = url.strip().partition("/wiki/")
    return unquote(title).replace("_", " ") if sep else ""


def _read_lgl_schema(source: Source, corpus: str, window: int) -> Iterator[GoldArticle]:
    root = ET.parse(source).getroot()
    for n, art in enumerate(root.iter("article")):
        text = art.findtext("text") or ""
        spans = _Spans(text, window)
        tops = []
        for tp in art.iter("toponym"):
            phrase = tp.findtext("phrase") or ""
            span = spans.fix(int(tp.findtext("start") or -1), int(tp.findtext("end") or -1),
                             phrase)
            if span is None:
                continue
            gaz = tp.find("gaztag")
            if gaz is None:
                tops.append(GoldToponym(span[0], span[1], phrase))
                continue
            tops.append(GoldToponym(
                span[0], span[1], phrase,
                lon=_float(_child(gaz, "lon")), lat=_float(_child(gaz, "lat")),
                geonameid=_int(gaz.get("geonameid") or None),
                fcode=_child(gaz, "fcode") or "", country=_child(gaz, "country") or "",
                referent=_child(gaz, "name") or "",
            ))
        yield GoldArticle(corpus, art.get("docid") or str(n), text, tuple(tops),
                          moved=spans.moved, dropped=spans.dropped)


def read_lgl(source: Source, *, window: int = 10) -> Iterator[GoldArticle]:
    """Articles of the Local-Global Lexicon corpus (``lgl.xml``)."""
    return _read_lgl_schema(source, "LGL", window)


def read_trnews(source: Source, *, window: int = 10) -> Iterator[GoldArticle]:
    """Articles of TR-News (``TR-News.xml``, same schema as LGL)."""
    return _read_lgl_schema(source, "TR-News", window)


def read_gwn(
    source: Source,
    *,
    types: frozenset[str] = GWN_GOLD_TYPES,
    neutral: frozenset[str] = GWN_NEUTRAL_TYPES,
    window: int = 10,
) -> Iterator[GoldArticle]:
    """Articles of GeoWebNews (``GWN.xml``); gold = toponyms whose type is in ``types``."""
    root = ET.parse(source).getroot()
    for n, art in enumerate(root.iter("article")):
        text = art.findtext("text") or ""
        spans = _Spans(text, window)
        tops: dict[tuple[int, int], GoldToponym] = {}
        soft: set[tuple[int, int]] = set()
        for tp in art.iter("toponym"):
            kind = _child(tp, "type") or ""
            if kind not in types and kind not in neutral:
                continue
            name = tp.findtext("extractedName") or ""
            span = spans.fix(int(tp.findtext("start") or -1), int(tp.findtext("end") or -1),
                             name)
            if span is None:
                continue
            if kind in neutral:
                soft.add(span)
                continue
            # A span annotated twice keeps its first gold reading.
            tops.setdefault(span, GoldToponym(
                span[0], span[1], name,
                lon=_float(_child(tp, "longitude")), lat=_float(_child(tp, "latitude")),
                geonameid=_int(_child(tp, "geonamesID")), type=kind,
                referent=_child(tp, "normalisedName") or "",
            ))
        yield GoldArticle(
            "GWN", art.get("file") or str(n), text,
            tuple(sorted(tops.values(), key=lambda t: (t.start, t.end))),
            neutral=tuple(sorted(soft - tops.keys())),
            moved=spans.moved, dropped=spans.dropped,
        )


def read_geovirus(source: Source, *, window: int = 10) -> Iterator[GoldArticle]:
    """Articles of GeoVirus (``GeoVirus.xml``); offsets are shifted back by one on reading."""
    root = ET.parse(source).getroot()
    for n, art in enumerate(root.iter("article")):
        text = art.findtext("text") or ""
        spans = _Spans(text, window, offset=-1)
        tops = []
        for loc in art.iter("location"):
            name = loc.findtext("name") or ""
            span = spans.fix(int(loc.findtext("start") or -1), int(loc.findtext("end") or -1),
                             name)
            if span is None:
                continue
            tops.append(GoldToponym(
                span[0], span[1], name,
                lon=_float(_child(loc, "lon")), lat=_float(_child(loc, "lat")),
                referent=_page_title(loc.findtext("page") or ""),
            ))
        page = (art.findtext("source") or "").rsplit("/", 1)[-1]
        yield GoldArticle("GeoVirus", f"{n}:{page}", text,
                          tuple(sorted(tops, key=lambda t: (t.start, t.end))),
                          moved=spans.moved, dropped=spans.dropped)


# Corpus name -> (file name in the corpora folder, reader).
CORPORA: dict[str, tuple[str, Callable[..., Iterator[GoldArticle]]]] = {
    "LGL": ("lgl.xml", read_lgl),
    "TR-News": ("TR-News.xml", read_trnews),
    "GWN": ("GWN.xml", read_gwn),
    "GeoVirus": ("GeoVirus.xml", read_geovirus),
}


def read_corpus(name: str, folder: str | os.PathLike[str]) -> list[GoldArticle]:
    """All articles of corpus ``name`` (case-insensitive) from the corpora ``folder``."""
    names = {k.casefold(): k for k in CORPORA}
    key = names.get(name.casefold())
    if key is None:
        raise ValueError(f"'name' should be one of {sorted(CORPORA)}, got {name!r} instead")
    filename, reader = CORPORA[key]
    path = Path(folder) / filename
    if not path.is_file():
        raise FileNotFoundError(f"corpus file not found: expected {path}")
    return list(reader(path))
