"""Word lists and small patterns the event rules consult: actor nouns and heads, sport and
media words, verbs of control, legal charges, court and military names, clause breaks.

Why a module of its own: these are data, not logic. Keeping them in one place lets a reader
add an actor noun or a Nynorsk form without reading the argument-finding code.
"""

from __future__ import annotations

import re

# Common nouns that name actors, so a phrase like "politiet" or "fem personer" can be one.
ACTOR_NOUNS = (
    "politi",
    "regjering",
    "myndighet",
    "styresmakt",
    "departement",
    "hær",
    "militær",
    "soldat",
    "tropp",
    "opprører",
    "gjerningsm",
    "gjerningsperson",
    "mann",
    "menn",
    "kvinne",
    "person",
    "folk",
    "sivil",
    "barn",
    "demonstrant",
    "aktivist",
    "bilist",
    "innbygger",
    "beboer",
    "bebuar",
    "ambassade",
    "ledelse",
    "fagforening",
    "opposisjon",
    "innbyggjar",
    "lærer",
    "lærar",
    "bonde",
    "bønde",
    "bønder",
    "ansatt",
    "tilsett",
    "pendler",
    "pendlar",
    "student",
    "foreldre",
    "pasient",
    "fange",
    "gissel",
    "kommune",
    "fylke",
    "statsminister",
    "president",
    "minister",
    "leder",
    "leiar",
    "kilde",
    "kjelde",
    "etterretning",
    "opposisjon",
    "parti",
    "styre",
    "domstol",
    "rett",
    "lagmannsrett",
    "påtalemyndighet",
    "statsadvokat",
    "advokat",
    "terrorist",
    "milits",
    "gruppe",
    "land",
    "stat",
    "nabo",
    "elev",
    "student",
    "arbeider",
    "ansatt",
    "tilsett",
    "journalist",
    "ambassadør",
    "diplomat",
    "siktede",
    "tiltalte",
    "mistenkt",
    "offer",
    "ofre",
    "menneske",
    "sjef",
    "direktør",
    "borger",
    "ordfører",
    "tjenestem",
    "vest",
    "allierte",
    "angriper",
    "fiende",
    "kollega",
    "motpart",
    "representant",
    "delegasjon",
    "utsending",
    "forhandler",
    "statsleder",
    "statsleiar",
    "statsoverhode",
    "kansler",
    "konge",
    "dronning",
    "prins",
    "general",
    "offiser",
    "rådgiver",
    "rådgjevar",
    "talsperson",
    "talsmann",
    "talskvinne",
    "ekspert",
    "foreld",  # "foreldra", "foreldrene", "foreldrerådet"
    "politiker",
    "politikar",
)
# Heads of compound actor nouns: "moderpartiet", "justisministeren", "tillitsmann".
ACTOR_HEADS = (
    "politiker",  # "lokalpolitikerne", "fylkespolitikarane"
    "politikere",
    "politikerne",
    "politikar",
    "politikarar",
    "politikarane",
    "mann",
    "menn",
    "kvinne",
    "person",
    "politi",
    "politiet",
    "parti",
    "partiet",
    "minister",
    "ministeren",
    "leder",
    "lederen",
    "leiar",
    "sjef",
    "sjefen",
    "regjering",
    "regjeringa",
    "regjeringen",
    "myndighet",
    "myndighetene",
    "direktør",
    "advokat",
    "soldat",
    "soldater",
    "soldatene",
    "styrker",
    "styrkene",
    "demonstranter",
    "aktivister",
)
# Sports words: an article full of these reads "angrep" and "møte" as football.
SPORT_WORDS = {
    "kamp",
    "kampen",
    "kamper",
    "scoret",
    "scoring",
    "mål",
    "målet",
    "seier",
    "serien",
    "eliteserien",
    "tabell",
    "tabellen",
    "trener",
    "treneren",
    "keeper",
    "spiss",
    "ligaen",
    "cupen",
    "finalen",
    "seriekamp",
    "hjemmekamp",
    "bortekamp",
    "poeng",
    "fotball",
    "håndball",
    "lag",
    "laget",
    "benken",
    "omgang",
    "pause",
    "straffe",
    "assist",
    "målscorer",
    "uavgjort",
    "ledelsen",
}
SPORT_SUFFIXES = (
    "finale",
    "finalen",
    "kamp",
    "kampen",
    "turnering",
    "turneringen",
    "mesterskap",
    "mesterskapet",
    "serien",
    "ligaen",
    "cupen",
    "runden",
    "omgangen",
)
# Media outlets meet people to interview them; that is no diplomatic CONSULT.
MEDIA_WORDS = {
    "nrk",
    "tv 2",
    "tv2",
    "vg",
    "dagbladet",
    "aftenposten",
    "ntb",
    "dagens næringsliv",
    "e24",
    "reuters",
    "ap",
    "afp",
    "bbc",
    "cnn",
    "nettavisen",
    "klassekampen",
    "vårt land",
    "adresseavisen",
    "bergens tidende",
    "finansavisen",
    "stavanger aftenblad",
    "p4",
    "tv 2 nyheter",
}
NAME_POS = ("PROPN",)
_POLICE_DISTRICT = re.compile(r"\b(?:[A-ZÆØÅ][\w]*(?:-[A-ZÆØÅ][\w]*)?\s)+politidistrikt\b")
# Verbs whose object does what the infinitive says ("advarer X mot å", "ber X om å").
OBJECT_CONTROL = {
    "advare",
    "åtvare",
    "be",
    "oppfordre",
    "overtale",
    "overtyde",
    "tvinge",
    "presse",
    "hjelpe",
    "invitere",
    "true",
    "få",
    "hindre",
    "stanse",
    "stoppe",
    "fraråde",
    "anbefale",
}
LEGAL_CHARGES = ("sikte", "tiltale", "anmelde", "etterforske")
# Motion verbs ("kom til", "drar til") are visits only to states, regions and towns (GPE).
VISIT_MOTION = ("komme+til", "reise+til", "dra+til", "fare+til", "ankomme")
# Verbs whose object may be a thing that stands for its owner ("avviste forslaget fra Høyre").
OWNER_TARGET_TYPES = ("SUPPORT", "REJECT", "ACCUSE", "PROTEST", "SANCTION")
# Event types that need no target ("demonstranter protesterte").
TARGETLESS = ("PROTEST", "MOBILIZE", "REQUEST")
# Verdicts: a passive one without "av X" is the court's ("ble dømt til fengsel").
COURT_VERDICTS = ("dømme",)
_COURT = re.compile(r"(?:tingrett|lagmannsrett|høyesterett|domstol|byrett|herredsrett)\b", re.I)
ENTITY_TYPES = ("PER", "ORG", "GPE", "LOC", "GPE_LOC", "GPE_ORG", "EVT")
_CLAUSE_BREAK = {
    ",",
    ";",
    ":",
    "–",
    "-",
    "—",
    "(",
    ")",
    "og",
    "men",
    "mens",
    "fordi",
    "som",
    "at",
    "da",
    "der",
    "når",
    "eller",
    '"',
    "«",
    "»",
}
_ARG_POS = ("PROPN", "NOUN", "PRON")
# Letters, talks and meetings that carry a demand to its addressee ("i et brev til X").
# Public decisions that people vote, protest or react against ("kuttet", "vedtaket", "forslaget").
_DECISION_NOUNS = (
    "vedtak",
    "forslag",
    "kutt",
    "nedlegging",
    "nedleggelse",
    "nedlegginga",
    "innstramming",
    "budsjett",
    "reform",
)
_COUNCIL_BEFORE = ("kommunestyret i ", "bystyret i ", "kommunestyre i ", "formannskapet i ")
_FORCE_WORDS = ("styrke", "styrker", "tropp", "soldat", "krigsskip", "fartøy", "jagerfly", "bataljon")
_COMPANY_WORDS = ("selskap", "bedrift", "konsern", "verk", "festival", "arrangør", "arrangement")
_EVENT_ORG_WORDS = ("festival", "arrangement", "konferanse", "mesterskap")
_GROUP_NOUNS = ("ledelse", "styre", "leiing", "konsernledelse", "administrasjon")
# Organs that decide for the body they belong to: "Domsutvalget i NIF", "valgkomiteen i partiet".
_ORGAN_ENDINGS = ("utvalg", "komité", "komite", "nemnd", "sekretariat", "ledelse", "styre", "leiing")
# People who act for a body named after them: "representanter for X", "ledere i X", "delegasjon fra X".
_DELEGATE_NOUNS = ("representant", "leder", "leiar", "delegasjon", "delegat", "utsending", "sendemann")
_DELEGATE_PREPS = ("for", "i", "fra", "frå", "til")
# Phrase heads of private people: a call between them is no political consultation ("ringte ofrene").
_PRIVATE_HEADS = (
    "mann",
    "kvinne",
    "gutt",
    "jente",
    "offer",
    "ofre",
    "person",
    "svindler",
    "gjerningsmann",
    "tiltalt",
    "kunde",
    "pasient",
    "nabo",
    "eldre",
    "pensjonist",
    "barn",
    "foreldre",
)
_NOUN_SLOTS = ("DOBJ", "SUBJ", "PUTFYLL")  # where a mis-tagged event noun still reads as a noun
_CHANNEL_NOUNS = ("brev", "forhandling", "samtale", "møte", "e-post", "epost", "henvendelse", "søknad")
_MEETINGS = ("møte", "samtale")
_MILITARY_ORG = re.compile(r"forsvar|hær|marine|luftvåpen|heimevern|nato", re.I)
# "ble enige om …": preposition objects that are nominal events carried by the clause's subject
# ("ble enige om en ny sanksjonspakke", "slutter seg til sanksjonene").
_LIGHT_PREP_HEADS = {("enig", "om"), ("samd", "om"), ("slutte", "til"), ("innføre", "om"), ("vedta", "om")}
_NONE_WORDS = ("ingen ", "inga ", "ikke ")
_DETERMINERS = {"en", "ei", "et", "den", "sin", "si", "sitt", "hans", "hennes"}
_PRONOUNS_M = {"han"}
_PRONOUNS_F = {"hun", "ho"}
_PRONOUNS_PL = {"de", "dei"}
