"""Handlers for calendar dates: full and numeric dates, months, years, decades, centuries,
weekdays, deictic days ("i går", "i morgen") and relative periods ("neste uke", "i fjor").

Why a module of its own: these are the expressions whose value is a point or a named span
on the calendar, resolved against the article date; their rules (nearest year, past or
coming weekday, a year that is really a count) belong together.
"""

from __future__ import annotations

import datetime as dt
import re

from nyhetsgraf.extract.time_calendar import (
    ArticleDate,
    _day_value,
    _iso_week,
    _nearest_year,
    _shift_month,
    _weekday_value,
    _y,
    _ym,
)
from nyhetsgraf.extract.time_candidates import _Cand, _clock_suffix, _typed
from nyhetsgraf.extract.time_context import _at_sentence_start, _clause, _sentence, _word_after, _word_before
from nyhetsgraf.extract.time_vocabulary import (
    AFTER_YEAR_OK,
    FUTURE_CUES,
    MONTH_ABBR,
    MONTHS,
    NOWADAYS_CONTRAST,
    PARTS_OF_DAY,
    PRESENT_VERBS,
    UNITISH,
    WEEKDAYS,
    YEAR_CUE_ENDINGS,
    YEAR_CUES,
)


def _numeric_date(m: re.Match, text: str, ref: ArticleDate) -> _Cand | None:
    if m.group("iy"):
        y, mo, d = int(m.group("iy")), int(m.group("im")), int(m.group("id"))
    else:
        y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
        if y < 100:
            y += 2000 if y <= (ref.year or 2030) % 100 + 10 else 1900
    try:
        return _typed(m, dt.date(y, mo, d).isoformat(), "day")
    except ValueError:
        return None


def _text_date(m: re.Match, text: str, ref: ArticleDate) -> _Cand | None:
    mon = MONTHS[m.group("mon").lower()] if m.group("mon") else MONTH_ABBR[m.group("abbr").lower()]
    d = int(m.group("d"))
    if not 1 <= d <= 31 or (m.group("mon") and m.group("mon")[0].isupper()):
        return None
    if m.group("y"):
        y = int(m.group("y"))
    elif m.group("ry"):
        ry = re.sub(r"\s+", " ", m.group("ry").lower())
        delta = {"i år": 0, "i fjor": -1, "neste år": 1, "i forfjor": -2}[ry]
        y = ref.year + delta if ref.year is not None else None
    else:
        y = _nearest_year(ref, mon, d)
    return _typed(m, f"{_ym(y, mon)}-{d:02d}" + (_clock_suffix(m) or ""), "day")


def _month(m: re.Match, text: str, ref: ArticleDate) -> _Cand | None:
    word = m.group("mon")
    if (
        word[0].isupper()
        and not m.group("y")
        and (not _at_sentence_start(text, m.start("mon")) or _word_after(text, m.end())[:1].isupper())
    ):
        return None  # "August" mid-sentence, or before another name, is a name
    mon = MONTHS[word.lower()]
    if m.group("y"):
        y = int(m.group("y"))
    elif m.group("ry"):
        ry = re.sub(r"\s+", " ", m.group("ry").lower())
        base = ref.year
        delta = {"i år": 0, "i fjor": -1, "i forfjor": -2, "neste år": 1, "året etter": 1, "året før": -1}[ry]
        y = base + delta if base is not None else None
    else:
        y = _nearest_year(ref, mon)
        s, e = _clause(text, m.start())
        if ref.year is not None and ref.month is not None and FUTURE_CUES.search(text, s, e):
            y = ref.year if mon >= ref.month else ref.year + 1  # "I april skal de møtes" is the coming April
        mod = (m.group("mod") or "").lower()
        if ref.year is not None and ref.month is not None and mod in ("neste", "kommende"):
            y = ref.year if mon > ref.month else ref.year + 1
        elif ref.year is not None and ref.month is not None and mod in ("forrige", "førre", "sist"):
            y = ref.year if mon < ref.month else ref.year - 1
    return _typed(m, _ym(y, mon))


def _year(m: re.Match, text: str, ref: ArticleDate) -> _Cand | None:
    y = int(m.group("y"))
    if ref.year is not None and y > ref.year + 30:
        return None
    pre, post = text[max(0, m.start() - 8) : m.start()], text[m.end() : m.end() + 8]
    in_range = bool(
        re.search(r"(?:1[5-9]|20)\d\d\s*[–/-]\s*$", pre)
        or re.match(r"\s*[–/-]\s*(?:(?:1[5-9]|20)\d\d|\d\d)(?!\d)", post)
    )
    if re.search(r"[/–-]\s*$", pre) and not in_range:
        return None  # "Covid-2019"-style names
    before, after = _word_before(text, m.start()), _word_after(text, m.end())
    if (
        after[:1].islower()
        and text[m.end() : m.end() + 1].isspace()
        and _counted_word(after)
        and not in_range
    ):
        return None  # "2018 personer", "fra 2000 kunder": a count
    prev_char = text[: m.start()].rstrip()[-1:]
    cue = (
        before.lower() in YEAR_CUES
        or before.lower().endswith(YEAR_CUE_ENDINGS)
        or prev_char == "("
        or in_range
    )
    named = bool(before) and before[0].isupper() and not _at_sentence_start(text, m.start() - len(before) - 1)
    at_start = _at_sentence_start(text, m.start()) and (
        after.lower() in AFTER_YEAR_OK or text[m.end() : m.end() + 1] == ":"
    )
    if not (cue or named or at_start):
        return None
    if before.lower() == "av" and re.search(r"utgangen\s+av\s*$", text[max(0, m.start() - 20) : m.start()]):
        return _Cand(m.start(), m.end(), "DATE", f"{y:04d}-12")
    return _Cand(m.start(), m.end(), "DATE", f"{y:04d}")


def _counted_word(word: str) -> bool:
    """A word after a number that makes it a count: a unit, or a plural noun (not a present-tense verb)."""
    w = word.lower()
    if UNITISH.fullmatch(w):
        return True
    return w.endswith(("er", "ar")) and w not in PRESENT_VERBS


def _decade(m: re.Match, text: str, ref: ArticleDate) -> _Cand | None:
    if m.group("word"):
        tens = {
            "tjue": 2,
            "tretti": 3,
            "førti": 4,
            "femti": 5,
            "seksti": 6,
            "sytti": 7,
            "åtti": 8,
            "nitti": 9,
        }[m.group("word").lower()]
        num = f"{tens}0"
    else:
        num = m.group("num")
    if len(num) == 2:
        if not num.endswith("0") or re.search(r"år", m.group(0), re.IGNORECASE):
            return None  # "en mann i 30-årene" is an age, not the 1930s
        century = 19
        if ref.year is not None and 2000 + int(num) <= ref.year:
            century = 20
        return _Cand(m.start(), m.end(), "DATE", f"{century}{num[0]}X")
    if len(num) == 4 and num.endswith("00"):
        return _Cand(m.start(), m.end(), "DATE", num[:2])  # 1800-tallet: the 19th century
    if len(num) == 4 and num.endswith("0"):
        return _Cand(m.start(), m.end(), "DATE", f"{num[:3]}X")
    return None


def _century(m: re.Match, text: str, ref: ArticleDate) -> _Cand | None:
    n = int(m.group("n"))
    return _Cand(m.start(), m.end(), "DATE", f"{n - 1:02d}") if 1 <= n <= 21 else None


_PAST_AUX = re.compile(r"(?<!\w)(?:har|hadde|var|ble|vart|blei)(?!\w)", re.IGNORECASE)
# A subordinate clause after the weekday has its own tense: "vedtok onsdag at det skal …".
_SUBORDINATE = re.compile(r"\s(?:at|som|om|dersom|fordi)\s", re.IGNORECASE)
# "fra mandag", "innan fredag": a start or a deadline is a coming day.
_FROM_OR_BY = re.compile(r"(?<!\w)(?:fra|frå|innen|innan|fra\s+og\s+med|frå\s+og\s+med)\s+$", re.IGNORECASE)


def _weekday(m: re.Match, text: str, ref: ArticleDate) -> _Cand | None:
    wd = WEEKDAYS[m.group("wd").lower()]
    rel = (m.group("rel") or "").lower()
    suf = (m.group("suf") or "").lower()
    if rel in ("hver", "kvar", "annenhver", "annakvar") or suf in ("er", "ar", "ane", "ene"):
        pod = PARTS_OF_DAY.get((m.group("pod") or "").lower())
        return _Cand(m.start(), m.end(), "SET", f"XXXX-WXX-{wd}" + (f"T{pod}" if pod else ""))
    s, e = _clause(text, m.start())
    sub = _SUBORDINATE.search(text, m.end(), e)
    if sub:
        e = sub.start()  # "vedtok onsdag at … skal bli": the "skal" is the decision's, not the day's
    future = (
        rel in ("neste", "kommende", "førstkommende", "førstkommande")
        or bool(FUTURE_CUES.search(text, s, e))
        or (
            bool(_FROM_OR_BY.search(text[max(0, m.start() - 12) : m.start()]))
            and not _PAST_AUX.search(text, s, e)  # "fra mandag har skolen vært stengt"
        )
    )
    if rel in ("forrige", "førre", "sist", "siste"):
        future = False
    value = _weekday_value(ref, wd, future)
    if rel in ("neste",) and ref.date:
        value = (
            dt.date.fromisoformat(value) + dt.timedelta(days=7 if value == ref.date.isoformat() else 0)
        ).isoformat()
    clock = _clock_suffix(m) or _clock_suffix(m, "h0", "mi0")
    mod = re.sub(r"\s+", " ", (m.group("mod") or "").lower())
    pod = PARTS_OF_DAY.get((m.group("pod") or "").lower())
    if clock:
        suffix = clock
    elif mod.startswith("natt"):
        suffix = "TNI"
    elif pod:
        suffix = f"T{pod}"
    else:
        suffix = ""
    cand = _typed(m, value + suffix, "day")
    cand.future = future
    return cand


def _deictic_day(m: re.Match, text: str, ref: ArticleDate) -> _Cand | None:
    if m.group("day"):
        word = m.group("day").lower().split()[-1]
        offset = {
            "forgårs": -2,
            "går": -1,
            "dag": 0,
            "morgen": 1,
            "morgon": 1,
            "overmorgen": 2,
            "overmorgon": 2,
        }[word]
        pod_word = (m.group("pod") or "").lower()
        pod = "MO" if pod_word in ("tidlig", "tidleg") else PARTS_OF_DAY.get(pod_word, "")
    else:
        offset, pod = 0, PARTS_OF_DAY.get(m.group("podonly").lower().replace("morgest", "morges"), "")
    clock = _clock_suffix(m)
    suffix = clock or (f"T{pod}" if pod else "")
    if offset == 0 and not suffix:
        s, e = _sentence(text, m.start())
        if NOWADAYS_CONTRAST.search(text, s, e) or re.search(r"(?:frem|fram)\s+til\s*$", text[s : m.start()]):
            return _Cand(m.start(), m.end(), "DATE", "PRESENT_REF")
    cand = _typed(m, _day_value(ref, offset) + suffix, "deictic")
    cand.offset, cand.suffix = offset, suffix
    if suffix:
        cand.type = "TIME"
    return cand


def _rel_period(m: re.Match, text: str, ref: ArticleDate) -> _Cand | None:
    mod = (m.group("mod") or "").lower()
    end_of = "utgangen" in mod
    if m.group("fjor"):
        w = re.sub(r"\s+", " ", m.group("fjor").lower())
        if "helg" in w:
            return _Cand(m.start(), m.end(), "DATE", _weekend(ref, 0))
        delta = {
            "i fjor": -1,
            "fjoråret": -1,
            "fjorårets": -1,
            "i forfjor": -2,
            "året før": -1,
            "året etter": 1,
        }.get(w, 0)
        if ref.year is None:
            return _Cand(m.start(), m.end(), "DATE", None)
        value = f"{ref.year + delta:04d}" + ("-12" if end_of else "")
        return _Cand(m.start(), m.end(), "DATE", value)
    rel, unit = m.group("rel").lower(), m.group("unit").lower()
    delta = {"neste": 1, "kommende": 1, "komande": 1, "forrige": -1, "førre": -1, "sist": -1}.get(rel, 0)
    if unit.startswith("år"):
        value = _y(ref.year + delta if ref.year else None) + ("-12" if end_of else "")
    elif unit.startswith(("må",)):
        if ref.year and ref.month:
            y, mo = _shift_month(ref.year, ref.month, delta)
            value = _ym(y, mo)
        else:
            value = f"{_y(ref.year)}-XX"
    elif unit.startswith("helg"):
        value = _weekend(ref, delta)
    else:  # week
        value = _iso_week(ref.date + dt.timedelta(weeks=delta)) if ref.date else f"{_y(ref.year)}-WXX"
    return _Cand(m.start(), m.end(), "DATE", value)


def _weekend(ref: ArticleDate, delta_weeks: int) -> str:
    if ref.date:
        return _iso_week(ref.date + dt.timedelta(weeks=delta_weeks)) + "-WE"
    return f"{_y(ref.year)}-WXX-WE"


def _week_number(m: re.Match, text: str, ref: ArticleDate) -> _Cand | None:
    w = int(m.group("w"))
    if not 1 <= w <= 53:
        return None
    return _Cand(m.start(), m.end(), "DATE", f"{_y(ref.year)}-W{w:02d}")
