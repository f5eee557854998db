"""Time expressions in Norwegian news text, normalised to TIMEX3-style values.

``find_times(text, article_date)`` finds dates, clock times, durations and sets in
Bokmål and Nynorsk and resolves them against the article's date, which may be given
as ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``:

* full dates ("5. september 2023", "05.09.2023", "5. sept.") -> ``2023-09-05``;
  a date without a year gets the year that puts it nearest the article date;
* months ("april 2019", "i april", "juli i år"), years ("i 1948", "Arendalsuka 2018"),
  decades ("1990-tallet" -> ``199X``), centuries ("1800-tallet" -> ``18``);
* weekdays: a date when the article date is a full date (the past one unless the clause
  points ahead: "skal ... fredag"), else ``2023-09-WXX-7``; part of day ("søndag kveld" ->
  ``...-WXX-7TEV``, "natt til torsdag" -> ``...-WXX-4TNI``) and clock times ("kl. 13.32",
  "klokka tre", "i 15.30-tiden", "07.40") are added as TIMEX3 ``T`` suffixes; a clock time
  alone is anchored to the last day mentioned before it, as a reader would;
* relative expressions (i dag, i går, i fjor, neste uke, for to år siden, om tre uker),
  ``PRESENT_REF`` for "nowadays" readings ("nå til dags", "i dag" set against the past);
* durations ("halvannet år" -> ``P1.5Y``, "20 timer" -> ``PT20H``, "de siste ukene" ->
  ``PXW``; "ett år og seks måneder" -> ``P1Y6M``), quarters ("andre kvartal" -> ``2025-Q2``),
  sets ("hver mandag"), seasons ("våren 2024" -> ``2024-SP``) and holidays
  ("påske" -> the month of Easter, "romjulen" -> December).

Each pattern finds every mention; where two overlap the longer wins ("april 2019" over
"2019"). ``distinct_times`` keeps the first mention of each distinct expression, which is
what the analysis record lists. Known gaps: ranges ("15-20 minutter" keeps only the
second number, "18. til 20. juni" only the last date), and the reading of "i går" in an
article dated only to the month, which leans on a bare weekday mentioned nearby and
otherwise stays ``YYYY-MM-XX``.

Why hand-written rules and not ``dateparser`` (tried: 1.x, ``languages=["nb"]``): it knows
nb/nn month and weekday names, but it turns every expression into a concrete ``datetime``
filled from a base date, so "april 2019" came back as 2019-04-12 and the underspecified
values TIMEX3 needs (``2023-09-WXX-7``, ``199X``, ``2024-SP``) cannot be expressed; its
``search_dates`` read the duration "20 timer" as "20 hours ago", missed "1990-tallet",
"halvannet år" and "i april". The Norwegian vocabulary involved is small and closed, so a
table of words plus a few named, verbose patterns is more exact and adds no dependency.
Pure functions over text: no model.

This module is the entry point: the rule order (``RULES``), the choice among overlapping
candidates and the anchoring of clock times and "i går" to a day. The parts it combines live
in modules that import only downward, in this order: ``time_vocabulary`` (word tables) →
``time_calendar`` (``ArticleDate`` and value builders), ``time_context`` (sentence and clause
bounds) → ``time_patterns`` (the regular expressions) → ``time_candidates`` (``_Cand``) →
the handlers ``time_dates``, ``time_durations`` and ``time_periods`` → ``times``.
"""

from __future__ import annotations

import re

from nyhetsgraf.extract.time_calendar import ArticleDate, _day_value, _weekday_value
from nyhetsgraf.extract.time_candidates import Handler, _Cand
from nyhetsgraf.extract.time_dates import (
    _century,
    _decade,
    _deictic_day,
    _month,
    _numeric_date,
    _rel_period,
    _text_date,
    _week_number,
    _weekday,
    _year,
)
from nyhetsgraf.extract.time_durations import _ago, _ahead, _compound_duration, _duration_match, _many_units
from nyhetsgraf.extract.time_patterns import (
    AGO,
    AHEAD,
    CENTURY,
    CLOCK_TIME,
    COMPOUND_DURATION,
    DECADE,
    DEICTIC_DAY,
    DURATION,
    HOLIDAY,
    MANY_UNITS,
    MONTH,
    NUMERIC_DATE,
    PRESENT_REF,
    QUARTER,
    QUARTER_HOUR,
    REL_PERIOD,
    SEASON,
    SET_EVERY,
    TEXT_DATE,
    WEEK_NUMBER,
    WEEKDAY,
    YEAR,
)
from nyhetsgraf.extract.time_periods import (
    _clock_time,
    _holiday,
    _present_ref,
    _quarter,
    _quarter_hour,
    _season,
    _set_every,
)
from nyhetsgraf.record import Time

# The rules in order of preference when two expressions of the same length overlap.
RULES: tuple[tuple[re.Pattern, Handler], ...] = (
    (NUMERIC_DATE, _numeric_date),
    (TEXT_DATE, _text_date),
    (PRESENT_REF, _present_ref),
    (AGO, _ago),
    (AHEAD, _ahead),
    (DEICTIC_DAY, _deictic_day),
    (WEEKDAY, _weekday),
    (HOLIDAY, _holiday),
    (SEASON, _season),
    (MONTH, _month),
    (REL_PERIOD, _rel_period),
    (WEEK_NUMBER, _week_number),
    (DECADE, _decade),
    (CENTURY, _century),
    (SET_EVERY, _set_every),
    (QUARTER, _quarter),
    (QUARTER_HOUR, _quarter_hour),
    (COMPOUND_DURATION, _compound_duration),
    (MANY_UNITS, _many_units),
    (DURATION, _duration_match),
    (CLOCK_TIME, _clock_time),
    (YEAR, _year),
)

_DAY_LEVEL = re.compile(r"^(?:\d{4}|XXXX)-\d{2}-(?:\d{2}|XX|WXX-\d)")


def find_times(text: str, article_date: str | None) -> list[Time]:
    """All time expressions in ``text``, in order, with values resolved against ``article_date``."""
    ref = ArticleDate.parse(article_date)
    cands: list[tuple[int, _Cand]] = []
    for prio, (pattern, handler) in enumerate(RULES):
        for m in pattern.finditer(text):
            if m.end() == m.start():
                continue
            cand = handler(m, text, ref)
            if cand is not None:
                cands.append((prio, cand))
    chosen = _select(cands)
    _anchor(chosen, text, ref)
    return [
        Time(text=text[c.start : c.end], start=c.start, end=c.end, type=c.type, value=c.value) for c in chosen
    ]


def _select(cands: list[tuple[int, _Cand]]) -> list[_Cand]:
    """Longest expressions first, then rule order; no two chosen expressions overlap."""
    taken: list[_Cand] = []
    for _, c in sorted(cands, key=lambda pc: (-(pc[1].end - pc[1].start), pc[0], pc[1].start)):
        if all(c.end <= t.start or c.start >= t.end for t in taken):
            taken.append(c)
    return sorted(taken, key=lambda c: c.start)


def _anchor(chosen: list[_Cand], text: str, ref: ArticleDate) -> None:
    """Resolve what depends on context: clock times and i går/i dag/i morgen without a known day.

    A bare clock time belongs to the last day mentioned before it ("onsdag kveld ... klokken
    18.13"). When the article date lacks the day, "i går"/"i morgen" are read against a bare,
    not future, weekday mentioned close by ("i går kveld ... sier han torsdag kveld" ->
    Wednesday evening); "i dag" keeps ``YYYY-MM-XX`` as the annotation conventions ask.
    """
    last_day: str | None = None
    for c in chosen:
        if c.kind == "deictic" and not ref.date and c.offset != 0:  # "i dag" stays YYYY-MM-XX
            wd = _nearby_weekday(chosen, c, text)
            if wd is not None:
                base = _weekday_value(ref, (wd - 1 + c.offset) % 7 + 1, False)
                c.value = base + c.suffix
        if c.kind == "clock":
            base = last_day or _day_value(ref, 0)
            c.value = base + c.suffix
        if c.value and _DAY_LEVEL.match(c.value) and c.kind in ("day", "deictic"):
            last_day = c.value.split("T")[0]


def _nearby_weekday(chosen: list[_Cand], c: _Cand, text: str, reach: int = 250) -> int | None:
    best: tuple[int, int] | None = None
    for o in chosen:
        if o is c or o.kind != "day" or o.future or not o.value or "-WXX-" not in o.value:
            continue
        gap = o.start - c.end if o.start >= c.end else c.start - o.end
        if gap <= reach and (best is None or gap < best[0]):
            best = (gap, int(o.value.split("-WXX-")[1][0]))
    return best[1] if best else None


def distinct_times(times: list[Time]) -> list[Time]:
    """The first mention of each distinct expression (same words, same value), as the record lists them."""
    seen: set[tuple[str, str | None]] = set()
    out = []
    for t in times:
        key = (" ".join(t.text.lower().split()), t.value)
        if key not in seen:
            seen.add(key)
            out.append(t)
    return out
