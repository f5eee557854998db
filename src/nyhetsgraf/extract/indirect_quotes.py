"""Indirect quotes: a reporting verb and the reported clause ("X sier at …", "…, opplyser politiet").

Why word order matters: Norwegian is verb-second, so the speaker stands before the verb
("Politiet opplyser at …"), after it when an adverbial opens the sentence ("Etter møtet sa X
at …"), or after an inverted cue at the end ("…, skriver NTB"). "Det sier X" points back to
what was just said, and "ifølge X" attributes without a verb. The parser's subject settles
the order when the model is there; word lists and word order stand in when it is not.
"""

from __future__ import annotations

import re

from nyhetsgraf.extract.quote_base import (
    CLAUSE_STARTERS,
    FINITE_HINTS,
    GAP_ADVERBS,
    GAP_STOP,
    IFOLGE,
    POS_HINTS,
    SUBORDINATORS,
    Paragraph,
    RawQuote,
    adverbial_opening,
    clause_start,
    content_end,
    has_cue,
    is_finite,
    is_sentence_initial,
    n_words,
    parsed_subject,
    span_text,
    speaker_after_cue,
    strip_aux,
    too_long,
)
from nyhetsgraf.extract.quote_cues import (
    ADVERBIAL_OPENERS,
    AUXILIARIES,
    BARE_CLAUSE_CUES,
    DASHES,
    NON_QUOTE_VERBS,
    PARTICLE_CUES,
    RELATIVISERS,
    REPORTING_VERBS,
    SIER_IDIOMS,
    wordset,
)
from nyhetsgraf.extract.speaker_phrases import SpeakerPhrase, cut_circumstance, find_medium, parse_speaker
from nyhetsgraf.extract.text_units import Unit, sentences, trim_span, words

DOCUMENT_NOUNS = wordset("""
    loven lova planen planane avtalen avtala tall tallene tala dommen tiltalen rapporten rapport rapporter
    statistikk statistikken prognosen prognosene prognosane undersøkelsen undersøkinga målingen målinga
    målinger beregninger beregningene dokumenter dokumentene budsjettet kontrakten regelverket reglene
    avgjørelsen kjennelsen vedtaket forslaget listen lista kartet oversikten data anslag anslaget
    vurderingen tabellen grafen en ein et eit ei nettsiden nettsida kilder timeplanen programmet
    """)

DOC_LEAD_RE = re.compile(
    r"^(?:tall|data|en rapport|ein rapport|en undersøkelse|ei undersøking|en oversikt|"
    r"en måling|ei måling|beregninger|anslag|statistikk|dokumenter)\b",
    re.I,
)

DENIAL_VERBS = wordset("avviser avviste avvist tilbakeviser tilbakeviste benekter benektet nektar nekta")

DOCUMENT_SUFFIXES = tuple(
    stem + end
    for stem in (
        "rapport",
        "undersøkelse",
        "undersøking",
        "analyse",
        "analys",
        "utregning",
        "beregning",
        "beslutning",
        "statistikk",
        "prognose",
        "måling",
        "oversikt",
        "estimat",
        "vedtak",
        "dokument",
        "notat",
        "kontrakt",
        "regelverk",
        "tabell",
        "børsmelding",
        "kjennelse",
        "dom",
        "plan",
        "avtale",
        "budsjett",
        "forslag",
        "tall",
        "data",
        "kart",
    )
    for end in ("", "en", "a", "et", "ene", "er", "ar", "ane", "e", "n")
)

REPORT_NOUNS = wordset("sak artikkel melding pressemelding reportasje oppslag kilde sending nyheitsmelding")


def sentence_quotes(text: str, par: Paragraph, sent: Unit, earlier: list[Unit]) -> bool:
    """Indirect quotes with a reporting cue in one sentence. Returns True when one was found."""
    toks = words(text, sent.start, sent.end)
    for i, tok in enumerate(toks):
        low = tok.text.lower()
        if low not in REPORTING_VERBS and low not in PARTICLE_CUES:
            continue
        if any(q.start <= tok.start < q.end or q.cue_start == tok.start for q in par.quotes):
            continue
        if i == 0:
            continue  # "Spør …?", "Si fra!": a verb first is a question or a command, not a report
        nxt = toks[i + 1].text.lower() if i + 1 < len(toks) else ""
        prv = toks[i - 1].text.lower() if i > 0 else ""
        if low in ("sier", "sa", "seier", "sagt") and nxt in SIER_IDIOMS:
            continue
        if prv in ("å", "som") and low in ("sagt", "sa"):
            continue  # "som sagt", "så å si"
        particle_end = i
        if low in PARTICLE_CUES and low not in REPORTING_VERBS:
            # "legger til at", "viste til at", "slår fast at" (particle right after) or "legger han til at"
            pj = next(
                (j for j in range(i + 1, min(i + 6, len(toks))) if toks[j].text == PARTICLE_CUES[low]), None
            )
            if pj is None:
                continue
            particle_end = pj
        cs = clause_start(toks, i)
        pre = toks[cs:i]
        pre_words = [t for t in pre if t.text not in ",()"]
        cleft = _cleft_subject(pre_words)
        if cleft:
            # "Det er NTB som skriver at …": the focused phrase is the speaker
            if _emit_cleft(text, par, sent, toks, i, particle_end, cleft):
                return True
            continue
        if (pre_words and pre_words[0].text.lower() in RELATIVISERS) or (prv in RELATIVISERS):
            continue
        if prv == "at":
            continue  # "… at hun sa": a report inside a clause
        # (A) "Det sier X til NRK." — the content came before
        if len(pre_words) == 1 and pre_words[0].text.lower() in ("det", "dette", "dét", "slik", "så"):
            if low in DENIAL_VERBS:
                continue  # "Dette avviser X": what came before is someone else's claim
            if _anaphoric(text, par, sent, toks, i, particle_end, earlier):
                return True
            continue
        # (B) "…, opplyser politiet." — content before the comma
        if (
            i > 0
            and toks[i - 1].text == ","
            and len(pre_words) >= 3
            and _only_speaker_follows(toks, i)
            and not _subject_apposition(text, pre_words, sent, toks[i - 1].start)
            and _inverted_end(text, par, sent, toks, i, particle_end)
        ):
            return True
        # (C)/(D) "X sier (til NRK) at …" / "Etter møtet sa X at …"
        if _cue_clause(text, par, sent, toks, i, particle_end, cs, pre_words):
            return True
    return False


def _subject_apposition(text: str, pre_words: list[Unit], sent: Unit, comma: int) -> bool:
    """ "Ola Berg, daglig leder i Bergtrykk, sier …": the words before the comma are a subject."""
    if (
        "," not in text[pre_words[0].start : comma]
        or len(pre_words) > 10
        or any(t.text.lower() in FINITE_HINTS or t.text.lower() in REPORTING_VERBS for t in pre_words)
    ):
        return False
    sp = parse_speaker(
        span_text(text, pre_words),
        pre_words[0].start,
        sentence_initial=is_sentence_initial(text, pre_words[0].start, sent),
    )
    return sp.name is not None


def _cleft_subject(pre_words: list[Unit]) -> list[Unit]:
    """ "Det er Oppland Arbeiderblad som": the words between "Det er/var" and "som", else []."""
    low = [t.text.lower() for t in pre_words]
    if len(low) >= 4 and low[0] == "det" and low[1] in ("er", "var") and low[-1] == "som":
        return pre_words[2:-1]
    return []


def _emit_cleft(
    text: str, par: Paragraph, sent: Unit, toks: list[Unit], i: int, particle_end: int, subject: list[Unit]
) -> bool:
    j = particle_end + 1
    if j >= len(toks) or toks[j].text.lower() != "at":
        return False
    sp = parse_speaker(span_text(text, subject), subject[0].start)
    if sp.empty or too_long(sp):
        return False
    return _emit_indirect(text, par, sent, toks[j].end, sp, toks[i].text, toks[i].start, None)


def _only_speaker_follows(toks: list[Unit], i: int) -> bool:
    """After an inverted cue ("…, opplyser politiet.") comes a speaker, not a clause of its own."""
    after = [t.text.lower() for t in toks[i + 1 :]]
    if "at" in after[:14]:
        return False
    if "," in after:
        after = after[: after.index(",")]  # "…, mener ekspertene, som har lest dommen."
    return not any(is_finite(t) for t in toks[i + 1 : i + 1 + min(5, len(after))])


def _cue_string(toks: list[Unit], i: int, particle_end: int, pre_words: list[Unit]) -> str:
    aux = []
    k = len(pre_words) - 1
    while k >= 0 and pre_words[k].text.lower() in AUXILIARIES:
        aux.insert(0, pre_words[k].text)
        k -= 1
    cue = " ".join([*aux, toks[i].text])
    if particle_end > i:
        cue += " " + " ".join(t.text for t in toks[i + 1 : particle_end + 1])
    return cue


# "politiet ble varslet om at …": the subject was told, it said nothing.
_PASSIVE_AUX = frozenset({"ble", "blei", "vart", "er", "var", "blitt", "vorte", "blir"})


def _cue_clause(
    text: str,
    par: Paragraph,
    sent: Unit,
    toks: list[Unit],
    i: int,
    particle_end: int,
    cs: int,
    pre_words: list[Unit],
) -> bool:
    """ "X sier at …", "X sier det er …", "Etter møtet sa X at …": content after the cue."""
    j = particle_end + 1
    # find "at" within a short gap
    at = None
    for k in range(j, min(j + 16, len(toks))):
        w = toks[k].text.lower()
        if w == "at":
            at = k
            break
        if w == "og" and toks[k - 1].text == "-" and toks[k - 1].start == toks[k - 2].end:
            continue  # "Helse- og omsorgsdepartementet": a split compound, not a new clause
        if (
            w == "om"
            and k + 1 < len(toks)
            and toks[k + 1].text.lower() == "at"
            and not (i > 0 and toks[i - 1].text.lower() in _PASSIVE_AUX)
        ):
            continue  # "advarte om at": the preposition before the clause; "ble varslet om at" is passive
        if w in GAP_STOP or w in REPORTING_VERBS or w in NON_QUOTE_VERBS or toks[k].text in ".;:!?":
            break
    if i > 0 and toks[i - 1].text.lower() in ("og", "men") and (len(pre_words) > 2 or not pre_words):
        # "Han ba folk forberede seg og sa at …": the verb shares the subject that opens the sentence
        pre_words = _sentence_subject(toks, sent)
    subject_first = bool(pre_words) and not adverbial_opening(pre_words)
    fronted = [] if subject_first else list(pre_words)  # "I en e-post til VG" before an inverted cue
    aux_subject = None
    parsed = parsed_subject(toks, i)
    if parsed:
        # the parser's subject of the cue settles the word order (V2: "Etter møtet sa X at …")
        if parsed[0].start < toks[i].start:
            subject_first = True
            pre_words = [t for t in pre_words if t.start >= parsed[0].start] or pre_words
        else:
            subject_first, aux_subject = False, [t for t in parsed if t.text not in ",()"]
            pre_words = []
    if not subject_first and pre_words and aux_subject is None:
        # "Tidligere har Støre sagt at": adverbial, auxiliary, subject, participle
        for k, t in enumerate(pre_words):
            if k > 0 and t.text.lower() in AUXILIARIES and k + 1 < len(pre_words):
                aux_subject = pre_words[k + 1 :]
                break
    if (
        at is not None
        and subject_first
        and toks[i].text.lower() in BARE_CLAUSE_CUES
        and _clause_in_gap(toks[j:at])
    ):
        at = None  # "Legeforeningen mener tallene viser at …": the content starts right after the cue
    if at is not None:
        gap = toks[j:at]
        if subject_first:
            speaker_toks = strip_aux(pre_words)
            medium = find_medium(span_text(text, gap)) if gap else None
        elif aux_subject:
            speaker_toks, medium = aux_subject, find_medium(span_text(text, gap)) if gap else None
            if medium is None and fronted:
                medium = find_medium(span_text(text, fronted))
        else:
            while gap and (gap[0].text.lower() in GAP_ADVERBS or gap[0].text.lower() in ADVERBIAL_OPENERS):
                gap = gap[1:]  # "sier blant annet at": adverbs, not a speaker
            if not gap or gap[0].text.lower() in ("for", "om", "med", "av", "på"):
                return False
            g = span_text(text, gap)
            medium = find_medium(g)
            if medium is None and fronted:
                # "I en e-post til VG skriver departementet at …": the outlet sits in the fronted adverbial
                medium = find_medium(span_text(text, fronted))
            core = cut_circumstance(g)
            sp = parse_speaker(core, gap[0].start)
            if sp.empty:
                return False
            return _emit_indirect(
                text,
                par,
                sent,
                toks[at].end,
                sp,
                toks[i].text if particle_end == i else _cue_string(toks, i, particle_end, []),
                toks[i].start,
                medium,
            )
        sp = _speaker_of(text, speaker_toks, sent)
        if sp is None:
            return False
        return _emit_indirect(
            text,
            par,
            sent,
            toks[at].end,
            sp,
            _cue_string(toks, i, particle_end, pre_words),
            toks[i].start,
            medium,
        )
    # no "at": a bare clause after sier/mener/… ("Finden sier folk bør …")
    low = toks[i].text.lower()
    if low not in BARE_CLAUSE_CUES or not subject_first or j >= len(toks):
        return False
    first = toks[j].text.lower()
    if first in SIER_IDIOMS or first in {
        "til",
        "om",
        "på",
        "i",
        "med",
        "for",
        "hva",
        "hvorfor",
        "hvordan",
        "følgende",
        "følgjande",
        ":",
        ",",
        ".",
    }:
        return False
    window = [t.text.lower() for t in toks[j : j + 6]]
    if not (first in CLAUSE_STARTERS or any(is_finite(t) for t in toks[j + 1 : j + 6])):
        return False
    if first in ("det", "dette") and len(window) > 1 and window[1] in (".", ",", "til"):
        return False
    sp = _speaker_of(text, strip_aux(pre_words), sent)
    if sp is None:
        return False
    return _emit_indirect(
        text, par, sent, toks[j].start, sp, _cue_string(toks, i, particle_end, pre_words), toks[i].start, None
    )


def _speaker_of(text: str, speaker_toks: list[Unit], sent: Unit) -> SpeakerPhrase | None:
    """The speaker the words before a cue name, or None when they name none (or too long to be one)."""
    if not speaker_toks:
        return None
    sp = parse_speaker(
        span_text(text, speaker_toks),
        speaker_toks[0].start,
        sentence_initial=is_sentence_initial(text, speaker_toks[0].start, sent),
    )
    return None if sp.empty or too_long(sp) else sp


def _clause_in_gap(gap: list[Unit]) -> bool:
    """The words between the cue and "at" hold a clause of their own (a finite verb after a subject).

    "sier til NRK at", "mener likevel at" have only a medium or adverbs there; "mener tallene viser
    at" has a subject and a finite verb, so the reported content is that whole clause.
    """
    if len(gap) < 2 or gap[0].text.lower() in GAP_ADVERBS or gap[0].text.lower() in ADVERBIAL_OPENERS:
        return False
    if gap[0].text.lower() in ("til", "overfor", "i", "på", "under", "etter", "før", "om", "med", "for"):
        return False
    return any(is_finite(t) for t in gap[1:]) and not any(t.text in ",;:" for t in gap)


def _sentence_subject(toks: list[Unit], sent: Unit) -> list[Unit]:
    """The subject that opens a sentence: a pronoun, or a run of capitalised words (a name)."""
    words_ = [t for t in toks if t.text not in ",()"]
    if not words_:
        return []
    if words_[0].text.lower() in ("han", "hun", "ho", "de", "dei"):
        return words_[:1]
    run: list[Unit] = []
    for t in words_:
        if t.text[:1].isupper() and (not run or t.start - run[-1].end <= 1):
            run.append(t)
        else:
            break
    if len(run) == 1 and len(words_) > 1 and _verb_follows(words_[0], words_[1]):
        return run  # "Holm takket Danmark for hjelpen, men understreket at …": a one-word subject
    return run if len(run) > 1 else []


PAST_OR_PRESENT = re.compile(r"\w{2,}(?:et|te|de|dde|er|ar|ør|ka|ta|sa|la|na)$")


def _verb_follows(first: Unit, second: Unit) -> bool:
    """The sentence opens with one word and a finite verb (V2 with a subject, not an adverbial)."""
    low = first.text.lower()
    if low in ADVERBIAL_OPENERS or low in IFOLGE or low in SUBORDINATORS or low in GAP_ADVERBS:
        return False
    pos = POS_HINTS.get()
    if pos is not None and second.start in pos and first.start in pos:
        return pos[second.start] == "FIN" and pos[first.start] in ("PROPN", "NOUN")
    return second.text.islower() and bool(PAST_OR_PRESENT.fullmatch(second.text))


def _emit_indirect(
    text: str,
    par: Paragraph,
    sent: Unit,
    content_start: int,
    sp: SpeakerPhrase,
    cue: str,
    cue_start: int,
    medium: str | None,
    how: str = "indirect",
) -> bool:
    qs, qe = trim_span(text, content_start, content_end(text, sent))
    if qe <= qs or n_words(text[qs:qe]) < 2:
        return False
    if sp.pronoun is None and sp.name is None and sp.noun and sp.noun.split()[0] in ("det", "dette", "den"):
        return False
    par.quotes.append(RawQuote(qs, qe, "indirect", cue, sp, par.index, how, cue_start, medium or sp.medium))
    return True


def _inverted_end(text: str, par: Paragraph, sent: Unit, toks: list[Unit], i: int, particle_end: int) -> bool:
    """ "Tiden … var uoversiktlig, opplyser politiet." — content from sentence start to the comma."""
    sp, cue, _stop = speaker_after_cue(text, toks[i].start, toks[i].end, sent.end)
    if sp.empty or (sp.noun and len(sp.noun.split()) > 6):
        return False
    qs, qe = trim_span(text, sent.start, toks[i - 1].start)
    if n_words(text[qs:qe]) < 3:
        return False
    if qs < qe and text[qs] in DASHES:
        return False
    par.quotes.append(RawQuote(qs, qe, "indirect", cue, sp, par.index, "indirect", toks[i].start, sp.medium))
    return True


def _anaphoric(
    text: str, par: Paragraph, sent: Unit, toks: list[Unit], i: int, particle_end: int, earlier: list[Unit]
) -> bool:
    """ "Det sier X til Y." — the quote is what came just before (earlier sentences or paragraph)."""
    sp, cue, _stop = speaker_after_cue(text, toks[i].start, toks[i].end, sent.end)
    if sp.empty or (sp.pronoun is None and sp.name is None and sp.noun is None):
        return False
    rq = RawQuote(0, 0, "indirect", cue, sp, par.index, "anaphoric", toks[i].start, sp.medium)
    covered = [q for q in par.quotes]
    prior = [
        s
        for s in earlier
        if not any(q.start <= s.start < q.end or s.start <= q.start < s.end for q in covered)
    ]
    if earlier:
        if not prior or prior[-1] is not earlier[-1]:
            return True  # what came before is already someone's quote: nothing new to attribute
        take = prior[-3:]
        # only a contiguous stretch right before the cue
        rq.start, rq.end = trim_span(text, take[0].start, content_end(text, take[-1]))
        if rq.end > rq.start:
            par.quotes.append(rq)
        return True
    # first sentence of the paragraph: link to the previous paragraph
    rq.para = par.index
    par.quotes.append(rq)  # resolved in link_anaphoric (needs the previous paragraph's quotes)
    return True


def link_anaphoric(text: str, paras: list[Paragraph]) -> None:
    """Give "Det sier X" at a paragraph start the speaker of the quote(s) in the paragraph before."""
    for par in paras:
        for rq in [q for q in par.quotes if q.how == "anaphoric" and q.start == q.end == 0]:
            par.quotes.remove(rq)
            k = par.index - 1
            while k >= 0 and paras[k].kind == "heading":
                k -= 1
            if k < 0:
                continue
            prev = paras[k]
            cueless = [q for q in prev.quotes if q.kind == "direct" and q.how == "dash-continuation"]
            if cueless:
                # also the cue-less dash paragraphs right before it
                j = k - 1
                while (
                    j >= 0
                    and paras[j].kind == "dash"
                    and all(q.how == "dash-continuation" for q in paras[j].quotes)
                    and paras[j].quotes
                ):
                    cueless = [*paras[j].quotes, *cueless]
                    j -= 1
                for q in cueless:
                    q.speaker, q.cue, q.how, q.medium = rq.speaker, rq.cue, "dash", rq.medium
                continue
            if prev.quotes or prev.kind in ("heading", "caption") or prev.kind == "dash":
                continue  # already attributed: "Dette rapporterer …" about a reported quote
            sents = sentences(text, prev.unit)[-3:]
            if not sents:
                continue
            rq.start, rq.end = trim_span(text, sents[0].start, content_end(text, sents[-1]))
            rq.para = prev.index
            if rq.end > rq.start:
                prev.quotes.append(rq)


def ifolge_quotes(text: str, par: Paragraph, sent: Unit) -> bool:
    """ "Ifølge X, …" / "…, ifølge X." / "Videoen er ifølge X offentliggjort …" (whole sentence)."""
    toks = words(text, sent.start, sent.end)
    for i, tok in enumerate(toks):
        low = tok.text.lower()
        if low == "i" and i + 1 < len(toks) and toks[i + 1].text.lower() == "følge":
            j0 = i + 2
        elif low in IFOLGE:
            j0 = i + 1
        else:
            continue
        if any(q.start <= tok.start < q.end for q in par.quotes):
            continue
        x_end = _np_end(toks, j0)
        if x_end <= j0:
            continue
        x_toks = toks[j0:x_end]
        head = [t.text.lower() for t in x_toks]
        if len(head) > 3 and head[0] in ("en", "ei", "ein", "et", "eit") and head[2] in ("fra", "frå"):
            if head[1] in REPORT_NOUNS:
                x_toks = x_toks[3:]  # "ifølge en sak fra Dagbladet": the outlet is the source
                head = head[3:]
            else:
                continue  # "ifølge et estimat fra …", "ifølge en rapport fra …": a document
        if len(head) > 6 or _document_head(head):
            continue
        if (
            (head[0] in DOCUMENT_NOUNS and len(head) > 1 and head[1] in DOCUMENT_NOUNS)
            or head[0] in (DOCUMENT_NOUNS - {"en", "ein", "et", "eit", "ei", "kilder"})
            or DOC_LEAD_RE.match(span_text(text, x_toks))
        ):
            continue
        sp = parse_speaker(cut_circumstance(span_text(text, x_toks)), x_toks[0].start)
        if sp.empty:
            continue
        cs = clause_start(toks, i)
        before = [t for t in toks[cs:i] if t.text not in ",."]
        final = x_end >= len(toks) - 1 or (
            toks[x_end].text == ","
            and x_end + 1 < len(toks)
            and toks[x_end + 1].text.lower() in ("som", "der", "og")
        )
        if i > 0 and toks[i - 1].text == "," and final:
            # sentence-final "…, ifølge X."
            qs, qe = trim_span(text, sent.start, toks[i - 1].start)
            if re.match(r"^(?:Det|Dette|Slik)\s+\w+", text[qs:qe]) and has_cue(text[qs:qe].split(",")[0]):
                return False  # "Dette rapporterer byrået, ifølge Reuters": a report of a report
        elif not before or [t.text.lower() for t in before] in (["og"], ["men"], ["mens"]):
            qs = toks[x_end].start if x_end < len(toks) else sent.end
            if x_end < len(toks) and toks[x_end].text == ",":
                qs = toks[x_end + 1].start if x_end + 1 < len(toks) else sent.end
            qe = content_end(text, sent)
            if before:
                pass
        else:
            qs, qe = sent.start, content_end(text, sent)
        qs, qe = trim_span(text, qs, qe)
        if qe <= qs or n_words(text[qs:qe]) < 3:
            continue
        par.quotes.append(
            RawQuote(
                qs, qe, "indirect", tok.text if low != "i" else "i følge", sp, par.index, "ifolge", tok.start
            )
        )
        return True
    return False


def _document_head(words_: list[str]) -> bool:
    """ "ifølge tiltalebeslutningen", "ifølge analysar gjort av NVE": a document, not a source."""
    head = words_[0]
    for w in words_:
        if w in ("fra", "frå", "av", "i", "gjort", "utført"):
            break
        head = w
    return head.endswith(DOCUMENT_SUFFIXES)


def _np_end(toks: list[Unit], j: int) -> int:
    """Where the noun phrase after "ifølge" ends: at a comma, a finite verb or after a name."""
    k = j
    seen_name = False
    while k < len(toks) and k - j < 9:
        t = toks[k].text
        low = t.lower()
        if t in ",.;:!?" or low in FINITE_HINTS or low in REPORTING_VERBS or is_finite(toks[k]):
            break
        if seen_name and t[:1].islower() and low not in ("og", "i", "ved", "for", "av", "til"):
            break
        if t[:1].isupper():
            seen_name = True
        k += 1
    return k
