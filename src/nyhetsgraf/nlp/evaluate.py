"""Score a trained pipeline on the held-out NorNE splits, the way published numbers are made.

NER is scored on the UD test files themselves (gold tokens, exact spans, the
NorNE types without MISC), which is the split published NorNE results use.
POS, morphology, lemmas and the parse are scored on the NDT annotation of the
same test sentences, because that is the annotation scheme the model learns.
"""

from __future__ import annotations

import time
from pathlib import Path

from nyhetsgraf.nlp import tokenizer as _tokenizer  # noqa: F401  (registers the tokenizer)
from nyhetsgraf.nlp.gemm import configure_gemm


def _score(nlp, path: Path) -> dict:
    from spacy.training import Corpus

    examples = list(Corpus(str(path), gold_preproc=True)(nlp))
    return nlp.evaluate(examples)


def evaluate_pipeline(model_dir: Path, corpus: Path, speed_texts: list[str] | None = None) -> dict:
    """Return NER/POS/lemma/parse scores per variety, plus words per second on one process."""
    import spacy

    nlp = spacy.load(model_dir)
    configure_gemm(nlp)  # as nyhetsgraf.nlp.load runs it (same output, faster)
    out: dict = {}
    for var in ("nob", "nno"):
        if not (corpus / f"{var}-ud-test.spacy").exists():
            continue
        ner = _score(nlp, corpus / f"{var}-ud-test.spacy")
        syn = _score(nlp, corpus / f"{var}-test.spacy")
        out[var] = {
            "ner_f": round(ner["ents_f"], 4),
            "ner_p": round(ner["ents_p"], 4),
            "ner_r": round(ner["ents_r"], 4),
            "ner_per_type": {
                k: {m: round(v, 4) for m, v in s.items()} for k, s in ner["ents_per_type"].items()
            },
            "pos_acc": round(syn["pos_acc"], 4),
            "morph_acc": round(syn["morph_acc"], 4),
            "lemma_acc": round(syn["lemma_acc"], 4),
            "dep_uas": round(syn["dep_uas"], 4),
            "dep_las": round(syn["dep_las"], 4),
            "sents_f": round(syn["sents_f"], 4),
        }
    if speed_texts is None:
        speed_texts = _test_texts(corpus / "nob-test.spacy", nlp)
    out["words_per_second"] = words_per_second(nlp, speed_texts)
    return out


def _test_texts(path: Path, nlp) -> list[str]:
    from spacy.tokens import DocBin

    return [d.text for d in DocBin().from_disk(path).get_docs(nlp.vocab)]


def words_per_second(nlp, texts: list[str], n_process: int = 1) -> int:
    """Whitespace words per second for the full pipeline over ``texts``."""
    n_words = sum(len(t.split()) for t in texts)
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64, n_process=n_process):
        pass
    return int(n_words / (time.perf_counter() - t0))
