"""Plain and crawled text: the ``date`` header, newline clean-up, article ids and dates.

Crawled Norwegian news arrives as ``" date 2023-09 Kim Jong-un har ankommet …"``:
an inline metadata header, then the body. The header is metadata, so it moves
to ``Article.date`` and out of the text that every offset refers to.

The article id is a hash of the *normalised* body (Unicode NFC, whitespace
collapsed), so the same article gives the same id whether it came from a
Windows text file, a JSONL dump or a re-crawl with different line endings.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime

# " date 2023-09 ", "date 2023-09-05", "date: 2023", "date 2023-09-05T13:32" — at the very start only.
_HEADER = re.compile(
    r"\A[ \t]*date:?[ \t]+"
    r"(?P<date>\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01])(?:[T ]\d{2}:\d{2}(?::\d{2})?"
    r"(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?)"
    r"(?=\s|\Z)[ \t]*\n?",
    re.IGNORECASE,
)
_WS = re.compile(r"\s+")


def clean_text(text: str) -> str:
    """Normalise what differs between copies of one article but means nothing.

    CRLF and lone CR become LF, Unicode is composed (NFC, so ``å`` is one code
    point for every regex downstream), a BOM and trailing spaces on lines go.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = unicodedata.normalize("NFC", text)
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


def split_header(text: str) -> tuple[str | None, str]:
    """Split a leading ``date YYYY[-MM[-DD]]`` header off ``text``: ``(date, body)``."""
    m = _HEADER.match(text)
    if not m:
        return None, text
    return m.group("date").replace(" ", "T"), text[m.end():].strip()


def article_id(body: str) -> str:
    """First 16 hex digits of the SHA-1 of the whitespace-normalised body."""
    key = _WS.sub(" ", unicodedata.normalize("NFC", body)).strip()
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


_DATE_FORMATS = (
    ("%d.%m.%Y %H:%M", "%Y-%m-%dT%H:%M"),
    ("%d.%m.%Y kl. %H:%M", "%Y-%m-%dT%H:%M"),
    ("%d.%m.%Y", "%Y-%m-%d"),
    ("%d.%m.%y", "%Y-%m-%d"),
    ("%Y/%m/%d", "%Y-%m-%d"),
    ("%a, %d %b %Y %H:%M:%S %z", "%Y-%m-%dT%H:%M:%S%z"),  # RSS pubDate
)
_ISO = re.compile(
    r"\d{4}(?:-\d{2}(?:-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?"
)


def normalise_date(value: object) -> str | None:
    """An ISO 8601 string at the precision the input gives, or ``None`` when unreadable.

    Accepts ISO forms (kept as given), Norwegian ``05.09.2023 13:32``, RSS dates
    and Unix timestamps (seconds).
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        try:
            return datetime.fromtimestamp(value).isoformat(timespec="seconds")
        except (OverflowError, OSError, ValueError):
            return None
    s = str(value).strip()
    if not s:
        return None
    if _ISO.fullmatch(s):
        return s.replace(" ", "T")
    for fmt, out in _DATE_FORMATS:
        try:
            return datetime.strptime(s, fmt).strftime(out)
        except ValueError:
            continue
    return None
