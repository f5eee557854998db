"""Writing records out: JSON Lines, JSON, and a readable text view for people.

Why here and not in the CLI: the same writers serve the command line, tests and
any later web or batch job, and keeping them apart keeps ``cli.py`` a thin
layer of argument parsing.
"""

from __future__ import annotations

import json
import textwrap
from typing import TextIO

from nyhetsgraf.record import Record

WIDTH = 100
_MARK = {"caption": "[bilde]", "byline": "[byline]", "factbox": "[fakta]"}


class RecordWriter:
    """Base class: ``write`` each record as it comes, ``close`` once at the end."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.count = 0

    def write(self, rec: Record) -> None:
        raise NotImplementedError

    def close(self) -> None:
        self.out.flush()


class JsonlWriter(RecordWriter):
    """One compact JSON object per line, flushed per record so pipelines see progress."""

    def write(self, rec: Record) -> None:
        self.out.write(json.dumps(rec.to_dict(), ensure_ascii=False) + "\n")
        self.out.flush()
        self.count += 1


class JsonWriter(RecordWriter):
    """One pretty object for a single article, a list for several — streamed, never buffered whole.

    The first record is held back until the second arrives (or the end), because
    only then is it known whether to open a list.
    """

    def __init__(self, out: TextIO) -> None:
        super().__init__(out)
        self._held: Record | None = None

    def _dump(self, rec: Record, indent: str = "") -> str:
        text = json.dumps(rec.to_dict(), ensure_ascii=False, indent=2)
        return textwrap.indent(text, indent) if indent else text

    def write(self, rec: Record) -> None:
        self.count += 1
        if self.count == 1:
            self._held = rec
            return
        if self._held is not None:
            self.out.write("[\n" + self._dump(self._held, "  "))
            self._held = None
        self.out.write(",\n" + self._dump(rec, "  "))

    def close(self) -> None:
        if self._held is not None:
            self.out.write(self._dump(self._held) + "\n")
        elif self.count > 1:
            self.out.write("\n]\n")
        elif self.count == 0:
            self.out.write("[]\n")
        super().close()


def _wrap(text: str, indent: str = "   ") -> str:
    lines = []
    for para in text.split("\n"):
        lines.append(textwrap.fill(para, WIDTH, initial_indent=indent, subsequent_indent=indent) or indent)
    return "\n".join(lines)


def record_text(rec: Record) -> str:
    """A readable view of ``rec``: the layout with title, headings and captions marked, then the findings."""
    src = rec.source
    where = src.path or "-"
    if src.line is not None and src.line > 1:
        where += f":{src.line}"
    meta = " · ".join(x for x in (where, rec.date, rec.language, f"id {rec.id}") if x)
    parts = [f"━━━ {meta}"]
    title_done = False
    for b in rec.blocks:
        chunk = rec.text[b.start:b.end]
        if b.kind == "heading":
            if not title_done and rec.title and chunk.strip() == rec.title:
                parts.append(f"# {chunk}")
                title_done = True
            else:
                parts.append(f"## {chunk}")
        elif b.kind == "lead":
            parts.append(_wrap(chunk, "   ▌ "))
        elif b.kind in _MARK:
            parts.append(_wrap(f"{_MARK[b.kind]} {chunk}"))
        else:
            parts.append(_wrap(chunk))
    if not rec.blocks:
        parts.append(_wrap(rec.text))
    names = {e.id: e.name for e in rec.entities}
    if rec.entities:
        parts.append(f"Entities ({len(rec.entities)}):\n"
                     + _wrap(", ".join(f"{e.name} ({e.type})" for e in rec.entities), "  "))
    if rec.quotes:
        lines = [f"Quotes ({len(rec.quotes)}):"]
        for q in rec.quotes:
            mark = "–" if q.kind == "direct" else "~"  # direct / indirect
            tail = f" — {q.speaker or '?'}" + (f" ({q.cue})" if q.cue else "")
            room = max(20, WIDTH - len(tail) - 8)
            lines.append(f"  {mark} «{textwrap.shorten(q.text, room, placeholder=' …')}»{tail}")
        parts.append("\n".join(lines))
    if rec.events:
        lines = [f"Events ({len(rec.events)}):"]
        for ev in rec.events:
            source = names.get(ev.source or "", ev.source) or "?"
            target = f" → {names.get(ev.target, ev.target)}" if ev.target else ""
            when = f" ({ev.time.text})" if ev.time else ""
            extra = f" [{ev.modality}]" if ev.modality and ev.modality != "asserted" else ""
            lines.append(f"  {ev.type}: {source}{target}{when}{extra}")
        parts.append("\n".join(lines))
    if rec.warnings:
        parts.append("\n".join(["Warnings:", *(f"  ! {w}" for w in rec.warnings)]))
    return "\n\n".join(parts) + "\n"


class TextWriter(RecordWriter):
    """The readable view, one article after the other, separated by a blank line."""

    def write(self, rec: Record) -> None:
        if self.count:
            self.out.write("\n")
        self.out.write(record_text(rec))
        self.out.flush()
        self.count += 1


WRITERS: dict[str, type[RecordWriter]] = {"jsonl": JsonlWriter, "json": JsonWriter, "text": TextWriter}
