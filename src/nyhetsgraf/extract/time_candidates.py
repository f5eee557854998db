"""The candidate a pattern handler proposes, and helpers every handler uses to build one.

Why a module of its own: ``_Cand`` carries what the final choice needs beyond the value
(kind, day offset, clock suffix, future reading) so ``times.find_times`` can pick among
overlapping candidates and anchor clock times afterwards; all handler modules share it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from nyhetsgraf.extract.numbers import UNITS_WORDS
from nyhetsgraf.extract.time_calendar import ArticleDate

# ---------------------------------------------------------------------------------------------
# Candidates and their handlers
# ---------------------------------------------------------------------------------------------


@dataclass
class _Cand:
    start: int
    end: int
    type: str
    value: str | None
    kind: str = ""  # "clock": anchor to the last day; "deictic": i går/i dag/i morgen; "day": a day
    offset: int = 0  # days from "today" for deictic expressions
    suffix: str = ""  # T-suffix for anchored values
    future: bool = False  # a weekday read as the coming one ("skal ... fredag")


Handler = Callable[[re.Match, str, ArticleDate], "_Cand | None"]


# Hours said in words ("klokka tre"): the numbers one to twelve, with the neuter "ett"/"eitt".
_CLOCK_WORDS = {w: n for w, n in UNITS_WORDS.items() if 1 <= n <= 12} | {"ett": 1, "eitt": 1}


def _clock_suffix(m: re.Match, h: str = "h", mi: str = "mi") -> str | None:
    if not m.group(h):
        return None
    word = m.group(h).lower()
    hour, minute = _CLOCK_WORDS[word] if word in _CLOCK_WORDS else int(word), int(m.group(mi) or 0)
    if hour > 24 or minute > 59:
        return None
    return f"T{hour:02d}:{minute:02d}"


def _typed(m: re.Match, value: str | None, kind: str = "") -> _Cand:
    typ = "TIME" if value and "T" in value and not value.startswith("P") else "DATE"
    return _Cand(m.start(), m.end(), typ, value, kind)
