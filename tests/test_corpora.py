"""Offset handling of the benchmark corpus readers, on tiny corpora written in code."""

from __future__ import annotations

import io

import pytest

from bench.corpora import (
    locate,
    read_corpus,
    read_geovirus,
    read_gwn,
    read_lgl,
    read_trnews,
)

TEXT = "Flooding hit Springfield and Shelbyville, Illinois on Monday."
#        0         1         2         3         4         5
#        0123456789012345678901234567890123456789012345678901234567890


def _xml(s: str) -> io.BytesIO:
    return io.BytesIO(s.encode("utf-8"))


def _lgl_toponym(start: int, end: int, phrase: str, gaztag: bool = True) -> str:
    tag = (
        '<gaztag geonameid="4250542"><name>Springfield</name><fclass>P</fclass>'
        "<fcode>PPLA</fcode><lat>39.80</lat><lon>-89.64</lon>"
        '<country geonameid="6252001">United States</country></gaztag>'
    ) if gaztag else ""
    return (f"<toponym><start>{start}</start><end>{end}</end><phrase>{phrase}</phrase>"
            f"{tag}</toponym>")


def _lgl(*toponyms: str) -> io.BytesIO:
    return _xml(f'<articles><article docid="7"><text><![CDATA[{TEXT}]]></text>'
                f"<toponyms>{''.join(toponyms)}</toponyms></article></articles>")


@pytest.mark.parametrize(
    ("start", "end", "name", "expected"),
    [
        (13, 24, "Springfield", 0),
        (11, 22, "Springfield", 2),      # span shifted back, as in TR-News
        (14, 25, "Springfield", -1),
        (13, 20, "Springfield", 0),      # wrong end: the name's length wins
        (3, 14, "Springfield", 10),
        (2, 13, "Springfield", None),    # 11 characters away
        (13, 24, "Springfeld", None),
        (0, 8, "Flooding", 0),
        (-5, 3, "Flooding", 5),          # negative offsets are searched from zero up
    ],
)
def test_locate(start: int, end: int, name: str, expected: int | None) -> None:
    assert locate(TEXT, start, end, name) == expected


def test_lgl_spans_and_points() -> None:
    (art,) = read_lgl(_lgl(_lgl_toponym(13, 24, "Springfield"),
                           _lgl_toponym(42, 50, "Illinois", gaztag=False)))
    assert (art.corpus, art.id, art.moved, art.dropped) == ("LGL", "7", 0, 0)
    spring, illinois = art.toponyms
    assert TEXT[spring.start:spring.end] == "Springfield"
    assert (spring.lon, spring.lat, spring.geonameid) == (-89.64, 39.80, 4250542)
    assert (spring.fcode, spring.country, spring.referent) == ("PPLA", "United States",
                                                                "Springfield")
    # No gold point: kept for detection, skipped by resolution metrics.
    assert TEXT[illinois.start:illinois.end] == "Illinois"
    assert not illinois.has_point and illinois.geonameid is None


def test_trnews_repairs_shifted_spans_and_drops_lost_ones() -> None:
    (art,) = read_trnews(_lgl(
        _lgl_toponym(11, 22, "Springfield"),   # shifted back by 2
        _lgl_toponym(29, 36, "Shelbyville"),   # right start, wrong end
        _lgl_toponym(0, 6, "Decatur"),         # not in the text
    ))
    assert (art.corpus, art.moved, art.dropped) == ("TR-News", 2, 1)
    assert [TEXT[t.start:t.end] for t in art.toponyms] == ["Springfield", "Shelbyville"]


def test_trnews_window_is_configurable() -> None:
    (art,) = read_trnews(_lgl(_lgl_toponym(9, 20, "Springfield")), window=2)
    assert (art.toponyms, art.dropped) == ((), 1)


def test_geovirus_offsets_are_shifted_by_one() -> None:
    loc = ("<location><name>{}</name><start>{}</start><end>{}</end><lat>1.5</lat>"
           "<lon>2.5</lon><page>{}</page></location>")
    xml = _xml(
        f"<articles><article><source>https://en.wikinews.org/wiki/Floods</source>"
        f"<text>{TEXT}</text><locations>"
        + loc.format("Shelbyville", 30, 41, "https://en.wikipedia.org/wiki/Shelbyville,_Illinois")
        + loc.format("Springfield", 14, 25, "N/A")
        + "</locations></article></articles>"
    )
    (art,) = read_geovirus(xml)
    assert (art.corpus, art.id, art.moved, art.dropped) == ("GeoVirus", "0:Floods", 0, 0)
    first, second = art.toponyms  # sorted by offset
    assert TEXT[first.start:first.end] == "Springfield" and first.referent == ""
    assert TEXT[second.start:second.end] == "Shelbyville"
    assert second.referent == "Shelbyville, Illinois"
    assert (second.lon, second.lat, second.geonameid) == (2.5, 1.5, None)


def _gwn_toponym(kind: str, start: int, end: int, name: str, gid: str = "") -> str:
    point = "<latitude>39.8</latitude><longitude>-89.6</longitude>" if gid else ""
    return (f"<toponym><extractedName>{name}</extractedName><type>{kind}</type>"
            f"<start>{start}</start><end>{end}</end><geonamesID>{gid}</geonamesID>{point}"
            "</toponym>")


def test_gwn_types_gold_neutral_and_ignored() -> None:
    xml = _xml(
        f'<articles><article file="3"><text>{TEXT}</text><toponyms>'
        + _gwn_toponym("Literal", 13, 24, "Springfield", "4250542")
        + _gwn_toponym("Coercion", 13, 24, "Springfield")        # same span: gold wins
        + _gwn_toponym("Metonymic", 29, 40, "Shelbyville", "4250001")
        + _gwn_toponym("Non_Literal_Modifier", 42, 50, "Illinois")
        + _gwn_toponym("Homonym", 54, 60, "Monday")
        + _gwn_toponym("Literal_Expression", 0, 8, "Flooding")
        + _gwn_toponym("Embedded_Non_Lit", -40, -32, "Illinois")  # bad offsets: dropped
        + "</toponyms></article></articles>"
    )
    (art,) = read_gwn(xml)
    assert (art.corpus, art.id, art.dropped) == ("GWN", "3", 1)
    assert [(t.name, t.type, t.geonameid) for t in art.toponyms] == [
        ("Springfield", "Literal", 4250542), ("Shelbyville", "Metonymic", 4250001)]
    assert art.neutral == ((42, 50),)


def test_gwn_types_are_configurable() -> None:
    xml = _xml(f"<articles><article><text>{TEXT}</text><toponyms>"
               + _gwn_toponym("Homonym", 54, 60, "Monday")
               + "</toponyms></article></articles>")
    (art,) = read_gwn(xml, types=frozenset({"Homonym"}))
    assert [(t.start, t.end, t.has_point) for t in art.toponyms] == [(54, 60, False)]


def test_read_corpus_errors(tmp_path) -> None:
    with pytest.raises(ValueError, match=r"'name' should be one of .*, got 'WikToR' instead"):
        read_corpus("WikToR", tmp_path)
    with pytest.raises(FileNotFoundError, match="corpus file not found: expected .*lgl.xml"):
        read_corpus("lgl", tmp_path)


# --- the news stream of bench/news_stream.py -------------------------------------------------

_STORIES = [
    ("a:1", "Floods hit Dhaka. Rescuers reached Sylhet on Monday. Aid arrived from Chittagong."),
    ("a:2", "Fighting in Aleppo. Shelling near Idlib!\nTroops moved to Homs."),
    ("b:7", "Protests in Lima. Police met marchers in Cusco. Talks resume in Arequipa."),
]


def test_sentences_split_on_stops_and_lines() -> None:
    from bench.news_stream import sentences

    assert sentences("Rain in Oslo. Sun in Rome!\nHeadline") == [
        "Rain in Oslo.", "Sun in Rome!", "Headline"]
    assert sentences('He said "go." Then left') == ['He said "go."', "Then left"]
    assert sentences("  \n ") == []


def test_news_stream_is_distinct_deterministic_and_recombined() -> None:
    from bench.news_stream import news_stream, sentences

    first = list(news_stream(_STORIES, 40, seed=3))
    assert first == list(news_stream(_STORIES, 40, seed=3))
    assert first != list(news_stream(_STORIES, 40, seed=4))
    assert len({r["text"] for r in first}) == len(first) == 40
    assert len({r["id"] for r in first}) == 40
    pool = {s for _, t in _STORIES for s in sentences(t)}
    sources = {src: set(sentences(t)) for src, t in _STORIES}
    for r in first:
        assert set(r) == {"id", "text", "source", "published"}
        assert r["source"] in sources
        parts = sentences(r["text"])
        assert set(parts) <= pool
        assert parts[0] in sources[r["source"]]  # the story leads its article
    mixed = [r for r in first if not set(sentences(r["text"])) <= sources[r["source"]]]
    assert mixed  # sentences of other articles are mixed in
    dates = [r["published"] for r in first]
    assert dates == sorted(dates) and dates[0] == "2024-01-01"


def test_news_stream_refuses_what_it_cannot_make() -> None:
    from bench.news_stream import news_stream

    with pytest.raises(ValueError, match="distinct"):
        list(news_stream([("x", "One. Two.")], 500, seed=1))
    with pytest.raises(ValueError, match="two sentences"):
        list(news_stream([("x", "One")], 1))
