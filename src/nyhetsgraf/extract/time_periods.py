"""Handlers for named periods, clock times and recurrences: quarters, seasons, holidays,
"klokka tre" / "kl. 13.32", "hver mandag", and the "nowadays" reading (``PRESENT_REF``).

Why a module of its own: these expressions name a part of a year, a day or a cycle rather
than a date or a length, and each needs its own small rule (Easter's date, which "vår" is a
season, a clock time waiting to be anchored to a day).
"""

from __future__ import annotations

import datetime as dt
import re

from nyhetsgraf.extract.time_calendar import ArticleDate, _duration, _easter, _iso_week, _nearest_year, _y
from nyhetsgraf.extract.time_candidates import _Cand, _clock_suffix
from nyhetsgraf.extract.time_context import _word_after
from nyhetsgraf.extract.time_vocabulary import PARTS_OF_DAY, SEASONS, WEEKDAYS

_QUARTER_ORDINALS = {"første": 1, "fyrste": 1, "andre": 2, "annet": 2, "tredje": 3, "fjerde": 4}


def _quarter(m: re.Match, text: str, ref: ArticleDate) -> _Cand | None:
    """ "andre kvartal" -> ``2025-Q2`` (the article's year unless a year or "i fjor" says otherwise)."""
    word = m.group("ord").lower()
    q = _QUARTER_ORDINALS.get(word) or int(word.rstrip("."))
    year = ref.year
    if m.group("y"):
        year = int(m.group("y"))
    elif m.group("rel") and year:
        rel = " ".join(m.group("rel").lower().split())
        year += {"i fjor": -1, "i år": 0, "neste år": 1, "i forfjor": -2}[rel]
    return _Cand(m.start(), m.end(), "DATE", f"{_y(year)}-Q{q}")


def _quarter_hour(m: re.Match, text: str, ref: ArticleDate) -> _Cand | None:
    s = m.group(0).lower()
    if "halvtime" in s:
        return _Cand(m.start(), m.end(), "DURATION", "PT30M")
    n = {"tre": 3, "to": 2}.get((m.group("n") or "").lower(), 1)
    return _Cand(m.start(), m.end(), "DURATION", f"PT{15 * n}M")


_VAR_FOLLOWERS = {
    "og",
    "men",
    "da",
    "då",
    "som",
    "ble",
    "blei",
    "vart",
    "var",
    "har",
    "hadde",
    "er",
    "skal",
    "kan",
    "vil",
    "må",
    "på",
    "i",
    "med",
    "til",
    "for",
    "fra",
    "frå",
    "etter",
    "ut",
    "igjen",
    "også",
    "òg",
    "ikke",
    "ikkje",
    "kom",
    "kommer",
    "blir",
    "startet",
    "begynte",
    "gikk",
    "fikk",
    "fekk",
}


def _season(m: re.Match, text: str, ref: ArticleDate) -> _Cand | None:
    season = SEASONS[m.group("season").lower()]
    suf = (m.group("suf") or "").lower()
    pre = re.sub(r"\s+", " ", (m.group("pre") or "").lower())
    definite = suf in ("en", "ens", "a")
    if suf == "s" or (
        not definite
        and not (
            pre
            in (
                "i",
                "i fjor",
                "i forfjor",
                "neste",
                "forrige",
                "førre",
                "sist",
                "kommende",
                "komande",
                "denne",
                "til",
                "om",
            )
            or m.group("y")
        )
    ):
        return None
    if m.group("season").lower() == "vår" and not definite and not m.group("y"):
        after = _word_after(text, m.end())
        nxt = text[m.end() : m.end() + 1]
        if after and nxt.isspace() and after.lower() not in _VAR_FOLLOWERS:
            return None  # "i vår tid", "i vår regjering": the possessive, not spring
    if pre == "om" and not m.group("y"):
        return _Cand(m.start(), m.end(), "SET", f"XXXX-{season}")
    if m.group("y"):
        y = int(m.group("y"))
    elif ref.year is None:
        y = None
    else:
        ry = re.sub(r"\s+", " ", (m.group("ry") or "").lower())
        delta = {
            "i fjor": -1,
            "i forfjor": -2,
            "forrige": -1,
            "førre": -1,
            "sist": -1,
            "neste": 1,
            "kommende": 1,
            "komande": 1,
        }.get(pre, 0) + {"i fjor": -1, "neste år": 1}.get(ry, 0)
        y = ref.year + delta
    if (
        pre in ("i", "om", "til", "hele", "heile", "fra", "frå", "før", "etter")
        and not m.group("y")
        and not m.group("ry")
    ):
        start = m.start("season") if pre not in ("i",) else m.start()
    else:
        start = m.start()
    return _Cand(start, m.end(), "DATE", f"{_y(y)}-{season}")


def _holiday(m: re.Match, text: str, ref: ArticleDate) -> _Cand | None:
    hol = m.group("hol").lower()
    given = int(m.group("y")) if m.group("y") else None

    def year_for(month: int, day: int = 15) -> int | None:
        return given if given is not None else _nearest_year(ref, month, day)

    if hol.startswith("påsk"):
        y = year_for(4)
        if y is None:
            return _Cand(m.start(), m.end(), "DATE", "XXXX-XX")
        e = _easter(y)
        y = year_for(e.month, e.day) if given is None else y
        e = _easter(y)
        value = e.isoformat() if hol == "påskeaften" else f"{y:04d}-{e.month:02d}"
    elif hol.startswith("pinse") or hol == "pinsa":
        y = year_for(5, 25)
        value = f"{y:04d}-{(_easter(y) + dt.timedelta(days=49)).month:02d}" if y else "XXXX-XX"
    elif hol in ("sankthans", "jonsok"):
        value = f"{_y(year_for(6, 23))}-06-23"
    elif hol in ("julaften", "julaftan"):
        value = f"{_y(year_for(12, 24))}-12-24"
    elif hol in ("nyttårsaften", "nyttårsaftan"):
        value = f"{_y(year_for(12, 31))}-12-31"
    elif hol.startswith("nyttårshelg"):
        y = year_for(12, 31)
        if y is None:
            return _Cand(m.start(), m.end(), "DATE", "XXXX-WXX-WE")
        days = [dt.date(y, 12, 31), dt.date(y + 1, 1, 1)]
        weekend = [d for d in days if d.isoweekday() >= 6]
        value = _iso_week((weekend or days)[0]) + "-WE"
    elif hol.startswith("nyttår"):
        y = year_for(12, 31)
        value = f"{y + 1:04d}-01-01" if y else "XXXX-01-01"
    else:  # jul, julen, romjulen, juleferien
        value = f"{_y(year_for(12, 24))}-12"
    return _Cand(m.start(), m.end(), "DATE", value)


def _clock_time(m: re.Match, text: str, ref: ArticleDate) -> _Cand | None:
    if m.group("h"):
        suffix = _clock_suffix(m)
    elif m.group("h2"):
        suffix = _clock_suffix(m, "h2", "mi2")
    elif m.group("h3"):
        suffix = _clock_suffix(m, "h3", "mi3")
    else:
        suffix = _clock_suffix(m, "h4", "mi4")
    if not suffix:
        return None
    if m.group("s2"):
        suffix += f":{m.group('s2')}"
    cand = _Cand(m.start(), m.end(), "TIME", None, "clock")
    cand.suffix = suffix
    return cand


def _set_every(m: re.Match, text: str, ref: ArticleDate) -> _Cand | None:
    unit = m.group("unit").lower()
    if unit in WEEKDAYS:
        value = f"XXXX-WXX-{WEEKDAYS[unit]}"
    elif unit in SEASONS:
        value = f"XXXX-{SEASONS[unit]}"
    elif unit in PARTS_OF_DAY:
        value = f"XXXX-XX-XXT{PARTS_OF_DAY[unit]}"
    elif unit == "helg":
        value = "XXXX-WXX-WE"
    else:
        value = _duration(2 if m.group("every").lower().startswith("anne") else 1, unit)
    return _Cand(m.start(), m.end(), "SET", value)


def _present_ref(m: re.Match, text: str, ref: ArticleDate) -> _Cand | None:
    return _Cand(m.start(), m.end(), "DATE", "PRESENT_REF")
