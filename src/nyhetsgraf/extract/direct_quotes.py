"""Direct quotes: dash paragraphs ("– A, sier X."), dash headings, «…» and "…" in running text.

Why rules over layout: Norwegian news writes direct speech as a paragraph that opens with a
dash, with the attribution after a comma (", sier X til NRK."), or as a quotation in
guillemets. The layout and punctuation mark it explicitly, so exact rules find it.
"""

from __future__ import annotations

import re

from nyhetsgraf.extract.quote_base import (
    Paragraph,
    RawQuote,
    adverbial_opening,
    clause_start,
    ends_sentence,
    find_attribution,
    has_cue,
    intro_speaker,
    is_sentence_initial,
    n_words,
    span_text,
    speaker_after_cue,
    strip_aux,
)
from nyhetsgraf.extract.quote_cues import (
    DASHES,
    REPORTING_VERBS,
)
from nyhetsgraf.extract.speaker_phrases import SpeakerPhrase, parse_speaker
from nyhetsgraf.extract.text_units import Unit, trim_span, words

DASH_SEG_RE = re.compile(r"[" + DASHES + r"][ \t\u00a0]+(?=\S)")

GUILLEMET_RE = re.compile(r"«([^«»]{2,}?)»|“([^“”]{2,}?)”|\"([^\"\n]{2,}?)\"")

NAMING_VERBS = frozenset(
    {
        "kalte",
        "kaller",
        "kalla",
        "kallar",
        "omtaler",
        "omtalte",
        "omtala",
        "beskriver",
        "beskrev",
        "beskriv",
        "betegner",
        "betegnet",
        "karakteriserer",
        "karakteriserte",
        "kalt",  # "har tidligere kalt skatten «…»"
        "omtalt",
        "beskrevet",
        "beskylder",  # "beskylder X for «…»": the label is the accuser's words
        "beskyldte",
        "beskyld",
        "skuldar",
        "skulda",
    }
)

# Participles label only in the active perfect ("har kalt X «…»").
_NAMING_PARTICIPLES = frozenset({"kalt", "omtalt", "beskrevet"})
# Particles that turn a naming verb into another verb: "kalle inn" (summon), "kalle opp" (name after).
_NOT_NAMING_PARTICLES = frozenset({"inn", "opp", "til", "på", "sammen", "tilbake", "ut"})


def list_items(text: str, paras: list[Paragraph]) -> set[int]:
    """Dash paragraphs that are list items, not speech: runs of short unpunctuated lines, or after "Slik:"."""
    items: set[int] = set()

    def listy(p: Paragraph) -> bool:
        body = p.unit.text[1:].strip()
        return (
            p.kind == "dash"
            and not ends_sentence(body)
            and not find_attribution(text, p.unit.start + 1, p.unit.end)
        )

    i = 0
    while i < len(paras):
        if listy(paras[i]):
            j = i
            while j < len(paras) and listy(paras[j]):
                j += 1
            prev = paras[i - 1].unit.text if i > 0 else ""
            intro_without_speech = prev.rstrip().endswith(":") and not has_cue(prev)
            if j - i >= 2 or intro_without_speech:
                items.update(range(i, j))
            i = j
        else:
            if (
                paras[i].kind == "dash"
                and i > 0
                and paras[i - 1].unit.text.rstrip().endswith(":")
                and not has_cue(paras[i - 1].unit.text)
                and n_words(paras[i].unit.text) <= 6
                and not ends_sentence(paras[i].unit.text)
            ):
                items.add(i)
            i += 1
    return items


def _dash_segments(text: str, unit: Unit) -> list[int]:
    """Offsets of the dashes that open direct speech in a paragraph: at its start or after a sentence end."""
    starts = []
    for m in DASH_SEG_RE.finditer(text, unit.start, unit.end):
        pos = m.start()
        if pos == unit.start:
            starts.append(pos)
            continue
        before = text[unit.start : pos].rstrip()
        after = text[m.end() : m.end() + 1]
        if before and before[-1] in '.!?:»”"' and (after.isupper() or after in '«"“' or after.isdigit()):
            starts.append(pos)
    return starts


def _det_cue_inside(text: str, start: int, end: int) -> tuple[int, int, int] | None:
    """ "– A. Det sa X på en pressekonferanse.": the attribution as a sentence of its own after the quote."""
    for m in re.finditer(r"[.!?]\s+(?:Det|Dette|Slik)\s+(\w+)\b", text[start:end]):
        if m.group(1).lower() in REPORTING_VERBS:
            q_end = start + m.start() + (1 if text[start + m.start()] in "?!" else 0)
            return q_end, start + m.start(1), start + m.end(1)
    return None


def dash_quotes(text: str, par: Paragraph, paras: list[Paragraph]) -> list[tuple[int, int]]:
    """Direct quotes from the dash segments of a paragraph; returns the narrative stretches left over."""
    u = par.unit
    seg_starts = _dash_segments(text, u)
    narrative: list[tuple[int, int]] = []
    if not seg_starts:
        narrative.append((u.start, u.end))
    else:
        if seg_starts[0] > u.start:
            narrative.append((u.start, seg_starts[0]))
        bounds = [*seg_starts, u.end]
        pending: list[RawQuote] = []  # cue-less segments waiting for a later attribution in the paragraph
        for k, s in enumerate(seg_starts):
            seg_end = bounds[k + 1]
            c_start = s + 1
            while c_start < seg_end and text[c_start] in " \t\u00a0":
                c_start += 1
            attr = find_attribution(text, c_start, seg_end)
            if re.search(r"[,?!]\s+(?:het|heter|heiter|står|sto|stod)\s+det\b", text[c_start:seg_end]):
                continue  # "– …, het det i meldinga": a document speaking, not a person
            if attr is None:
                attr = _det_cue_inside(text, c_start, seg_end)
            if attr:
                q_end, cs, ce = attr
                sp, cue, stop = speaker_after_cue(text, cs, ce, seg_end)
                qs, qe = trim_span(text, c_start, q_end)
                if qe > qs and not sp.empty:
                    q = RawQuote(qs, qe, "direct", cue, sp, par.index, "dash", cs, sp.medium)
                    par.quotes.append(q)
                    for p in pending:
                        p.speaker, p.cue, p.how = sp, cue, "dash"
                    pending = []
                    rest_start = stop + 1
                    if rest_start < seg_end and text[rest_start:seg_end].strip():
                        narrative.append((rest_start, seg_end))
                    continue
            qs, qe = trim_span(text, c_start, seg_end, " \t")
            if qe <= qs or _truncated(text, qs, qe):
                continue
            if len(seg_starts) == 1 and _only_questions(text, qs, qe):
                continue  # "– Hvorfor akkurat Luzern?": the interviewer asking, not a source speaking
            intro = _intro_for(text, par, paras, s)
            q = RawQuote(
                qs, qe, "direct", None, intro[0] if intro else None, par.index, "dash-continuation", None
            )
            if intro:
                # "Til NRK sier han:" + dash paragraph: the intro's verb is the cue, its outlet the medium
                q.cue = intro[1] or None
                q.medium = intro[0].medium
            par.quotes.append(q)
            pending.append(q)
    return narrative


def _only_questions(text: str, qs: int, qe: int) -> bool:
    parts = [p for p in re.split(r"(?<=[.!?])\s+", text[qs:qe].strip()) if p]
    return bool(parts) and all(p.rstrip(' »”"').endswith("?") for p in parts)


def _truncated(text: str, qs: int, qe: int) -> bool:
    """A fragment cut off by the crawler ("– I", "– ") at the very end of the text."""
    at_end = not text[qe:].strip()
    return at_end and not ends_sentence(text[qs:qe]) and n_words(text[qs:qe]) < 3


def _intro_for(
    text: str, par: Paragraph, paras: list[Paragraph], seg_start: int
) -> tuple[SpeakerPhrase, str] | None:
    """The speaker announced right before a dash segment: "X sier:" in the same or the previous paragraph."""
    before = text[par.unit.start : seg_start].rstrip()
    if before.endswith(":") and par.intro is not None:
        return par.intro, par.intro_cue or ""
    if seg_start == par.unit.start and par.index > 0:
        prev = paras[par.index - 1]
        if prev.intro is not None and prev.unit.text.rstrip().endswith(":"):
            return prev.intro, prev.intro_cue or ""
    return None


def heading_quote(text: str, par: Paragraph) -> None:
    """A dash heading ("– Ikke spent") or a "Label: – quote" title is a direct quote with no cue."""
    t = par.unit.text
    m = re.match(r"^(?:(?P<label>[^:–—−]{2,80}):\s*)?[" + DASHES + r"]\s+(?P<q>\S.*)$", t)
    if not m:
        return
    qs = par.unit.start + m.start("q")
    qs, qe = trim_span(text, qs, par.unit.end, " \t")
    if qe > qs and n_words(text[qs:qe]) >= 1:
        par.quotes.append(
            RawQuote(qs, qe, "direct", None, None, par.index, "heading", label=m.group("label"))
        )


def _cueless(par: Paragraph) -> bool:
    return (
        par.kind == "dash"
        and bool(par.quotes)
        and all(q.how == "dash-continuation" and q.speaker is None for q in par.quotes if q.kind == "direct")
    )


def link_forward(paras: list[Paragraph]) -> None:
    """ "– A." "– B, sier X." after narrative: the attribution at the end of a quote run covers all of it."""
    k = 0
    while k < len(paras):
        if not _cueless(paras[k]):
            k += 1
            continue
        j = k
        while j < len(paras) and _cueless(paras[j]):
            j += 1
        before = paras[k - 1] if k > 0 else None
        opens_run = (
            before is None or before.kind == "heading" or not any(q.kind == "direct" for q in before.quotes)
        )
        nxt = paras[j] if j < len(paras) else None
        if (
            opens_run
            and nxt is not None
            and nxt.kind == "dash"
            and nxt.quotes
            and nxt.quotes[0].how == "dash"
            and nxt.quotes[0].start - nxt.unit.start <= 3
            and (before is None or before.intro is None)
        ):
            head = nxt.quotes[0]
            for par in paras[k:j]:
                for q in par.quotes:
                    if q.how == "dash-continuation":
                        q.speaker, q.cue, q.how, q.medium = head.speaker, None, "dash-forward", head.medium
        k = j


def guillemet_quotes(text: str, par: Paragraph, sent: Unit, intro: SpeakerPhrase | None = None) -> bool:
    """«A», sier X. / X sier: «A» / X kalte det «et sidespor»: direct quotes inside running text."""
    found = False
    for m in GUILLEMET_RE.finditer(text, sent.start, sent.end):
        inner = next(g for g in m.groups() if g is not None)
        gs = m.start() + 1
        ge = gs + len(inner)
        if any(q.start <= gs < q.end for q in par.quotes):
            continue
        after = text[m.end() : sent.end]
        am = re.match(r"^\s*,?\s*(\w+)\b", after)
        before = text[sent.start : m.start()].rstrip()
        if am and am.group(1).lower() in REPORTING_VERBS and not before:
            cs = m.end() + am.start(1)
            ce = cs + len(am.group(1))
            sp, cue, _ = speaker_after_cue(text, cs, ce, sent.end)
            if not sp.empty:
                qs, qe = trim_span(text, gs, ge, " ,")
                par.quotes.append(RawQuote(qs, qe, "direct", cue, sp, par.index, "guillemet", cs, sp.medium))
                found = True
            continue
        if not before and intro is not None and m.start() == par.unit.start:
            # "Statsministeren skriver:" then a paragraph that opens with «…»
            qs, qe = trim_span(text, gs, ge, " ,")
            par.quotes.append(RawQuote(qs, qe, "direct", None, intro, par.index, "guillemet"))
            found = True
            continue
        if before.endswith(":"):
            sp, cue = intro_speaker(text, Unit(sent.start, m.start(), before))
            if sp is not None:
                qs, qe = trim_span(text, gs, ge, " ,")
                par.quotes.append(RawQuote(qs, qe, "direct", cue, sp, par.index, "guillemet"))
                found = True
            continue
        toks = words(text, sent.start, m.start())
        for k, t in enumerate(toks):
            if t.text.lower() in NAMING_VERBS:
                if t.text.lower() in _NAMING_PARTICIPLES and not any(
                    x.text.lower() in ("har", "hadde", "hev") for x in toks[max(0, k - 3) : k]
                ):
                    break  # "en bok kalt «…»", "ble beskrevet som «…»": a title or a passive, no speaker
                between = toks[k + 1 :]
                if len(between) > 8 or (between and between[0].text.lower() in _NOT_NAMING_PARTICLES):
                    break  # "kalte inn til møte om «…»": a summons, not a label
                pre = [x for x in toks[clause_start(toks, k) : k] if x.text not in ",()"]
                # a long subject only as "Role for X, Name Name," with the name found (checked below)
                if pre and not adverbial_opening(pre) and len(pre) <= 12:
                    sp = parse_speaker(
                        span_text(text, strip_aux(pre)),
                        pre[0].start,
                        sentence_initial=is_sentence_initial(text, pre[0].start, sent),
                    )
                    if not sp.empty and (sp.name or sp.pronoun or (sp.kind_hint and len(pre) <= 8)):
                        qs, qe = trim_span(text, gs, ge, " ,")
                        par.quotes.append(
                            RawQuote(qs, qe, "direct", t.text, sp, par.index, "naming", t.start)
                        )
                        found = True
                break
    return found
