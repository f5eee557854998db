# Two commands set everything up on a fresh machine: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEVSTAMP := $(VENV)/.installed-dev
export OMP_NUM_THREADS ?= 1

.PHONY: run test lint model corpus score bench clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e .
	touch $@

$(DEVSTAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@ $(STAMP)

## run: analyse the bundled example articles and print readable summaries
run: $(STAMP)
	$(BIN)/nyhetsgraf analyze examples/ --format text

## test: lint and run the test suite
test: $(DEVSTAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/pytest

## model: convert NorNE, train, evaluate and ship the Norwegian pipeline (a developer job, ~25 min on 2 cores)
model: $(DEVSTAMP)
	$(BIN)/python -m nyhetsgraf.nlp.train --norne ../shared/data/norne

## score: score analyze output against the shared dev set
score: $(STAMP)
	$(BIN)/python ../shared/eval/score.py --gold ../shared/eval/dev --run "$(BIN)/nyhetsgraf analyze --format jsonl"

## bench: print NLP speed figures
bench: $(STAMP)
	$(BIN)/python benchmarks/nlp_speed.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info
