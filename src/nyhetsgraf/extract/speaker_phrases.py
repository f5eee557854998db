"""Read a speaker phrase ("asiaforsker Stein Tønnesson ved Prio, til TV 2") into its parts.

Why a small parser of its own: the words around a reporting verb carry name,
role, affiliation and medium in a fixed order in Norwegian news
(``ROLLE NAVN i/ved ORG til MEDIUM``, or ``ROLLE, NAVN``), and getting them
apart is string work that must also run before the NLP model is loaded.
Resolving the name to an entity is done later, in ``speakers``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nyhetsgraf.extract.quote_cues import (
    ANON_DETERMINERS,
    ANON_HEADS,
    CIRCUMSTANCE_RE,
    GROUP_HEADS,
    ORG_NOUNS,
    SPEAKER_PRONOUNS,
    is_kin_word,
    is_role_word,
    wordset,
)

NAME_PARTICLES = frozenset(
    {
        "von",
        "van",
        "de",
        "der",
        "den",
        "di",
        "da",
        "du",
        "al",
        "bin",
        "el",
        "la",
        "le",
        "af",
        "av",
        "ibn",
        "dos",
        "del",
    }
)
POSSESSIVES = frozenset({"hans", "hennes", "hennar", "deres", "deira", "dens", "dets", "sin", "si", "sitt"})
# Prepositions that open a phrase after a common-noun speaker's head ("en lege ved sykehuset").
NOUN_PP_PREPS = frozenset(
    {"i", "ved", "hos", "fra", "frå", "hjå", "på", "til", "med", "om", "etter", "under"}
)
AFFILIATION_PREPS = frozenset({"i", "ved", "hos", "for", "fra", "av", "på", "frå", "hjå", "til"})
OBJECT_PRONOUNS = {"ham": "han", "honom": "han", "henne": "hun", "dem": "de"}
TRAILING_ADVERBS = wordset(
    "endelig endeleg tidligere tidlegare nå no i dag da så derfor likevel dessuten igjen allerede "
    "mandag tirsdag onsdag torsdag fredag lørdag søndag måndag tysdag laurdag sundag kveld morgen "
    "ettermiddag formiddag natt samme same har hadde skal vil kan må"
)
FUNCTION_WORDS = AFFILIATION_PREPS | frozenset(
    {
        "til",
        "og",
        "men",
        "som",
        "da",
        "når",
        "med",
        "om",
        "etter",
        "under",
        "overfor",
        "selv",
        "sjølv",
        "også",
        "ogsa",
    }
)
TOKEN_RE = re.compile(r"\(|\)|,|[\w][\w'’.-]*\w-?|\w-?", re.UNICODE)
MEDIUM_RE = re.compile(
    r"\b(?:til|overfor|i et intervju med|i eit intervju med|i intervju med)\s+"
    r"(?:(?:kanalen|avisen|avisa|nettstedet|nettavisen|nyhetsbyrået|nyheitsbyrået|radiokanalen|tv-kanalen)\s+)?"
    r"((?:[A-ZÆØÅ][\w-]*|TV|P\d)(?:\s+(?:[A-ZÆØÅ0-9][\w-]*))*)"
)
ORG_ROLE_WORDS = frozenset(
    {
        "nyhetsbyrået",
        "nyheitsbyrået",
        "avisen",
        "avisa",
        "kanalen",
        "nettstedet",
        "nettavisen",
        "byrået",
        "selskapet",
        "organisasjonen",
        "partiet",
        "kommunen",
        "departementet",
        "direktoratet",
        "foreningen",
        "forbundet",
        "tidsskriftet",
    }
)


@dataclass
class SpeakerPhrase:
    """What a speaker phrase says about its speaker. ``name`` is a proper name as written."""

    text: str = ""  # the phrase without circumstance and medium
    name: str | None = None
    name_start: int | None = None  # offset of ``name`` in the article text
    role: str | None = None
    affiliation: str | None = None
    medium: str | None = None
    pronoun: str | None = None
    noun: str | None = None  # a common-noun source: "politiet", "amerikanske etterretningskilder"
    kind_hint: str | None = None  # PER | ORG | GROUP | ANON when the phrase itself tells

    @property
    def empty(self) -> bool:
        return not (self.name or self.pronoun or self.noun)


def find_medium(phrase: str) -> str | None:
    """The outlet in "til NRK", "overfor TV 2", "til kanalen NRK"; None for "til pressen"."""
    m = MEDIUM_RE.search(phrase)
    if not m:
        return None
    medium = m.group(1).strip()
    return medium or None


def cut_circumstance(phrase: str) -> str:
    """The speaker part of a post-cue phrase: drop "til NRK", ", som …", "da hun …", "i en pressemelding"."""
    m = CIRCUMSTANCE_RE.search(" " + phrase)
    if m:
        phrase = (" " + phrase)[: m.start()].strip()
    return phrase.strip(" ,.;:!?")


def _tokens(text: str, base: int) -> list[tuple[str, int]]:
    return [(m.group(), base + m.start()) for m in TOKEN_RE.finditer(text)]


def _is_cap(tok: str) -> bool:
    """A name token: capitalised, and not a role compound such as "KFUM-trener" or "Rosenborg-profilen"."""
    if not tok[:1].isupper() or tok.endswith("-"):
        return False  # "Kommunal-" in "Kommunal- og moderniseringsminister" is half a compound
    tail = tok.rsplit("-", 1)[-1] if "-" in tok else ""
    return not (tail and tail[:1].islower() and len(tail) >= 4)


def parse_speaker(phrase: str, base: int = 0, sentence_initial: bool = False) -> SpeakerPhrase:
    """Split a speaker phrase (already cut to the speaker) into name, role, affiliation, pronoun or noun.

    ``base`` is the offset of ``phrase`` in the article (for ``name_start``); ``sentence_initial``
    says the first word is capitalised only because it starts the sentence.
    """
    sp = SpeakerPhrase(text=phrase.strip(" ,.;:"))
    toks = _tokens(phrase, base)
    toks = toks[:1] + [t for t in toks[1:] if t[0].lower() not in ("selv", "sjølv", "sjøl", "også", "videre")]
    while len(toks) > 1 and toks[-1][0].lower() in TRAILING_ADVERBS:
        toks = toks[:-1]  # "lagmannsretten endelig", "regjeringen mandag kveld"
    while len(toks) > 1 and toks[0][0].lower() in ("da", "når", "fordi", "mens", "hvis", "dersom", "siden"):
        toks = toks[1:]  # "Da lagmannsretten slo fast at …": the subordinator is not the speaker
    if not toks:
        return sp
    words_lower = [t.lower() for t, _ in toks if t not in "(),"]
    if len(words_lower) <= 2 and words_lower and words_lower[0] in OBJECT_PRONOUNS:
        sp.pronoun = OBJECT_PRONOUNS[words_lower[0]]  # "ifølge ham"
        return sp
    if len(words_lower) <= 2 and words_lower and words_lower[0] in SPEAKER_PRONOUNS:
        sp.pronoun = words_lower[0]
        return sp
    if (
        words_lower
        and words_lower[0] in ("jeg", "eg", "vi", "me", "du", "dere", "man", "det", "dette")
        and (len(words_lower) <= 2)
    ):
        return sp  # the writer, the reader or "det": not a source
    runs = _name_runs(toks, sentence_initial)
    head = _head_run(toks, runs)
    if head is not None:
        i, j = head
        # "Statistisk sentralbyrå (SSB)": an institution name goes on in lower case up to its acronym
        k = j
        while k < len(toks) and toks[k][0][:1].islower() and toks[k][0].lower() not in FUNCTION_WORDS:
            k += 1
        if (
            k > j
            and k + 2 < len(toks) + 1
            and k < len(toks)
            and toks[k][0] == "("
            and k + 1 < len(toks)
            and toks[k + 1][0][:1].isupper()
        ):
            j = k
        sp.name = " ".join(t for t, _ in toks[i:j])
        sp.name_start = toks[i][1]
        sp.role = _role_before(toks, i, sentence_initial)
        sp.affiliation = _affiliation_after(toks, j)
        if sp.role and sp.role.split()[-1].lower() in ORG_ROLE_WORDS:
            sp.kind_hint = "ORG"
        return sp
    # no proper name: a common-noun source, cut to its head ("En sykepleier ved et av sykehjemmene"
    # → "en sykepleier", "Datteren til en beboer" → "datteren"): the prepositional phrase only
    # says which one, and the head is what later pronouns and readers refer back to
    kept = [t for t, _ in toks if t not in "(),"]
    for k, w in enumerate(kept):
        if k > 0 and w.lower() in NOUN_PP_PREPS and any(x[:1].isalpha() for x in kept[:k]):
            if k == 1 and kept[0].lower() in ("en", "ei", "ein", "et", "eit", "den", "det", "de", "dei"):
                break
            kept = kept[:k]
            break
    noun = " ".join(kept)
    lw = noun.lower()
    sp.noun = noun[0].lower() + noun[1:] if sentence_initial and noun[1:2].islower() else noun
    head_words = []
    for w in lw.split():
        if w in FUNCTION_WORDS and head_words:
            break
        head_words.append(w)
    while len(head_words) > 1 and head_words[-1] in POSSESSIVES:
        head_words = head_words[:-1]  # "sonen hennar", "datteren hans": the head is the kin noun
        if len(head_words) == len(sp.noun.split()) - 1:
            sp.noun = sp.noun.rsplit(" ", 1)[0]
    last = head_words[-1] if head_words else ""
    first = head_words[0] if head_words else ""
    if (
        first in ("en", "ei", "ein", "et", "eit")
        or (first in ANON_DETERMINERS and any(last.endswith(h) for h in ANON_HEADS))
        or "anonym" in lw
    ):
        sp.kind_hint = "ANON"  # "en nabo", "en kilde i regjeringen": a source without a name
    elif last in ORG_NOUNS or any(last.endswith(o) for o in ORG_NOUNS if len(o) > 6):
        sp.kind_hint = "ORG"
    elif last in GROUP_HEADS or any(last.endswith(h) for h in GROUP_HEADS if len(h) > 5):
        sp.kind_hint = "GROUP"
    elif is_role_word(last) or is_kin_word(last):
        sp.role = sp.noun.lower()
        sp.kind_hint = "PER"
    return sp


def _name_runs(toks: list[tuple[str, int]], sentence_initial: bool) -> list[tuple[int, int]]:
    """Maximal runs of capitalised tokens (with name particles inside), as token index ranges."""
    runs: list[tuple[int, int]] = []
    i = 0
    n = len(toks)
    while i < n:
        tok = toks[i][0]
        if _is_cap(tok) and tok not in "(),":
            j = i + 1
            while j < n:
                t = toks[j][0]
                if _is_cap(t) and t not in "(),":
                    j += 1
                elif re.fullmatch(r"\d+s?", t) and toks[j - 1][0].isupper():
                    j += 1  # "TV 2", "TV 2s"
                elif t.lower() in NAME_PARTICLES and j + 1 < n and _is_cap(toks[j + 1][0]):
                    j += 2
                else:
                    break
            runs.append((i, j))
            i = j
        else:
            i += 1
    if sentence_initial and runs and runs[0][0] == 0:
        first = toks[0][0].lower()
        demote = (
            first in ORG_NOUNS
            or first in SPEAKER_PRONOUNS
            or first in GROUP_HEADS
            or first
            in {
                "den",
                "det",
                "de",
                "en",
                "ei",
                "ein",
                "et",
                "eit",
                "flere",
                "fleire",
                "mange",
                "noen",
                "nokre",
                "begge",
                "alle",
                "både",
                "og",
                "men",
            }
            or is_kin_word(first)
            or (
                is_role_word(first)
                and (runs[0][1] - runs[0][0] > 1 or len(runs) > 1 or first.endswith(("en", "et")))
            )
        )
        i0, j0 = runs[0]
        nxt = toks[j0][0] if j0 < n else ""
        later = [
            r
            for r in runs[1:]
            if toks[r[0] - 1][0] != "(" and toks[r[0] - 1][0].lower() not in AFFILIATION_PREPS
        ]
        if (
            j0 - i0 == 1
            and nxt[:1].islower()
            and nxt.lower() not in FUNCTION_WORDS
            and (later or nxt.lower() in GROUP_HEADS or is_role_word(nxt))
        ):
            demote = True  # "Ungarske medier", "Administrerende direktør Kari Dahl": an adjective, not a name
        if j0 - i0 == 1 and nxt[:1].isdigit():
            demote = True  # "Minst 30 personer", "Over 200 ansatte": a quantity, not a name
        if demote:
            i, j = runs[0]
            runs[0] = (i + 1, j)
            if runs[0][0] >= runs[0][1]:
                runs.pop(0)
    return runs


def _head_run(toks: list[tuple[str, int]], runs: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The run that names the speaker: not a genitive, not in parentheses, not after a preposition."""
    cands = _head_candidates(toks, runs)
    if not cands and runs and runs[0][0] == 0 and runs[0][1] < len(toks):
        # only a genitive before a noun: "Statens vegvesen", "Kremls talsmann" — the whole phrase names it
        k = runs[0][1]
        while k < len(toks) and toks[k][0][:1].islower() and toks[k][0].lower() not in FUNCTION_WORDS:
            k += 1
        return runs[0][0], k
    if len(cands) > 1 and cands[0] == (0, 1) and len(toks) > 1 and toks[1][0].lower() in AFFILIATION_PREPS:
        # "Fylkesråd for samferdsel Astrid Hovde": a title with its own prepositional phrase, then
        # the person's name (a known given name first)
        for i, j in cands[1:]:
            if j - i >= 2 and _given_name(toks[i][0]):
                return i, j
    if len(cands) > 1 and cands[0][1] - cands[0][0] == 1:
        # "Sysselmann på Svalbard, Kari Dahl": a capitalised title first, the name in apposition
        for i, j in cands[1:]:
            if i > 0 and toks[i - 1][0] == "," and j - i >= 2:
                return i, j
    return cands[0] if cands else None


def _head_candidates(toks: list[tuple[str, int]], runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for i, j in runs:
        last = toks[j - 1][0]
        nxt = toks[j][0] if j < len(toks) else ""
        prev = toks[i - 1][0].lower() if i > 0 else ""
        if prev == "(" or prev in AFFILIATION_PREPS:
            continue  # "(Prio)", "i Nordea Markets": affiliations, not the speaker
        if last.endswith(("s", "'")) and nxt[:1].islower() and nxt.lower() not in FUNCTION_WORDS:
            continue  # "Kremls talsmann", "president Joe Bidens rådgiver"
        out.append((i, j))
    return out


def _role_before(toks: list[tuple[str, int]], i: int, sentence_initial: bool) -> str | None:
    """Lower-case words (and genitive names) before the name: "asiaforsker", "Kremls talsmann"."""
    j = i
    while j > 0 and toks[j - 1][0] == ",":
        j -= 1
    k = j
    while k > 0 and toks[k - 1][0] not in "()" and toks[k - 1][0].lower() not in {"og", "men", "mens"}:
        k -= 1
    words = [t for t, _ in toks[k:j] if t != ","]
    if not words:
        return None
    role = " ".join(words)
    titled = is_role_word(words[0]) or (len(words) > 1 and words[1].lower() in AFFILIATION_PREPS)
    if sentence_initial and k == 0 and role[1:2].islower() and titled:
        role = role[0].lower() + role[1:]
    return role


def _affiliation_after(toks: list[tuple[str, int]], j: int) -> str | None:
    """ "i Nordea Markets", "ved Prio" after the name, or a party in parentheses "(Ap)"."""
    if j < len(toks) and toks[j][0].lower() in AFFILIATION_PREPS:
        words = []
        for t, _ in toks[j + 1 :]:
            if t == ",":
                break
            words.append(t)
        if words:
            return " ".join([toks[j][0], *words]).replace("( ", "(").replace(" )", ")")
    if j + 2 < len(toks) and toks[j][0] == "(" and toks[j + 2][0] == ")":
        return toks[j + 1][0]
    return None


def _given_name(word: str) -> bool:
    """A known given name ("Astrid", "Jon-Erik"): the start of a person's name, not a title."""
    try:
        from nyhetsgraf.extract.gender import given_names
        from nyhetsgraf.extract.names import fold
    except ImportError:  # pragma: no cover - the name lists ship with the entity layer
        return False
    names = given_names()
    return fold(word) in names or fold(word.split("-")[0]) in names
