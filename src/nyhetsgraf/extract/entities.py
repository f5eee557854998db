"""Entities that hold together: from NER mentions to one ``Entity`` per real-world actor.

Why a layer of its own: NER gives strings ("Kim Jong-un", "Kim", "Kims",
"nordkoreanske"), users ask about actors. Quotes (speaker resolution) and
events (actors) code against ``EntityIndex``, so its API is kept small and
stable: ``entities``, ``entity_at``, ``resolve_name``, ``persons_before``,
``gender_of``.
"""

from __future__ import annotations

from bisect import bisect_left

from nyhetsgraf.record import Entity


class EntityIndex:
    """The entities of one article, with look-ups by offset, by name and by recency.

    Built by ``build_index`` (from plain mentions) or ``index_doc`` (from a spaCy Doc);
    ids are "e1", "e2", … in order of first mention.
    """

    def __init__(self, entities: list[Entity], text: str = "") -> None:
        self.entities = entities
        self.text = text
        self._by_id = {e.id: e for e in entities}
        spans = sorted((m.start, m.end, e.id) for e in entities for m in e.mentions)
        self._starts = [s for s, _, _ in spans]
        self._spans = spans

    def get(self, entity_id: str | None) -> Entity | None:
        """The entity with id ``entity_id`` (None for unknown ids)."""
        return self._by_id.get(entity_id) if entity_id else None

    def entity_at(self, start: int, end: int) -> Entity | None:
        """The entity with a mention overlapping [start, end); the largest overlap wins."""
        best, best_ov = None, 0
        i = bisect_left(self._starts, start)
        # mentions are short: look back a little for ones that start before `start`
        for s, e, eid in self._spans[max(0, i - 8):]:
            if s >= end:
                break
            ov = min(e, end) - max(s, start)
            if ov > best_ov:
                best, best_ov = self._by_id[eid], ov
        return best

    def resolve_name(self, name: str) -> Entity | None:
        """The entity a name refers to: full name, surname or given name, genitive, acronym.

        An exact (normalised) name or mention wins; otherwise a name whose words are
        contained in one entity's name; when several fit, the most mentioned person.
        """
        from nyhetsgraf.extract.names import name_key, strip_genitive

        if not name or not name.strip():
            return None
        keys = {name_key(name), name_key(strip_genitive(name))}
        for e in self.entities:
            forms = {name_key(e.name)} | {name_key(m.text) for m in e.mentions}
            forms |= {name_key(strip_genitive(m.text)) for m in e.mentions if not m.derived}
            if keys & forms:
                return e
        best: list[Entity] = []
        for key in keys:
            words = key.split()
            if not words:
                continue
            for e in self.entities:
                ewords = name_key(e.name).split()
                if set(words) <= set(ewords) and (words[-1] == ewords[-1] or len(words) == 1):
                    best.append(e)
        if not best:
            return None
        best.sort(key=lambda e: (e.type != "PER", -len(e.mentions)))
        return best[0]

    def persons_before(self, offset: int) -> list[Entity]:
        """Persons mentioned before ``offset``, the most recently mentioned first."""
        last: dict[str, int] = {}
        for s, _e, eid in self._spans:
            if s >= offset:
                break
            if self._by_id[eid].type == "PER":
                last[eid] = s
        return [self._by_id[eid] for eid, _ in sorted(last.items(), key=lambda kv: -kv[1])]

    def gender_of(self, entity: Entity | None) -> str | None:
        """"m", "f" or None (unknown or not a person)."""
        if entity is None or entity.type != "PER":
            return None
        return entity.gender
