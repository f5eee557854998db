"""Value recall of find_times / find_quantities on a gold directory, without the CLI or a model.

Usage: python benchmarks/times_quantities_dev.py [GOLD_DIR] [-v]

Counts as ``shared/eval/score.py`` does: a gold value is found when an unused predicted
value has the same string form. ``-v`` lists misses and extra predictions per article.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from nyhetsgraf.extract.quantities import distinct_quantities, find_quantities
from nyhetsgraf.extract.times import distinct_times, find_times

HEADER = re.compile(r"^\s*date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)\s+")


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "-v"]
    verbose = "-v" in sys.argv
    gold_dir = Path(args[0] if args else "../shared/eval/dev")
    totals = {k: [0, 0, 0] for k in ("times", "quantities")}  # tp, pred, gold
    for gold_path in sorted(gold_dir.glob("*.gold.json")):
        name = gold_path.name.removesuffix(".gold.json")
        raw = (gold_dir / f"{name}.txt").read_text(encoding="utf-8")
        m = HEADER.match(raw)
        date, text = (m.group(1), raw[m.end():]) if m else (None, raw)
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        # as the analyze stages store them: the first mention of each distinct expression
        preds = {"times": [(t.text, t.value) for t in distinct_times(find_times(text, date))],
                 "quantities": [(q.text, q.value, q.unit)
                                for q in distinct_quantities(find_quantities(text))]}
        for key in totals:
            pv = [str(p[1]) for p in preds[key]]
            missed = []
            for g in gold.get(key) or []:
                if g.get("value") is None:
                    continue
                totals[key][2] += 1
                if str(g["value"]) in pv:
                    totals[key][0] += 1
                    pv.remove(str(g["value"]))
                else:
                    missed.append((g["text"], g["value"]))
            totals[key][1] += len(preds[key])
            if verbose and (missed or pv):
                extra = [p for p in preds[key] if str(p[1]) in pv]
                print(f"{name} {key}: missed {missed}\n    extra {extra}")
    for key, (tp, pred, gold) in totals.items():
        print(f"{key}: value_recall {tp / gold if gold else 0:.3f} ({tp}/{gold}), pred {pred}")


if __name__ == "__main__":
    main()
