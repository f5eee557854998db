"""Norwegian numbers as written in news text, shared by the time and quantity extractors.

Why a module of its own: times ("to uker", "20 timer") and quantities ("1,5 milliarder
kroner", "fem personer") read numbers the same way, and the odd Norwegian formats
(decimal comma, thousands grouped with a space, a no-break space or a dot, number words
in Bokmål and Nynorsk) should be parsed in exactly one place.
"""

from __future__ import annotations

import re

# Spaces that group thousands: plain, no-break, narrow no-break, thin.
GROUP_SPACE = "[ \u00a0\u202f\u2009]"

# A written number: "1 000 000", "1.000.000", "1,5", "2023". The lookbehinds keep us out of
# "E6", "1.5.2023", "Mig-29" and the like; the lookahead out of longer digit runs.
DIGITS = rf"""
    (?<![\w.,/])(?<![^\W\d]-)                        # not "E6", "1.5.2023", "Covid-19"; "30-40" is fine
    (?:
        \d{{1,3}}(?:{GROUP_SPACE}\d{{3}})+(?:,\d+)?   # 1 000 000 (space-grouped)
      | \d{{1,3}}(?:\.\d{{3}})+(?:,\d+)?             # 1.000.000 (dot-grouped)
      | \d+(?:,\d+)?                                 # 1,5 / 2023
    )
    (?![\d])
    (?!,\d)
"""

# Verbs before "N år" that make it an age ("hun var 12 år da ..."), not a duration or a quantity.
AGE_VERBS = frozenset(
    {"er", "var", "ble", "blei", "vart", "blir", "fyller", "fylte", "fylt", "fylle", "runder", "rundet"}
)

# Person nouns before "på N år" that make it an age ("en kvinne på 64 år"), not a duration.
PERSON_NOUNS = frozenset(
    {
        "mann",
        "mannen",
        "kvinne",
        "kvinnen",
        "kvinna",
        "gutt",
        "gutten",
        "jente",
        "jenta",
        "jenten",
        "person",
        "personen",
        "pasient",
        "pasienten",
        "sjåfør",
        "sjåføren",
        "fører",
        "føreren",
        "bilfører",
        "bilføreren",
        "syklist",
        "syklisten",
        "elev",
        "eleven",
        "student",
        "studenten",
        "ungdom",
        "ungdommen",
        "beboer",
        "beboeren",
        "bebuar",
        "bebuaren",
    }
)
_PERSON_PAA = re.compile(r"([a-zæøå]+)\s+på\s+$", re.IGNORECASE)


def person_age_before(text: str, start: int) -> bool:
    """True when the number at ``start`` follows "<person noun> på", as in "en mann på 40 år"."""
    m = _PERSON_PAA.search(text[max(0, start - 40) : start])
    return bool(m) and m.group(1).lower() in PERSON_NOUNS


UNITS_WORDS = {
    "null": 0,
    "én": 1,
    "éin": 1,
    "to": 2,
    "tre": 3,
    "fire": 4,
    "fem": 5,
    "seks": 6,
    "sju": 7,
    "syv": 7,
    "åtte": 8,
    "ni": 9,
    "ti": 10,
    "elleve": 11,
    "tolv": 12,
    "tretten": 13,
    "fjorten": 14,
    "femten": 15,
    "seksten": 16,
    "sytten": 17,
    "atten": 18,
    "nitten": 19,
}
TENS_WORDS = {
    "tjue": 20,
    "tjuge": 20,
    "tyve": 20,
    "tretti": 30,
    "tredve": 30,
    "førti": 40,
    "femti": 50,
    "seksti": 60,
    "sytti": 70,
    "åtti": 80,
    "nitti": 90,
}
# The indefinite article doubles as "one": only numeric in clearly numeric contexts.
ARTICLE_ONES = {"en": 1, "ei": 1, "et": 1, "ett": 1, "ein": 1, "eit": 1, "eitt": 1}
# "en halv", "et halvt", "eit halvt", "ei halv": one half, written with an article;
# "to og en halv": two and a half.
HALF = rf"""(?<!\w)(?:(?:\d+|{"|".join(sorted(UNITS_WORDS, key=len, reverse=True))})\s+og\s+)?
            (?:en|ei|et|ett|ein|eit|eitt)\s+halv[te]?(?!\w)"""
FRACTION_WORDS = {"halvannen": 1.5, "halvannet": 1.5, "halvanna": 1.5, "halvannan": 1.5}
SCALE_WORDS = {"hundre": 100, "tusen": 1000}

_ones_alt = "|".join(sorted((k for k in UNITS_WORDS if k != "null"), key=len, reverse=True))
_tens_alt = "|".join(sorted(TENS_WORDS, key=len, reverse=True))
_frac_alt = "|".join(FRACTION_WORDS)

# "tre", "tjuefem", "to hundre", "tre tusen", "halvannen" -- never a bare article.
NUMBER_WORD = rf"""
    (?<!\w)
    (?:
        (?:{_tens_alt})(?:{_ones_alt}|en|ein)?     # tjue, tjuefem, førtito
      | (?:{_ones_alt})
      | (?:{_frac_alt})
      | hundre | tusen
    )
    (?:\s+(?:hundre|tusen))?
    (?!\w)
"""


# Large-number words after a number: "1,5 milliarder", "3 mill.", "20 mrd."
SCALE_AFTER = r"""
    (?:tusen
      | millioner | million | millionar | mill\. | mill(?!\w) | mln\.? | mio\.?
      | milliarder | milliard | milliardar | mrd\.? | mia\.?
      | billioner | billion)
"""

_SCALE_VALUES = (  # "milliard" before "mill": the longer word must win
    (re.compile(r"^tusen$"), 1_000),
    (re.compile(r"^(?:milliard|mrd|mia)"), 1_000_000_000),
    (re.compile(r"^(?:mill|mln|mio)"), 1_000_000),
    (re.compile(r"^billion"), 1_000_000_000_000),
)

DIGITS_RE = re.compile(DIGITS, re.VERBOSE)
NUMBER_WORD_RE = re.compile(NUMBER_WORD, re.VERBOSE | re.IGNORECASE)


def parse_digits(s: str) -> float:
    """'1 000' / '1.000' / '1,5' -> 1000.0 / 1000.0 / 1.5."""
    s = re.sub(GROUP_SPACE, "", s.strip())
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):
        s = s.replace(".", "")
    return float(s.replace(",", "."))


def parse_word(s: str) -> float | None:
    """'tre' -> 3, 'tjuefem' -> 25, 'to hundre' -> 200, 'halvannen' -> 1.5, 'en halv' -> 0.5."""
    words = s.lower().split()
    if not words:
        return None
    if words[-1] in ("halv", "halvt", "halve") and len(words) >= 2 and words[-2] in ARTICLE_ONES:
        if len(words) == 2:
            return 0.5
        whole = parse_number(words[0]) if len(words) == 4 and words[1] == "og" else None
        return whole + 0.5 if whole is not None else None
    value = _word_value(words[0])
    if value is None:
        return None
    for w in words[1:]:
        if w in SCALE_WORDS:
            value *= SCALE_WORDS[w]
        else:
            return None
    return value


def _word_value(w: str) -> float | None:
    if w in UNITS_WORDS:
        return UNITS_WORDS[w]
    if w in FRACTION_WORDS:
        return FRACTION_WORDS[w]
    if w in ARTICLE_ONES:
        return ARTICLE_ONES[w]
    if w in SCALE_WORDS:
        return SCALE_WORDS[w]
    for tens, tv in TENS_WORDS.items():
        if w.startswith(tens):
            rest = w[len(tens) :]
            if not rest:
                return tv
            if rest in ("en", "ein"):
                return tv + 1
            if rest in UNITS_WORDS and UNITS_WORDS[rest] < 10:
                return tv + UNITS_WORDS[rest]
    return None


def parse_number(s: str) -> float | None:
    """Digits or words, e.g. '1 000', 'tre', 'halvannen', 'en halv'; None if not a number."""
    s = s.strip()
    if not s:
        return None
    if s[0].isdigit():
        try:
            return parse_digits(s)
        except ValueError:
            return None
    return parse_word(s)


def scale_of(word: str | None) -> int:
    """'milliarder' -> 10**9, 'mill.' -> 10**6, None -> 1."""
    if not word:
        return 1
    w = word.lower()
    for rx, v in _SCALE_VALUES:
        if rx.match(w):
            return v
    return 1


def tidy(value: float) -> int | float:
    """An int when the value is whole (130, not 130.0): the scorer compares values as strings."""
    value = round(value, 6)
    return int(value) if float(value).is_integer() else value


def fmt(value: float) -> str:
    """A number for a TIMEX3 value: 2 -> '2', 1.5 -> '1.5'."""
    return str(tidy(value))
