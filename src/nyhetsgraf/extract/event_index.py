"""A stand-in entity index built from the NER spans of the parse.

Why a module of its own: events (and relations, through ``events.index_for``) must still
come out with entity ids when the entities stage did not run; this offers the small part of
the ``EntityIndex`` API the event rules use.
"""

from __future__ import annotations

from nyhetsgraf.extract.event_words import ENTITY_TYPES
from nyhetsgraf.record import Entity


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
