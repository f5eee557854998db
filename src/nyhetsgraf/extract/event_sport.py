"""Whether an article is about sport, so "angrep" and "seier" are read as sport, not war.

Why a module of its own: the test is a text-level judgement made once per article and
consulted by several rules; it is also used directly by tests.
"""

from __future__ import annotations

import re

from nyhetsgraf.extract.event_words import SPORT_SUFFIXES, SPORT_WORDS

# Nynorsk "seier" is "says" (", seier Solheim", "seier ho"), and "om lag" is "about":
# neither is sport, and a Nynorsk article full of quotes is not a match report.
_NYNORSK_SAYS = re.compile(r"[,–]\s*seier\b|\bseier\s+(?:at|han|ho|dei|eg|vi)\b", re.IGNORECASE)
_OM_LAG = re.compile(r"\bom\s+lag\b", re.IGNORECASE)


def is_sport_text(text: str) -> bool:
    """Whether a text is about sport: several sports words, so "angrep" is football."""
    says = bool(_NYNORSK_SAYS.search(text))
    words = re.findall(r"\w+", _OM_LAG.sub(" ", text).lower())
    hits = sum(1 for w in words if _is_sport_word(w) and not (says and w == "seier"))
    return hits >= 4 or (hits >= 2 and len(words) < 150)


def _is_sport_word(word: str) -> bool:
    return word in SPORT_WORDS or word.endswith(SPORT_SUFFIXES)
