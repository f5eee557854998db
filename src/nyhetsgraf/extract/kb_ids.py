"""Corpus-wide identity: a ``kb_id`` that survives spelling, transliteration and language.

Why: the same actor is written differently across articles and outlets
("Dmitrij Peskov" / "Dmitry Peskov", "Sjojgu" / "Shoigu", "USA" / "De forente
stater" / "Amerika"). A store that keys on the raw string splits one actor
into many. Three sources decide an id, in this order:

1. the alias file(s) (``data/kb_aliases.tsv`` shipped, plus a user file named by
   ``NYHETSGRAF_KB_ALIASES`` or passed to ``load_aliases``): explicit merges and splits;
2. the seed knowledge base of countries and territories, built from CLDR via
   Babel (Bokmål, Nynorsk and English names, ISO 3166 codes) plus historical
   states that CLDR no longer lists (Sovjetunionen is not Russland);
3. a normalised key of the name: folding of case, diacritics and hyphens, and
   of the common Norwegian/English transliterations of Slavic names.

Alias file format (TSV, UTF-8): one identity per line, ``KB_ID<TAB>NAME<TAB>NAME…``;
``#`` starts a comment. Every NAME (compared after normalisation; names of at most
four characters exactly, so the party "Ap" is not the agency "AP") gets KB_ID,
but only for entities whose type fits the id's prefix (``per:``, ``org:``,
``gpe:``, ``loc:``, ``prod:``, ``evt:``): so ``per:georgia-hansen	Georgia``
never captures the country. Listing two spellings under one id *merges* them;
giving one name its own id *splits* it from the default. A later line or file
overrides an earlier one for the same name and prefix.
"""

from __future__ import annotations

import os
import re
from functools import cache
from pathlib import Path

from nyhetsgraf.extract.names import fold, name_key

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
ALIASES_FILE = DATA_DIR / "kb_aliases.tsv"
ALIASES_ENV = "NYHETSGRAF_KB_ALIASES"

TYPE_PREFIX = {"PER": "per", "ORG": "org", "GPE": "gpe", "LOC": "loc", "PROD": "prod", "EVT": "evt"}

# States CLDR does not list (ISO 3166-3 codes where one exists): never folded into their successors.
HISTORICAL_STATES: dict[str, list[str]] = {
    "suhh": ["Sovjetunionen", "Sovjet", "Sovjetsamveldet", "USSR", "SSSR", "Soviet Union"],
    "yucs": ["Jugoslavia", "Yugoslavia", "Jugoslavija"],
    "ddde": ["Øst-Tyskland", "DDR", "East Germany", "Den tyske demokratiske republikk"],
    "x-west-germany": ["Vest-Tyskland", "BRD", "West Germany"],
    "cshh": ["Tsjekkoslovakia", "Czechoslovakia"],
}

# Everyday names CLDR lacks, by ISO code (lower case).
EXTRA_COUNTRY_NAMES: dict[str, list[str]] = {
    "us": [
        "Amerika",
        "De forente stater",
        "Dei sameinte statane",
        "Dei foreinte statane",
        "United States",
        "the United States",
        "USA",
        "US",
    ],
    "gb": ["Storbritannia", "Det forente kongerike", "UK", "United Kingdom", "Britain", "Great Britain"],
    "nl": ["Holland", "Nederland", "Netherlands"],
    "by": ["Hviterussland", "Kviterussland", "Belarus"],
    "mm": ["Burma", "Myanmar"],
    "ps": ["Palestina", "Palestine", "De palestinske områdene"],
    "cz": ["Tsjekkia", "Den tsjekkiske republikk", "Czech Republic", "Czechia"],
    "ru": ["Russland", "Den russiske føderasjon", "Russia"],
    "cn": ["Kina", "Folkerepublikken Kina", "China"],
    "kp": ["Nord-Korea", "Nordkorea", "Den demokratiske folkerepublikken Korea", "DPRK", "North Korea"],
    "kr": ["Sør-Korea", "Sørkorea", "Republikken Korea", "South Korea"],
    "tw": ["Taiwan"],
    "va": ["Vatikanet", "Vatikanstaten"],
    "ci": ["Elfenbenskysten"],
    "tr": ["Tyrkia", "Türkiye"],
    "ae": ["Emiratene", "De forente arabiske emirater"],
    "gb-eng": ["England"],
    "gb-sct": ["Skottland", "Scotland"],
    "gb-wls": ["Wales"],
    "gb-nir": ["Nord-Irland", "Northern Ireland"],
}

# CLDR region codes that are not states or are organisations in NorNE's sense.
_SKIP_CODES = {"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB", "XK"}

# Derived words (adjectives and demonyms) → country code. Why hand-written: CLDR has no
# demonyms, and these are the words NorNE tags DRV ("russiske", "nordkoreanske").
_ADJECTIVE_STEMS: dict[str, str] = {
    "russisk": "ru",
    "nordkoreansk": "kp",
    "sørkoreansk": "kr",
    "koreansk": "x-korea",
    "amerikansk": "us",
    "kinesisk": "cn",
    "sovjetisk": "suhh",
    "norsk": "no",
    "svensk": "se",
    "dansk": "dk",
    "finsk": "fi",
    "islandsk": "is",
    "tysk": "de",
    "fransk": "fr",
    "britisk": "gb",
    "italiensk": "it",
    "spansk": "es",
    "portugisisk": "pt",
    "nederlandsk": "nl",
    "belgisk": "be",
    "polsk": "pl",
    "ukrainsk": "ua",
    "hviterussisk": "by",
    "belarusisk": "by",
    "georgisk": "ge",
    "israelsk": "il",
    "palestinsk": "ps",
    "iransk": "ir",
    "irakisk": "iq",
    "syrisk": "sy",
    "libanesisk": "lb",
    "tyrkisk": "tr",
    "egyptisk": "eg",
    "saudiarabisk": "sa",
    "japansk": "jp",
    "indisk": "in",
    "pakistansk": "pk",
    "afghansk": "af",
    "kanadisk": "ca",
    "meksikansk": "mx",
    "brasiliansk": "br",
    "argentinsk": "ar",
    "australsk": "au",
    "sørafrikansk": "za",
    "nigeriansk": "ng",
    "etiopisk": "et",
    "kenyansk": "ke",
    "estisk": "ee",
    "latvisk": "lv",
    "litauisk": "lt",
    "ungarsk": "hu",
    "tsjekkisk": "cz",
    "slovakisk": "sk",
    "rumensk": "ro",
    "bulgarsk": "bg",
    "serbisk": "rs",
    "kroatisk": "hr",
    "gresk": "gr",
    "østerriksk": "at",
    "sveitsisk": "ch",
    "irsk": "ie",
    "taiwansk": "tw",
    "vietnamesisk": "vn",
    "thailandsk": "th",
    "indonesisk": "id",
    "filippinsk": "ph",
    "qatarsk": "qa",
    "jemenittisk": "ye",
    "venezuelansk": "ve",
    "colombiansk": "co",
    "chilensk": "cl",
    "cubansk": "cu",
    "marokkansk": "ma",
    "algerisk": "dz",
    "libysk": "ly",
    "tunisisk": "tn",
    "sudanesisk": "sd",
    "somalisk": "so",
    "armensk": "am",
    "aserbajdsjansk": "az",
    "moldovsk": "md",
    "jugoslavisk": "yucs",
    "østtysk": "ddde",
    "vesttysk": "x-west-germany",
    "skotsk": "gb-sct",
    "walisisk": "gb-wls",
}
_NOUN_STEMS: dict[str, str] = {
    "russer": "ru",
    "amerikaner": "us",
    "nordkoreaner": "kp",
    "sørkoreaner": "kr",
    "kineser": "cn",
    "ukrainer": "ua",
    "svensk": "se",
    "dansk": "dk",
    "tysker": "de",
    "brit": "gb",
    "israeler": "il",
    "palestiner": "ps",
    "iraner": "ir",
    "iraker": "iq",
    "syrer": "sy",
    "japaner": "jp",
    "inder": "in",
    "afghaner": "af",
    "kanadier": "ca",
    "finne": "fi",
    "polakk": "pl",
    "tyrker": "tr",
}
_IRREGULAR_DERIVED: dict[str, str] = {
    "nordmann": "no",
    "nordmenn": "no",
    "nordmennene": "no",
    "franskmann": "fr",
    "franskmenn": "fr",
    "franskmennene": "fr",
    "engelskmann": "gb-eng",
    "engelskmenn": "gb-eng",
}


def _inflect_adjective(stem: str) -> list[str]:
    return [stem, stem + "e"]


def _inflect_noun(stem: str) -> list[str]:
    base = stem[:-1] if stem.endswith("e") else stem
    return [stem, base + "e", base + "er", base + "ere", base + "erne", base + "ne", stem + "en", stem + "ne"]


@cache
def derived_lexicon() -> dict[str, str]:
    """Lower-case derived word → country code ("nordkoreanske" → "kp")."""
    lex: dict[str, str] = {}
    for stem, code in _NOUN_STEMS.items():
        for form in _inflect_noun(stem):
            lex.setdefault(form, code)
    for stem, code in _ADJECTIVE_STEMS.items():
        for form in _inflect_adjective(stem):
            lex[form] = code  # adjectives win over noun guesses ("svenske")
    lex.update(_IRREGULAR_DERIVED)
    return lex


def country_of_derived(word: str) -> str | None:
    """The country code a derived word points to, or None: "russiske" → "ru"."""
    return derived_lexicon().get(word.lower().strip())


@cache
def country_names() -> dict[str, str]:
    """Normalised country/territory name → code, from CLDR (nb, nn, en) plus the hand-made lists."""
    from babel import Locale

    table: dict[str, str] = {}
    for lang in ("en", "nn", "nb"):
        for code, name in Locale(lang).territories.items():
            if not code.isalpha() or code in _SKIP_CODES:
                continue
            table[name_key(name)] = code.lower()
    for code, names in {**HISTORICAL_STATES, **EXTRA_COUNTRY_NAMES}.items():
        for name in names:
            table[name_key(name)] = code
    return table


def country_code(name: str) -> str | None:
    """ISO-style code of a country or territory name in nb, nn or en; None if not a known state."""
    return country_names().get(name_key(name))


# -- person-name skeleton -----------------------------------------------------------------------

_TRANSLIT = [
    (re.compile(r"sjtsj|shch"), "shch"),
    (re.compile(r"tsj|tch"), "ch"),
    (re.compile(r"sj"), "sh"),
    (re.compile(r"zj"), "zh"),
    (re.compile(r"(?<=.)x"), "ks"),
    (re.compile(r"w"), "v"),
    (re.compile(r"^y(?=[aeiouy])"), "j"),  # Yevgenij → jevgenij
    (re.compile(r"(?<=[bcdfghklmnprstvz])y(?=[aeiou])"), "j"),  # Solovyov → solovjov
    (re.compile(r"(?:ij|yj|iy|ii|yy|y)$"), "i"),  # Dmitrij/Dmitry/Dmitrii → dmitri
    (re.compile(r"(?<=[aeiou])[jy]"), "i"),  # Sjojgu → shoigu, Sergej → sergei
    (re.compile(r"y"), "i"),
]


def skeleton(word: str) -> str:
    """A spelling-tolerant form of one name word: Dmitrij/Dmitry/Dmitri → dmitri, Sjojgu/Shoigu → shoigu."""
    w = fold(word)
    for pattern, repl in _TRANSLIT:
        w = pattern.sub(repl, w)
    return w


def slug(name: str, translit: bool = True) -> str:
    """The key part of a kb_id: words joined by hyphens, transliteration folded for persons."""
    ws = name_key(name).split()
    if translit:
        ws = [skeleton(w) for w in ws]
    return "-".join(ws)


# -- aliases ------------------------------------------------------------------------------------


def _short_key(name: str) -> str:
    return "=" + name.strip()


def parse_aliases(text: str) -> dict[tuple[str, str], str]:
    """(prefix, normalised name) → kb_id from alias-file text (format in the module docstring)."""
    table: dict[tuple[str, str], str] = {}
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        fields = [f.strip() for f in line.split("\t") if f.strip()]
        if len(fields) < 2 or ":" not in fields[0]:
            continue
        kid = fields[0]
        prefix = kid.split(":", 1)[0]
        for name in fields[1:]:
            # short acronyms keep their case: "Ap" (the party) is not "AP" (the news agency)
            table[(prefix, _short_key(name) if len(name) <= 4 else name_key(name))] = kid
    return table


_user_aliases: dict[tuple[str, str], str] = {}


def load_aliases(path: str | Path | None) -> None:
    """Use an extra user alias file (overrides the shipped one); None removes it."""
    _user_aliases.clear()
    if path is not None:
        _user_aliases.update(parse_aliases(Path(path).read_text(encoding="utf-8")))


@cache
def _shipped_aliases() -> dict[tuple[str, str], str]:
    table = parse_aliases(ALIASES_FILE.read_text(encoding="utf-8")) if ALIASES_FILE.is_file() else {}
    env = os.environ.get(ALIASES_ENV)
    if env and Path(env).is_file():
        table.update(parse_aliases(Path(env).read_text(encoding="utf-8")))
    return table


def alias_id(name: str, etype: str) -> str | None:
    """The kb_id an alias file gives ``name`` for an entity of type ``etype``, if any."""
    prefix = TYPE_PREFIX.get(etype)
    if prefix is None:
        return None
    keys = [(prefix, _short_key(name))] if len(name.strip()) <= 4 else [(prefix, name_key(name))]
    for key in keys:
        found = _user_aliases.get(key) or _shipped_aliases().get(key)
        if found:
            return found
    return None


def kb_id(name: str, etype: str, variants: list[str] | tuple[str, ...] = ()) -> str | None:
    """The corpus-wide id of an entity named ``name`` (other forms in ``variants``) of type ``etype``.

    Persons: ``per:`` + the transliteration-folded full name. Countries: ``gpe:`` + ISO code,
    whatever the language or spelling. Others: type prefix + normalised name.
    """
    prefix = TYPE_PREFIX.get(etype)
    if prefix is None or not name_key(name):
        return None
    for form in (name, *variants):
        found = alias_id(form, etype)
        if found:
            return found
    if etype in ("GPE", "LOC", "ORG"):
        for form in (name, *variants):
            code = country_code(form)
            if code:
                return f"gpe:{code}"
    return f"{prefix}:{slug(name, translit=etype == 'PER')}"
