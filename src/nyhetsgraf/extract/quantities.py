"""Quantities in Norwegian news text: a number, its unit, normalised.

``find_quantities(text)`` reads Norwegian number formats ("1,5", "1 000" with ordinary,
no-break or narrow spaces, "1.000.000", number words in Bokmål and Nynorsk, "halvannen",
"millioner"/"mrd."/"mill.") and normalises the unit that follows: lengths in km/m/cm
(a Norwegian "mil" is 10 km), speeds in km/h ("km/t", "kilometer i timen"), currencies as
ISO codes (kroner/kr/NOK -> NOK, dollar/$ -> USD, euro -> EUR), "%" and "pp"
(prosentpoeng), tonnes, kg, °C, energy, and counted things: people ("fem personer",
"130.000 nordmenn" -> persons), ages ("37 år gammel", "Kari Nordmann (45)" ->
years_old), vehicles, aircraft, doses, and otherwise the counted noun itself.

What is deliberately *not* a quantity: dates, clock times, years and durations (those are
times: ``find_times`` runs first and its spans are skipped), ordinals ("5. plass"),
football scores ("3–1"), numbers in names ("TV 2", "Formel 1"), and the article "en"/"ett"
unless a unit of measure follows ("en meter", "ett tonn"). A number word ("fire", "tolv")
is only taken with a unit or a counted noun we know, because bare number words are too
often pronominal ("Tolv av dem"); bare digits are kept (unit None, or the unit of a
quantity they are elided from: "fra 25 til 20 prosent", "elleve statsråder, mens Sp har
åtte"). Pure functions over text: no model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nyhetsgraf.extract.numbers import (
    AGE_VERBS,
    ARTICLE_ONES,
    DIGITS,
    HALF,
    NUMBER_WORD,
    SCALE_AFTER,
    parse_number,
    person_age_before,
    scale_of,
    tidy,
)
from nyhetsgraf.extract.times import find_times
from nyhetsgraf.record import Quantity

FLAGS = re.VERBOSE | re.IGNORECASE

# ---------------------------------------------------------------------------------------------
# Units of measure: (pattern, unit, factor); tried in order, so longer forms come first.
# Patterns are matched right after the number (and its scale word, if any).
# ---------------------------------------------------------------------------------------------

UNITS: tuple[tuple[str, str, float], ...] = (
    (r"år\s+gam(?:mel|le|al|mal|l)|år\s+gml\.?", "years_old", 1),
    (r"kilometer\s+(?:i|per)\s+time[n]?|km\s*/\s*[th]|kmt|km\s+i\s+timen", "km/h", 1),
    (r"meter\s+(?:i|per)\s+sekund(?:et)?|m\s*/\s*s", "m/s", 1),
    (r"kvadratkilometer|km2|km²", "km2", 1),
    (r"kvadratmeter|m2|m²|kvm", "m2", 1),
    (r"kubikkmeter|m3|m³", "m3", 1),
    (r"kilometer|km", "km", 1),
    (r"centimeter|cm", "cm", 1),
    (r"millimeter|mm", "mm", 1),
    (r"nautiske\s+mil|nautisk\s+mil", "nmi", 1),
    (r"meter|m(?![\w/²³])", "m", 1),
    (r"mil", "km", 10),
    (r"knop", "kn", 1),
    (r"prosentpoeng(?:et)?|prosentenheter|prosentpoenget", "pp", 1),
    (r"prosent(?:en|s)?|%", "%", 1),
    (r"promille|‰", "‰", 1),
    (r"tonn", "t", 1),
    (r"kilogram|kilo|kg", "kg", 1),
    (r"gram", "g", 1),
    (r"desiliter|dl", "dl", 1),
    (r"milliliter|ml", "ml", 1),
    (r"liter", "l", 1),
    (r"kuldegrader|minusgrader", "°C", -1),
    (r"grader\s+celsius|varmegrader|plussgrader|grader|°\s*C|°", "°C", 1),
    (r"kilowattimer|kilowattime|kWh", "kWh", 1),
    (r"megawattimer|MWh", "MWh", 1),
    (r"gigawattimer|GWh", "GWh", 1),
    (r"terawattimer|TWh", "TWh", 1),
    (r"megawatt|MW", "MW", 1),
    (r"gigawatt|GW", "GW", 1),
    (r"kilowatt|kW", "kW", 1),
    (r"hestekrefter|hk", "hp", 1),
    (r"svenske\s+kroner|SEK", "SEK", 1),
    (r"danske\s+kroner|DKK", "DKK", 1),
    (r"kroner|krone|kr\.?|NOK", "NOK", 1),
    (r"øre\s*/\s*kWh|øre\s+per\s+kilowattime", "øre/kWh", 1),
    (r"øre", "NOK", 0.01),
    (r"amerikanske\s+dollar|dollar|USD|\$", "USD", 1),
    (r"euro|EUR|€", "EUR", 1),
    (r"britiske\s+pund|pund|GBP|£", "GBP", 1),
    (r"rubler|rubel|RUB", "RUB", 1),
    (r"yen|JPY", "JPY", 1),
    (r"yuan|CNY", "CNY", 1),
    (r"dekar|daa", "daa", 1),
    (r"hektar", "ha", 1),
    (r"fat(?=\s+(?:olje|råolje))", "barrels", 1),
)
_UNIT_RES = tuple((re.compile(rf"\s*(?:{p})(?![\wæøå])", re.IGNORECASE), u, f) for p, u, f in UNITS)
# Units where "en"/"ett" before them is clearly the number one.
MEASURE_UNITS = {u for _, u, _ in UNITS} - {"years_old"}

# Currency written before the number: "kr 500", "$ 5 millioner", "NOK 1,2 mrd."
PREFIX_CURRENCY = re.compile(r"(?:(?<![\w])(?P<cur>kr\.?|NOK|USD|EUR|US\$|\$|€|£)\s*)$")
_PREFIX_UNITS = {
    "kr": "NOK",
    "kr.": "NOK",
    "nok": "NOK",
    "usd": "USD",
    "us$": "USD",
    "$": "USD",
    "eur": "EUR",
    "€": "EUR",
    "£": "GBP",
}

# Counted nouns: a number before them is a count of that kind of thing.
_PERSONS = """
    personer personar person mennesker menneske folk individer innbyggere innbyggjarar barn born voksne vaksne
    kvinner menn gutter jenter ungdommer ungdomar ansatte tilsette soldater soldatar pasienter pasientar
    elever elevar studenter studentar passasjerer passasjerar statsråder statsrådar tilskuere tilskodarar
    deltakere deltakarar medlemmer medlemar flyktninger flyktningar migranter asylsøkere sivile leger
    legar sykepleiere sjukepleiarar journalister politifolk politibetjenter brannfolk arbeidere arbeidarar
    velgere veljarar turister besøkende fanger fangar gisler gislar nordmenn svensker dansker amerikanere
    russere ukrainere palestinere israelere ofre døde drepte skadde omkomne savnede sårede skadete
    representanter representantar stortingsrepresentanter politikere politikarar eldre pensjonister
    beboere bebuarar forskere forskarar lærere lærarar spillere spelarar mistenkte siktede tiltalte
    arbeidsledige innvandrere utlendinger sjåfører ledere leiarar eksperter ekspertar
"""
_VEHICLES = "biler bilar kjøretøy busser bussar lastebiler lastebilar trailere vogntog tog trikker"
_AIRCRAFT = "fly flyvninger flygingar helikoptre helikopter jagerfly droner"
_VESSELS = "båter båtar skip ferjer ferjer fartøy ferjar"
_COUNTED = {
    "persons": _PERSONS,
    "vehicles": _VEHICLES,
    "aircraft": _AIRCRAFT,
    "vessels": _VESSELS,
    "doses": "doser vaksinedoser vaksiner vaksinar dosar",
    "roads": "veier vegar veger",
    "buildings": "hus boliger bustader leiligheter husstander bygninger bygg",
    "countries": "land nasjoner",
    "municipalities": "kommuner kommunar fylker fylke",
    "cases": "tilfeller tilfelle smittetilfeller smittede smitta",
    "deaths": "dødsfall",
    "votes": "stemmer røyster",
    "seats": "mandater mandat seter",
    "jobs": "arbeidsplasser jobber",
    "missiles": "raketter rakettar missiler granater",
    "tanks": "stridsvogner",
    "goals": "mål scoringer",
    "companies": "bedrifter selskaper selskap verksemder virksomheter",
    "landslides": "ras skred jordras steinras",
}
# Concrete things news counts, kept as their own unit ("tre skoler" -> 3 skoler).
_AS_THEMSELVES = """
    skoler skular barnehager sykehus sjukehus butikker butikkar hytter gårder gardar dyr kuer kyr
    sauer sau lam hunder hundar katter ulver ulvar bjørner bjørnar laks fisk trær bøker filmer
    medaljer gullmedaljer turbiner vindturbiner brønner brønnar anlegg tunneler bruer ferjesamband
    konserter billetter pakker
"""
COUNT_NOUNS: dict[str, str] = {word: unit for unit, words in _COUNTED.items() for word in words.split()}
COUNT_NOUNS.update({w: w for w in _AS_THEMSELVES.split() if w not in COUNT_NOUNS})
# A number followed by one of these reports people: "fem drept og to skadd".
CASUALTY = re.compile(
    r"\s+(?:ble\s+|blei\s+|vart\s+|er\s+)?(?:drept|drepne|skadd|skadet|skada|omkom|omkomne|"
    r"døde|døydde|såret|savnet|sakna|pågrepet|pågripne|arrestert|evakuert|reddet|berget)"
    r"(?![\wæøå])",
    re.IGNORECASE,
)

# Words that follow a bare number without being its unit.
_STOP_AFTER_WORDS = """
    av i på til med for fra frå om og eller men som er var ble blei vart blir har hadde kan skal vil må
    mot ved etter under over enn da då så at det den de dei seg sitt sin sine ikke ikkje også òg bare
    berre nå no mer meir flere fleire færre mindre ned opp ut inn per pr à hver kvar prosent samme nye
    andre ganger gonger gang gong stk stykk stykker nummer plass plassen der her når vel rundt cirka ca
    totalt sammen saman hvorav kor korleis hvordan fordi dersom hvis viss
"""
STOP_AFTER = set(_STOP_AFTER_WORDS.split())
# Numbers after these words are identifiers, not amounts: "side 4", "nummer 10".
ID_WORDS = {
    "nr",
    "nr.",
    "nummer",
    "side",
    "sidene",
    "kapittel",
    "paragraf",
    "§",
    "punkt",
    "artikkel",
    "runde",
    "etappe",
    "rute",
    "linje",
    "buss",
    "trikk",
    "rv",
    "rv.",
    "fv",
    "fv.",
    "ev",
    "e",
    "kl",
    "kl.",
    "klokken",
    "klokka",
    "uke",
    "veke",
    "sone",
    "gate",
    "gata",
    "vei",
    "veg",
    "veien",
    "vegen",
    "topp",
    "gruppe",
    "klasse",
    "trinn",
    "kanal",
    "pulje",
    "divisjon",
    "post",
    "sak",
    "tabell",
    "region",
    "regionane",
    "regionene",
    "område",
    "fase",
    "nivå",
    "kategori",
    "bane",
    "hull",
    "spor",
    "terminal",
    "rom",
    "etasje",
    "blokk",
    "felt",
    "sektor",
    "modul",
    "versjon",
}

NUMBER = re.compile(
    rf"""
    (?P<neg>(?<![\w\d])minus\s+|(?<![\w\d])[-−](?=\d))?
    (?P<num>{HALF}|{DIGITS}|{NUMBER_WORD}|(?<![\wæøå])(?:en|ei|et|ett|ein|eit|eitt)(?=\s))
    (?:\s*(?P<scale>{SCALE_AFTER})(?![\wæøå]))?
""",
    FLAGS,
)

AGE_IN_PARENS = re.compile(r"(?<=[A-ZÆØÅa-zæøå])\s\((?P<n>\d{1,3})(?:\s*år)?\)")
AGE_SUFFIX = re.compile(r"(?<![\w.,-])(?P<n>\d{1,3})-åring(?:en|er|ar|ane|ene|s)?(?![\wæøå])", re.IGNORECASE)
RANGE_LINK = re.compile(r"^\s*(?:til|og|eller|à|[–-])\s*(?:[\wæøå]+\s+){0,2}$", re.IGNORECASE)


@dataclass
class _Q:
    start: int
    end: int
    value: float
    unit: str | None
    word: bool  # written as a word
    scale: float = 1


def find_quantities(text: str) -> list[Quantity]:
    """All quantities in ``text``, in order, with normalised value and unit."""
    blocked = [(t.start, t.end) for t in find_times(text, None)]
    found: list[_Q] = []

    def free(s: int, e: int) -> bool:
        return all(e <= bs or s >= be for bs, be in blocked) and all(
            e <= q.start or s >= q.end for q in found
        )

    for m in AGE_IN_PARENS.finditer(text):
        found.append(_Q(m.start("n"), m.end("n"), float(m.group("n")), "years_old", False))
    for m in AGE_SUFFIX.finditer(text):
        if free(m.start(), m.end()):
            found.append(_Q(m.start(), m.end(), float(m.group("n")), "years_old", False))
    for m in NUMBER.finditer(text):
        if not free(m.start("num"), m.end("num")):
            continue
        q = _read(m, text)
        if q is not None and free(q.start, q.end):
            found.append(q)
    found.sort(key=lambda q: q.start)
    _elided_units(found, text)
    return [
        Quantity(text=text[q.start : q.end], start=q.start, end=q.end, value=tidy(q.value), unit=q.unit)
        for q in found
        if q.unit is not None or not q.word
    ]


def _read(m: re.Match, text: str) -> _Q | None:
    """One number match -> a quantity with its unit, or None when it is not an amount."""
    num = m.group("num")
    is_article = num.lower() in ARTICLE_ONES
    is_word = not num[0].isdigit()
    value = 1.0 if is_article else parse_number(num)
    if value is None:
        return None
    start, end = m.start("num"), m.end("num")
    if m.group("neg"):
        value, start = -value, m.start()
    scale_word = m.group("scale")
    scale = scale_of(scale_word) if scale_word else 1
    pos = m.end() if scale_word else end
    if not is_word and _not_an_amount(text, start, end):
        return None
    # currency before the number: "kr 500", "$5 millioner"
    pm = PREFIX_CURRENCY.search(text[max(0, start - 6) : start])
    if pm and not is_word:
        return _Q(
            start - len(pm.group(0)), pos, value * scale, _PREFIX_UNITS[pm.group("cur").lower()], False, scale
        )
    for rx, unit, factor in _UNIT_RES:
        um = rx.match(text, pos)
        if um:
            if factor < 0:
                value, factor = -abs(value), 1
            return _Q(start, um.end(), value * scale * factor, unit, is_word, scale)
    if is_article:
        return _Q(start, pos, value * scale, None, True, scale) if scale_word else None
    am = re.match(r"\s+år(?![\wæøå])", text[pos : pos + 5])
    age_context = _word_before(text, start).lower() in AGE_VERBS or person_age_before(text, start)
    if am and not is_article and age_context:
        return _Q(start, pos + am.end(), value, "years_old", is_word)  # "hun var 12 år", "en mann på 40 år"
    cm = CASUALTY.match(text, pos)
    if cm:
        return _Q(start, pos, value * scale, "persons", is_word, scale)
    probably_a_year = not is_word and re.fullmatch(r"(?:19|20)\d\d", num) is not None
    in_a_name = not is_word and re.fullmatch(r"\d{1,4}", num) is not None and _in_a_name(text, start)
    noun, noun_end = _counted_noun(text, pos, allow_unknown=not (is_word or probably_a_year or in_a_name))
    if noun:
        return _Q(start, noun_end, value * scale, noun, is_word, scale)
    if scale_word:
        return _Q(start, pos, value * scale, None, False, scale)
    if in_a_name or probably_a_year:
        return None  # "TV 2"; "klimamålet for 2020" is a year even where find_times is unsure
    return _Q(start, pos, value, None, is_word, scale)


def _not_an_amount(text: str, start: int, end: int) -> bool:
    """Ordinals, decimals with a dot, scores, identifiers and names with a number."""
    after = text[end : end + 3]
    if re.match(r"\.\s*[a-zæøå\d–-]", after):
        return True  # "5. plass", "18.13", "10.-plass", "3.–5. september"
    if after.startswith(":") or text[max(0, start - 1) : start] == ":":
        return True  # "09:31:30", "3:2"
    if re.match(r"\s?[–-]\s?\d", after) and not _unit_follows(text, end):
        return True  # "3–1" (a score) unless a unit follows the range: "5–6 personer"
    if re.search(r"\d\s?[–-]\s?$", text[max(0, start - 3) : start]) and not _unit_at(text, end):
        return True  # the second number of a score
    if re.match(r"-[A-Za-zÆØÅæøå]", after) and not re.match(r"-åring", text[end : end + 7], re.IGNORECASE):
        return True  # "Formel 1-sirkuset", "F-35" style compounds
    if re.match(r"\s+(?:ganger|gonger|gang|gong)(?![\wæøå])", text[end : end + 10], re.IGNORECASE):
        return True  # "14 ganger" counts occasions: a frequency, not an amount
    word = _word_before(text, start)
    return word.lower() in ID_WORDS


def _word_before(text: str, pos: int) -> str:
    m = re.search(r"([\wæøåÆØÅ§.]+)\s*$", text[max(0, pos - 30) : pos])
    return m.group(1) if m else ""


def _in_a_name(text: str, start: int) -> bool:
    """A bare number after a capitalised word is part of a name: "TV 2", "Formel 1", "Kanal 24"."""
    word = _word_before(text, start)
    if not word or not word[0].isupper() or word.lower() in ARTICLE_ONES:
        return False
    if word.isupper() and len(word) > 1:
        return True  # an acronym, even at the start of a sentence
    pos = text.rfind(word, 0, start)
    return not _sentence_start(text, pos)


def _unit_follows(text: str, end: int) -> bool:
    m = re.match(r"\s?[–-]\s?\d+(?:,\d+)?", text[end:])
    if not m:
        return False
    return _unit_at(text, end + m.end())


def _unit_at(text: str, pos: int) -> bool:
    """A unit of measure or a known counted noun starts at ``pos``."""
    if any(rx.match(text, pos) for rx, _, _ in _UNIT_RES):
        return True
    noun, _ = _counted_noun(text, pos, allow_unknown=False)
    return noun is not None


def _sentence_start(text: str, pos: int) -> bool:
    before = text[:pos].rstrip()
    return not before or before[-1] in '.!?:\n–-«"'


_WORD = re.compile(r"\s+([a-zæøåA-ZÆØÅ][\wæøåÆØÅ-]*)")


def _counted_noun(text: str, pos: int, allow_unknown: bool) -> tuple[str | None, int]:
    """The noun a number counts: a known one (possibly after two adjectives), else, for digits,
    a plausible plural noun taken as its own unit."""
    m1 = _WORD.match(text, pos)
    if not m1:
        return None, pos
    w1 = m1.group(1)
    if w1.lower() in COUNT_NOUNS and w1.islower():
        return COUNT_NOUNS[w1.lower()], m1.end()
    # "fem nye tilfeller", "fem store norske kommuner": up to two adjectives before the noun
    chain = [m1]
    while len(chain) < 3 and (nxt := _WORD.match(text, chain[-1].end())):
        chain.append(nxt)
    for k in (1, 2):
        before = [m.group(1) for m in chain[:k]]
        if k < len(chain) and all(w.islower() and w.lower() not in STOP_AFTER for w in before):
            noun = chain[k].group(1)
            if noun.lower() in COUNT_NOUNS and noun.islower():
                return COUNT_NOUNS[noun.lower()], chain[k].end()
    m2 = chain[1] if len(chain) > 1 else None
    if not allow_unknown or not w1.islower() or w1.lower() in STOP_AFTER or len(w1) < 3:
        return None, pos
    if re.search(r"(?:et|ert|tt|te|de|dd|es)$", w1) or w1.endswith("-"):
        return None, pos  # a verb form after the number: "har 10.000 mistet"
    if (
        w1.endswith("e")
        and m2
        and m2.group(1).islower()
        and m2.group(1).lower() not in STOP_AFTER
        and len(m2.group(1)) > 2
    ):
        return m2.group(1).lower(), m2.end()  # "23.000 egne aksjer": the adjective is not the unit
    return w1.lower(), m1.end()


def _elided_units(found: list[_Q], text: str) -> None:
    """Give unit-less numbers the unit they are elided from.

    Forward, in a range or pair: "fra 25 til 20 prosent", "2 eller 3 millioner kroner".
    Backward, in the same sentence or the next: "elleve statsråder, mens Sp har åtte".
    """
    for i, q in enumerate(found):
        if q.unit is not None:
            continue
        nxt = found[i + 1] if i + 1 < len(found) else None
        if nxt and (nxt.unit or nxt.scale != 1) and RANGE_LINK.match(text[q.end : nxt.start]):
            q.unit = nxt.unit  # "mellom 5 og 10 millioner kroner": 5 millioner kroner
            if q.scale == 1 and nxt.scale != 1:
                q.value *= nxt.scale
                q.scale = nxt.scale
            continue
        prev = next((p for p in reversed(found[:i]) if p.unit), None)
        if prev is None:
            continue
        between = text[prev.end : q.start]
        sentences = len(re.findall(r"[.!?](?:\s|$)|\n", between))
        clause_final = re.match(r"\s*(?:[.,;:!?)]|$|og\s|men\s|mens\s)", text[q.end :])
        if (prev.unit in MEASURE_UNITS and prev.unit not in ("%", "pp")) or prev.unit == "years_old":
            continue
        if q.word and _word_before(text, q.start).lower() in ("de", "dei", "disse", "desse", "begge", "alle"):
            continue  # "de to": a pronoun, not an elided count
        same_clause = sentences == 0 and clause_final
        recent_count = sentences <= 1 and not q.word and prev.unit == "persons" and len(between) < 200
        if same_clause or recent_count:
            q.unit = prev.unit


def distinct_quantities(quantities: list[Quantity]) -> list[Quantity]:
    """The first mention of each distinct quantity (same words, value and unit)."""
    seen: set[tuple[str, float | int | None, str | None]] = set()
    out = []
    for q in quantities:
        key = (" ".join(q.text.lower().split()), q.value, q.unit)
        if key not in seen:
            seen.add(key)
            out.append(q)
    return out
