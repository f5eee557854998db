"""Mentions of one article, cleaned: the step between raw NER spans and merged entities.

Why a step of its own: NER output has errors that no merging can undo: a title inside a
person's span ("president Putin"), caption labels ("SEREMONI:"), sentence-initial common
words, names cut in two, photo credits and media names it misses. ``MentionFinder``
repairs and completes the spans, keys them (genitive, hyphens) and leaves the grouping
into entities to ``entities``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from nyhetsgraf.extract.kb_ids import alias_id, country_code, country_of_derived, derived_lexicon
from nyhetsgraf.extract.name_lexicon import (
    COORD_ORG_HEADS,
    COUNCIL_WORDS,
    HEAD_TYPES,
    INSTITUTION_COMPOUND,
    INSTITUTION_COORD,
    INSTITUTION_WORD,
    MEDIA_RE,
    NAME_PARTICLES,
    NEWS_AGENCIES,
    NOT_NAMES,
    ORG_HEAD_WORDS,
    PHRASE_STOP,
    SENTENCE_WORDS,
    head_type,
    is_descriptor,
    places,
    places_re,
)
from nyhetsgraf.extract.names import fold as fold_name
from nyhetsgraf.extract.names import name_key, strip_genitive

COARSE = {
    "PER": "PER",
    "ORG": "ORG",
    "GPE": "GPE",
    "GPE_LOC": "GPE",
    "GPE_ORG": "GPE",
    "LOC": "LOC",
    "PROD": "PROD",
    "EVT": "EVT",
    "DRV": "DRV",
    "MISC": "MISC",
}
# When votes tie, the more specific reading wins.
TYPE_PRIORITY = ["PER", "GPE", "ORG", "LOC", "EVT", "PROD"]

PHOTO_CREDIT = re.compile(r"\b(?:Foto|Fotograf|Foto/ill\.|Illustrasjon|Bilde|Video|Grafikk)\s*:\s*([^\n]+)")
CREDIT_SPLIT = re.compile(r"\s*(?:/|,|\bvia\b|\bog\b|&)\s*")
CAPTION_LABEL = re.compile(r"(?m)^[ \t]*([A-ZÆØÅÄÖÜ][A-ZÆØÅÄÖÜ0-9 \-]{1,40}):")
KIN_BEFORE = re.compile(
    r"\b(?:far|mor|farfar|morfar|farmor|mormor|bestefar|bestemor|oldefar|sønn|datter|dotter|bror|søster|"
    r"onkel|tante|fetter|kusine|nevø|niese|kone|ektemann|ektefelle|barnebarn|svigerfar|svigermor|"
    r"farfaren|morfaren|faren|moren|mora|sønnen|dattera|datteren|broren|søstera|søsteren|kona|konen|"
    r"ektemannen|onkelen|tanta|tanten|barnebarnet|bestefaren|bestemora|bestemoren)\s+(?:til|åt)\s+"
    r"(?:dagens|den\s+nåværende|nåværende|den\s+unge|unge)?\s*$",
    re.IGNORECASE,
)


@dataclass
class _M:
    """A working mention: span, label votes and the key it is grouped under."""

    start: int
    end: int
    text: str
    votes: Counter = field(default_factory=Counter)
    key: str = ""
    base: str = ""  # the text without a genitive ending
    derived_code: str | None = None
    group: int = -1

    @property
    def label(self) -> str:
        return _vote(self.votes)


# "Fagforeningen", "Lokallaget", "Hovedorganisasjonen": a definite compound of a generic prefix
# refers back to a body named before; it is not a name of its own.
GENERIC_BODY_PREFIX = r"(?:Fag|Lokal|Hoved|Moder|Mor|Datter|Dotter|Søster|Bransje|Interesse|Paraply)[a-zæøå]"


def _vote(votes: Counter) -> str:
    if not votes:
        return "ORG"
    best = max(votes.values())
    return (
        next(t for t in TYPE_PRIORITY if votes.get(t, 0) == best)
        if any(votes.get(t, 0) == best for t in TYPE_PRIORITY)
        else "ORG"
    )


def sentence_starts_of(text: str) -> list[int]:
    """Sentence starts from the text: line starts, after . ! ?, after a dialogue dash or a bullet.

    Used instead of the parser's sentences, which also break inside appositions.
    """
    starts = {0}
    for m in re.finditer(r"\n\s*|[.!?]\s+(?=[«\"A-ZÆØÅ0-9–—-])|^\s*[–—-]\s+|\n[–—-]\s+", text, re.MULTILINE):
        starts.add(m.end())
    for m in re.finditer(r"(?m)^[ \t]*[–—•·▪*-]\s+", text):
        starts.add(m.end())
    return sorted(starts)


def _is_sentence_initial(start: int, sent_starts: set[int], text: str) -> bool:
    if start in sent_starts:
        return True
    before = text[max(0, start - 4) : start]
    return bool(re.search(r"(?:^|\n|[.!?:]\s|[–—]\s)\s*$", before)) or start == 0


def _clean(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces, quote marks and end punctuation that NER spans sometimes include."""
    while start < end and text[start] in " \t\n«»\"'(–—-©@":
        start += 1
    while end > start and text[end - 1] in " \t\n«»\"'),.:;!?–—":
        end -= 1
    return start, end


def _credit_mentions(text: str) -> list[tuple[str, str, int, int]]:
    """Persons and organisations credited after "Foto:": NER often misses them in caption tails."""
    out = []
    for m in PHOTO_CREDIT.finditer(text):
        seg_start = m.start(1)
        segment = m.group(1)
        pos = 0
        for part in CREDIT_SPLIT.split(segment):
            idx = segment.find(part, pos)
            if idx < 0 or not part.strip():
                continue
            pos = idx + len(part)
            s, e = _clean(text, seg_start + idx, seg_start + idx + len(part))
            if s >= e:
                continue
            p = text[s:e]
            ws = p.split()
            if (
                p.lower() in NEWS_AGENCIES
                or (len(ws) == 1 and p.isupper() and len(p) >= 2)
                or re.fullmatch(r"[A-ZÆØÅ][\w]*\s?\d", p)
            ):
                out.append((p, "ORG", s, e))
            elif 2 <= len(ws) <= 4 and all(w[:1].isupper() for w in ws) and not any(w.isupper() for w in ws):
                out.append((p, "PER", s, e))
    return out


def _starts_with_given_name(name: str) -> bool:
    from nyhetsgraf.extract.gender import given_names

    return bool(name.split()) and fold_name(name.split()[0].split("-")[0]) in given_names()


def _given_name(name: str) -> bool:
    """Whether the last word of a name is itself a given name ("Ola Jonas"): then its -s is no genitive."""
    from nyhetsgraf.extract.gender import given_names
    from nyhetsgraf.extract.names import fold

    return fold(name.split()[-1]) in given_names()


def _is_role_word(word: str) -> bool:
    from nyhetsgraf.extract.roles import role_kind

    return role_kind(word) is not None or (word.endswith("s") and role_kind(word[:-1]) is not None)


_MUNICIPAL_ROLES = ("ordfør", "varaordfør", "rådmann", "kommunedirektør")


def _strip_descriptor(text: str, s: int, e: int, label: str, sent_starts: set[int]) -> int:
    """The start of a name after a descriptor noun NER took into it.

    "Miljøorganisasjonen WWF", "Ferjeselskapet Norled": a definite common noun naming the
    kind of body is an apposition, not part of the name that follows it. Only a word that
    opens a sentence (or is written in lower case) counts: inside a sentence a capitalised
    "Pensjonistforbundet Oslo" is itself a name.
    """
    m = re.match(r"([A-ZÆØÅa-zæøå][\w\-]*) (?=[A-ZÆØÅ0-9])", text[s:e])
    if not m or label == "PER":
        return s
    word = m.group(1)
    if not is_descriptor(word):
        return s
    if word[:1].isupper() and not _is_sentence_initial(s, sent_starts, text):
        return s
    return s + m.end()


def _caption_labels(text: str) -> list[tuple[int, int]]:
    return [(m.start(1), m.end(1)) for m in CAPTION_LABEL.finditer(text)]


# A capitalised definite common noun ("Universitetet", "Høgskolen", "Politiet"): NDT tags it PROPN
# inside a name, so only its ending tells it from a name of its own ("Equinor", "Røde Kors").
_DEFINITE_NOUN = re.compile(r"[A-ZÆØÅ][a-zæøå\-]{3,}(?:en|et|ene|ane)")


_DEFINED_ACRONYM = re.compile(r" \(([A-ZÆØÅ]{2,6})\)")


def _expansion_span(text: str, paren: int, acronym: str) -> tuple[int, int] | None:
    """The words right before "(ACR)" that spell the acronym: "Nasjonal sikkerhetsmyndighet (NSM)".

    The shortest run of up to five words that starts with a capitalised word with the acronym's
    first letter and contains its letters in order (Norwegian compounds give several letters to
    one word: sikkerhets-myndighet → S, M). Lower-case words only ("tre (3)") never qualify.
    """
    words = list(re.finditer(r"[\w\-]+", text[max(0, paren - 80) : paren]))
    base = max(0, paren - 80)
    for k in range(len(words) - 1, max(-1, len(words) - 6), -1):
        first = words[k].group(0)
        if not first[:1].isupper() or first[0] != acronym[0]:
            continue
        if text[base + words[k].end() : paren].count(".") or "\n" in text[base + words[k].start() : paren]:
            return None
        phrase = text[base + words[k].start() : paren].lower()
        it = iter(phrase)
        if all(ch in it for ch in acronym.lower()) and phrase != acronym.lower():
            return base + words[k].start(), paren
        return None
    return None


class MentionFinder:
    """Cleans, completes and keys the raw (text, label, start, end) mentions of one article."""

    def __init__(
        self,
        text: str,
        mentions,
        sent_starts: list[int] | None,
        pos: dict[int, str] | None,
        genitive_ends: set[int] | None = None,
        propn: list[tuple[int, int, bool]] | None = None,
    ):
        self.text = text
        self.propn = propn or []
        self.gen = dict.fromkeys(genitive_ends or (), True)
        self.sent_starts = sorted(set(sent_starts if sent_starts is not None else sentence_starts_of(text)))
        self._sent_set = set(self.sent_starts)
        self.pos = pos or {}
        self.raw = list(mentions)
        from nyhetsgraf.extract.gender import given_names

        self._given = given_names()

    # -- step 1: clean mentions -------------------------------------------------------------
    def _split_at_place(self, t: str, label: str, s: int, e: int) -> list[tuple[str, str, int, int]]:
        """Split an organisation span "Equinor i Bergen" into the company and the place.

        NorNE names such as "Universitetet i Bergen" keep the place, so NER learns to run an
        ORG over "i <place>"; when the words before "i" are all proper nouns (a name of its
        own, not "Universitetet", "Politiet") and what follows is a known place, the span is
        a name plus where it is: two mentions.
        """
        if COARSE.get(label, label) != "ORG" or not self.pos:
            return [(t, label, s, e)]
        m = re.fullmatch(r"(.+?) (?:i|på) ([A-ZÆØÅ][\w\-]+)", self.text[s:e])
        if not m or not (m.group(2) in places() or country_code(m.group(2))):
            return [(t, label, s, e)]
        words = list(re.finditer(r"\S+", m.group(1)))
        if not all(self.pos.get(s + w.start()) == "PROPN" for w in words) or any(
            _DEFINITE_NOUN.fullmatch(w.group(0)) for w in words
        ):
            return [(t, label, s, e)]  # "Universitetet i Bergen", "Senterpartiet i Oslo": one name
        return [(m.group(1), label, s, s + m.end(1)), (m.group(2), "GPE_LOC", s + m.start(2), e)]

    def clean(self) -> list[_M]:
        text = self.text
        labels = _caption_labels(text)
        by_span: dict[tuple[int, int], _M] = {}
        raw = [part for m in self.raw for part in self._split_at_place(*m)] + _credit_mentions(text)
        credit_spans = {(s, e) for _t, _l, s, e in _credit_mentions(text)}
        for _t, label, s0, e0 in raw:
            label = COARSE.get(label, label)
            parts = [(s0, e0)]
            route = re.fullmatch(r"([A-ZÆØÅ][\w]+)\s?[–—]\s?([A-ZÆØÅ][\w]+)", text[s0:e0])
            if route:  # "Hardbakke–Krakhella": a ferry or bus route names two places
                parts = [(s0 + route.start(1), s0 + route.end(1)), (s0 + route.start(2), s0 + route.end(2))]
                label = "GPE" if label in ("ORG", "PER", "MISC", "LOC", "PROD") else label
            elif "/" in text[s0:e0]:  # "Terje Pedersen/NTB": two credits in one span
                parts = []
                off = s0
                for piece in text[s0:e0].split("/"):
                    parts.append((off, off + len(piece)))
                    off += len(piece) + 1
            for s, e in parts:
                s, e = _clean(text, s, e)
                if e - s < 2:
                    continue
                e = self._cut_at_verb(s, e)  # "Mo i Rana mister jobben": a name never runs over a verb
                council = re.match(r"(\w+) (?:i|på) (?=[A-ZÆØÅ])", text[s:e])
                if council and council.group(1).lower() in COUNCIL_WORDS:
                    s += council.end()  # "Kommunestyret i Sunnfjord": the place is the name
                    label = "GPE" if label in ("ORG", "PER", "MISC") else label
                role_in = re.match(r"([A-ZÆØÅa-zæøå][\w\-]*) (?:i|på) (?=[A-ZÆØÅ])", text[s:e])
                if role_in and _is_role_word(role_in.group(1)):
                    s += role_in.end()  # "Ordfører i Vang": the title is no name, the place is
                    if role_in.group(1).lower().startswith(_MUNICIPAL_ROLES):
                        label = "GPE"
                s = _strip_descriptor(text, s, e, label, self._sent_set)
                if label in ("PER", "GPE", "LOC"):  # "president Putin": a title is not part of the name
                    while True:
                        m = re.match(r"([a-zæøå][\w\-]*)\s+(?=[A-ZÆØÅ])", text[s:e]) or re.match(
                            r"([A-ZÆØÅ][\w\-]*)\s+(?=[A-ZÆØÅ])", text[s:e]
                        )
                        if not m or (m.group(1)[:1].isupper() and not _is_role_word(m.group(1))):
                            break
                        s += m.end()
                if label == "PER":  # "Eiendom Norge-sjef Henning Lauridsen": cut after the last title
                    ws = list(re.finditer(r"\S+", text[s:e]))
                    for k in range(len(ws) - 2, -1, -1):
                        if _is_role_word(ws[k].group(0)):
                            s += ws[k + 1].start()
                            break
                    ws = text[s:e].split()
                    if (
                        len(ws) >= 3
                        and not any(fold_name(p) in self._given for p in ws[0].split("-"))
                        and fold_name(ws[1].split("-")[0]) in self._given
                    ):
                        s += len(ws[0]) + 1  # "Rettspsykiater Kari Berg", "Rødts Ola Nordmann": no name word
                while True:  # "Konstantin Chernenko Foto": a caption's credit marker ends no name
                    tail = re.search(r"\s+(\S+)$", text[s:e])
                    if not tail or tail.group(1).capitalize() not in NOT_NAMES:
                        break
                    e -= len(tail.group(0))
                date_tail = re.search(r"\s+(?:den|fra|frå|til)\s+\d{1,2}\.?$", text[s:e])
                if date_tail:
                    e -= len(date_tail.group(0))  # "Eliteserien den 16.": a date after the name
                while True:  # "Moelv i": a name never ends in a preposition or conjunction
                    tail = re.search(r"\s+([a-zæøå]+)$", text[s:e])
                    if not tail or (tail.group(1) not in PHRASE_STOP and tail.group(1) not in NAME_PARTICLES):
                        break
                    e -= len(tail.group(0))
                head = re.match(r" ([a-zæøå]+)(?![\w\-])", text[e : e + 40])
                if (
                    head
                    and " " in text[s:e]
                    and text[s:e].endswith("s")
                    and head.group(1).endswith(ORG_HEAD_WORDS)
                ):
                    e += head.end()  # "WWF Verdens naturfond": a genitive before a body's head noun
                tail = re.search(r"-[a-zæøå]{5,}$", text[s:e])
                if tail and " " in text[s:e]:
                    e -= len(tail.group(0))  # "Formel 1-sirkuset" names "Formel 1"
                span_text = text[s:e]
                if INSTITUTION_COMPOUND.fullmatch(span_text):
                    by_span.setdefault((s, e), _M(s, e, span_text)).votes["ORG"] += 1
                    continue  # "EU-kommisjonen" is a body of its own, whatever NER called it
                if label == "DRV" or (span_text[:1].islower() and country_of_derived(span_text)):
                    code = country_of_derived(span_text)
                    part = re.match(r"([A-ZÆØÅ][\w]*)-[a-zæøå]", span_text)
                    if code is None and part:  # "Oslo-mannen": a derived mention of Oslo
                        code = "name:" + name_key(part.group(1))
                    if code:
                        mm = by_span.setdefault((s, e), _M(s, e, span_text))
                        mm.derived_code = code
                    continue
                if not any(c.isupper() for c in span_text) or span_text.startswith("@"):
                    continue
                if any(ls <= s < le for ls, le in labels):  # "SEREMONI:" opens a caption, it is no name
                    continue
                if re.fullmatch(r"[A-ZÆØÅ]{2,5}-(?:ar|er|en|et|a|ane|ene|ne)", span_text):
                    continue  # "SMS-ar", "PC-en": an acronym inflected as a common noun
                if re.fullmatch(r"[A-ZÆØÅ][\w]*-[a-zæøå]{4,}", span_text):  # "Ukraina-krigen": a common noun
                    continue
                if " " not in span_text and span_text.capitalize() in NOT_NAMES:
                    continue
                if span_text.endswith("-") or (
                    span_text[:1].islower() and not re.match(r"[ie][A-ZÆØÅ]", span_text)
                ):
                    continue  # "Integrerings-" (a split compound), "kWh"
                if label == "PER" and (
                    any(len(w) >= 2 and w.isupper() for w in span_text.split())
                    or (" " in span_text and country_code(span_text.split()[-1]))
                ):
                    label = "ORG"  # "NTB Innenriks", "Eiendom Norge": an acronym or a country ends no person
                elif (
                    label != "PER"
                    and " " in span_text
                    and fold_name(span_text.split()[0]) in self._given
                    and all(w[:1].isupper() for w in span_text.split())
                ):
                    by_span.setdefault((s, e), _M(s, e, span_text)).votes["PER"] += 1  # "Christian V. Dreyer"
                nxt = re.match(r" (\w+)", text[e : e + 40])
                if (
                    " " not in span_text
                    and _is_role_word(span_text)
                    and not country_code(span_text)
                    and not (nxt and head_type(span_text + " " + nxt.group(1)))
                ):
                    continue  # "Statsministeren" is a title, not a name ("Statsministerens kontor" is)
                if self._common_sentence_word(s, e) and (s, e) not in credit_spans:
                    continue
                mm = by_span.setdefault((s, e), _M(s, e, span_text))
                mm.votes[label] += 2 if (s, e) in credit_spans and label in ("PER", "ORG") else 1
        # news media and agencies, named in almost every article ("til TV 2") and often missed by NER
        for m in MEDIA_RE.finditer(text):
            region = re.match(r" ([A-ZÆØÅ][\w\-]+)", text[m.end() : m.end() + 40])
            if m.group(0) == "NRK" and region and region.group(1) in places():
                # "NRK Innlandet": a district office is one organisation, not NRK and a county
                span = (m.start(), m.end() + region.end())
                inside = [k for k in by_span if k[0] < span[1] and span[0] < k[1]]
                if all(span[0] <= a and b <= span[1] for a, b in inside):
                    for k in inside:
                        by_span.pop(k)
                    by_span[span] = _M(span[0], span[1], text[span[0] : span[1]])
                    by_span[span].votes["ORG"] += 2
                    continue
            if (m.start(), m.end()) in by_span:
                by_span[(m.start(), m.end())].votes["ORG"] += 2  # the media list outweighs a NER slip
            elif not any(s < m.end() and m.start() < e for s, e in by_span):
                mm = by_span.setdefault((m.start(), m.end()), _M(m.start(), m.end(), m.group(0)))
                mm.votes["ORG"] += 1
        # "Pasient- og brukerombudet i Vestland": a split-compound public body, whole; and
        # "Salten og Lofoten tingrett": two names joined by "og" before a body's head noun
        coord_org = re.compile(
            r"(?<![\w\-])[A-ZÆØÅ][\w\-]+ og [A-ZÆØÅ][\w\-]+ (?:" + "|".join(COORD_ORG_HEADS) + r")(?![\w\-])"
        )
        for m in [*INSTITUTION_COORD.finditer(text), *coord_org.finditer(text)]:
            inside = [k for k in by_span if k[0] < m.end() and m.start() < k[1]]
            if all(m.start() <= a and b <= m.end() for a, b in inside):
                for k in inside:
                    by_span.pop(k)
                by_span[(m.start(), m.end())] = _M(m.start(), m.end(), m.group(0))
                by_span[(m.start(), m.end())].votes["ORG"] += 2
        # "Nasjonal sikkerhetsmyndighet (NSM)": the name an acronym is defined by, often missed by NER
        for m in _DEFINED_ACRONYM.finditer(text):
            span = _expansion_span(text, m.start(), m.group(1))
            if span is not None and not any(a < span[1] and span[0] < b for a, b in by_span):
                by_span[span] = _M(span[0], span[1], text[span[0] : span[1]])
                by_span[span].votes["ORG"] += 1
        # "Pensjonistforbundet i Trøndelag", "… sier Arbeidstilsynet": public bodies NER missed
        for m in INSTITUTION_WORD.finditer(text):
            if (
                not m.group("branch")
                and _is_sentence_initial(m.start(), self._sent_set, text)
                and (
                    re.search(rf"(?<![\w\-]){re.escape(m.group(0).lower())}(?![\w\-])", text)
                    or re.match(GENERIC_BODY_PREFIX, m.group(0))
                )
            ):
                continue  # "Lokalforeningen …" opening a sentence, and in lower case elsewhere: a common noun
            if (
                not m.group("branch")
                and is_descriptor(m.group(0))
                and re.match(r" [A-ZÆØÅ]", text[m.end() : m.end() + 2])
            ):
                continue  # "Miljøorganisasjonen WWF": the kind of body before its name
            span = (m.start(), m.end())
            inside = [k for k in by_span if k[0] < span[1] and span[0] < k[1]]
            if span in by_span or not all(span[0] <= a and b <= span[1] for a, b in inside):
                continue  # NER found it, or has its own reading of these words
            for k in inside:
                by_span.pop(k)
            by_span[(m.start(), m.end())] = _M(m.start(), m.end(), m.group(0))
            by_span[(m.start(), m.end())].votes["ORG"] += 1
        # "FN-resolusjon", "Nato-toppmøtet": a known name opening a compound is a mention of it
        for m in re.finditer(r"(?<![\w\-])([A-ZÆØÅ][\w]*)-[a-zæøå]{3,}", text):
            first = m.group(1)
            if INSTITUTION_COMPOUND.fullmatch(m.group(0)):
                if not any(a < m.end() and m.start() < b for a, b in by_span):
                    by_span[(m.start(), m.end())] = _M(m.start(), m.end(), m.group(0))
                    by_span[(m.start(), m.end())].votes["ORG"] += 1
                continue
            etype = next((t for t in ("ORG", "GPE") if alias_id(first, t)), None)
            if head_type(m.group(0)) == "EVT" and len(first) >= 3 and not country_code(first):
                etype = "EVT"  # "Kystlyd-festivalen": the festival named "Kystlyd"
                span = (m.start(1), m.end(1))
                if not any(
                    a < span[1] and span[0] < b and (a, b) != (m.start(), m.end()) for a, b in by_span
                ):
                    by_span.pop((m.start(), m.end()), None)
                    by_span.setdefault(span, _M(span[0], span[1], first)).votes[etype] += (
                        2  # a head noun is strong
                    )
                continue
            if etype is None and (country_code(first) or first in places()):
                etype = "GPE"
            span = (m.start(1), m.end(1))
            if etype and not any(
                a < span[1] and span[0] < b and (a, b) != (m.start(), m.end()) for a, b in by_span
            ):
                by_span.pop((m.start(), m.end()), None)
                by_span.setdefault(span, _M(span[0], span[1], first)).votes[etype] += 1
        # "F-35", "MiG-29": type designations of aircraft and weapons are products
        for m in re.finditer(
            r"(?<![\w\-])(?:[A-Z]{1,2}|MiG|Su|Tu|Mi|Il)-\d{2,3}[A-Z]?(?=-[a-zæøå]|(?![\w\-]))", text
        ):
            if not any(a < m.end() and m.start() < b for a, b in by_span):
                by_span[(m.start(), m.end())] = _M(m.start(), m.end(), m.group(0))
                by_span[(m.start(), m.end())].votes["PROD"] += 1
        # places from the shipped list: "Møre og Romsdal" whole, and place names NER missed
        for m in places_re().finditer(text):
            name = m.group(0)
            if (m.start(), m.end()) in by_span:
                continue  # NER found it; the type check in _entity_type corrects it where needed
            covered = [k for k in by_span if k[0] < m.end() and m.start() < k[1]]
            if covered and not (" " in name and all(m.start() <= a and b <= m.end() for a, b in covered)):
                continue
            if not covered and (
                len(name) < 5
                or fold_name(name) in self._given
                or (
                    _is_sentence_initial(m.start(), self._sent_set, text)
                    and re.search(rf"(?<![\w\-]){re.escape(name.lower())}(?![\w\-])", text)
                )
            ):
                continue
            by_span.setdefault((m.start(), m.end()), _M(m.start(), m.end(), name)).votes["GPE"] += 1
        # "Kim Jong-un" opening a sentence: NER misses names there; a known given name and
        # capitalised words after it make a person all the same
        for m in re.finditer(
            r"(?<![\w\-])([A-ZÆØÅ][a-zæøåäöüé]+)((?:[ \-][A-ZÆØÅ][a-zæøåäöüé\-]+){1,3})(?![\w\-])", text
        ):
            if (
                fold_name(m.group(1)) not in self._given
                or any(s < m.end() and m.start() < e for s, e in by_span)
                or _is_role_word(m.group(1))
            ):
                continue
            parts = m.group(2).split()
            if any(w.lower() in SENTENCE_WORDS or country_code(w) for w in parts):
                continue
            mm = by_span.setdefault((m.start(), m.end()), _M(m.start(), m.end(), m.group(0)))
            mm.votes["PER"] += 1
        # derived words NER did not tag: "nordkoreanske" is a mention of Nord-Korea all the same
        lex = derived_lexicon()
        for m in re.finditer(r"\b[a-zæøåA-ZÆØÅ]+\b", text):
            w = m.group(0)
            if (
                w.lower() in lex
                and (w[:1].islower() or m.start() in self._sent_set)
                and (m.start(), m.end()) not in by_span
            ):
                mm = _M(m.start(), m.end(), w)
                mm.derived_code = lex[w.lower()]
                by_span[(m.start(), m.end())] = mm
        self._absorb_numbers(by_span)
        ms = [m for m in by_span.values() if m.votes or m.derived_code]
        ms = self._drop_overlaps(ms)

        self._extend_persons(ms)
        self._extend_right(ms)
        taken_spans = {(m.start, m.end) for m in ms}
        # proper nouns the parser saw but NER left out: inside a sentence, or a genitive opening one
        for s, e, genitive in self.propn:
            word = text[s:e]
            if any(s2 < e and s < e2 for s2, e2 in taken_spans) or any(ls <= s < le for ls, le in labels):
                continue
            if (
                word.lower() in SENTENCE_WORDS
                or word in NOT_NAMES
                or _is_role_word(word)
                or (word.isupper() and len(word) > 4)
            ):
                continue
            if _is_sentence_initial(s, self._sent_set, text) and not (genitive and self._followed_by_noun(e)):
                continue
            mm = _M(s, e, word)
            mm.votes["MISC"] += 0.5
            ms.append(mm)
            taken_spans.add((s, e))
        # "Nasjonal" + "sikkerhetsmyndighet": a proper noun NER left out may open a body's name too
        self._extend_right(ms)

        return self._join_adjacent(sorted(ms, key=lambda m: m.start))

    def _absorb_numbers(self, by_span: dict[tuple[int, int], _M]) -> None:
        """A small number inside a capitalised name belongs to it ("SpareBank 1 Nord-Norge", "Formel 1").

        NER stops at the digit and often reads the words after it as a name of their own;
        a number followed by a capitalised word or a compound hyphen ("Formel 1-sirkuset")
        continues the name, while a date, a score or a count ("mai 5.", "2–1", "3 mål") does not.
        """
        text = self.text
        # "lån i SpareBank 1 Nord-Norge": a name word inside a sentence, a number and a name
        # after it, when NER saw only the last part (or nothing)
        for m in re.finditer(r"(?<![\w\-])([A-ZÆØÅ][\w]*[a-zæøå]) \d{1,2} [A-ZÆØÅ][\w\-]*[a-zæøå]", text):
            first = m.group(1)
            if (
                (
                    _is_sentence_initial(m.start(), self._sent_set, text)
                    and self._common_sentence_word(*m.span(1))
                )
                or first.lower() in SENTENCE_WORDS
                or first.capitalize() in NOT_NAMES
                or _is_role_word(first)
                or any(a < m.end(1) and m.start() < b for a, b in by_span)
            ):
                continue
            inside = [k for k in by_span if k[0] < m.end() and m.start() < k[1]]
            if not all(m.start() <= a and b <= m.end() for a, b in inside):
                continue
            for k in inside:
                by_span.pop(k)
            mm = _M(m.start(), m.end(), m.group(0))
            mm.votes[head_type(m.group(0)) or "ORG"] += 1
            by_span[(m.start(), m.end())] = mm
        for (s, e), m in sorted(by_span.items()):
            if m.derived_code or (s, e) not in by_span or not m.text[-1:].isalpha():
                continue
            if not m.text.split()[-1][:1].isupper() or m.text.split()[-1].lower() in SENTENCE_WORDS:
                continue
            num = re.match(
                r" (\d{1,2})(?=( [A-ZÆØÅ][\w\-]*)|-[a-zæøå]|[.,]?(?:\s|$)(?!\d))", text[e : e + 60]
            )
            if not num:
                continue
            end = e + num.end(1)
            nxt = (num.group(2) or " ")[1:]
            if nxt and nxt.lower() not in SENTENCE_WORDS and not _is_role_word(nxt):
                end += len(num.group(2))
            elif num.group(2) is None:
                word = re.match(r"([.,]?)\s+([a-zæøå])", text[end : end + 4])
                if word and (
                    word.group(1) or self.pos.get(end + word.start(2)) not in ("VERB", "AUX", "ADP")
                ):
                    continue  # "Oslo 3 grader", "Molde 2. mai": a count or a date after a name
            inside = [k for k in by_span if k[0] < end and s < k[1] and k != (s, e)]
            if not all(s <= a and b <= end for a, b in inside):
                continue
            merged = _M(s, end, text[s:end])
            merged.votes.update(m.votes)
            for k in inside:
                by_span.pop(k)
            by_span.pop((s, e))
            by_span[(s, end)] = merged

    def _cut_at_verb(self, s: int, e: int) -> int:
        """The end of a span cut before its first lower-case finite verb or auxiliary.

        NER sometimes runs a name into the clause after it; a lower-case verb is never part
        of a name, so the span ends before it (and before the space leading to it).
        """
        if not self.pos:
            return e
        for w in re.finditer(r"(?<=\s)[a-zæøå]\w*", self.text[s:e]):
            if self.pos.get(s + w.start()) in ("VERB", "AUX"):
                return _clean(self.text, s, s + w.start())[1]
        return e

    def _common_sentence_word(self, s: int, e: int) -> bool:
        """A single capitalised word opening a sentence that the text also uses in lower case."""
        span = self.text[s:e]
        if " " in span or not _is_sentence_initial(s, self._sent_set, self.text):
            return False
        low = span.lower()
        if low in SENTENCE_WORDS:
            return True
        if self.pos.get(s) in ("PRON", "DET", "ADP", "SCONJ", "CCONJ", "ADV", "VERB", "AUX"):
            return True
        if span.isupper() and len(span) > 4 and low in self.text:
            return True
        return bool(re.search(rf"(?<![\w\-]){re.escape(low)}(?![\w\-])", self.text))

    @staticmethod
    def _drop_overlaps(ms: list[_M]) -> list[_M]:
        ms = sorted(ms, key=lambda m: (m.start, -(m.end - m.start)))
        out: list[_M] = []
        for m in ms:
            if out and m.start < out[-1].end:
                prev = out[-1]
                if m.derived_code and not prev.derived_code:
                    continue
                if prev.derived_code and not m.derived_code:
                    out[-1] = m
                    continue
                prev.votes.update(m.votes)
                continue
            out.append(m)
        return out

    def _join_adjacent(self, ms: list[_M]) -> list[_M]:
        """Join two names NER split with only a space between them.

        "Johannes Andres" + "Nunez Godoy" is one person and "Bergen lufthavn" + "Flesland" one
        airport: Norwegian puts a comma, a preposition or "og" between two different names.
        A known place, country or organisation on either side keeps them apart.
        """
        out: list[_M] = []
        for m in ms:
            prev = out[-1] if out else None
            gap = self.text[prev.end : m.start] if prev is not None else ""
            if (
                prev is not None
                and not prev.derived_code
                and not m.derived_code
                and re.fullmatch(r" (?:[a-z]+ ){1,2}", gap)
                and all(w in NAME_PARTICLES for w in gap.split())
                and m.text[:1].isupper()
                and (
                    fold_name(prev.text.split()[0]) in self._given
                    or gap.split()[0] in ("van", "von", "bin", "ibn")
                )
                and not any(country_code(x.text) or x.text in places() for x in (prev, m))
            ):  # "Pieter" + "van" + "Dam": a particle between name parts belongs to the name
                prev.end = m.end
                prev.text = self.text[prev.start : prev.end]
                prev.votes.update(m.votes)
                prev.votes["PER"] += sum(prev.votes.values())
                continue
            if (
                prev is not None
                and not prev.derived_code
                and not m.derived_code
                and self.text[prev.end : m.start] == " "
                and ("PER" in (prev.label, m.label) or head_type(prev.text))
                and not (" " not in prev.text and is_descriptor(prev.text))
                # "ordfører i Lesja Kari Dahl": a place, then a person's full name
                and not (
                    prev.label == "GPE"
                    and " " in m.text
                    and fold_name(m.text.split()[0].split("-")[0]) in self._given
                )
                and not any(
                    country_code(x.text)
                    or x.text in places()
                    or alias_id(x.text, "ORG")
                    or MEDIA_RE.fullmatch(x.text)
                    for x in (prev, m)
                )
                and not (prev.label == "PER" and m.label == "PER" and " " in prev.text and " " in m.text)
            ):
                prev.end = m.end
                prev.text = self.text[prev.start : prev.end]
                prev.votes.update(m.votes)
                continue
            out.append(m)
        return out

    def _extend_persons(self, ms: list[_M]) -> None:
        """Grow a person span over adjacent capitalised name words NER left out ("Xi" + "Jinping")."""
        taken = [(m.start, m.end) for m in ms]
        for m in ms:
            if m.label != "PER" or m.derived_code:
                continue
            while True:
                before = re.search(r"([A-ZÆØÅ][\w\-]*)\s+$", self.text[max(0, m.start - 40) : m.start])
                if not before:
                    break
                s = m.start - len(before.group(0))
                word = before.group(1)
                first = m.text.split()[0].split("-")[0]
                if (
                    _is_role_word(word)
                    or is_descriptor(word)  # "Miljøorganisasjonen" + "Zero"
                    # "Sopranen" + "Anne Li Berg": a name that opens with a given name starts there,
                    # unless the word before is a given name too ("Jan" + "Erik Moen")
                    or (fold_name(first) in self._given and fold_name(word.split("-")[0]) not in self._given)
                    or (_is_sentence_initial(s, self._sent_set, self.text) and word.lower() in SENTENCE_WORDS)
                    # "Selskapet" + "Boreal Sjø": a common noun opening the sentence is no name part
                    or (_is_sentence_initial(s, self._sent_set, self.text) and self.pos.get(s) == "NOUN")
                    or any(ts <= s < te for ts, te in taken)
                    or word.isupper()
                    or word.lower() in SENTENCE_WORDS
                ):
                    break
                if _is_sentence_initial(s, self._sent_set, self.text) and re.search(
                    rf"(?<![\w\-]){re.escape(word.lower())}(?![\w\-])", self.text
                ):
                    break
                m.start = s
                m.text = self.text[m.start : m.end]
            part = re.search(r"(?:^|(?<=\s))((?:[a-z]+ ){1,2})$", self.text[max(0, m.start - 12) : m.start])
            if (
                part
                and all(w in NAME_PARTICLES for w in part.group(1).split())
                and (not _is_sentence_initial(m.start - len(part.group(1)), self._sent_set, self.text))
            ):
                s = m.start - len(part.group(1))
                given = re.search(r"([A-ZÆØÅ][\w\-]*) $", self.text[max(0, s - 30) : s])
                if given and fold_name(given.group(1)) in self._given:
                    s -= len(given.group(0))  # "Charles de Gaulle"
                if given or part.group(1).split()[0] in ("van", "von", "de", "af"):
                    m.start = s  # "de Gaulle", "von der Leyen"
                    m.text = self.text[m.start : m.end]
                    for other in ms:  # "Ursula von" (a cut NER span) is part of the name now
                        if other is not m and s <= other.start and other.end <= m.end:
                            m.votes.update(other.votes)
                            other.votes.clear()
            while True:  # and to the right: "Johannes Andres" + "Nunez Godoy"
                after = re.match(
                    r" ((?:(?:" + "|".join(sorted(NAME_PARTICLES)) + r") ){0,2}[A-ZÆØÅ][\w\-]*)(?![\w\-])",
                    self.text[m.end : m.end + 40],
                )
                if not after:
                    break
                word = after.group(1).split()[-1]
                s, e = m.end + 1, m.end + after.end()
                if (
                    _is_role_word(word)
                    or word.isupper()
                    or word.lower() in SENTENCE_WORDS
                    or word.capitalize() in NOT_NAMES
                    or country_code(word)
                    or word in places()
                    or any(ts <= s < te for ts, te in taken)
                ):
                    break
                m.end = e
                m.text = self.text[m.start : m.end]

    def _extend_right(self, ms: list[_M]) -> None:
        """Grow a name that stops before its head noun ("Norges" Bank, "Ullensvang" kommune).

        The NER often tags only the first word of "Meteorologisk institutt" or
        "Statistisk sentralbyrå"; the head noun that follows belongs to the name, and so
        does a name right after such a head ("Bergen lufthavn Flesland").
        """
        by_start = {m.start: m for m in ms}
        for m in ms:
            if m.derived_code or " " in m.text or m.label == "PER" or not m.votes:
                continue
            nxt = re.match(r" ([A-ZÆØÅa-zæøå][\w\-]*)", self.text[m.end : m.end + 40])
            if not nxt or (m.end + 1) in by_start:
                continue
            word = nxt.group(1)
            adjective_like = re.search(r"(?:isk|sk|al|ig|lig|ens|es|ers|s)$", m.text)
            head_noun = (
                word[:1].islower()
                and len(word) > 3
                and any(word.lower().endswith(suf) for suf, t in HEAD_TYPES if t != "EVT")
            )
            org_word = word[:1].isupper() and any(
                word.lower().endswith(suf) for suf, t in HEAD_TYPES if t == "ORG" and len(suf) >= 6
            )
            if not (
                head_noun
                or org_word  # "Kristiansund" + "Operakor": a body named after its town
                or (
                    adjective_like
                    and (
                        head_type(m.text + " " + word)
                        or (word[:1].isupper() and m.text.endswith("s"))
                        or (
                            word[:1].islower()
                            and self.pos.get(m.end + 1) == "NOUN"
                            and not m.text.endswith("s")
                        )
                    )
                )
            ):
                continue
            m.end += nxt.end()
            m.text = self.text[m.start : m.end]
            follow = by_start.get(m.end + 1)
            if head_noun and follow is not None and follow.votes and " " not in follow.text:
                m.end = follow.end  # "Bergen lufthavn" + "Flesland"
                m.text = self.text[m.start : m.end]
                follow.votes.clear()
            ht = head_type(m.text)
            if ht:
                m.votes[ht] += 2
        ms[:] = [m for m in ms if m.votes or m.derived_code]

    # -- step 2: keys, genitives ---------------------------------------------------------------
    def keys(self, ms: list[_M]) -> None:
        plain_keys = {name_key(m.text) for m in ms if not m.derived_code}
        # forms used where no genitive can stand ("Havsus-festivalen", "… i Paris."): names as they are
        plain_uses = {
            name_key(m.text)
            for m in ms
            if not m.derived_code
            and (not self._followed_by_noun(m.end) or self.text[m.end : m.end + 1] == "-")
        }
        per_words = {
            w for m in ms if not m.derived_code and m.label == "PER" for w in name_key(m.text).split()
        }
        for m in ms:
            if m.derived_code:
                continue
            base = strip_genitive(m.text)
            is_gen = False
            if (
                base != m.text
                and not self._known_as_is(m.text, base, plain_keys)
                and not (
                    # "Havsus-festivalen" … "Havsus"; "Trond Aas" … "sier Aas.": the name as it is
                    (name_key(m.text) in plain_uses or name_key(m.text).split()[-1] in plain_uses)
                    and name_key(base) not in plain_keys
                )
            ):
                bk = name_key(base)
                last = bk.split()[-1] if bk else ""
                if (
                    bk in plain_keys
                    or country_code(base)
                    or alias_id(base, "ORG")
                    or alias_id(base, "GPE")
                    or (last in per_words and last != name_key(m.text).split()[-1])
                    or self.gen.get(m.end)
                    or (
                        m.label != "PER"
                        and " " not in m.text
                        and len(base) >= 4
                        and self._followed_by_noun(m.end)
                        and not country_code(m.text)
                        and not alias_id(m.text, m.label)
                    )
                    or (
                        self._followed_by_noun(m.end)
                        and (
                            m.text[-2:-1].isupper()
                            or m.text.endswith("'")
                            or (
                                " " in m.text and not _given_name(m.text) and not self._time_word_after(m.end)
                            )
                        )
                    )
                ):
                    is_gen = True
            m.base = base if is_gen else m.text
            m.key = name_key(m.base)

    def _known_as_is(self, text: str, base: str, plain_keys: set[str]) -> bool:
        """Whether a name ending in -s is itself a name ("Oslo Børs", "Paris", "Texas", "Hans").

        Its -s is then no genitive unless the stripped form is known too and the full one is not
        seen in the article on its own.
        """
        if text.endswith(("'", "’")):
            return False
        known = bool(
            country_code(text)
            or text in places()
            or any(alias_id(text, t) for t in ("ORG", "GPE", "LOC", "PER"))
            or (" " not in text and fold_name(text) in self._given)
        )
        if not known:
            return False
        stripped_known = bool(country_code(base) or base in places() or alias_id(base, "ORG"))
        return not stripped_known or name_key(base) not in plain_keys

    def _time_word_after(self, end: int) -> bool:
        """ "på Oslo Børs torsdag": a weekday or time of day after a name is no possessed noun."""
        return bool(
            re.match(
                r"\s+(?:i\s+dag|i\s+går|i\s+morgen|(?:man|tirs|tys|ons|tors|fre|lør|lau|søn|sun)dag|"
                r"morgen|kveld|natt|formiddag|ettermiddag)\b",
                self.text[end : end + 30],
            )
        )

    def _followed_by_noun(self, end: int) -> bool:
        nxt = re.match(r"\s+([a-zæøå][\w\-]*)", self.text[end : end + 40])
        if not nxt:
            return False
        p = self.pos.get(end + nxt.start(1))
        return p in ("NOUN", "ADJ") if p else not self.pos

    # -- step 3: group and merge -----------------------------------------------------------------
