"""Roles and affiliations of persons, from the ways Norwegian news introduces people.

Why token patterns over the raw text (with the entity mentions as anchors) and not
only the parse: news introduces a person in a handful of fixed shapes, and the parser
is least reliable exactly there (long premodifiers, appositions between commas,
captions). The shapes covered:

- premodifier title:      "president Vladimir Putin", "asiaforsker Stein Tønnesson"
- owner + title:          "Kremls talsmann, Dmitrij Peskov", "Nord-Koreas leder Kim Il Sung",
                          "statsminister Erna Lunds personlige rådgiver, Per Holm"
- title + phrase, comma:  "lederen for bondepartiet i Finland, Mikko Virtanen"
- apposition after:       "Kari Berg, politiinspektør i Vest politidistrikt,", "X, farfaren til dagens Kim"
- place of work after:    "… Stein Tønnesson ved Prio", "politiinspektør X i Oslo politidistrikt", "X i Høyre"
- party in brackets:      "Jonas Gahr Støre (Ap)"
- copula:                 "Tønnesson er forsker i Prio"

Each hit adds the role word(s) to ``Entity.roles``, the target's id to
``Entity.affiliations`` and a ``Relation`` (role_of, leader_of, spokesperson_of,
member_of, kin_of) to the record.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nyhetsgraf.extract.entities import EntityIndex
from nyhetsgraf.record import Entity, Mention, Relation, Span

SPOKES = {
    "talsmann",
    "talskvinne",
    "talsperson",
    "pressetalsmann",
    "pressetalsperson",
    "pressekontakt",
    "pressesjef",
    "kommunikasjonssjef",
    "kommunikasjonsrådgiver",
    "kommunikasjonsdirektør",
    "informasjonssjef",
    "informasjonsrådgiver",
    "pressevakt",
    "talsmenn",
}
LEADERS = {
    "leder",
    "leiar",
    "president",
    "statsminister",
    "sjef",
    "direktør",
    "generalsekretær",
    "formann",
    "styreleder",
    "styreleiar",
    "ordfører",
    "diktator",
    "statsleder",
    "statsleiar",
    "partileder",
    "rektor",
    "konge",
    "administrerende direktør",
    "adm. direktør",
    "hersker",
    "statsoverhode",
}
KIN = {
    "far",
    "mor",
    "farfar",
    "morfar",
    "farmor",
    "mormor",
    "bestefar",
    "bestemor",
    "oldefar",
    "sønn",
    "datter",
    "dotter",
    "bror",
    "søster",
    "onkel",
    "tante",
    "fetter",
    "kusine",
    "nevø",
    "niese",
    "kone",
    "ektemann",
    "ektefelle",
    "barnebarn",
    "svigerfar",
    "svigermor",
    "svigersønn",
    "kjæreste",
    "samboer",
    "mann",
    "enke",
    "enkemann",
    "stefar",
    "stemor",
    "halvbror",
    "halvsøster",
}
ROLE_SUFFIXES = (
    "forsker",
    "sjef",
    "leder",
    "leiar",
    "minister",
    "rådgiver",
    "rådgjevar",
    "talsmann",
    "talsperson",
    "talskvinne",
    "direktør",
    "ombud",
    "inspektør",
    "meteorolog",
    "økonom",
    "trener",
    "kontakt",
    "president",
    "sekretær",
    "representant",
    "politiker",
    "advokat",
    "forsvarer",
    "professor",
    "ekspert",
    "analytiker",
    "journalist",
    "redaktør",
    "fotograf",
    "ordfører",
    "rådmann",
    "ambassadør",
    "general",
    "offiser",
    "spiller",
    "keeper",
    "kaptein",
    "forfatter",
    "artist",
    "sanger",
    "dommer",
    "aktor",
    "lege",
    "sykepleier",
    "prest",
    "biskop",
    "kommentator",
    "korrespondent",
    "medlem",
    "etterforsker",
    "diktator",
    "formann",
    "profil",
    "statsråd",
    "sjåfør",
    "guvernør",
    "konsulent",
    "analytikar",
    "granskar",
    "lærer",
    "rektor",
    "dekan",
    "ansatt",
    "tilsett",
    "stipendiat",
    "spesialist",
    "kommandør",
    "admiral",
    "soldat",
    "kandidat",
    "målscorer",
    "scorer",
    "jurist",
    "tillitsvalgt",
    "tillitsvald",
    "mester",
    "meister",
    "ordførar",
    "rådgjevar",
    "leiar",
    "vokalist",
    "gitarist",
    "musiker",
    "regissør",
    "produsent",
    "eier",
    "gründer",
    "grunnlegger",
)
PARTIES = {
    "Ap",
    "A",
    "H",
    "Frp",
    "FrP",
    "Sp",
    "SV",
    "KrF",
    "V",
    "MDG",
    "R",
    "PF",
    "INP",
    "Høyre",
    "Arbeiderpartiet",
    "Senterpartiet",
    "Fremskrittspartiet",
    "Venstre",
    "Rødt",
    "Kristelig Folkeparti",
    "Sosialistisk Venstreparti",
    "Miljøpartiet De Grønne",
}
ROYALS = {
    "dronning",
    "konge",
    "kong",
    "prins",
    "prinsesse",
    "kronprins",
    "kronprinsesse",
    "keiser",
    "pave",
    "hertug",
    "hertuginne",
    "fru",
    "herr",
}
WORK_PREPS = ("ved", "hos", "i", "for", "fra", "frå", "til")
_ADJ = re.compile(r"^[a-zæøå][a-zæøå\-]*(?:e|ske|lige|ende)$")
_WORD = r"[A-Za-zÆØÅæøåÄÖÜäöüéè\-]+"


def _definite_base(word: str) -> list[str]:
    w = word.lower()
    out = [w]
    for suf in ("en", "et", "a", "n", "ar", "ane", "ene", "ane"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            out.append(w[: -len(suf)])
    return out


# "operasjonsleder", "vaktleder", "fagdirektør": heads of a shift or unit, not of the organisation.
SUB_UNIT_PREFIXES = (
    "operasjons",
    "innsats",
    "vakt",
    "avdelings",
    "prosjekt",
    "seksjons",
    "krim",
    "fag",
    "team",
    "gruppe",
    "skift",
    "etterforsknings",
    "nest",
    "vise",
    "under",
    "brann",
    "kommunikasjons",
    "informasjons",
    "presse",
    "lag",
    "kontor",
    "stasjons",
    "politistasjons",
    "salgs",
    "drifts",
)
NOT_ROLES = {"sier", "seier", "mener", "meiner", "svarer", "spør", "eier", "forteller", "skriver"}


def role_kind(word: str) -> str | None:
    """ "spokes", "leader", "kin", "role" for a role word (any definite form), None if not a role."""
    if word.lower() in NOT_ROLES:
        return None
    if "-" in word:  # "Rosenborg-trener", "KFUM-trener": the role is the last part
        word = word.rsplit("-", 1)[1]
        if not word[:1].islower():
            return None
    for w in _definite_base(word):
        if w in KIN:
            return "kin"
        if w in SPOKES:
            return "spokes"
        if w in LEADERS or (
            w.endswith(("sjef", "leder", "leiar", "mester"))
            and not w.startswith(("sjef", *SUB_UNIT_PREFIXES))
        ):
            return "leader"
        if (
            w in ROLE_SUFFIXES
            or w in ROYALS
            or any(w.endswith(suf) and len(w) >= len(suf) + 3 for suf in ROLE_SUFFIXES)
        ):
            return "role"
    return None


def relation_type(role: str, target: Entity | None) -> str:
    """The contract relation a role implies towards its target."""
    kind = role_kind(role.split()[-1]) or "role"
    if kind == "kin":
        return "kin_of"
    if kind == "spokes":
        return "spokesperson_of"
    if (
        (kind == "leader" and not role.split()[-1].lower().startswith("stats"))
        or role.lower().startswith("statsminister")
        or role.lower().startswith("president")
    ):
        return "leader_of"
    if target is not None and target.type == "PER":
        return "role_of"
    if role.split()[-1].lower().endswith(("minister", "trener", "rådgiver", "forsvarer")):
        return "role_of"
    return "member_of" if target is None or target.type == "ORG" else "role_of"


@dataclass
class _Hit:
    person: Entity
    role: str | None
    target: Entity | None
    start: int
    end: int
    rel: str | None = None


class RoleFinder:
    """Finds role hits around every person mention of one article."""

    def __init__(self, index: EntityIndex, text: str) -> None:
        self.index = index
        self.text = text
        self.sent_starts = getattr(index, "sent_starts", None) or [0]

    def _sent_start(self, offset: int) -> int:
        return max((s for s in self.sent_starts if s <= offset), default=0)

    def _entity_ending_at(self, end: int) -> Entity | None:
        """An entity whose (genitive) mention ends at ``end``."""
        for e in self.index.entities:
            for m in e.mentions:
                if m.end == end and not m.derived:
                    return e
        return None

    def _entities_in(self, start: int, end: int) -> list[tuple[Mention, Entity]]:
        found = [
            (m, e)
            for e in self.index.entities
            for m in e.mentions
            if start <= m.start and m.end <= end and not m.derived
        ]
        return sorted(found, key=lambda x: x[0].start)

    def hits(self) -> list[_Hit]:
        out: list[_Hit] = []
        for person in self.index.entities:
            if person.type != "PER":
                continue
            for m in person.mentions:
                if m.derived:
                    continue
                before = self._before(person, m)
                after = self._after(person, m)
                role = next((h.role for h in before if h.role), None)
                for h in after:  # "asiaforsker X ved Prio": the title belongs to the affiliation too
                    if (
                        h.role is None
                        and role
                        and h.rel == "member_of"
                        and h.target
                        and h.target.type == "ORG"
                        and h.target.name not in PARTIES
                    ):
                        h.role, h.rel = role, None
                out.extend(before)
                out.extend(after)
        return out

    # "Kremls talsmann, Dmitrij Peskov" / "president Vladimir Putin" / "lederen for X i Y, Z"
    def _before(self, person: Entity, m: Mention) -> list[_Hit]:
        s0 = self._sent_start(m.start)
        ctx = self.text[s0 : m.start]
        appos = False
        stripped = ctx.rstrip()
        if stripped.endswith(","):
            appos = True
            stripped = stripped[:-1].rstrip()
        words = list(re.finditer(_WORD, stripped))
        if not words:
            return []
        hits = []
        # title + "for/i X …" phrase + comma: find the role word within the last 12 words
        last = words[-1]
        if last.end() != len(stripped):
            return []
        role_idx = None
        compound = re.fullmatch(r"([A-ZÆØÅ][\w]*)-([a-zæøå]+)", last.group(0))
        if compound and role_kind(compound.group(2)) and not appos:
            owner = self.index.resolve_name(compound.group(1))
            role = compound.group(2).lower()
            target = owner if owner is not None and owner is not person and owner.type != "PER" else None
            return [_Hit(person, role, target, s0 + last.start(), m.end)]
        if role_kind(last.group(0)) and (last.group(0)[:1].islower() or last.start() == 0):
            role_idx = len(words) - 1
        elif appos:
            for k in range(len(words) - 2, max(-1, len(words) - 12), -1):
                w = words[k].group(0)
                if (
                    w[:1].islower()
                    and role_kind(w)
                    and k + 1 < len(words)
                    and words[k + 1].group(0).lower() in WORK_PREPS
                ):
                    role_idx = k
                    break
        if role_idx is None:
            return []
        rw = words[role_idx]
        role_words = [rw.group(0)]
        k = role_idx - 1
        while (
            k >= 0
            and _ADJ.match(words[k].group(0))
            and len(role_words) < 3
            and stripped[words[k].end() : rw.start()].strip()
            in ("", *[x.group(0) for x in words[k + 1 : role_idx]])
        ):
            role_words.insert(0, words[k].group(0))
            k -= 1
        role = " ".join(role_words).lower()
        role_start = s0 + words[k + 1].start()
        target = None
        owner = self._entity_ending_at(s0 + words[k].end()) if k >= 0 else None
        if owner is not None and owner is not person and self.text[s0 + words[k].end() - 1] in "s'’":
            target = owner
        elif role_idx < len(words) - 1:  # "lederen for bondepartiet i Finland,"
            inner = self._entities_in(s0 + rw.end(), m.start)
            inner = [(mm, e) for mm, e in inner if e is not person]
            if inner:
                target = inner[-1][1]
        elif owner is None:
            # "president Joe Bidens …": a title word before an owner
            pass
        hits.append(_Hit(person, role, target, min(role_start, m.start), m.end))
        return hits

    # "X, politiinspektør i Y," / "X ved Y" / "X (Ap)" / "X er forsker i Y" / "X, farfaren til Z"
    def _after(self, person: Entity, m: Mention) -> list[_Hit]:
        after = self.text[m.end : m.end + 160]
        hits = []
        party = re.match(r"\s*\(([A-ZÆØÅ][\w ]{0,30})\)", after)
        if party and party.group(1) in PARTIES:
            ps = m.end + party.start(1)
            target = self.index.entity_at(ps, ps + len(party.group(1)))
            if target is None:
                target = self._add_party(party.group(1), ps)
            hits.append(_Hit(person, None, target, m.start, m.end + party.end(), "member_of"))
            return hits
        ap = re.match(
            rf"\s*,\s+((?:{_WORD}\s+){{0,2}}?)({_WORD})(?:\s+(ved|hos|i|for|til|åt|fra|frå)\s+)?", after
        )
        if ap and ap.group(2)[:1].islower() and role_kind(ap.group(2)):
            role = (ap.group(1) + ap.group(2)).strip().lower()
            target = None
            if ap.group(3):
                end = after.find(",", ap.end())
                end = len(after) if end < 0 else end
                dot = re.search(r"[.\n]", after[ap.end() :])
                if dot:
                    end = min(end, ap.end() + dot.start())
                inner = [
                    (mm, e) for mm, e in self._entities_in(m.end + ap.end(), m.end + end) if e is not person
                ]
                if inner:
                    target = inner[0][1]
            if all(role_kind(w) or _ADJ.match(w) for w in role.split()):
                hits.append(_Hit(person, role, target, m.start, m.end + ap.end()))
            return hits
        work = re.match(r"\s+(?:er\s+(?:en\s+|ein\s+)?(" + _WORD + r")\s+)?(ved|hos|i)\s+", after)
        if work:
            ts = m.end + work.end()
            target = self.index.entity_at(ts, ts + 1)
            if target is not None and target.type in ("ORG",) and target is not person:
                role = work.group(1).lower() if work.group(1) and role_kind(work.group(1)) else None
                if work.group(1) and not role:
                    return hits
                if work.group(2) != "i" or role or target.type == "ORG":
                    hits.append(_Hit(person, role, target, m.start, ts + 1, None if role else "member_of"))
        return hits

    def _add_party(self, abbr: str, start: int) -> Entity:
        """An "(Ap)" the NER left out becomes an ORG entity of its own, or joins the party's entity."""
        from nyhetsgraf.extract.kb_ids import kb_id

        kid = kb_id(abbr, "ORG")
        for e in self.index.entities:
            if e.type == "ORG" and e.kb_id == kid:
                e.mentions.append(Mention(start, start + len(abbr), abbr))
                e.mentions.sort(key=lambda mm: mm.start)
                return e
        e = Entity(
            id=f"e{len(self.index.entities) + 1}",
            name=abbr,
            type="ORG",
            kb_id=kid,
            mentions=[Mention(start, start + len(abbr), abbr)],
        )
        self.index.add(e)
        return e


def apply_roles(index: EntityIndex, text: str | None = None) -> list[Relation]:
    """Fill ``roles`` and ``affiliations`` of the index's persons; return the relations found."""
    text = text if text is not None else index.text
    relations: list[Relation] = []
    seen: set[tuple[str, str, str]] = set()
    for hit in RoleFinder(index, text).hits():
        p = hit.person
        if hit.role and hit.role not in p.roles:
            p.roles.append(hit.role)
            head = hit.role.split()[-1]
            if head != hit.role and role_kind(head) and head not in p.roles:
                p.roles.append(head)
        if hit.target is None or hit.target is p:
            continue
        rel = hit.rel or relation_type(hit.role or "medlem", hit.target)
        if rel != "kin_of" and hit.target.type in ("ORG", "GPE") and hit.target.id not in p.affiliations:
            p.affiliations.append(hit.target.id)
        key = (rel, p.id, hit.target.id)
        if key in seen:
            continue
        seen.add(key)
        detail = hit.role
        if rel == "kin_of" and detail:
            detail = _kin_base(detail)
        relations.append(
            Relation(
                type=rel, source=p.id, target=hit.target.id, detail=detail, evidence=Span(hit.start, hit.end)
            )
        )
    return relations


def _kin_base(role: str) -> str:
    for w in _definite_base(role.split()[-1]):
        if w in KIN:
            return w
    return role
