"""Argument finding: the source and target of a trigger in the NDT parse, and fallbacks.

Why a module of its own: the parser misses attachments in long news sentences, so beyond the
subject and object the rules look at passives, particles, "mellom X og Y", pairs of names
next to the trigger and the nearest entity in the clause. Verb and noun triggers share these
rules and the step that turns arguments into ``Mention`` objects (``_mentions``).
"""

from __future__ import annotations

import re

from nyhetsgraf.extract.event_actors import ActorResolver
from nyhetsgraf.extract.event_mentions import Actor, Mention
from nyhetsgraf.extract.event_sport import _is_sport_word
from nyhetsgraf.extract.event_triggers import noun_trigger, word_in
from nyhetsgraf.extract.event_words import (
    _ARG_POS,
    _CHANNEL_NOUNS,
    _CLAUSE_BREAK,
    _MEETINGS,
    _MILITARY_ORG,
    _NONE_WORDS,
    _PRONOUNS_PL,
    TARGETLESS,
)
from nyhetsgraf.extract.modality import read_modality, verb_chain

# Third-person singular subjects of a demanded clause resolve to a person: "krever at han betaler".
_THIRD_PERSON = frozenset({"han", "hun", "ho"})

class ArgumentFinder(ActorResolver):
    """Finds the source and target of a trigger in the parse, with the fallbacks used when
    the parser left an argument unattached, and builds the mentions from them."""

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
        if subj is None or (subj.pos_ == "PRON" and subj.lower_ not in _THIRD_PERSON):
            return []  # "krever at vi …", "at det …": no one named
        return self.actors(subj)  # "krever at han betaler tilbake": the pronoun's person

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
