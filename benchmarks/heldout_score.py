"""Score the analyzer on the project's own held-out articles (tests/heldout), per article and in total.

Usage (from the repo root):
    .venv/bin/python benchmarks/heldout_score.py                 # tests/heldout
    .venv/bin/python benchmarks/heldout_score.py --gold ../shared/eval/dev
    .venv/bin/python benchmarks/heldout_score.py --pred out.jsonl  # score saved output
    .venv/bin/python benchmarks/heldout_score.py --save out.jsonl  # keep the analyzer's output

Why: the dev articles were used to build the extractors, so their figures are optimistic.
The held-out articles (written for the project, never used for development) estimate
how the system does on news it has not seen. The counting is the shared scorer's own
(``../shared/eval/score.py``, or ``$NYHETSGRAF_SCORER``), imported rather than re-implemented,
so the figures are comparable with the dev figures.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_RUN = ".venv/bin/nyhetsgraf analyze --format jsonl"
KEYS = (
    ("quotes.e2e.f1", "q.e2e"),
    ("quotes.span.f1", "q.span"),
    ("quotes.direct_recall", "q.dir_r"),
    ("quotes.indirect_recall", "q.ind_r"),
    ("quotes.pronoun_recall", "q.pron_r"),
    ("entities.typed.f1", "ent.typed"),
    ("people.f1", "people"),
    ("gender_acc_quoted", "gender"),
    ("events.f1", "events"),
    ("times.value_recall", "times_r"),
    ("quantities.value_recall", "quant_r"),
)


def load_scorer():
    """Import the shared scorer as a module, so per-article figures use its exact rules."""
    path = Path(os.environ.get("NYHETSGRAF_SCORER", ROOT.parent / "shared" / "eval" / "score.py"))
    if not path.exists():
        sys.exit(f"heldout_score: scorer not found at {path} (set NYHETSGRAF_SCORER)")
    spec = importlib.util.spec_from_file_location("nyhetsgraf_shared_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_analyzer(cmd: str, gold_dir: Path, names: list[str]) -> list[str]:
    args = shlex.split(cmd) + [str(gold_dir / f"{n}.txt") for n in names]
    proc = subprocess.run(args, capture_output=True, text=True, cwd=ROOT, check=False)
    if proc.returncode != 0:
        sys.exit(f"heldout_score: analyzer failed ({proc.returncode}): {proc.stderr[-2000:]}")
    return proc.stdout.splitlines()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", default=str(ROOT / "tests" / "heldout"))
    ap.add_argument("--run", default=DEFAULT_RUN)
    ap.add_argument("--pred", help="score saved JSONL records instead of running the analyzer")
    ap.add_argument("--save", help="write the analyzer's JSONL output here")
    ap.add_argument("--json", action="store_true", help="print the total metrics as JSON")
    args = ap.parse_args()

    scorer = load_scorer()
    gold_dir = Path(args.gold).resolve()
    names = sorted(p.name.removesuffix(".gold.json") for p in gold_dir.glob("*.gold.json"))
    if not names:
        sys.exit(f"heldout_score: no *.gold.json in {gold_dir}")
    lines = (
        Path(args.pred).read_text(encoding="utf-8").splitlines()
        if args.pred
        else run_analyzer(args.run, gold_dir, names)
    )
    if args.save:
        Path(args.save).write_text("\n".join(lines) + "\n", encoding="utf-8")
    records = _records(lines, names)

    total = scorer.flat(scorer.score(gold_dir, records, names))
    if args.json:
        print(json.dumps(total, ensure_ascii=False))
        return
    width = max(len(n) for n in [*names, "TOTAL"])
    print(f"{'article':{width}} " + " ".join(f"{short:>9}" for _, short in KEYS))
    for name in [*names, None]:
        flat = total if name is None else scorer.flat(scorer.score(gold_dir, records, [name]))
        cells = []
        for key, _ in KEYS:
            value = flat.get(key)
            cells.append(f"{value:9.3f}" if isinstance(value, (int, float)) else f"{'-':>9}")
        print(f"{name or 'TOTAL':{width}} " + " ".join(cells))
    print()
    for key, value in total.items():
        if not key.endswith((".tp", ".pred", ".gold")):
            print(f"{key:32} {value}")


def _records(lines: list[str], names: list[str]) -> dict[str, dict]:
    """Match records to articles by their source path's file name, else by order (as the scorer does)."""
    recs = [json.loads(line) for line in lines if line.strip()]
    by_name: dict[str, dict] = {}
    for k, rec in enumerate(recs):
        path = (rec.get("source") or {}).get("path") or ""
        stem = Path(path).name.removesuffix(".txt") if path else None
        if stem in names:
            by_name[stem] = rec
        elif k < len(names):
            by_name.setdefault(names[k], rec)
    return by_name


if __name__ == "__main__":
    main()
