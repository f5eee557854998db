"""The type and name of a merged entity: voting, knowledge-base corrections, the most complete form.

Why separate from merging: merging decides *which* mentions are one actor; this decides
*what* the actor is. NER types are noisy, so votes are corrected by what the project knows:
countries and places (GPE), the alias file, head nouns ("… kommune", "… institutt"),
news media, and the context of one-word "persons" ("i Kongsberg").
"""

from __future__ import annotations

import re
from collections import Counter

from nyhetsgraf.extract.kb_ids import alias_id, country_code, kb_id
from nyhetsgraf.extract.mentions import (
    _M,
    MentionFinder,
    _is_sentence_initial,
    _starts_with_given_name,
    _vote,
)
from nyhetsgraf.extract.name_lexicon import (
    CLASSIFIER_TYPES,
    COMPANY_VERBS,
    INSTITUTION_COMPOUND,
    MEDIA_RE,
    NAME_PARTICLES,
    PLACE_ENDING,
    WATER_NAMES,
    head_type,
    is_institution_name,
    places,
)
from nyhetsgraf.extract.names import fold as fold_name
from nyhetsgraf.record import Entity

_DEFINITE_END = re.compile(r"(?:et|en|ene|ane|a|t|ig|lig|te)$")
_PLACE_BEFORE_WEAK = re.compile(r"(?<![\w\-])(?:til|fra|frå|mot|via|nær|utenfor|utanfor|rundt|ved)\s+$", re.I)
_PLACE_BEFORE = re.compile(
    r"(?:(?<![\w\-])(?:i|på|I|På)|regionen|byen|kommunen|fylket|bygda|(?:[sS]ør|[nN]ord|[øØ]st|[vV]est)\s+for)\s+$"
)


def _only_sentence_initial_common(e: Entity, b: MentionFinder) -> bool:
    """ "Forholdet", "Fjoråret", "Unormalt": a definite or neuter word seen only opening sentences.

    NER often tags such words; a real name of that shape usually turns up again inside a
    sentence, in the knowledge base or in the alias file.
    """
    if any(" " in m.text for m in e.mentions) or e.name.isupper() or len(e.name) < 4:
        return False
    if not all(_is_sentence_initial(m.start, b._sent_set, b.text) for m in e.mentions):
        return False
    if country_code(e.name) or alias_id(e.name, e.type) or fold_name(e.name) in b._given:
        return False
    if is_institution_name(e.name) or INSTITUTION_COMPOUND.fullmatch(e.name):
        return False  # "Utenriksdepartementet", "EU-kommisjonen" opening a sentence are still bodies
    # a one-word "person" never named inside a sentence ("Lukk", "Saken") is a capitalised word
    return e.type == "PER" or bool(_DEFINITE_END.search(e.name))


def _retype_single_word_persons(entities: list[Entity], text: str) -> None:
    """A one-word "person" that no given name supports is often a place or an event NER mistyped.

    "i Kongsberg", "sør for Odda", "regionen Primorskij", "Moskva og Pyongyang" are places;
    "Arendalsuka" is an event by its head.
    """
    gpe_spans = {(m.start, m.end) for e in entities if e.type == "GPE" for m in e.mentions}
    from nyhetsgraf.extract.gender import given_names

    for e in entities:
        if e.type == "MISC":
            e.type = "ORG"  # retyped below when a place context says so
            misc = True
        elif e.type != "PER" or any(" " in m.text for m in e.mentions) or fold_name(e.name) in given_names():
            continue
        else:
            misc = False
        ht = head_type(e.name)
        if ht:
            e.type = ht
            e.kb_id = kb_id(e.name, ht)
            continue
        for m in e.mentions:
            before = text[max(0, m.start - 20) : m.start]
            after = text[m.end : m.end + 40]
            coord_after = re.match(r"\s+og\s+", after)
            coord_before = re.search(r"\s+og\s+$", before)
            coordinated = (coord_after and any(s == m.end + coord_after.end() for s, _ in gpe_spans)) or (
                coord_before and any(e2 == m.start - len(coord_before.group(0)) for _, e2 in gpe_spans)
            )
            if _PLACE_BEFORE.search(before) or coordinated or (misc and _PLACE_BEFORE_WEAK.search(before)):
                e.type = "GPE"
                misc = False
                e.kb_id = kb_id(e.name, "GPE")
                e.gender = None
                break
        if misc:
            e.kb_id = kb_id(e.name, e.type)


def _classifier_type(text: str, start: int) -> str | None:
    """The type a classifier noun right before a mention gives it ("bandet Kaldvann" → ORG)."""
    before = re.search(r"(?<![\w\-])([a-zæøåA-ZÆØÅ][\w\-]*) $", text[max(0, start - 40) : start])
    if not before:
        return None
    word = before.group(1)
    if word[:1].isupper() and not _is_sentence_initial(start - len(word) - 1, set(), text):
        return None  # a capital inside a sentence makes it a name ("Lokalavisa" only opening one)
    word = word.lower()
    if word.endswith("sambandet"):
        return None  # "ferjesambandet X–Y" is a route, not a band
    return next((t for suf, t in CLASSIFIER_TYPES if word.endswith(suf)), None)


def _retype_by_context(entities: list[Entity], text: str) -> None:
    """Types that the words around an unclear name decide.

    NER reads any unknown capitalised word as a person or an organisation. Without person
    evidence (a known given name), the context is better evidence: a classifier noun before
    it ("bandet X", "avisa X", "festivalen X"), a company clause after it ("X, som driv
    sambandet"), a place preposition before a word shaped like a Norwegian place name
    ("på Hardbakke", "til Krakhella"), a mayor ("ordføraren i X"); and a one-word "person"
    with no title before it and no pronoun after it is an organisation.
    """
    from nyhetsgraf.extract.gender import given_names

    per_spans = [(m.start, m.end) for e in entities if e.type == "PER" for m in e.mentions]
    for e in entities:
        if e.type == "GPE" and (country_code(e.name) or e.name in places()):
            continue
        if alias_id(e.name, e.type) or MEDIA_RE.fullmatch(e.name):
            continue
        words = e.name.split()
        if e.type == "PER" and fold_name(words[0].split("-")[0]) in given_names():
            continue  # a person with a given name stays a person
        if head_type(e.name) and e.type == head_type(e.name):
            continue
        names = [m for m in e.mentions if not m.derived]
        votes = Counter(t for m in names if (t := _classifier_type(text, m.start)))
        new = votes.most_common(1)[0][0] if votes else None
        if new is None and e.type == "PER" and any(COMPANY_VERBS.match(text, m.end) for m in names):
            new = "ORG"
        if (
            new is None
            and e.type in ("PER", "ORG", "MISC")
            and len(words) == 1
            and PLACE_ENDING.search(e.name)
            and not head_type(e.name)
            and any(
                _PLACE_BEFORE.search(text[max(0, m.start - 20) : m.start])
                or _PLACE_BEFORE_WEAK.search(text[max(0, m.start - 20) : m.start])
                for m in names
            )
        ):
            new = "GPE"
        if (
            new is None
            and e.type == "LOC"
            and len(words) == 1
            and any(_MUNICIPAL_BEFORE.search(text[max(0, m.start - 40) : m.start]) for m in names)
        ):
            new = "GPE"  # "ordføraren i Solund": a place with a mayor is a municipality
        if new is None and e.type == "PER" and len(words) == 1 and not _person_evidence(e, text, per_spans):
            new = "ORG"  # "Norled", "Kaldvann": no given name, title or pronoun makes them people
        if (
            new is None
            and e.type != "GPE"
            and e.name.isupper()
            and (e.name.title() in places() or country_code(e.name.title()))
            and any(
                re.match(r"\s*\(", text[m.end : m.end + 3]) and (m.start == 0 or text[m.start - 1] == "\n")
                for m in names
            )
        ):
            new = "GPE"  # "HAMAR (NTB):": a dateline names the place the story comes from
        if new and new != e.type:
            e.type = new
            e.kb_id = kb_id(e.name, new)
            e.gender = None


_MUNICIPAL_BEFORE = re.compile(
    r"(?<![\w\-])(?:[Oo]rdfør\w*|[Vv]araordfør\w*|[Ii]nnbygg\w*|[Kk]ommunedirektør\w*|[Rr]ådmann\w*)\s+(?:i|på)\s+$"
)
_PRONOUN_AFTER = re.compile(r"(?<![\w\-])(?:[Hh]an|[Hh]un|[Hh]o|[Hh]on|[Hh]enne|[Hh]ans)(?![\w\-])")


def _person_evidence(e: Entity, text: str, per_spans: list[tuple[int, int]]) -> bool:
    """A title before a mention ("president Milei") or a personal pronoun after it, with no
    other person named in between ("Milei … Han"): what makes a lone surname a person."""
    from nyhetsgraf.extract.mentions import _is_role_word

    for m in e.mentions:
        if m.derived:
            continue
        before = re.search(r"([\wæøåÆØÅ\-]+)\s+$", text[max(0, m.start - 40) : m.start])
        if before and _is_role_word(before.group(1)):
            return True
        window = text[m.end : m.end + 150]
        pron = _PRONOUN_AFTER.search(window)
        if pron and not any(m.end < s < m.end + pron.start() for s, _e in per_spans):
            return True
    return False


_ROLE_PERSON_IN = re.compile(r"(?<![\w\-])[a-zæøå][\w\-]+ [A-ZÆØÅ][\w\-]+(?: [A-ZÆØÅ][\w\-]+)+ i $")
_ROLE_PERSON_IN_START = re.compile(
    r"(?:^|[.!?:–\n]\s*)[A-ZÆØÅ][a-zæøå][\w\-]+ [A-ZÆØÅ][\w\-]+(?: [A-ZÆØÅ][\w\-]+)+ i $"
)


def _retype_employers(entities: list[Entity], text: str) -> None:
    """A one-word "location" that employs a titled person is an organisation.

    "kraftanalytiker Jon Erik Dahl i Volue", "Sjeføkonom Kari Hansen i Handelsbanken": after
    a role word and a person's full name, "i X" names the employer. NER calls unknown
    company names places; a real place there ("i Bergen") is a GPE and is left alone.
    """
    person_ends = {m.end for e in entities if e.type == "PER" for m in e.mentions if " " in m.text}
    for e in entities:
        if e.name in places() or country_code(e.name):
            continue
        if not (
            (e.type == "LOC" and not any(" " in m.text for m in e.mentions))
            or e.type == "PROD"  # "anmelder Kari Lie i Tidens Krav": a newspaper, not a product
        ):
            continue
        for m in e.mentions:
            before = text[max(0, m.start - 80) : m.start]
            hit = _ROLE_PERSON_IN.search(before) or _ROLE_PERSON_IN_START.search(before)
            if hit and (m.start - 3) in person_ends:
                e.type = "ORG"
                e.kb_id = kb_id(e.name, "ORG")
                break


def _best_name(ms: list[_M], etype: str) -> str:
    """The most complete form: most words, then an upper-case-initial expansion, then the most frequent."""
    forms = Counter(m.base for m in ms if not m.derived_code)
    if not forms:
        return ms[0].text
    first = {}
    for m in ms:
        first.setdefault(m.base, m.start)

    def rank(f: str):
        ws = f.split()
        acronym = len(ws) == 1 and f.isupper()
        return (len(ws) if f[:1].isupper() or etype == "PER" else 0.5, not acronym, forms[f], -first[f])

    return max(forms, key=rank)


def _entity_type(ms: list[_M]) -> str:
    names = [m for m in ms if not m.derived_code]
    longest = max(len(m.key.split()) for m in names)
    full = [m for m in names if len(m.key.split()) == longest]
    votes = sum((m.votes for m in (full if longest > 1 else names)), Counter())
    all_votes = sum((m.votes for m in names), Counter())
    t = _vote(votes)
    if longest > 1 and all_votes.get("PER") and t != "PER" and votes.get("PER", 0) * 2 >= sum(votes.values()):
        t = "PER"
    if (
        t in ("ORG", "LOC", "PER")
        and t != "PER"
        and country_code(names[0].base)
        and not alias_id(names[0].base, "ORG")
    ):
        t = "GPE"
    if set(all_votes) <= {"MISC"}:  # only the parser's proper nouns: the alias file or the context decides
        for etype in ("ORG", "GPE", "LOC", "PER", "EVT", "PROD"):
            if alias_id(names[0].base, etype):
                return etype
        return "GPE" if country_code(names[0].base) or names[0].base in places() else "MISC"
    if t in ("DRV", "MISC"):
        t = "ORG"
    longest_name = max((m.base for m in names), key=lambda b: len(b.split()))
    if any(MEDIA_RE.fullmatch(m.base) for m in names):
        return "ORG"  # a news outlet, whatever the NER said
    ht = head_type(longest_name)
    if ht and (t != "PER" or not _starts_with_given_name(longest_name)):
        t = ht  # "Barneskolen Moflata" is a school, whatever NER said
    if t in ("GPE", "LOC", "PER", "PROD") and alias_id(longest_name, "ORG") and not alias_id(longest_name, t):
        t = "ORG"  # the alias file knows it as an organisation ("Kripos")
    if t != "EVT" and alias_id(longest_name, "EVT") and not alias_id(longest_name, t):
        return "EVT"  # the alias file knows it as an event series ("Formel 1")
    if t != "PROD" and alias_id(longest_name, "PROD") and not alias_id(longest_name, t):
        return "PROD"  # the alias file knows it as a product or service ("Telegram")
    if t != "GPE" and longest_name in places() and not (t == "ORG" and not all_votes.get("GPE")):
        t = "GPE"  # a known place NER mistyped; an ORG reading alone (a club named after its town) stays
    words = longest_name.split()
    if (
        t in ("ORG", "LOC", "GPE")
        and len(words) >= 3
        and any(w in NAME_PARTICLES for w in words[1:-1])
        and _starts_with_given_name(longest_name)
        and not ht
        and not alias_id(longest_name, t)
    ):
        t = "PER"  # "Pieter van Dam", "Ursula von der Leyen": a given name and a particle make a person
    if longest_name in WATER_NAMES:
        t = "LOC"  # "Skagerrak", "Nordsjøen": a sea is a location, whatever NER said
    return t


def _retype_place_objects(entities: list[Entity], text: str) -> None:
    """A one-word "organisation" only ever named after "i/på" is a small place ("i Fauske").

    NER reads unknown towns as organisations; with no organisation evidence (alias file,
    media list, head noun, acronym, a company clause, an employed person before it) a name
    seen only as the object of a place preposition is a municipality or town (GPE).
    """
    person_ends = {m.end for e in entities if e.type == "PER" for m in e.mentions if " " in m.text}
    gpe_spans = {(m.start, m.end) for e in entities if e.type == "GPE" for m in e.mentions}
    for e in entities:
        names = [m for m in e.mentions if not m.derived]
        if e.type != "ORG" or not names or any(" " in m.text for m in names):
            continue
        if (
            e.name.isupper()
            or e.name in places()  # a known town read as ORG alone is its club ("til Tromsø")
            or not e.name[:1].isupper()
            or any(c.isdigit() for c in e.name)
            or alias_id(e.name, "ORG")
            or MEDIA_RE.fullmatch(e.name)
            or head_type(e.name)
            or is_institution_name(e.name)
            or any(COMPANY_VERBS.match(text, m.end) for m in names)
        ):
            continue
        if all(_place_object(text, m.start, m.end, person_ends, gpe_spans) for m in names):
            e.type = "GPE"
            e.kb_id = kb_id(e.name, "GPE")


# Nouns for the people inside an organisation: "ledelsen i X", "styret i X", "ansatte i X".
_INSIDE_BODY = re.compile(
    r"(?<![\w\-])[\wæøå\-]*(?:ledelsen|styret|ansatte|sjefen|direktøren|eierne|tillitsvalgte)\s*$",
    re.IGNORECASE,
)
_PLACE_PREP = re.compile(r"(?<![\w\-])(?:[Ii]|[Pp]å|[Ff]ra|[Ff]rå|[Tt]il|[Vv]ed|[Nn]ær)\s+$")


def _place_object(
    text: str, start: int, end: int, person_ends: set[int], gpe_spans: set[tuple[int, int]]
) -> bool:
    """A mention read as a place: after a place preposition, or coordinated with a place.

    "i Fauske", "en kvinne fra Fauske", "mellom Fagernes og Ryfoss" are places;
    "Kari Lie i Equinor" / "Kari Lie fra Equinor" (an employer after a person's name) and
    "selskapet X" are not.
    """
    before = text[max(0, start - 12) : start]
    prep = _PLACE_PREP.search(before)
    if prep:
        gap_start = start - (len(before) - prep.start())
        if any(gap_start - 2 <= pe <= gap_start for pe in person_ends):
            return False  # an employer after a person's full name
        if _INSIDE_BODY.search(text[max(0, gap_start - 30) : gap_start]):
            return False  # "ledelsen i Equinor", "sjefen i X": the people of a body, not a place
        return not _classifier_type(text, start)
    coord_after = re.match(r"\s+og\s+", text[end : end + 6])
    coord_before = re.search(r"\s+og\s+$", before)
    return bool(
        (coord_after and any(s == end + coord_after.end() for s, _ in gpe_spans))
        or (coord_before and any(e2 == start - len(coord_before.group(0)) for _, e2 in gpe_spans))
    )
