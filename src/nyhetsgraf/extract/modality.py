"""How certain an event is and who claims it: modality cues over the NDT parse.

Why parse-based: the cue that matters is the one that governs the trigger.
"Nord-Korea kan forsyne Russland" is possible because "kan" heads the verb
chain of "forsyne"; in "X sier at Y kan komme" the "kan" belongs to Y's clause
and "sier" makes it reported. NDT makes this easy: auxiliaries and modals head
their main verb through INFV, a subordinate clause's finite verb hangs under
the verb or noun that embeds it, and "at"/"hvis" are SBU children of that verb.
A few cues are also looked for in a short window before the trigger, because
the parser will not always attach adverbs correctly.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# The order in which one mention's modalities decide its single ``modality``: the most
# restrictive reading wins ("kan ikke" is negated, "hvis X skal" hypothetical).
STRENGTH = ("negated", "hypothetical", "possible", "planned", "reported", "historical", "asserted")
# How certain a merged event is: the most certain mention supplies the evidence.
CERTAINTY = ("asserted", "reported", "historical", "planned", "possible", "hypothetical", "negated")

NEGATION = {"ikke", "ikkje", "aldri", "ingen", "inga", "intet", "verken"}
POSSIBLE_ADV = {
    "kanskje",
    "trolig",
    "truleg",
    "sannsynligvis",
    "sannsynlegvis",
    "muligens",
    "moglegvis",
    "antakelig",
    "antakeleg",
    "neppe",
    "eventuelt",
    "potensielt",
    "mulig",
    "mogleg",
}
REPORTED_ADV = {"visstnok", "angivelig", "angiveleg", "tilsynelatende", "reportedly"}
PLANNED_ADV = {"snart", "neste", "etterpå", "seinare", "senere"}
MODAL_VERBS = {
    "kunne": "possible",
    "kan": "possible",
    "skulle": "planned",
    "skal": "planned",
    "ville": "planned",
    "vil": "planned",
    "kome": "planned",
}
PLAN_VERBS = {
    "planlegge",
    "love",
    "ønske",
    "akte",
    "vurdere",
    "forberede",
    "tilby",
    "foreslå",
    "gå+inn",
    "lova",
    "ville",
    "bestemme",
    "vedta",
    "agte",
    "true",
    "forplikte",
    "håpe",
    "tenke",
}
POSSIBLE_VERBS = {
    "tro",
    "frykte",
    "mistenke",
    "spekulere",
    "antyde",
    "vurdere",
    "diskutere",
    "drøfte",
    "undersøke",
    "tvile",
    "risikere",
    "rekne",
    "regne",
    "vente",
    "kunne",
}
SPEECH_VERBS = {
    "si",
    "seie",
    "hevde",
    "påstå",
    "mene",
    "meine",
    "opplyse",
    "melde",
    "rapportere",
    "skrive",
    "fortelle",
    "bekrefte",
    "stadfeste",
    "uttale",
    "forklare",
    "fastslå",
    "understreke",
    "påpeke",
    "varsle",
    "kunngjøre",
    "kunngjere",
    "erklære",
    "innrømme",
    "svare",
    "legge",
    "advare",
    "åtvare",
    "anslå",
    "anta",
    "kalle",
    "beskrive",
    "informere",
}
DENIAL_VERBS = {"avvise", "benekte", "nekte", "tilbakevise", "avkrefte"}
CONDITIONAL = {"hvis", "dersom", "viss", "om", "i tilfelle"}
POSSIBLE_NOUNS = {
    "mulighet",
    "moglegheit",
    "mulegheit",
    "fare",
    "risiko",
    "spekulasjon",
    "frykt",
    "mistanke",
    "scenario",
    "scenarie",
}
PLANNED_NOUNS = {"plan", "planer", "løfte", "forslag", "ønske", "intensjon"}
PLANNED_ADJ = {"aktuell", "aktuelt", "planlagt", "ventet", "forventet", "venta", "klar"}
POSSIBLE_ADJ = {"mulig", "mogleg", "usikker", "uklar", "sannsynlig", "sannsynleg", "tenkelig"}
_MARKER_DEPS = ("DOBJ", "INFV", "SUBJ", "FSUBJ", "PSUBJ", "SPRED")
PREVENT_VERBS = {"advare", "åtvare", "fraråde", "hindre", "forby", "stanse", "stoppe", "avskrekke", "true"}
REPORTED_PREPS = {"ifølge", "ifølgje", "iflg."}


@dataclass
class ModalityReading:
    """The cues found for one event mention."""

    modalities: set[str] = field(default_factory=set)
    attributed_to: object = None  # a Token (the claimant's head word) or a str
    cues: list[str] = field(default_factory=list)

    def add(self, modality: str, cue: str) -> None:
        self.modalities.add(modality)
        self.cues.append(cue)

    @property
    def modality(self) -> str:
        """The one contract value: the most restrictive modality found, else ``asserted``."""
        for m in STRENGTH:
            if m in self.modalities:
                return m
        return "asserted"

    def ordered(self) -> list[str]:
        """All modalities found, most restrictive first; ``asserted`` when there is none."""
        found = [m for m in STRENGTH if m in self.modalities]
        return found or ["asserted"]


def _lemma(tok) -> str:
    return (tok.lemma_ or tok.text).lower()


_IRREGULAR = {
    "sa": "si",
    "sagt": "si",
    "sier": "si",
    "seier": "seie",
    "sei": "seie",
    "skreiv": "skrive",
    "skrev": "skrive",
    "skrevet": "skrive",
    "ba": "be",
    "bad": "be",
    "nektet": "nekte",
    "avviste": "avvise",
    "avvist": "avvise",
    "trodde": "tro",
    "fortalte": "fortelle",
    "fortalt": "fortelle",
    "la": "legge",
    "lagt": "legge",
    "fryktet": "frykte",
}


def lemma_forms(tok) -> set[str]:
    """The lemma and plausible lemmas of the written form, since the lemmatizer errs on
    rarer verbs ("hevdet" → "hevd"): enough to look a verb up in a cue list."""
    low = tok.lower_
    out = {_lemma(tok), low}
    if low in _IRREGULAR:
        out.add(_IRREGULAR[low])
    for suf in ("et", "er", "te", "de", "ar", "a", "t", "r", "es", "s"):
        if low.endswith(suf) and len(low) - len(suf) >= 2:
            stem = low[: -len(suf)]
            out |= {stem, stem + "e"}
    return out


def _in(tok, vocab: set[str]) -> str | None:
    """The cue word of ``vocab`` that ``tok`` is a form of, or None."""
    hit = lemma_forms(tok) & vocab
    return min(hit) if hit else None


def verb_chain(tok) -> list:
    """The trigger and the verbs above it in its own clause (auxiliaries, modals, "å" infinitives).

    Climbs INFV links (NDT: the auxiliary heads the main verb) and through the infinitive
    marker "å" to the verb that governs it ("planlegger å møte"), never into another clause.
    """
    chain = [tok]
    cur = tok
    for _ in range(6):
        if (
            cur.dep_ in ("SPRED", "ATR")
            and cur.pos_ == "VERB"
            and cur.head.i != cur.i
            and (cur.head.lemma_ or "").lower() in ("være", "vere", "bli", "verte")
        ):
            # "er pågrepet" parsed as a predicative participle: the auxiliary still heads it
            cur = cur.head
            chain.append(cur)
        elif cur.dep_ == "INFV" and cur.head.i != cur.i:
            cur = cur.head
            if cur.lower_ in ("å", "og") and cur.head.i != cur.i:  # infinitive marker
                til = cur.head
                if cur.dep_ in _MARKER_DEPS and cur.head.pos_ in ("VERB", "AUX"):
                    cur = cur.head
                elif (
                    til.lower_ == "til"
                    and til.head.i != til.i
                    and (til.head.lemma_ or "").lower() in ("komme", "kome")
                ):
                    cur = til.head  # "kommer til å sende": future, and modals above it count
                    chain.append(til)
                else:
                    chain.append(cur)
                    break
            chain.append(cur)
        else:
            break
    return chain


def clause_head(tok):
    """The finite verb of the trigger's clause (top of its verb chain)."""
    return verb_chain(tok)[-1]


def _subject(verb):
    for c in verb.children:
        if c.dep_ in ("SUBJ",):
            return c
    return None


def read_modality(trigger, window: int = 4) -> ModalityReading:
    """The modality cues that govern ``trigger`` (a spaCy Token), with the claimant if any."""
    r = ModalityReading()
    chain = verb_chain(trigger)
    lemmas = [_lemma(t) for t in chain]
    # modals and auxiliaries in the chain
    for i, t in enumerate(chain):
        if i == 0 and t.pos_ != "AUX":
            continue  # the trigger itself; a modal only when we read a governing auxiliary
        lem, low = lemmas[i], t.lower_
        if lem in ("skulle",) or low in ("skal", "skulle"):
            # "skal ha levert": reported hearsay, not a plan
            below = chain[i - 1]
            if _lemma(below) == "ha" or any(_lemma(x) == "ha" for x in chain[:i]):
                r.add("reported", low)
            else:
                r.add("planned", low)
        elif lem in ("kunne",) or low in ("kan", "kunne", "kunna"):
            r.add("possible", low)
        elif low in ("vil",) or (lem == "ville" and low == "vil"):
            r.add("planned", low)
        elif low in ("ville", "skulle"):
            r.add("hypothetical", low)
        elif _in(t, PLAN_VERBS):
            r.add("planned", _in(t, PLAN_VERBS))
        elif lem == "komme" and any(c.lower_ == "til" for c in t.children):
            r.add("planned", "kommer til å")
        elif _in(t, POSSIBLE_VERBS):
            r.add("possible", _in(t, POSSIBLE_VERBS))
    # adverbs and "ifølge" attached anywhere on the chain
    for t in chain:
        for c in t.children:
            low = c.lower_
            if c.dep_ in ("ADV", "SPRED", "ATR") or c.pos_ in ("ADV", "PART", "ADP"):
                if low in NEGATION:
                    r.add("negated", low)
                elif low in POSSIBLE_ADV:
                    r.add("possible", low)
                elif low in REPORTED_ADV:
                    r.add("reported", low)
                elif low in REPORTED_PREPS:
                    r.add("reported", low)
                    obj = next((g for g in c.children if g.dep_ == "PUTFYLL"), None)
                    if obj is not None and r.attributed_to is None:
                        r.attributed_to = obj
                elif low == "etter" and any(g.lower_ in ("planen", "planane") for g in c.children):
                    r.add("planned", "etter planen")
            if c.dep_ == "SBU" and low in CONDITIONAL and low != "om":
                r.add("hypothetical", low)
    # a short window before the trigger, for cues the parser attached elsewhere; a clause
    # boundary ends the window, since a cue before it belongs to another clause
    chain_ids = {x.i for x in chain}
    lo = max(trigger.sent.start, trigger.i - window)
    for t in reversed(trigger.doc[lo : trigger.i]):
        low = t.lower_
        if low in (",", ";", ":", "men", "mens", "fordi", "som", "–", "-"):
            break
        if low in NEGATION and t.head.i in chain_ids:
            r.add("negated", low)
        elif low in POSSIBLE_ADV:
            r.add("possible", low)
        elif low in ("hvis", "dersom", "viss"):
            r.add("hypothetical", low)
        elif low in PLANNED_ADJ or (
            low in ("planen", "planane") and t.i > 0 and t.doc[t.i - 1].lower_ == "etter"
        ):
            r.add("planned", low)
        elif low in POSSIBLE_ADJ or any(low.startswith(n) for n in ("mulighet", "moglegheit")):
            r.add("possible", low)
    # the trigger inside "ikke" right after the finite verb (V2: "leverte ikke")
    top = chain[-1]
    for t in trigger.doc[top.i + 1 : min(top.i + 3, trigger.sent.end)]:
        if t.lower_ in NEGATION and t.head.i in chain_ids:
            r.add("negated", t.lower_)
    _embedding(_finite_of(top), r)
    return r


def _finite_of(top):
    """The verb that heads the trigger's clause when the trigger is an adjectival participle
    or a noun ("har levert ammunisjon" parsed with "levert" under "ammunisjon")."""
    cur = top
    for _ in range(4):
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ != "ATR":
            return cur
        if cur.head.i == cur.i or cur.pos_ == "ADP" or cur.lower_ == "å":
            return cur
        cur = cur.head
    return top


def _embedding(top, r: ModalityReading, depth: int = 0) -> None:
    """Cues from what embeds the clause: "sier at", "avviser at", "hvis", "muligheten for at"."""
    if depth > 3:
        return
    sbu = [c.lower_ for c in top.children if c.dep_ == "SBU"]
    if any(s in ("hvis", "dersom", "viss") for s in sbu):
        r.add("hypothetical", sbu[0])
    head = top.head
    if head.i == top.i:
        # the root: a parenthetical "sier han" (PAR) reports the whole sentence
        for c in top.children:
            if c.dep_ == "PAR" and _in(c, SPEECH_VERBS):
                r.add("reported", _in(c, SPEECH_VERBS))
                subj = _subject(c)
                if subj is not None and r.attributed_to is None:
                    r.attributed_to = subj
        return
    hl = _lemma(head)
    if head.pos_ in ("VERB", "AUX"):
        hl = _in(head, DENIAL_VERBS | SPEECH_VERBS | POSSIBLE_VERBS | PLAN_VERBS) or hl
        if hl in DENIAL_VERBS:
            r.add("negated", hl)
            r.add("reported", hl)
            if r.attributed_to is None:
                r.attributed_to = _subject(head)
        elif hl in SPEECH_VERBS and top.dep_ in ("DOBJ", "ADV", "FOBJ", "FSUBJ"):
            r.add("reported", hl)
            if r.attributed_to is None:
                r.attributed_to = _subject(head) or _subject(clause_head(head))
        elif hl in POSSIBLE_VERBS:
            r.add("possible", hl)
        elif hl in PLAN_VERBS:
            r.add("planned", hl)
        if hl in SPEECH_VERBS or hl in DENIAL_VERBS or hl in POSSIBLE_VERBS:
            # the reporting clause's own cues: "har hevdet" → reported already; "kan ha sagt" ignored
            return
        # a clause embedded further up (a relative or adverbial clause): look at its chain
        _embedding(clause_head(head), r, depth + 1)
        return
    if head.pos_ in ("ADP", "SCONJ"):
        # "muligheten for at X", "planen om å": the noun the preposition hangs under
        noun = head.head
        nl = _lemma(noun)
        if any(nl.startswith(n) for n in POSSIBLE_NOUNS):
            r.add("possible", nl)
        elif any(nl.startswith(n) for n in PLANNED_NOUNS) or nl in PLANNED_ADJ:
            r.add("planned", nl)
        elif nl in POSSIBLE_ADJ:
            r.add("possible", nl)
        if noun.pos_ in ("VERB", "AUX") and noun.i != head.i:
            nl = _in(noun, PREVENT_VERBS | PLAN_VERBS) or nl
            if nl in PREVENT_VERBS:
                r.add("hypothetical", nl)  # "advarer X mot å forsyne": warned against, not done
            elif nl in PLAN_VERBS:
                r.add("planned", nl)
            _embedding(clause_head(noun), r, depth + 1)
        elif noun.head.i != noun.i and noun.head.pos_ in ("VERB", "AUX"):
            _embedding(clause_head(noun.head), r, depth + 1)
        return
    if head.pos_ in ("NOUN",):
        nl = _lemma(head)
        if any(nl.startswith(n) for n in POSSIBLE_NOUNS):
            r.add("possible", nl)
        elif any(nl.startswith(n) for n in PLANNED_NOUNS):
            r.add("planned", nl)
    if head.pos_ in ("ADJ",):
        hl2 = _lemma(head)
        if hl2 in PLANNED_ADJ or head.lower_ in PLANNED_ADJ:
            r.add("planned", head.lower_)
        if hl2 in POSSIBLE_ADJ or head.lower_ in POSSIBLE_ADJ:
            r.add("possible", head.lower_)
