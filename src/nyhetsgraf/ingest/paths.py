"""From command-line PATH arguments to the input files to read: files, directories, globs, stdin.

Why expand lazily and in a stable order: a batch over a crawl directory must
start printing at once and produce the same order on every machine, so
directories are walked sorted and one file at a time.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from nyhetsgraf.ingest.compression import COMPRESSED_SUFFIXES, strip_compression_suffix

STDIN = "-"
# Suffixes picked up when walking a directory (each also with a compression suffix).
ARTICLE_SUFFIXES = (".txt", ".text", ".jsonl", ".ndjson", ".json", ".html", ".htm")
_GLOB_CHARS = set("*?[")


@dataclass(frozen=True)
class PathProblem:
    """A PATH argument that yields no input, with the message the user sees."""

    path: str
    message: str


def is_article_file(path: Path) -> bool:
    """Whether a file found in a directory walk is one we read (by suffix, compression ignored)."""
    name = strip_compression_suffix(path.name.lower())
    return not path.name.startswith(".") and name.endswith(ARTICLE_SUFFIXES)


def _walk(directory: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(root) / name
            if is_article_file(path):
                yield path


def expand_paths(args: Iterable[str | os.PathLike[str]]) -> Iterator[str | Path | PathProblem]:
    """Yield ``"-"`` for stdin, a ``Path`` per input file, or a :class:`PathProblem`.

    A directory is read recursively (hidden entries skipped, sorted); an argument
    with ``* ? [`` that does not exist as written is expanded as a glob
    (``**`` recursive). An explicitly named file is read whatever its suffix.
    """
    for arg in args:
        text = os.fspath(arg)
        if text == STDIN:
            yield STDIN
            continue
        path = Path(text)
        if path.is_dir():
            found = False
            for file in _walk(path):
                found = True
                yield file
            if not found:
                suffixes = ", ".join(ARTICLE_SUFFIXES)
                yield PathProblem(text, f"directory has no article files ({suffixes}, optionally compressed)")
        elif path.exists():
            yield path
        elif _GLOB_CHARS & set(text):
            matches = sorted(glob.glob(text, recursive=True))
            files = [Path(m) for m in matches if Path(m).is_file()]
            for m in matches:
                if Path(m).is_dir():
                    files.extend(_walk(Path(m)))
            if not files:
                yield PathProblem(text, "no files match this pattern")
            yield from files
        else:
            yield PathProblem(text, "no such file or directory")


__all__ = ["COMPRESSED_SUFFIXES", "STDIN", "PathProblem", "expand_paths", "is_article_file"]
