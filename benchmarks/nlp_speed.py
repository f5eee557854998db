"""Words per second of the shipped pipeline, one process and two (``nlp.pipe(n_process=2)``).

Each figure is the median of three passes (this machine's timings vary by up to 20 %).
Text: the unannotated news excerpts in ../shared/data/raw-news when present
(real news prose, never copied into the repo), else the bundled examples
repeated. Prints figures; asserts nothing (timings belong here, not in tests).

    .venv/bin/python benchmarks/nlp_speed.py [--docs 400]
"""

from __future__ import annotations

import os

# One BLAS thread per process, set before numpy loads: the one-process figure is then one core's
# work, and two worker processes do not fight over two cores with two BLAS threads each
# (that oversubscription halves throughput). Override with OPENBLAS_NUM_THREADS=N.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

from nyhetsgraf import nlp as nlp_mod  # noqa: E402
from nyhetsgraf.nlp.gemm import gemm_backend  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT.parent / "shared" / "data" / "raw-news" / "news.jsonl"


def corpus(n_docs: int) -> tuple[list[str], str]:
    if RAW.exists():
        texts = [json.loads(line)["text"] for line in RAW.open(encoding="utf-8")][:n_docs]
        return texts, f"raw-news ({len(texts)} excerpts)"
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    texts = (texts * (n_docs // max(len(texts), 1) + 1))[:n_docs]
    return texts, f"examples repeated ({len(texts)} docs)"


def run(nlp, texts: list[str], n_process: int) -> float:
    n_words = sum(len(t.split()) for t in texts)
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32, n_process=n_process):
        pass
    return n_words / (time.perf_counter() - t0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--docs", type=int, default=400)
    args = ap.parse_args()
    t0 = time.perf_counter()
    nlp = nlp_mod.load("nb")
    load_s = time.perf_counter() - t0
    texts, what = corpus(args.docs)
    n_words = sum(len(t.split()) for t in texts)
    run(nlp, texts[:10], 1)  # warm-up
    print(f"corpus: {what}, {n_words} words; pipeline: {', '.join(nlp.pipe_names)}")
    threads = os.environ["OPENBLAS_NUM_THREADS"]
    print(f"model load: {load_s:.2f} s; gemm: {gemm_backend()}; BLAS threads: {threads}")
    for n in (1, 2):
        runs = sorted(run(nlp, texts, n) for _ in range(3))
        print(f"n_process={n}: {runs[1]:,.0f} words/s (median of 3; range {runs[0]:,.0f}-{runs[2]:,.0f})")


if __name__ == "__main__":
    main()
