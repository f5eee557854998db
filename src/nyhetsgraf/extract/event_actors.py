"""Actor resolution: from a token in the parse to the entity or actor phrase it denotes.

Why a module of its own: deciding *who* a word is — a name part, a derived adjective
("russisk"), a pronoun taken up from an earlier sentence, "politiet" as the police district
of the article, an apposition — is independent of which event the word takes part in. This
is the base of the extractor's class chain (``ActorResolver`` ← ``ArgumentFinder`` ←
``VerbalEvents`` / ``NominalEvents`` ← ``events.EventExtractor``).
"""

from __future__ import annotations

import re

from nyhetsgraf.extract.event_index import _DocIndex
from nyhetsgraf.extract.event_mentions import Actor
from nyhetsgraf.extract.event_sport import is_sport_text
from nyhetsgraf.extract.event_triggers import word_in
from nyhetsgraf.extract.event_words import (
    _ARG_POS,
    _COMPANY_WORDS,
    _COUNCIL_BEFORE,
    _COURT,
    _DECISION_NOUNS,
    _DELEGATE_NOUNS,
    _DELEGATE_PREPS,
    _EVENT_ORG_WORDS,
    _FORCE_WORDS,
    _GROUP_NOUNS,
    _ORGAN_ENDINGS,
    _POLICE_DISTRICT,
    _PRONOUNS_F,
    _PRONOUNS_M,
    _PRONOUNS_PL,
    ACTOR_HEADS,
    ACTOR_NOUNS,
    MEDIA_WORDS,
    NAME_POS,
    OBJECT_CONTROL,
)
from nyhetsgraf.extract.modality import lemma_forms, verb_chain
from nyhetsgraf.record import Entity, Record


class ActorResolver:
    """Turns parse tokens into event actors: entities and derived country adjectives, pronouns,
    appositions, actor phrases ("politiet"), and the subject of a verb chain."""

    def __init__(self, doc, rec: Record, index=None) -> None:
        self.doc = doc
        self.rec = rec
        self.index = index if index is not None else _DocIndex(doc)
        self.sport = is_sport_text(doc.text)
        self.quotes = [q for q in (rec.quotes or []) if q.end > q.start]
        self._police = self._find_police()
        self._recent_sources: dict[str, Actor] = {}  # event type → doer of its latest mention
        self._recent_targets: dict[str, Actor] = {}  # event type → target of its latest mention

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
        if (lemma in _COMPANY_WORDS or lemma in _GROUP_NOUNS) and before:  # "ledelsen": the company's
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
        lemma0 = (tok.lemma_ or tok.lower_).lower()
        # the lemmatizer sometimes keeps a capitalised noun as it is ("Appellutvalget"): strip the ending
        stem = re.sub(r"(?:et|en|a|ene)$", "", tok.lower_)
        if ent is None and (
            lemma0 in _GROUP_NOUNS or lemma0.endswith(_ORGAN_ENDINGS) or stem.endswith(_ORGAN_ENDINGS)
        ):
            # "ledelsen i Equinor", "styret ved sykehuset": the organisation acts through its board
            for obj in self._prep_objects(tok, ("i", "ved", "hos")):
                org = self._entity_of_token(obj)
                if org is not None and org.type == "ORG":
                    ent = org
                    break
        if ent is None and any((tok.lemma_ or tok.lower_).lower().startswith(n) for n in _DELEGATE_NOUNS):
            # "representanter for Hamas", "ledere i EU", "en delegasjon fra Kina": they act for the body
            for obj in self._prep_objects(tok, _DELEGATE_PREPS):
                body = self._entity_of_token(obj)
                if body is not None and body.type in ("ORG", "GPE"):
                    ent = body
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
        phrase = self._phrase(tok)
        if tok.dep_ == "DET" and tok.pos_ == "NOUN" and phrase.endswith("s") and low != lemma:
            phrase = phrase[:-1]  # "regjeringens forslag": the actor is "regjeringen", not the genitive
        return Actor(phrase=phrase, head=lemma)

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
            persons = self.index.persons_before(tok.idx)
            genders = [self.index.gender_of(p) for p in persons]
            # the most recent person of the pronoun's gender; one of unknown gender only when
            # nobody of that gender came before ("hun" skips "utenriksminister Issa" for "Skaret")
            for wanted in (want, None):
                for p, g in zip(persons, genders, strict=True):
                    if g == wanted:
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
        """ "Nord-Korea kan få mat. Men de kan også få …": a plural subject pronoun takes up the
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

    def _after_ifolge(self, tok) -> bool:
        """ "ifølge nyhetsbyrået KCNA diskuterte …": the parser makes the source a subject."""
        for i in range(tok.i - 1, max(tok.sent.start, tok.i - 7) - 1, -1):
            t = self.doc[i]
            if t.lower_ in ("ifølge", "ifølgje"):
                return True
            if t.pos_ in ("VERB", "AUX") or t.text == ",":
                return False
        return False

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
    def _is_media(ent: Entity) -> bool:
        return ent.name.lower() in MEDIA_WORDS
