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
    from nyhetsgraf.layout import detect_title, split_blocks

    rec.blocks = split_blocks(rec.text)
    if rec.title is None:  # an input's own title field wins over the one read off the text
        rec.title = detect_title(rec.text)


def _stage_language(rec: Record, ctx: Context) -> None:
    from nyhetsgraf.language import detect_language

    rec.language = detect_language(rec.text)


def _stage_nlp(rec: Record, ctx: Context) -> None:
    from nyhetsgraf import nlp

    ctx.doc = nlp.load(rec.language if rec.language in ("nb", "nn") else "nb")(rec.text)


def _stage_entities(rec: Record, ctx: Context) -> None:
    from nyhetsgraf.extract.entities import analyze_entities

    ctx.entity_index = analyze_entities(ctx.doc)
    rec.entities = ctx.entity_index.entities
    rec.relations.extend(ctx.entity_index.relations)


def _stage_quotes(rec: Record, ctx: Context) -> None:
    from nyhetsgraf.extract.quotes import quotes_stage

    quotes_stage(rec, ctx)


def _stage_relations(rec: Record, ctx: Context) -> None:
    from nyhetsgraf.extract.relations import extract_relations

    extract_relations(rec, ctx)


def _stage_events(rec: Record, ctx: Context) -> None:
    from nyhetsgraf.extract.events import extract_events

    extract_events(rec, ctx)


def _stage_times(rec: Record, ctx: Context) -> None:
    from nyhetsgraf.extract.times import distinct_times, find_times

    rec.times = distinct_times(find_times(rec.text, rec.date))


def _stage_quantities(rec: Record, ctx: Context) -> None:
    from nyhetsgraf.extract.quantities import distinct_quantities, find_quantities

    rec.quantities = distinct_quantities(find_quantities(rec.text))


# Each extract module adds its stage here, in data-flow order.
STAGES: list[tuple[str, Stage]] = [
    ("layout", _stage_layout),
    ("language", _stage_language),
    ("nlp", _stage_nlp),
    ("entities", _stage_entities),
    ("quotes", _stage_quotes),
    ("relations", _stage_relations),
    ("events", _stage_events),
    ("times", _stage_times),
    ("quantities", _stage_quantities),
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
