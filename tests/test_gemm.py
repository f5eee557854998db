"""The numpy-BLAS switch must change speed only: same analyses, every layer switched, a clear error."""

from __future__ import annotations

import pytest
import spacy
from thinc.api import NumpyOps

from nyhetsgraf import nlp as nlp_mod
from nyhetsgraf.nlp.gemm import gemm_backend, use_numpy_gemm

TEXT = (
    "Statsminister Jonas Gahr Støre møtte Tysklands kansler i Berlin tirsdag.\n\n"
    "– Vi står sammen om støtten til Ukraina, sa Støre til NRK etter møtet.\n\n"
    "Ifølge Equinor vil leveransene øke med 10 prosent neste år."
)


def _layers(nlp):
    for _name, proc in nlp.pipeline:
        model = getattr(proc, "model", None)
        if model is not None and hasattr(model, "walk"):
            yield from model.walk()


def _analysis(doc):
    return (
        [(t.text, t.pos_, t.lemma_, t.head.i, t.dep_) for t in doc],
        [(e.start, e.end, e.label_) for e in doc.ents],
    )


def test_load_switches_every_layer_to_numpy_gemm():
    nlp = nlp_mod.load("nb")
    ops = [node.ops for node in _layers(nlp)]
    assert ops, "the pipeline has thinc layers"
    assert all(not (isinstance(o, NumpyOps) and o.use_blis) for o in ops)


def test_numpy_gemm_gives_the_same_analysis_as_blis():
    blis_nlp = spacy.load(nlp_mod.model_path("nb"))
    assert any(isinstance(n.ops, NumpyOps) and n.ops.use_blis for n in _layers(blis_nlp))
    before = _analysis(blis_nlp(TEXT))
    assert use_numpy_gemm(blis_nlp) > 0
    assert use_numpy_gemm(blis_nlp) == 0  # idempotent: nothing left to switch
    assert _analysis(blis_nlp(TEXT)) == before


def test_backend_from_environment(monkeypatch):
    monkeypatch.delenv("NYHETSGRAF_GEMM", raising=False)
    assert gemm_backend() == "numpy"
    monkeypatch.setenv("NYHETSGRAF_GEMM", "BLIS")
    assert gemm_backend() == "blis"
    monkeypatch.setenv("NYHETSGRAF_GEMM", "mkl")
    with pytest.raises(ValueError, match="NYHETSGRAF_GEMM"):
        gemm_backend()
