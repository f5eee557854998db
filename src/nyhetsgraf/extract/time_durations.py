"""Handlers for durations and offsets: "20 timer", "halvannet år", "ett år og seks måneder",
"de siste ukene", "timevis", and "for to år siden" / "om tre uker".

Why a module of its own: a counted unit is either a length of time (``P2Y``) or, with
"for ... siden" / "om", an offset from the article date; the rules that tell a duration
from a counted noun ("to års fengsel", an age) are shared by these handlers only.
"""

from __future__ import annotations

import datetime as dt
import re

from nyhetsgraf.extract.numbers import AGE_VERBS, ARTICLE_ONES, parse_number, person_age_before
from nyhetsgraf.extract.time_calendar import ArticleDate, _duration, _iso_week, _shift_month, _unit_of, _ym
from nyhetsgraf.extract.time_candidates import _Cand
from nyhetsgraf.extract.time_context import _word_after, _word_before


def _count(m: re.Match) -> float | None:
    word = m.group("n")
    if word.lower() in ARTICLE_ONES:
        return 1
    return parse_number(word)


def _ago(m: re.Match, text: str, ref: ArticleDate) -> _Cand | None:
    n = _count(m)
    if n is None:
        return None
    letter, in_time = _unit_of(m.group("unit"))
    if m.group("for") and n == int(n) and not in_time:
        value = _offset_value(ref, -int(n), letter)
        if value:
            return _Cand(m.start(), m.end(), "DATE", value)
    return _Cand(m.start(), m.end(), "DURATION", _duration(n, m.group("unit")))


def _ahead(m: re.Match, text: str, ref: ArticleDate) -> _Cand | None:
    n = _count(m)
    if n is None:
        return None
    letter, in_time = _unit_of(m.group("unit"))
    after = _word_after(text, m.end()).lower()
    genitive = m.group("unit").lower().endswith("s") and after not in ("tid", "tids")
    if genitive:
        # "ba om to års fengsel": "om" belongs to the verb, "to års" measures the noun after it
        return _Cand(m.start("n"), m.end(), "DURATION", _duration(n, m.group("unit")))
    if n == int(n) and not in_time:
        value = _offset_value(ref, int(n), letter)
        if value:
            return _Cand(m.start(), m.end(), "DATE", value)
    return _Cand(m.start(), m.end(), "DURATION", _duration(n, m.group("unit")))


def _offset_value(ref: ArticleDate, n: int, letter: str) -> str | None:
    """The date n units from the article date, at the unit's precision; None if it can't be known."""
    if letter == "Y" and ref.year:
        return f"{ref.year + n:04d}"
    if letter == "DE" and ref.year:
        return f"{ref.year + 10 * n:04d}"
    if letter == "M" and ref.year and ref.month:
        return _ym(*_shift_month(ref.year, ref.month, n))
    if letter == "W" and ref.date:
        return _iso_week(ref.date + dt.timedelta(weeks=n))
    if letter == "D" and ref.date:
        return (ref.date + dt.timedelta(days=n)).isoformat()
    return None


# Words ending in -e that are not adjectives of a counted unit.
_NOT_ADJECTIVE_WORDS = "de dei andre neste siste første hele heile samme like ganske noe noen nokre mange"
_NOT_ADJECTIVES = set(_NOT_ADJECTIVE_WORDS.split())
_ARTICLE_CUES = {
    "med",
    "i",
    "på",
    "om",
    "etter",
    "over",
    "under",
    "innen",
    "innan",
    "bare",
    "berre",
    "kun",
    "nesten",
    "drøyt",
    "snaut",
    "knapt",
    "av",
    "hele",
    "heile",
    "til",
    "mindre",
    "enn",
    "for",
}


def _duration_match(m: re.Match, text: str, ref: ArticleDate) -> _Cand | None:
    unit = m.group("unit").lower()
    after = _word_after(text, m.end()).lower()
    before = _word_before(text, m.start()).lower()
    if unit.startswith("år") and after in ("gammel", "gamle", "gamal", "gammal", "gml"):
        return None  # "37 år gammel" is an age, a quantity
    if unit.startswith("år") and m.group("n") and before in AGE_VERBS and after not in ("til", "siden"):
        return None  # "han er 45 år" is an age
    if unit in ("år", "års") and m.group("n") and person_age_before(text, m.start()):
        return None  # "en kvinne på 64 år" is an age
    definite = bool(re.search(r"(?:en|et|ene|a|ane|one)$", unit)) or unit == "århundret"
    if m.group("adj") and (
        not (m.group("n") or m.group("vague")) or not re.search(r"(?:er|ar|ane|ene|ter|der)$", unit)
    ):
        return None  # an adjective only between a count and a plural unit
    if m.group("adj") and m.group("adj").strip().lower() in _NOT_ADJECTIVES:
        return None
    if m.group("dir"):
        if m.group("n"):
            n = parse_number(m.group("n"))
        elif unit.endswith(("ene", "ane", "one", "a", "ers", "ars")) and unit not in ("uka", "veka"):
            n = None  # de siste ukene / de siste ukers
        else:
            n = 1
        return _Cand(m.start(), m.end(), "DURATION", _duration(n, unit))
    if m.group("det"):
        return None
    if m.group("n"):
        if definite and unit not in ("timen",):
            return None  # "to dagen" is not Norwegian; a number before a definite noun is something else
        n = parse_number(m.group("n"))
        if n is None:
            return None
        return _Cand(m.start(), m.end(), "DURATION", _duration(n, unit))
    if m.group("art"):
        if definite or not (before in _ARTICLE_CUES or m.group("approx")):
            return None
        return _Cand(m.start(), m.end(), "DURATION", _duration(1, unit))
    if m.group("vague"):
        if definite:
            return None
        return _Cand(m.start(), m.end(), "DURATION", _duration(None, unit))
    return None


_UNIT_RANK = {"Y": 4, "M": 3, "W": 2, "D": 1}
_TIME_RANK = {"H": 3, "M": 2, "S": 1}


def _compound_duration(m: re.Match, text: str, ref: ArticleDate) -> _Cand | None:
    """ "ett år og seks måneder" -> ``P1Y6M``, "to timer og 30 minutter" -> ``PT2H30M``."""
    counts = []
    for g in ("n1", "n2"):
        word = m.group(g).lower()
        n = 1.0 if word in ARTICLE_ONES else parse_number(m.group(g))
        if n is None or n != int(n):
            return None
        counts.append(int(n))
    (l1, t1), (l2, t2) = _unit_of(m.group("u1")), _unit_of(m.group("u2"))
    if t1 != t2:
        return None
    rank = _TIME_RANK if t1 else _UNIT_RANK
    if l1 not in rank or l2 not in rank or rank[l1] <= rank[l2]:
        return None
    if m.group("u1").lower().startswith("år") and person_age_before(text, m.start()):
        return None
    value = f"{counts[0]}{l1}{counts[1]}{l2}"
    return _Cand(m.start(), m.end(), "DURATION", f"PT{value}" if t1 else f"P{value}")


def _many_units(m: re.Match, text: str, ref: ArticleDate) -> _Cand | None:
    unit = m.group("unit").lower()
    unit = {"timevis": "time", "årevis": "år", "årvis": "år"}.get(unit, unit.replace("vis", ""))
    return _Cand(m.start(), m.end(), "DURATION", _duration(None, unit))
