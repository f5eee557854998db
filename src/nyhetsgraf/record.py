"""The analysis record: the public contract of ``nyhetsgraf analyze``, in one place.

The field names follow ``shared/spec/analysis-output.md`` exactly; the
evaluation scripts read them. Extra fields may be added, none renamed or
dropped without bumping ``SCHEMA``. Every part is a plain dataclass so that
extractors can build them without knowing about JSON, and ``to_dict`` is the
single place where the JSON shape is decided.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

SCHEMA = "nyhetsgraf/analysis@1"

BLOCK_KINDS = ("lead", "heading", "paragraph", "caption", "byline", "factbox")
ENTITY_TYPES = ("PER", "ORG", "GPE", "LOC", "PROD", "EVT")
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
MODALITIES = ("asserted", "reported", "planned", "possible", "negated", "hypothetical", "historical")
RELATION_TYPES = (
    "role_of", "member_of", "leader_of", "spokesperson_of", "kin_of", "borders", "ally_of", "part_of",
)


@dataclass
class Source:
    """Where an article came from: file path, line (JSONL) and URL when known."""

    path: str | None = None
    line: int | None = None
    url: str | None = None
    id: str | None = None  # the id the input itself gave the article (JSON ``id``), if any (added field)


@dataclass
class Block:
    """One layout block; offsets are code-point indices into the record's ``text``."""

    kind: str
    start: int
    end: int
    label: str | None = None
    credit: str | None = None


@dataclass
class Mention:
    start: int
    end: int
    text: str
    derived: bool = False  # "russiske" for Russland: a mention through a derived word


@dataclass
class Entity:
    id: str
    name: str
    type: str
    kb_id: str | None = None
    gender: str | None = None
    roles: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class Quote:
    text: str
    start: int
    end: int
    kind: str  # direct | indirect
    speaker: str | None = None
    speaker_id: str | None = None
    cue: str | None = None
    medium: str | None = None
    speaker_kind: str | None = None  # PER | ORG | GROUP | ANON (added field)
    role: str | None = None  # the speaker's role as the text gives it (added field)
    affiliation: str | None = None  # "ved Prio", "i Høyre": whom the speaker speaks for (added field)


@dataclass
class Span:
    start: int
    end: int


@dataclass
class TimeRef:
    text: str
    value: str | None


@dataclass
class Event:
    type: str
    source: str | None
    target: str | None
    modality: str = "asserted"
    mode: str | None = None
    attributed_to: str | None = None
    time: TimeRef | None = None
    location: str | None = None
    evidence: Span | None = None
    trigger: str | None = None  # the word that signals the event (added field)
    modalities: list[str] = field(default_factory=list)  # every modality found, strongest first (added)


@dataclass
class Relation:
    type: str
    source: str
    target: str
    detail: str | None = None
    evidence: Span | None = None


@dataclass
class Time:
    text: str
    start: int
    end: int
    type: str  # DATE | TIME | DURATION | SET
    value: str | None


@dataclass
class Quantity:
    text: str
    start: int
    end: int
    value: float | int | None
    unit: str | None


@dataclass
class Record:
    """Everything nyhetsgraf knows about one article."""

    id: str
    text: str
    source: Source = field(default_factory=Source)
    date: str | None = None
    language: str | None = None
    title: str | None = None
    blocks: list[Block] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    times: list[Time] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    stats: dict[str, Any] = field(default_factory=dict)  # source statistics (added field)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of the contract, with ``schema`` first."""
        d = asdict(self)
        return {"schema": SCHEMA, **d}
