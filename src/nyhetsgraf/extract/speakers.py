"""Who said it: from a raw speaker phrase to a named speaker, through the entity layer.

Why separate from span finding: one speaker phrase can be a full name, a
surname ("Tønnesson"), a pronoun ("sier han"), a role ("statsministeren"),
an institution ("kommunen") or nothing at all (a continuation paragraph).
Each needs the article's context — the entities, the speakers quoted so far,
the persons mentioned between two quotes — so resolution walks the quotes in
text order and keeps that history. A pronoun is never emitted as a speaker:
unresolved stays ``None``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from nyhetsgraf.extract.quote_base import FINITE_HINTS
from nyhetsgraf.extract.quote_cues import (
    ADVERBIAL_OPENERS,
    GROUP_HEADS,
    ORG_NOUNS,
    ORG_SUFFIXES,
    PRONOUNS_PL,
    PRONOUNS_SG_F,
    PRONOUNS_SG_M,
    REPORTING_VERBS,
    is_role_word,
    role_gender,
)
from nyhetsgraf.extract.quote_spans import Paragraph, RawQuote
from nyhetsgraf.extract.speaker_phrases import SpeakerPhrase
from nyhetsgraf.record import Entity, Quote

WORD = re.compile(r"\w+")
CREDIT_BEFORE = re.compile(r"(?:Foto|FOTO|Photo|Bilde|Grafikk|Illustrasjon|Video)\s*:\s*(?:[\w .-]+/\s*)?$")
# Sentence openers that end like definite nouns but are not a collective subject.
NOT_SUBJECT_NOUNS = frozenset(
    {"denne", "dette", "disse", "desse", "mange", "fleire", "flere", "alle", "andre"}
)

# Type nouns that can stand for any company or organisation the text just named ("Selskapet opplyser").
GENERIC_ORG_NOUNS = frozenset(
    {
        "selskapet",
        "firmaet",
        "bedriften",
        "konsernet",
        "rederiet",
        "flyselskapet",
        "organisasjonen",
        "foretaket",
        "verksemda",
        "virksomheten",
        "butikken",
        "kjeden",
        "produsenten",
        "leverandøren",
    }
)
# Type nouns for a business (not a public body): "Selskapet" never stands for "Bergen kommune".
COMPANY_NOUNS = frozenset(
    {"selskapet", "firmaet", "bedriften", "konsernet", "rederiet", "flyselskapet", "kjeden", "butikken"}
)
# Last words of public bodies' names ("Statens vegvesen", "Helsedirektoratet", "Oslo kommune").
PUBLIC_BODY_ENDINGS = (
    "kommune",
    "departement",
    "departementet",
    "direktorat",
    "direktoratet",
    "tilsyn",
    "tilsynet",
    "verket",
    "vesen",
    "vesenet",
    "politi",
    "politiet",
    "politidistrikt",
    "retten",
    "etat",
    "etaten",
    "ombud",
    "ombudet",
    "regjeringen",
    "stortinget",
    "statsforvalter",
    "statsforvaltaren",
)
# "15-åringen", "34-åringa", "den 15 år gamle" is not one: the age noun that names a person by their age.
AGE_NOUN = re.compile(r"(\d{1,3})-åring(?:en|a)")
NOT_NAME_OPENERS = frozenset(
    {"den", "det", "de", "ifølge", "ifølgje", "også", "òg", "men", "og"}
    | {"i", "på", "hos", "ved", "til", "fra", "frå"}
)
PREPOSITIONS = frozenset({"i", "på", "hos", "ved", "fra", "frå", "til", "av", "for", "med"})
# Plain nouns for a person that a report uses again for an unnamed source ("En nabo … sier kvinnen").
PERSON_NOUNS = frozenset(
    {"kvinnen", "kvinna", "mannen", "jenta", "jenten", "gutten", "guten", "damen", "dama", "personen"}
)
# Unions, associations and parties: "selskapet" never stands for "Fellesforbundet" either.
NON_COMPANY_ENDINGS = (
    "forbund",
    "forbundet",
    "forening",
    "foreningen",
    "foreininga",
    "organisasjon",
    "organisasjonen",
    "parti",
    "partiet",
    "rådet",
    "laget",
)
DETERMINERS = ("den samme ", "det samme ", "de samme ", "denne ", "dette ", "disse ", "den ", "det ")


_PLACE_PREPS = frozenset({"ved", "i", "på", "hos", "fra", "frå"})
# The place or body after an anonymous source: "ved sykehuset i Skien", "i EU-delegasjonen".
_ANON_PLACE = re.compile(rf"\s+(?:{'|'.join(sorted(_PLACE_PREPS))})\s+[\w\-æøåÆØÅ ]{{2,40}}")


@dataclass
class Speaker:
    """A resolved source."""

    name: str | None
    entity: Entity | None = None
    kind: str | None = None  # PER | ORG | GROUP | ANON
    gender: str | None = None
    role: str | None = None


class SpeakerResolver:
    """Resolves the speakers of one article's raw quotes, in text order."""

    def __init__(
        self,
        text: str,
        index,
        raw: list[RawQuote],
        paras: list[Paragraph],
        caption_spans: set[tuple[int, int]] | None = None,
    ) -> None:
        self.text = text
        self.captions = sorted(caption_spans or ())
        self._current: RawQuote | None = None
        self.index = index
        self.raw = raw
        self.paras = paras
        self.spans = [(q.start, q.end) for q in raw]
        self.history: list[tuple[int, Speaker]] = []  # (offset of the attribution, speaker)

    # --- entry point ----------------------------------------------------------------------------

    def resolve(self) -> list[Quote]:
        """``Quote`` records for all raw quotes, speakers resolved."""
        out: list[tuple[RawQuote, Speaker | None]] = []
        for q in self.raw:
            if q.how == "heading":
                out.append((q, None))
                continue
            sp = self._resolve_one(q)
            if sp is not None and sp.name:
                self.history.append((q.cue_start if q.cue_start is not None else q.start, sp))
            out.append((q, sp))
        resolved = [(q, sp) for q, sp in out]
        for k, (q, _sp) in enumerate(resolved):
            if q.how == "heading":
                resolved[k] = (q, self._heading_speaker(q, resolved))
        return [self._to_quote(q, sp) for q, sp in resolved]

    def _to_quote(self, q: RawQuote, sp: Speaker | None) -> Quote:
        medium = q.medium
        if medium and self.index is not None:
            ent = self.index.resolve_name(medium)
            if ent is not None and ent.type == "PER":
                medium = None  # "seier Putin til Kim": an addressee, not an outlet
        role = sp.role if sp else None
        if q.speaker is not None and q.speaker.role and sp is not None and sp.kind in ("PER", None):
            role = q.speaker.role
        if not role and sp is not None and sp.entity is not None and sp.kind == "PER":
            roles = getattr(sp.entity, "roles", None) or []
            role = roles[0] if roles else None  # "sier han": the role the article gave the person
        affiliation = q.speaker.affiliation if q.speaker is not None and sp is not None and sp.name else None
        return Quote(
            text=self.text[q.start : q.end],
            start=q.start,
            end=q.end,
            kind=q.kind,
            speaker=sp.name if sp else None,
            speaker_id=sp.entity.id if sp and sp.entity else None,
            cue=q.cue,
            medium=medium,
            speaker_kind=sp.kind if sp and sp.name else None,
            role=role,
            affiliation=affiliation,
        )

    # --- one quote ------------------------------------------------------------------------------

    def _resolve_one(self, q: RawQuote) -> Speaker | None:
        self._current = q
        sp = q.speaker
        at = q.cue_start if q.cue_start is not None else q.start
        if sp is None:
            return self._continuation(q)
        if sp.pronoun:
            return self._pronoun(sp.pronoun, at)
        if sp.name:
            return self._named(sp, at)
        if sp.noun:
            return self._noun(sp, at)
        return None

    def _named(self, sp: SpeakerPhrase, at: int) -> Speaker:
        ent = None
        if sp.name_start is not None:
            ent = self.index.entity_at(sp.name_start, sp.name_start + len(sp.name))
            if ent is not None and not _name_fits(sp.name, ent):
                ent = None
        if ent is None:
            ent = self.index.resolve_name(sp.name)
        if ent is None:
            full = self._full_name_in_text(sp.name, at)
            if full:
                return Speaker(full, None, "PER", role_gender(sp.role), sp.role)
            expanded = self._expand_acronym(sp.name)
            if expanded:
                return Speaker(expanded, None, "ORG", None, sp.role)
            return Speaker(sp.name, None, sp.kind_hint or _guess_kind(sp.name), role_gender(sp.role), sp.role)
        written = sp.name
        if ent.type == "PER" and len(ent.name.split()) == 1:
            full = self._full_name_in_text(sp.name, at)  # the entity layer kept "Aas" apart from "Trond Aas"
            if full:
                ent = self.index.resolve_name(full) or ent
                written = full if len(ent.name.split()) == 1 else written
                if len(ent.name.split()) == 1:
                    return Speaker(
                        full, ent, "PER", self.index.gender_of(ent) or role_gender(sp.role), sp.role
                    )
        name = _display_name(ent.name, written)
        if ent.type != "PER" and sp.name.isupper() and len(ent.name) <= len(sp.name):
            name = self._expand_acronym(sp.name) or ent.name
        person_named = len(name.split()) > 1 and (_given_name(name.split()[0]) or name != ent.name)
        kind = "PER" if ent.type == "PER" or (ent.type != "ORG" and person_named) else "ORG"
        return Speaker(name, ent, kind, self.index.gender_of(ent) or role_gender(sp.role), sp.role)

    def _full_name_in_text(self, name: str, at: int) -> str | None:
        """ "Aas" → "Trond Aas" when the text named the person in full before (the entity layer missed it)."""
        if len(name.split()) != 1 or name.isupper():
            return None
        pat = r"\b((?:[A-ZÆØÅ][\w-]+\s+){1,3}" + re.escape(name) + r")\b"
        for m in re.finditer(pat, self.text[:at]):
            words = m.group(1).split()
            while words and is_role_word(words[0]):
                words = words[1:]
            if len(words) >= 2 and _given_name(words[0]):
                return " ".join(words)
        return None

    def _expand_acronym(self, acronym: str) -> str | None:
        """ "NSM" → "Nasjonal sikkerhetsmyndighet" when the text writes "… sikkerhetsmyndighet (NSM)"."""
        if not acronym.isupper() or len(acronym) < 2:
            return None
        m = re.search(r"((?:[A-ZÆØÅ][\w-]*)(?:\s+[\w-]+){0,4}?)\s+\(" + re.escape(acronym) + r"\)", self.text)
        if not m:
            return None
        words = m.group(1).split()
        # keep the words whose initials spell the acronym, from the end
        initials = "".join(w[0].upper() for w in words)
        for k in range(len(words)):
            if initials[k:].startswith(acronym[0]) and len(words) - k <= len(acronym) + 1:
                return " ".join(words[k:])
        return m.group(1)

    def _noun(self, sp: SpeakerPhrase, at: int) -> Speaker:
        noun = sp.noun or ""
        aged = self._person_by_age(noun, at)
        if aged is not None:
            return aged
        earlier = self._unnamed_by_noun(noun, at)
        if earlier is not None:
            return earlier
        if self._definite(noun):
            # "opplyser ombudet" after "Pasient- og brukerombudet i Vestland": an organisation named
            # in the text whose name ends in the noun wins over reading the noun as a person's role
            org = self._named_org_by_noun(noun, at)
            if org is not None:
                return org
        if sp.kind_hint == "PER" and sp.role:
            person = self._person_by_role(noun, at)
            if person is not None:
                return Speaker(
                    _display_name(person.name, ""), person, "PER", self.index.gender_of(person), noun
                )
            # "ifølge rådmannen" with no rådmann named: the role phrase itself is the source
            return Speaker(noun, None, "PER", role_gender(noun), noun)
        if sp.kind_hint == "ORG" or self._definite(noun):
            org = self._org_by_noun(noun, at)
            if org is not None:
                return org
        gender = role_gender(noun) if sp.kind_hint == "ANON" else None
        if sp.kind_hint == "ANON" and sp.text.startswith(noun):
            where = _ANON_PLACE.fullmatch(sp.text[len(noun) :])
            if where and not re.search(r"(?<!\w)(?:som|og|men)(?!\w)", where.group(0)):
                # "en overlege ved sykehuset i Skien": where an anonymous source works is all we know
                noun = sp.text
        return Speaker(noun, None, sp.kind_hint or "GROUP", gender, None)

    @staticmethod
    def _definite(noun: str) -> bool:
        return noun.startswith(DETERMINERS) or bool(re.search(r"(?:en|et|a)$", noun))

    @staticmethod
    def _noun_head(noun: str) -> tuple[str, list[str]]:
        """The head word of a noun phrase and its modifiers: "det ukrainske forsvarsdepartementet"."""
        rest = noun.lower()
        for d in DETERMINERS:
            if rest.startswith(d):
                rest = rest[len(d) :]
        words = rest.split()
        return (words[-1] if words else rest), words[:-1]

    def _org_entity_by_noun(self, noun: str, at: int) -> Entity | None:
        """An organisation entity named before ``at`` whose name ends in ``noun``'s head (compound-aware).

        "forbundet" → "Norsk Sykepleierforbund", "ombudet" → "Pasient- og brukerombudet i Vestland",
        "kommunen" → "Bergen kommune". A phrase with modifiers of its own ("det ukrainske
        forsvarsdepartementet") describes its own referent and is not matched.
        """
        head, mods = self._noun_head(noun)
        if mods or len(head) < 4:
            return None
        stems = {s for s in (head, head[:-1], head[:-2], head[:-3]) if len(s) >= 5} | {head}
        base = re.sub(r"(?:en|et|a)$", "", head)  # "banken" → "bank"
        best: tuple[int, Entity] | None = None
        loose: dict[str, tuple[int, Entity]] = {}
        for e in self.index.entities:
            if e.type == "PER":
                continue
            words = re.split(r"\s+(?:i|ved|for|på|av|frå|fra|hos)\s+", e.name.lower())[0].split()
            # the last word ("Norsk Sykepleierforbund") or a type word first ("Rederiet Havlys")
            cands = words[-1:]
            if len(words) > 1 and (words[0] in ORG_NOUNS or words[0].endswith(ORG_SUFFIXES)):
                cands.append(words[0])
            fits = any(w in stems or any(w.endswith(st) and len(st) >= 5 for st in stems) for w in cands)
            # any word of the name, compound-aware down to the bare noun: "SpareBank 1 Østlandet" for "banken"
            loosely = len(base) >= 4 and base != head and any(w.endswith((base, head)) for w in words)
            if not fits and not loosely:
                continue
            cur = self._current
            seen = [
                m.start
                for m in e.mentions
                if m.start < at
                and (not self._in_quote(m.start) or (cur is not None and cur.start <= m.start < cur.end))
            ]
            if seen and not fits:
                loose[e.id] = (max(seen), e)
            elif seen and (best is None or max(seen) > best[0]):
                best = (max(seen), e)
        if best is None and len(loose) == 1:
            ent = next(iter(loose.values()))[1]
            others = {n for n in self._names_with_noun(head, at) if n.split()[0] not in ent.name}
            if not others:
                return ent  # a looser match counts only when it is the only bank/firm named
        return best[1] if best else None

    def _named_org_by_noun(self, noun: str, at: int) -> Speaker | None:
        """An organisation named before ``at`` that ``noun`` refers back to: an entity whose name ends
        in the noun, or an acronym entity whose spelled-out name does ("direktoratet" → "NVE" written
        out as "Norges vassdrags- og energidirektorat")."""
        ent = self._org_entity_by_noun(noun, at)
        if ent is not None:
            return Speaker(ent.name, ent, "ORG", None, None)
        head, mods = self._noun_head(noun)
        if mods or len(head) < 6:
            return None
        stems = [st for st in (head, head[:-1], head[:-2], head[:-3]) if len(st) >= 6]
        best: tuple[int, Speaker] | None = None
        for e in self.index.entities:
            if e.type == "PER" or not e.name.isupper():
                continue
            full = self._expand_acronym(e.name)
            last = full.lower().split()[-1] if full and full.split() else ""
            seen = [m.start for m in e.mentions if m.start < at]
            fits = bool(last and seen) and any(last.endswith(st) for st in stems)
            if fits and (best is None or max(seen) > best[0]):
                best = (max(seen), Speaker(full, e, "ORG", None, None))
        return best[1] if best else None

    def _org_by_noun(self, noun: str, at: int) -> Speaker | None:
        """ "kommunen" → "Ullensvang kommune", "den samme foreningen" → "Legeforeningen"."""
        head, mods = self._noun_head(noun)
        if mods:
            return None  # "det ukrainske forsvarsdepartementet": its own referent, kept as the phrase
        stems = {head, head[:-1], head[:-2]} if len(head) > 5 else {head}
        org = self._named_org_by_noun(noun, at)
        if org is not None:
            return org
        if head in GENERIC_ORG_NOUNS:
            ent = self._single_org_before(at, company=head in COMPANY_NOUNS)
            if ent is not None:
                return Speaker(ent.name, ent, "ORG", None, None)
        # entities may miss "Ullensvang kommune" (lower-case head): look in the text itself
        pat = (
            r"\b((?:[A-ZÆØÅ][\w-]*\s+)+(?:"
            + "|".join(re.escape(s) for s in sorted(stems) if len(s) > 3)
            + r"))\b"
        )
        hits = [m for m in re.finditer(pat, self.text[:at])] if any(len(s) > 3 for s in stems) else []
        # "Ifølge politiet", "Også politiet": a capitalised function word is not part of a name
        hits = [m for m in hits if m.group(1).split()[0].lower() not in NOT_NAME_OPENERS]
        if not hits and len(head) > 5:  # a compound name: "Legeforeningen" for "foreningen"
            hits = list(re.finditer(r"\b([A-ZÆØÅ]\w+" + re.escape(head) + r")\b", self.text[:at]))
        if hits:
            return Speaker(hits[-1].group(1), None, "ORG", None, None)
        named = self._one_name_with_noun(head, at)
        if named:
            return Speaker(named, None, "ORG", None, None)
        fuller = self._fuller_phrase(head, at)
        if fuller:
            return Speaker(fuller, None, "ORG", None, None)
        if noun.startswith(DETERMINERS):
            prev = [s for _, s in reversed(self.history) if s.kind == "ORG"]
            if prev:
                return prev[0]
        return None

    def _fuller_phrase(self, head: str, at: int) -> str | None:
        """ "skriver ambassaden" after "Den russiske ambassaden avviser …": the fuller phrase just before.

        An unnamed body is introduced with its describing adjectives and then shortened to the bare
        noun; the source is the phrase as introduced. Only the last few sentences are searched.
        """
        if len(head) < 5:
            return None
        window = self.text[max(0, at - 400) : at]
        pat = r"\b((?:[Dd]en|[Dd]et)\s+(?:[a-zæøå][\w-]*(?:e|ske)\s+){1,2}" + re.escape(head) + r")\b"
        hits = [m for m in re.finditer(pat, window) if not self._in_quote(max(0, at - 400) + m.start())]
        if not hits:
            return None
        phrase = hits[-1].group(1)
        return phrase[0].lower() + phrase[1:]

    def _one_name_with_noun(self, head: str, at: int) -> str | None:
        """ "banken" → "SpareBank 1 Nord-Norge": the one capitalised name before ``at`` built on the noun.

        For names the entity layer missed. Only a single distinct name counts: with two banks
        named, "banken" is ambiguous and stays a phrase.
        """
        names = self._names_with_noun(head, at)
        return next(iter(names)) if len(names) == 1 else None

    def _names_with_noun(self, head: str, at: int) -> set[str]:
        """Capitalised names before ``at`` with a word built on ``head``'s bare noun ("SpareBank 1 Vest")."""
        base = re.sub(r"(?:en|et|a)$", "", head)
        if len(base) < 4 or base == head:
            return set()
        pat = r"\b([A-ZÆØÅ]\w*(?i:" + re.escape(base) + r")(?:en|et|a)?(?:\s+(?:\d+|[A-ZÆØÅ][\w-]*))*)"
        names = {
            m.group(1)
            for m in re.finditer(pat, self.text[:at])
            if not CREDIT_BEFORE.search(self.text[max(0, m.start() - 40) : m.start()])
        }
        return {n for n in names if n.lower() != head and len(n) > len(base)}

    def _unnamed_by_noun(self, noun: str, at: int) -> Speaker | None:
        """ "sier kvinnen" after "En 78 år gammel kvinne … forteller": the unnamed source quoted before.

        A bare definite noun repeats the head of an indefinite phrase that already spoke; the
        phrase as first written is the source, as for any unnamed speaker.
        """
        words = noun.lower().split()
        if len(words) != 1:
            return None
        for pos, s in reversed(self.history):
            if pos >= at or s.entity is not None or s.kind not in ("ANON", "PER") or not s.name:
                continue
            sw = s.name.lower().split()
            if len(sw) < 2 or sw[0] not in ("en", "ein", "ei", "et", "eit"):
                continue
            # the head noun is the last word before "ved/i/på …": "en overlege ved sykehuset i Skien"
            cut = next((k for k, w in enumerate(sw) if k > 1 and w in _PLACE_PREPS), len(sw))
            head = sw[cut - 1]
            stems = [words[0][: -len(suf)] for suf in ("en", "a", "et", "n") if words[0].endswith(suf)]
            # "kvinnen" repeats "kvinne"; "legen" repeats the compound "overlege"
            if any(st == head or (len(st) >= 4 and head.endswith(st)) for st in stems):
                return s
        if words[0] not in PERSON_NOUNS:
            return None
        # "En nabo som bor ved siden av, forteller … – …, sier kvinnen": the unnamed source just quoted
        want = role_gender(words[0])
        for pos, s in reversed(self.history):
            if pos >= at or at - pos > 600:
                continue
            if s.entity is None and s.kind == "ANON" and s.name and not _org_phrase(s.name):
                return s if s.gender in (want, None) else None
            return None  # someone else spoke since
        return None

    def _person_by_age(self, noun: str, at: int) -> Speaker | None:
        """ "15-åringen" → the person the text gave that age: "Synne Li (15)", "Per Lie er 15 år gammel".

        News introduce a person with the age in brackets and later name them by it alone; the
        latest person before ``at`` with that age wins.
        """
        m = AGE_NOUN.fullmatch(noun.strip().lower())
        if not m:
            return None
        age = m.group(1)
        after = re.compile(r"(?:\s*\(" + age + r"\)|,?\s+(?:er\s+|var\s+)?" + age + r"\s+år\b)")
        best: tuple[int, Entity] | None = None
        for e in self.index.entities:
            if not _plausible_person(e):
                continue
            for mn in e.mentions:
                if mn.start < at and after.match(self.text, mn.end) and (best is None or mn.start > best[0]):
                    best = (mn.start, e)
        if best is not None:
            e = best[1]
            return Speaker(_display_name(e.name, ""), e, "PER", self.index.gender_of(e), None)
        # the entity layer missed the name: look for "Fornavn Etternavn (15)" in the text itself
        hits = list(re.finditer(r"\b((?:[A-ZÆØÅ][\w-]+\s+){1,3})\(" + age + r"\)", self.text[:at]))
        for h in reversed(hits):
            words = h.group(1).split()
            while words and not _given_name(words[0]):
                words = words[1:]
            if len(words) >= 2:
                name = " ".join(words)
                ent = self.index.resolve_name(name)
                return Speaker(name, ent, "PER", self.index.gender_of(ent) if ent else None, None)
        return None

    def _single_org_before(self, at: int, company: bool = False) -> Entity | None:
        """The one organisation a type noun points back to ("Ifølge AtB … Selskapet opplyser …").

        Looked for in the two sentences before ``at``, else in all the text before it. Parties in
        brackets ("(Ap)") and outlets ("til NRK") are not candidates, nor public bodies when the noun
        names a company ("selskapet", "bedriften"); with none or several left the type noun is
        ambiguous and stays a phrase.
        """
        before = self.text[:at]
        cuts = [m.end() for m in re.finditer(r"[.!?]\s+|\n", before)]
        media = {(r.medium or "").lower() for r in self.raw if r.medium}
        for start in (cuts[-2] if len(cuts) >= 2 else 0, 0):
            found = []
            for e in self.index.entities:
                if e.type != "ORG" or e.name.lower() in media:
                    continue
                if company and e.name.lower().split()[-1].endswith(PUBLIC_BODY_ENDINGS + NON_COMPANY_ENDINGS):
                    continue
                near = [
                    m
                    for m in e.mentions
                    if start <= m.start < at
                    and not self._in_quote(m.start)
                    and self.text[max(0, m.start - 1) : m.start] != "("
                ]
                if near:
                    found.append((e, near))
            # "Analytiker X i DNB Markets", "på Oslo Børs": an organisation met only inside a
            # prepositional phrase is a setting, not the company the text is about
            free = [(e, n) for e, n in found if any(not self._after_preposition(m.start) for m in n)]
            if start > 0 and found and not free:
                continue  # only settings close by: look at the whole text before
            found = free if len(free) == 1 else found
            if found:
                return found[0][0] if len(found) == 1 else None
        return None

    def _after_preposition(self, pos: int) -> bool:
        prev = re.findall(r"\w+", self.text[max(0, pos - 12) : pos])
        return bool(prev) and prev[-1].lower() in PREPOSITIONS

    def _person_by_role(self, noun: str, at: int) -> Entity | None:
        """ "statsministeren" → the person the text gave that role, else the article's main person."""
        stem = re.sub(r"(?:en|et|a|n)$", "", noun.split()[-1])
        persons = self._persons_before(at)
        contexts = []
        for p in persons:
            context = " ".join(getattr(p, "roles", []) or [])
            for m in p.mentions:
                if m.start < at:
                    # the words right before the name ("helseminister Per Lunde") and the name itself
                    before = re.split(r"[.!?:;\n]", self.text[max(0, m.start - 60) : m.start])[-1]
                    context += " " + " ".join(before.split()[-3:]) + " " + m.text
            contexts.append((p, [w.lower() for w in WORD.findall(context)]))
        # the same role word first ("utenriksministeren" → "utenriksminister X"), before a person whose
        # role only shares the tail ("utviklingsminister Y", more recent but another office)
        low_stem = stem.lower()
        for p, ws in contexts:
            if any(w == low_stem or re.fullmatch(re.escape(low_stem) + r"(?:en|et|a|n)", w) for w in ws):
                return p
        for p, ws in contexts:
            if any(_common_suffix(stem, w) >= min(5, len(stem)) for w in ws):
                return p
        if not _TOP_ROLES.search(noun.split()[-1] if noun.split() else noun):
            return None  # "rådmannen", "datteren" with nobody given that role: not the main person
        # no person with that role in the text: the article's main person (most mentioned, first introduced)
        g = role_gender(noun)
        fits = [p for p in persons if g is None or self.index.gender_of(p) in (g, None)]
        if not fits:
            # named only later ("seier statsministeren" … "seier Solberg"): the next person named
            later = [
                (min(m.start for m in p.mentions if m.start >= at), p)
                for p in self.index.entities
                if _plausible_person(p)
                and any(m.start >= at and not self._in_quote(m.start) for m in p.mentions)
            ]
            return min(later, key=lambda x: x[0])[1] if later else None
        return max(
            fits, key=lambda p: (sum(m.start < at for m in p.mentions), -min(m.start for m in p.mentions))
        )

    # --- pronouns and continuations ---------------------------------------------------------------

    def _pronoun(self, pronoun: str, at: int) -> Speaker | None:
        if pronoun in PRONOUNS_PL:
            subj = self._previous_subject(at)
            if subj is not None:
                return subj
            for _, s in reversed(self.history):
                if s.kind in ("ORG", "GROUP", None):
                    return s
            # no organisation quoted yet: the organisation named last, close before ("Høgre … Dei meinte")
            orgs = [
                (m.start, e)
                for e in self.index.entities
                if e.type == "ORG"
                for m in e.mentions
                if at - 300 <= m.start < at and not self._in_quote(m.start)
            ]
            if orgs:
                e = max(orgs, key=lambda x: x[0])[1]
                return Speaker(e.name, e, "ORG", None, None)
            return None
        want = "m" if pronoun in PRONOUNS_SG_M else "f" if pronoun in PRONOUNS_SG_F else None
        persons = self._persons_before(at)
        # an unnamed speaker ("En sykepleier … forteller", "Datteren til … sier") is a person too:
        # the pronoun goes to it when it spoke after the last compatible named person was mentioned
        unnamed = [
            (pos, s)
            for pos, s in self.history
            if pos < at
            and s.entity is None
            and s.kind in ("ANON", "PER")
            and s.gender in (want, None)
            and not _org_phrase(s.name or "")
        ]
        if unnamed:
            pos, s = unnamed[-1]
            later = [
                p
                for p in persons
                if self._gender(p) in (want, None)
                and (self._gender(p) is not None or _person_like(p.name))
                and self._last_seen(p, at) > pos
            ]
            if not later:
                return Speaker(s.name, None, s.kind, s.gender or want, s.role)
        # a person known to match, or a full person name of unknown gender, wins over a more recent
        # single-word "person" of unknown gender (often an organisation the NER mistyped)
        for strict in (True, False):
            for p in persons:
                g = self._gender(p)
                if g == want or (g is None and (not strict or _person_like(p.name))):
                    return Speaker(_display_name(p.name, ""), p, "PER", g or want, None)
        for _, s in reversed(self.history):
            if s.kind == "PER" and s.gender in (want, None):
                return s
        return None

    def _last_seen(self, e: Entity, at: int) -> int:
        """Where ``e`` was last mentioned (outside quotes) or last spoke, before ``at``; -1 if never."""
        seen = [m.start for m in e.mentions if m.start < at and not self._in_quote(m.start)]
        seen += [pos for pos, s in self.history if pos < at and s.entity is not None and s.entity.id == e.id]
        return max(seen, default=-1)

    def _previous_subject(self, at: int) -> Speaker | None:
        """ "Foreldrerådet har sendt ei klage. Dei hevdar at …": the collective subject just before.

        A plural pronoun that opens a sentence refers to the subject of the sentence before it in
        the same paragraph, when that sentence opens with an organisation or a definite group noun
        followed by its verb; a speaker quoted earlier in the article is a weaker antecedent.
        """
        para_start = self.text.rfind("\n", 0, at) + 1
        before = self.text[para_start:at]
        sents = [m.start() for m in re.finditer(r"(?<=[.!?])\s+(?=\S)", before)]
        if not sents:
            return None
        cur_start = sents[-1]
        if len(before[cur_start:].split()) > 2:
            return None  # the pronoun does not open its sentence ("I går sa dei …")
        prev_start = sents[-2] if len(sents) > 1 else 0
        prev = before[prev_start:cur_start].strip()
        words = prev.split()
        if len(words) < 3:
            return None
        chunk = before[prev_start:cur_start]
        abs_start = para_start + prev_start + len(chunk) - len(chunk.lstrip())
        ent = self.index.entity_at(abs_start, abs_start + len(words[0]))
        if ent is not None:
            institution = ent.type == "ORG" or (ent.type == "GPE" and ent.name.lower().endswith("kommune"))
            return Speaker(ent.name, ent, "ORG", None, None) if institution else None
        first = words[0].strip(",")
        low = first.lower()
        definite = re.search(r"(?:et|en|a|ene|ane|ne)$", low) and len(low) >= 6 and first.isalpha()
        if not definite or _given_name(first) or low in NOT_SUBJECT_NOUNS:
            return None
        if words[1].lower() not in FINITE_HINTS and words[1].lower() not in REPORTING_VERBS:
            return None
        if not _collective_noun(low):
            return None  # "Prisene har steget. De …": not a group that can speak
        kind = "GROUP" if re.search(r"(?:ene|ane|ne)$", low) else "ORG"
        return Speaker(low, None, kind, None, None)

    def _gender(self, e: Entity) -> str | None:
        """The entity layer's gender, else what a hyphenated given name says ("Alf-Erik" → m)."""
        g = self.index.gender_of(e)
        if g is None and e.name.split() and "-" in e.name.split()[0]:
            first = e.name.split()[0].split("-")[0]
            try:
                from nyhetsgraf.extract.gender import name_gender

                g = name_gender(f"{first} {e.name.split()[-1]}")
            except ImportError:  # pragma: no cover
                g = None
        return g

    def _persons_before(self, at: int) -> list[Entity]:
        """Persons mentioned before ``at`` outside quotes, latest first; speakers count at their cue."""
        last: dict[str, tuple[int, Entity]] = {}
        for e in self.index.entities:
            if not _plausible_person(e):
                continue
            for m in e.mentions:
                if (
                    m.start < at
                    and not self._in_quote(m.start)
                    and (e.id not in last or m.start > last[e.id][0])
                ):
                    last[e.id] = (m.start, e)
        for pos, s in self.history:
            ent = s.entity
            if (
                ent is not None
                and ent.type == "PER"
                and pos < at
                and (ent.id not in last or pos > last[ent.id][0])
            ):
                last[ent.id] = (pos, ent)
        return [e for _, e in sorted(last.values(), key=lambda x: -x[0])]

    def _in_quote(self, pos: int) -> bool:
        """Inside a quote, or a photo credit ("Foto: Kari Dahl / NTB"): not a candidate speaker there."""
        if CREDIT_BEFORE.search(self.text[max(0, pos - 40) : pos]):
            return True
        cur = self._current
        for cs, ce in self.captions:
            # a photo caption sits beside the body text: its people are not antecedents of body quotes
            if cs <= pos < ce and not (cur is not None and cs <= cur.start < ce):
                return True
        return any(s <= pos < e for s, e in self.spans)

    def _continuation(self, q: RawQuote) -> Speaker | None:
        """A dash paragraph without a cue: the last speaker, unless a new person came in between."""
        quoted_names = {w.lower() for w in WORD.findall(self.text[q.start : q.end])}
        prev_end = 0
        for r in self.raw:
            if r.end <= q.start and r.how != "heading":
                # the attribution after the quote ("…, sier Halmøy.") belongs to it, not to the gap
                par_end = self.paras[r.para].unit.end if r.para != q.para else r.end
                prev_end = max(prev_end, min(par_end, q.start))
        last = self.history[-1][1] if self.history else None
        first_person = quoted_names & {"jeg", "eg", "meg", "min", "mitt"}
        if last is not None and last.kind in ("ORG", "GROUP") and first_person:
            # "Jeg …" is one person speaking: not the organisation or group quoted last
            last = next((s for _, s in reversed(self.history) if s.kind == "PER"), None)
        previous = [r for r in self.raw if r.end <= q.start and r.how != "heading"]
        if previous and previous[-1].how == "ifolge":
            last = None  # "ifølge X" attributes information, it does not open a speaker's turn
        gap_persons = []
        for e in self.index.entities:
            if not _plausible_person(e):
                continue
            if any(prev_end <= m.start < q.start and not self._in_quote(m.start) for m in e.mentions):
                if any(w.lower() in quoted_names for w in e.name.split()):
                    continue  # named inside the quote: spoken about, not speaking
                first = min(m.start for m in e.mentions if prev_end <= m.start < q.start)
                gap_persons.append((first, e))
        gap_persons.sort(key=lambda x: x[0])
        if (
            last is not None
            and last.entity is not None
            and any(e.id == last.entity.id for _, e in gap_persons)
        ):
            return last
        if gap_persons and (last is None or prev_end > 0):
            e = gap_persons[0][1]
            return Speaker(_display_name(e.name, ""), e, "PER", self.index.gender_of(e), None)
        if last is not None:
            return last
        # speaker named only later: the first person after the quote, outside quotes
        after = []
        for e in self.index.entities:
            if e.type == "PER":
                nxt = [
                    m.start
                    for m in e.mentions
                    if q.end <= m.start < q.end + 400 and not self._in_quote(m.start)
                ]
                if nxt:
                    after.append((min(nxt), e))
        if after:
            e = min(after, key=lambda x: x[0])[1]
            return Speaker(_display_name(e.name, ""), e, "PER", self.index.gender_of(e), None)
        return None

    def _heading_speaker(
        self, q: RawQuote, resolved: list[tuple[RawQuote, Speaker | None]]
    ) -> Speaker | None:
        """A dash heading repeats a body quote: the best-overlapping quote's speaker, else the next."""
        hw = Counter(w.lower() for w in WORD.findall(self.text[q.start : q.end]))
        best, best_ov = None, 0.0
        for r, sp in resolved:
            if r is q or sp is None or not sp.name or r.how == "heading":
                continue
            rw = Counter(w.lower() for w in WORD.findall(self.text[r.start : r.end]))
            ov = sum((hw & rw).values()) / max(1, sum(hw.values()))
            if ov > best_ov:
                best, best_ov = sp, ov
        if best is not None and best_ov >= 0.5:
            return best
        if q.label:
            ent = self.index.resolve_name(q.label)
            if ent is not None and ent.type == "PER":
                return Speaker(_display_name(ent.name, ""), ent, "PER", self.index.gender_of(ent), None)
        for r, sp in resolved:
            if r.start > q.end and sp is not None and sp.name and r.how != "heading":
                return sp
        counts = Counter(sp.name for _, sp in resolved if sp is not None and sp.name)
        if counts:
            top = counts.most_common(1)[0][0]
            return next(sp for _, sp in resolved if sp is not None and sp.name == top)
        return None


# Roles held by one person the reader knows without a name ("statsministeren", "presidenten"):
# these may point to the article's main person even when the text never wrote the role next to the name.
_TOP_ROLES = re.compile(r"(?:statsminister|president|minister|statsråd|konge|dronning|paven)(?:en|a|n)?$")


# Indefinite institution nouns: "et selskap i Bergen" is an anonymous source, but not a "han"/"hun".
_ORG_STEMS = (
    "selskap",
    "firma",
    "bedrift",
    "organisasjon",
    "forening",
    "forbund",
    "parti",
    "kommune",
    "etat",
    "avis",
    "kanal",
    "byrå",
    "institutt",
    "universitet",
    "sykehus",
    "sjukehus",
    "skole",
    "skule",
    "klubb",
    "lag",
    "departement",
    "tilsyn",
)


def _org_phrase(phrase: str) -> bool:
    """An unnamed source that is an institution ("et selskap", "ein lokal avis"), not a person."""
    head = phrase.lower().split()[-1] if phrase.split() else ""
    return any(head.endswith((st, st + "et", st + "en", st + "a")) for st in _ORG_STEMS)


def _collective_noun(low: str) -> bool:
    """A definite noun for a body or group of people that can speak ("foreldrerådet", "bøndene")."""
    return (
        low in ORG_NOUNS
        or low.endswith(ORG_SUFFIXES)
        or low.endswith(COLLECTIVE_ENDINGS)
        or any(low.endswith(h) for h in GROUP_HEADS if len(h) > 5)
        or is_role_word(low)
    )


# Endings of definite nouns for bodies and groups of people ("elevrådet", "foreldra", "bøndene").
COLLECTIVE_ENDINGS = (
    "rådet",
    "laget",
    "styret",
    "utvalget",
    "utvalet",
    "komiteen",
    "gruppa",
    "gruppen",
    "foreldra",
    "foreldrene",
    "bøndene",
    "elevane",
    "elevene",
    "innbyggerne",
    "innbyggjarane",
    "beboerne",
    "bebuarane",
    "ansatte",
    "tilsette",
    "partane",
    "partene",
)


def _given_name(word: str) -> bool:
    try:
        from nyhetsgraf.extract.gender import given_names
        from nyhetsgraf.extract.names import fold
    except ImportError:  # pragma: no cover
        return False
    return fold(word) in given_names() or fold(word.split("-")[0]) in given_names()


def _person_like(name: str) -> bool:
    """A name that looks like a person's: two or more capitalised words, or a known given name."""
    words = name.split()
    return (len(words) >= 2 and all(w[:1].isupper() for w in words)) or bool(words and _given_name(words[0]))


def _display_name(entity_name: str, written: str) -> str:
    """The entity's full name, repaired where the entity layer slipped.

    A speaker head is never a genitive, so "Trond Aa" for a written "Aas" is put back, and a
    leading role word the name absorbed ("Ordførar Siri Holm") is dropped.
    """
    words = entity_name.split()
    wwords = written.split()
    glued = {w.lower() for w in words} & {"at", "som", "–", "-"} - {w.lower() for w in wwords}
    if wwords and (
        len(words) > len(wwords) + 3
        or glued
        or any(w.lower() in REPORTING_VERBS for w in words)
        or re.search(r"[.,;:]\s", entity_name)
    ):
        return written  # the entity layer glued a clause onto the name ("Vegtrafikksentralen at veien")
    if len(wwords) > len(words) and set(words) < set(wwords) and all(w[:1].isupper() for w in wwords):
        return written  # NER cut "Christina Bu" to "Christina"
    if words and wwords and wwords[-1].endswith("s") and wwords[-1][:-1] == words[-1]:
        words[-1] = wwords[-1]
    if len(words) > 2 and words[1].islower() and is_role_word(words[1]) and not _given_name(words[0]):
        words = words[2:]  # "Daglig leder Kari Bøygard": a two-word title NER took into the name
    while (
        len(words) > 1
        and words[0] not in wwords
        and (
            (is_role_word(words[0]) and not _given_name(words[0]))
            or words[0].endswith("-")
            or words[0].islower()
            or (words[0].lower() in ADVERBIAL_OPENERS and not _given_name(words[0]))
        )
    ):
        words = words[1:]  # "Olje- og energiminister Marte Mjøs Persen" → "Marte Mjøs Persen"
    return " ".join(words)


def _guess_kind(name: str) -> str | None:
    """PER/ORG for a name the entity layer does not know: an acronym or institution word → ORG."""
    low = name.lower()
    if name.isupper() or any(low.endswith(o) for o in ORG_NOUNS if len(o) > 4) or low.endswith(ORG_SUFFIXES):
        return "ORG"
    try:
        from nyhetsgraf.extract.gender import name_gender

        if name_gender(name):
            return "PER"
    except ImportError:  # pragma: no cover - the gender module ships with the entity layer
        pass
    return None


def _plausible_person(e: Entity) -> bool:
    """A PER entity that looks like a person: "KFUM Oslo" (an acronym first) is a mistyped team."""
    if e.type != "PER":
        return False
    first = e.name.split()[0] if e.name.split() else ""
    return not (len(first) > 1 and first.isupper()) and not any(c.isdigit() for c in e.name)


def _name_fits(name: str, ent: Entity) -> bool:
    """The entity found at the name's offset really is that name (not a neighbouring mention)."""
    nw = {w.lower().rstrip("s") for w in WORD.findall(name)}
    ew = {w.lower().rstrip("s") for w in WORD.findall(ent.name)}
    ew |= {w.lower().rstrip("s") for m in ent.mentions for w in WORD.findall(m.text)}
    return bool(nw & ew)


def _common_suffix(a: str, b: str) -> int:
    n = 0
    while n < len(a) and n < len(b) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n
