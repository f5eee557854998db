"""Name strings: the small normalisations every entity rule needs.

Why separate: merging (entities), look-ups (EntityIndex.resolve_name) and
corpus ids (kb_ids) must agree on what "the same name" means, so the folding
of case, hyphens, diacritics and the genitive lives in one place.
"""

from __future__ import annotations

import re
import unicodedata

_FOLD = str.maketrans({"ø": "o", "æ": "ae", "å": "a", "ß": "ss", "đ": "d", "ł": "l", "ı": "i", "œ": "oe"})
_NON_WORD = re.compile(r"[^\w\s]", re.UNICODE)
_DASHES = re.compile(r"[-‐‑‒–—]")


def fold(s: str) -> str:
    """Lower-case, Norwegian letters to ASCII (ø→o, æ→ae, å→a) and other diacritics dropped."""
    s = unicodedata.normalize("NFKC", s).lower().translate(_FOLD)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def name_key(s: str) -> str:
    """A comparison key: "Kim Il-sung", "Kim Il Sung" and "kim il sung" share one."""
    s = fold(s.replace("’", "'"))
    s = _DASHES.sub(" ", s)
    s = _NON_WORD.sub(" ", s.replace("'s ", " ").removesuffix("'s"))
    return " ".join(s.split())


def strip_genitive(s: str) -> str:
    """The name without a genitive ending: "Kremls" → "Kreml", "Nord-Koreas" → "Nord-Korea", "USAs" → "USA".

    Norwegian writes the genitive as a bare -s (also after acronyms), or an
    apostrophe after s/x/z ("Lars'"). Whether a final s *is* a genitive is the
    caller's decision (it needs context); this only removes it.
    """
    s = s.strip()
    for suffix in ("'s", "’s", "'", "’"):
        if s.endswith(suffix) and len(s) > len(suffix) + 1:
            return s[: -len(suffix)]
    if len(s) > 2 and s.endswith("s") and not s.endswith("ss"):
        return s[:-1]
    return s


def words(s: str) -> list[str]:
    """The words of a name key."""
    return name_key(s).split()


def initials(s: str) -> str:
    """Upper-case initials of the capitalised words: "Statistisk sentralbyrå" → "SS"."""
    return "".join(w[0].upper() for w in re.findall(r"\w+", s) if w[:1].isupper())
