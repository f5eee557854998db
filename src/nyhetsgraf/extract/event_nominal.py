"""Events from noun triggers ("angrepet på X", "Nord-Koreas støtte", "russisk bistand").

Why a module of its own: a noun's arguments come from a genitive, a derived adjective, a
preposition or the verb the noun is the object of, not from a subject and object; these
rules are distinct from the verbal ones.
"""

from __future__ import annotations

import re

from nyhetsgraf.extract.event_arguments import ArgumentFinder
from nyhetsgraf.extract.event_mentions import Actor, Mention
from nyhetsgraf.extract.event_triggers import aid_mode, noun_trigger, verb_lemma, word_in
from nyhetsgraf.extract.event_words import _LIGHT_PREP_HEADS, NAME_POS


class NominalEvents(ArgumentFinder):
    """Event mentions made by noun triggers ("angrepet", "møtet", "sanksjonene")."""

    @staticmethod
    def _entitled(tok) -> bool:
        """ "X har krav på Y" / "har rett og krav på": being entitled, which asks nothing of anyone."""
        on = any(c.lower_ == "på" for c in tok.children) or (
            tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "på"
        )
        return on and (tok.head.lemma_ or tok.head.lower_).lower() in ("ha", "hava")

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
        if key == "krav" and self._entitled(tok):
            return []  # "har krav på erstatning": a right, not a demand
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
            # "Svensk hjelp var viktig for Finland": the target hangs under the predicate
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
