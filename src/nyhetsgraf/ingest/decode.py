"""Bytes to text for Norwegian news files: UTF-8 first, then the old Windows/ISO encodings.

Why not a general charset detector: Norwegian crawls come in very few encodings
(UTF-8 with or without BOM, and cp1252/latin-1 from older Windows tooling), and
guessing among dozens of code pages turns ``æ ø å`` into Cyrillic or Greek on
short texts. A strict, explainable order is both safer and faster:

1. a byte-order mark decides (UTF-8, UTF-16);
2. valid UTF-8 is UTF-8;
3. otherwise cp1252 (a superset of the printable latin-1), unless the bytes
   also hold UTF-8 sequences (a file with *mixed* encodings) or cp1252 cannot
   map them — then the input is refused as undecodable instead of silently
   producing ``Ã¸``-style mojibake.
"""

from __future__ import annotations

import codecs
import re

# Magic numbers of binary formats a user may point us at by mistake, for a helpful message.
_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (also .docx/.xlsx)"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
# Control characters that never occur in text (tab, LF, VT, FF, CR and ESC-free text).
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
# UTF-8 as it shows up in Norwegian text: æøåé… (0xC3 0x80–0xBF) and dashes/quotes (0xE2 0x80 0x90–0x9F).
# Both are nonsense as cp1252 ("Ã¸", "â€“"), so finding one beside invalid UTF-8 means mixed encodings.
_UTF8_PAIR = re.compile(rb"\xc3[\x80-\xbf]|\xe2\x80[\x90-\x9f]")


class DecodeError(ValueError):
    """The bytes are not text in an encoding we accept. ``offset`` is the first bad byte, if known."""

    def __init__(self, message: str, offset: int | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.offset = offset
        self.line = line


def binary_kind(head: bytes) -> str | None:
    """Describe ``head`` (the first few KB of a file) if it is binary, else ``None``.

    A NUL byte or a run of control characters is the reliable sign: text files
    never contain them, every common binary format does within its first bytes.
    """
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return what
    sample = head[:8192]
    if b"\x00" in sample:
        return "binary data"
    controls = len(_CONTROL.findall(sample))
    if sample and controls > max(2, len(sample) // 200):
        return "binary data"
    return None


def decode(data: bytes) -> tuple[str, str]:
    """Decode ``data``; return ``(text, encoding)`` or raise :class:`DecodeError`."""
    if data.startswith(codecs.BOM_UTF8):
        body = data[len(codecs.BOM_UTF8):]
        return _strict(body, "utf-8"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    bad = utf8_error.start
    if _UTF8_PAIR.search(data[:bad]) or _UTF8_PAIR.search(data[bad + 1:]):
        raise DecodeError(
            f"undecodable bytes: invalid UTF-8 (byte 0x{data[bad]:02X}) in text that is otherwise UTF-8 "
            "(mixed encodings?)",
            offset=bad,
            line=data.count(b"\n", 0, bad) + 1,
        )
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise DecodeError(
            f"undecodable bytes: neither UTF-8 nor cp1252/latin-1 (byte 0x{data[exc.start]:02X})",
            offset=exc.start,
            line=data.count(b"\n", 0, exc.start) + 1,
        ) from None
    # Bytes 0x80–0x9F are printable only in cp1252; without them the file is plain latin-1.
    encoding = "cp1252" if re.search(rb"[\x80-\x9f]", data) else "latin-1"
    return text, encoding


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DecodeError(
            f"undecodable bytes: invalid {encoding.upper()} (byte 0x{data[exc.start]:02X})",
            offset=exc.start,
            line=data.count(b"\n", 0, exc.start) + 1,
        ) from None
