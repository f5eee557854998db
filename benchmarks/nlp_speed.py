"""Words per second of the shipped pipeline, one process and two (``nlp.pipe(n_process=2)``).

Text: the unannotated news excerpts in ../shared/data/raw-news when present
(real news prose, never copied into the repo), else the bundled examples
repeated. Prints figures; asserts nothing (timings belong here, not in tests).

    .venv/bin/python benchmarks/nlp_speed.py [--docs 400]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from nyhetsgraf import nlp as nlp_mod

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
    print(f"model load: {load_s:.2f} s")
    for n in (1, 2):
        print(f"n_process={n}: {run(nlp, texts, n):,.0f} words/s")


if __name__ == "__main__":
    main()
