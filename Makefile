# One virtualenv in .venv, made and filled by `make setup` (every other target depends on it).
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup run ingest test test-fast eval bench agreements clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

## The main job: set up, ingest corpus/, then search it (serving comes with the API issue).
run: setup
	$(BIN)/kerjasama ingest corpus
	$(BIN)/kerjasama status

ingest: setup
	$(BIN)/kerjasama ingest corpus

## Set up and run every test (unit, integration and end-to-end).
test: setup
	$(BIN)/pytest -q

test-fast: setup
	$(BIN)/pytest -q -m "not integration and not e2e"

eval: setup
	$(BIN)/kerjasama eval

bench: setup
	$(BIN)/python bench/ingest.py

## Re-render corpus/agreements/*.pdf from eval/devset/docs/045-048 (developers only).
agreements: setup
	$(BIN)/python scripts/render_agreements.py

clean:
	rm -rf data .pytest_cache tests/artifacts
