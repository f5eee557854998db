"""Transparent decompression of .gz, .bz2, .xz and .zst inputs, recognised by their magic bytes.

Why magic bytes rather than the file name: crawl dumps are renamed, piped
through stdin or served without suffix; the first bytes never lie. The
returned stream is read incrementally, so a multi-gigabyte ``.jsonl.zst``
never has to fit in memory.
"""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
from typing import BinaryIO

COMPRESSED_SUFFIXES = (".gz", ".bz2", ".xz", ".zst")

_MAGIC = (
    (b"\x1f\x8b", "gzip"),
    (b"BZh", "bzip2"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"\x28\xb5\x2f\xfd", "zstd"),
)

# Errors the decompressors raise on corrupt or truncated data.
CORRUPT_ERRORS: tuple[type[BaseException], ...] = (OSError, EOFError, lzma.LZMAError, ValueError)
try:  # zstandard is a declared dependency, but reading other formats must not need it
    import zstandard

    CORRUPT_ERRORS = (*CORRUPT_ERRORS, zstandard.ZstdError)
except ImportError:  # pragma: no cover
    zstandard = None  # type: ignore[assignment]


def compression_of(head: bytes) -> str | None:
    """The compression format whose magic number starts ``head``, or ``None``."""
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return name
    return None


def strip_compression_suffix(name: str) -> str:
    """``a.jsonl.gz`` → ``a.jsonl``: the suffix that tells the inner format."""
    for suffix in COMPRESSED_SUFFIXES:
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return name


def open_decompressed(raw: BinaryIO) -> tuple[BinaryIO, str | None]:
    """Wrap ``raw`` (a buffered binary stream) in the matching decompressor, if any.

    Returns the stream to read and the compression name (``None`` for plain data).
    """
    peekable = raw if hasattr(raw, "peek") else io.BufferedReader(raw)  # type: ignore[arg-type]
    head = peekable.peek(8)[:8]  # type: ignore[union-attr]
    kind = compression_of(head)
    if kind is None:
        return peekable, None
    if kind == "gzip":
        return gzip.GzipFile(fileobj=peekable, mode="rb"), kind  # type: ignore[return-value]
    if kind == "bzip2":
        return bz2.BZ2File(peekable, mode="rb"), kind  # type: ignore[return-value]
    if kind == "xz":
        return lzma.LZMAFile(peekable, mode="rb"), kind  # type: ignore[return-value]
    if zstandard is None:  # pragma: no cover
        raise OSError("zstd input needs the 'zstandard' package")
    reader = zstandard.ZstdDecompressor().stream_reader(peekable, read_across_frames=True)
    return io.BufferedReader(reader), kind  # type: ignore[arg-type]
