"""The article date and the calendar arithmetic that turns words into TIMEX3 values.

Why a module of its own: every relative expression ("i går", "neste uke", "for to år
siden", "påske") is anchored against the article's publication date, which may be known
only to the year or month. ``ArticleDate`` and the small value builders here (nearest year,
month shifts, Easter, ISO weeks, durations) are the one place that knows how to write an
underspecified value (``XXXX``, ``WXX``) when the anchor is not precise enough.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from nyhetsgraf.extract.numbers import fmt
from nyhetsgraf.extract.time_vocabulary import DURATION_UNITS

# ---------------------------------------------------------------------------------------------
# The article date and calendar helpers
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ArticleDate:
    """The date an article was published, at whatever precision is known."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, value: str | None) -> ArticleDate:
        m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value or "")
        if not m:
            return cls()
        year, month, day = (int(g) if g else None for g in m.groups())
        if month is not None and not 1 <= month <= 12:
            month = day = None
        return cls(year, month, day)

    @property
    def date(self) -> dt.date | None:
        if self.year and self.month and self.day:
            try:
                return dt.date(self.year, self.month, self.day)
            except ValueError:  # a malformed header date: treat the day as unknown
                return None
        return None


def _y(year: int | None) -> str:
    return f"{year:04d}" if year is not None else "XXXX"


def _ym(year: int | None, month: int) -> str:
    return f"{_y(year)}-{month:02d}"


def _nearest_year(ref: ArticleDate, month: int, day: int = 15) -> int | None:
    """The year that puts month/day nearest the article date ("i april" in a May article)."""
    if ref.year is None:
        return None
    if ref.month is None:
        return ref.year
    here = ref.month + ((ref.day or 15) - 15) / 31
    there = month + (day - 15) / 31
    if there - here > 6:
        return ref.year - 1
    if here - there > 6:
        return ref.year + 1
    return ref.year


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    i = year * 12 + (month - 1) + delta
    return i // 12, i % 12 + 1


def _easter(year: int) -> dt.date:
    """Gregorian Easter Sunday (anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    month, day = divmod(h + ll - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _iso_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def _day_value(ref: ArticleDate, offset: int) -> str:
    """A day relative to the article date: a date, or ``YYYY-MM-XX`` when the day is unknown."""
    if ref.date:
        return (ref.date + dt.timedelta(days=offset)).isoformat()
    if ref.month:
        return f"{_ym(ref.year, ref.month)}-XX"
    return f"{_y(ref.year)}-XX-XX"


def _weekday_value(ref: ArticleDate, wd: int, future: bool) -> str:
    """A weekday: the nearest such day before (or, if ``future``, after) a full article date."""
    if ref.date:
        delta = (wd - ref.date.isoweekday()) % 7
        if not future and delta:
            delta -= 7
        return (ref.date + dt.timedelta(days=delta)).isoformat()
    if ref.month:
        return f"{_ym(ref.year, ref.month)}-WXX-{wd}"
    return f"{_y(ref.year)}-WXX-{wd}"


def _duration(n: float | None, unit_word: str) -> str:
    """``P2W``, ``PT20H``, ``P1.5Y``; ``PXY`` for an unknown count; halves of small units scaled."""
    letter, in_time = _unit_of(unit_word)
    if n is not None and n < 1 and in_time and letter in ("H", "M"):
        n, letter = n * 60, {"H": "M", "M": "S"}[letter]
    elif n is not None and n < 1 and letter == "Y":
        n, letter = n * 12, "M"
    if letter == "CE":
        n, letter = (n * 100 if n is not None else None), "Y"
    count = "X" if n is None else fmt(n)
    return f"PT{count}{letter}" if in_time else f"P{count}{letter}"


def _unit_of(word: str) -> tuple[str, bool]:
    w = word.lower()
    for prefix, letter, in_time in DURATION_UNITS:
        if w.startswith(prefix):
            return letter, in_time
    raise ValueError(word)
