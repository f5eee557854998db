"""The closed Norwegian vocabulary of time: month, weekday, part-of-day and season names,
duration units, regex fragments for numbers and clock times, and the cue-word tables that
decide how a bare year or "i dag" is read.

Why a module of its own: these tables are data, shared by the patterns (``time_patterns``)
and by the handlers that turn matches into values; keeping them apart lets a reader extend
the vocabulary (a Nynorsk form, a new cue) without touching any logic.
"""

from __future__ import annotations

import re

from nyhetsgraf.extract.numbers import DIGITS, HALF, NUMBER_WORD

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
