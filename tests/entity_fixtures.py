"""Small hand-written articles and their NER mentions for the entity tests (no model needed).

The texts are written for the tests (fictional or public events in our own words).
``mentions(text, [(surface, label), ...])`` finds each surface in order, so a
fixture reads like the NER output it imitates.
"""

from __future__ import annotations


def mentions(text: str, items: list[tuple[str, str]]) -> list[tuple[str, str, int, int]]:
    """(surface, label) pairs → (text, label, start, end), each found after the previous one."""
    out = []
    pos = 0
    for surface, label in items:
        i = text.find(surface, pos)
        assert i >= 0, f"{surface!r} not found after {pos}"
        out.append((surface, label, i, i + len(surface)))
        pos = i + len(surface)
    return out
