"""geo.io: decoding, formats, folders, stdin, bounded reads."""

from __future__ import annotations

import codecs
import datetime as dt
import io
import json
import sys

import pytest

from geo.errors import InputError
from geo.io import ReadError, decode_text, html_to_text, read_articles

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"

DECODE_CASES = [
    (b"", ""),
    (b"  \n\t \r\n", "  \n\t \r\n"),
    (b"Kyiv\r\nKharkiv\n", "Kyiv\r\nKharkiv\n"),  # newlines kept as read
    (codecs.BOM_UTF8 + "Halab حلب".encode(), "Halab حلب"),
    (codecs.BOM_UTF16_LE + "Kyiv 💥".encode("utf-16-le"), "Kyiv 💥"),
    (codecs.BOM_UTF16_BE + "Kyiv 💥".encode("utf-16-be"), "Kyiv 💥"),
    (codecs.BOM_UTF32_LE + "Idlib".encode("utf-32-le"), "Idlib"),
    ("Zaporizhzhia — “quoted” 🇺🇦".encode(), "Zaporizhzhia — “quoted” 🇺🇦"),
    (b"caf\xc3\xa9 ok then caf\xe9", InputError(
        r"is not valid UTF-8: byte 0xe9 at offset 17; pass --encoding latin-1 .* "
        r"--encoding utf-8:replace")),
    (b"\xffabc", InputError("byte 0xff at offset 0")),
    (b"text\x00more", InputError(r"looks like binary data \(NUL byte at offset 4\); "
                                 r"expected UTF-8 text")),
    (PNG, InputError(r"binary data \(NUL byte at offset 8\)")),
    (bytes(range(1, 32)) * 4, InputError(r"binary data \(\d+ control bytes")),
]


@pytest.mark.parametrize(("data", "expected"), DECODE_CASES)
def test_decode_text(data, expected):
    if isinstance(expected, Exception):
        with pytest.raises(InputError, match=str(expected)):
            decode_text(data, source="in.txt")
    else:
        assert decode_text(data) == expected


@pytest.mark.parametrize(
    ("data", "encoding", "expected"),
    [
        (b"caf\xe9", "latin-1", "café"),
        (b"caf\xe9 ok", "utf-8:replace", "caf\ufffd ok"),
        ("Kyiv".encode("utf-16-le"), "utf-16-le", "Kyiv"),
        (codecs.BOM_UTF8 + b"x", "utf-8", "x"),
    ],
)
def test_decode_with_encoding(data, encoding, expected):
    assert decode_text(data, encoding=encoding) == expected


@pytest.mark.parametrize(
    ("encoding", "match"),
    [("klingon", "unknown encoding 'klingon'; expected a Python codec name"),
     ("utf-8:ignore", "unknown error policy 'ignore' .* expected one of strict, replace")],
)
def test_bad_encoding_option(encoding, match):
    with pytest.raises(InputError, match=match):
        decode_text(b"x", encoding=encoding)


def test_invalid_utf8_message_names_the_file(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(b"abc\xff")
    with pytest.raises(InputError, match=r"bad\.txt is not valid UTF-8: byte 0xff at offset 3"):
        list(read_articles(path))


HTML = """<!DOCTYPE html><html><head><title>Strikes &amp; shelling</title>
<style>p { color: red }</style><script>var s = "</p>Kyiv";</script></head>
<body><noscript>Enable JS in Lviv</noscript><template><p>Odesa</p></template>
<h1>Kharkiv   hit</h1><p>Missiles struck<br>Kharkiv on Monday.</p>
<p>Residents fled to Poltava &lt;again&gt;.</p><svg><title>icon</title></svg></body></html>"""


def test_html_to_text_keeps_visible_text_only():
    text, title = html_to_text(HTML)
    assert title == "Strikes & shelling"
    assert text == ("Kharkiv hit\n\nMissiles struck\nKharkiv on Monday.\n\n"
                    "Residents fled to Poltava <again>.")
    for hidden in ("Kyiv", "Lviv", "Odesa", "color", "icon"):
        assert hidden not in text


@pytest.mark.parametrize("name", ["page.html", "page.htm", "page.txt"])
def test_html_files_by_suffix_or_sniffing(tmp_path, name):
    path = tmp_path / name
    path.write_text("\n  " + HTML, encoding="utf-8")
    (article,) = read_articles(path)
    assert article.title == "Strikes & shelling"
    assert article.text.startswith("Kharkiv hit")
    assert article.id == "page"


def test_plain_text_file(tmp_path):
    path = tmp_path / "story.txt"
    path.write_bytes(b"<b>not html</b> Kyiv\r\n")
    (article,) = read_articles(str(path))
    assert article.text == "<b>not html</b> Kyiv\r\n"
    assert (article.id, article.path) == ("story", str(path))


def test_json_object_and_list(tmp_path):
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"text": "Kyiv", "published": "2024-12-02T08:30:00Z",
                               "url": "u", "title": "t", "id": 42, "source": "AP"}))
    (article,) = read_articles(one)
    assert article.id == "42" and article.published == dt.date(2024, 12, 2)
    assert (article.url, article.title, article.source) == ("u", "t", "AP")
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"text": "a", "published": "2024-01-05"}, {"text": "b"},
                                {"txt": "oops"}, {"text": "c", "published": "soon"}]))
    errors: list[ReadError] = []
    got = list(read_articles(many, errors_out=errors))
    assert [(a.id, a.text) for a in got] == [("many:1", "a"), ("many:2", "b")]
    assert got[0].published == dt.date(2024, 1, 5)
    assert [(e.line, e.file) for e in errors] == [(3, str(many)), (4, str(many))]
    assert "expected an object with a string 'text' field" in errors[0].reason
    assert "expected 'published' as YYYY-MM-DD, an ISO datetime" in str(errors[1])
    assert "instead got 'soon'" in str(errors[1])


@pytest.mark.parametrize(
    ("content", "match"),
    [("{not json", r"bad\.json is not valid JSON: .* line 1 column 2"),
     ('"just a string"', r"bad\.json: expected an object with a string 'text' field, "
                         "instead got str")],
)
def test_bad_json_file(tmp_path, content, match):
    path = tmp_path / "bad.json"
    path.write_text(content)
    with pytest.raises(InputError, match=match):
        list(read_articles(path))


def test_jsonl_skips_malformed_lines(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_bytes(
        codecs.BOM_UTF8 + b'{"text": "one"}\n'
        b'{"text": "two", "id": "x2"}\n'
        b"{broken\n"
        b"\n"
        b'{"text": "caf\xe9"}\n'
        b'{"text": "four"}'
    )
    errors: list[ReadError] = []
    got = list(read_articles(path, errors_out=errors))
    assert [(a.id, a.text) for a in got] == [("feed:1", "one"), ("x2", "two"),
                                             ("feed:6", "four")]
    assert [e.line for e in errors] == [3, 5]
    assert "not valid JSON" in errors[0].reason and "offset" in errors[1].reason
    assert str(errors[0]).startswith(f"{path}:3: ")
    with pytest.raises(InputError, match=r"feed\.jsonl:3: not valid JSON"):
        list(read_articles(path))


def test_jsonl_utf16(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_bytes(('{"text": "Kyiv"}\r\n{"text": "حلب"}\n').encode("utf-16"))
    assert [a.text for a in read_articles(path)] == ["Kyiv", "حلب"]


def test_folder_reads_known_suffixes_sorted(tmp_path):
    (tmp_path / "b.txt").write_text("bee")
    (tmp_path / "a.json").write_text('{"text": "ay"}')
    (tmp_path / "c.jsonl").write_text('{"text": "see"}\n')
    (tmp_path / "d.html").write_text("<p>dee</p>")
    (tmp_path / "e.png").write_bytes(PNG)
    (tmp_path / "f.txt").write_bytes(PNG)
    with pytest.raises(InputError, match="binary"):
        list(read_articles(tmp_path))
    errors: list[ReadError] = []
    got = list(read_articles(tmp_path, errors_out=errors))
    assert [a.text for a in got] == ["ay", "bee", "see", "dee"]
    assert [(e.file, e.line) for e in errors] == [(str(tmp_path / "f.txt"), 0)]


def test_stdin(monkeypatch):
    fake = io.TextIOWrapper(io.BytesIO(b"<html><title>T</title><p>Kyiv</p>"))
    monkeypatch.setattr(sys, "stdin", fake)
    (article,) = read_articles("-")
    assert (article.id, article.text, article.title) == ("stdin", "Kyiv", "T")


def test_missing_path():
    with pytest.raises(InputError, match="no such file or folder: 'nope/none.txt'"):
        list(read_articles("nope/none.txt"))


def test_size_limit(tmp_path, monkeypatch):
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 2000)
    with pytest.raises(InputError, match=r"big\.txt is 2,000 bytes, above the limit of "
                                         r"1,000 bytes per article"):
        list(read_articles(path, max_bytes=1000))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"y" * 2000)))
    with pytest.raises(InputError, match="<stdin> is more than 1,000 bytes"):
        list(read_articles("-", max_bytes=1000))
    lines = tmp_path / "big.jsonl"
    lines.write_text('{"text": "%s"}\n{"text": "ok"}\n' % ("z" * 2000))
    errors: list[ReadError] = []
    assert [a.text for a in read_articles(lines, errors_out=errors, max_bytes=1000)] == ["ok"]
    assert errors[0].line == 1 and "longer than the limit of 1000 bytes" in errors[0].reason


def test_huge_single_line_reads_fine(tmp_path):
    path = tmp_path / "huge.txt"
    line = "Kyiv was shelled. " * (10 * 1024 * 1024 // 18)
    path.write_text(line, encoding="utf-8")
    (article,) = read_articles(path)
    assert len(article.text) == len(line) and "\n" not in article.text


def test_empty_and_whitespace_files_are_articles(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b" \n ")
    got = list(read_articles([tmp_path / "empty.txt", tmp_path / "blank.txt"]))
    assert [a.text for a in got] == ["", " \n "]
