"""Run the whole analysis on a test article, skipping when the trained pipeline is not installed."""

from __future__ import annotations

import pytest


def analyze_or_skip(text: str, date: str | None = None):
    """The ``Record`` for ``text``; the test is skipped (not failed) without the shipped model."""
    from nyhetsgraf import nlp

    try:
        nlp.load("nb")
    except nlp.ModelNotFound:
        pytest.skip("the trained pipeline is not installed")
    from nyhetsgraf.analyze import analyze_article
    from nyhetsgraf.ingest.article import Article

    return analyze_article(Article(id="t", text=text, date=date))


def event_triples(rec) -> list[tuple[str, str | None, str | None]]:
    """(type, source name, target name) per event, entity ids replaced by names."""
    names = {e.id: e.name for e in rec.entities}
    return [(e.type, names.get(e.source, e.source), names.get(e.target, e.target)) for e in rec.events]
