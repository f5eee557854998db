"""Find quote spans in Norwegian news text: direct (dash, «…») and indirect (reporting cue + clause).

Why rules over layout and punctuation: Norwegian news writes direct speech in
a fixed form (a paragraph opening with a dash, ``– A, sier X.``), and indirect
speech as a reporting verb with a clause (``X sier at …``, ``…, opplyser
politiet``, ``Det sier X til NRK``). These forms are explicit on the page,
so exact rules find them with high precision, before or without a model.

This module only finds spans, cues and the raw speaker phrase. Who the
speaker *is* (name, pronoun, continuation) is decided in ``speakers``.
"""

from __future__ import annotations

import re

from nyhetsgraf.extract.direct_quotes import (
    dash_quotes,
    guillemet_quotes,
    heading_quote,
    link_forward,
    list_items,
)
from nyhetsgraf.extract.indirect_quotes import (
    ifolge_quotes,
    link_anaphoric,
    sentence_quotes,
)
from nyhetsgraf.extract.quote_base import (
    POS_HINTS,
    SUBJECT_HINTS,
    Paragraph,
    RawQuote,
    ends_sentence,
    find_attribution,
    intro_speaker,
    is_dash_start,
    log,
    n_words,
)
from nyhetsgraf.extract.speaker_phrases import find_medium
from nyhetsgraf.extract.text_units import Unit, paragraphs, sentences


def classify(
    text: str, paras: list[Unit], heading_spans: set[tuple[int, int]] | None = None
) -> list[Paragraph]:
    """Mark each paragraph as dash paragraph, heading, caption or plain paragraph."""
    out = []
    for i, p in enumerate(paras):
        par = Paragraph(i, p)
        t = p.text
        last = i == len(paras) - 1
        if heading_spans is not None and (p.start, p.end) in heading_spans:
            par.kind = "heading"
        elif is_dash_start(t, 0):
            par.kind = "dash"
        elif re.match(r"^[A-ZÆØÅ0-9][A-ZÆØÅ0-9 ,.'&/-]{2,}:\s", t) or re.search(r"\bFoto:\s", t):
            par.kind = "caption"
        elif not last and not ends_sentence(t) and not t.rstrip().endswith(":") and n_words(t) <= 14:
            par.kind = "heading"
        out.append(par)
    for k, par in enumerate(out):
        # a lone short dash line without a full stop or attribution is a sub-heading quote ("– Ikke spent")
        body = par.unit.text[1:].strip()
        nxt = out[k + 1] if k + 1 < len(out) else None
        if (
            par.kind == "dash"
            and nxt is not None
            and not ends_sentence(body)
            and n_words(body) <= 10
            and not body.endswith((",", ";", ":"))
            and nxt.kind != "dash"
            and not find_attribution(text, par.unit.start + 1, par.unit.end)
            and (k == 0 or out[k - 1].kind != "dash" or ends_sentence(out[k - 1].unit.text))
        ):
            par.kind = "heading"
    return out


def detect(
    text: str,
    heading_spans: set[tuple[int, int]] | None = None,
    pos: dict[int, str] | None = None,
    subjects: dict[int, tuple[int, int]] | None = None,
) -> tuple[list[RawQuote], list[Paragraph]]:
    """All quote spans of ``text`` in text order, and the paragraphs they were found in.

    ``pos`` (tags by token offset) and ``subjects`` (verb offset → subject span) come from the
    model and are optional: without them word lists and word order stand in.
    """
    token, token2 = POS_HINTS.set(pos), SUBJECT_HINTS.set(subjects)
    try:
        return _detect(text, heading_spans)
    finally:
        POS_HINTS.reset(token)
        SUBJECT_HINTS.reset(token2)


def _detect(text: str, heading_spans: set[tuple[int, int]] | None) -> tuple[list[RawQuote], list[Paragraph]]:
    paras = classify(text, paragraphs(text), heading_spans)
    skip = list_items(text, paras)
    for par in paras:
        if par.index in skip:
            continue
        try:
            if par.kind == "heading":
                heading_quote(text, par)
                continue
            for a, b in dash_quotes(text, par, paras):
                _narrative(text, par, a, b, paras)
        except (IndexError, ValueError):  # one odd paragraph must not cost the article its quotes
            log.debug("quote detection failed in paragraph %d", par.index, exc_info=True)
    link_anaphoric(text, paras)
    link_forward(paras)
    quotes = sorted((q for p in paras for q in p.quotes), key=lambda q: q.start)
    return _dedupe(quotes), paras


def _narrative(text: str, par: Paragraph, start: int, end: int, paras: list[Paragraph] | None = None) -> None:
    """Indirect quotes (and «…» direct quotes) in the running text [start, end) of a paragraph."""
    unit = Unit(start, end, text[start:end])
    sents = sentences(text, unit)
    for si, sent in enumerate(sents):
        if any(q.start <= sent.start < q.end for q in par.quotes):
            continue
        prev = paras[par.index - 1] if paras and par.index > 0 and sent.start == par.unit.start else None
        found = guillemet_quotes(
            text, par, sent, prev.intro if prev and prev.unit.text.endswith(":") else None
        )
        found = sentence_quotes(text, par, sent, sents[:si]) or found
        if not found:
            ifolge_quotes(text, par, sent)
        if sent.text.rstrip().endswith(":") and par.intro is None:
            sp, cue = intro_speaker(text, sent)
            if sp is not None:
                if sp.medium is None:
                    # "Til NRK Innlandet sier han:": the outlet may open the intro sentence
                    sp.medium = find_medium(re.sub(r"\bTil\b", "til", sent.text.rstrip(" :")))
                par.intro, par.intro_cue = sp, cue


def _dedupe(quotes: list[RawQuote]) -> list[RawQuote]:
    """Drop quotes nested inside a longer quote (nested reports are not annotated separately)."""
    out: list[RawQuote] = []
    for q in sorted(quotes, key=lambda q: (q.start, -(q.end - q.start))):
        if any(o.start <= q.start and q.end <= o.end for o in out):
            continue
        out.append(q)
    return out
