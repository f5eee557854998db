"""Matrix products through numpy's BLAS instead of thinc's bundled BLIS.

Almost all of the pipeline's time is spent in the matrix products of the
tok2vec encoders and the parser/NER precomputation. thinc's ``NumpyOps`` sends
them to the ``blis`` package by default; on the machines this project runs on
(AMD EPYC with AVX-512) that BLIS build reaches about 31 GFLOP/s on one core
while numpy's OpenBLAS reaches about 86 on the same core, and the whole
pipeline runs at about 11,000 instead of 6,000-7,000 words/s. The output is
the same up to float rounding: on 400 news excerpts (101k tokens) not one POS,
lemma, head, label or entity differs; on the UD test splits every score is
identical except Nynorsk morphology (0.9172 → 0.9169, a feature or two on a
tie). ``NumpyOps(use_blis=False)`` is thinc's own switch for this; the
environment variable ``NYHETSGRAF_GEMM=blis`` turns it off.
"""

from __future__ import annotations

import os

from spacy.language import Language


def gemm_backend() -> str:
    """``"numpy"`` (default) or ``"blis"``, from ``NYHETSGRAF_GEMM``."""
    value = os.environ.get("NYHETSGRAF_GEMM", "numpy").strip().lower() or "numpy"
    if value not in ("numpy", "blis"):
        raise ValueError(f"NYHETSGRAF_GEMM must be 'numpy' or 'blis', not {value!r}")
    return value


def configure_gemm(nlp: Language) -> None:
    """Apply the backend ``NYHETSGRAF_GEMM`` asks for to a loaded pipeline (numpy unless "blis")."""
    if gemm_backend() == "numpy":
        use_numpy_gemm(nlp)


def use_numpy_gemm(nlp: Language) -> int:
    """Give every thinc layer of ``nlp`` ops whose ``gemm`` is numpy's; return how many layers changed.

    Models keep the ops they were built with, so setting thinc's current ops
    before ``spacy.load`` would not reach layers created while deserialising
    a pipeline in a worker process; walking the loaded models does.
    """
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    changed = 0
    for _name, proc in nlp.pipeline:
        model = getattr(proc, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            if isinstance(node.ops, NumpyOps) and getattr(node.ops, "use_blis", False):
                node.ops = ops
                changed += 1
    return changed
