"""The words that make a sentence a quote in Norwegian news (Bokmål and Nynorsk).

Why a lexicon and not a learned model: reporting verbs are a closed, well-known
class, and the annotation conventions draw the line by verb (``sier`` and
``mener`` report speech, ``tror``, ``forventer`` and ``ber`` do not). Keeping
the lists here, apart from the detection logic, makes that line easy to read
and to move.
"""

from __future__ import annotations

import re


def wordset(words: str) -> frozenset[str]:
    """A set of words from a whitespace-separated string (lexicons read best as running text)."""
    return frozenset(words.split())


# Reporting verbs: every finite and participle form that introduces what someone said.
# Bokmål and Nynorsk forms are mixed freely: news in both standards use the same rules.
REPORTING_VERBS: frozenset[str] = wordset("""
    sier sa sagt seier sei
    mener mente meiner meinte
    hevder hevdet hevda hevdar
    opplyser opplyste opplyst
    forteller fortalte fortalt fortel fortalde
    skriver skrev skrevet skriv skreiv skrive skrivi
    uttaler uttalte uttalt uttalar
    påpeker påpekte påpekt påpeikar påpeika
    understreker understreket understreka understrekar
    advarer advarte advart åtvarar åtvara
    bekrefter bekreftet bekrefta bekreftar stadfestar stadfesta stadfester
    avviser avviste avvist
    svarer svarte svart svarar
    fastslår fastslo fastslått
    melder meldte meldt meldar
    innrømmer innrømmet innrømte innrømt vedgår vedgjekk
    forklarer forklarte forklart forklarar
    presiserer presiserte presisert
    beklager beklaget beklaga beklagar
    avslører avslørte avslørt avslørar avslørte
    kunngjør kunngjorde kunngjort
    konkluderer konkluderte
    erkjenner erkjente erkjent
    varsler varslet varsla varslar
    rapporterer rapporterte rapportert
    framholder fremholder framheld fremhever framhever fremhevet framheva
    poengterer poengterte poengtert
    konstaterer konstaterte konstatert
    utdyper utdypet utdjupar
    tilføyer tilføyde
    anklager anklaget anklaga
    kommenterer kommenterte
    spør spurte spurt
    roper ropte
    bedyrer bedyret
    innvender innvendte
    medgir medga
    røper røpet røpte
    """)

# "legger til" / "la til": the particle comes after the subject in inverted order.
PARTICLE_CUES: dict[str, str] = {
    "legger": "til",
    "la": "til",
    "legg": "til",
    "lagt": "til",
    "slår": "fast",
    "slo": "fast",
    "slått": "fast",
    "viser": "til",
    "viste": "til",
    "vist": "til",
    "argumenterer": "for",
    "argumenterte": "for",
    "peker": "på",
    "pekte": "på",
    "peikar": "på",
    "peika": "på",
}

# Cues that introduce a clause without "at" ("Finden sier folk bør …").
BARE_CLAUSE_CUES: frozenset[str] = wordset(
    "sier sa seier mener mente meiner meinte hevder hevdet hevda forteller fortalte fortel skriver skrev "
    "skriv opplyser opplyste"
)

# Verbs that look like speech but report a mental state, a wish or a request: never quotes.
NON_QUOTE_VERBS: frozenset[str] = wordset("""
    tror trodde trur trudde forventer forventet forventa ber bad frykter fryktet håper håpet håpar
    innser innså tviler tvilte ønsker ønsket krever krevde antar antok regner vet visste veit
    mistenker ser fremgår framgår
    """)

# Words after "sier" that make it non-reporting: "det sier seg selv", "sier opp", "sier ja til".
SIER_IDIOMS: frozenset[str] = wordset("seg opp fra ifra ja nei imot noe lite mye ingenting")

# Auxiliaries that may stand between subject and a participle cue ("har hevdet", "skal ha sagt").
AUXILIARIES: frozenset[str] = wordset("har hadde skal skulle vil ville kan kunne må ha hatt")

# Sentence openers that are adverbials, so the verb comes next and the subject after it (V2).
ADVERBIAL_OPENERS: frozenset[str] = wordset("""
    i etter før under på med ifølge ifølgje for ved om fra til mot blant hos gjennom uten
    her der nå da så også og men likevel derfor dessuten videre samtidig tidligere seinere senere
    sist først i_dag torsdag fredag lørdag søndag mandag tirsdag onsdag tysdag laurdag sundag
    måndag dessverre heldigvis imidlertid derimot altså ellers dermed deretter etterpå allerede
    ofte aldri alltid gjerne neste forrige sjølv selv kanskje trolig klokken klokka kl ikke ikkje kun
    bare berre like rett snart straks nylig nyleg nettopp fortsatt framleis fremdeles stadig endelig
    plutselig siden sidan seint sent tidlig tidleg natt morgen kveld ettermiddag formiddag i_går
    """)

PRONOUNS_SG_M = frozenset({"han"})
PRONOUNS_SG_F = frozenset({"hun", "ho"})
PRONOUNS_PL = frozenset({"de", "dei"})
SPEAKER_PRONOUNS = PRONOUNS_SG_M | PRONOUNS_SG_F | PRONOUNS_PL
# Pronouns that are never a reported speaker by themselves.
OTHER_PRONOUNS = frozenset(
    {
        "jeg",
        "eg",
        "vi",
        "me",
        "du",
        "dere",
        "de",
        "man",
        "en",
        "ein",
        "den",
        "det",
        "dette",
        "denne",
        "disse",
        "desse",
        "noen",
        "nokon",
        "ingen",
        "alle",
        "hvem",
        "kven",
        "hva",
        "kva",
        "som",
    }
)

# Words starting a subordinate clause: a cue inside one is not the article's own report.
RELATIVISERS = frozenset(
    {"som", "hvem", "kven", "hva", "kva", "hvilke", "hvorfor", "korleis", "hvordan", "hvor", "kor", "der"}
)

# Definite nouns for organisations and institutions used as sources ("politiet", "kommunen").
ORG_NOUNS: frozenset[str] = wordset(
    """
    politiet politiet regjeringen regjeringa kommunen kommunane departementet direktoratet selskapet
    foreningen foreninga forbundet partiet banken sentralbanken byrået nyhetsbyrået avisen avisa
    kanalen tilsynet etaten firmaet konsernet klubben laget styret ledelsen sykehuset universitetet
    skolen fylket fylkeskommunen statsforvalteren utvalget komiteen rådet hæren forsvaret militæret
    tollvesenet brannvesenet vegvesenet redningssentralen ambassaden kreml pentagon statsadvokaten
    påtalemyndigheten riksadvokaten domstolen retten tingretten lagmannsretten høyesterett ministeriet
    utenriksdepartementet forsvarsdepartementet justisdepartementet helsedirektoratet folkehelseinstituttet
    operasjonssentralen politidistriktet nettstedet nettavisen organisasjonen bedriften kommunestyret
    fylkesmannen flyselskapet rederiet kongehuset slottet statsministerens NTB
    """.lower()
)

# Endings of institution names written as one word ("Barneombudet", "Tollvesenet", "Legeforeningen").
ORG_SUFFIXES: tuple[str, ...] = (
    "ombudet",
    "vesenet",
    "verket",
    "tilsynet",
    "direktoratet",
    "foreningen",
    "forbundet",
    "instituttet",
    "departementet",
    "politiet",
    "etaten",
    "rådet",
    "senteret",
    "sentralen",
    "byrået",
    "selskapet",
    "partiet",
    "banken",
    "kommune",
    "fylkeskommune",
    "universitet",
    "sykehus",
)

# Plural nouns for groups of people ("eksperter", "amerikanske etterretningskilder").
GROUP_HEADS: tuple[str, ...] = (
    "kilder",
    "kildene",
    "eksperter",
    "ekspertene",
    "forskere",
    "forskerne",
    "økonomer",
    "økonomene",
    "analytikere",
    "analytikerne",
    "myndigheter",
    "myndighetene",
    "innbyggere",
    "innbyggerne",
    "naboer",
    "naboene",
    "vitner",
    "vitnene",
    "medier",
    "mediene",
    "media",
    "aktivister",
    "aktivistene",
    "politikere",
    "politikerne",
    "leger",
    "legene",
    "demonstranter",
    "demonstrantene",
    "styresmakter",
    "styresmaktene",
    "kjelder",
    "kjeldene",
    "representanter",
    "representantene",
    "tjenestemenn",
    "tjenestemennene",
    "folk",
    "beboere",
    "beboerne",
    "ansatte",
    "foreldre",
    "elever",
    "elevene",
)
ANON_HEADS: tuple[str, ...] = (
    "kilde",
    "kjelde",
    "person",
    "tjenestemann",
    "ansatt",
    "mann",
    "kvinne",
    "talsperson",
    "representant",
)
ANON_DETERMINERS = frozenset({"en", "ei", "ein", "et", "eit", "anonym", "anonyme", "ukjent", "ukjende"})

# Role words and endings: "asiaforsker", "statsministeren", "talsmann" (person sources).
ROLE_SUFFIXES: tuple[str, ...] = (
    "forsker",
    "minister",
    "sjef",
    "leder",
    "leiar",
    "direktør",
    "rådgiver",
    "rådgjevar",
    "talsmann",
    "talskvinne",
    "talsperson",
    "sekretær",
    "trener",
    "spiller",
    "ekspert",
    "økonom",
    "professor",
    "advokat",
    "forsvarer",
    "aktor",
    "dommer",
    "ordfører",
    "ordførar",
    "rådmann",
    "president",
    "politiker",
    "representant",
    "kontakt",
    "inspektør",
    "lege",
    "sykepleier",
    "meteorolog",
    "ombud",
    "journalist",
    "redaktør",
    "kommentator",
    "analytiker",
    "kaptein",
    "scorer",
    "keeper",
    "general",
    "biskop",
    "prest",
    "rektor",
    "lærer",
    "forfatter",
    "artist",
    "sanger",
    "musiker",
    "skuespiller",
    "gründer",
    "formann",
    "nestleder",
    "medlem",
    "ansatt",
    "mann",
    "kvinne",
    "person",
    "eier",
    "sjåfør",
    "fører",
    "rådgiver",
    "guvernør",
    "statsråd",
    "biolog",
    "psykolog",
    "jurist",
    "historiker",
    "statsviter",
    "lektor",
    "dekan",
    "diplomat",
    "ambassadør",
    "konsul",
    "offiser",
    "soldat",
    "pilot",
    "utvikler",
    "ingeniør",
    "arkitekt",
    "koordinator",
    "konsulent",
    "planlegger",
    "forvalter",
    "vaktsjef",
    "innsatsleder",
    "operasjonsleder",
    "talsperson",
    "ekspert",
    "kommandør",
    "oberst",
    "major",
    "løytnant",
    "sersjant",
    "agent",
    "tillitsvalgt",
    "mor",
    "far",
    "kona",
    "datter",
    "sønn",
    "bestemor",
    "bestefar",
    "søster",
    "bror",
    "venn",
    "venninne",
    "nabo",
    "vitne",
    "student",
    "elev",
    "vinner",
    "konge",
    "kong",
    "dronning",
    "prins",
    "prinsesse",
    "kronprins",
    "kronprinsesse",
    "hopper",
    "løper",
    "utøver",
    "stjerne",
    "profil",
    "kaptein",
    "keeper",
    "back",
    "spiss",
    "ombud",
    "saksbehandler",
    "terapeut",
    "bonde",
    "betjent",
    "åring",
    "operatør",
    "regissør",
    "mester",
    "pappa",
    "mamma",
    "produsent",
    "dirigent",
    "komponist",
    "pianist",
    "fotograf",
    "reporter",
    "instruktør",
    "kontrollør",
    "aktivist",
    "kritiker",
    "tekniker",
    "mekaniker",
    "kunstner",
    "vakt",
    "pasient",
    "forelder",
)
FEMALE_ROLE_WORDS = (
    "kona",
    "kone",
    "mor",
    "datter",
    "søster",
    "bestemor",
    "venninne",
    "talskvinne",
    "dronning",
    "prinsesse",
    "kvinne",
    "jente",
    "frue",
    "enke",
)
MALE_ROLE_WORDS = (
    "mann",
    "far",
    "sønn",
    "bror",
    "bestefar",
    "talsmann",
    "konge",
    "prins",
    "gutt",
    "ektemann",
    "enkemann",
)

DASHES = "–—−-"
DASH_RE = "[–—−-]"
QUOTE_OPEN = '«“"'
QUOTE_CLOSE = '»”"'

# Media that appear after "til": the outlet a source spoke to.
MEDIUM_LEAD_RE = re.compile(r"^(?:til|overfor|i et intervju med|i intervju med|i en kommentar til)\s+(.+)$")
# Circumstance phrases that end a speaker phrase without naming a medium.
CIRCUMSTANCE_RE = re.compile(
    r"(?<!-)\s+(?:i en (?:pressemelding|e-post|epost|uttalelse|kommentar|sms|melding|tekstmelding|kronikk)"
    r"|i (?:en|ei|ein|et|eit) (?:felles|skriftlig|skriftleg|kort) (?:uttalelse|uttale|kommentar|svar|e-post)"
    r"|på spørsmål(?:et)?\b|i et svar\b|i eit svar\b"
    r"|i ein (?:pressemelding|e-post|epost|uttale|kommentar|sms|melding|tekstmelding|kronikk)"
    r"|i ei (?:pressemelding|melding)|i eit (?:intervju|innlegg)|i et (?:intervju|innlegg|skriv|brev)"
    r"|på (?:en|ei|eit|et) pressekonferanse|under (?:en|ei|eit|et) pressekonferanse"
    r"|på sine nettsider|på nettsidene|på sin nettside|på Facebook|på Twitter|på X\b|på Instagram"
    r"|etter kampen|etter møtet|da (?:han|hun|ho|de|dei)\b|der (?:han|hun|ho|de|dei)\b"
    r"|som\b|før\b|etter at\b|mens\b|og\b|men\b|fordi\b|idet\b|når\b|til\b|overfor\b|med\b|om\b)"
)


def is_reporting(word: str) -> bool:
    """True for a reporting-verb form ("sier", "seier", "bekreftet")."""
    return word.lower() in REPORTING_VERBS


def role_gender(role: str | None) -> str | None:
    """Gender implied by a role word ("kona" → f, "talsmann" → m), else None."""
    if not role:
        return None
    last = role.lower().split()[-1] if role.split() else ""
    if any(last.endswith(w) or last.endswith(w + "en") for w in FEMALE_ROLE_WORDS):
        return "f"
    if any(last.endswith(w) or last.endswith(w + "en") for w in MALE_ROLE_WORDS) and not last.endswith(
        "kvinne"
    ):
        return "m"
    return None


# Family nouns (Bokmål and Nynorsk): "Datteren til en beboer sier …" names a person by kinship.
KIN_WORDS = wordset(
    "mor far datter dotter sønn son søster syster bror kone ektemann ektefelle samboer bestemor "
    "bestefar onkel tante"
)


def is_kin_word(word: str) -> bool:
    """True for a family noun used of a person ("datteren", "sønnen", "mora"): a person source."""
    w = word.lower().strip(",.")
    return any(w in (k, k + "en", k + "a", k + "n") for k in KIN_WORDS) or w in ("dotra", "kona")


def is_role_word(word: str) -> bool:
    """True for a word that names a person's role ("asiaforsker", "statsministeren", "trener")."""
    w = word.lower().strip(",.")
    if not w or (not w.isalpha() and "-" not in w):
        return False
    for suf in ROLE_SUFFIXES:
        for form in (suf, suf + "en", suf + "n", suf + "et", suf + "a", suf + "e", suf + "ne"):
            if w.endswith(form):
                return True
    return False
