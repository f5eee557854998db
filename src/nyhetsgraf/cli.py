"""The ``nyhetsgraf`` command line: a thin layer over the library.

Every command parses its arguments and calls library functions
(:func:`nyhetsgraf.ingest.read`, :func:`nyhetsgraf.analyze.analyze_article`,
the writers in :mod:`nyhetsgraf.render`). What commands share lives in
:class:`Batch`: reading PATH arguments, reporting bad inputs as one line on
stderr, the progress bar and the exit status. A new command is a small
additive edit::

    @cli.command()
    @paths_argument
    def quotes(paths: tuple[str, ...]) -> None:
        \"\"\"Print the quotes of every article.\"\"\"
        batch = Batch()
        for rec in batch.records(paths):
            ...
        batch.exit()

Exit status: 0 all inputs read, 1 some input failed (or the model is missing),
2 usage error. User errors never print a traceback.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator
from typing import Any

import click

from nyhetsgraf.ingest import Article, Duplicate, ReadError, read
from nyhetsgraf.record import Record

PROGRESS_AFTER_SECONDS = 1.5  # a progress bar appears only for batches that take a while


class Batch:
    """State shared by one command run: errors seen, the progress bar, and the exit status."""

    def __init__(self, progress: bool | None = None) -> None:
        self.failed = 0
        self.read_ok = 0
        self._progress_wanted = sys.stderr.isatty() if progress is None else progress
        self._progress: Any = None
        self._task: Any = None
        self._started = time.monotonic()

    # --- reporting --------------------------------------------------------------------------------
    def _say(self, line: str) -> None:
        if self._progress is not None:
            self._progress.console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            click.echo(line, err=True)

    def error(self, message: str) -> None:
        """One line on stderr for a failed input; the batch goes on and will exit 1."""
        self.failed += 1
        self._say(f"error: {message}")

    def warn(self, message: str) -> None:
        """One line on stderr that does not fail the batch (e.g. a duplicate article)."""
        self._say(f"warning: {message}")

    def fatal(self, message: str) -> None:
        """Stop the whole run with one error line and exit status 1 (e.g. the model is missing)."""
        self._stop_progress()
        click.echo(f"error: {message}", err=True)
        raise SystemExit(1)

    # --- progress ---------------------------------------------------------------------------------
    def _tick(self) -> None:
        if not self._progress_wanted:
            return
        if self._progress is None:
            if time.monotonic() - self._started < PROGRESS_AFTER_SECONDS:
                return
            from rich.console import Console
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self._progress = Progress(
                SpinnerColumn(),
                TextColumn("{task.completed} articles"),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self._progress.start()
            self._task = self._progress.add_task("analyse", total=None)
        self._progress.update(self._task, completed=self.read_ok)

    def _stop_progress(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None

    # --- the shared pipeline ----------------------------------------------------------------------
    def articles(self, paths: Iterable[str]) -> Iterator[Article]:
        """The articles of ``paths``; bad inputs are reported and skipped."""
        for article in read(
            paths, on_error=lambda e: self.error(str(e)), on_duplicate=lambda d: self.warn(str(d))
        ):
            self.read_ok += 1
            self._tick()
            yield article

    def records(self, paths: Iterable[str], stages: Iterable[str] | None = None) -> Iterator[Record]:
        """The analysis record of every article of ``paths``, in input order."""
        from nyhetsgraf.analyze import analyze_article
        from nyhetsgraf.nlp import ModelNotFound

        wanted = list(stages) if stages is not None else None
        for article in self.articles(paths):
            try:
                yield analyze_article(article, stages=wanted)
            except ModelNotFound as exc:
                self.fatal(str(exc))

    def exit(self) -> None:
        """End the command with status 1 if any input failed, else 0."""
        self._stop_progress()
        raise SystemExit(1 if self.failed else 0)


def _parse_stages(ctx: click.Context, param: click.Parameter, value: str | None) -> list[str] | None:
    if value is None:
        return None
    from nyhetsgraf.analyze import STAGES

    known = [name for name, _ in STAGES]
    names = [v.strip() for v in value.split(",") if v.strip()]
    unknown = [n for n in names if n not in known]
    if unknown or not names:
        raise click.BadParameter(f"unknown stage {', '.join(unknown) or '(none)'}; known: {', '.join(known)}")
    return names


paths_argument = click.argument("paths", nargs=-1, required=True, metavar="PATH...")
stages_option = click.option(
    "--stages",
    callback=_parse_stages,
    metavar="NAME,...",
    help="Run only these analysis stages (e.g. layout,language: no model needed). Default: all.",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="nyhetsgraf", prog_name="nyhetsgraf")
def cli() -> None:
    """Read Norwegian news and turn it into knowledge: who said what, who did what to whom, when and where.

    PATH may be a file (crawled text, .txt, .jsonl, .json, .html; also .gz/.bz2/.xz/.zst),
    a directory (read recursively), a glob pattern, or - for stdin.
    """


@cli.command()
@paths_argument
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "json", "text"]),
    default="jsonl",
    show_default=True,
    help="jsonl: one record per line; json: pretty; text: readable view.",
)
@stages_option
def analyze(paths: tuple[str, ...], fmt: str, stages: list[str] | None) -> None:
    """Analyse articles and print one record each (the contract in shared/spec/analysis-output.md)."""
    from nyhetsgraf.render import WRITERS

    batch = Batch()
    writer = WRITERS[fmt](sys.stdout)
    try:
        for rec in batch.records(paths, stages):
            writer.write(rec)
    finally:
        writer.close()
    batch.exit()


@cli.command()
@paths_argument
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "graphml", "gexf", "dot"]),
    default="graphml",
    show_default=True,
    help="graphml/gexf: Gephi and networkx; json: node-link; dot: Graphviz.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True),
    default=None,
    help="Write to this file instead of stdout.",
)
@click.option(
    "--records",
    is_flag=True,
    help="PATHs are analysis records (analyze --format jsonl output), not articles.",
)
def graph(paths: tuple[str, ...], fmt: str, output: str | None, records: bool) -> None:
    """Write the actor network (entities; event and relation edges) of one or many articles."""
    from nyhetsgraf.extract.graph import build_graph, graph_text, load_records, write_graph

    batch = Batch()
    recs = list(load_records(paths, on_error=batch.error) if records else batch.records(paths))
    g = build_graph(recs)
    if output:
        write_graph(g, fmt, output)
    else:
        sys.stdout.buffer.write(graph_text(g, fmt))
        sys.stdout.flush()
    batch.exit()


@cli.command()
@paths_argument
def entities(paths: tuple[str, ...]) -> None:
    """Print a table of the entities of every article.

    Columns: name, type, kb_id, mentions, roles, affiliations, gender.
    """
    from rich.console import Console

    from nyhetsgraf.extract.entities import entity_table

    console = Console(width=None if sys.stdout.isatty() else 200)
    batch = Batch()
    for rec in batch.records(paths, ["layout", "language", "nlp", "entities"]):
        console.print(entity_table(rec))
    batch.exit()


@cli.command()
@paths_argument
def quotes(paths: tuple[str, ...]) -> None:
    """Print who said what in every article: speaker, role, kind, quote."""
    from rich.console import Console

    from nyhetsgraf.extract.quotes import quote_table

    console = Console(width=None if sys.stdout.isatty() else 200)
    batch = Batch()
    for rec in batch.records(paths, ["layout", "language", "nlp", "entities", "quotes"]):
        console.print(quote_table(rec))
    batch.exit()


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point: run the click group, exit quietly on Ctrl-C and closed pipes."""
    try:
        cli.main(args=argv, prog_name="nyhetsgraf")
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        # `nyhetsgraf analyze … | head`: the reader left; silence the flush at interpreter exit too.
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(0)


__all__ = [
    "Batch",
    "Duplicate",
    "ReadError",
    "analyze",
    "cli",
    "graph",
    "main",
    "paths_argument",
    "stages_option",
]
