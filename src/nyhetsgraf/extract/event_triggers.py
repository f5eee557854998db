"""The PLOVER trigger lexicon for Bokmål and Nynorsk: which words signal which event type.

Why a lexicon and not a classifier: there is no Norwegian PLOVER training data,
and a reviewed word list is transparent (one line per decision) and easy to
extend. Each entry also says where the *target* of the event sits in the
parse (direct object, or the object of which preposition), because that is
specific to the verb ("advare X mot", "levere Y til X", "møte X").

Lemmas are looked up first; because the trained lemmatizer makes mistakes on
rarer inflections, ``verb_trigger`` and ``noun_trigger`` also try the written
form against generated inflections, and nouns match on the head of a compound
("våpenavtale" → "avtale", "luftangrepene" → "angrep").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

# Object nouns that decide the AID mode ("forsyne X med ammunisjon" is military aid).
MILITARY_WORDS = (
    "våpen",
    "ammunisjon",
    "artilleri",
    "rakett",
    "missil",
    "granat",
    "stridsvogn",
    "kampfly",
    "drone",
    "militær",
    "soldat",
    "tropp",
    "panser",
    "bombe",
    "geværer",
    "gevær",
    "skudd",
    "forsvarsmateriell",
)
HUMANITARIAN_WORDS = (
    "nødhjelp",
    "humanitær",
    "mat",
    "medisin",
    "vann",
    "telt",
    "redning",
    "matvare",
    "legemiddel",
    "transport",
    "ferje",
    "båt",
    "helikopter",
    "lege",
)
ECONOMIC_WORDS = (
    "penger",
    "lån",
    "kroner",
    "krone",
    "tilskudd",
    "tilskot",
    "dollar",
    "euro",
    "milliard",
    "million",
    "økonomisk",
    "olje",
    "gass",
    "budsjettstøtte",
    "finansiering",
    "kapital",
    "teknologi",
    "tilgang",
)
ASYLUM_WORDS = ("asyl", "flyktning", "opphold", "beskyttelse")

# Objects that make a light verb ("gi", "sende", "få", "selge") an AID trigger.
AID_OBJECTS = (
    MILITARY_WORDS
    + HUMANITARIAN_WORDS
    + ECONOMIC_WORDS
    + ASYLUM_WORDS
    + (
        "hjelp",
        "støtte",
        "forsyning",
        "leveranse",
        "utstyr",
        "mat",
    )
)
# What a municipality or aid group sets up for people in need ("opprettet et krisesenter").
SHELTER_WORDS = (
    "krisesenter",
    "evakueringssenter",
    "pårørendesenter",
    "mottak",
    "nødbolig",
    "nødinnkvartering",
    "akuttbolig",
    "innkvartering",
    "krisemottak",
)
# What a «label» criticises: decisions, proposals and acts of others ("kaller vedtaket «…»").
LABELLED_ACTS = (
    "vedtak",
    "forslag",
    "kutt",
    "beslutning",
    "avgjørelse",
    "avgjerd",
    "plan",
    "budsjett",
    "reform",
    "lov",
    "utspill",
    "uttalelse",
    "opptreden",
    "handling",
    "nedlegging",
    "nedleggelse",
    "forbud",
    "krav",  # "kaller kravet «urimelig»"
)
# Words that make a strong reaction criticism ("reagerer kraftig på", "reagerer sterkt").
STRONG_WORDS = ("kraftig", "sterkt", "skarpt", "negativt", "heftig", "voldsomt")
# "styrke alliansen", "bygge bånd": objects that turn a verb into COOPERATE.
TIE_OBJECTS = (
    "allianse",
    "bånd",
    "forhold",
    "samarbeid",
    "relasjon",
    "forbindelse",
    "vennskap",
    "partnerskap",
)


@dataclass(frozen=True)
class Trigger:
    """One lexicon entry: the event type and where its arguments are found.

    ``target_dobj``: the direct object is the target ("angripe X").
    ``target_preps``: prepositions whose object is the target ("levere til X").
    ``reciprocal``: subjects act on each other ("møttes"), the pair is source/target.
    ``objects``: the direct object (or its compound head) must be one of these words.
    ``recipient_subject``: the subject receives ("Nord-Korea kan få mat fra Russland").
    ``passive_patient``: the grammatical subject is the target unless the verb is active
        with an object (arrests, charges: "mannen er pågrepet").
    ``ambiguous_in_sport``: off in sports text ("angrep", "møte" about a match).
    ``joint``: coordinated subjects cooperate ("A og B tok over styringen").
    ``source_preps``: prepositions whose object is the source ("av" for passives, "fra" for "få").
    ``requires``: one of these words must occur in the trigger's phrase ("snakke med X på telefon",
        "underskrifter mot X", "reagerer kraftig på"): the word alone is too vague to be an event.
    ``targetless``: with a thing as its object the event stands without a target ("SV stemmer
        imot forslaget", "avviser kritikken"): the gold convention records these on the source.
    """

    type: str
    mode: str | None = None
    target_dobj: bool = True
    target_preps: tuple[str, ...] = ()
    reciprocal: bool = False
    objects: tuple[str, ...] = ()
    recipient_subject: bool = False
    passive_patient: bool = False
    ambiguous_in_sport: bool = False
    joint: bool = False
    source_preps: tuple[str, ...] = ("av",)
    requires: tuple[str, ...] = ()
    targetless: bool = False


T = Trigger

# Verbs: key is the lemma, or "lemma+particle" for verbs that need a particle/preposition.
VERBS: dict[str, Trigger] = {
    # CONSULT
    "møte": T("CONSULT", target_preps=("med",), ambiguous_in_sport=True),
    "møtes": T("CONSULT", target_preps=("med",), reciprocal=True, ambiguous_in_sport=True),
    "treffe": T("CONSULT", target_preps=("med",), ambiguous_in_sport=True),
    "treffes": T("CONSULT", target_preps=("med",), reciprocal=True),
    "besøke": T("CONSULT", "visit"),
    "vitje": T("CONSULT", "visit"),
    "ankomme": T("CONSULT", "visit", target_preps=("til",)),
    "ringe": T("CONSULT", "phone", target_preps=("til",)),
    "forhandle": T("CONSULT", target_preps=("med",), reciprocal=True),
    "diskutere": T("CONSULT", target_dobj=False, target_preps=("med",), reciprocal=True),
    "drøfte": T("CONSULT", target_dobj=False, target_preps=("med",), reciprocal=True),
    "samtale": T("CONSULT", target_preps=("med",), reciprocal=True),
    "handhelse": T("CONSULT", target_dobj=False, target_preps=("med",), reciprocal=True),
    "håndhilse": T("CONSULT", target_dobj=False, target_preps=("med", "på"), reciprocal=True),
    "hilse+på": T("CONSULT", target_dobj=False, target_preps=("på",)),
    "invitere": T("CONSULT", "visit", target_preps=("til",)),
    "komme+til": T("CONSULT", "visit", target_dobj=False, target_preps=("til",)),
    "reise+til": T("CONSULT", "visit", target_dobj=False, target_preps=("til",)),
    "dra+til": T("CONSULT", "visit", target_dobj=False, target_preps=("til",)),
    "fare+til": T("CONSULT", "visit", target_dobj=False, target_preps=("til",)),
    # AGREE
    "enes": T("AGREE", target_dobj=False, target_preps=("med",), reciprocal=True),
    "undertegne": T("AGREE", target_dobj=False, target_preps=("med",), reciprocal=True),
    "signere": T("AGREE", target_dobj=False, target_preps=("med",), reciprocal=True),
    "inngå": T(
        "AGREE",
        target_dobj=False,
        target_preps=("med",),
        reciprocal=True,
        objects=("avtale", "forlik", "våpenhvile", "fredsavtale"),
    ),
    # SUPPORT
    "støtte": T("SUPPORT"),
    "stille+bak": T("SUPPORT", target_dobj=False, target_preps=("bak",)),
    "stå+sammen": T("SUPPORT", target_dobj=False, target_preps=("med",)),  # "stå sammen med Ukraina"
    "stå+bak": T("SUPPORT", target_dobj=False, target_preps=("bak",)),  # "står (fast) bak regjeringen"
    "rose": T("SUPPORT"),
    "hylle": T("SUPPORT"),
    "gratulere": T("SUPPORT"),
    "anerkjenne": T("SUPPORT"),
    # CONCEDE
    "løslate": T("CONCEDE", passive_patient=True),
    "lauslate": T("CONCEDE", passive_patient=True),
    "beklage": T("CONCEDE", target_dobj=False, target_preps=("overfor",)),
    "gi+etter": T("CONCEDE", target_dobj=False, target_preps=("for",)),
    # COOPERATE
    "samarbeide": T("COOPERATE", target_dobj=False, target_preps=("med",), reciprocal=True),
    "samarbeida": T("COOPERATE", target_dobj=False, target_preps=("med",), reciprocal=True),
    "styrke": T("COOPERATE", target_dobj=False, target_preps=("til", "med"), objects=TIE_OBJECTS),
    "bygge": T("COOPERATE", target_dobj=False, target_preps=("til", "med"), objects=TIE_OBJECTS),
    "knytte": T("COOPERATE", target_dobj=False, target_preps=("til", "med"), objects=TIE_OBJECTS),
    "utdype": T("COOPERATE", target_dobj=False, target_preps=("til", "med"), objects=TIE_OBJECTS),
    "alliere": T("COOPERATE", target_dobj=False, target_preps=("med",), reciprocal=True),
    "ta+over": T(
        "COOPERATE",
        target_dobj=False,
        joint=True,
        objects=("styring", "makt", "regjeringsmakt", "styre", "regjering"),
    ),
    "danne": T(
        "COOPERATE",
        target_dobj=False,
        target_preps=("med",),
        joint=True,
        objects=("regjering", "koalisjon", "allianse", "samarbeid"),
    ),
    # AID
    "forsyne": T("AID"),
    "levere": T("AID", target_dobj=False, target_preps=("til",), objects=AID_OBJECTS),
    "sende": T("AID", target_dobj=False, target_preps=("til",), objects=AID_OBJECTS),
    "gi": T("AID", target_dobj=False, target_preps=("til",), objects=AID_OBJECTS),
    "donere": T("AID", target_dobj=False, target_preps=("til",)),
    "bevilge": T("AID", target_dobj=False, target_preps=("til",)),
    "selge": T("AID", target_dobj=False, target_preps=("til",), objects=AID_OBJECTS),
    "selje": T("AID", target_dobj=False, target_preps=("til",), objects=AID_OBJECTS),
    "eksportere": T("AID", target_dobj=False, target_preps=("til",), objects=AID_OBJECTS),
    "hjelpe": T("AID", target_preps=("med",)),
    "bistå": T("AID"),
    "avse": T("AID", target_dobj=False, target_preps=("til",)),
    "få": T(
        "AID", target_dobj=False, objects=AID_OBJECTS, recipient_subject=True, source_preps=("fra", "frå")
    ),
    "motta": T(
        "AID", target_dobj=False, objects=AID_OBJECTS, recipient_subject=True, source_preps=("fra", "frå")
    ),
    "ta+imot": T("AID", "asylum", target_dobj=False, target_preps=("imot",)),
    # RETREAT
    "trekke+ut": T("RETREAT", target_dobj=False, target_preps=("fra", "av")),
    "trekke+tilbake": T("RETREAT", target_dobj=False, target_preps=("fra",)),
    # CONSULT on the phone: "snakket med X på telefon" (a bare "snakke med" is mostly an interview)
    "snakke": T("CONSULT", "phone", target_dobj=False, target_preps=("med",), requires=("telefon",)),
    "snakka": T("CONSULT", "phone", target_dobj=False, target_preps=("med",), requires=("telefon",)),
    "prate": T("CONSULT", "phone", target_dobj=False, target_preps=("med",), requires=("telefon",)),
    # "X og Y ble enige om …": AGREE on a text, COOPERATE on a plan ("om å styrke"); see events.py
    "bli+enig": T("AGREE", target_dobj=False, target_preps=("med",), reciprocal=True),
    "verte+enig": T("AGREE", target_dobj=False, target_preps=("med",), reciprocal=True),
    # SANCTION by joining: "Norge slutter seg til tiltakene" (the target: the earlier sanctions')
    "slutte+til": T(
        "SANCTION",
        target_dobj=False,
        target_preps=("mot",),
        objects=("tiltak", "restriksjon", "pakke", "straffetiltak"),  # "sanksjonene": the noun's own
    ),
    # REJECT: votes and blocks
    "stemme+imot": T("REJECT", target_dobj=False, targetless=True),
    "stemme+mot": T("REJECT", target_dobj=False, targetless=True),
    "røyste+imot": T("REJECT", target_dobj=False, targetless=True),
    "røyste+mot": T("REJECT", target_dobj=False, targetless=True),
    "gå+imot": T("REJECT", target_dobj=False, targetless=True),
    "blokkere": T("REJECT", targetless=True),
    "si": T("REJECT", target_dobj=False, target_preps=("til",), objects=("nei",), targetless=True),
    "seie": T("REJECT", target_dobj=False, target_preps=("til",), objects=("nei",), targetless=True),
    # ACCUSE: strong reactions and «labels»
    "reagere": T("ACCUSE", target_dobj=False, requires=STRONG_WORDS, targetless=True),
    "reagere+på": T(
        "ACCUSE", target_dobj=False, target_preps=("på",), requires=STRONG_WORDS, targetless=True
    ),
    # "kaller vedtaket «en skandale»": a label on a decision or act, not on news or weather
    "kalle": T("ACCUSE", requires=("«",), targetless=True, objects=LABELLED_ACTS),
    "være+kritisk": T("ACCUSE", target_dobj=False, target_preps=("til",), targetless=True),
    "vere+kritisk": T("ACCUSE", target_dobj=False, target_preps=("til",), targetless=True),
    # AID humanitarian: shelters set up for those hit ("opprettet et krisesenter for beboerne")
    "opprette": T("AID", "humanitarian", target_dobj=False, target_preps=("for",), objects=SHELTER_WORDS),
    "opne": T("AID", "humanitarian", target_dobj=False, target_preps=("for",), objects=SHELTER_WORDS),
    "åpne": T("AID", "humanitarian", target_dobj=False, target_preps=("for",), objects=SHELTER_WORDS),
    # MOBILIZE: "to jagerfly ble sendt opp", "sendte opp fly"
    "sende+opp": T("MOBILIZE", target_dobj=False, passive_patient=True),
    # REQUEST
    "be+om": T("REQUEST"),
    "be": T("REQUEST"),
    "kreve": T("REQUEST", target_dobj=False, target_preps=("av", "frå", "fra")),
    "krevje": T("REQUEST", target_dobj=False, target_preps=("av", "frå", "fra")),
    "oppfordre": T("REQUEST"),
    "appellere": T("REQUEST", target_dobj=False, target_preps=("til",)),
    "anmode": T("REQUEST"),
    "overtale": T("REQUEST"),
    "overtyde": T("REQUEST"),
    "overbevise": T("REQUEST"),
    "presse": T("REQUEST", ambiguous_in_sport=True),
    # ACCUSE
    "anklage": T("ACCUSE", passive_patient=True),
    "skulde": T("ACCUSE", passive_patient=True),
    "beskylde": T("ACCUSE", passive_patient=True),
    "kritisere": T("ACCUSE", passive_patient=True, targetless=True),
    "fordømme": T("ACCUSE", passive_patient=True),
    "refse": T("ACCUSE", passive_patient=True),
    "sikte": T("ACCUSE", passive_patient=True),
    "tiltale": T("ACCUSE", passive_patient=True),
    "anmelde": T("ACCUSE", passive_patient=True),
    "etterforske": T("ACCUSE", passive_patient=True),
    "saksøke": T("ACCUSE", passive_patient=True),
    "innkalle": T("ACCUSE", objects=("ambassadør", "sendemann", "diplomat", "chargé")),
    "kalle+inn": T("ACCUSE", objects=("ambassadør", "sendemann", "diplomat", "chargé")),
    # REJECT
    "avvise": T("REJECT", targetless=True),
    "nekte": T("REJECT", target_dobj=False),
    "nekte+for": T("REJECT", target_dobj=False, targetless=True, requires=("for",)),  # denies a charge
    "avslå": T("REJECT"),
    "forkaste": T("REJECT"),
    # THREATEN
    "true": T("THREATEN", target_preps=("med",)),
    "truge": T("THREATEN", target_preps=("med",)),
    "advare": T("THREATEN"),
    "åtvare": T("THREATEN"),
    # PROTEST
    "demonstrere": T("PROTEST", target_dobj=False, target_preps=("mot",)),
    "protestere": T("PROTEST", target_dobj=False, target_preps=("mot",)),
    "streike": T("PROTEST", target_dobj=False, target_preps=("mot",)),
    "boikotte": T("PROTEST"),
    # SANCTION
    "sanksjonere": T("SANCTION", passive_patient=True),
    "dømme": T("SANCTION", passive_patient=True),
    "døme": T("SANCTION", passive_patient=True),
    "suspendere": T("SANCTION", passive_patient=True),
    "utvise": T("SANCTION", passive_patient=True),
    "straffe": T("SANCTION", passive_patient=True),
    "bøtelegge": T("SANCTION", passive_patient=True),
    "utestenge": T("SANCTION", passive_patient=True),
    "svarteliste": T("SANCTION", passive_patient=True),
    # MOBILIZE
    "mobilisere": T("MOBILIZE", target_dobj=False, target_preps=("mot",)),
    "utplassere": T("MOBILIZE", target_dobj=False, target_preps=("mot",)),
    # COERCE
    "arrestere": T("COERCE", passive_patient=True),
    "pågripe": T("COERCE", passive_patient=True),
    "anholde": T("COERCE", passive_patient=True),
    "fengsle": T("COERCE", passive_patient=True),
    "varetektsfengsle": T("COERCE", passive_patient=True),
    "utlevere": T("COERCE", passive_patient=True),
    "deportere": T("COERCE", passive_patient=True),
    "internere": T("COERCE", passive_patient=True),
    "ransake": T("COERCE", passive_patient=True),
    "beslaglegge": T("COERCE", passive_patient=True),
    "kidnappe": T("COERCE", passive_patient=True),
    # ASSAULT
    "angripe": T("ASSAULT", passive_patient=True, ambiguous_in_sport=True),
    "åtake": T("ASSAULT", passive_patient=True, ambiguous_in_sport=True),
    "invadere": T("ASSAULT", passive_patient=True),
    "bombe": T("ASSAULT", passive_patient=True),
    "beskyte": T("ASSAULT", passive_patient=True),
    "skyte": T("ASSAULT", target_dobj=False, target_preps=("mot", "på"), ambiguous_in_sport=True),
    "drepe": T("ASSAULT", passive_patient=True),
    "myrde": T("ASSAULT", passive_patient=True),
    "knivstikke": T("ASSAULT", passive_patient=True),
    "massakrere": T("ASSAULT", passive_patient=True),
}

# Nouns: the target is the object of one of ``target_preps``; the source a genitive, a derived
# adjective ("russisk bistand"), "fra X", or the subject of a light verb that governs the noun.
NOUNS: dict[str, Trigger] = {
    "møte": T("CONSULT", target_preps=("med", "mellom"), ambiguous_in_sport=True),
    "toppmøte": T("CONSULT", "multilateral", target_preps=("med", "mellom")),
    "besøk": T("CONSULT", "visit", target_preps=("til", "i", "på")),
    "statsbesøk": T("CONSULT", "visit", target_preps=("til", "i")),
    "telefonsamtale": T("CONSULT", "phone", target_preps=("med", "mellom")),
    "samtale": T("CONSULT", target_preps=("med", "mellom")),
    "forhandling": T("CONSULT", target_preps=("med", "mellom")),
    "avtale": T("AGREE", target_preps=("med", "mellom")),
    "fredsavtale": T("AGREE", target_preps=("med", "mellom")),
    "våpenhvile": T("AGREE", target_preps=("med", "mellom")),
    "støtte": T("SUPPORT", target_preps=("til", "for")),
    "samarbeid": T("COOPERATE", target_preps=("med", "mellom")),
    "allianse": T("COOPERATE", target_preps=("med", "mellom")),
    "bistand": T("AID", target_preps=("til", "for")),
    "hjelp": T("AID", target_preps=("til", "for")),
    "nødhjelp": T("AID", "humanitarian", target_preps=("til", "for")),
    "våpenhjelp": T("AID", "military", target_preps=("til", "for")),
    "våpenleveranse": T("AID", "military", target_preps=("til",)),
    "leveranse": T("AID", target_preps=("til",), objects=AID_OBJECTS),
    "eksport": T("AID", target_preps=("til",), objects=AID_OBJECTS),
    "tilbaketrekking": T("RETREAT", target_preps=("fra",)),
    "tilbaketrekning": T("RETREAT", target_preps=("fra",)),
    "krav": T("REQUEST", target_preps=("til",)),
    "oppfordring": T("REQUEST", target_preps=("til",)),
    "anklage": T("ACCUSE", target_preps=("mot",)),
    "beskyldning": T("ACCUSE", target_preps=("mot",)),
    "kritikk": T("ACCUSE", target_preps=("av", "mot")),
    "tiltale": T("ACCUSE", target_preps=("mot",)),
    "siktelse": T("ACCUSE", target_preps=("mot",)),
    "etterforskning": T("ACCUSE", target_preps=("av", "mot")),
    "trussel": T("THREATEN", target_preps=("mot",)),
    "advarsel": T("THREATEN", target_preps=("til", "mot")),
    "ultimatum": T("THREATEN", target_preps=("til",)),
    "opprop": T("PROTEST", target_preps=("mot",)),
    "underskriftskampanje": T("PROTEST", target_preps=("mot",)),
    "underskrift": T("PROTEST", target_preps=("mot",), requires=("mot", "imot")),
    "underskrifter": T("PROTEST", target_preps=("mot",), requires=("mot", "imot")),
    "klage": T("ACCUSE", target_preps=("mot", "på")),
    "demonstrasjon": T("PROTEST", target_preps=("mot",)),
    "protest": T("PROTEST", target_preps=("mot",)),
    "streik": T("PROTEST", target_preps=("mot",)),
    "sanksjon": T("SANCTION", target_preps=("mot",)),
    "sanksjonspakke": T("SANCTION", target_preps=("mot",)),  # the head is "pakke", the event the sanctions
    "sanksjonsvedtak": T("SANCTION", target_preps=("mot",)),
    "embargo": T("SANCTION", target_preps=("mot",)),
    "dom": T("SANCTION", target_preps=("mot", "over")),
    "mobilisering": T("MOBILIZE", target_preps=("mot",)),
    "troppeoppbygging": T("MOBILIZE", target_preps=("mot",)),
    "arrestasjon": T("COERCE", target_preps=("av",)),
    "pågripelse": T("COERCE", target_preps=("av",)),
    "utlevering": T("COERCE", target_preps=("av",)),
    "angrep": T("ASSAULT", target_preps=("mot", "på"), ambiguous_in_sport=True),
    "åtak": T("ASSAULT", target_preps=("mot", "på"), ambiguous_in_sport=True),
    "krig": T("ASSAULT", target_preps=("mot",)),
    "krigføring": T("ASSAULT", target_preps=("mot",)),
    "invasjon": T("ASSAULT", target_preps=("av", "i")),
    "bombing": T("ASSAULT", target_preps=("av", "mot")),
    "beskytning": T("ASSAULT", target_preps=("av", "mot")),
    "drap": T("ASSAULT", target_preps=("på",)),
}
# Compound heads that must not be read as the trigger ("dataangrep" is fine, "kampangrep" not).
_NOUN_SUFFIX_MIN_PREFIX = 3
# Nouns whose compounds are no events ("møterom", not a compound head; "motstøtte" etc. are rare).
_NOUN_BLOCKLIST = {
    "hjemmemøte",
    "bortemøte",
    "stormøte",
    "allmøte",
    "årsmøte",
    "styremøte",
    "foreldremøte",
    "pressemøte",
    "allmannamøte",
    "medlemsmøte",
    "landsmøte",
    "fylkesmøte",
    "bystyremøte",
    "kommunestyremøte",
    "gruppemøte",
    "ryggstøtte",
    "nakkestøtte",
    "strømstøtte",
    "fotballkrig",
    "priskrig",
    "kulturkrig",
    "handelskrig",
    "mediekrig",
    "budkrig",
    "selvhjelp",
    "hjemmehjelp",
    "førstehjelp",
    "kundestøtte",
    "pressestøtte",
    "tjenestenektangrep",
    "dataangrep",
    "hackerangrep",
    "løpsangrep",
    "motangrep",
    "kontraangrep",
    "hjerteangrep",
    "panikkangrep",
    "astmaangrep",
    "angstangrep",
}

IRREGULAR_VERB_FORMS: dict[str, str] = {
    "møtte": "møte",
    "møtt": "møte",
    "møtes": "møtes",
    "møttes": "møtes",
    "møtest": "møtes",
    "møttest": "møtes",
    "traff": "treffe",
    "truffet": "treffe",
    "trefte": "treffe",
    "kom": "komme",
    "kommet": "komme",
    "kjem": "komme",
    "dro": "dra",
    "drog": "dra",
    "drar": "dra",
    "reiste": "reise",
    "ga": "gi",
    "gav": "gi",
    "gitt": "gi",
    "fikk": "få",
    "fått": "få",
    "får": "få",
    "fekk": "få",
    "sto": "stå",
    "stod": "stå",
    "stått": "stå",
    "ba": "be",
    "bad": "be",
    "bedt": "be",
    "ber": "be",
    "tok": "ta",
    "tatt": "ta",
    "tar": "ta",
    "skjøt": "skyte",
    "skutt": "skyte",
    "skyt": "skyte",
    "trakk": "trekke",
    "trukket": "trekke",
    "solgte": "selge",
    "solgt": "selge",
    "selger": "selge",
    "selde": "selje",
    "seld": "selje",
    "angrep": "angripe",
    "angrepet": "angripe",
    "angriper": "angripe",
    "gikk": "gå",
    "stilte": "stille",
    "stilt": "stille",
    "stiller": "stille",
    "inngikk": "inngå",
    "inngått": "inngå",
    "avslo": "avslå",
    "avslått": "avslå",
    "drepte": "drepe",
    "drept": "drepe",
    "slo": "slå",
    "ankom": "ankomme",
    "ankommet": "ankomme",
    "ankommer": "ankomme",
    "støttet": "støtte",
    "støtta": "støtte",
    "truet": "true",
    "trua": "true",
    "truga": "truge",
    "sendte": "sende",
    "sendt": "sende",
    "hjalp": "hjelpe",
    "hjulpet": "hjelpe",
    "hjelpte": "hjelpe",
    "hjelper": "hjelpe",
    "bisto": "bistå",
    "bistått": "bistå",
    "hilste": "hilse",
    "hilser": "hilse",
    "hilsa": "hilse",
    "forsynte": "forsyne",
    "forsynt": "forsyne",
    "leverte": "levere",
    "levert": "levere",
    "pågrep": "pågripe",
    "pågrepet": "pågripe",
    "pågripes": "pågripe",
    "pågrepne": "pågripe",
    "siktet": "sikte",
    "sikta": "sikte",
    "siktes": "sikte",
    "dømt": "dømme",
    "dømte": "dømme",
    "dømd": "døme",
    "dømde": "døme",
    "advarte": "advare",
    "sa": "si",
    "sagt": "si",
    "sier": "si",
    "sei": "seie",
    "snakket": "snakke",
    "snakka": "snakke",
    "snakker": "snakke",
    "advarer": "advare",
    "åtvara": "åtvare",
}


def _regular_forms(lemma: str) -> set[str]:
    """Regular Bokmål/Nynorsk inflections of a weak verb, for when the lemmatizer missed."""
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    forms = {
        lemma,
        lemma + "r",
        stem + "er",
        stem + "et",
        stem + "te",
        stem + "de",
        stem + "t",
        stem + "a",
        stem + "ar",
        stem + "es",
        lemma + "s",
        stem + "ast",
        stem + "et",
    }
    return forms


@cache
def _form_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for key in VERBS:
        lemma = key.split("+")[0]
        for f in _regular_forms(lemma):
            table.setdefault(f, lemma)
    # deponent reciprocals: "møttes" etc. keep their own entry
    table.update(IRREGULAR_VERB_FORMS)
    return table


def verb_lemma(lemma: str, form: str) -> str:
    """The lexicon lemma of a verb token: its own lemma if known, else its form's lemma."""
    lemma = lemma.lower()
    form = form.lower()
    if form in IRREGULAR_VERB_FORMS and IRREGULAR_VERB_FORMS[form].endswith("es"):
        return IRREGULAR_VERB_FORMS[form]  # "møttes": reciprocal, whatever the lemmatizer says
    if form.endswith(("tes", "test")) and lemma + "s" in VERBS:
        return lemma + "s"
    if lemma in {k.split("+")[0] for k in VERBS}:
        return lemma
    return _form_table().get(form, lemma)


def verb_trigger(lemma: str, form: str, particles: tuple[str, ...] = ()) -> tuple[str, Trigger] | None:
    """The trigger of a verb given its lemma, written form and particles/prepositions it governs.

    A particle entry ("stille+bak") wins over the plain verb, so "stille seg bak" is SUPPORT
    while a bare "stille" is nothing.
    """
    base = verb_lemma(lemma, form)
    for p in particles:
        key = f"{base}+{p}"
        if key in VERBS:
            return key, VERBS[key]
    if base in VERBS:
        return base, VERBS[base]
    return None


def noun_key(lemma: str, form: str) -> str | None:
    """The lexicon noun a noun token stands for, through compounds and inflection."""
    cands = [lemma.lower(), form.lower()]
    low = form.lower()
    for suf in ("ene", "ane", "er", "ar", "en", "et", "a", "a"):
        if low.endswith(suf) and len(low) - len(suf) >= 3:
            cands.append(low[: -len(suf)])
    for c in cands:
        if c in _NOUN_BLOCKLIST:
            return None
        if c in NOUNS:
            return c
    for c in cands:
        best = None
        for key in NOUNS:
            if (
                c.endswith(key)
                and len(c) - len(key) >= _NOUN_SUFFIX_MIN_PREFIX
                and (best is None or len(key) > len(best))
            ):
                best = key
        if best:
            return best
    return None


def noun_trigger(lemma: str, form: str) -> tuple[str, Trigger] | None:
    """The trigger of a noun (compound heads included), or None."""
    key = noun_key(lemma, form)
    return (key, NOUNS[key]) if key else None


def word_in(word: str, vocab: tuple[str, ...]) -> bool:
    """Whether ``word`` is, starts or ends with one of ``vocab`` (compounds: "artilleriammunisjon")."""
    w = word.lower()
    return any(w == v or w.startswith(v) or w.endswith(v) for v in vocab)


def aid_mode(words: list[str]) -> str | None:
    """The PLOVER AID mode that the aid's object words point to, or None."""
    for vocab, mode in (
        (MILITARY_WORDS, "military"),
        (ASYLUM_WORDS, "asylum"),
        (HUMANITARIAN_WORDS, "humanitarian"),
        (ECONOMIC_WORDS, "economic"),
    ):
        if any(word_in(w, vocab) for w in words):
            return mode
    return None
