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
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from nyhetsgraf.extract.numbers import (
    AGE_VERBS,
    ARTICLE_ONES,
    DIGITS,
    HALF,
    NUMBER_WORD,
    UNITS_WORDS,
    fmt,
    parse_number,
    person_age_before,
)
from nyhetsgraf.record import Time

# ---------------------------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------------------------

MONTHS = {
    "januar": 1,
    "februar": 2,
    "mars": 3,
    "april": 4,
    "mai": 5,
    "juni": 6,
    "juli": 7,
    "august": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "desember": 12,
}
MONTH_ABBR = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "okt": 10,
    "nov": 11,
    "des": 12,
}
WEEKDAYS = {
    "mandag": 1,
    "måndag": 1,
    "tirsdag": 2,
    "tysdag": 2,
    "onsdag": 3,
    "torsdag": 4,
    "fredag": 5,
    "lørdag": 6,
    "laurdag": 6,
    "søndag": 7,
    "sundag": 7,
}
# TIMEX3 parts of day; "formiddag" is morning in TIMEX3's coarse scheme.
PARTS_OF_DAY = {
    "morgen": "MO",
    "morgenen": "MO",
    "morgon": "MO",
    "morgonen": "MO",
    "morges": "MO",
    "formiddag": "MO",
    "formiddagen": "MO",
    "føremiddag": "MO",
    "føremiddagen": "MO",
    "ettermiddag": "AF",
    "ettermiddagen": "AF",
    "kveld": "EV",
    "kvelden": "EV",
    "kveldinga": "EV",
    "kvelds": "EV",
    "natt": "NI",
    "natten": "NI",
    "natta": "NI",
}
SEASONS = {"vår": "SP", "sommer": "SU", "sommar": "SU", "høst": "FA", "haust": "FA", "vinter": "WI"}
# Duration units: TIMEX3 letter and whether it belongs after the "T".
DURATION_UNITS = (
    ("sekund", "S", True),
    ("minutt", "M", True),
    ("tim", "H", True),
    ("døgn", "D", False),
    ("dag", "D", False),
    ("uk", "W", False),
    ("vek", "W", False),
    ("vik", "W", False),
    ("måne", "M", False),
    ("måna", "M", False),
    ("tiår", "DE", False),
    ("århundre", "CE", False),
    ("år", "Y", False),
)

_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH_ABBRS = "|".join(sorted(MONTH_ABBR, key=len, reverse=True))
_WEEKDAY_NAMES = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_POD_WORDS = "|".join(sorted(PARTS_OF_DAY, key=len, reverse=True))

DUR_UNIT = r"""
    (?:sekund(?:er|et|ene|a|ane|s|ers)?
     | minutt(?:er|et|ene|a|ane|s|ers)?
     | tim(?:e|er|en|ene|ar|ane|es|ers|ars)
     | døgn(?:et|ene|a|s)?
     | dag(?:er|en|ene|ar|ane|s|ers|ars)?
     | uk(?:e|er|en|a|ene|es|ers)
     | vek(?:e|er|a|ene|one|or|es|ers)
     | vik(?:e|er|a)
     | måned(?:er|en|ene|s|ers)?
     | månad(?:er|en|ene|ar|ane|s|ers)?
     | tiår(?:et|ene|a|s)?
     | århundre(?:t|r|ne)?
     | år(?:et|ene|a|s|ets|enes)?)
"""
# A number as it counts time units: digits, number words, "halvannen", "en halv".
NUM = rf"(?:{HALF}|{DIGITS}|{NUMBER_WORD})"
_HOUR_WORDS = "ett|eitt|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv"
CLOCK = rf"(?:klokken|klokka|kl\.?)\s*(?P<h>\d{{1,2}}|{_HOUR_WORDS})(?:[.:](?P<mi>\d{{2}}))?(?!\d|\w)"
APPROX = r"""(?:drøyt|drygt|nøyaktig|akkurat|snaut|knapt|knappe|nesten|over|under|
             mindre\s+enn|mer\s+enn|meir\s+enn|cirka|ca\.|rundt|omkring|om\s+lag|bare|berre|kun|
             i\s+underkant\s+av|i\s+overkant\s+av)"""

# Words after which a four-digit number reads as a year ("i 1948", "fra 1984").
YEAR_CUES = {
    "i",
    "fra",
    "frå",
    "til",
    "for",
    "siden",
    "sidan",
    "før",
    "etter",
    "innen",
    "innan",
    "mellom",
    "og",
    "eller",
    "år",
    "året",
    "av",
    "gjennom",
    "per",
    "pr.",
    "ut",
    "fram",
    "frem",
    "tilbake",
    "våren",
    "sommeren",
    "høsten",
    "vinteren",
    "valget",
    "sesongen",
    "siste",
    "tidlig",
    "sent",
    "seint",
    "modell",
    "årsmodell",
    "løpet",
    "inn",
    "mot",
    "fyller",
    "allerede",
    "alt",
    "sist",
    "innenfor",
}
YEAR_CUES |= {
    "gjelder",
    "hele",
    "heile",
    "med",
    "anno",
    "kvartal",
    "halvår",
    "halvåret",
    "sesong",
    "sesongen",
    "budsjettet",
    "statsbudsjettet",
    "inntil",
    "enn",
    "innen",
    "sammenlignet",
    "samanlikna",
}
YEAR_CUE_ENDINGS = ("året", "sesongen", "kvartal", "budsjettet")
UNITISH = re.compile(
    r"""(?:kroner|kr|nok|dollar|euro|prosent|personer|personar|mennesker|menneske|folk|barn|
    tonn|meter|km|kilometer|mil|kilo|kg|liter|stemmer|ansatte|tilsette|biler|bilar|elever|elevar|kunder|
    kundar|deltakere|medlemmer|innbyggere|soldater|arbeidsplasser|boliger|stykker|eksemplarer)""",
    re.VERBOSE,
)
# Present-tense verbs that may follow a fronted year ("I 2024 kommer ...").
PRESENT_VERBS = {
    "er",
    "har",
    "var",
    "sier",
    "seier",
    "mener",
    "meiner",
    "skriver",
    "forteller",
    "melder",
    "opplyser",
    "hadde",
    "kommer",
    "blir",
    "går",
    "får",
    "ser",
    "står",
    "skjer",
    "viser",
    "ligger",
    "starter",
    "spiller",
    "tar",
    "gjelder",
    "øker",
    "aukar",
    "faller",
    "byrjar",
    "begynner",
    "endrer",
    "markerer",
    "feirer",
    "fyller",
    "passerer",
    "utgjør",
    "regner",
    "venter",
    "ventes",
    "trer",
    "utløper",
    "avsluttes",
    "kjem",
    "startar",
    "gjeld",
    "vert",
    "ender",
    "endar",
    "lanserer",
    "åpner",
    "opner",
    "holder",
    "heldt",
    "snur",
}
# Words that may follow a year without turning it into a count ("i 2023 var det ...").
AFTER_YEAR_OK = {
    "var",
    "ble",
    "blei",
    "vart",
    "er",
    "blir",
    "har",
    "hadde",
    "kom",
    "skal",
    "vil",
    "kan",
    "og",
    "eller",
    "da",
    "då",
    "der",
    "hvor",
    "kor",
    "som",
    "men",
    "til",
    "at",
    "fikk",
    "fekk",
    "gikk",
    "ga",
    "sa",
    "sier",
    "med",
    "i",
    "på",
    "for",
    "fra",
    "frå",
    "etter",
    "mot",
    "om",
    "ved",
    "kommer",
    "må",
    "viste",
    "så",
    "også",
    "ogso",
    "ikkje",
    "ikke",
    "vant",
    "tok",
    "startet",
    "begynte",
    "døde",
    "gjorde",
    "foto",
    "fortsatt",
    "framover",
    "fremover",
    "videre",
}
# Verbs that point to the future: "skal møtes fredag" is the coming Friday.
FUTURE_CUES = re.compile(
    r"""
    (?<!\w)
    (?: skal(?!\s+(?:ha|være|vere)(?!\w))      # not the hearsay "skal ha", "skal være"
      | skulle(?!\s+ha(?!\w)) | vil | kommer\s+til\s+å | kjem\s+til\s+å | planlegger | neste
      | innen | fram\s+til | frem\s+til | etter\s+planen | ventes | forventes )
    (?!\w)""",
    re.VERBOSE | re.IGNORECASE,
)
# Sentences that set "i dag" against the past: "i dag" then means nowadays.
NOWADAYS_CONTRAST = re.compile(
    r"(?<!\w)(?:før\s+i\s+tid(?:en|a)|den\s+gang(?:en)?|i\s+gamle\s+dager|"
    r"enn\s+før|enn\s+tidligere|sammenlignet\s+med|samanlikna\s+med)(?!\w)",
    re.IGNORECASE,
)

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


def _sentence(text: str, pos: int) -> tuple[int, int]:
    start = max(text.rfind("\n", 0, pos), *(text.rfind(p, 0, pos) for p in (". ", "! ", "? "))) + 1
    ends = [i for i in (text.find("\n", pos), *(text.find(p, pos) for p in (". ", "! ", "? "))) if i >= 0]
    return start, (min(ends) if ends else len(text))


def _clause(text: str, pos: int) -> tuple[int, int]:
    """The clause around ``pos``: the sentence cut at commas, semicolons and colons."""
    s, e = _sentence(text, pos)
    cut_start = max(text.rfind(p, s, pos) for p in (",", ";", ":"))
    ends = [i for i in (text.find(p, pos, e) for p in (",", ";", ":")) if i >= 0]
    return (cut_start + 1 if cut_start >= 0 else s), (min(ends) if ends else e)


def _word_before(text: str, pos: int) -> str:
    m = re.search(r"([\wæøåÆØÅ.]+)\s*$", text[max(0, pos - 40) : pos])
    return m.group(1) if m else ""


def _word_after(text: str, pos: int) -> str:
    m = re.match(r"\s*([\wæøåÆØÅ]+)", text[pos : pos + 40])
    return m.group(1) if m else ""


def _at_sentence_start(text: str, pos: int) -> bool:
    before = text[:pos].rstrip(" \t\u00a0")
    return not before or before[-1] in '.!?:\n–-«"('


# ---------------------------------------------------------------------------------------------
# Patterns: one named, verbose pattern per kind of expression
# ---------------------------------------------------------------------------------------------

FLAGS = re.VERBOSE | re.IGNORECASE

NUMERIC_DATE = re.compile(
    r"""
    (?<![\w.])
    (?: (?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4}|\d{2})      # 05.09.2023, 5.9.23
      | (?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2}) )              # 2023-09-05
    (?![\w]|\.\d)
""",
    FLAGS,
)

TEXT_DATE = re.compile(
    rf"""
    (?<!\w)
    (?:(?P<wd>{_WEEKDAY_NAMES})(?:en)?\s*,?\s+(?:den\s+)?)?       # (fredag) (den)
    (?P<d>\d{{1,2}})\.\s*                                        # 5.
    (?:(?P<mon>{_MONTH_NAMES})|(?P<abbr>{_MONTH_ABBRS})\.?)      # september / sept.
    (?:\s+(?:(?P<y>\d{{4}})(?!\d)                              # 2023
           |(?P<ry>i\s+år|i\s+fjor|neste\s+år|i\s+forfjor)))?     # i fjor
    (?:\s*,?\s*{CLOCK})?                                          # klokken 12
    (?!\w)
""",
    FLAGS,
)

MONTH = re.compile(
    rf"""
    (?<!\w)
    (?:(?P<mod>(?:ved\s+)?(?:begynnelsen|starten|midten|slutten|utgangen|enden)\s+av
             |neste|forrige|førre|sist|kommende)\s+)?
    (?P<mon>{_MONTH_NAMES})
    (?:\s+(?:(?P<y>\d{{4}})(?!\d)
           |(?P<ry>i\s+år|i\s+fjor|i\s+forfjor|neste\s+år|året\s+etter|året\s+før)))?
    (?!\w)
""",
    FLAGS,
)

YEAR = re.compile(
    r"""
    (?<![\w.,])
    (?P<y>1[5-9]\d\d|20\d\d)
    (?![\w]|,\d|\.\d|[ \u00a0\u202f]\d{3})
""",
    FLAGS,
)

DECADE = re.compile(
    r"""
    (?<!\w)
    (?:(?P<mod>(?:på\s+|i\s+)?(?:begynnelsen|starten|midten|slutten|utgangen)\s+av(?:\s+det)?)\s+)?
    (?: (?P<num>\d{2,4})-(?:tallet|talet|tallets|talets|årene|åra)
      | (?P<word>tjue|tretti|førti|femti|seksti|sytti|åtti|nitti)(?:tallet|talet|tallets) )
    (?!\w)
""",
    FLAGS,
)

CENTURY = re.compile(
    r"""
    (?<!\w)
    (?:det\s+)?(?P<n>\d{1,2})\.\s*(?:århundre|hundreår)(?:t|et)?
    (?!\w)
""",
    FLAGS,
)

WEEKDAY = re.compile(
    rf"""
    (?<!\w)
    (?:(?:klokken|klokka|kl\.?)\s*(?P<h0>\d{{1,2}})(?:[.:](?P<mi0>\d{{2}}))?\s+)?   # klokken 13 torsdag
    (?:(?P<rel>neste|forrige|førre|sist|siste|kommende|førstkommande|førstkommende|denne|
              hver|kvar|annenhver|annakvar)\s+)?
    (?:(?P<mod>sent|seint|tidlig|tidleg|natt\s+til|natta\s+til|natt\s+mot|natta\s+mot)\s+)?
    (?P<wd>{_WEEKDAY_NAMES})(?P<suf>ens|en|s|er|ar|ane|ene)?
    (?:\s+(?P<pod>{_POD_WORDS}))?
    (?:\s*,?\s*{CLOCK})?
    (?!\w)
""",
    FLAGS,
)

DEICTIC_DAY = re.compile(
    rf"""
    (?<!\w)
    (?: (?P<day>i\s+(?:forgårs|forgårs|går|dag|morgen|morgon|overmorgen|overmorgon))
        (?:\s+(?P<pod>{_POD_WORDS}|tidlig|tidleg))?
      | i\s+(?P<podonly>kveld|natt|morges|formiddag|føremiddag|ettermiddag|kveldinga|morgest) )
    (?:\s*,?\s*{CLOCK})?
    (?!\w)
""",
    FLAGS,
)

REL_PERIOD = re.compile(
    r"""
    (?<!\w)
    (?:(?P<mod>(?:ved\s+)?(?:utgangen|slutten|begynnelsen|starten|midten)\s+av)\s+)?
    (?: (?P<fjor>i\s+fjor|i\s+forfjor|fjoråret|fjorårets|i\s+år(?!\s+\d{4})|året\s+før|året\s+etter|
                 inneværende\s+år|dette\s+året|i\s+helgen|i\s+helga|i\s+helg)
      | (?:(?:i|om|på)\s+)?(?P<rel>neste|forrige|førre|sist|kommende|komande|denne|dette)\s+
        (?P<unit>uke|uka|uken|veke|veka|måned|måneden|månad|månaden|år|året|helg|helga|helgen) )
    (?!\w)
""",
    FLAGS,
)

WEEK_NUMBER = re.compile(
    r"""
    (?<!\w)(?:uke|veke)\s+(?P<w>\d{1,2})(?!\d|,\d)
""",
    FLAGS,
)

AGO = re.compile(
    rf"""
    (?<!\w)
    (?:(?P<for>for)\s+)?
    (?:{APPROX}\s+)?
    (?P<n>{NUM}|en|ei|et|ett|ein|eit|eitt)\s+(?P<unit>{DUR_UNIT})\s+(?:siden|sidan)
    (?!\w)
""",
    FLAGS,
)

AHEAD = re.compile(
    rf"""
    (?<!\w)
    om\s+(?:{APPROX}\s+)?
    (?P<n>{NUM}|en|ei|et|ett|ein|eit|eitt)\s+(?P<unit>{DUR_UNIT})
    (?!\w)
""",
    FLAGS,
)

DURATION = re.compile(
    rf"""
    (?<!\w)
    (?:(?P<det>de|det|den|dei)\s+(?P<dir>siste|neste|kommende|komande|første|forrige|førre|seinaste|
                                      nærmeste|kommande)\s+)?
    (?P<approx>{APPROX}\s+)?
    (?:(?P<n>{NUM})\s+|(?P<art>en|ei|et|ett|ein|eit|eitt)\s+|
       (?P<vague>flere|fleire|noen|nokre|mange|få|par|et\s+par|eit\s+par)\s+)?
    (?P<adj>(?:[a-zæøå]+(?:te|de|e))\s+)?                     # "25 spilte minutter", "flere intense timer"
    (?P<unit>{DUR_UNIT})
    (?!\w)
""",
    FLAGS,
)

COMPOUND_DURATION = re.compile(
    rf"""
    (?<!\w)
    (?P<n1>{NUM}|en|ei|et|ett|ein|eit|eitt)\s+(?P<u1>{DUR_UNIT})\s+og\s+
    (?P<n2>{NUM}|en|ei|et|ett|ein|eit|eitt)\s+(?P<u2>{DUR_UNIT})
    (?!\w)
""",
    FLAGS,
)

QUARTER = re.compile(
    r"""
    (?<!\w)
    (?P<ord>første|fyrste|andre|annet|tredje|fjerde|[1-4]\.)\s+kvartal(?:et)?
    (?:\s+(?:(?P<y>(?:19|20)\d\d)|(?P<rel>i\s+fjor|i\s+år|neste\s+år|i\s+forfjor)))?
    (?!\w)
""",
    FLAGS,
)

QUARTER_HOUR = re.compile(
    r"""
    (?<!\w)
    (?: (?P<n>et|ett|eit|eitt|ett|tre|to)\s+kvarter(?:et)?
      | kvarteret(?=\s+(?:etter|før|senere|seinare|tidligere|seinere))
      | (?:en|ein|ei)\s+halvtime(?:n)? | halvtimen )
    (?!\w)
""",
    FLAGS,
)

SEASON = re.compile(
    r"""
    (?<!\w)
    (?:(?P<pre>i\s+fjor|i\s+forfjor|neste|forrige|førre|sist|kommende|komande|denne|
              i\s+løpet\s+av|gjennom|utover|over|til|i|om|hele|heile|før|etter|fra|frå)\s+)?
    (?P<season>vår|sommer|sommar|høst|haust|vinter)(?P<suf>en|ens|a|s)?
    (?:\s+(?:(?P<y>\d{4})(?!\d)|(?P<ry>i\s+fjor|i\s+år|neste\s+år)))?
    (?!\w)
""",
    FLAGS,
)

HOLIDAY = re.compile(
    r"""
    (?<!\w)
    (?:(?P<mod>(?:rett|like|kort|helt)\s+(?:før|etter|inn\s+mot))\s+)?
    (?P<hol>romjul(?:en|a)?|julaften|julaftan|julehelgen|julehelga|juleferien|jul(?:en|a)?
          |nyttårsaften|nyttårsaftan|nyttårshelgen|nyttårshelga|nyttår(?:et)?
          |påskeaften|påskehelgen|påskeferien|påsk(?:en|a|e)|pinse(?:n)?|pinsa|sankthans|jonsok)
    (?:\s+(?P<y>\d{4})(?!\d))?
    (?!\w)
""",
    FLAGS,
)

CLOCK_TIME = re.compile(
    rf"""
    (?<!\w)
    (?: {CLOCK}
      | (?<![\d.,:])(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)(?::(?P<s2>[0-5]\d))?(?![\d:])
      | (?:i\s+)?(?P<h3>[01]?\d|2[0-3])(?:[.:](?P<mi3>[0-5]\d))?-tid(?:en|a)     # i 15.30-tiden
      | (?<![\d.,:])(?P<h4>[01]\d|2[0-3])\.(?P<mi4>00|1[3-9]|[2-5]\d)   # "det 07.40": not a month
        (?![\d,]|\.\d|\s*(?:prosent|%|kr|kroner|mill|milliard|meter|sekund|poeng)) )
""",
    FLAGS,
)

SET_EVERY = re.compile(
    rf"""
    (?<!\w)
    (?P<every>hver|hvert|kvar|kvart|annenhver|annethvert|annakvar)\s+
    (?P<unit>dag|uke|veke|måned|månad|år|time|morgen|morgon|kveld|natt|helg|sommer|sommar|vinter|høst|
             haust|vår|{_WEEKDAY_NAMES})
    (?!\w)
""",
    FLAGS,
)

# "i årevis", "i timevis": an unknown number of units
MANY_UNITS = re.compile(
    r"""
    (?<!\w)(?:i\s+)?(?P<unit>timevis|dagevis|dagesvis|ukevis|ukesvis|vekevis|månedsvis|månadsvis|årevis|årvis)
    (?!\w)
""",
    FLAGS,
)

PRESENT_REF = re.compile(
    r"""
    (?<!\w)
    (?:nå\s+til\s+dags|nåtildags|no\s+til\s+dags|nå\s+for\s+tiden|no\s+for\s+tida|
       i\s+våre\s+dager|i\s+våre\s+dagar|i\s+vår\s+tid|i\s+dagens\s+samfunn)
    (?!\w)
""",
    FLAGS,
)

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


def _weekday(m: re.Match, text: str, ref: ArticleDate) -> _Cand | None:
    wd = WEEKDAYS[m.group("wd").lower()]
    rel = (m.group("rel") or "").lower()
    suf = (m.group("suf") or "").lower()
    if rel in ("hver", "kvar", "annenhver", "annakvar") or suf in ("er", "ar", "ane", "ene"):
        pod = PARTS_OF_DAY.get((m.group("pod") or "").lower())
        return _Cand(m.start(), m.end(), "SET", f"XXXX-WXX-{wd}" + (f"T{pod}" if pod else ""))
    s, e = _clause(text, m.start())
    future = rel in ("neste", "kommende", "førstkommende", "førstkommande") or bool(
        FUTURE_CUES.search(text, s, e)
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


def _many_units(m: re.Match, text: str, ref: ArticleDate) -> _Cand | None:
    unit = m.group("unit").lower()
    unit = {"timevis": "time", "årevis": "år", "årvis": "år"}.get(unit, unit.replace("vis", ""))
    return _Cand(m.start(), m.end(), "DURATION", _duration(None, unit))


def _present_ref(m: re.Match, text: str, ref: ArticleDate) -> _Cand | None:
    return _Cand(m.start(), m.end(), "DATE", "PRESENT_REF")


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
