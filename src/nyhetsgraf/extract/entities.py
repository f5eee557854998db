"""Entities that hold together: from NER mentions to one ``Entity`` per real-world actor.

Why a layer of its own: NER gives strings ("Kim Jong-un", "Kim", "Kims",
"nordkoreanske"), users ask about actors. Quotes (speaker resolution) and
events (actors) code against ``EntityIndex``, so its API is kept small and
stable: ``entities``, ``entity_at``, ``resolve_name``, ``persons_before``,
``gender_of``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter

from nyhetsgraf.extract.entity_types import (
    _best_name,
    _entity_type,
    _only_sentence_initial_common,
    _retype_by_context,
    _retype_employers,
    _retype_place_objects,
    _retype_single_word_persons,
)
from nyhetsgraf.extract.kb_ids import alias_id, country_code, kb_id, slug
from nyhetsgraf.extract.mentions import (
    _M,
    KIN_BEFORE,
    MentionFinder,
    _caption_labels,
    _starts_with_given_name,
    _vote,
)
from nyhetsgraf.extract.name_lexicon import (
    MEDIA_RE,
    ORG_HEAD_WORDS,
    PHRASE_STOP,
    head_type,
)
from nyhetsgraf.extract.names import name_key, strip_genitive
from nyhetsgraf.record import Entity, Mention


class EntityIndex:
    """The entities of one article, with look-ups by offset, by name and by recency.

    Built by ``build_index`` (from plain mentions) or ``index_doc`` (from a spaCy Doc);
    ids are "e1", "e2", … in order of first mention.
    """

    def __init__(self, entities: list[Entity], text: str = "") -> None:
        self.entities = entities
        self.text = text
        self.sent_starts: list[int] = [0]
        self.relations: list = []  # Relation records found by the roles step
        self.reindex()

    def reindex(self) -> None:
        """Rebuild the look-up tables after entities or mentions were added."""
        self._by_id = {e.id: e for e in self.entities}
        spans = sorted((m.start, m.end, e.id) for e in self.entities for m in e.mentions)
        self._starts = [s for s, _, _ in spans]
        self._spans = spans

    def add(self, entity: Entity) -> None:
        """Add an entity found after merging (e.g. a party in brackets) and keep the tables right."""
        self.entities.append(entity)
        self.reindex()

    def get(self, entity_id: str | None) -> Entity | None:
        """The entity with id ``entity_id`` (None for unknown ids)."""
        return self._by_id.get(entity_id) if entity_id else None

    def entity_at(self, start: int, end: int) -> Entity | None:
        """The entity with a mention overlapping [start, end); the largest overlap wins."""
        best, best_ov = None, 0
        i = bisect_left(self._starts, start)
        # mentions are short: look back a little for ones that start before `start`
        for s, e, eid in self._spans[max(0, i - 8) :]:
            if s >= end:
                break
            ov = min(e, end) - max(s, start)
            if ov > best_ov:
                best, best_ov = self._by_id[eid], ov
        return best

    def resolve_name(self, name: str) -> Entity | None:
        """The entity a name refers to: full name, surname or given name, genitive, acronym.

        An exact (normalised) name or mention wins; otherwise a name whose words are
        contained in one entity's name; when several fit, the most mentioned person.
        """
        if not name or not name.strip():
            return None
        keys = {name_key(name), name_key(strip_genitive(name))}
        for e in self.entities:
            forms = {name_key(e.name)} | {name_key(m.text) for m in e.mentions}
            forms |= {name_key(strip_genitive(m.text)) for m in e.mentions if not m.derived}
            if keys & forms:
                return e
        best: list[Entity] = []
        for key in keys:
            words = key.split()
            if not words:
                continue
            for e in self.entities:
                ewords = name_key(e.name).split()
                if set(words) <= set(ewords) and (words[-1] == ewords[-1] or len(words) == 1):
                    best.append(e)
        if not best:
            return None
        best.sort(key=lambda e: (e.type != "PER", -len(e.mentions)))
        return best[0]

    def persons_before(self, offset: int) -> list[Entity]:
        """Persons mentioned before ``offset``, the most recently mentioned first."""
        last: dict[str, int] = {}
        for s, _e, eid in self._spans:
            if s >= offset:
                break
            if self._by_id[eid].type == "PER":
                last[eid] = s
        return [self._by_id[eid] for eid, _ in sorted(last.items(), key=lambda kv: -kv[1])]

    def gender_of(self, entity: Entity | None) -> str | None:
        """ "m", "f" or None (unknown or not a person)."""
        if entity is None or entity.type != "PER":
            return None
        return entity.gender


# ---------------------------------------------------------------------------------------------
# From mentions to entities
# ---------------------------------------------------------------------------------------------


class _Builder(MentionFinder):
    """Groups the cleaned mentions of one article into entities (see ``MentionFinder`` for the cleaning)."""

    def merge(self, ms: list[_M]) -> list[list[_M]]:
        names = [m for m in ms if not m.derived_code]
        # split a key whose mentions disagree between person and a known place ("Georgia")
        groups: dict[tuple[str, str], list[_M]] = {}
        by_key: dict[str, list[_M]] = {}
        anchor_words = {
            w for m in names if m.label == "PER" and len(m.key.split()) > 1 for w in m.key.split()
        }
        for m in names:
            by_key.setdefault(m.key, []).append(m)
        for key, group in by_key.items():
            votes = sum((m.votes for m in group), Counter())
            if (
                votes.get("PER")
                and country_code(group[0].base)
                and key in anchor_words
                and any(m.label != "PER" for m in group)
                and any(m.label == "PER" for m in group)
            ):
                for m in group:
                    groups.setdefault((key, "PER" if m.label == "PER" else "PLACE"), []).append(m)
            else:
                groups.setdefault((key, ""), []).extend(group)
        glist = list(groups.values())
        gvotes = [sum((m.votes for m in g), Counter()) for g in glist]
        gtype = [self._group_type(g, v) for g, v in zip(glist, gvotes, strict=True)]
        gwords = [g[0].key.split() for g in glist]
        parent = list(range(len(glist)))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        def union(a: int, b: int) -> None:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)

        # acronym ↔ expansion: "Statistisk sentralbyrå (SSB)"
        self._acronyms(glist, union, gtype)
        self._acronym_prefixes(glist, union, gtype)
        # same country or alias identity under different spellings: "USA" / "De forente stater"
        ident: dict[str, int] = {}
        for i, g in enumerate(glist):
            if gtype[i] == "PER":
                continue
            code = country_code(g[0].base)
            kid = f"gpe:{code}" if code else (alias_id(g[0].base, gtype[i]) or alias_id(g[0].base, "ORG"))
            if kid:
                if kid in ident:
                    union(ident[kid], i)
                else:
                    ident[kid] = i
        # "Statsforvaltaren" after "Statsforvaltaren i Vestland": a body's head word alone names it
        self._bare_heads(glist, gwords, gtype, union)
        # "Odda i Ullensvang" … "Ullensvang kommune": the place and its municipality are one entity
        self._municipalities(gwords, gtype, union)
        # persons: multi-word anchors, and shorter forms that fit exactly one of them
        anchors = [i for i in range(len(glist)) if gtype[i] == "PER" and len(gwords[i]) >= 2]
        pskel = [[slug(w) for w in gwords[i]] for i in range(len(glist))]
        for i in anchors:
            for j in anchors:
                if (
                    i != j
                    and len(gwords[i]) < len(gwords[j])
                    and self._subseq(pskel[i], pskel[j])
                    and pskel[i][-1] == pskel[j][-1]
                    and sum(1 for k in anchors if k != i and self._subseq(pskel[i], pskel[k])) == 1
                ):
                    union(j, i)
        anchor_roots = sorted({find(i) for i in anchors})
        self._assignments: dict[int, int] = {}  # id(mention) → anchor root, for split short forms
        for i, g in enumerate(glist):
            if len(gwords[i]) != 1 or (find(i) in anchor_roots and i in anchors):
                continue
            w = pskel[i][0]
            cands = [
                r
                for r in anchor_roots
                if any((pskel[k][0] == w or pskel[k][-1] == w) for k in anchors if find(k) == r)
            ]
            if not cands:
                continue
            if gtype[i] != "PER" and country_code(g[0].base) and not gvotes[i].get("PER"):
                continue  # "Georgia" the country is not Georgia Hansen
            if len(cands) == 1:
                union(cands[0], i)
                continue
            for m in g:  # a short form that fits several people: per mention, never to both
                r = self._choose_anchor(m, cands, glist, find)
                self._assignments[id(m)] = r
        # collect
        out: dict[int, list[_M]] = {}
        for i, g in enumerate(glist):
            for m in g:
                root = self._assignments.get(id(m), find(i))
                out.setdefault(root, []).append(m)
        self._types = {}
        return [sorted(v, key=lambda m: m.start) for _k, v in sorted(out.items())]

    @staticmethod
    def _bare_heads(glist: list[list[_M]], gwords: list[list[str]], gtype: list[str], union) -> None:
        """Join a one-word institution name to the one "<it> i/for/på <place>" form of the article.

        Regional bodies are named in full once ("Statsforvaltaren i Vestland",
        "Pasientombudet i Agder") and by their head alone afterwards. The bare word is a
        person only for NER; its head noun ("-forvaltaren", "-ombudet") or an ORG vote says otherwise.
        """
        for i, g in enumerate(glist):
            if len(gwords[i]) != 1 or not (gtype[i] == "ORG" or head_type(g[0].base) == "ORG"):
                continue
            longer = [
                j
                for j in range(len(glist))
                if gtype[j] in ("ORG", "GPE")
                and len(gwords[j]) >= 3
                and gwords[j][0] == gwords[i][0]
                and gwords[j][1] in ("i", "for", "pa", "på")
            ]
            if len(longer) == 1:
                union(longer[0], i)

    @staticmethod
    def _municipalities(gwords: list[list[str]], gtype: list[str], union) -> None:
        """Join "X" to "X kommune" / "X fylkeskommune" / "X herad" / "X fylke".

        News names a municipality both ways in one article; the gold convention lists it once
        (NorNE's GPE_LOC and GPE_ORG readings of one place).
        """
        units = ("kommune", "fylkeskommune", "herad", "fylke")
        for j, words in enumerate(gwords):
            if len(words) != 2 or words[1] not in units or gtype[j] not in ("GPE", "ORG", "LOC"):
                continue
            for i, short in enumerate(gwords):
                if short == words[:1] and gtype[i] in ("GPE", "LOC", "ORG", "MISC"):
                    union(j, i)

    @staticmethod
    def _subseq(short: list[str], long: list[str]) -> bool:
        it = iter(long)
        return all(w in it for w in short)

    def _group_type(self, g: list[_M], votes: Counter) -> str:
        t = _vote(votes)
        ht = head_type(g[0].base)
        if t == "PER" and ht and ht != "PER" and not _starts_with_given_name(g[0].base):
            return ht  # "Solund Sjømat" is a company: its first word is no short form of it
        if t in ("ORG", "LOC") and country_code(g[0].base) and not alias_id(g[0].base, "ORG"):
            return "GPE"
        return t

    def _choose_anchor(self, m: _M, cands: list[int], glist, find) -> int:
        """Nearest preceding full mention in the same or previous sentences, else the most mentioned."""
        ctx = self.text[max(0, m.start - 60) : m.start]
        excluded: set[int] = set()
        sent_start = max((s for s in self.sent_starts if s <= m.start), default=0)
        if KIN_BEFORE.search(ctx):
            # "Kim Il-sung, farfaren til dagens Kim": the kin of a person is not that person
            for r in cands:
                if any(
                    mm.start >= sent_start and mm.start < m.start
                    for k, g in enumerate(glist)
                    if find(k) == r
                    for mm in g
                    if len(mm.key.split()) > 1
                ):
                    excluded.add(r)
        pool = [r for r in cands if r not in excluded] or cands
        marker = re.search(r"\b(?:dagens|nåværende)\s*$", ctx, re.IGNORECASE)
        size = {r: sum(len(g) for k, g in enumerate(glist) if find(k) == r) for r in pool}
        if not marker:
            prev_sent = max((s for s in self.sent_starts if s < sent_start), default=0)
            last: dict[int, int] = {}
            for r in pool:
                for k, g in enumerate(glist):
                    if find(k) != r:
                        continue
                    for mm in g:
                        if mm.start < m.start and len(mm.key.split()) > 1:
                            last[r] = max(last.get(r, -1), mm.start)
            recent = [r for r in pool if last.get(r, -1) >= prev_sent]
            if recent:
                return max(recent, key=lambda r: last[r])
            if last:  # no one in the last sentences: the person named most recently before
                return max(last, key=lambda r: last[r])
        return max(pool, key=lambda r: (size[r], -r))

    @staticmethod
    def _acronym_prefixes(glist: list[list[_M]], union, gtype: list[str]) -> None:
        """ "WWF" and "WWF Verdens naturfond": an acronym opening a longer organisation name is it.

        Norwegian news often writes an international body's acronym before its Norwegian
        name; later mentions use the acronym alone. A one-word rest ("NRK Innlandet", a
        district office) is a body of its own and is left apart.
        """
        acronyms: dict[str, int] = {}
        for i, g in enumerate(glist):
            forms = {m.base for m in g if not m.derived_code}
            if gtype[i] == "ORG" and len(forms) == 1:
                (form,) = forms
                if form.isupper() and 2 <= len(form) <= 6 and " " not in form:
                    acronyms[form] = i
        for j, g in enumerate(glist):
            if gtype[j] != "ORG":
                continue
            for m in g:
                ws = m.base.split()
                if len(ws) >= 3 and ws[0] in acronyms and acronyms[ws[0]] != j:
                    union(acronyms[ws[0]], j)
                    break

    def _acronyms(self, glist: list[list[_M]], union, gtype: list[str]) -> None:
        key_index = {g[0].key: i for i, g in enumerate(glist)}
        for i, g in enumerate(glist):
            if gtype[i] == "PER":  # "Eriksen (Ap)": a party after a person is an affiliation, not a name
                continue
            for m in g:
                after = re.match(r"\s*\(\s*([^()\n]{2,40}?)\s*\)", self.text[m.end : m.end + 50])
                if after:
                    inner = name_key(after.group(1))
                    j = key_index.get(inner)
                    # "KONGSBERG (TV 2)" is a dateline and "Oslo (NTB)" a source: only an
                    # organisation with its short form in brackets is one entity
                    if (
                        j is not None
                        and j != i
                        and gtype[i] not in ("GPE", "LOC")
                        and gtype[j] not in ("PER", "GPE", "LOC")
                        and not MEDIA_RE.fullmatch(after.group(1))
                        and not m.text.isupper()
                    ):
                        union(i, j)
                    continue
                # "ved institutt for fredsforskning (Prio)": the expansion NER did not tag
                before = re.search(r"([\w\- ]{3,80}?)\s*\(\s*$", self.text[max(0, m.start - 82) : m.start])
                if before and self.text[m.end : m.end + 1] == ")":
                    phrase = self._expansion_phrase(before.group(1))
                    if phrase:
                        s = (
                            m.start
                            - (len(self.text[max(0, m.start - 82) : m.start]) - before.start(1))
                            + before.group(1).rfind(phrase)
                        )
                        s2 = self.text.rfind(phrase, 0, m.start)
                        s = s2 if s2 >= 0 else s
                        if not any(mm.start < s + len(phrase) and s < mm.end for gg in glist for mm in gg):
                            em = _M(s, s + len(phrase), phrase, Counter(m.votes))
                            em.base, em.key = phrase, name_key(phrase)
                            g.append(em)

    @staticmethod
    def _expansion_phrase(chunk: str) -> str | None:
        ws = chunk.split()
        keep: list[str] = []
        for w in reversed(ws):
            if w.lower() in PHRASE_STOP or len(keep) >= 6:
                break
            keep.insert(0, w)
        while keep and keep[0].lower() in ("for", "og"):
            keep.pop(0)
        if len(keep) < 2:
            return None
        head = keep[0].lower()
        if any(head.endswith(h) for h in ORG_HEAD_WORDS):
            return " ".join(keep)
        return None


def _propagate(text: str, groups: list[list[_M]], b: _Builder) -> None:
    """Add the occurrences of an entity's own name forms that NER missed ("Kim Jong-un" in a caption).

    Only forms that belong to exactly one entity are spread, so an ambiguous short form
    ("Kim" between two Kims) is never copied to the wrong person.
    """
    owner: dict[str, int] = {}
    for i, g in enumerate(groups):
        for m in g:
            if m.derived_code or len(m.base) < 3 or not m.base[:1].isupper():
                continue
            owner[m.base] = i if owner.get(m.base, i) == i else -1
    taken = sorted((m.start, m.end) for g in groups for m in g)
    labels = _caption_labels(text)

    def free(s: int, e: int) -> bool:
        return not any(ts < e and s < te for ts, te in taken) and not any(ls <= s < le for ls, le in labels)

    for form, i in sorted(owner.items(), key=lambda kv: -len(kv[0])):
        if i < 0:
            continue
        for m in re.finditer(rf"(?<![\w\-]){re.escape(form)}(s\b)?(?![\w\-])", text):
            if m.group(1) and not b._followed_by_noun(m.end()):
                continue
            if free(m.start(), m.end()):
                mm = _M(m.start(), m.end(), m.group(0))
                mm.base, mm.key = form, name_key(form)
                groups[i].append(mm)
                taken.append((m.start(), m.end()))
                taken.sort()
    for g in groups:
        g.sort(key=lambda m: m.start)


def build_index(
    text: str,
    mentions,
    sent_starts: list[int] | None = None,
    pos: dict[int, str] | None = None,
    with_gender: bool = True,
    genitive_ends: set[int] | None = None,
    propn: list[tuple[int, int, bool]] | None = None,
) -> EntityIndex:
    """Merge raw NER mentions ``(text, label, start, end)`` of one article into an ``EntityIndex``.

    ``sent_starts`` (sentence start offsets) and ``pos`` (UD POS by token start offset)
    come from the parse when there is one; without them plain-text heuristics stand in.
    """
    b = _Builder(text, mentions, sent_starts, pos, genitive_ends, propn)
    ms = b.clean()
    b.keys(ms)
    groups = b.merge(ms)
    _propagate(text, groups, b)
    entities: list[tuple[int, Entity]] = []
    by_code: dict[str, Entity] = {}
    for g in groups:
        etype = _entity_type(g)
        name = _best_name(g, etype)
        variants = sorted({m.base for m in g} - {name})
        e = Entity(
            id="",
            name=name,
            type=etype,
            kb_id=kb_id(name, etype, variants),
            mentions=[Mention(m.start, m.end, m.text) for m in g],
        )
        entities.append((g[0].start, e))
        if e.kb_id and e.kb_id.startswith("gpe:"):
            by_code.setdefault(e.kb_id[4:], e)
    entities = [(st, e) for st, e in entities if not _only_sentence_initial_common(e, b)]
    _retype_single_word_persons([e for _s, e in entities], text)
    _retype_by_context([e for _s, e in entities], text)
    _retype_employers([e for _s, e in entities], text)
    _retype_place_objects([e for _s, e in entities], text)
    for _s, e in entities:  # "Oslo-mannen" joins Oslo
        for m in e.mentions:
            by_code.setdefault("name:" + name_key(strip_genitive(m.text)), e)
            by_code.setdefault("name:" + name_key(m.text), e)
    # derived words join their country; alone they make no entity
    for m in ms:
        if m.derived_code and m.derived_code in by_code:
            by_code[m.derived_code].mentions.append(Mention(m.start, m.end, m.text, derived=True))
    out = []
    for n, (_s, e) in enumerate(sorted(entities, key=lambda x: x[0]), start=1):
        e.id = f"e{n}"
        e.mentions.sort(key=lambda mm: mm.start)
        out.append(e)
    index = EntityIndex(out, text)
    index.sent_starts = b.sent_starts
    if with_gender:
        from nyhetsgraf.extract.gender import assign_genders

        assign_genders(index)
    return index


def analyze_entities(doc) -> EntityIndex:
    """Entities, roles, affiliations, relations and gender of one parsed article.

    Gender comes last because a role ("farfaren", "talskvinne") is evidence for it.
    """
    from nyhetsgraf.extract.gender import assign_genders
    from nyhetsgraf.extract.roles import apply_roles

    index = index_doc(doc, with_gender=False)
    index.relations = apply_roles(index, doc.text)
    index.reindex()
    assign_genders(index)
    return index


def index_doc(doc, with_gender: bool = True) -> EntityIndex:
    """The ``EntityIndex`` of a parsed spaCy ``Doc`` (NorNE labels, parser sentences, UD POS)."""
    mentions = [(e.text, e.label_, e.start_char, e.end_char) for e in doc.ents]
    # Sentence starts from punctuation and line breaks, not from the parser: the parser also
    # starts "sentences" after commas in appositions ("Kremls talsmann, | Dmitrij Peskov").
    sent_starts = None
    pos = {t.idx: t.pos_ for t in doc} if doc.has_annotation("POS") else None
    gen = (
        {t.idx + len(t.text) for t in doc if "Gen" in t.morph.get("Case")}
        if doc.has_annotation("MORPH")
        else None
    )
    in_ent = {i for e in doc.ents for i in range(e.start, e.end)}
    propn: list[tuple[int, int, bool]] = []
    for t in doc:
        if t.pos_ != "PROPN" or t.i in in_ent or not t.text[:1].isupper():
            continue
        is_gen = "Gen" in t.morph.get("Case") or (
            t.text.endswith("s") and t.i + 1 < len(doc) and doc[t.i + 1].pos_ in ("NOUN", "ADJ")
        )
        if propn and propn[-1][1] + 1 == t.idx and doc[t.i - 1].pos_ == "PROPN" and not propn[-1][2]:
            propn[-1] = (propn[-1][0], t.idx + len(t.text), is_gen)  # "Vostochny Kosmodrom": one name
        else:
            propn.append((t.idx, t.idx + len(t.text), is_gen))
    return build_index(
        doc.text, mentions, sent_starts, pos, with_gender=with_gender, genitive_ends=gen, propn=propn
    )


def entity_table(rec):
    """A rich ``Table`` of a record's entities, for ``nyhetsgraf entities``."""
    from rich.table import Table

    title = rec.title or (rec.source.path if rec.source else None) or rec.id
    table = Table(title=str(title), show_lines=False)
    for col in ("id", "name", "type", "kb_id", "mentions", "roles", "affiliations", "gender"):
        table.add_column(col, overflow="fold")
    names = {e.id: e.name for e in rec.entities}
    for e in rec.entities:
        forms = Counter(m.text + ("*" if m.derived else "") for m in e.mentions)
        mentions = ", ".join(f"{t}×{n}" if n > 1 else t for t, n in forms.items())
        table.add_row(
            e.id,
            e.name,
            e.type,
            e.kb_id or "",
            mentions,
            ", ".join(e.roles),
            ", ".join(names.get(a, a) for a in e.affiliations),
            e.gender or "",
        )
    return table
