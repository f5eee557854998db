"""Standing relations between places and states: borders, ally_of, part_of.

Why separate from events: a border or membership is a fact about the world, not an
act; graphs draw them as a different kind of edge. Person roles (role_of,
leader_of, spokesperson_of, member_of, kin_of) come from the entity layer's
appositions; this module adds what the entity layer does not look for:

- borders:  "X grenser til/mot Y" (also in a relative clause: "X, som grenser til Y"),
            "Xs grense mot Y", "nabolandet Y";
- ally_of:  "X og Y er allierte", "Xs allierte Y", "alliansen mellom X og Y";
- part_of:  "X er en del av Y", "X i Y" between places ("Eidfjord i Hardanger"),
            "X ligger i Y", and a derived adjective before a region noun
            ("den russiske regionen Primorskij", "den israelske hæren IDF").

Relations already in ``rec.relations`` (from the entity layer) are not repeated.
"""

from __future__ import annotations

from nyhetsgraf.record import Entity, Record, Relation, Span

PLACE_TYPES = ("GPE", "LOC")
REGION_NOUNS = (
    "region",
    "regionen",
    "provins",
    "provinsen",
    "fylke",
    "fylket",
    "delstat",
    "delstaten",
    "kommune",
    "kommunen",
    "by",
    "byen",
    "bydel",
    "bydelen",
    "hær",
    "hæren",
    "marine",
    "marinen",
    "flyvåpen",
    "flyvåpenet",
    "del",
    "delen",
    "halvøy",
    "halvøya",
    "øy",
    "øya",
    "område",
    "området",
    "oblast",
    "distrikt",
    "distriktet",
    "landsdel",
    "landsdelen",
    "grenseby",
    "grensebyen",
)
ANAPHORIC_PLACES = ("regionen", "landet", "byen", "fylket", "provinsen", "kommunen", "staten", "delstaten")
_BORDER_VERBS = ("grense", "grensa", "grenser", "grensar", "grenset", "grensa")


class _Finder:
    def __init__(self, doc, index) -> None:
        self.doc = doc
        self.index = index

    def ent(self, tok) -> Entity | None:
        if tok is None:
            return None
        e = self.index.entity_at(tok.idx, tok.idx + len(tok.text))
        return e if e is not None and e.type in ("GPE", "LOC", "ORG", "PER") else None

    def next_entity(self, i: int, limit: int = 5, types=(*PLACE_TYPES, "ORG")) -> Entity | None:
        sent_end = self.doc[i].sent.end if i < len(self.doc) else len(self.doc)
        for j in range(i, min(sent_end, i + limit)):
            t = self.doc[j]
            if t.pos_ in ("VERB", "AUX") or t.text in (",", ".", ";"):
                return None
            e = self.ent(t)
            if e is not None and e.type in types:
                return e
        return None

    def last_place_before(self, i: int, limit: int = 40) -> Entity | None:
        """ "Regionen grenser mot …": the place named last before the anaphor, across sentences;
        a name right after the same noun ("regionen Primorskij") wins whatever NER called it."""
        noun = (self.doc[i].lemma_ or self.doc[i].lower_).lower()
        for j in range(i - 1, max(0, i - limit) - 1, -1):
            t = self.doc[j]
            e = self.any_ent(t)
            if e is None or t.pos_ == "ADJ":
                continue
            if j > 0 and (self.doc[j - 1].lemma_ or "").lower() == noun:
                return e
            if e.type in PLACE_TYPES:
                return e
        return None

    def any_ent(self, tok) -> Entity | None:
        return self.index.entity_at(tok.idx, tok.idx + len(tok.text)) if tok is not None else None

    def prev_entity(self, i: int, limit: int = 6, types=(*PLACE_TYPES, "ORG")) -> Entity | None:
        start = self.doc[i].sent.start
        for j in range(i - 1, max(start, i - limit) - 1, -1):
            t = self.doc[j]
            if t.pos_ == "VERB" and j != i - 1:
                return None  # a copula ("er en del av") may stand between, a full verb may not
            e = self.ent(t)
            if e is not None and e.type in types:
                return e
        return None


def find_relations(doc, rec: Record, index) -> list[Relation]:
    """Borders, alliances and part-of relations in one parsed article, without duplicates."""
    f = _Finder(doc, index)
    found: list[Relation] = []

    def add(rtype: str, a: Entity | None, b: Entity | None, tok, detail: str | None = None) -> None:
        if a is None or b is None or a.id == b.id:
            return
        sent = tok.sent
        found.append(
            Relation(
                type=rtype,
                source=a.id,
                target=b.id,
                detail=detail,
                evidence=Span(sent.start_char, sent.end_char),
            )
        )

    for tok in doc:
        low = tok.lower_
        lemma = (tok.lemma_ or "").lower()
        # borders: "X grenser til Y"
        if tok.pos_ in ("VERB",) and (lemma in ("grense", "grensa") or low in _BORDER_VERBS):
            nxt = doc[tok.i + 1] if tok.i + 1 < tok.sent.end else None
            if nxt is not None and nxt.lower_ in ("til", "mot", "opp"):
                b = f.next_entity(tok.i + 2, types=(*PLACE_TYPES, "ORG"))
                a = None
                subj = next((c for c in tok.children if c.dep_ == "SUBJ"), None)
                if subj is not None and subj.lower_ != "som" and subj.lower_ not in ANAPHORIC_PLACES:
                    a = f.ent(subj)
                if a is None and not (subj is not None and subj.lower_ in ANAPHORIC_PLACES):
                    a = f.prev_entity(tok.i, limit=8, types=(*PLACE_TYPES, "ORG"))
                if a is None and subj is not None and subj.lower_ in ANAPHORIC_PLACES:
                    a = f.last_place_before(subj.i)
                add("borders", a, b, tok)
        # part_of: "X er en del av Y"
        if low in ("del", "delen") and tok.i >= 2:
            nxt = doc[tok.i + 1] if tok.i + 1 < tok.sent.end else None
            if nxt is not None and nxt.lower_ == "av":
                b = f.next_entity(tok.i + 2)
                a = f.prev_entity(tok.i, limit=5)
                add("part_of", a, b, tok)
        # part_of: "Eidfjord i Hardanger", "X ligger i Y"
        if low in ("i", "på") and tok.i >= 1:
            prev = doc[tok.i - 1]
            a = f.ent(prev)
            nxt = doc[tok.i + 1] if tok.i + 1 < tok.sent.end else None
            b = f.ent(nxt) if nxt is not None else None
            if (
                a is not None
                and b is not None
                and a.type in PLACE_TYPES
                and b.type in PLACE_TYPES
                and not (nxt.i + 1 < tok.sent.end and doc[nxt.i + 1].lower_ in ("og",))
            ):
                add("part_of", a, b, tok)
            elif (prev.lemma_ or "").lower() in ("ligge", "ligg") and b is not None and b.type == "GPE":
                subj = next((c for c in prev.children if c.dep_ == "SUBJ"), None)
                add("part_of", f.ent(subj) if subj is not None else None, b, tok)
        # part_of: "den russiske regionen Primorskij"
        if low in REGION_NOUNS and tok.i >= 1:
            adj = doc[tok.i - 1]
            owner = f.ent(adj) if adj.pos_ == "ADJ" else None
            nxt = doc[tok.i + 1] if tok.i + 1 < tok.sent.end else None
            part = f.any_ent(nxt) if nxt is not None else None  # the region noun makes it a place
            if owner is not None and part is not None and owner.type == "GPE" and part.id != owner.id:
                add("part_of", part, owner, tok, detail=tok.lemma_ or low)
        # ally_of: "X og Y er allierte", "alliansen mellom X og Y"
        if low.startswith(("alliert", "allianse")):
            if low.startswith("allianse"):
                nxt = doc[tok.i + 1] if tok.i + 1 < tok.sent.end else None
                if nxt is not None and nxt.lower_ == "mellom":
                    a = f.next_entity(tok.i + 2, types=("GPE", "ORG"))
                    b = None
                    for j in range(tok.i + 3, min(tok.sent.end, tok.i + 8)):
                        if doc[j].lower_ == "og":
                            b = f.next_entity(j + 1, types=("GPE", "ORG"))
                            break
                    add("ally_of", a, b, tok)
            elif tok.i >= 1 and doc[tok.i - 1].lemma_ in ("være", "vere"):
                b = f.prev_entity(tok.i - 1, limit=3, types=("GPE", "ORG"))
                a = None
                for j in range(tok.i - 2, max(tok.sent.start, tok.i - 6) - 1, -1):
                    if doc[j].lower_ == "og":
                        a = f.prev_entity(j, limit=4, types=("GPE", "ORG"))
                        break
                add("ally_of", a, b, tok)
    return _dedupe(found, rec.relations)


def _dedupe(found: list[Relation], existing: list[Relation]) -> list[Relation]:
    seen = set()
    for r in existing:
        seen.add((r.type, r.source, r.target))
        if r.type in ("borders", "ally_of"):
            seen.add((r.type, r.target, r.source))
    out = []
    for r in found:
        k = (r.type, r.source, r.target)
        if k in seen:
            continue
        seen.add(k)
        if r.type in ("borders", "ally_of"):
            seen.add((r.type, r.target, r.source))
        out.append(r)
    return out


def extract_relations(rec: Record, ctx) -> None:
    """The ``relations`` stage: appends borders/ally_of/part_of to ``rec.relations``."""
    if ctx.doc is None:
        return
    from nyhetsgraf.extract.events import index_for

    index = index_for(rec, ctx)
    rec.relations = list(rec.relations) + find_relations(ctx.doc, rec, index)
