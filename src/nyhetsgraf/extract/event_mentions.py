"""The intermediate objects of event extraction: an ``Actor`` (entity or phrase) and a
``Mention`` (one textual mention of an event, before merging).

Why a module of its own: every step — argument finding, verbal and nominal triggers,
merging — passes these around; they sit below all of them so imports flow one way.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from nyhetsgraf.extract.modality import ModalityReading
from nyhetsgraf.record import Entity, TimeRef


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
