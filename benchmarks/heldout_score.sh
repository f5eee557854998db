#!/usr/bin/env bash
# Held-out quality check: the shared scorer on tests/heldout (articles never used for development).
# Usage: benchmarks/heldout_score.sh [extra args for benchmarks/heldout_score.py]
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== totals (shared scorer) =="
.venv/bin/python ../shared/eval/score.py --gold tests/heldout --run ".venv/bin/nyhetsgraf analyze --format jsonl"
echo
echo "== per article =="
.venv/bin/python benchmarks/heldout_score.py "$@"
