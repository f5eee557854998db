"""The article as every reader yields it: one shape for all input formats."""

from __future__ import annotations

from dataclasses import dataclass, field

from nyhetsgraf.record import Source


@dataclass
class Article:
    """An input article before analysis. ``text`` is the body all offsets refer to."""

    id: str
    text: str
    source: Source = field(default_factory=Source)
    date: str | None = None
    title: str | None = None
    url: str | None = None
