"""From one article to its analysis record: the stages in order, each one guarded.

Why one module: the order of the stages (layout → language → NLP → entities →
quotes → events/relations → times/quantities) is the architecture, and it
should be readable in one place. A stage that fails adds a warning to the
record instead of sinking the article, so one odd article never costs a batch.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator

from nyhetsgraf.ingest.article import Article
from nyhetsgraf.nlp import ModelNotFound
from nyhetsgraf.record import Record

log = logging.getLogger(__name__)

Stage = Callable[[Record, "Context"], None]


class Context:
    """What stages share beyond the record: the spaCy ``Doc`` and per-article helpers."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.doc = None  # spacy.tokens.Doc once the NLP stage ran
        self.entity_index = None  # extract.entities.EntityIndex once entities are built


def _stage_layout(rec: Record, ctx: Context) -> None:
    from nyhetsgraf.layout import split_blocks

    rec.blocks = split_blocks(rec.text)


def _stage_language(rec: Record, ctx: Context) -> None:
    from nyhetsgraf.language import detect_language

    rec.language = detect_language(rec.text)


def _stage_nlp(rec: Record, ctx: Context) -> None:
    from nyhetsgraf import nlp

    ctx.doc = nlp.load(rec.language if rec.language in ("nb", "nn") else "nb")(rec.text)


# Each extract module adds its stage here, in data-flow order.
STAGES: list[tuple[str, Stage]] = [
    ("layout", _stage_layout),
    ("language", _stage_language),
    ("nlp", _stage_nlp),
]


def analyze_article(article: Article, stages: Iterable[str] | None = None) -> Record:
    """Run every stage (or the named ones) over ``article`` and return its record."""
    rec = Record(
        id=article.id,
        text=article.text,
        source=article.source,
        date=article.date,
        title=article.title,
    )
    ctx = Context(article)
    wanted = set(stages) if stages is not None else None
    for name, stage in STAGES:
        if wanted is not None and name not in wanted:
            continue
        try:
            stage(rec, ctx)
        except ModelNotFound:
            raise  # a broken install is not an article problem
        except Exception as exc:  # a stage's failure is recorded, never fatal for the article
            log.debug("stage %s failed on %s", name, article.id, exc_info=True)
            rec.warnings.append(f"{name}: {type(exc).__name__}: {exc}")
    return rec


def analyze_many(articles: Iterable[Article]) -> Iterator[Record]:
    """Analyse articles one by one, in input order."""
    for article in articles:
        yield analyze_article(article)
