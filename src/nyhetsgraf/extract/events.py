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

This module is the stage entry point (``extract_events``, ``find_events``) and the assembled
``EventExtractor``. The steps live in modules that import only downward: ``event_words``
(word lists), ``event_mentions`` (``Actor``, ``Mention``), ``event_index`` (fallback entity
index), ``event_sport`` → ``event_actors`` (``ActorResolver``: tokens to actors) →
``event_arguments`` (``ArgumentFinder``: sources and targets, mention building) →
``event_verbal`` / ``event_nominal`` (verb and noun triggers) and ``event_blame`` (implied
criticism said by a speaker, a prosecutor's demand) → here; ``event_merge``
(mentions to events) depends only on ``event_mentions``.
"""

from __future__ import annotations

from nyhetsgraf.extract.event_blame import BlameEvents
from nyhetsgraf.extract.event_index import _DocIndex
from nyhetsgraf.extract.event_mentions import Mention
from nyhetsgraf.extract.event_merge import _same_time as _same_time  # re-exported: tests use it
from nyhetsgraf.extract.event_merge import merge
from nyhetsgraf.extract.event_nominal import NominalEvents
from nyhetsgraf.extract.event_sport import is_sport_text
from nyhetsgraf.extract.event_triggers import IRREGULAR_VERB_FORMS, noun_trigger, verb_trigger
from nyhetsgraf.extract.event_verbal import VerbalEvents
from nyhetsgraf.extract.event_words import _NOUN_SLOTS
from nyhetsgraf.record import Event, Record, TimeRef


class EventExtractor(VerbalEvents, NominalEvents, BlameEvents):
    """Finds event mentions in one parsed article; ``run`` returns merged ``Event`` records."""

    def mentions(self) -> list[Mention]:
        out: list[Mention] = []
        for tok in self.doc:
            charges = self.charge(tok)
            if charges and tok.pos_ in ("VERB", "AUX"):
                new = []  # a prosecutor's demand against a defendant is a charge, not a request
            elif tok.pos_ in ("VERB", "AUX") or self._looks_finite(tok):
                new = self.verbal(tok)
                out += new
            elif tok.pos_ == "NOUN" or (tok.pos_ in ("ADV", "ADJ", "X") and tok.dep_ in _NOUN_SLOTS):
                # "vedtok en ny sanksjonspakke": an object the tagger called an adverb is a noun
                new = self.nominal(tok)
                out += new
            else:
                new = []
            implied = self.blame(tok) + charges
            out += implied
            new = new + implied
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
