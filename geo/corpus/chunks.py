"""Cut a corpus into tasks (byte ranges of JSON Lines, groups of files) and read one task."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from geo.errors import InputError
from geo.io.read import MAX_BYTES, READ_SUFFIXES, ReadError, parse_jsonl_line, read_articles
from geo.models import Article

__all__ = ["Unit", "plan", "unit_articles"]

PathLike = str | os.PathLike[str]


@dataclass(frozen=True, slots=True)
class Unit:
    """One task: a byte range of a JSON Lines file, a few files, or articles read already."""

    seq: int
    kind: Literal["jsonl", "files", "articles"]
    path: str = ""
    start: int = 0
    end: int = 0
    first_line: int = 1
    paths: tuple[str, ...] = ()
    articles: tuple[Article, ...] = ()
    estimate: int = 0


# --- planning: cut the inputs into tasks -----------------------------------------------------


def plan(
    sources: list[PathLike], encoding: str | None, chunk: int, errors: list[ReadError]
) -> Iterator[Unit]:
    seq = 0
    pending: list[str] = []

    def flush() -> Iterator[Unit]:
        nonlocal seq
        if pending:
            yield Unit(seq, "files", paths=tuple(pending), estimate=len(pending))
            seq += 1
            pending.clear()

    for source in sources:
        if str(source) == "-":
            yield from flush()
            arts = tuple(read_articles("-", encoding=encoding))
            yield Unit(seq, "articles", path="<stdin>", articles=arts, estimate=len(arts))
            seq += 1
            continue
        path = Path(source)
        if path.is_dir():
            try:
                files = sorted(p for p in path.iterdir()
                               if p.suffix.lower() in READ_SUFFIXES and p.is_file())
            except OSError as exc:
                errors.append(ReadError(str(path), 0, f"cannot list folder: {exc.strerror}"))
                continue
        elif path.is_file():
            files = [path]
        else:
            errors.append(ReadError(str(path), 0, f"no such file or folder: {str(path)!r}"))
            continue
        for file in files:
            ranges = _jsonl_ranges(file, encoding, chunk, errors)
            if ranges is None:
                pending.append(str(file))
                if len(pending) >= chunk:
                    yield from flush()
                continue
            yield from flush()
            for start, end, first, lines in ranges:
                yield Unit(seq, "jsonl", path=str(file), start=start, end=end,
                            first_line=first, estimate=lines)
                seq += 1
    yield from flush()


def _jsonl_ranges(
    path: Path, encoding: str | None, chunk: int, errors: list[ReadError]
) -> list[tuple[int, int, int, int]] | None:
    """(start byte, end byte, first line number, lines) every ``chunk`` lines of a JSON
    Lines file; None for other files and for UTF-16/32 ones (their newlines are not b"\\n":
    read_articles reads those whole)."""
    if path.suffix.lower() != ".jsonl" or _wide_encoding(encoding):
        return None
    ranges: list[tuple[int, int, int, int]] = []
    start, first, count, offset, last = 0, 1, 0, 0, b"\n"
    try:
        with open(path, "rb") as f:
            head = f.read(4)
            if head.startswith((b"\xff\xfe", b"\xfe\xff")):
                return None
            f.seek(0)
            while block := f.read(1 << 20):
                i = block.find(b"\n")
                while i >= 0:
                    count += 1
                    if count == chunk:
                        end = offset + i + 1
                        ranges.append((start, end, first, count))
                        start, first, count = end, first + count, 0
                    i = block.find(b"\n", i + 1)
                offset += len(block)
                last = block[-1:]
    except OSError as exc:
        errors.append(ReadError(str(path), 0, f"cannot read: {exc.strerror or exc}"))
        return []
    if offset > start:
        ranges.append((start, offset, first, count + (last != b"\n")))
    return ranges


def _wide_encoding(encoding: str | None) -> bool:
    from geo.io.decode import is_wide_encoding

    name = (encoding or "").partition(":")[0]
    try:
        return bool(name) and is_wide_encoding(name)
    except LookupError:
        return False  # read_articles reports the unknown encoding


# --- reading one task---------------------------------------------------------------------


def unit_articles(unit: Unit, encoding: str | None, errors: list[ReadError]
                   ) -> Iterator[Article]:
    if unit.kind == "articles":
        yield from unit.articles
    elif unit.kind == "jsonl":
        yield from _jsonl_range(unit, encoding, errors)
    else:
        for path in unit.paths:
            try:
                # A whole file at a time so that a bad file yields nothing rather than half.
                arts = list(read_articles(path, encoding=encoding, errors_out=errors))
            except InputError as exc:
                errors.append(ReadError(path, 0, str(exc)))
                continue
            yield from arts


def _jsonl_range(unit: Unit, encoding: str | None, errors: list[ReadError]
                 ) -> Iterator[Article]:
    """The articles of one byte range of a JSON Lines file, as read_articles gives them."""
    path = Path(unit.path)
    line_no = unit.first_line - 1
    try:
        with open(path, "rb") as f:
            f.seek(unit.start)
            offset = unit.start
            while offset < unit.end:
                raw = f.readline(MAX_BYTES + 1)
                if not raw:
                    break
                offset += len(raw)
                line_no += 1
                if len(raw) > MAX_BYTES and not raw.endswith(b"\n"):
                    while raw and not raw.endswith(b"\n"):
                        raw = f.readline(1 << 20)
                        offset += len(raw)
                    errors.append(ReadError(str(path), line_no,
                                            f"line is longer than the limit of {MAX_BYTES} bytes"))
                    continue
                try:
                    article = parse_jsonl_line(raw, path, line_no, encoding=encoding)
                except InputError as exc:
                    errors.append(ReadError(str(path), line_no, str(exc)))
                    continue
                if article is not None:
                    yield article
    except OSError as exc:
        errors.append(ReadError(str(path), line_no + 1, f"cannot read: {exc.strerror or exc}"))
