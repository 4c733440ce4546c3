"""Decode input bytes to text: UTF-8 by default, BOMs honoured, binary data refused."""

from __future__ import annotations

import codecs

from geo.errors import InputError

__all__ = ["UNICODE_BOMS", "decode_text", "is_wide_encoding", "parse_encoding"]

UNICODE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
"""Byte order marks recognised without an ``encoding`` (UTF-32 first: it starts like UTF-16)."""
_ERROR_POLICIES = ("strict", "replace")
# Bytes below 0x20 that text legitimately holds: tab, LF, VT, FF, CR, ESC.
_TEXT_CONTROLS = frozenset(b"\t\n\x0b\x0c\r\x1b")
# Every byte but the other controls: deleting them leaves the controls to count (in C).
_NOT_CONTROLS = bytes(b for b in range(256) if b >= 0x20 or b in _TEXT_CONTROLS)
_MAX_CONTROL_RATIO = 0.1


def decode_text(data: bytes, *, encoding: str | None = None, source: str = "<input>") -> str:
    """Decode bytes to text exactly as given (no newline changes; a leading BOM is dropped).

    Without ``encoding``: UTF-8, or UTF-16/UTF-32 when the data starts with their BOM.
    ``encoding`` names any Python codec, optionally with an error policy after a colon:
    ``"latin-1"``, ``"utf-8:strict"`` (the default policy) or ``"utf-8:replace"``, which
    replaces each undecodable byte with U+FFFD so that a stray byte never stops reading
    (binary data is still refused). Empty or whitespace-only data is valid.

    Raises
    ------
    InputError
        Binary data (a NUL byte, or more than 10% control characters), bytes that are not
        valid in the encoding (the message gives the byte offset), or an unknown encoding.
    """
    codec, policy = parse_encoding(encoding)
    if codec is None:
        codec = next((name for bom, name in UNICODE_BOMS if data.startswith(bom)), "utf-8")
    if not is_wide_encoding(codec):
        _reject_binary(data, source)
    try:
        text = data.decode(codec, policy)
    except UnicodeDecodeError as exc:
        bad = data[exc.start : exc.start + 1].hex()
        name = codecs.lookup(codec).name.upper()
        raise InputError(
            f"{source} is not valid {name}: byte 0x{bad} at offset {exc.start}; "
            "pass --encoding latin-1 if it is Latin-1 text, or --encoding utf-8:replace "
            "to replace bad bytes with U+FFFD"
        ) from None
    return text[1:] if text.startswith("\ufeff") else text


def parse_encoding(encoding: str | None) -> tuple[str | None, str]:
    if encoding is None:
        return None, "strict"
    name, _, policy = encoding.partition(":")
    policy = policy or "strict"
    if policy not in _ERROR_POLICIES:
        raise InputError(
            f"unknown error policy {policy!r} in encoding {encoding!r}; "
            f"expected one of {', '.join(_ERROR_POLICIES)}, e.g. 'utf-8:replace'"
        )
    try:
        codecs.lookup(name)
    except LookupError:
        raise InputError(
            f"unknown encoding {name!r}; expected a Python codec name such as "
            "'utf-8', 'latin-1' or 'cp1252'"
        ) from None
    return name, policy


def _reject_binary(data: bytes, source: str) -> None:
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(
            f"{source} looks like binary data (NUL byte at offset {nul}); expected UTF-8 text"
        )
    sample = data[:65536]
    controls = len(sample.translate(None, _NOT_CONTROLS))
    if sample and controls / len(sample) > _MAX_CONTROL_RATIO:
        raise InputError(
            f"{source} looks like binary data ({controls} control bytes in the first "
            f"{len(sample)}); expected UTF-8 text"
        )


def is_wide_encoding(codec: str) -> bool:
    """True for UTF-16/UTF-32, whose text holds NUL bytes and cannot be split on b"\\n"."""
    return codecs.lookup(codec).name.startswith(("utf-16", "utf-32"))
