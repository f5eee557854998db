"""JSON Lines and JSON inputs: one object per article, with the field names crawlers use.

Why a field list instead of one schema: dumps from different crawlers call the
body ``text``, ``body`` or ``content`` and the date ``date`` or ``published``.
Accepting the common names keeps users from writing converters; anything else
is reported precisely (file, line, what is missing) instead of guessed.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, BinaryIO

from nyhetsgraf.ingest.decode import DecodeError, decode

TEXT_FIELDS = ("text", "body", "content", "maintext")
TITLE_FIELDS = ("title", "headline")
DATE_FIELDS = ("date", "published", "published_at", "pubdate", "date_published")
URL_FIELDS = ("url", "link")
ID_FIELDS = ("id", "_id", "guid")


class RecordError(ValueError):
    """One JSON record could not be used; ``line`` is its line (JSONL) or ``item`` its index (JSON list)."""

    def __init__(self, message: str, line: int | None = None, item: int | None = None) -> None:
        super().__init__(message)
        self.line = line
        self.item = item


def first_field(obj: dict[str, Any], names: tuple[str, ...]) -> Any:
    """The value of the first of ``names`` present with a non-empty value."""
    for name in names:
        value = obj.get(name)
        if value not in (None, "", [], {}):
            return value
    return None


def text_of(obj: Any) -> str:
    """The article body of a JSON record, or raise :class:`RecordError` saying what is wrong."""
    if not isinstance(obj, dict):
        raise RecordError(f"expected a JSON object per article, got {type(obj).__name__}")
    value = first_field(obj, TEXT_FIELDS)
    if value is None:
        raise RecordError("JSON record has no text (expected a non-empty 'text', 'body' or 'content' field)")
    if isinstance(value, list) and all(isinstance(p, str) for p in value):
        value = "\n\n".join(value)  # a body given as a list of paragraphs
    if not isinstance(value, str):
        raise RecordError(f"JSON record's text field is {type(value).__name__}, not a string")
    if not value.strip():
        raise RecordError("JSON record has empty text")
    return value


def iter_jsonl(stream: BinaryIO) -> Iterator[tuple[int, dict[str, Any] | RecordError]]:
    """``(line number, object)`` per non-blank line, or ``(line, RecordError)`` for a broken one.

    Reads line by line, so memory stays flat however large the file is.
    """
    for lineno, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        try:
            line, _ = decode(raw)
        except DecodeError as exc:
            yield lineno, RecordError(str(exc), line=lineno)
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield lineno, RecordError(f"broken JSON line ({exc.msg} at column {exc.colno})", line=lineno)
            continue
        yield lineno, obj


def iter_json(text: str) -> Iterator[tuple[int, Any]]:
    """``(item number, object)`` for a ``.json`` file holding one object or a list of them."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RecordError(f"invalid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})",
                          line=exc.lineno) from None
    if isinstance(data, dict) and first_field(data, TEXT_FIELDS) is None:
        # {"articles": [...]} and similar wrappers: the single list-valued field holds the articles
        lists = [v for v in data.values() if isinstance(v, list) and v and isinstance(v[0], dict)]
        if len(lists) == 1:
            data = lists[0]
    if isinstance(data, list):
        yield from enumerate(data, start=1)
    else:
        yield 1, data
