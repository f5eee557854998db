"""Who did what to whom: PLOVER events from triggers, the NDT parse and the entity index.

How it works, per trigger word (``event_triggers``):
1. find the source and target in the parse — the subject of the verb chain, its direct
   object or the object of a trigger-specific preposition; for nouns a genitive
   ("Nord-Koreas støtte"), a derived adjective ("russisk bistand"), "fra X", "mellom X og Y",
   or the subject of the verb the noun is the object of;
2. when the parser did not attach an argument, fall back to the nearest entity in the
   same clause (the parser is trained on ~15k sentences and misses attachments in long
   news sentences; entity words right next to a trigger are its arguments far more often
   than not);
3. resolve argument words to entities (``entity_at``), else keep a short actor phrase
   ("politiet") — but only for nouns that denote actors, so "bjelken støtter taket" is
   no event;
4. read modality and attribution (``modality``), with quotes from the quotes stage: an
   event inside a quote is the speaker's claim;
5. merge mentions of the same event (type + source + target, and no conflicting time).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from nyhetsgraf.extract.event_triggers import (
    IRREGULAR_VERB_FORMS,
    Trigger,
    aid_mode,
    noun_trigger,
    verb_lemma,
    verb_trigger,
    word_in,
)
from nyhetsgraf.extract.modality import CERTAINTY, ModalityReading, lemma_forms, read_modality, verb_chain
from nyhetsgraf.record import Entity, Event, Record, Span, TimeRef

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


@dataclass
class Actor:
    """An event argument: an entity, or a short phrase when no entity fits."""

    entity: Entity | None = None
    phrase: str | None = None
    head: str | None = None  # the phrase's head lemma: "en mann" and "mannen" are one actor

    @property
    def ref(self) -> str | None:
        return self.entity.id if self.entity is not None else self.phrase

    @property
    def key(self) -> str:
        if self.entity is not None:
            return self.entity.id
        return "phrase:" + (self.head or self.phrase or "").lower()


@dataclass
class Mention:
    """One textual mention of an event, before merging."""

    type: str
    source: Actor
    target: Actor | None
    mode: str | None
    trigger: str
    start: int
    end: int
    reading: ModalityReading
    attributed_to: str | None = None
    time: TimeRef | None = None
    location: str | None = None
    extra_modalities: list[str] = field(default_factory=list)
    trigger_start: int = -1
    present: bool = False  # told in the present or future ("har", "skal ha et møte", "møter")

    def modalities(self) -> list[str]:
        ms = set(self.reading.modalities) | set(self.extra_modalities)
        order = ("negated", "hypothetical", "possible", "planned", "reported", "historical")
        found = [m for m in order if m in ms]
        return found or ["asserted"]


class _DocIndex:
    """A stand-in for the entity layer: one entity per distinct NER string.

    Only used when the entities stage has not run (tests of this module alone, or a
    failed entities stage), so that events still come out with names.
    """

    def __init__(self, doc) -> None:
        self.entities: list[Entity] = []
        self._spans: list[tuple[int, int, Entity]] = []
        from nyhetsgraf.record import Mention as RMention

        by_name: dict[str, Entity] = {}
        for ent in doc.ents:
            label = ent.label_
            if label not in ENTITY_TYPES and label != "DRV":
                continue
            name = ent.text
            key = name.lower().removesuffix("s") if label != "DRV" else name.lower()
            e = by_name.get(key)
            if e is None:
                etype = "GPE" if label.startswith("GPE") else label
                e = Entity(id=f"e{len(self.entities) + 1}", name=name, type=etype)
                by_name[key] = e
                self.entities.append(e)
            e.mentions.append(RMention(ent.start_char, ent.end_char, ent.text, derived=label == "DRV"))
            self._spans.append((ent.start_char, ent.end_char, e))

    def entity_at(self, start: int, end: int) -> Entity | None:
        for s, e, ent in self._spans:
            if s < end and start < e:
                return ent
        return None

    def resolve_name(self, name: str) -> Entity | None:
        low = name.lower()
        for e in self.entities:
            if e.name.lower() == low or e.name.lower().endswith(" " + low):
                return e
        return None

    def persons_before(self, offset: int) -> list[Entity]:
        last: dict[str, tuple[int, Entity]] = {}
        for s, _e, ent in self._spans:
            if s < offset and ent.type == "PER":
                last[ent.id] = (s, ent)
        return [e for _, e in sorted(last.values(), key=lambda x: -x[0])]

    def gender_of(self, entity: Entity | None) -> str | None:
        return entity.gender if entity is not None else None


# Nynorsk "seier" is "says" (", seier Solheim", "seier ho"), and "om lag" is "about":
# neither is sport, and a Nynorsk article full of quotes is not a match report.
_NYNORSK_SAYS = re.compile(r"[,–]\s*seier\b|\bseier\s+(?:at|han|ho|dei|eg|vi)\b", re.IGNORECASE)
_OM_LAG = re.compile(r"\bom\s+lag\b", re.IGNORECASE)


def is_sport_text(text: str) -> bool:
    """Whether a text is about sport: several sports words, so "angrep" is football."""
    says = bool(_NYNORSK_SAYS.search(text))
    words = re.findall(r"\w+", _OM_LAG.sub(" ", text).lower())
    hits = sum(1 for w in words if _is_sport_word(w) and not (says and w == "seier"))
    return hits >= 4 or (hits >= 2 and len(words) < 150)


def _is_sport_word(word: str) -> bool:
    return word in SPORT_WORDS or word.endswith(SPORT_SUFFIXES)


class EventExtractor:
    """Finds event mentions in one parsed article; ``run`` returns merged ``Event`` records."""

    def __init__(self, doc, rec: Record, index=None) -> None:
        self.doc = doc
        self.rec = rec
        self.index = index if index is not None else _DocIndex(doc)
        self.sport = is_sport_text(doc.text)
        self.quotes = [q for q in (rec.quotes or []) if q.end > q.start]
        self._police = self._find_police()
        self._recent_sources: dict[str, Actor] = {}  # event type → doer of its latest mention
        self._recent_targets: dict[str, Actor] = {}  # event type → target of its latest mention

    # ---- entity resolution -------------------------------------------------------------
    def _entity_of_token(self, tok) -> Entity | None:
        """The entity a single token belongs to (a name part or a derived adjective)."""
        ent = self.index.entity_at(tok.idx, tok.idx + len(tok.text))
        if ent is not None and getattr(ent, "type", None) in ("PER", "ORG", "GPE", "LOC", "EVT", "PROD"):
            return ent
        if tok.pos_ == "ADJ":
            return self._derived_country(tok.text)
        return None

    def _derived_country(self, word: str) -> Entity | None:
        """ "Russisk" → Russland when the entity layer left a derived word untagged."""
        try:
            from nyhetsgraf.extract.kb_ids import country_of_derived
        except ImportError:
            return None
        code = country_of_derived(word)
        if not code:
            return None
        return next((e for e in self.index.entities if e.kb_id == f"gpe:{code}"), None)

    def _find_police(self) -> Actor | None:
        """The police force that "politiet" stands for: an ORG entity with "politi" in its
        name, else a named police district in the text ("Sør-Øst politidistrikt")."""
        for e in self.index.entities:
            if e.type == "ORG" and "politi" in e.name.lower():
                return Actor(entity=e)
        m = _POLICE_DISTRICT.search(self.doc.text)
        if m:
            return Actor(phrase=m.group(0), head="politi")
        return None

    def _find_court(self) -> Actor | None:
        """The court that passed a verdict: the one court named in the article ("Oslo tingrett")."""
        courts = [e for e in self.index.entities if e.type == "ORG" and _COURT.search(e.name)]
        return Actor(entity=courts[0]) if len(courts) == 1 else None

    def _municipality(self) -> Actor | None:
        """The municipality "kommunen" stands for: the one "X kommune" entity of the article."""
        found = [
            e for e in self.index.entities if e.type in ("GPE", "ORG") and e.name.lower().endswith(" kommune")
        ]
        return Actor(entity=found[0]) if len(found) == 1 else None

    def _org_anaphor(self, tok) -> Entity | None:
        """ "forbundet" → Fellesforbundet, "selskapet" → the company the story is about.

        A bare definite noun names the organisation mentioned before it whose name ends in the
        noun ("forbundet", "partiet"); "selskapet"/"bedriften"/"konsernet" the most mentioned
        organisation before it. Only when exactly one candidate fits.
        """
        lemma = (tok.lemma_ or "").lower()
        if not re.search(r"(?:et|en|a)$", tok.lower_) or len(lemma) < 4:
            return None
        kinds = ("ORG", "EVT") if lemma in _EVENT_ORG_WORDS else ("ORG",)  # "festivalen" → Kystlyd
        before = [
            e
            for e in self.index.entities
            if e.type in kinds and not self._is_media(e) and any(m.start < tok.idx for m in e.mentions)
        ]
        named = [e for e in before if e.name.lower().replace(" ", "").endswith((lemma, tok.lower_))]
        if not named:
            named = [e for e in before if lemma in e.name.lower()]  # "Festivalen Nordlys"
        if len(named) == 1:
            return named[0]
        if lemma in _EVENT_ORG_WORDS and any(e.type == "EVT" for e in before):
            before = [e for e in before if e.type == "EVT"]
        if lemma in _COMPANY_WORDS and before:
            ranked = sorted(before, key=lambda e: -sum(m.start < tok.idx for m in e.mentions))
            if len(ranked) == 1 or sum(m.start < tok.idx for m in ranked[0].mentions) > sum(
                m.start < tok.idx for m in ranked[1].mentions
            ):
                return ranked[0]
        return None

    def _sends_forces(self, trig, dobj) -> bool:
        """Whether a verb sends troops to a place rather than to a state ("til grensen")."""
        if dobj is None:
            return False
        words = [dobj.lemma_ or dobj.text, dobj.text] + [
            g.text for c in dobj.children if c.lower_ == "av" for g in c.children if g.dep_ == "PUTFYLL"
        ]
        if not any(word_in(w, _FORCE_WORDS) for w in words):
            return False
        for obj in self._prep_objects(trig, ("til",)):
            ent = self._entity_of_token(obj)
            if ent is not None and ent.type in ("GPE", "ORG"):
                return False  # "sender soldater til Estland": military aid to a state
        return True

    def _public_body(self) -> Actor | None:
        """The council or county that local news decisions belong to: the one "X kommune" /
        "X fylkeskommune" entity of the article (none when several compete)."""
        found = {
            e.id: e
            for e in self.index.entities
            if e.type in ("GPE", "ORG", "GPE_ORG")
            and (
                e.name.lower().endswith("kommune")
                or e.name.lower().startswith(("kommunestyret", "bystyret", "fylkestinget", "fylkesutvalget"))
            )
        }
        if not found:
            # "Kommunestyret i Sunnfjord", "Sunnfjord kommune" with only the place tagged
            text = self.doc.text.lower()
            for e in self.index.entities:
                if e.type in ("GPE", "GPE_ORG") and any(
                    text[max(0, m.start - 20) : m.start].endswith(_COUNCIL_BEFORE)
                    or text[m.end : m.end + 9].startswith((" kommune", " kommunes"))
                    for m in e.mentions
                ):
                    found[e.id] = e
        councils = [e for e in found.values() if e.name.lower().endswith("kommune")]
        if len(councils) == 1:
            return Actor(entity=councils[0])  # "Vestland fylkeskommune" over its "fylkestinget"
        return Actor(entity=next(iter(found.values()))) if len(found) == 1 else None

    def _decision_owner(self, noun) -> list[Actor]:
        """ "stemmer imot kuttet", "opprop mot forslaget": a public decision with no named owner
        is the local council's (the gold convention targets the body that decided)."""
        if noun is None:
            return []
        low = (noun.lemma_ or noun.text).lower()
        if not (low.endswith(_DECISION_NOUNS) or noun.lower_.startswith(_DECISION_NOUNS)):
            return []
        body = self._public_body()
        return [body] if body is not None else []

    def _second_subject(self, trig):
        """ "Gram møtte Ukrainas president Zelenskyj": a parser slip gives the verb two subjects.

        In a main clause with its subject before the verb, a second "subject" after the
        verb is the object.
        """
        subjs = [c for c in trig.children if c.dep_ == "SUBJ"]
        if len(subjs) >= 2 and subjs[0].i < trig.i < subjs[-1].i and subjs[-1].pos_ in ("PROPN", "NOUN"):
            return subjs[-1]
        return None

    def actor(self, tok, allow_phrase: bool = True) -> Actor | None:
        """The actor that a head word stands for, or None."""
        if tok is None or self._dateline(tok):
            return None
        ent = self._entity_of_token(tok)
        if ent is None:
            # name heads with a title: "president Vladimir Putin", "Russlands forsvarsminister Sjojgu"
            for c in tok.children:
                if c.dep_ in ("FLAT", "APP") and (c.pos_ in NAME_POS or c.dep_ == "APP"):
                    ent = self._entity_of_token(c)
                    if ent is None and c.dep_ == "APP":
                        ent = next((self._entity_of_token(g) for g in c.children if g.dep_ == "FLAT"), None)
                    if ent is not None:
                        break
        if ent is None and tok.dep_ == "APP" and tok.head.pos_ in NAME_POS:
            ent = self._entity_of_token(tok.head)
        if ent is None and tok.pos_ in NAME_POS:
            # a name the NER missed here but found elsewhere ("Kim" at a sentence start)
            name = " ".join([tok.text] + [c.text for c in tok.children if c.dep_ == "FLAT"])
            ent = self.index.resolve_name(name)
        if ent is None and tok.pos_ == "NOUN":
            # "Statens vegvesen": a name whose head the tagger called a common noun
            gen = [c for c in tok.lefts if c.dep_ == "DET" and c.pos_ in NAME_POS and c.i == tok.i - 1]
            if gen:
                ent = self.index.resolve_name(f"{gen[0].text} {tok.text}")
        if ent is None and tok.pos_ == "NOUN":
            ent = self._apposition_after(tok)
        if ent is None and tok.text.endswith("-") and tok.i > 0:
            # "EU-landenes stats- og regjeringssjefer": the leaders act for the genitive's union
            prev = self.doc[tok.i - 1]
            gen = self._entity_of_token(prev) if prev.text.endswith("s") else None
            if gen is not None and gen.type in ("GPE", "ORG"):
                ent = gen
        if ent is None and (tok.lemma_ or "").lower() in _GROUP_NOUNS:
            # "ledelsen i Equinor", "styret ved sykehuset": the organisation acts through its board
            for obj in self._prep_objects(tok, ("i", "ved", "hos")):
                org = self._entity_of_token(obj)
                if org is not None and org.type == "ORG":
                    ent = org
                    break
        if ent is None and tok.pos_ == "NOUN" and not any(c.dep_ == "DET" for c in tok.children):
            ent = self._org_anaphor(tok)
        if ent is not None:
            return Actor(entity=ent)
        low = tok.lower_
        if tok.pos_ == "PRON":
            return self._pronoun(tok)
        if not allow_phrase or not (
            tok.pos_ in ("NOUN", "ADJ", "NUM") or (tok.pos_ == "PROPN" and tok.i == tok.sent.start)
        ):
            return None
        lemma = (tok.lemma_ or tok.text).lower()
        if not (
            any(lemma.startswith(a) or low.startswith(a) for a in ACTOR_NOUNS)
            or any(lemma.endswith(a) or low.endswith(a) for a in ACTOR_HEADS)
        ):
            return None
        if lemma in ("politi", "politiet") and self._police is not None:
            return self._police
        if low in ("kommunen", "kommuna") and self._municipality() is not None:
            return self._municipality()
        return Actor(phrase=self._phrase(tok), head=lemma)

    def _dateline(self, tok) -> bool:
        """ "GARDERMOEN (VG)", "KONGSBERG (TV 2):": a dateline (place in capitals, outlet in
        parentheses) is never an actor."""
        nxt = self.doc[tok.i + 1] if tok.i + 1 < len(self.doc) else None
        prev = self.doc[tok.i - 1] if tok.i > 0 else None
        if (
            prev is not None
            and nxt is not None
            and prev.text == "("
            and nxt.text.startswith(")")
            and tok.lower_ in MEDIA_WORDS
        ):
            return True  # "(VG)": the outlet's credit in a dateline
        return tok.text.isupper() and len(tok.text) > 3 and nxt is not None and nxt.text in ("(", ":")

    def _apposition_after(self, tok) -> Entity | None:
        """ "lederen for partiet, Konstantin Chernenko": a person named after a comma.

        The parser often attaches such late appositions elsewhere; a comma followed
        directly by a person's name, with no verb in between, names the noun's referent.
        """
        end = min(tok.sent.end, tok.i + 9)
        for i in range(tok.i + 1, end):
            t = self.doc[i]
            if t.pos_ in ("VERB", "AUX") or t.lower_ in ("og", "men", "som", "sier", "seier"):
                return None
            if t.text == ",":
                if i + 1 < tok.sent.end:
                    ent = self._entity_of_token(self.doc[i + 1])
                    if ent is not None and ent.type == "PER":
                        return ent
                return None
        return None

    def _phrase(self, tok) -> str:
        """A short noun phrase: determiners, numbers and adjectives before the noun, nothing after."""
        start = tok.i
        # only the words right before the noun that modify it: "en 37 år gammel mann"
        while start > tok.sent.start and tok.i - start < 5:
            prev = self.doc[start - 1]
            if prev.pos_ not in ("DET", "ADJ", "NUM", "NOUN") or prev.text in (",", "«", "»"):
                break
            if not (prev.head.i == tok.i or prev.head.i in range(start, tok.i + 1)):
                break
            start -= 1
        while start < tok.i and self.doc[start].lower_ in ("sin", "si", "sitt", "sine", "hans", "hennes"):
            start += 1  # "sin finske kollega" → "finske kollega": a possessive points back, it names no one
        words = self.doc[start : tok.i + 1].text
        if start == tok.sent.start and words[:1].isupper() and self.doc[start].pos_ != "PROPN":
            words = words[:1].lower() + words[1:]
        return words

    def _pronoun(self, tok) -> Actor | None:
        low = tok.lower_
        if low in ("jeg", "eg", "je"):
            # "– Jeg har snakket med ministeren, sa Sandnes": the speaker of the quote
            for q in self.quotes:
                if q.start <= tok.idx < q.end and q.speaker_id:
                    ent = next((e for e in self.index.entities if e.id == q.speaker_id), None)
                    return Actor(entity=ent) if ent is not None else None
            return None
        if low in _PRONOUNS_M | _PRONOUNS_F:
            want = "m" if low in _PRONOUNS_M else "f"
            for p in self.index.persons_before(tok.idx):
                g = self.index.gender_of(p)
                if g in (want, None):
                    return Actor(entity=p)
        if low in _PRONOUNS_PL and tok.dep_ == "SUBJ":
            nxt = self.doc[tok.i + 1] if tok.i + 1 < len(self.doc) else None
            if nxt is not None and nxt.lower_ == "to":
                return None  # "de to" is a pair, see ``actors``
            return self._previous_subject(tok)
        return None

    def _reporting_subject(self, tok):
        """The subject of the verb whose "at" clause holds ``tok`` ("X har sagt at de …")."""
        v = tok.head
        for _ in range(4):
            if any(c.dep_ == "SBU" and c.lower_ == "at" for c in v.children):
                gov = v.head
                if gov.i == v.i or gov.pos_ not in ("VERB", "AUX"):
                    return None
                subj = self._subject(gov)
                return subj if subj is not None and subj.pos_ in ("PROPN", "NOUN") else None
            if v.head.i == v.i:
                return None
            v = v.head
        return None

    def _previous_subject(self, tok) -> Actor | None:
        """"Nord-Korea kan få mat. Men de kan også få …": a plural subject pronoun takes up the
        previous sentence's subject when that is a state, an organisation or a plural group."""
        start = tok.sent.start
        if start == 0:
            return None
        prev_sent = self.doc[start - 1].sent
        for t in prev_sent:
            if t.dep_ != "SUBJ" or t.pos_ == "PRON":
                continue
            ent = self._entity_of_token(t)
            if ent is not None:
                return Actor(entity=ent) if ent.type in ("GPE", "ORG") else None
            if t.pos_ == "NOUN" and "Number=Plur" in str(t.morph):
                return self.actor(t)
            return None
        return None

    def actors(self, tok, allow_phrase: bool = True) -> list[Actor]:
        """The actor of ``tok`` and of its coordinated words ("Kim og Putin")."""
        out = []
        a = self.actor(tok, allow_phrase)
        if a is not None:
            out.append(a)
        for c in tok.children:
            if tok.text.endswith("-"):
                break  # "stats- og regjeringssjefer" is one group, not two actors
            if c.dep_ == "KOORD" and not (c.i > 0 and self.doc[c.i - 1].text == "("):
                # "Lubna Jaffery (Ap)" is one actor with her party, not two
                b = self.actor(c, allow_phrase)
                if b is not None:
                    out.append(b)
        if not out and tok.lower_ in _PRONOUNS_PL and tok.dep_ == "SUBJ":
            # "Høyre og Frp har sagt at de vil stemme imot": "de" is the saying clause's subject
            main = self._reporting_subject(tok)
            if main is not None:
                out = self.actors(main, allow_phrase)
        if not out and tok.lower_ in _PRONOUNS_PL:
            # "de to møttes": the pair the story is about
            nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
            if nxt is not None and nxt.lower_ == "to":
                out = self._the_two(tok.idx)
        return out

    # ---- argument finding ------------------------------------------------------------
    @staticmethod
    def _child(tok, *deps):
        for c in tok.children:
            if c.dep_ in deps:
                return c
        return None

    def _prep_objects(self, tok, preps: tuple[str, ...]) -> list:
        out = []
        for c in tok.children:
            if c.pos_ == "ADP" and c.lower_ in preps:
                obj = self._child(c, "PUTFYLL")
                if obj is not None and obj.lower_ != "å":
                    out.append(obj)
        return out

    def _subject(self, trig):
        """The subject of the trigger's clause, through auxiliaries, coordination and control."""
        chain = verb_chain(trig)
        for v in chain:
            s = self._child(v, "SUBJ", "PSUBJ")
            if s is not None and s.lower_ in ("det", "dette") and self._child(v, "PSUBJ") is not None:
                s = self._child(v, "PSUBJ")  # "det er aktuelt … å møte": "det" is a placeholder
            if s is not None and s.lower_ == "å":
                # "det er aktuelt for Putin å møte Kim": the doer is "for X" under the predicate
                for pred in v.children:
                    if pred.dep_ == "SPRED":
                        objs = self._prep_objects(pred, ("for",))
                        if objs:
                            return objs[0]
                continue
            if s is not None and not self._after_ifolge(s):
                return s
        top = chain[-1]
        if top.dep_ == "KOORD" and top.head.pos_ in ("VERB", "AUX"):
            return self._subject(top.head)
        if (
            top.dep_ == "ATR"
            and top.head.pos_ in ("NOUN", "PROPN")
            and any(c.lower_ == "som" for c in top.children)
        ):
            return top.head  # "en mann som er pågrepet": the relative clause's antecedent
        if (
            any(c.dep_ == "KONJ" and c.lower_ in ("og", "eller") for c in top.children)
            and top.head.i != top.i
            and top.head.pos_ in ("VERB", "AUX")
            and top.head.i < top.i
        ):
            return self._subject(top.head)
        # "å" infinitives: object control ("advarer X mot å"), else subject control
        if top.lower_ == "å" or (top.head.lower_ == "å"):
            marker = top if top.lower_ == "å" else top.head
            gov = marker.head
            if gov.pos_ == "ADP":
                gov = gov.head
            if gov.pos_ in ("VERB", "AUX"):
                control = bool(lemma_forms(gov) & OBJECT_CONTROL)
                obj = self._child(gov, "DOBJ", "IOBJ")
                if control and obj is not None and obj.i != marker.i and obj.pos_ in _ARG_POS:
                    return obj
                if control:
                    for t in self.doc[gov.i + 1 : marker.i]:
                        if self._entity_of_token(t) is not None:
                            return t
                return self._subject(gov)
        if trig.dep_ == "ATR" and trig.pos_ == "VERB":
            # "har levert ammunisjon" parsed as an adjectival participle: the clause's subject
            h = trig.head
            for _ in range(3):
                s = self._child(h, "SUBJ")
                if s is not None:
                    return s
                if h.head.i == h.i:
                    break
                h = h.head
        return None

    def _shared_subject(self, trig):
        """ "Hamas bruker … og fortsetter å skyte": a coordinated verb phrase shares the
        subject of the first clause of its sentence."""
        sent = trig.sent
        for i in range(trig.i - 1, max(sent.start, trig.i - 4) - 1, -1):
            t = self.doc[i]
            if t.lower_ == "og" and i + 1 < trig.i + 1 and self.doc[i + 1].pos_ in ("VERB", "AUX"):
                for s in self.doc[sent.start : i]:
                    if s.dep_ == "SUBJ" and s.pos_ in ("PROPN", "NOUN"):
                        return s
                return None
        return None

    def _location(self, trig, exclude: set[str]) -> str | None:
        """Where it happened: a place in an "i/på/ved X" phrase on the trigger or its verb chain."""
        for v in verb_chain(trig):
            for obj in self._prep_objects(v, ("i", "på", "ved", "utenfor")):
                ent = self._entity_of_token(obj)
                if ent is not None and ent.type in ("GPE", "LOC") and ent.id not in exclude:
                    return ent.id
        return None

    def _earlier_event_source(self, noun) -> Actor | None:
        """The doer of the event a definite event noun ("sanksjonene", "angrepet") refers back to."""
        definite = re.search(r"(?:en|et|ene|a|ane|i)$", noun.lower_)
        if not definite or any(c.dep_ == "DET" for c in noun.children):
            return None
        found = noun_trigger(noun.lemma_, noun.text)
        if found is None:
            return None
        return self._recent_sources.get(found[1].type)

    def _owner(self, noun) -> list[Actor]:
        """Whose thing a noun is: a genitive, a derived adjective, or "fra X"."""
        if self.actor(noun) is not None:
            return []
        for c in noun.children:
            if c.i < noun.i and (c.dep_ == "DET" or c.text.endswith("s")) and c.pos_ in _ARG_POS:
                found = self.actors(c)
                if found:
                    return found
            if c.dep_ == "ATR" and c.pos_ == "ADJ":
                ent = self._entity_of_token(c)
                if ent is not None:
                    return [Actor(entity=ent)]
        for obj in self._prep_objects(noun, ("fra", "frå")):
            found = self.actors(obj)
            if found:
                return found
        for obj in self._prep_objects(noun, ("i", "ved", "hos")):
            # "ledelsen i Equinor", "styret ved skolen": the organisation the group belongs to
            ent = self._entity_of_token(obj)
            if ent is not None and ent.type == "ORG":
                return [Actor(entity=ent)]
        return []

    def _country_of(self, noun) -> list[Actor]:
        """ "Russlands ambassadør", "den kinesiske ambassadøren": the state a diplomat stands for."""
        for c in noun.children:
            if c.i < noun.i and c.dep_ in ("DET", "ATR"):
                ent = self._entity_of_token(c)
                if ent is not None and ent.type in ("GPE", "ORG"):
                    return [Actor(entity=ent)]
        return []

    @staticmethod
    def _phrase_words(trig) -> list[str]:
        """The words of a trigger's own phrase: its dependents' subtrees, not its subject's or
        a coordinated clause's (so "telefon" must belong to this verb, not to a later clause)."""
        words = [trig.lower_]
        for c in trig.children:
            if c.dep_ in ("SUBJ", "KOORD", "IP") or (c.pos_ in ("VERB", "AUX") and c.dep_ != "INFV"):
                continue
            words += [t.lower_ for t in c.subtree]
        for v in verb_chain(trig)[1:]:
            words += [c.lower_ for c in v.children if c.dep_ == "ADV"]
        return words

    def _requirement_met(self, tok, spec) -> bool:
        if not spec.requires:
            return True
        words = self._phrase_words(tok)
        return any(w.startswith(r) for w in words for r in spec.requires)

    def _addressee(self, tok) -> list[Actor]:
        """ "krevde X i forhandlingene med regjeringen", "ber om Y i et brev til rådmannen":
        the party a demand is addressed to, through the letter or talks that carry it."""
        top = verb_chain(tok)[-1]
        letter = top.head if top.dep_ == "ATR" and top.head.pos_ == "NOUN" else None
        if letter is not None and letter.dep_ == "PUTFYLL" and letter.head.lower_ == "til":
            # "skrev et brev til rådmannen der hun ber om …": the clause hangs on the addressee
            carrier = letter.head.head
            objs = [carrier] + [c for c in carrier.children if c.dep_ == "DOBJ"]
            if any(any(c in o.lower_ for c in _CHANNEL_NOUNS) for o in objs):
                found = self.actors(letter)
                if found:
                    return found
        if letter is not None and any(c in letter.lower_ for c in _CHANNEL_NOUNS):
            # "et brev til rådmannen der hun ber om et møte": the letter's addressee
            for obj in self._prep_objects(letter, ("til",)):
                found = self.actors(obj)
                if found:
                    return found
        for t in tok.subtree:
            if t.pos_ != "NOUN" or t.dep_ != "PUTFYLL":
                continue
            low = t.lower_
            if not any(c in low for c in _CHANNEL_NOUNS):
                continue  # "budsjettforhandlingene", "brevet": compounds and inflections
            if not (t.head.lower_ in ("i", "under") or (t.head.lower_ == "om" and low.startswith(_MEETINGS))):
                continue  # "i et brev til X", "i forhandlingene med X", "ber om et møte med X"
            for obj in self._prep_objects(t, ("med", "til")):
                found = self.actors(obj)
                if found:
                    return found
        return []

    def _clause_subject_target(self, dobj) -> list[Actor]:
        """ "krever at selskapet stanser …": the one asked is the subject of the "at" clause."""
        if dobj is None or dobj.pos_ not in ("VERB", "AUX"):
            return []
        if not any(c.lower_ in ("at", "om") and c.dep_ == "SBU" for c in dobj.children):
            return []
        subj = self._child(dobj, "SUBJ")
        if subj is None or subj.pos_ == "PRON":
            return []
        return self.actors(subj)

    def _military_source(self, trig) -> list[Actor]:
        """ "to jagerfly ble sendt opp": an agentless scramble is the armed forces' doing, the
        military organisation named in the sentence or, failing that, in the article."""
        for pool in ([self._entity_of_token(t) for t in trig.sent], self.index.entities):
            for ent in pool:
                if ent is not None and ent.type == "ORG" and _MILITARY_ORG.search(ent.name):
                    return [Actor(entity=ent)]
            if pool is not self.index.entities:
                for t in trig.sent:
                    if t.pos_ in ("NOUN", "PROPN") and _MILITARY_ORG.search(t.lower_) and t.dep_ == "SUBJ":
                        return [Actor(phrase=self._phrase(t), head=(t.lemma_ or t.lower_).lower())]
        return []

    def _inverted_subject(self, trig) -> Actor | None:
        """ "I Rogaland protesterte folk": after a fronted adverbial the subject follows the verb."""
        sent = trig.sent
        first = self.doc[sent.start]
        if first.pos_ not in ("ADP", "ADV") or trig.i + 1 >= sent.end or trig.i - sent.start > 6:
            return None
        return self.actor(self.doc[trig.i + 1])

    @staticmethod
    def _sport_sentence(tok) -> bool:
        """A sports word in the trigger's own sentence ("I kvartfinalen møter Ruud …")."""
        return any(_is_sport_word(t.lower_) for t in tok.sent)

    def _after_ifolge(self, tok) -> bool:
        """ "ifølge nyhetsbyrået KCNA diskuterte …": the parser makes the source a subject."""
        for i in range(tok.i - 1, max(tok.sent.start, tok.i - 7) - 1, -1):
            t = self.doc[i]
            if t.lower_ in ("ifølge", "ifølgje"):
                return True
            if t.pos_ in ("VERB", "AUX") or t.text == ",":
                return False
        return False

    def _is_passive(self, trig, key: str) -> bool:
        low = trig.lower_
        if low.endswith("s") and not key.endswith("es") and not low.endswith(("ss", "us")):
            return True
        chain = verb_chain(trig)
        if len(chain) > 1 and (chain[1].lemma_ or "").lower() in ("bli", "være", "verte", "vere"):
            return True
        morph = str(trig.morph)
        if "Voice=Pass" in morph:
            return True
        if "VerbForm=Part" in morph or trig.dep_ in ("KOORD", "SPRED"):
            # "pågrepet og siktet": a bare participle with no object and no "ha"
            has_obj = any(c.dep_ in ("DOBJ", "IOBJ") for c in trig.children)
            has_ha = any((v.lemma_ or "").lower() in ("ha", "hava") for v in chain[1:])
            if trig.dep_ == "KOORD" and trig.head.pos_ == "VERB" and trig.head.i != trig.i:
                return not has_obj and self._is_passive(trig.head, key)
            return not has_obj and not has_ha and trig.lower_.endswith(("t", "et", "d", "dd"))
        return False

    def _linear(
        self, trig, direction: int, exclude: set[str], limit: int = 8, phrases: bool = True
    ) -> Actor | None:
        """The nearest entity before (-1) or after (+1) the trigger, within its clause."""
        sent = trig.sent
        i = trig.i + direction
        steps = 0
        while sent.start <= i < sent.end and steps < limit:
            t = self.doc[i]
            if t.lower_ in _CLAUSE_BREAK or (t.pos_ in ("VERB",) and direction < 0 and t.dep_ != "INFV"):
                if direction > 0 and t.lower_ in ("og",):
                    pass
                else:
                    break
            ent = self._entity_of_token(t)
            locative = direction < 0 and i > sent.start and self.doc[i - 1].pos_ == "ADP"
            label = (t.text.isupper() and len(t.text) > 3) or self._dateline(t)  # "GARDERMOEN (VG)"
            if (
                ent is not None
                and ent.id not in exclude
                and not self._is_media(ent)
                and not locative
                and not label
            ):
                return Actor(entity=ent)
            if t.pos_ == "PRON" and direction < 0:
                a = self._pronoun(t)
                if a is not None and a.key not in exclude:
                    return a
            if direction > 0 and phrases and steps < 2 and t.pos_ == "NOUN":
                a = self.actor(t)
                if a is not None and a.key not in exclude:
                    return a
            i += direction
            steps += 1
        return None

    def _pair_before(self, trig) -> list[Actor]:
        """ "A og B møttes" when the parser lost the coordination: two entities joined by og."""
        found: list[Actor] = []
        seen_og = False
        for i in range(trig.i - 1, max(trig.sent.start, trig.i - 10) - 1, -1):
            t = self.doc[i]
            if t.lower_ in ("og", "med"):
                seen_og = True
                continue
            if t.lower_ in _CLAUSE_BREAK:
                break
            ent = self._entity_of_token(t)
            if ent is not None and all(a.key != ent.id for a in found):
                found.append(Actor(entity=ent))
        return list(reversed(found))[:2] if seen_og else []

    def _pair_after(self, trig) -> list[Actor]:
        """ "diskuterte dei to", "de to møttes": the two persons the article is about."""
        lo = max(trig.sent.start, trig.i - 3)
        words = [t.lower_ for t in self.doc[lo : min(trig.sent.end, trig.i + 4)]]
        for k in range(len(words) - 1):
            if words[k] in _PRONOUNS_PL | {"begge"} and words[k + 1] in ("to", "partene", "landa", "landene"):
                return self._the_two(trig.idx)
        return []

    def _the_two(self, offset: int) -> list[Actor]:
        """The two persons last mentioned in running text before ``offset``.

        Persons named only in captions or photo credits are skipped: "de to" refers to
        the story's actors, not to the photographer named last.
        """
        recent = [p for p in self.index.persons_before(offset) if not self._only_in_captions(p)][:2]
        return [Actor(entity=p) for p in recent] if len(recent) == 2 else []

    def _only_in_captions(self, ent: Entity) -> bool:
        spans = [(b.start, b.end) for b in self.rec.blocks if b.kind in ("caption", "byline")]
        if not spans:
            text = self.doc.text
            return all("Foto:" in text[max(0, m.start - 60) : m.start] for m in ent.mentions)
        return all(any(s <= m.start < e for s, e in spans) for m in ent.mentions)

    @staticmethod
    def _particles(trig) -> tuple[str, ...]:
        """Prepositions and particles of a verb, also under its reflexive ("stille seg bak")."""
        out = []
        for c in trig.children:
            if c.pos_ in ("ADP", "ADV", "PART") or (c.dep_ == "ADV" and c.lower_ in ("ut", "tilbake", "inn")):
                out.append(c.lower_)
                if c.pos_ == "ADP":  # "stå sammen med": the parser hangs "sammen" under "med"
                    out += [g.lower_ for g in c.children if g.pos_ == "ADV" and g.i < c.i]
            elif c.lower_ in ("seg", "meg", "oss", "dei", "dem"):
                out += [g.lower_ for g in c.children if g.pos_ == "ADP"]
            elif c.dep_ == "SPRED" and (c.lemma_ or c.text).lower() in ("enig", "samd"):
                out.append("enig")  # "ble enige": the predicate makes the event, see ``_agreed_on``
            elif c.dep_ == "SPRED" and (c.lemma_ or c.text).lower() in ("kritisk",):
                out.append("kritisk")  # "Frp er kritisk til forslaget": criticism
        return tuple(out)

    def _agreed_on(self, trig) -> str | None:
        """What "X og Y ble enige om …" is: COOPERATE on a plan ("om å styrke"), AGREE on a text
        or a deal, nothing when the object is itself an event noun ("om en ny sanksjonspakke",
        which the noun carries)."""
        enig = next((c for c in trig.children if c.dep_ == "SPRED"), None)
        if enig is None:
            return None
        for c in enig.children:
            if c.pos_ == "ADP" and c.lower_ == "om":
                obj = self._child(c, "PUTFYLL")
                if obj is None:
                    continue
                if obj.lower_ == "å":
                    return "COOPERATE"
                if noun_trigger(obj.lemma_, obj.text) is not None and noun_trigger(obj.lemma_, obj.text)[
                    1
                ].type not in ("AGREE", "COOPERATE"):
                    return None
        return "AGREE"

    def _particle_object(self, trig, key: str):
        """The object of a verb's own particle: "stemmer imot forslaget" → "forslaget"."""
        if "+" not in key:
            return None
        particle = key.split("+")[1]
        for c in trig.children:
            if c.lower_ == particle:
                obj = self._child(c, "PUTFYLL")
                if obj is not None:
                    return obj
        return None

    @staticmethod
    def _has_required_object(trig, key: str, vocab: tuple[str, ...], dobj) -> bool:
        """Whether a light verb has the object that makes it an event ("sende våpen", "ta over styringen")."""
        objs = [dobj] if dobj is not None else []
        if trig.dep_ == "ATR":
            objs.append(trig.head)  # "levert ammunisjon" parsed with the participle under the noun
        objs += [c for c in trig.children if c.pos_ == "NOUN" and c.dep_ in ("DOBJ", "IOBJ", "ADV")]
        particle = key.split("+")[1] if "+" in key else None
        objs += [g for c in trig.children if c.lower_ == particle for g in c.children if g.dep_ == "PUTFYLL"]
        objs += [c for v in verb_chain(trig)[1:] for c in v.children if c.dep_ == "DOBJ"]
        words = [(o.lemma_ or o.text) for o in objs] + [o.text for o in objs]
        words += [c.text for o in objs for c in o.children if c.dep_ == "KOORD"]
        return any(word_in(w, vocab) for w in words)

    @staticmethod
    def _is_media(ent: Entity) -> bool:
        return ent.name.lower() in MEDIA_WORDS

    # ---- triggers ---------------------------------------------------------------------
    def verbal(self, trig) -> list[Mention]:
        """The event mentions a verb trigger makes: arguments from the parse, then fallbacks."""
        found = verb_trigger(trig.lemma_, trig.text, self._particles(trig))
        if found is None:
            return []
        key, spec = found
        etype = spec.type
        if not self._requirement_met(trig, spec):
            return []
        if key in ("bli+enig", "verte+enig"):
            etype = self._agreed_on(trig)
            if etype is None:
                return []
        if key.endswith("+til") and any(
            c.lower_ == "til" and any(g.lower_ == "å" for g in c.children) for c in trig.children
        ):
            return []  # "kommer til å sende": a future, not a visit
        if spec.ambiguous_in_sport and (self.sport or self._sport_sentence(trig)):
            return []
        prev = self.doc[trig.i - 1] if trig.i > trig.sent.start else None
        if prev is not None and (
            (prev.lower_ in _DETERMINERS and prev.head.i == trig.i)
            or (prev.pos_ == "PROPN" and prev.text.endswith("s") and prev.dep_ == "DET")
        ):
            return []  # "Adresseavisens anmelder", "en anmelder": a noun the tagger called a verb
        dobj = self._child(trig, "DOBJ")
        if dobj is None:
            dobj = self._second_subject(trig)
        if dobj is None:
            for v in verb_chain(trig)[1:]:
                d = self._child(v, "DOBJ")
                if d is not None and d.i > trig.i and d.pos_ in ("PROPN", "NOUN", "PRON"):
                    dobj = d
                    break
        if key in ("sende", "flytte") and self._sends_forces(trig, dobj):
            # "sendte styrker til grensen": troops moved to a place, not given to a state
            spec = Trigger("MOBILIZE", target_dobj=False, target_preps=("mot",))
            etype = "MOBILIZE"
        if spec.objects and not self._has_required_object(trig, key, spec.objects, dobj):
            return []
        nxt_obj = self.doc[dobj.i + 1] if dobj is not None and dobj.i + 1 < len(self.doc) else None
        if key in ("si", "seie") and (dobj.i < trig.i or nxt_obj is None or nxt_obj.lower_ != "til"):
            return []  # only "sa nei til X" rejects; "– Nei, sier han" is an answer
        passive = self._is_passive(trig, key) and spec.passive_patient
        subj = self._subject(trig)
        sources: list[Actor] = []
        targets: list[Actor] = []
        if passive:
            if subj is not None and spec.type != "MOBILIZE":  # "to fly ble sendt opp": the force, no target
                targets = self.actors(subj)
            agents = self._prep_objects(trig, ("av",))
            if agents:
                sources = self.actors(agents[0])
            elif spec.type == "COERCE" or key in LEGAL_CHARGES:
                # arrests and charges without an agent are the police's doing
                sources = [self._police or Actor(phrase="politiet", head="politi")]
            elif spec.type == "MOBILIZE":
                sources = self._military_source(trig)
            elif key in COURT_VERDICTS:
                # "ble dømt til fengsel": convictions without an agent are the court's doing
                sources = [self._find_court() or Actor(phrase="retten", head="rett")]
        elif spec.recipient_subject:
            if subj is not None:
                targets = self.actors(subj)
            for p in self._prep_objects(trig, spec.source_preps):
                sources = self.actors(p)
            if not sources and dobj is not None:
                # "har fått tre millioner kroner i støtte fra fylket": "fra" sits deep in the object
                # or under "i støtte" on the verb
                deep = [t for c in trig.children if c.dep_ not in ("SUBJ", "KOORD", "IP") for t in c.subtree]
                for t in deep:
                    if t.pos_ == "ADP" and t.lower_ in spec.source_preps:
                        obj = self._child(t, "PUTFYLL")
                        if obj is not None and self.actors(obj):
                            sources = self.actors(obj)
                            break
            if not sources:
                for t in trig.subtree:
                    ent = self._entity_of_token(t)
                    if ent is not None and t.pos_ == "ADJ":
                        sources = [Actor(entity=ent)]
                        break
        else:
            if subj is not None:
                sources = self.actors(subj)
            if spec.target_dobj and dobj is not None:
                targets = self.actors(dobj)
            if not targets:
                iobj = self._child(trig, "IOBJ")
                if iobj is not None:
                    targets = self.actors(iobj)
            if not targets and spec.target_preps:
                holders = [trig] + ([dobj] if dobj is not None else [])
                holders += [c for c in trig.children if c.dep_ == "SPRED"]  # "ble enige med X"
                if trig.dep_ == "ATR":
                    holders.append(trig.head)
                if spec.type == "AID" and spec.objects and dobj is not None:
                    holders += [t for t in dobj.subtree if t.pos_ == "NOUN" and t.i != dobj.i]
                for h in holders:
                    objs = self._prep_objects(h, spec.target_preps)
                    if objs:
                        targets = self.actors(objs[0])
                        if targets:
                            break
        if not targets and spec.type == "REQUEST":
            targets = self._addressee(trig) or self._clause_subject_target(dobj)
        if key in ("innkalle", "kalle+inn") and dobj is not None:
            targets = self._country_of(dobj) or targets  # the ambassador's state is the accused
        pobj = self._particle_object(trig, key)
        thing = dobj if spec.target_dobj else (pobj or dobj)
        if (
            not targets
            and pobj is not None
            and not spec.target_dobj
            and spec.type in OWNER_TARGET_TYPES
            and key != "slutte+til"
        ):
            targets = self.actors(pobj) or self._owner(pobj)  # "stemmer imot regjeringens forslag"
            if not targets:
                earlier = self._earlier_event_source(pobj)
                if earlier is not None and all(a.key != earlier.key for a in sources):
                    targets = [earlier]
        if key == "slutte+til" and not targets:
            # "slutter seg til sanksjonene": the sanctions joined are those against the earlier target
            obj = pobj
            if obj is not None:
                for o in self._prep_objects(obj, ("mot",)):
                    targets = self.actors(o)
            if not targets and "SANCTION" in self._recent_targets:
                targets = [self._recent_targets["SANCTION"]]
        if not targets and spec.target_dobj and dobj is not None and spec.type in OWNER_TARGET_TYPES:
            # "avviste tilbudet fra Høyre", "kritiserte regjeringens politikk", "fordømte den russiske
            # opptrappingen": a thing is the object, its owner the target
            targets = self._owner(dobj)
        if not targets and spec.target_dobj and dobj is not None and spec.type in OWNER_TARGET_TYPES:
            # "EU vedtok sanksjoner … Peskov avviste sanksjonene": a definite event noun points back
            # to the event named before it, and its doer is the target
            earlier = self._earlier_event_source(dobj)
            if earlier is not None and all(a.key != earlier.key for a in sources):
                targets = [earlier]
        # reciprocal and joint: "Kim og Putin møttes", "Ap og Sp tok over"
        if (spec.reciprocal or spec.joint) and not targets and len(sources) >= 2:
            sources, targets = sources[:1], sources[1:2]
        if spec.reciprocal and not targets and len(sources) < 2:
            pair = self._pair_after(trig) or self._pair_before(trig)
            if len(pair) == 2:
                sources, targets = pair[:1], pair[1:]
        if spec.joint and not targets:
            return []
        # fall back on the words around the trigger
        exclude = {a.key for a in sources + targets}
        if not sources and not passive and subj is None:
            shared = self._shared_subject(trig)
            if shared is not None:
                sources = self.actors(shared)
                exclude |= {a.key for a in sources}
        if not sources and not passive and subj is None:
            inv = self._inverted_subject(trig)
            if inv is not None:
                sources = [inv]
                exclude.add(inv.key)
                targets = [a for a in targets if a.key != inv.key]
        if not sources and not passive and subj is None:
            a = self._linear(trig, -1, exclude)
            if a is not None:
                sources = [a]
                exclude.add(a.key)
        needs_target = spec.target_dobj or spec.target_preps
        has_object = spec.target_dobj and dobj is not None
        agentless_passive = passive and subj is not None
        # "gi", "sende": only "til X" names the target, never a nearby name
        light_verb = bool(spec.objects) and not spec.target_dobj
        if (
            not targets
            and needs_target
            and not spec.recipient_subject
            and not agentless_passive
            and not has_object
            and not light_verb
        ):
            a = self._linear(trig, +1, exclude, limit=6, phrases=spec.target_dobj)
            if a is not None:
                targets = [a]
        if key in VISIT_MOTION:
            targets = [a for a in targets if a.entity is not None and a.entity.type == "GPE"]
        # "SV stemmer imot forslaget", "avviser kritikken": a thing as object, no one to target;
        # "reagerer kraftig", "vil stemme imot": the verb alone is the stance
        bare = spec.requires or (key.endswith(("+imot", "+mot")) and pobj is None) or key.endswith("+kritisk")
        targetless = (
            spec.targetless
            and not passive
            and (
                bool(bare)
                or (
                    thing is not None
                    and thing.pos_ in ("NOUN", "PROPN", "ADJ", "ADV", "X")
                    and self.actor(thing) is None
                )
            )
        )
        if targetless and not targets and spec.type in ("REJECT", "ACCUSE", "PROTEST"):
            targets = self._decision_owner(thing)
            if not targets and bare and thing is None:
                body = self._public_body()  # "Høyre vil stemme imot": the council's proposal
                targets = [body] if body is not None else []
        mode = spec.mode
        if spec.type == "AID" and mode is None:
            words = [t.lemma_ or t.text for t in trig.subtree if t.i != trig.i][:30]
            if trig.dep_ == "ATR":
                words.append(trig.head.text)
            mode = aid_mode(words)
        return self._mentions(etype, mode, sources, targets, trig, key, targetless)

    def nominal(self, tok) -> list[Mention]:
        found = noun_trigger(tok.lemma_, tok.text)
        if found is None:
            return []
        key, spec = found
        if spec.ambiguous_in_sport and (self.sport or self._sport_sentence(tok)):
            return []
        if tok.dep_ in ("FLAT",) or tok.ent_type_ in ("PER", "ORG", "EVT", "PROD"):
            return []  # part of a name ("Krigsskolen", an event name)
        if spec.objects:
            words = [t.text for t in tok.subtree]
            if not any(word_in(w, spec.objects) for w in words if w != tok.text):
                return []
        if spec.requires and not any(t.lower_ in spec.requires for t in tok.subtree if t.i != tok.i):
            return []  # "underskrifter" is a protest only "mot" something
        sources: list[Actor] = []
        targets: list[Actor] = []
        # "mellom A og B"
        for obj in self._prep_objects(tok, ("mellom",)):
            both = self.actors(obj)
            if len(both) >= 2:
                sources, targets = both[:1], both[1:2]
        if not sources:
            for c in tok.children:
                if (
                    c.i < tok.i
                    and (c.dep_ == "DET" or (c.pos_ in NAME_POS and c.text.endswith("s")))
                    and c.pos_ in (*NAME_POS, "NOUN")
                ):
                    sources = self.actors(c, allow_phrase=False)
                elif c.dep_ == "ATR" and c.pos_ == "ADJ":
                    ent = self._entity_of_token(c)
                    if ent is not None:
                        sources = [Actor(entity=ent)]
                if sources:
                    break
        if not sources:
            for obj in self._prep_objects(tok, ("fra", "frå")):
                sources = self.actors(obj)
        if not targets:
            for obj in self._prep_objects(tok, spec.target_preps):
                targets = self.actors(obj)
                if not targets and spec.type in ("PROTEST", "ACCUSE"):
                    targets = self._decision_owner(obj)  # "opprop mot kuttet": the council's cut
                if targets:
                    break
        if not targets and tok.dep_ == "SUBJ" and (tok.head.lemma_ or "").lower() in ("være", "vere", "bli"):
            # "Russisk bistand var avgjørende for Nord-Korea": the target hangs under the predicate
            for pred in tok.head.children:
                if pred.dep_ == "SPRED":
                    for obj in self._prep_objects(pred, spec.target_preps):
                        targets = self.actors(obj)
        nxt = self.doc[tok.i + 1] if tok.i + 1 < tok.sent.end else None
        if not targets and nxt is not None and nxt.lower_ in spec.target_preps:
            # the parser often hangs "mot Ukraina" on the verb instead of on "krigen"
            obj = self._child(nxt, "PUTFYLL")
            if obj is not None:
                targets = self.actors(obj)
        if not sources and tok.dep_ in ("DOBJ", "SUBJ") and tok.head.pos_ in ("VERB", "AUX"):
            # light verbs: "ha et møte med", "gi støtte til", "sende nødhjelp til"
            gov = tok.head
            if tok.dep_ == "DOBJ":
                subj = self._subject(gov)
                if subj is not None:
                    both = self.actors(subj)
                    sources = both[:1]
                    if not targets and len(both) >= 2 and spec.type in ("CONSULT", "COOPERATE", "AGREE"):
                        targets = both[1:2]
        if not sources and tok.dep_ == "PUTFYLL" and tok.head.pos_ == "ADP":
            # "ble enige om en ny sanksjonspakke", "slutter seg til sanksjonene": the clause's subject
            gov = tok.head.head
            if (verb_lemma(gov.lemma_ or gov.text, gov.text), tok.head.lower_) in _LIGHT_PREP_HEADS:
                if gov.dep_ == "SPRED" and gov.head.pos_ in ("VERB", "AUX"):
                    gov = gov.head
                subj = self._subject(gov) if gov.pos_ in ("VERB", "AUX") else None
                if subj is not None:
                    sources = self.actors(subj)[:1]
        if not sources and spec.type == "COERCE":
            # "to pågripelser", "pågripelsen av mannen": arrests are the police's doing
            sources = [self._police or Actor(phrase="politiet", head="politi")]
        if (
            not sources
            and spec.type == "CONSULT"
            and tok.dep_ == "PUTFYLL"
            and tok.head.lower_ in ("under", "etter", "før", "ved")
            and tok.head.head.pos_ in ("VERB", "AUX")
        ):
            # "Det sa Gram under et besøk i Kyiv": the visitor or host is the clause's subject
            subj = self._subject(tok.head.head)
            if subj is not None:
                sources = self.actors(subj)[:1]
        if not sources and spec.type == "ASSAULT" and key in ("krig", "krigføring") and targets:
            # "krigen mot Ukraina" names only the victim; the warring side is the nearest other state
            sources = self._nearest_state_before(tok, {a.key for a in targets})
        if not sources:
            return []
        if not targets and spec.type in ("CONSULT", "COOPERATE", "AGREE"):
            return []
        if not targets and spec.type == "SANCTION" and "SANCTION" in self._recent_targets:
            earlier = self._recent_targets["SANCTION"]  # "sanksjonene": the sanctions named before
            definite = re.search(r"(?:ene|ane|en|et)$", tok.lower_)
            if definite and tok.dep_ == "PUTFYLL" and all(a.key != earlier.key for a in sources):
                targets = [earlier]
        mode = spec.mode
        if spec.type == "AID" and mode is None:
            mode = aid_mode([t.text for t in tok.subtree])
        return self._mentions(spec.type, mode, sources, targets, tok, key, targetless=spec.type == "COERCE")

    def _nearest_state_before(self, tok, exclude: set[str]) -> list[Actor]:
        for i in range(tok.i - 1, tok.sent.start - 1, -1):
            t = self.doc[i]
            if t.dep_ == "DET" or t.text.endswith("s"):
                continue  # "Ukrainas forbruk i krigen mot Russland": a genitive owns a noun, not the war
            ent = self._entity_of_token(t)
            if ent is not None and ent.type in ("GPE", "ORG") and ent.id not in exclude:
                return [Actor(entity=ent)]
        return []

    def _mentions(self, etype, mode, sources, targets, trig, key, targetless: bool = False) -> list[Mention]:
        if not sources or (not targets and etype not in TARGETLESS and not targetless):
            return []
        sent = trig.sent
        reading = read_modality(trig)
        if trig.pos_ == "NOUN" and trig.dep_ in ("SUBJ", "DOBJ") and trig.head.pos_ in ("VERB", "AUX"):
            # "en avtale kan gi …", "planlegger et møte": the governing verb's modality counts
            gov = read_modality(trig.head)
            reading.modalities |= gov.modalities
            reading.cues += gov.cues
            if reading.attributed_to is None:
                reading.attributed_to = gov.attributed_to
        gov = trig.head if trig.pos_ == "NOUN" and trig.head.pos_ in ("VERB", "AUX") else trig
        finite = verb_chain(gov)[-1]
        location = self._location(trig, {a.key for a in sources + targets})
        present = "Tense=Pres" in str(finite.morph) or bool(reading.modalities & {"planned"})
        out = []
        if sources[0].entity is not None:
            # "Hamas og andre militante": the named actor carries the event
            sources = [a for a in sources if a.entity is not None]
        for s in sources[:2]:
            if s.entity is not None and self._is_media(s.entity) and etype == "CONSULT":
                continue
            for t in targets[:2] or [None]:
                if t is not None and (t.key == s.key or (t.entity is not None and t.entity.type == "PROD")):
                    continue
                m = Mention(
                    type=etype,
                    source=s,
                    target=t,
                    mode=mode,
                    trigger=trig.text,
                    start=sent.start_char,
                    end=sent.end_char,
                    reading=reading,
                    trigger_start=trig.idx,
                    present=present,
                    location=location,
                )
                if any((a.phrase or "").lower().startswith(_NONE_WORDS) for a in (s, t) if a):
                    m.extra_modalities.append("negated")  # "Ingen personer er pågrepet"
                out.append(m)
        return out

    # ---- the whole article -------------------------------------------------------------
    def mentions(self) -> list[Mention]:
        out: list[Mention] = []
        for tok in self.doc:
            if tok.pos_ in ("VERB", "AUX") or self._looks_finite(tok):
                new = self.verbal(tok)
                out += new
            elif tok.pos_ == "NOUN" or (tok.pos_ in ("ADV", "ADJ", "X") and tok.dep_ in _NOUN_SLOTS):
                # "vedtok en ny sanksjonspakke": an object the tagger called an adverb is a noun
                new = self.nominal(tok)
                out += new
            else:
                continue
            for m in new:
                self._recent_sources[m.type] = m.source
                if m.target is not None:
                    self._recent_targets[m.type] = m.target
        for m in out:
            self._attribute(m)
            if m.type == "AGREE" and m.reading.modality in ("planned", "possible", "hypothetical"):
                m.type = "COOPERATE"  # promised or possible deals are cooperation, not agreement
        return out

    @staticmethod
    def _looks_finite(tok) -> bool:
        """A past-tense trigger verb that the tagger called a noun or adjective ("avviste", "inngikk").

        Only past forms (-et/-te/-de or an irregular past) that are no trigger noun, with a
        name or pronoun right before them (the V2 subject), are taken as verbs.
        """
        if tok.pos_ not in ("NOUN", "ADJ", "PROPN") or tok.i == 0:
            return False
        low = tok.lower_
        past = low.endswith(("et", "te", "de")) or low in IRREGULAR_VERB_FORMS
        if not past or noun_trigger(tok.lemma_, tok.text) is not None:
            return False
        if verb_trigger(tok.lemma_, tok.text) is None:
            return False
        prev = tok.doc[tok.i - 1]
        if prev.lower_ in ("og", ",") and tok.dep_ == "KOORD" and tok.head.pos_ in ("VERB", "AUX"):
            return True  # "er pågrepet, og siktet"
        if prev.lower_ in ("to", "begge") and low in IRREGULAR_VERB_FORMS:
            return True  # "Dei to møttest"
        return prev.pos_ in ("PROPN", "PRON") or bool(prev.ent_type_)

    def _attribute(self, m: Mention) -> None:
        """Quotes and reporting clauses: whose claim the event is."""
        claimant = m.reading.attributed_to
        for q in self.quotes:
            if q.start <= m.trigger_start < q.end:
                m.extra_modalities.append("reported")
                m.attributed_to = q.speaker_id or q.speaker
                return
        if claimant is not None:
            if isinstance(claimant, str):
                m.attributed_to = claimant
            else:
                a = self.actor(claimant)
                m.attributed_to = a.ref if a is not None else self._phrase(claimant)


def _time_for(m: Mention, times: list) -> TimeRef | None:
    """The time expression of the mention's sentence, when there is exactly one date-like one."""
    inside = [
        t for t in times if m.start <= t.start and t.end <= m.end and getattr(t, "type", "DATE") != "DURATION"
    ]
    if not inside:
        return None
    t = inside[0]
    return TimeRef(text=t.text, value=t.value)


def _historical(value: str | None, date: str | None) -> bool:
    if not value or not date or not value[:4].isdigit() or not date[:4].isdigit():
        return False
    return int(value[:4]) < int(date[:4])


def merge(mentions: list[Mention]) -> list[Event]:
    """One event per distinct type + source + target; times that disagree keep events apart.

    CONSULT and COOPERATE are symmetric, so "A møtte B" and "B møtte A" are one event.
    The most certain mention gives the evidence; all modalities are kept in ``modalities``.
    """
    longest: dict[str, str] = {}
    for m in mentions:
        for a in (m.source, m.target):
            if (
                a is not None
                and a.entity is None
                and a.phrase
                and len(a.phrase.split()) > len(longest.get(a.key, "").split())
            ):
                longest[a.key] = a.phrase

    def ref(a: Actor | None) -> str | None:
        if a is None:
            return None
        return a.ref if a.entity is not None else longest.get(a.key, a.phrase)

    groups: list[list[Mention]] = []
    for m in mentions:
        key = _key(m)
        placed = False
        for g in groups:
            if _key(g[0]) != key:
                continue
            gtimes = {x.time.value for x in g if x.time and x.time.value}
            gplan = _tense(g)
            if m.time and m.time.value and gtimes and not any(_same_time(m.time.value, t) for t in gtimes):
                continue
            if (
                gplan != _tense([m])
                and "planned" in (gplan, _tense([m]))
                and ((m.time and m.time.value) or gtimes)
            ):
                continue
            ghist = all("historical" in x.modalities() for x in g)
            mhist = "historical" in m.modalities()
            if (ghist and not mhist and m.present) or (mhist and not ghist and any(x.present for x in g)):
                continue  # a meeting years ago and today's meeting are two events
            g.append(m)
            placed = True
            break
        if not placed:
            groups.append([m])
    events = []
    for g in groups:
        best = min(g, key=lambda x: (CERTAINTY.index(_certain(x)), x.start))
        mods: list[str] = []
        for x in sorted(g, key=lambda x: x.start):
            for mm in x.modalities():
                if mm not in mods:
                    mods.append(mm)
        time = next((x.time for x in g if x.time), None)
        mode = next((x.mode for x in g if x.mode), None)
        attributed = best.attributed_to
        ev = Event(
            type=best.type,
            source=ref(best.source),
            target=ref(best.target),
            modality=best.modalities()[0],
            mode=mode,
            attributed_to=attributed,
            time=time,
            location=best.location,
            evidence=Span(best.start, best.end),
            trigger=best.trigger,
        )
        if hasattr(ev, "modalities"):
            ev.modalities = mods
        events.append(ev)
    return events


def _same_time(a: str, b: str) -> bool:
    """Whether two TIMEX values can name one event: "2019" and "2019-04", or the same day
    at two precisions ("2021-10-WXX-3TEV" and "2021-10-WXX-3T18:47")."""
    da, db = a.split("T")[0], b.split("T")[0]
    return da.startswith(db) or db.startswith(da)


def _certain(m: Mention) -> str:
    ms = m.modalities()
    return max(ms, key=lambda x: CERTAINTY.index(x))


def _tense(ms: list[Mention]) -> str:
    return "planned" if any("planned" in m.modalities() for m in ms) else "other"


def _key(m: Mention) -> tuple:
    s, t = m.source.key, m.target.key if m.target else ""
    if m.type in ("CONSULT", "COOPERATE") and t and t < s:
        s, t = t, s
    return (m.type, s, t)


def find_events(doc, rec: Record, index=None, times: list | None = None) -> list[Event]:
    """The merged events of one parsed article."""
    ex = EventExtractor(doc, rec, index)
    mentions = ex.mentions()
    times = times if times is not None else _times(rec)
    for m in mentions:
        m.time = _time_for(m, times)
        if m.time is not None and _historical(m.time.value, rec.date) and "planned" not in m.modalities():
            m.extra_modalities.append("historical")
    return merge(mentions)


def _times(rec: Record) -> list:
    """Time expressions for the article: the record's, else the times module's when present."""
    if rec.times:
        return rec.times
    try:
        from nyhetsgraf.extract.times import find_times
    except ImportError:
        return []
    try:
        return list(find_times(rec.text, rec.date))
    except Exception:  # a failing time tagger must not cost the events
        return []


def extract_events(rec: Record, ctx) -> None:
    """The ``events`` stage: fills ``rec.events`` from ``ctx.doc`` and ``ctx.entity_index``."""
    if ctx.doc is None:
        return
    rec.events = find_events(ctx.doc, rec, index_for(rec, ctx))


def index_for(rec: Record, ctx):
    """The entity index of the context, or (when the entities stage did not run) one built
    from the NER spans, kept on the context so relations and events share its ids."""
    if ctx.entity_index is not None:
        return ctx.entity_index
    index = getattr(ctx, "_events_fallback_index", None)
    if index is None:
        index = _DocIndex(ctx.doc)
        ctx._events_fallback_index = index
        if not rec.entities:
            rec.entities = index.entities
    return index


__all__ = ["EventExtractor", "extract_events", "find_events", "index_for", "is_sport_text", "merge"]
