"""Hand-built NDT parses for tests of the event and relation rules.

Why by hand: the rules read a dependency parse; a test that builds the parse itself
checks the rules, not the statistical model (whose output changes with every
retraining). Each row is "word lemma POS DEP head [NER]", head 1-based, 0 = root; a FLAT
token with the same NER label continues the name before it.
"""

from __future__ import annotations

from functools import cache

import spacy
from spacy.tokens import Doc

from nyhetsgraf.extract.entities import EntityIndex
from nyhetsgraf.record import Entity, Mention

_NO_SPACE_BEFORE = {".", ",", ":", ";", "!", "?", "»", ")"}
_NO_SPACE_AFTER = {"«", "("}


@cache
def _vocab():
    """A Norwegian vocab, so lexical attributes (``lower_``, ``is_punct``) are computed."""
    return spacy.blank("nb").vocab


def parse(table: str) -> Doc:
    """A spaCy Doc from rows of "word lemma POS DEP head [NER-label]" (head 1-based)."""
    rows = [line.split() for line in table.strip().splitlines() if line.strip()]
    words = [r[0].replace("_", " ") for r in rows]
    spaces = []
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else None
        spaces.append(nxt is not None and nxt not in _NO_SPACE_BEFORE and w not in _NO_SPACE_AFTER)
    heads = [int(r[4]) - 1 if int(r[4]) > 0 else i for i, r in enumerate(rows)]
    ents = []
    prev = None
    for r in rows:
        label = r[5] if len(r) > 5 else None
        if label is None:
            ents.append("O")
        else:
            ents.append(("I-" if prev == label and r[3] == "FLAT" else "B-") + label)
        prev = label
    return Doc(_vocab(), words=words, spaces=spaces, lemmas=[r[1] for r in rows], pos=[r[2] for r in rows],
               deps=[r[3] for r in rows], heads=heads, ents=ents)


def index_of(doc: Doc, derived: dict[str, str] | None = None) -> EntityIndex:
    """An EntityIndex with one entity per distinct NER string (genitive -s folded).

    ``derived`` maps a derived word ("russisk") to the entity name it derives from.
    """
    by_name: dict[str, Entity] = {}
    texts = {ent.text for ent in doc.ents}
    for ent in doc.ents:
        name = ent.text[:-1] if ent.text.endswith("s") and ent.text[:-1] in texts else ent.text
        e = by_name.get(name)
        if e is None:
            etype = "GPE" if ent.label_.startswith("GPE") else ent.label_
            e = Entity(id=f"e{len(by_name) + 1}", name=name, type=etype)
            by_name[name] = e
        e.mentions.append(Mention(ent.start_char, ent.end_char, ent.text))
    for tok in doc:
        target = (derived or {}).get(tok.lower_)
        if target:
            e = by_name.get(target)
            if e is None:
                e = Entity(id=f"e{len(by_name) + 1}", name=target, type="GPE")
                by_name[target] = e
            e.mentions.append(Mention(tok.idx, tok.idx + len(tok.text), tok.text, derived=True))
    return EntityIndex(list(by_name.values()), doc.text)
