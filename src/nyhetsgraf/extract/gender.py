"""Gender of persons: what the text says first, a given-name list second, ``None`` otherwise.

Why this order: the article is the best witness ("sier hun", "kona til …",
"dronning"), while a name list only knows what a name usually marks. The
list (``data/given_names.tsv``) is curated by the project; its header names
its source. Names used for both genders ("Kim", "Robin") are marked ``u``
and never decide alone.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from pathlib import Path

from nyhetsgraf.extract.names import fold

NAMES_FILE = Path(__file__).resolve().parent.parent / "data" / "given_names.tsv"

# Pronouns that point back to a person, Bokmål and Nynorsk. Capitalised "Hans" is a name, so
# only the lower-case possessive counts.
PRONOUNS = {
    "han": "m",
    "ham": "m",
    "honom": "m",
    "hun": "f",
    "ho": "f",
    "henne": "f",
    "hennes": "f",
    "hennar": "f",
    "hans": "m",
}
# Only subject pronouns in positions where they reliably point back to the last named person:
# after a speech verb ("…, sier hun") or opening a sentence ("Han la til at …").
_PRONOUN_RE = re.compile(
    r"(?:(?<=\bsier )|(?<=\bsa )|(?<=\bseier )|(?<=\bskriver )|(?<=\bforteller )|(?<=\bfortel )"
    r"|(?<=\bmener )|(?<=\bmeiner )|(?<=\bsvarer )|(?<=\bopplyser )|(?<=\bforklarer )|(?<=\blegger )"
    r"|(?<=\bunderstreker )|(?<=\bpåpeker )|(?<=\bfortsetter )|(?<=\butdyper )|(?<=\bsvarte )"
    r"|(?<=[.!?] )|(?<=\n)|(?<=^))(han|hun|ho|Han|Hun|Ho)(?![\w\-])"
)

# Titles and kin words that mark gender, as they stand before a name or in an apposition.
FEMALE_WORDS = {
    "fru",
    "frøken",
    "mor",
    "moren",
    "mora",
    "kona",
    "kone",
    "konen",
    "enke",
    "enken",
    "datter",
    "dattera",
    "datteren",
    "dotter",
    "søster",
    "søstera",
    "søsteren",
    "tante",
    "tanta",
    "tanten",
    "kusine",
    "niese",
    "farmor",
    "mormor",
    "bestemor",
    "bestemora",
    "bestemoren",
    "dronning",
    "dronningen",
    "prinsesse",
    "prinsessen",
    "kronprinsesse",
    "kronprinsessen",
    "hertuginne",
    "keiserinne",
    "kvinne",
    "kvinnen",
    "jente",
    "jenta",
    "jenten",
    "ektefru",
    "svigermor",
    "stemor",
    "tvillingsøster",
    "søstra",
}
MALE_WORDS = {
    "herr",
    "hr",
    "far",
    "faren",
    "sønn",
    "sønnen",
    "bror",
    "broren",
    "onkel",
    "onkelen",
    "fetter",
    "nevø",
    "farfar",
    "farfaren",
    "morfar",
    "morfaren",
    "bestefar",
    "bestefaren",
    "konge",
    "kongen",
    "kong",
    "prins",
    "prinsen",
    "kronprins",
    "kronprinsen",
    "hertug",
    "keiser",
    "ektemann",
    "ektemannen",
    "gutt",
    "gutten",
    "svigerfar",
    "stefar",
    "tvillingbror",
}
_FEMALE_SUFFIXES = ("kvinne", "kvinnen", "inne", "innen")
# No "-mann" rule: "talsmann", "formann" and "tillitsmann" are used for women too.


@cache
def given_names() -> dict[str, str]:
    """Folded given name → "m" | "f" | "u" from the shipped list."""
    table: dict[str, str] = {}
    for line in NAMES_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, _, g = line.partition("\t")
        table[fold(name.strip())] = g.strip()
    return table


def name_gender(full_name: str) -> str | None:
    """Gender the first given name usually marks; None for unknown or two-gender names.

    A one-word name counts only when the list knows it as a given name ("Dagny", "Sonja");
    a surname alone is not in the list and so tells nothing.
    """
    words = [w for w in re.split(r"[\s]+", full_name.strip()) if w]
    if not words:
        return None
    names = given_names()
    # "Anne-Lise": the first part decides; "Hill-Marta": an unknown first part leaves it to the second
    g = next((names[fold(p)] for p in words[0].split("-") if fold(p) in names), None)
    return g if g in ("m", "f") else None


def title_gender(word: str) -> str | None:
    """Gender a title/kin word marks: "dronning" → f, "farfaren" → m, "talskvinne" → f; else None."""
    w = word.lower().strip(" ,.")
    if w in FEMALE_WORDS:
        return "f"
    if w in MALE_WORDS:
        return "m"
    if w.endswith(("kvinne", "kvinnen")) or (w.endswith(_FEMALE_SUFFIXES) and len(w) > 7):
        return "f"
    return None


def pronoun_votes(
    text: str,
    person_spans: dict[str, list[tuple[int, int]]],
    all_spans: list[tuple[int, int, str]] | None = None,
    window: int = 400,
) -> dict[str, Counter]:
    """For each pronoun, a vote for the person most recently mentioned before it (within ``window``).

    Why the most recent: in news the pronoun after a quote ("…, sier han") and in the next
    sentence nearly always points at the last named person. ``all_spans`` (start, end, id)
    are every person mention; ``person_spans`` is the same grouped by person.
    """
    if all_spans is None:
        all_spans = sorted((s, e, pid) for pid, spans in person_spans.items() for s, e in spans)
    votes: dict[str, Counter] = {pid: Counter() for pid in person_spans}
    starts = [s for s, _, _ in all_spans]
    import bisect

    for m in _PRONOUN_RE.finditer(text):
        p = m.start()
        word = m.group(1).lower()
        if word == "hans" and m.group(1) == "Hans":
            continue
        i = bisect.bisect_left(starts, p) - 1
        while i >= 0 and all_spans[i][1] > p:  # the pronoun inside a mention ("Hans" as name)
            i -= 1
        if i < 0 or p - all_spans[i][1] > window:
            continue
        votes[all_spans[i][2]][PRONOUNS[word]] += 1
    return votes


def context_title_gender(text: str, start: int, end: int) -> str | None:
    """A gendered title or kin word right before the mention ("dronning Sonja") or in its apposition."""
    before = re.search(r"([A-Za-zÆØÅæøå]+)\s+$", text[max(0, start - 30) : start])
    if before:
        g = title_gender(before.group(1))
        if g:
            return g
    after = re.match(r",\s+([a-zæøå]+)\s+(?:til|åt)\b", text[end : end + 40])
    if after:
        return title_gender(after.group(1))
    return None


def decide(pron: Counter, titles: Counter, by_name: str | None) -> str | None:
    """Combine the evidence: titles, then the name list unless pronouns clearly say otherwise, then pronouns.

    Why the name list before a few pronouns: a pronoun is attributed to the last named
    person, which fails when an unnamed person ("mannen", "kvinnen") came in between;
    an unambiguous given name is rarely wrong. Strong, one-sided pronoun evidence wins.
    """
    if titles:
        (g, n), *rest = titles.most_common()
        if not rest or n > rest[0][1]:
            return g
    m, f = pron.get("m", 0), pron.get("f", 0)
    if by_name:
        same, other = (m, f) if by_name == "m" else (f, m)
        if other >= 5 and same == 0:
            return "f" if by_name == "m" else "m"
        return by_name
    if m != f and (m == 0 or f == 0 or max(m, f) >= 2 * min(m, f)):
        return "m" if m > f else "f"
    return None


def assign_genders(index) -> None:
    """Set ``gender`` on every person of an ``EntityIndex`` (others keep None)."""
    text = index.text
    persons = [e for e in index.entities if e.type == "PER"]
    spans = {e.id: [(m.start, m.end) for m in e.mentions] for e in persons}
    votes = pronoun_votes(text, spans)
    for e in persons:
        titles = Counter()
        for m in e.mentions:
            g = context_title_gender(text, m.start, m.end)
            if g:
                titles[g] += 1
        for role in e.roles:
            g = title_gender(role.split()[-1]) if role.split() else None
            if g:
                titles[g] += 1
        e.gender = decide(votes.get(e.id, Counter()), titles, name_gender(e.name))
