"""Quotes and sources: who said what, resolved to a named speaker.

The public entry points of the quote layer:

- ``extract_quotes(text, index=None, doc=None)`` → ``list[Quote]`` for any text;
- ``annotate_doc(doc, index=None)`` puts them on a spaCy ``Doc`` as ``doc._.quotes``
  (and ``doc.spans["quotes"]``), spaCy style;
- ``quotes_stage(rec, ctx)`` is the ``quotes`` stage of ``analyze``: fills
  ``rec.quotes`` and ``rec.stats["sources"]``.

Finding spans (``quote_spans``) and naming speakers (``speakers``) are kept
apart: spans come from layout, punctuation and reporting verbs, speakers from
the entity layer and the article's history of who spoke last.
"""

from __future__ import annotations

import re
from typing import Any

from nyhetsgraf.extract.quote_spans import detect
from nyhetsgraf.extract.source_stats import source_stats
from nyhetsgraf.extract.speakers import SpeakerResolver
from nyhetsgraf.record import Quote

_CAP_RUN = re.compile(
    r"(?<![\w-])([A-ZÆØÅ][\w'’-]+(?:\s+(?:(?:von|van|de|der|da|di|al|bin)\s+)?[A-ZÆØÅ][\w'’-]+)*)"
)


def register_extension() -> None:
    """Register ``Doc._.quotes`` (idempotent)."""
    from spacy.tokens import Doc

    if not Doc.has_extension("quotes"):
        Doc.set_extension("quotes", default=None)


def fallback_index(text: str, doc: Any = None):
    """An ``EntityIndex`` when the entities stage did not run: from the Doc's NER, else from capitalised runs.

    The text-only variant is crude (a run of capitalised words is a name; a known given name
    makes it a person) but lets quotes work, and be tested, without the model.
    """
    from nyhetsgraf.extract.entities import build_index, index_doc

    if doc is not None and getattr(doc, "ents", None) is not None and len(doc):
        return index_doc(doc)
    from nyhetsgraf.extract.gender import given_names
    from nyhetsgraf.extract.names import fold

    names = given_names()
    mentions = []
    for m in _CAP_RUN.finditer(text):
        s, e = m.start(1), m.end(1)
        words = m.group(1).split()
        before = text[max(0, s - 3) : s]
        sentence_initial = s == 0 or bool(re.search(r"(?:[.!?:–—−-]\s+|\n\s*|^\s*)$", before))
        if sentence_initial and len(words) > 1 and fold(words[0]) not in names:
            s += len(words[0]) + 1
            words = words[1:]
        elif sentence_initial and len(words) == 1 and fold(words[0]) not in names:
            continue
        label = "PER" if names.get(fold(words[0])) in ("m", "f", "u") else "ORG"
        if label == "ORG" and len(words) == 1 and not words[0].isupper() and _full_names(text, words[0]):
            label = "PER"
        mentions.append((text[s:e], label, s, e))
    return build_index(text, mentions)


def _full_names(text: str, surname: str) -> list[str]:
    """Person-looking full names in ``text`` that end with ``surname`` ("Trond Aas" for "Aas")."""
    from nyhetsgraf.extract.gender import given_names
    from nyhetsgraf.extract.names import fold

    names = given_names()
    out = []
    for m in re.finditer(r"((?:[A-ZÆØÅ][\w-]+\s+){1,3})" + re.escape(surname) + r"\b", text):
        words = m.group(1).split()
        for k, w in enumerate(words):
            if fold(w) in names:
                out.append(" ".join([*words[k:], surname]))
                break
    return out


def pos_tags(doc: Any) -> dict[int, str] | None:
    """Token offset → "FIN" for finite verbs, else the UD tag; None without a tagged Doc."""
    if doc is None or not len(doc) or not doc.has_annotation("POS"):
        return None
    out = {}
    for t in doc:
        finite = t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")
        out[t.idx] = "FIN" if finite else t.pos_
    return out


def verb_subjects(doc: Any) -> dict[int, tuple[int, int]] | None:
    """Verb offset → character span of its subject (NDT ``SUBJ``), from the dependency parse.

    A participle ("har hevdet") takes the subject of its auxiliary, where NDT attaches it.
    """
    if doc is None or not len(doc) or not doc.has_annotation("DEP"):
        return None
    out: dict[int, tuple[int, int]] = {}
    for t in doc:
        if t.pos_ not in ("VERB", "AUX"):
            continue
        subj = [c for c in t.children if c.dep_ == "SUBJ"]
        if not subj and t.dep_ == "INFV":
            subj = [c for c in t.head.children if c.dep_ == "SUBJ"]
        if subj:
            c = subj[0]
            right = _misattached_apposition(c) or c.right_edge
            out[t.idx] = (c.left_edge.idx, right.idx + len(right.text))
    return out


def _misattached_apposition(subj: Any) -> Any:
    """The last name token of "talsperson [for X, Ola Nordmann]" when the parser hung the "for"
    phrase on the verb: a role noun, then "for …, Name Name" right after it. Else None."""
    if subj.pos_ != "NOUN" or subj.right_edge.i + 1 >= len(subj.doc):
        return None
    nxt = subj.doc[subj.right_edge.i + 1]
    if nxt.lower_ != "for":  # on the subject it would lie inside the subject's own subtree
        return None
    toks = list(nxt.subtree)
    if toks[0].i != nxt.i:
        return None
    for k in range(len(toks) - 2):
        if toks[k].text == "," and toks[k + 1].pos_ == "PROPN" and toks[k + 2].pos_ == "PROPN":
            end = k + 2
            while end + 1 < len(toks) and toks[end + 1].pos_ == "PROPN":
                end += 1
            return toks[end]
    return None


def extract_quotes(
    text: str,
    index: Any = None,
    doc: Any = None,
    heading_spans: set[tuple[int, int]] | None = None,
    caption_spans: set[tuple[int, int]] | None = None,
) -> list[Quote]:
    """All quotes of an article's ``text``, speakers resolved through ``index`` (an ``EntityIndex``).

    ``caption_spans`` (photo captions from layout) keep caption people from being taken as the
    speaker of a body quote that has no attribution of its own.
    """
    if index is None:
        index = fallback_index(text, doc)
    raw, paras = detect(text, heading_spans, pos_tags(doc), verb_subjects(doc))
    return SpeakerResolver(text, index, raw, paras, caption_spans).resolve()


def genders_of(quotes: list[Quote], index: Any) -> dict[str, str | None]:
    """Speaker name → gender, from the entity layer (pronoun evidence included there)."""
    out: dict[str, str | None] = {}
    for q in quotes:
        if q.speaker and q.speaker_id and index is not None:
            ent = index.get(q.speaker_id) if hasattr(index, "get") else None
            out[q.speaker] = index.gender_of(ent) if ent is not None else None
    return out


def annotate_doc(doc: Any, index: Any = None, quotes: list[Quote] | None = None) -> list[Quote]:
    """Set ``doc._.quotes`` (``Quote`` records) and ``doc.spans["quotes"]`` (labelled direct/indirect)."""
    register_extension()
    if quotes is None:
        quotes = extract_quotes(doc.text, index=index, doc=doc)
    doc._.quotes = quotes
    spans = []
    for q in quotes:
        span = doc.char_span(q.start, q.end, label=q.kind, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    doc.spans["quotes"] = spans
    return quotes


def _heading_spans(blocks: list[Any]) -> set[tuple[int, int]] | None:
    spans = {(b.start, b.end) for b in blocks if getattr(b, "kind", None) == "heading"}
    return spans or None


def quotes_stage(rec: Any, ctx: Any) -> None:
    """The ``quotes`` stage: ``rec.quotes``, ``rec.stats["sources"]`` and ``doc._.quotes``."""
    index = getattr(ctx, "entity_index", None)
    doc = getattr(ctx, "doc", None)
    if index is None:
        index = fallback_index(rec.text, doc)
    captions = {(b.start, b.end) for b in rec.blocks or [] if getattr(b, "kind", None) == "caption"}
    quotes = extract_quotes(rec.text, index=index, doc=doc, caption_spans=captions or None)
    rec.quotes = quotes
    rec.stats["sources"] = source_stats(quotes, genders_of(quotes, index))
    if doc is not None:
        annotate_doc(doc, index, quotes)


def quote_table(rec: Any):
    """A ``rich`` table of one record's quotes: speaker, role, kind, quote (for ``nyhetsgraf quotes``)."""
    from rich.table import Table

    title = rec.title or (rec.source.path if rec.source else None) or rec.id
    table = Table(title=f"{title} — {len(rec.quotes)} quotes", show_lines=False, expand=False)
    for col in ("speaker", "role", "kind", "quote"):
        table.add_column(col, overflow="fold")
    for q in rec.quotes:
        kind = f"{q.kind}/{q.speaker_kind}" if q.speaker_kind else q.kind
        medium = f" (til {q.medium})" if q.medium else ""
        table.add_row(q.speaker or "—", (q.role or "") + medium, kind, q.text)
    return table
