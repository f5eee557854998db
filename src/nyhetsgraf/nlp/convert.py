"""Turn NorNE / NDT into spaCy training data, with a split that cannot leak.

Why this module exists: the UD train files are not shipped, so the training
set is rebuilt as "every NDT sentence that is not in the UD dev or test file
of the same variety". Matching is done on token sequences; about a hundred UD
sentences only match after dropping NDT's headline token ``|`` and ignoring
case, so both keys are tried. The dev/test docs keep the *NDT* annotation of
the matched sentences (labels the model is trained on) while NER scores are
also computed on the UD files themselves, the split published NorNE scores use.

NDT part-of-speech tags and features are mapped to Universal POS and UD-style
features, so downstream code reads ``token.pos_ == "PROPN"`` and
``token.morph.get("Gender")`` instead of NDT's own tag set. Dependency labels
stay NDT's (SUBJ, DOBJ, ADV, PUTFYLL, …); the root gets spaCy's ``ROOT``.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

PUNCT_NO_SPACE_BEFORE = {",", ".", ":", ";", "!", "?", ")", "»", "]", "…", "%"}
PUNCT_NO_SPACE_AFTER = {"(", "«", "["}
AUX_LEMMAS = {"være", "vere", "ha", "bli", "verte", "kunne", "skulle", "ville", "måtte", "burde", "få"}

# NDT feature value -> UD feature (key, value)
FEATS = {
    "mask": ("Gender", "Masc"),
    "fem": ("Gender", "Fem"),
    "nøyt": ("Gender", "Neut"),
    "ub": ("Definite", "Ind"),
    "be": ("Definite", "Def"),
    "ent": ("Number", "Sing"),
    "fl": ("Number", "Plur"),
    "pres": ("Tense", "Pres"),
    "pret": ("Tense", "Past"),
    "inf": ("VerbForm", "Inf"),
    "perf-part": ("VerbForm", "Part"),
    "imp": ("Mood", "Imp"),
    "pass": ("Voice", "Pass"),
    "pos": ("Degree", "Pos"),
    "komp": ("Degree", "Cmp"),
    "sup": ("Degree", "Sup"),
    "gen": ("Case", "Gen"),
    "nom": ("Case", "Nom"),
    "akk": ("Case", "Acc"),
    "1": ("Person", "1"),
    "2": ("Person", "2"),
    "3": ("Person", "3"),
    "pers": ("PronType", "Prs"),
    "dem": ("PronType", "Dem"),
    "poss": ("Poss", "Yes"),
    "refl": ("Reflex", "Yes"),
    "fork": ("Abbr", "Yes"),
    "<ordenstall>": ("NumType", "Ord"),
}
PUNCT_TAGS = {"clb", "<komma>", "<anf>", "<strek>", "<parentes-beg>", "<parentes-slutt>"}


def upos(ndt_pos: str, feats: set[str], lemma: str) -> str:
    """Map an NDT part-of-speech (plus features) to a Universal POS tag."""
    if ndt_pos == "subst":
        return "PROPN" if "prop" in feats else "NOUN"
    if ndt_pos == "verb":
        return "AUX" if lemma in AUX_LEMMAS else "VERB"
    if ndt_pos == "det":
        is_number = lemma[:1].isdigit() or lemma.lower() in NUMBER_WORDS
        return "NUM" if "kvant" in feats and is_number else "DET"
    if ndt_pos in PUNCT_TAGS or lemma.startswith("$"):
        return "PUNCT"
    return {
        "adj": "ADJ",
        "adv": "ADV",
        "prep": "ADP",
        "konj": "CCONJ",
        "sbu": "SCONJ",
        "pron": "PRON",
        "inf-merke": "PART",
        "interj": "INTJ",
        "ukjent": "X",
        "symb": "SYM",
    }.get(ndt_pos, "X")


NUMBER_WORDS = {
    "to",
    "tre",
    "fire",
    "fem",
    "seks",
    "sju",
    "syv",
    "åtte",
    "ni",
    "ti",
    "elleve",
    "tolv",
    "tjue",
    "tretti",
    "førti",
    "femti",
    "hundre",
    "tusen",
    "million",
    "milliard",
}


def ud_feats(ndt_feats: set[str], pos: str) -> str:
    """Map NDT features to a UD FEATS string (sorted, ``|``-joined)."""
    out: dict[str, str] = {}
    for f in ndt_feats:
        if f in FEATS:
            k, v = FEATS[f]
            out.setdefault(k, v)
    if pos in ("VERB", "AUX") and out.get("Tense"):
        out["VerbForm"] = "Fin"
        out.setdefault("Mood", "Ind")
    if pos == "NUM":
        out.setdefault("NumType", "Card")
    return "|".join(f"{k}={v}" for k, v in sorted(out.items()))


@dataclass
class Sentence:
    """One treebank sentence with the annotation layers the pipeline learns."""

    words: list[str]
    lemmas: list[str] = field(default_factory=list)
    pos: list[str] = field(default_factory=list)
    morphs: list[str] = field(default_factory=list)
    heads: list[int] = field(default_factory=list)  # 0-based, self for root
    deps: list[str] = field(default_factory=list)
    ner: list[str] = field(default_factory=list)  # IOB2 with NorNE types
    source: str = ""

    def match_keys(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Exact key and relaxed key (headline ``|`` dropped, lower-cased) for matching."""
        exact = tuple(self.words)
        relaxed = tuple(w.lower() for w in self.words if w != "|")
        return exact, relaxed


def _name_tag(misc: str) -> str:
    for part in misc.split("|"):
        if part.startswith("name="):
            tag = part[5:]
            # MISC has 8 training examples: too few to learn, treat as O.
            return "O" if tag.endswith("MISC") else tag
    return "O"


def read_conll(path: Path, ndt: bool) -> Iterator[Sentence]:
    """Read a CoNLL(-U) file. ``ndt`` selects NDT columns (mapped to UD) vs UD columns."""
    rows: list[list[str]] = []

    def flush() -> Sentence | None:
        if not rows:
            return None
        s = Sentence(words=[r[1] for r in rows], source=path.name)
        for r in rows:
            lemma = r[2]
            if ndt:
                feats = set(r[5].split("|")) if r[5] != "_" else set()
                pos = upos(r[3], feats, lemma)
                morph = ud_feats(feats, pos)
                lemma = lemma[1:] if lemma.startswith("$") and len(lemma) > 1 else lemma
            else:
                pos, morph = r[3], ("" if r[5] == "_" else r[5])
            s.lemmas.append(lemma)
            s.pos.append(pos)
            s.morphs.append(morph)
            head = int(r[6])
            idx = int(r[0])
            s.heads.append(idx - 1 if head == 0 else head - 1)
            s.deps.append("ROOT" if head == 0 else r[7])
            s.ner.append(_name_tag(r[9]))
        rows.clear()
        return s

    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                s = flush()
                if s:
                    yield s
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue  # multiword ranges / empty nodes (none in NDT, defensive for UD)
            rows.append(cols)
    s = flush()
    if s:
        yield s


def spaces_for(words: list[str]) -> list[bool]:
    """Guess SpaceAfter from punctuation, since NDT has no such column."""
    sp = []
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else None
        sp.append(nxt is not None and nxt not in PUNCT_NO_SPACE_BEFORE and w not in PUNCT_NO_SPACE_AFTER)
    return sp


@dataclass
class Split:
    train: list[list[Sentence]]  # grouped into documents
    dev: list[Sentence]
    test: list[Sentence]
    ud_dev: list[Sentence]
    ud_test: list[Sentence]
    stats: dict


def build_split(norne: Path, variety: str, doc_size: int = 10) -> Split:
    """Split NDT ``variety`` (nob|nno) into train (documents) and dev/test (NDT-annotated)."""
    ud_name = {"nob": "no_bokmaal", "nno": "no_nynorsk"}[variety]
    ud_dev = list(read_conll(norne / "ud" / variety / f"{ud_name}-ud-dev.conllu", ndt=False))
    ud_test = list(read_conll(norne / "ud" / variety / f"{ud_name}-ud-test.conllu", ndt=False))
    key_to_split: dict[tuple[str, ...], str] = {}
    for name, sents in (("dev", ud_dev), ("test", ud_test)):
        for s in sents:
            for k in s.match_keys():
                key_to_split[k] = name
    train_docs: list[list[Sentence]] = []
    dev: list[Sentence] = []
    test: list[Sentence] = []
    counts = Counter()
    for path in sorted((norne / "ndt" / variety).glob("*.conll")):
        current: list[Sentence] = []
        for s in read_conll(path, ndt=True):
            exact, relaxed = s.match_keys()
            where = key_to_split.get(exact) or key_to_split.get(relaxed)
            if where == "dev":
                dev.append(s)
            elif where == "test":
                test.append(s)
            else:
                current.append(s)
                counts["train_tokens"] += len(s.words)
                counts["train_entities"] += sum(t.startswith("B-") for t in s.ner)
                if len(current) >= doc_size:
                    train_docs.append(current)
                    current = []
                continue
            # a held-out sentence breaks the running document
            if current:
                train_docs.append(current)
                current = []
        if current:
            train_docs.append(current)
    stats = {
        "variety": variety,
        "train_sentences": sum(len(d) for d in train_docs),
        "train_docs": len(train_docs),
        "train_tokens": counts["train_tokens"],
        "train_entities": counts["train_entities"],
        "dev_matched": len(dev),
        "dev_ud": len(ud_dev),
        "test_matched": len(test),
        "test_ud": len(ud_test),
    }
    return Split(train_docs, dev, test, ud_dev, ud_test, stats)


def leaked(split: Split) -> int:
    """Number of training sentences whose tokens equal a UD dev/test sentence (must be 0)."""
    held = set()
    for s in split.ud_dev + split.ud_test:
        held.update(s.match_keys())
    return sum(
        1 for doc in split.train for s in doc if s.match_keys()[0] in held or s.match_keys()[1] in held
    )


def to_doc(vocab, sents: Iterable[Sentence], with_syntax: bool = True):
    """Build one spaCy ``Doc`` from sentences (offsets shift per sentence)."""
    from spacy.tokens import Doc

    words, spaces, lemmas, pos, morphs, heads, deps, ner, starts = [], [], [], [], [], [], [], [], []
    for s in sents:
        off = len(words)
        sp = spaces_for(s.words)
        sp[-1] = True
        words += s.words
        spaces += sp
        lemmas += s.lemmas
        pos += s.pos
        morphs += s.morphs
        heads += [h + off for h in s.heads]
        deps += s.deps
        ner += s.ner
        starts += [True] + [False] * (len(s.words) - 1)
    if spaces:
        spaces[-1] = False
    kwargs = {"words": words, "spaces": spaces, "ents": ner}
    if with_syntax:
        kwargs.update(lemmas=lemmas, pos=pos, morphs=morphs, heads=heads, deps=deps)
    else:
        kwargs["sent_starts"] = starts
    return Doc(vocab, **kwargs)


def write_corpus(norne: Path, out: Path, varieties: list[str], seed: int = 0) -> dict:
    """Write train/dev/test ``.spacy`` files for the varieties and return split statistics."""
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank("nb")
    out.mkdir(parents=True, exist_ok=True)
    report = {}
    all_train = DocBin(store_user_data=False)
    for var in varieties:
        split = build_split(norne, var)
        n_leak = leaked(split)
        if n_leak:
            raise RuntimeError(f"{n_leak} {var} dev/test sentences leak into training")
        split.stats["leaked"] = 0
        report[var] = split.stats
        docs = split.train[:]
        random.Random(seed).shuffle(docs)
        for d in docs:
            all_train.add(to_doc(nlp.vocab, d))
        for name, sents in (("dev", split.dev), ("test", split.test)):
            db = DocBin()
            for i in range(0, len(sents), 10):
                db.add(to_doc(nlp.vocab, sents[i : i + 10]))
            db.to_disk(out / f"{var}-{name}.spacy")
        for name, sents in (("ud-dev", split.ud_dev), ("ud-test", split.ud_test)):
            db = DocBin()
            for s in sents:
                db.add(to_doc(nlp.vocab, [s], with_syntax=False))
            db.to_disk(out / f"{var}-{name}.spacy")
    all_train.to_disk(out / "train.spacy")
    (out / "split.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
    return report


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="Convert NorNE/NDT into spaCy corpora without leakage.")
    ap.add_argument("--norne", type=Path, default=Path("../shared/data/norne"))
    ap.add_argument("--out", type=Path, default=Path("training/corpus"))
    ap.add_argument("--varieties", default="nob,nno")
    args = ap.parse_args(argv)
    report = write_corpus(args.norne, args.out, args.varieties.split(","))
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
