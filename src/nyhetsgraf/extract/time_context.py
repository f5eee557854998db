"""The text around a time expression: its sentence, its clause and the words next to it.

Why a module of its own: the handlers decide readings from context ("skal ... fredag" reads
the coming Friday, "i 1948" after a count is no year); these plain-text helpers bound that
context the same way for every handler, without a parse.
"""

from __future__ import annotations

import re


def _sentence(text: str, pos: int) -> tuple[int, int]:
    start = max(text.rfind("\n", 0, pos), *(text.rfind(p, 0, pos) for p in (". ", "! ", "? "))) + 1
    ends = [i for i in (text.find("\n", pos), *(text.find(p, pos) for p in (". ", "! ", "? "))) if i >= 0]
    return start, (min(ends) if ends else len(text))


def _clause(text: str, pos: int) -> tuple[int, int]:
    """The clause around ``pos``: the sentence cut at commas, semicolons and colons."""
    s, e = _sentence(text, pos)
    cut_start = max(text.rfind(p, s, pos) for p in (",", ";", ":"))
    ends = [i for i in (text.find(p, pos, e) for p in (",", ";", ":")) if i >= 0]
    return (cut_start + 1 if cut_start >= 0 else s), (min(ends) if ends else e)


def _word_before(text: str, pos: int) -> str:
    m = re.search(r"([\wæøåÆØÅ.]+)\s*$", text[max(0, pos - 40) : pos])
    return m.group(1) if m else ""


def _word_after(text: str, pos: int) -> str:
    m = re.match(r"\s*([\wæøåÆØÅ]+)", text[pos : pos + 40])
    return m.group(1) if m else ""


def _at_sentence_start(text: str, pos: int) -> bool:
    before = text[:pos].rstrip(" \t\u00a0")
    return not before or before[-1] in '.!?:\n–-«"('
