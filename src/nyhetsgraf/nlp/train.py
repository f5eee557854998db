"""Reproduce the shipped Norwegian pipeline with one command (``make model``).

Steps: convert NorNE/NDT (no dev/test sentence leaks into training) → train
two pipelines side by side, one per core: ``configs/nb-syntax.cfg`` (tok2vec,
morphologizer, lemmatizer, parser) and ``configs/nb-ner.cfg`` (NER with its own
tok2vec: sharing one with the syntactic components cost NER F1 here) →
assemble both into one pipeline → evaluate on the held-out splits → copy it
into the package with ``scores.json`` and a model card. Training is a
developer job (about 25 minutes on two cores), never run by CI; the shipped
result is what ``nyhetsgraf.nlp.load`` reads.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from nyhetsgraf.nlp import MODELS_DIR
from nyhetsgraf.nlp.evaluate import evaluate_pipeline

CONFIGS = Path(__file__).resolve().parent / "configs"
PARTS = ("syntax", "ner")
TOKENIZER_CODE = Path(__file__).resolve().parent / "tokenizer.py"


def train_set(corpus: Path, with_dev: bool) -> Path:
    """The training data: ``train.spacy``, or with ``with_dev`` a folder of it plus both dev files.

    The final model is retrained on train + dev for a step count chosen on dev in earlier runs
    (parameter averaging keeps the NER curve flat, so the last step is safe): the dev sentences
    are 14 % more annotated text, and the test split stays untouched for the scores.
    """
    if not with_dev:
        return corpus / "train.spacy"
    folder = corpus / "train+dev"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    for name in ("train.spacy", "nob-dev.spacy", "nno-dev.spacy"):
        shutil.copy2(corpus / name, folder / name)
    return folder


def train(
    corpus: Path, out: Path, max_steps: int | None, extra: list[str], with_dev: bool = False
) -> float:
    """Train the syntax and NER parts in parallel (``out/syntax``, ``out/ner``); return wall seconds."""
    train_path = train_set(corpus, with_dev)
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
    procs = []
    t0 = time.time()
    for part in PARTS:
        cmd = [
            sys.executable,
            "-m",
            "spacy",
            "train",
            str(CONFIGS / f"nb-{part}.cfg"),
            "--output",
            str(out / part),
            "--code",
            str(TOKENIZER_CODE),
            "--paths.train",
            str(train_path),
            "--paths.dev",
            str(corpus / "nob-dev.spacy"),
        ]
        if max_steps:
            cmd += ["--training.max_steps", str(max_steps)]
        out.mkdir(parents=True, exist_ok=True)
        log = (out / f"{part}.log").open("w")
        procs.append((part, subprocess.Popen([*cmd, *extra], env=env, stdout=log, stderr=subprocess.STDOUT)))
    for part, proc in procs:
        if proc.wait() != 0:
            raise SystemExit(f"training {part} failed; see {out / (part + '.log')}")
    return time.time() - t0


def assemble(syntax_dir: Path, ner_dir: Path, out: Path) -> Path:
    """Join the syntax pipeline and the NER pipeline into one directory."""
    import spacy

    from nyhetsgraf.nlp.tokenizer import create_news_tokenizer

    nlp = spacy.load(syntax_dir)
    # rebuild the tokenizer from tokenizer.py, so rule changes reach the shipped model without retraining
    nlp.tokenizer = create_news_tokenizer()(nlp)
    ner_nlp = spacy.load(ner_dir)
    nlp.add_pipe("ner_tok2vec", source=ner_nlp)
    nlp.add_pipe("ner", source=ner_nlp)
    nlp.meta.update({"name": "nyhetsgraf_nb", "version": "0.1.0", "license": "CC0 annotations (NorNE/NDT)"})
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out)
    return out


def dir_size_mb(path: Path) -> float:
    return round(sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6, 1)


def ship(
    model_dir: Path, corpus: Path, train_seconds: float | None, split: dict, with_dev: bool = True
) -> dict:
    """Evaluate ``model_dir`` and copy it into the package with scores and a model card."""
    target = MODELS_DIR / "nb"
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(model_dir, target)
    scores = evaluate_pipeline(target, corpus)
    scores["training_seconds"] = round(train_seconds) if train_seconds else None
    scores["trained_on"] = "train+dev" if with_dev else "train"
    scores["size_mb"] = dir_size_mb(target)
    scores["split"] = split
    (target / "scores.json").write_text(json.dumps(scores, indent=2, ensure_ascii=False), encoding="utf-8")
    write_card(target, scores)
    return scores


def write_card(target: Path, scores: dict) -> None:
    """A short model card next to the weights: data, licence, scores, speed, size."""
    nob, nno = scores["nob"], scores.get("nno", {})
    lines = [
        "# nyhetsgraf Norwegian pipeline (nb, joint Bokmål + Nynorsk)",
        "",
        "Trained by `make model` from NorNE on the Norwegian Dependency Treebank",
        "(annotations CC0; texts belong to their publishers and are not included here).",
        (
            "Training set: all NDT sentences not in the UD test splits, the UD dev sentences included"
            if scores.get("trained_on") == "train+dev"
            else "Training set: all NDT sentences not in the UD dev/test splits"
        )
        + " (leakage checked).",
        "",
        "Components: news tokenizer, morphologizer (UD POS + features mapped from NDT),",
        "trainable lemmatizer, dependency parser (NDT labels), NER (NorNE types, own tok2vec).",
        "",
        "| split | NER F1 | P | R | POS | morph | lemma | UAS | LAS |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for name, s in (("Bokmål test", nob), ("Nynorsk test", nno)):
        if s:
            lines.append(
                f"| {name} | {s['ner_f']:.3f} | {s['ner_p']:.3f} | {s['ner_r']:.3f} | {s['pos_acc']:.3f} "
                f"| {s['morph_acc']:.3f} | {s['lemma_acc']:.3f} | {s['dep_uas']:.3f} | {s['dep_las']:.3f} |"
            )
    lines += [
        "",
        f"Size: {scores['size_mb']} MB. Training time: {scores.get('training_seconds')} s on 2 CPU cores.",
        f"Speed: {scores.get('words_per_second')} words/s, one process, on the test sentences",
        "(on news excerpts: benchmarks/nlp_speed.py).",
        "NER is scored on the UD test files (exact span, 8 NorNE types without MISC);",
        "POS/morph/lemma/parse on the NDT annotation of the same test sentences.",
    ]
    (target / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    from nyhetsgraf.nlp.convert import write_corpus

    ap = argparse.ArgumentParser(description="Train, evaluate and ship the Norwegian pipeline.")
    ap.add_argument("--norne", type=Path, default=Path("../shared/data/norne"))
    ap.add_argument("--work", type=Path, default=Path("training"))
    ap.add_argument("--max-steps", type=int, default=None, help="override training.max_steps")
    ap.add_argument(
        "--ship-only",
        type=Path,
        default=None,
        help="skip training; assemble and ship the runs in this directory (syntax/, ner/)",
    )
    ap.add_argument(
        "--train-seconds", type=float, default=None, help="with --ship-only: measured training time"
    )
    ap.add_argument(
        "--train-only",
        action="store_true",
        help="train on the training split alone and ship model-best (for choosing settings on dev)",
    )
    args, extra = ap.parse_known_args(argv)
    with_dev = not args.train_only
    corpus = args.work / "corpus"
    split = write_corpus(args.norne, corpus, ["nob", "nno"])
    if args.ship_only:
        run, seconds = args.ship_only, args.train_seconds
    else:
        run = args.work / "runs" / time.strftime("%Y%m%d-%H%M%S")
        seconds = train(corpus, run, args.max_steps, extra, with_dev=with_dev)
    # trained on dev too, "best on dev" means nothing: take the last step
    pick = "model-last" if with_dev else "model-best"
    model_dir = assemble(run / "syntax" / pick, run / "ner" / pick, run / "assembled")
    scores = ship(model_dir, corpus, seconds, split, with_dev=with_dev)
    print(json.dumps({k: v for k, v in scores.items() if k != "split"}, indent=2))


if __name__ == "__main__":
    main()
