"""Read input documents (text, HTML, JSON, JSON Lines, folders, stdin) as Articles."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any, NamedTuple

from geo.errors import InputError
from geo.io.decode import UNICODE_BOMS, decode_text, is_wide_encoding, parse_encoding
from geo.io.html import html_to_text
from geo.models import Article
from geo.published import parse_published

__all__ = [
    "MAX_BYTES",
    "READ_SUFFIXES",
    "ReadError",
    "decode_text",
    "html_to_text",
    "parse_jsonl_line",
    "read_articles",
]

MAX_BYTES = 50 * 1024 * 1024
"""Default bound on one article: a text/HTML/JSON file, or one JSON Lines line (50 MiB)."""

READ_SUFFIXES = (".htm", ".html", ".json", ".jsonl", ".txt")
"""Suffixes read from a folder (other files in it are ignored)."""

_HTML_START = re.compile(r"\s*(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>])", re.I | re.S)


class ReadError(NamedTuple):
    """A record that was skipped: ``file``, 1-based ``line`` (item number for JSON lists,
    0 for a whole file in a folder) and the ``reason``."""

    file: str
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.reason}"


def read_articles(
    path_or_dash: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    encoding: str | None = None,
    errors_out: list[ReadError] | None = None,
    max_bytes: int = MAX_BYTES,
) -> Iterator[Article]:
    """Yield the articles in a file, a folder, several paths, or standard input (``"-"``).

    By suffix: ``.json`` holds an object with ``text`` and optional ``published``
    (YYYY-MM-DD, an ISO datetime or RFC 2822), ``url``, ``title``, ``id`` and ``source``, or a
    list of them; ``.jsonl`` holds one such object per line; ``.html``/``.htm``, and any other file
    whose text starts like HTML, gives its visible text; anything else is one plain-text
    article. A folder gives its ``READ_SUFFIXES`` files in sorted name order (not recursive).
    Article ids are the record's ``id``, else the file stem (``stem:<line>`` for JSON Lines,
    ``stem:<n>`` for items of a JSON list); standard input is ``stdin``.

    Memory is bounded by ``max_bytes``: a larger file (or JSON Lines line) is refused with
    :class:`InputError` before it is read; JSON Lines files of any size stream line by line.

    Parameters
    ----------
    path_or_dash : str, path or iterable of them
        ``"-"`` reads the bytes of standard input.
    encoding : str, optional
        See :func:`decode_text`.
    errors_out : list, optional
        Collects a :class:`ReadError` for each skipped record (malformed JSON Lines line,
        bad JSON list item, unreadable file inside a folder) and reading goes on. When None
        the first such record raises :class:`InputError`.
    max_bytes : int, optional
        Size bound per article, 50 MiB by default.

    Raises
    ------
    InputError
        Missing path, binary data, undecodable text, malformed JSON, or too large.
    """
    if isinstance(path_or_dash, (str, os.PathLike)):
        sources: list[str | os.PathLike[str]] = [path_or_dash]
    else:
        sources = list(path_or_dash)
    for source in sources:
        if str(source) == "-":
            data = _read_limited(sys.stdin.buffer, "<stdin>", max_bytes)
            yield _text_article(data, "<stdin>", "stdin", "", encoding)
            continue
        path = Path(source)
        if path.is_dir():
            yield from _read_folder(path, encoding, errors_out, max_bytes)
        else:
            yield from _read_file(path, encoding, errors_out, max_bytes)


def _read_folder(
    folder: Path, encoding: str | None, errors_out: list[ReadError] | None, max_bytes: int
) -> Iterator[Article]:
    try:
        paths = sorted(p for p in folder.iterdir() if p.suffix.lower() in READ_SUFFIXES)
    except OSError as exc:
        raise InputError(f"cannot list folder {folder}: {exc.strerror}") from None
    for path in paths:
        if not path.is_file():
            continue
        try:
            # A whole file at a time so that a bad file yields nothing rather than half.
            articles = list(_read_file(path, encoding, errors_out, max_bytes))
        except InputError as exc:
            if errors_out is None:
                raise
            errors_out.append(ReadError(str(path), 0, str(exc)))
            continue
        yield from articles


def _read_file(
    path: Path, encoding: str | None, errors_out: list[ReadError] | None, max_bytes: int
) -> Iterator[Article]:
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
        if suffix == ".jsonl":
            with open(path, "rb") as f:
                yield from _read_jsonl(f, path, encoding, errors_out, max_bytes)
            return
        if size > max_bytes:
            raise InputError(_too_big(str(path), size, max_bytes))
        with open(path, "rb") as f:
            data = _read_limited(f, str(path), max_bytes)
    except FileNotFoundError:
        raise InputError(f"no such file or folder: {str(path)!r}") from None
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
    if suffix == ".json":
        yield from _read_json(data, path, encoding, errors_out)
    else:
        yield _text_article(data, str(path), path.stem, str(path), encoding, suffix)


def _text_article(
    data: bytes, source: str, stem: str, path: str, encoding: str | None, suffix: str = ""
) -> Article:
    text = decode_text(data, encoding=encoding, source=source)
    if suffix in (".html", ".htm") or _HTML_START.match(text[:4096]):
        body, title = html_to_text(text)
        return Article(text=body, id=stem, title=title, path=path)
    return Article(text=text, id=stem, path=path)


def _read_json(
    data: bytes, path: Path, encoding: str | None, errors_out: list[ReadError] | None
) -> Iterator[Article]:
    text = decode_text(data, encoding=encoding, source=str(path))
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"{path} is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}; "
            "expected an object with a 'text' field or a list of them"
        ) from None
    if not isinstance(doc, list):
        try:
            yield _record(doc, path, path.stem)
        except InputError as exc:
            raise InputError(f"{path}: {exc}") from None
        return
    for n, item in enumerate(doc, 1):
        try:
            yield _record(item, path, f"{path.stem}:{n}")
        except InputError as exc:
            _skip(errors_out, ReadError(str(path), n, f"item {n}: {exc}"))


def _read_jsonl(
    f: IO[bytes],
    path: Path,
    encoding: str | None,
    errors_out: list[ReadError] | None,
    max_bytes: int,
) -> Iterator[Article]:
    head = f.read(4)
    f.seek(0)
    codec, _ = parse_encoding(encoding)
    wide = [bom for bom, name in UNICODE_BOMS if is_wide_encoding(name)]
    if any(head.startswith(bom) for bom in wide) or (codec and is_wide_encoding(codec)):
        # Line splitting on b"\n" is wrong for UTF-16/32: decode the file whole, bounded.
        data = _read_limited(f, str(path), max_bytes)
        lines: Iterable[tuple[int, bytes | str | None]] = enumerate(
            decode_text(data, encoding=encoding, source=str(path)).split("\n"), 1
        )
    else:
        lines = enumerate(_bounded_lines(f, max_bytes), 1)
    for line_no, raw in lines:
        try:
            if raw is None:
                raise InputError(f"line is longer than the limit of {max_bytes} bytes")
            article = parse_jsonl_line(raw, path, line_no, encoding=encoding)
        except InputError as exc:
            _skip(errors_out, ReadError(str(path), line_no, str(exc)))
            continue
        if article is not None:
            yield article


def parse_jsonl_line(
    raw: bytes | str, path: Path, line_no: int, *, encoding: str | None = None
) -> Article | None:
    """One line of a JSON Lines file as an Article (None for a blank line).

    Raises InputError for bytes that do not decode, invalid JSON, or an object without a
    string ``text``. The article id defaults to ``<file stem>:<line_no>``.
    """
    line = raw if isinstance(raw, str) else decode_text(raw, encoding=encoding,
                                                       source="this line")
    if not line.strip():
        return None
    try:
        doc = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON: {exc.msg} at column {exc.colno}") from None
    return _record(doc, path, f"{path.stem}:{line_no}")


def _bounded_lines(f: IO[bytes], max_bytes: int) -> Iterator[bytes | None]:
    """Yield the lines of a binary file; a line above ``max_bytes`` is skipped as None."""
    while True:
        line = f.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = f.readline(1 << 20)
            yield None
            continue
        yield line


def _record(doc: Any, path: Path, default_id: str) -> Article:
    """One JSON object as an Article."""
    if not isinstance(doc, dict) or not isinstance(doc.get("text"), str):
        got = f"keys {sorted(doc)!r}" if isinstance(doc, dict) else type(doc).__name__
        raise InputError(f"expected an object with a string 'text' field, instead got {got}")
    rid = doc.get("id")
    return Article(
        text=doc["text"][1:] if doc["text"].startswith("\ufeff") else doc["text"],
        id=str(rid) if rid not in (None, "") else default_id,
        published=_published(doc.get("published")),
        url=_field(doc, "url"),
        title=_field(doc, "title"),
        source=_field(doc, "source"),
        path=str(path),
    )


def _published(value: Any) -> dt.date | None:
    return parse_published(value)


def _field(doc: dict[str, Any], key: str) -> str:
    value = doc.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InputError(f"expected {key!r} to be a string, instead got {value!r}")
    return value


def _skip(errors_out: list[ReadError] | None, error: ReadError) -> None:
    if errors_out is None:
        raise InputError(str(error))
    errors_out.append(error)


def _read_limited(f: IO[bytes], source: str, max_bytes: int) -> bytes:
    data = f.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(_too_big(source, None, max_bytes))
    return data


def _too_big(source: str, size: int | None, max_bytes: int) -> str:
    got = f"{size:,} bytes" if size is not None else f"more than {max_bytes:,} bytes"
    return (
        f"{source} is {got}, above the limit of {max_bytes:,} bytes per article; "
        "split it into smaller files or raise max_bytes"
    )
