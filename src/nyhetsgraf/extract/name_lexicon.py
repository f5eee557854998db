"""Word lists behind the entity rules: what is never a name, what marks a type, known names.

Why a module of its own: the rules in ``entities`` read better without two hundred words
between them, and the lists are where a maintainer adds a missed word.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

PLACES_FILE = Path(__file__).resolve().parent.parent / "data" / "places.tsv"


def _words(text: str) -> list[str]:
    """The whitespace-separated words of a block: long word lists stay readable in the source."""
    return text.split()


# Capitalised only because they open a sentence; never names on their own.
SENTENCE_WORDS = frozenset(
    _words(
        """
        aldri alle alltid bare blant både da de dei den denne der deretter derfor dermed dersom
        dessuten det dette disse du då eg ellers enten etter fleire flere for fordi fortsatt fra
        framleis fremdeles frå før gjennom han her ho hos hun hva hver hvis hvor hvorfor i ifølge
        ikke ikkje imidlertid ingen innen ja jeg kor kun kva kvar kvifor les likevel lukk mange med
        meir men mens mer mest mot nei nesten no noen nyheter nå når ofte og også om oppdatert over
        publisert på saken samtidig se selv siden slik som så sånn tidligere til trass tross under
        utan uten utenfor ved vi vis hittil alt ny nye nytt midt antall totalt cirka omtrent
        """
    )
)

# Capitalised words the parser calls proper nouns that are never names on their own.
NOT_NAMES = frozenset(
    _words(
        """
        Skjermdump Skjermbilde Artikkelen April August Desember Februar Foto Fredag Grafikk
        Illustrasjon Januar
        Juli Juni Laurdag Les
        Lørdag Mai Mandag Mars November Oktober Onsdag Oppdatert Publisert Se September Sundag
        Søndag Tirsdag Torsdag Tysdag Video Vis
        """
    )
)

# Seas, straits and coasts named without a head noun: locations (NorNE LOC), never places with a council.
WATER_NAMES = frozenset(
    _words(
        """
        Skagerrak Kattegat Nordsjøen Østersjøen Norskehavet Barentshavet Middelhavet Atlanterhavet
        Stillehavet Svartehavet Oslofjorden Vestfjorden Hardangervidda Finnmarksvidda
        """
    )
)

# Definite nouns naming the kind of a body ("Miljøorganisasjonen WWF", "Nyhetsbyrået Reuters"):
# before a name they are an apposition, not part of it.
DESCRIPTOR_SUFFIXES = (
    "organisasjonen",
    "organisasjonane",
    "foreningen",
    "foreininga",
    "selskapet",
    "konsernet",
    "byrået",
    "rederiet",
    "stiftelsen",
    "nettverket",
    "bevegelsen",
    "rørsla",
)


def is_descriptor(word: str) -> bool:
    """A compound naming the kind of a body ("Miljøorganisasjonen", "Ferjeselskapet").

    The bare noun ("Rederiet Kystferja", "Selskapet for …") may open a real name, so only
    a compound counts.
    """
    low = word.lower()
    return any(low.endswith(suf) and len(low) > len(suf) + 2 for suf in DESCRIPTOR_SUFFIXES)


# Organisation head nouns after "X og Y" ("Salten og Lofoten tingrett", "Agder og Telemark
# politidistrikt"): the coordination is part of one body's name.
COORD_ORG_HEADS = (
    "tingrett",
    "lagmannsrett",
    "politidistrikt",
    "fylkeskommune",
    "sykehus",
    "sjukehus",
    "helseforetak",
    "bispedømme",
    "sparebank",
    "brannvesen",
    "universitet",
)

# Head nouns of organisation names written in lower case ("institutt for fredsforskning").
ORG_HEAD_WORDS = tuple(
    _words(
        """
        institutt senter senteret forbund forening direktorat departement tilsyn byrå universitet
        høgskole høyskole akademi organisasjon kontor etat verk selskap bank parti partiet utvalg
        råd nemnd fond stiftelse klinikk sykehus skole avdeling politidistrikt
        """
    )
)

# Words that end an expansion phrase when reading back from "(Prio)".
PHRASE_STOP = frozenset(
    _words(
        """
        at av de den det ein eit en er et etter fra frå hos i med mot og om på sa seier sier som til
        var ved
        """
    )
)

# News media and agencies, named in almost every article ("til TV 2") and often missed by NER.
MEDIA = (
    "TV 2",
    "NRK",
    "VG",
    "Dagbladet",
    "Aftenposten",
    "NTB",
    "E24",
    "DN",
    "Dagens Næringsliv",
    "Finansavisen",
    "Bergens Tidende",
    "Adresseavisen",
    "Stavanger Aftenblad",
    "Klassekampen",
    "Vårt Land",
    "Nettavisen",
    "P4",
    "TV3",
    "Reuters",
    "AFP",
    "BBC",
    "CNN",
    "Bloomberg",
    "Dagsavisen",
    "Morgenbladet",
    "Fædrelandsvennen",
    "iTromsø",
    "Nordlys",
    "Avisa Nordland",
    "Romerikes Blad",
    "Drammens Tidende",
    "Sunnmørsposten",
    "Khrono",
    "Nationen",
    "Bergensavisen",
    "ABC Nyheter",
    "Al Jazeera",
    "KCNA",
    "TASS",
    "Tass",
    "RIA Novosti",
    "Xinhua",
    "Interfax",
    "Yonhap",
    "The Guardian",
    "New York Times",
    "Washington Post",
    "Financial Times",
    "Wall Street Journal",
    "Der Spiegel",
    "Le Monde",
)
MEDIA_RE = re.compile(
    r"(?<![\w\-])(?:"
    + "|".join(re.escape(m) for m in sorted(MEDIA, key=len, reverse=True))
    + r")(?=s?(?:[^\w\-]|$)|-[a-zæøå])"  # "TV 2", "TV 2s", "TV 2-kommentatoren"
)

# Photo credits that are agencies, not people.
NEWS_AGENCIES = frozenset(
    {
        "afp",
        "anp",
        "ansa",
        "ap",
        "dpa",
        "epa",
        "getty",
        "getty images",
        "kcna",
        "ntb",
        "ntb scanpix",
        "reuters",
        "ria novosti",
        "ritzau",
        "scanpix",
        "tass",
        "tt",
        "xinhua",
        "yonhap",
    }
)

# Elected councils are common nouns: "Kommunestyret i Sunnfjord" names the place, not a body.
COUNCIL_WORDS = frozenset(
    _words(
        """
        kommunestyret bystyret heradsstyret fylkestinget formannskapet fylkesutvalet fylkesutvalget
        kommunestyre bystyre fylkesting
        """
    )
)

# Business nouns that end company names ("Kvernes Stål", "Solund Sjømat", "Vest Bygg"): a name
# ending in one is a company even when NER reads "<place> <noun>" as a person's two names.
BUSINESS_HEADS = tuple(
    _words(
        """
        stål sjømat bygg transport energi kraft fisk eiendom invest gruppen gruppa holding shipping
        rederi industri entreprenør mekaniske verft verftet elektro maskin marin havbruk oppdrett
        """
    )
)

# Norwegian place-name endings (farms, bays, headlands, islands, hills): an unknown one-word name
# after "i/på/til/frå" with one of these is a place, not a company or a person.
PLACE_ENDING = re.compile(
    r"(?<=\w{3})(?:bakke|bakken|hella|vik|vika|våg|vågen|nes|neset|øy|øya|øyna|fjord|dal|dalen|berg|stad|sund|holm|"
    r"holmen|haug|heim|land|lund|seter|sæter|voll|eid|strand|hamn|havn|foss|fors|myr|rud|vatn|vær|åsen|kjos)$"
)

# A classifier noun just before a name tells its type ("bandet Kaldvann", "avisa Tidens Krav",
# "festivalen Kystlyd", "appen Vipps"); compounds count by their last part ("ferjeselskapet").
CLASSIFIER_TYPES: tuple[tuple[str, str], ...] = (
    ("bandet", "ORG"),
    ("gruppa", "ORG"),
    ("selskapet", "ORG"),
    ("firmaet", "ORG"),
    ("bedriften", "ORG"),
    ("konsernet", "ORG"),
    ("rederiet", "ORG"),
    ("operatøren", "ORG"),
    ("avisa", "ORG"),
    ("avisen", "ORG"),
    ("koret", "ORG"),
    ("klubben", "ORG"),
    ("organisasjonen", "ORG"),  # "Miljøorganisasjonen Bellona"
    ("foreningen", "ORG"),
    ("stiftelsen", "ORG"),
    ("byrået", "ORG"),  # "nyhetsbyrået Reuters"
    ("festivalen", "EVT"),
    ("appen", "PROD"),
    ("tjenesten", "PROD"),
    ("plattformen", "PROD"),
)

# Verbs of a business after "X, som …" ("Norled, som driv sambandet"): a company, not a person.
COMPANY_VERBS = re.compile(
    r",\s+som\s+(?:driv|driver|eig|eier|produserer|leverer|tilbyr|opererer|har\s+kontrakten|"
    r"har\s+ansvaret\s+for|sel|selger)\b"
)

# Lower-case particles inside personal names ("Pieter van Dam", "Ursula von der Leyen").
NAME_PARTICLES = frozenset(_words("van von der den de da di du la le af bin al ibn ten ter zu"))

# The head noun of a multi-word name tells its type better than a weak NER vote does.
HEAD_TYPES: tuple[tuple[str, str], ...] = (
    ("kommune", "GPE"),
    ("herad", "GPE"),
    ("fylke", "GPE"),
    ("lufthavn", "LOC"),
    ("flyplass", "LOC"),
    ("stadion", "LOC"),
    ("vatnet", "LOC"),
    ("vannet", "LOC"),
    ("fjorden", "LOC"),
    ("sjøen", "LOC"),
    ("kysten", "LOC"),  # coastlines, seas and plateaus are locations, not places with a council
    ("kysta", "LOC"),
    ("havet", "LOC"),
    ("vidda", "LOC"),
    ("tingrett", "ORG"),  # courts and police districts are bodies
    ("lagmannsrett", "ORG"),
    ("domstol", "ORG"),
    ("instituttet", "ORG"),  # "Havforskningsinstituttet"
    ("hjelpen", "ORG"),  # "Flyktninghjelpen", "Sanitetshjelpen"
    ("nødhjelp", "ORG"),  # "Kirkens Nødhjelp"
    ("verket", "ORG"),  # "Riksantikvarverket"-style bodies
    ("elva", "LOC"),
    ("institutt", "ORG"),
    ("byrå", "ORG"),
    ("myndighet", "ORG"),
    ("bank", "ORG"),
    ("direktorat", "ORG"),
    ("direktoratet", "ORG"),
    ("tilsyn", "ORG"),
    ("tilsynet", "ORG"),
    ("vegvesen", "ORG"),
    ("politidistrikt", "ORG"),
    ("kontor", "ORG"),
    ("forening", "ORG"),
    ("foreningen", "ORG"),
    ("forbund", "ORG"),
    ("forbundet", "ORG"),
    ("universitet", "ORG"),
    ("sykehus", "ORG"),
    ("partiet", "ORG"),
    ("departement", "ORG"),
    ("departementet", "ORG"),
    ("tidende", "ORG"),
    ("budstikke", "ORG"),  # "Romsdals Budstikke"
    ("avis", "ORG"),
    ("avisa", "ORG"),
    ("avisen", "ORG"),
    ("dagblad", "ORG"),
    ("posten", "ORG"),
    ("markets", "ORG"),
    ("sentralen", "ORG"),
    ("selskap", "ORG"),
    ("selskapet", "ORG"),
    ("skole", "ORG"),
    ("skolen", "ORG"),
    ("skule", "ORG"),  # Nynorsk
    ("skulen", "ORG"),
    ("sjukehus", "ORG"),
    ("banken", "ORG"),  # "Handelsbanken", "Sparebanken Vest"
    ("forvalteren", "ORG"),  # "Statsforvalteren i Vestland"
    ("forvaltaren", "ORG"),
    ("ombudet", "ORG"),  # "Barneombudet", "Pasient- og brukerombudet"
    ("kommisjonen", "ORG"),  # "EU-kommisjonen"
    ("uka", "EVT"),
    ("serien", "EVT"),
    ("cupen", "EVT"),
    ("mesterskapet", "EVT"),
    ("festivalen", "EVT"),
    ("lekene", "EVT"),
    ("børs", "ORG"),  # stock exchanges are organisations
    ("børsen", "ORG"),
    ("brannvesen", "ORG"),  # "Drammensregionens brannvesen"
    ("brannvesenet", "ORG"),
    ("organisasjonen", "ORG"),  # "Elevorganisasjonen"
    ("operakor", "ORG"),  # choirs and bands named by their head: "Bergen Operakor"
    ("koret", "ORG"),
    ("korps", "ORG"),
    ("orkester", "ORG"),
    ("orkesteret", "ORG"),
    ("tinghus", "LOC"),  # buildings are locations
    ("tinghuset", "LOC"),
    ("rådhus", "LOC"),
    ("rådhuset", "LOC"),
    ("blad", "ORG"),  # "Hamar Arbeiderblad", "Romerikes Blad": newspapers
    ("kaia", "LOC"),  # quays, squares, slopes and parks are locations (NorNE LOC)
    ("kaien", "LOC"),
    ("brygga", "LOC"),
    ("bryggen", "LOC"),
    ("torget", "LOC"),
    ("plassen", "LOC"),
    ("bakken", "LOC"),
    ("parken", "LOC"),
    *((w, "ORG") for w in BUSINESS_HEADS),
)


# Definite compounds that name a public body even when they only open sentences
# ("Utenriksdepartementet sier ...", "Arbeidstilsynet opplyser ..."): the prefix makes them names.
INSTITUTION_SUFFIXES = (
    "departementet",
    "direktoratet",
    "tilsynet",
    "instituttet",
    "hjelpen",
    "forvalteren",
    "forvaltaren",
    "ombudet",
    "forbundet",
    "foreningen",
    "organisasjonen",
)

# A capitalised one-word body ("Pensjonistforbundet", "Arbeidstilsynet"), with its branch
# ("… i Trøndelag"): the capital inside a sentence, or the branch, shows it is a name.
INSTITUTION_WORD = re.compile(
    r"(?<![\w\-])[A-ZÆØÅ][a-zæøå]{2,}(?:" + "|".join(INSTITUTION_SUFFIXES) + r")"
    r"(?P<branch> i [A-ZÆØÅ][\w\-]+(?: og [A-ZÆØÅ][\w\-]+)?)?(?![\w\-])"
)

# "EU-kommisjonen", "Europa-parlamentet": a name joined to an institution's head noun is the
# institution itself, not a mention of the name that opens it ("Nato-toppmøtet").
INSTITUTION_COMPOUND = re.compile(r"[A-ZÆØÅ][\w]*-(?:kommisjonen|parlamentet|domstolen)")


# "Pasient- og brukerombudet i Vestland", "Helse- og omsorgsdepartementet": Norwegian public
# bodies with a split compound; NER tends to see only the place at the end, or nothing.
INSTITUTION_COORD = re.compile(
    r"(?<![\w\-])[A-ZÆØÅ][a-zæøå]+- og [a-zæøå]+"
    r"(?:departementet|direktoratet|tilsynet|ombudet|forbundet|foreningen|rådet|etaten|instituttet)"
    r"(?: (?:i|for) [A-ZÆØÅ][\w\-]+(?: og [A-ZÆØÅ][\w\-]+)?)?"
)


def is_institution_name(name: str) -> bool:
    """True for one-word definite compounds of a public body's head noun ("Helsedirektoratet")."""
    w = name.lower()
    return " " not in name and any(w.endswith(suf) and len(w) >= len(suf) + 3 for suf in INSTITUTION_SUFFIXES)


def head_type(name: str) -> str | None:
    """The type a name's head word implies ("Ullensvang kommune" → GPE, "Statens vegvesen" → ORG).

    Words are tried from the end ("Vegtrafikksentralen Vest" → ORG); acronyms tell nothing.
    """
    if len(name.split()) > 1 and name.split()[-1] in ("AS", "ASA", "SA", "BA", "ANS"):
        return "ORG"  # a company form ends the name
    words = [w for w in name.split() if not w.isupper()]
    for word in reversed(words):
        w = word.lower()
        for suffix, t in HEAD_TYPES:
            if w.endswith(suffix) and (len(words) > 1 or len(w) > len(suffix) + 2):
                return t
    return None


@cache
@cache
def places() -> dict[str, str]:
    """Place name → type from the shipped ``data/places.tsv`` (its header names the source)."""
    table: dict[str, str] = {}
    for line in PLACES_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, t = line.partition("\t")
            table[name.strip()] = t.strip() or "GPE"
    return table


@cache
@cache
def places_re() -> re.Pattern:
    """One pattern for every place name of the list, longest first so "Møre og Romsdal" beats "Møre"."""
    names = sorted(places(), key=len, reverse=True)
    return re.compile(r"(?<![\w\-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w\-])")
