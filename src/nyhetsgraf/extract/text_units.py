"""Paragraphs, sentences and words with offsets: the units quote detection works on.

Why its own splitter: Norwegian news marks quotes by paragraph layout and
punctuation (a paragraph that opens with a dash, ", sier X." at a sentence
end), so detection needs exact character offsets of paragraphs and sentences
even before (or without) the NLP model. Line breaks always end a paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nyhetsgraf.extract.quote_cues import wordset

HEADER_RE = re.compile(r"^\s*date\s+\d{4}(?:-\d\d){0,2}(?:[T ][\d:]+)?\s+")
WORD_RE = re.compile(r"\w+(?:[-'’]\w+)*\.?|[^\w\s]", re.UNICODE)
ABBREVIATIONS = wordset("""
    bl.a f.eks kl nr ca mill mrd jf jfr ang mht osv etc pga dvs evt inkl ekskl mv tlf prof dr st
    red.anm anm red sml kr mnd gt vn avd adm fhv innb bla o.l m.m m.fl ref ved hhv
    """)
SENT_END_RE = re.compile(r"[.!?…]+[»”\"')]*(?=\s+[«“\"(]?[A-ZÆØÅÉ0-9–—−-])|[.!?…]+[»”\"')]*(?=\s*$)")


@dataclass(frozen=True)
class Unit:
    """A stretch of the text: ``text == source[start:end]``."""

    start: int
    end: int
    text: str


def paragraphs(text: str) -> list[Unit]:
    """The non-empty lines of ``text`` (stripped), skipping a crawler's ``date YYYY-MM`` header."""
    out: list[Unit] = []
    pos = 0
    m = HEADER_RE.match(text)
    skip_to = m.end() if m else 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if end <= skip_to:
            continue
        start = max(start, skip_to)
        chunk = text[start:end]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk) - len(chunk.rstrip())
        s, e = start + lead, end - trail
        if e > s:
            out.append(Unit(s, e, text[s:e]))
    return out


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at ``dot`` ends an abbreviation or an initial, not a sentence."""
    j = dot
    while j > 0 and (text[j - 1].isalnum() or text[j - 1] == "."):
        j -= 1
    word = text[j:dot].lower()
    if not word:
        return False
    if word in ABBREVIATIONS or word.rstrip(".") in ABBREVIATIONS:
        return True
    return len(word) == 1 and text[j].isupper()  # an initial: "J. Hansen"


def sentences(text: str, unit: Unit) -> list[Unit]:
    """Sentences of one paragraph ``unit`` of ``text``, with offsets into ``text``."""
    out: list[Unit] = []
    seg = text[unit.start : unit.end]
    begin = 0
    for m in SENT_END_RE.finditer(seg):
        if (
            m.group().startswith(".")
            and len(m.group().rstrip("»”\"')")) == 1
            and _is_abbreviation(seg, m.start())
        ):
            continue
        end = m.end()
        if seg[begin:end].strip():
            out.append(_trimmed(text, unit.start + begin, unit.start + end))
        begin = end
    if seg[begin:].strip():
        out.append(_trimmed(text, unit.start + begin, unit.end))
    return out


def _trimmed(text: str, start: int, end: int) -> Unit:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Unit(start, end, text[start:end])


def words(text: str, start: int = 0, end: int | None = None) -> list[Unit]:
    """Word and punctuation tokens of ``text[start:end]`` with offsets into ``text``."""
    end = len(text) if end is None else end
    out = []
    for m in WORD_RE.finditer(text, start, end):
        tok = m.group()
        s, e = m.start(), m.end()
        if tok.endswith(".") and len(tok) > 1 and not _is_abbreviation(text, e - 1):
            e -= 1  # a sentence-final period is punctuation, not part of the word
            out.append(Unit(s, e, text[s:e]))
            out.append(Unit(e, e + 1, "."))
            continue
        out.append(Unit(s, e, tok))
    return out


def trim_span(text: str, start: int, end: int, chars: str = " \t,;:") -> tuple[int, int]:
    """Shrink [start, end) past surrounding whitespace and the given punctuation."""
    while start < end and (text[start].isspace() or text[start] in chars):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in chars):
        end -= 1
    return start, end
