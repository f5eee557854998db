"""One reader for every input: ``read(paths)`` yields :class:`Article` objects in input order.

Why one entry point: the CLI, the library API and later the corpus builder
must agree on what counts as an article, its id and its errors. Each input
problem becomes a :class:`ReadError` naming the file (and line or item) and
what is wrong; the caller decides whether to stop or to report and go on.

Memory stays flat on large inputs: files are opened one at a time, JSON Lines
are read line by line through the decompressor, and duplicate detection keeps
only a 64-bit integer per article.
"""

from __future__ import annotations

import io
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from nyhetsgraf.ingest.article import Article
from nyhetsgraf.ingest.compression import CORRUPT_ERRORS, open_decompressed, strip_compression_suffix
from nyhetsgraf.ingest.decode import DecodeError, binary_kind, decode
from nyhetsgraf.ingest.html import extract_page, looks_like_html
from nyhetsgraf.ingest.paths import STDIN, PathProblem, expand_paths
from nyhetsgraf.ingest.records import (
    DATE_FIELDS,
    ID_FIELDS,
    TITLE_FIELDS,
    URL_FIELDS,
    RecordError,
    first_field,
    iter_json,
    iter_jsonl,
    text_of,
)
from nyhetsgraf.ingest.text import article_id, clean_text, normalise_date, split_header
from nyhetsgraf.record import Source

STDIN_NAME = "<stdin>"


@dataclass
class ReadError(Exception):
    """An input that could not be read: where (file, line or item) and what is wrong."""

    path: str
    message: str
    line: int | None = None
    item: int | None = None

    @property
    def where(self) -> str:
        if self.line is not None:
            return f"{self.path}:{self.line}"
        if self.item is not None:
            return f"{self.path}: item {self.item}"
        return self.path

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass
class Duplicate:
    """An article whose normalised body was already read in this run (reported once per id)."""

    article: Article

    def __str__(self) -> str:
        src = self.article.source
        where = f"{src.path}:{src.line}" if src.line is not None else f"{src.path}"
        return f"{where}: duplicate of an article read earlier (id {self.article.id}); skipped"


Item = Article | ReadError


def article_from_text(
    text: str,
    *,
    path: str | None = None,
    line: int | None = None,
    title: str | None = None,
    date: str | None = None,
    url: str | None = None,
    source_id: str | None = None,
) -> Article:
    """Build an article from raw body text: clean newlines, lift the ``date`` header, compute the id.

    Raises ``ValueError`` when no text remains.
    """
    header_date, body = split_header(clean_text(text))
    if not body:
        raise ValueError("no article text after the date header" if header_date else "empty text")
    source = Source(path=path, line=line, url=url)
    if source_id is not None:
        source.id = source_id
    return Article(
        id=article_id(body), text=body, source=source, date=date or header_date,
        title=title.strip() if isinstance(title, str) and title.strip() else None, url=url,
    )


def _format_of(name: str, head: bytes) -> str:
    """``text`` | ``jsonl`` | ``json`` | ``html``: by suffix, else by the first non-blank byte."""
    inner = strip_compression_suffix(name.lower())
    if inner.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    if inner.endswith(".json"):
        return "json"
    if inner.endswith((".html", ".htm", ".xhtml")):
        return "html"
    if inner.endswith((".txt", ".text", ".md")):
        return "text"
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if start == b"{":
        return "jsonl?"  # JSON Lines, or one pretty-printed object: decided on the first line
    if start == b"[":
        return "json"
    if looks_like_html(head.decode("latin-1")):
        return "html"
    return "text"


def _read_all(stream: BinaryIO, path: str) -> bytes:
    try:
        return stream.read()
    except CORRUPT_ERRORS as exc:
        raise ReadError(path, f"corrupt or truncated compressed data ({exc})") from None


def _decode_whole(data: bytes, path: str) -> str:
    if not data.strip():
        raise ReadError(path, "empty file")
    kind = binary_kind(data[:8192])
    if kind:
        raise ReadError(path, f"binary file ({kind}), not text, JSON or HTML")
    try:
        text, _encoding = decode(data)
    except DecodeError as exc:
        raise ReadError(path, str(exc), line=exc.line) from None
    return text


def _from_record(obj: Any, path: str, line: int | None, item: int | None) -> Article:
    try:
        text = text_of(obj)
    except RecordError as exc:
        raise ReadError(path, str(exc), line=line, item=item) from None
    url = first_field(obj, URL_FIELDS)
    url = url if isinstance(url, str) else None
    given_id = first_field(obj, ID_FIELDS)
    title = first_field(obj, TITLE_FIELDS)
    title = title if isinstance(title, str) else None
    date = normalise_date(first_field(obj, DATE_FIELDS))
    if looks_like_html(text):
        page = extract_page(text, url=url)
        if page is None:
            raise ReadError(path, "JSON record's HTML has no main text", line=line, item=item)
        text, title, date, url = page.text, title or page.title, date or page.date, url or page.url
    try:
        return article_from_text(text, path=path, line=line, title=title, date=date, url=url,
                                 source_id=None if given_id is None else str(given_id))
    except ValueError as exc:
        raise ReadError(path, f"JSON record has {exc}", line=line, item=item) from None


def _read_jsonl(stream: BinaryIO, path: str) -> Iterator[Item]:
    any_line = False
    try:
        for lineno, obj in iter_jsonl(stream):
            any_line = True
            if isinstance(obj, RecordError):
                yield ReadError(path, str(obj), line=lineno)
                continue
            try:
                yield _from_record(obj, path, lineno, None)
            except ReadError as err:
                yield err
    except CORRUPT_ERRORS as exc:
        yield ReadError(path, f"corrupt or truncated compressed data ({exc})")
        return
    if not any_line:
        yield ReadError(path, "empty file")


def _read_json_text(text: str, path: str) -> Iterator[Item]:
    try:
        items = list(iter_json(text))
    except RecordError as exc:
        yield ReadError(path, str(exc), line=exc.line)
        return
    if not items:
        yield ReadError(path, "JSON list is empty")
    for number, obj in items:
        try:
            yield _from_record(obj, path, None, number if len(items) > 1 or isinstance(obj, list) else None)
        except ReadError as err:
            yield err


def _read_stream(raw: BinaryIO, path: str, name: str) -> Iterator[Item]:
    try:
        stream, _compression = open_decompressed(raw)
        head = stream.peek(4096)[:4096] if hasattr(stream, "peek") else b""  # type: ignore[union-attr]
    except CORRUPT_ERRORS as exc:
        yield ReadError(path, f"corrupt or truncated compressed data ({exc})")
        return
    fmt = _format_of(name, head)
    if fmt == "jsonl?":
        first = stream.readline()
        try:
            is_jsonl = isinstance(json.loads(first), dict)
        except ValueError:
            is_jsonl = False
        rest = io.BufferedReader(_Chain(first, stream))  # type: ignore[arg-type]
        fmt = "jsonl" if is_jsonl else "json"
        stream = rest
    if fmt == "jsonl":
        kind = binary_kind(head)
        if kind:
            yield ReadError(path, f"binary file ({kind}), not text, JSON or HTML")
            return
        yield from _read_jsonl(stream, path)
        return
    try:
        text = _decode_whole(_read_all(stream, path), path)
    except ReadError as err:
        yield err
        return
    if fmt == "json":
        yield from _read_json_text(text, path)
    elif fmt == "html":
        page = extract_page(text)
        if page is None:
            yield ReadError(path, "HTML page has no main article text")
            return
        try:
            yield article_from_text(page.text, path=path, line=1, title=page.title, date=page.date,
                                    url=page.url)
        except ValueError as exc:
            yield ReadError(path, str(exc))
    else:
        try:
            yield article_from_text(text, path=path, line=1)
        except ValueError as exc:
            yield ReadError(path, "empty file" if str(exc) == "empty text" else str(exc))


class _Chain(io.RawIOBase):
    """A readable stream of ``prefix`` followed by ``rest`` (to put back a line read for sniffing)."""

    def __init__(self, prefix: bytes, rest: BinaryIO) -> None:
        self._prefix = prefix
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._prefix:
            n = min(len(buffer), len(self._prefix))
            buffer[:n] = self._prefix[:n]
            self._prefix = self._prefix[n:]
            return n
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def read_items(paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
               stdin: BinaryIO | None = None) -> Iterator[Item]:
    """Every article or error from ``paths`` in order, duplicates included."""
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    for entry in expand_paths(paths):
        if isinstance(entry, PathProblem):
            yield ReadError(entry.path, entry.message)
        elif entry == STDIN:
            yield from _read_stream(stdin or sys.stdin.buffer, STDIN_NAME, "")
        else:
            path = str(entry)
            try:
                raw = open(entry, "rb")  # noqa: SIM115  (closed in finally, after the generator ran)
            except OSError as exc:
                yield ReadError(path, exc.strerror or str(exc))
                continue
            try:
                yield from _read_stream(raw, path, Path(entry).name)  # type: ignore[arg-type]
            except OSError as exc:
                yield ReadError(path, f"read error: {exc.strerror or exc}")
            except (ValueError, RecursionError, LookupError) as exc:  # e.g. an HTML page the parser rejects
                yield ReadError(path, f"cannot read this file ({type(exc).__name__}: {exc})")
            finally:
                raw.close()


def read(
    paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    *,
    on_error: Callable[[ReadError], None] | None = None,
    on_duplicate: Callable[[Duplicate], None] | None = None,
    keep_duplicates: bool = False,
    stdin: BinaryIO | None = None,
) -> Iterator[Article]:
    """Yield the articles of ``paths`` (files, directories, globs, ``"-"``), in order.

    ``on_error`` receives each :class:`ReadError` and reading goes on; without it
    the first error is raised. A repeated article (same normalised body) is
    skipped unless ``keep_duplicates``; ``on_duplicate`` hears about each
    repeated id once.
    """
    seen: set[int] = set()
    reported: set[int] = set()
    for item in read_items(paths, stdin=stdin):
        if isinstance(item, ReadError):
            if on_error is None:
                raise item
            on_error(item)
            continue
        key = int(item.id, 16)
        if key in seen:
            if key not in reported:
                reported.add(key)
                if on_duplicate is not None:
                    on_duplicate(Duplicate(item))
            if not keep_duplicates:
                continue
        seen.add(key)
        yield item
