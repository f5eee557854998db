"""nyhetsgraf: read Norwegian news and turn it into knowledge — who said what, who did what to whom,
when and where.

The public API is three functions::

    import nyhetsgraf
    nlp = nyhetsgraf.load()                       # the project's spaCy pipeline (Bokmål + Nynorsk)
    rec = nyhetsgraf.analyze("– Vi er klare, sier ordfører Kari Nilsen.")
    for article in nyhetsgraf.read(["crawl/", "dump.jsonl.gz"]):
        ...

The pipeline module ``nyhetsgraf.analyze`` shares its name with the function
``nyhetsgraf.analyze``; it is imported first, below, so that the package
attribute is the function and stays so (``from nyhetsgraf.analyze import
analyze_article`` keeps working).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nyhetsgraf import analyze as _pipeline  # noqa: F401  (see the module docstring)

__version__ = "0.1.0"

if TYPE_CHECKING:
    from spacy.language import Language

    from nyhetsgraf.ingest.article import Article
    from nyhetsgraf.record import Record


def load(lang: str = "nb") -> Language:
    """The packaged spaCy pipeline for ``lang`` (``nb`` or ``nn``; one joint model serves both)."""
    from nyhetsgraf import nlp

    return nlp.load(lang)


def read(
    paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str], **options: Any
) -> Iterator[Article]:
    """Articles from files, directories, globs or ``"-"`` (see :func:`nyhetsgraf.ingest.read`)."""
    from nyhetsgraf.ingest import read as _read

    return _read(paths, **options)


def analyze(
    text_or_path: str | os.PathLike[str],
    *,
    title: str | None = None,
    date: str | None = None,
    stages: Iterable[str] | None = None,
) -> Record:
    """Analyse one article given as text, or the first article of a file, and return its record.

    A ``Path`` (or a short one-line string naming an existing file) is read with
    the readers; any other string is the article text itself, and may start with
    a crawled ``date YYYY-MM`` header. ``stages`` limits the analysis (e.g.
    ``["layout", "language"]`` needs no model).
    """
    from nyhetsgraf.analyze import analyze_article
    from nyhetsgraf.ingest import article_from_text
    from nyhetsgraf.ingest import read as _read

    if _is_path(text_or_path):
        article = next(iter(_read([text_or_path])), None)
        if article is None:
            raise ValueError(f"{os.fspath(text_or_path)}: no article")
        if title is not None:
            article.title = title
        if date is not None:
            article.date = date
    else:
        article = article_from_text(str(text_or_path), title=title, date=date)
    return analyze_article(article, stages=stages)


def _is_path(value: str | os.PathLike[str]) -> bool:
    if isinstance(value, os.PathLike):
        return True
    return len(value) < 4096 and "\n" not in value and Path(value).is_file()


__all__ = ["__version__", "analyze", "load", "read"]
