"""What the quote finders share: the raw quote record, paragraph state, parse hints, cue helpers.

Why a module of its own: direct quotes (dash paragraphs, «…») and indirect quotes (reporting
verbs) are found by different rules, but both need the same small tools — where a sentence
ends, what a speaker phrase after a cue says, whether a word is a finite verb. The optional
parse hints from the model (finite verbs, the subject of a verb) live here as context
variables, so the string rules can consult them without threading a Doc through every call.
"""

from __future__ import annotations

import contextvars
import logging
import re
from dataclasses import dataclass, field

from nyhetsgraf.extract.quote_cues import (
    ADVERBIAL_OPENERS,
    AUXILIARIES,
    DASHES,
    PARTICLE_CUES,
    REPORTING_VERBS,
    SIER_IDIOMS,
    wordset,
)
from nyhetsgraf.extract.speaker_phrases import SpeakerPhrase, cut_circumstance, find_medium, parse_speaker
from nyhetsgraf.extract.text_units import ABBREVIATIONS, Unit, words

log = logging.getLogger(__name__)

# "FIN" (finite verb or auxiliary) or the UD part of speech, by token start offset, from the parsed
# Doc when there is one. Detection runs on strings; the tags only sharpen two guesses (is there a
# finite verb? where does a noun phrase end?).
POS_HINTS: contextvars.ContextVar[dict[int, str] | None] = contextvars.ContextVar("quote_pos", default=None)

# Cue verb offset → (start, end) of its subject, from the dependency parse when there is one.
SUBJECT_HINTS: contextvars.ContextVar[dict[int, tuple[int, int]] | None] = contextvars.ContextVar(
    "quote_subj", default=None
)

IFOLGE = frozenset({"ifølge", "ifølgje", "ifylgje"})

# Words that may stand between the cue and "at": adverbs, times, "selv", media phrases.
GAP_STOP = frozenset(
    {
        "er",
        "var",
        "har",
        "hadde",
        "blir",
        "ble",
        "vart",
        "vil",
        "skal",
        "kan",
        "må",
        "bør",
        "som",
        "fordi",
        "hvis",
        "om",
        "når",
        "da",
        "og",
        "men",
        "eller",
        ".",
    }
)

FINITE_HINTS = wordset("""
    er var har hadde blir ble vart vil skal kan må bør får fikk kommer kom går gikk står sto stod ligger lå
    viser vise trenger mangler gjør gjorde finnes fins tar tok gir gav ga begås skjer skjedde holder
    ønsker vet visste ser så betyr mener tror burde kunne ville skulle måtte er
    finst vert kjem gjer fekk ligg treng manglar gjev tek veit blei vore bør
    """)

CLAUSE_STARTERS = wordset("""
    det den de dei dette disse desse han hun ho vi me jeg eg man ein en ingen alle noen nokon mange
    flere fleire regjeringen politiet situasjonen
    """)

TIME_NOUN_STEMS = wordset(
    "uk vek veke uke måned månad år helg morg kveld natt dag tid sommer vinter høst vår"
)

SUBORDINATORS = wordset("at som når da etter fordi om hvis dersom mens før enn der hvor kor")

GAP_ADVERBS = wordset(
    "blant annet bl.a. også òg videre dessuten i tillegg derfor likevel da nå no selv sjølv"
)


@dataclass
class RawQuote:
    """A quote span before speaker resolution."""

    start: int
    end: int
    kind: str  # direct | indirect
    cue: str | None
    speaker: SpeakerPhrase | None
    para: int
    how: str  # dash | dash-continuation | heading | guillemet | indirect | anaphoric | ifolge | naming
    cue_start: int | None = None
    medium: str | None = None
    label: str | None = None  # "Høyre:" before a dash heading


@dataclass
class Paragraph:
    """A paragraph with what detection learnt about it."""

    index: int
    unit: Unit
    kind: str = "paragraph"  # paragraph | heading | caption | dash
    intro: SpeakerPhrase | None = None  # "X sier:" at its end: the speaker of the next dash paragraph
    intro_cue: str | None = None
    quotes: list[RawQuote] = field(default_factory=list)


def is_dash_start(text: str, pos: int) -> bool:
    return text[pos] in DASHES and pos + 1 < len(text) and text[pos + 1] in " \t\u00a0"


def ends_sentence(s: str) -> bool:
    return s.rstrip(" »”\"')").endswith((".", "!", "?", "…"))


def n_words(s: str) -> int:
    return len(re.findall(r"\w+", s))


def parsed_subject(toks: list[Unit], i: int) -> list[Unit] | None:
    """The tokens of the cue's subject according to the parser, or None (no parse, or no subject)."""
    subjects = SUBJECT_HINTS.get()
    if not subjects or toks[i].start not in subjects:
        return None
    s, e = subjects[toks[i].start]
    if s <= toks[i].start < e:
        return None  # a subject that contains its own verb is a parse slip
    out = [t for t in toks if s <= t.start < e]
    if not out or out[0].text.lower() in SUBORDINATORS or out[0].text.lower() in ADVERBIAL_OPENERS - {"selv"}:
        return None  # "at nyheten …", "Klokka 7": not a subject
    k0 = toks.index(out[0])
    if k0 > 0 and toks[k0 - 1].text.endswith(".") and toks[k0 - 1].text.rstrip(".").lower() in ABBREVIATIONS:
        return None  # "i Fellesforbundet avd. Rana sier": the parser took the abbreviation's dot for an end
    k = toks.index(out[-1]) + 1
    while k < len(toks) and k != i and toks[k].text[:1].isupper() and toks[k].start - out[-1].end <= 1:
        out.append(toks[k])  # the parser stopped inside a name: "Danske | Bank"
        k += 1
    return out


def is_finite(tok: Unit) -> bool:
    """A finite verb (or auxiliary): from the tagger when there is one, else from a word list."""
    pos = POS_HINTS.get()
    if pos is not None and tok.start in pos:
        return pos[tok.start] == "FIN"
    return tok.text.lower() in FINITE_HINTS


def has_cue(s: str) -> bool:
    return any(w.lower() in REPORTING_VERBS or w.lower() in IFOLGE for w in re.findall(r"\w+", s))


ATTR_RE = re.compile(r"(,|\?|!|…|\.\.\.)[»”\"]?\s+(\w+)\b")


def find_attribution(text: str, start: int, end: int) -> tuple[int, int, int] | None:
    """In a dash segment, the ", sier X" that ends the quote: (quote end, cue start, cue end)."""
    for m in ATTR_RE.finditer(text, start, end):
        cue = m.group(2)
        low = cue.lower()
        if cue[:1].isupper() and low not in REPORTING_VERBS:
            continue
        if low in REPORTING_VERBS or (low in PARTICLE_CUES and particle_follows(text, m.end(2), end, low)):
            nxt = text[m.end(2) : m.end(2) + 8].split()
            if low in ("sier", "sa", "seier") and nxt and nxt[0].strip(".,") in SIER_IDIOMS:
                continue
            q_end = m.start(1) + (1 if m.group(1) in "?!" else 0)
            return q_end, m.start(2), m.end(2)
    return None


def particle_follows(text: str, pos: int, end: int, verb: str) -> bool:
    """ "legger han til" / "legger Støre til": the particle within a few words after the verb."""
    particle = PARTICLE_CUES[verb]
    window = text[pos : min(end, pos + 60)]
    m = re.match(r"((?:\s+[\w-]+){0,4}?)\s+" + particle + r"\b", window)
    return bool(m)


def sentence_end(text: str, pos: int, end: int) -> int:
    """End of the sentence that starts before ``pos`` (at a period/!/? or a new dash segment)."""
    for m in re.finditer(r"[.!?](?=\s|$)|\s[" + DASHES + r"]\s(?=[A-ZÆØÅ«])", text[pos:end]):
        if m.group().startswith(".") and abbrev_before(text, pos + m.start()):
            continue
        return pos + m.start()
    return end


def abbrev_before(text: str, dot: int) -> bool:
    j = dot
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    w = text[j:dot].lower()
    return w in {"bl", "f", "kl", "nr", "ca", "mill", "mrd", "prof", "dr", "st", "anm", "red"} or (
        len(w) == 1 and text[j].isupper()
    )


def speaker_after_cue(text: str, cue_start: int, cue_end: int, end: int) -> tuple[SpeakerPhrase, str, int]:
    """Parse "sier asiaforsker X ved Prio, til TV 2." after a cue: (speaker, cue, end of attribution)."""
    verb = text[cue_start:cue_end]
    stop = sentence_end(text, cue_end, end)
    phrase = text[cue_end:stop]
    cue = verb
    low = verb.lower()
    if low in PARTICLE_CUES:
        m = re.match(r"((?:\s+[\w-]+){0,4}?)\s+" + PARTICLE_CUES[low] + r"\b", phrase)
        if m:
            cue = f"{verb}{m.group(1)} {PARTICLE_CUES[low]}"
            medium_part = phrase[m.end() :]
            phrase = m.group(1)
            sp = parse_speaker(phrase, cue_end)
            sp.medium = find_medium(medium_part)
            return sp, cue, stop
    core = cut_circumstance(phrase)
    lead = len(phrase) - len(phrase.lstrip(" ,"))
    sp = parse_speaker(core, cue_end + lead)
    if sp.name is None and sp.pronoun is None:
        # "seier ansvarleg for målet og lagkaptein, Tea Berteig, dette": the name stands in apposition
        m = re.search(r",\s+((?:[A-ZÆØÅ][\w-]+\s+){1,3}[A-ZÆØÅ][\w-]+)\s*(?:,|$)", phrase)
        if m:
            sp = parse_speaker(phrase[lead : m.end(1)], cue_end + lead)
    sp.medium = find_medium(phrase)
    if sp.pronoun:
        cue = f"{verb} {sp.pronoun}" if low in ("legger", "la") else verb
    return sp, cue, stop


def clause_start(toks: list[Unit], i: int) -> int:
    """Index of the first token of the clause holding token ``i``: after ":", ";" or ", og/men/mens"."""
    j = i - 1
    while j >= 0:
        t = toks[j].text
        if t in (":", ";"):
            return j + 1
        if t == "," and j + 1 < i and toks[j + 1].text.lower() in ("og", "men", "mens", "så", "samtidig"):
            return j + 2
        j -= 1
    return 0


def content_end(text: str, sent: Unit) -> int:
    """End of a sentence's reported content: without final punctuation, photo credits or "Vis mer"."""
    e = sent.end
    m = re.search(r"\s+(?:Foto|FOTO|Vis mer|Les mer)\b", text[sent.start : sent.end])
    if m:
        e = sent.start + m.start()
    while e > sent.start and text[e - 1] in ".:;!? \t":
        e -= 1
    return e


def too_long(sp: SpeakerPhrase) -> bool:
    """A common-noun "speaker" of many words is a clause mistaken for a subject."""
    return sp.name is None and sp.pronoun is None and bool(sp.noun) and len(sp.noun.split()) > 6


def is_sentence_initial(text: str, pos: int, sent: Unit) -> bool:
    before = text[sent.start : pos].strip()
    return not before or before.endswith((":", ";")) or bool(re.fullmatch(r"(?:og|men|Og|Men)", before))


def adverbial_opening(pre_words: list[Unit]) -> bool:
    """True when the words before the verb are an adverbial (V2 order: the subject follows the verb)."""
    first = pre_words[0].text.lower()
    if first in ADVERBIAL_OPENERS or first in IFOLGE or first.isdigit():
        return True
    if (
        first in ("denne", "dette", "forrige", "førre", "neste", "hele", "heile")
        and len(pre_words) > 1
        and re.sub(r"(?:en|a|et|e)$", "", pre_words[1].text.lower()) in TIME_NOUN_STEMS
    ):
        return True
    return pre_words[-1].text.lower() in ADVERBIAL_OPENERS and len(pre_words) == 1


def strip_aux(pre_words: list[Unit]) -> list[Unit]:
    out = list(pre_words)
    while out and out[-1].text.lower() in AUXILIARIES:
        out.pop()
    while out and out[0].text.lower() in ("og", "men", "mens", "så"):
        out.pop(0)
    rel = next((k for k, t in enumerate(out) if t.text.lower() == "som" and k > 0), None)
    if rel is not None:
        out = out[:rel]  # "Legane som har starta opprøret, meiner …": the subject without its relative clause
    if len(out) > 12:
        return []
    return out


def span_text(text: str, toks: list[Unit]) -> str:
    return text[toks[0].start : toks[-1].end] if toks else ""


def intro_speaker(text: str, sent: Unit) -> tuple[SpeakerPhrase | None, str]:
    """ "Støre sier:" / "Han sa følgende:" / "Det skriver NRK:" — the speaker who is about to be quoted."""
    toks = [t for t in words(text, sent.start, sent.end) if t.text != ":"]
    for i, t in enumerate(toks):
        low = t.text.lower()
        if low not in REPORTING_VERBS:
            continue
        pre = [x for x in toks[:i] if x.text not in ",()"]
        if pre and not adverbial_opening(pre) and pre[0].text.lower() not in ("det", "dette"):
            sp = parse_speaker(span_text(text, strip_aux(pre)), pre[0].start, sentence_initial=True)
            if not sp.empty:
                return sp, t.text
        post = toks[i + 1 :]
        stop = next(
            (k for k, x in enumerate(post) if x.text.lower() in ("at", "følgende", "følgjande")), len(post)
        )
        if post[:stop]:
            sp = parse_speaker(cut_circumstance(span_text(text, post[:stop])), post[0].start)
            if not sp.empty:
                return sp, t.text
    return None, ""
