"""Implied criticism: ACCUSE events from blame said by someone, and a prosecutor's demand.

Why a module of its own: most criticism in news is not reported with a verb of criticism
("X kritiserer Y") but as a claim put in a speaker's mouth: "X mener vegvesenet har latt
vegen forfalle", "– Partene blokkerer nødhjelpen, sier Z". The event is then the *speaker*
accusing the *subject of the blamed clause*, so the arguments come from two places: the
blame predicate's subject (the target) and the quote or reporting clause around it (the
source). Outside a quote or reporting clause the same words are plain reporting ("veien har
forfalt") and make no event. A prosecutor's closing demand ("aktor la ned påstand om fem års
fengsel") is a charge, which the annotation conventions count as ACCUSE.
"""

from __future__ import annotations

from nyhetsgraf.extract.event_arguments import ArgumentFinder
from nyhetsgraf.extract.event_mentions import Actor, Mention
from nyhetsgraf.extract.modality import lemma_forms, read_modality

# Verbs that blame their subject when someone else says them ("kommunen har sviktet elevene").
BLAME_VERBS = {
    "svikte",
    "svike",
    "forsømme",
    "forsømma",
    "neglisjere",
    "ignorere",
    "sabotere",
    "trenere",
    "somle",
    "nøle",
    "blokkere",
    "hindre",
    "forhale",
    "overkjøre",
    "nekte",
}
# "har latt vegen forfalle": letting something decay
DECAY_VERBS = {"forfalle", "forfalla", "råtne", "rotne", "forvitre", "gro"}
# "er ansvarlig for", "har skylden for"
BLAME_PREDICATES = {"ansvarlig", "ansvarleg", "skyldig"}
BLAME_NOUNS = {"skyld", "skylda", "skylden"}
# Groups named by a noun that are actors only with their "i X" ("partene i krigen").
_GROUP_ACTORS = {"part", "myndighet", "styresmakt", "regime", "side", "leiing", "ledelse"}
# What a prosecutor demands when the demand is a charge.
PENALTY_WORDS = ("fengsel", "forvaring", "bot", "samfunnsstraff", "fengsling", "rettstap")
PROSECUTORS = ("aktor", "statsadvokat", "politiadvokat", "påtalemyndighet", "påtalejurist", "statsadvokaten")


class BlameEvents(ArgumentFinder):
    """ACCUSE mentions from attributed blame and from prosecutors' demands."""

    def blame(self, tok) -> list[Mention]:
        """The ACCUSE mention a blame predicate makes inside a quote or reporting clause."""
        if tok.pos_ not in ("VERB", "AUX", "ADJ", "NOUN"):
            return []
        kind = self._blame_kind(tok)
        if kind is None:
            return []
        reading = read_modality(tok)
        if ("negated" in reading.modalities) != (kind == "not_enough"):
            return []  # "regjeringen har ikke sviktet" is a defence; "har gjort nok" is praise
        head = tok if tok.pos_ in ("VERB", "AUX") else tok.head
        subj = self._subject(head)
        if subj is None:
            return []
        targets = self.actors(subj) or self._group_actor(subj)
        claimant = self._claimant(tok, reading)
        if not targets or claimant is None:
            return []
        targets = [t for t in targets if t.key != claimant.key]
        out = self._mentions("ACCUSE", None, [claimant], targets, tok, kind)
        for m in out:
            m.reading.modalities.discard("negated")  # "har ikke gjort nok" asserts the blame
        return out

    def _blame_kind(self, tok) -> str | None:
        lemmas = lemma_forms(tok)
        if tok.pos_ in ("VERB", "AUX"):
            if lemmas & BLAME_VERBS:
                return "blame"
            if lemmas & {"la", "late", "lata"} and any(
                lemma_forms(c) & DECAY_VERBS for c in tok.children if c.pos_ == "VERB"
            ):
                return "let_decay"
            if lemmas & {"gjøre", "gjere"} and any(c.lower_ in ("nok",) for c in tok.children):
                return "not_enough"  # "har ikke gjort nok" (the negation is required below)
            if lemmas & {"burde", "bør"} and any(lemma_forms(c) & {"ha"} for c in tok.children):
                return "should_have"
            return None
        if tok.pos_ == "ADJ" and tok.dep_ == "SPRED" and lemmas & BLAME_PREDICATES:
            return "responsible" if any(c.lower_ == "for" for c in tok.children) else None
        if tok.pos_ == "NOUN" and tok.lower_ in BLAME_NOUNS and tok.dep_ == "DOBJ":
            return "responsible" if lemma_forms(tok.head) & {"ha"} else None
        return None

    def _claimant(self, tok, reading) -> Actor | None:
        """Whoever says the blame: the quote's speaker, else the reporting clause's subject."""
        for q in self.quotes:
            if q.start <= tok.idx < q.end and q.speaker_id:
                ent = next((e for e in self.index.entities if e.id == q.speaker_id), None)
                if ent is not None:
                    return Actor(entity=ent)
        claimant = reading.attributed_to
        if claimant is None or isinstance(claimant, str):
            return None
        return self.actor(claimant)

    def _group_actor(self, tok) -> list[Actor]:
        """ "partene i krigen": a group noun with its "i X" is an actor phrase of its own."""
        if (tok.lemma_ or tok.lower_).lower() not in _GROUP_ACTORS:
            return []
        pp = [c for c in tok.children if c.lower_ == "i" and c.i > tok.i]
        if not pp:
            return []
        end = max(t.i for t in pp[0].subtree) + 1
        words = self.doc[tok.i : end].text
        if tok.i == tok.sent.start or self.doc[tok.i - 1].text in ("–", "-", "«"):
            words = words[:1].lower() + words[1:]
        return [Actor(phrase=words, head=tok.lemma_.lower())]

    def is_penalty_demand(self, verb) -> bool:
        """ "aktor krever fem års fengsel": a prosecutor demanding a sentence (a charge, not a request)."""
        if not lemma_forms(verb) & {"kreve", "krevje", "be"}:
            return False
        subj = self._subject(verb)
        if subj is None or not (subj.lemma_ or subj.lower_).lower().startswith(PROSECUTORS):
            return False
        return any((t.lemma_ or t.lower_).lower().startswith(PENALTY_WORDS) for t in self._demand_words(verb))

    @staticmethod
    def _demand_words(verb) -> list:
        """The verb's words outside its subject: "krevde seks års fengsel for 45-åringen"."""
        return [t for c in verb.children if c.dep_ not in ("SUBJ", "IP", "IK") for t in c.subtree]

    def charge(self, tok) -> list[Mention]:
        """ "aktor la ned påstand om fem års fengsel for 34-åringen": the prosecutor accuses."""
        if tok.pos_ in ("VERB", "AUX") and self.is_penalty_demand(tok):
            verb, words = tok, self._demand_words(tok)
        elif tok.pos_ == "NOUN" and (tok.lemma_ or tok.lower_).lower() in ("påstand", "påstanden"):
            verb, words = tok.head, list(tok.subtree)
            if not (lemma_forms(verb) & {"legge", "leggje", "la"}) or not any(
                c.lower_ == "ned" for c in verb.children
            ):
                return []
            if not any(t.lemma_.lower().startswith(PENALTY_WORDS) for t in tok.subtree):
                return []
        else:
            return []
        subj = self._subject(verb)
        sources = self.actors(subj) if subj is not None else []
        if not sources and subj is not None and subj.lemma_.lower().startswith(PROSECUTORS):
            sources = [Actor(phrase=self._phrase(subj), head=subj.lemma_.lower())]  # "aktor"
        if not sources:
            return []
        targets: list[Actor] = []
        for t in words:
            if t.pos_ == "ADP" and t.lower_ in ("for", "mot", "overfor"):
                obj = self._child(t, "PUTFYLL")
                if obj is not None:
                    targets = self.actors(obj)
                    if not targets and obj.lower_.rstrip("n").endswith(("åring", "åringe")):
                        targets = [Actor(phrase=self._phrase(obj), head=obj.lemma_.lower())]  # "34-åringen"
                    if targets:
                        break
        if not targets:
            for etype in ("SANCTION", "ACCUSE", "COERCE"):
                if etype in self._recent_targets:
                    targets = [self._recent_targets[etype]]
                    break
        return self._mentions("ACCUSE", None, sources, targets, tok, "påstand")
