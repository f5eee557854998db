"""Events from verb triggers: which arguments a verb takes, per trigger type and phrase.

Why a module of its own: verbs carry most events and have the most special cases (passive
voice, particle verbs, legal and court verbs, visits, control verbs); they are kept apart
from noun triggers, which find their arguments differently.
"""

from __future__ import annotations

from nyhetsgraf.extract.event_arguments import ArgumentFinder
from nyhetsgraf.extract.event_mentions import Actor, Mention
from nyhetsgraf.extract.event_triggers import LABELLED_ACTS, Trigger, aid_mode, verb_trigger, word_in
from nyhetsgraf.extract.event_words import (
    _DETERMINERS,
    _PRIVATE_HEADS,
    COURT_VERDICTS,
    LEGAL_CHARGES,
    OWNER_TARGET_TYPES,
    VISIT_MOTION,
)
from nyhetsgraf.extract.modality import verb_chain

# Pronouns that can only be subjects: after a finite verb they are the inverted subject.
_NOMINATIVE = {"hun", "han", "ho", "vi", "jeg", "eg", "de", "dei"}


# Ways of acting that someone is criticised for: "prosessen til X", "håndteringen til X".
_ACT_NOUNS = ("prosess", "håndtering", "handtering", "politikk", "behandling", "praksis", "opptreden")

# Pronouns for a claim or a decision, not a person: "X avviser dette", "nektet for det".
_DEMONSTRATIVES = frozenset({"dette", "det", "slikt"})

# Compass words between a recipient and its state: "leirene sør i Somalia", "lengst nord i".
_DIRECTIONS = frozenset(
    {"sør", "nord", "øst", "vest", "sørøst", "sørvest", "nordøst", "nordvest", "aust", "søraust"}
    | {"nordaust", "lengst", "langt"}
)


class VerbalEvents(ArgumentFinder):
    """Event mentions made by verb triggers ("angrep", "møtte", "sanksjonerte")."""

    def _place_within(self, tok) -> list[Actor]:
        """The state a place-like recipient lies in: "flyktningleirene sør i Libanon" → Libanon.

        Aid sent to camps, hospitals or regions is aid to the state they lie in (the
        convention's target is an actor, never a building)."""
        for t in tok.subtree:
            if t.i == tok.i or t.head.lower_ not in ("i", "på"):
                continue
            ent = self._entity_of_token(t)
            if ent is not None and ent.type == "GPE":
                return [Actor(entity=ent)]
        # the parser may hang "sør i Somalia" on the verb instead: read the words right after
        end = max(t.i for t in tok.subtree) + 1
        k = end
        while k < min(end + 2, tok.sent.end) and self.doc[k].lower_ in _DIRECTIONS:
            k += 1
        if k + 1 < tok.sent.end and self.doc[k].lower_ in ("i", "på"):
            ent = self._entity_of_token(self.doc[k + 1])
            if ent is not None and ent.type == "GPE":
                return [Actor(entity=ent)]
        return []

    def _act_of(self, noun) -> list[Actor]:
        """ "vedtaket til kommunen", "prosessen til Helse Sør-Øst": "til" marks whose act it is.

        Only on nouns for decisions and ways of acting; "brevet til ordføreren" is addressed."""
        lemma = (noun.lemma_ or noun.lower_).lower()
        if not (word_in(lemma, LABELLED_ACTS) or lemma.startswith(_ACT_NOUNS)):
            return []
        for obj in self._prep_objects(noun, ("til",)):
            found = self.actors(obj, allow_phrase=False)
            if found:
                return found
        return []

    def _inverted_pronoun(self, trig):
        """A nominative personal pronoun right after a finite verb in second position, or None."""
        nxt = self.doc[trig.i + 1] if trig.i + 1 < trig.sent.end else None
        if nxt is None or nxt.lower_ not in _NOMINATIVE or trig.i == trig.sent.start:
            return None
        before = [c for c in trig.children if c.i < trig.i and c.dep_ not in ("IK", "IP")]
        if any(c.dep_ == "SUBJ" for c in before) or not before:
            return None  # "Politiet pågrep han": with the subject first, the pronoun is the object
        return nxt

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
        inverted = self._inverted_pronoun(trig)
        if inverted is not None and (subj is None or inverted.i != subj.i):
            # "Onsdag møtte hun Tsjads utenriksminister X": the parser took the pronoun for a
            # genitive and the name for the subject; a nominative pronoun right after the verb
            # is the subject, and a "subject" after it the object
            if subj is not None and subj.i > trig.i and (dobj is None or subj.i < dobj.i):
                dobj = subj
            subj = inverted
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
                    # "gir 250 millioner i humanitær støtte til X": "til" hangs on the "i" phrase
                    holders += [
                        t
                        for c in trig.children
                        if c.dep_ == "ADV" and c.pos_ == "ADP"
                        for t in c.subtree
                        if t.pos_ == "NOUN"
                    ]
                for h in holders:
                    objs = self._prep_objects(h, spec.target_preps)
                    if objs:
                        targets = self.actors(objs[0])
                        if not targets and spec.type == "AID":
                            targets = self._place_within(objs[0])  # "til leirene øst i Tsjad"
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
            if any(c.lower_ in ("videre", "vidare", "hjem", "heim", "tilbake") for c in trig.children):
                return []  # "reiser videre til Nairobi", "dro hjem": a leg of a journey, no visit
            targets = [a for a in targets if a.entity is not None and a.entity.type == "GPE"]
        if key == "ringe" and any(
            a.entity is None and (a.head or "") in _PRIVATE_HEADS for a in sources + targets
        ):
            return []  # "mannen ringte ofrene": a private call, not a consultation between actors
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
                or (thing is not None and thing.lower_ in _DEMONSTRATIVES)  # "avviser dette"
            )
        )
        if targetless and not targets and spec.type in ("REJECT", "ACCUSE", "PROTEST"):
            # "kritiserer regjeringens forslag", "prosessen til Helse Sør-Øst": whose act it is
            targets = (self._owner(thing) + self._act_of(thing)) if thing is not None else []
            targets = targets or self._decision_owner(thing)
            if not targets and bare and thing is None:
                body = self._public_body()  # "Høyre vil stemme imot": the council's proposal
                targets = [body] if body is not None else []
        mode = spec.mode
        if spec.type == "AID" and mode is None:
            # the recipient says nothing about the kind of aid ("humanitær støtte til flyktningleirene")
            recipient = {t.i for c in trig.subtree if c.lower_ == "til" for t in c.subtree}
            words = [t.lemma_ or t.text for t in trig.subtree if t.i != trig.i and t.i not in recipient][:30]
            if trig.dep_ == "ATR":
                words.append(trig.head.text)
            mode = aid_mode(words)
        return self._mentions(etype, mode, sources, targets, trig, key, targetless)
