# One virtualenv in .venv, made and filled by `make setup` (every other target depends on it).
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup browser ocr run ingest serve test test-fast lint eval bench agreements clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

## The main job: set up, ingest corpus/, then serve the chat page and the API on 127.0.0.1:8000.
run: setup ocr
	$(BIN)/kerjasama ingest corpus
	$(BIN)/kerjasama serve

serve: setup
	$(BIN)/kerjasama serve

## Debian's Chromium and its driver for the browser tests (skipped, with a reason, where they cannot be installed).
browser:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || \
	  { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null) ; } || \
	  echo "note: chromium/chromedriver not installed; the browser (e2e) tests will be skipped"

## Tesseract and its Indonesian and English models, for scanned PDFs (reported with the install command where missing).
ocr:
	@command -v tesseract >/dev/null && tesseract --list-langs 2>/dev/null | grep -qx ind || \
	  { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tesseract-ocr tesseract-ocr-ind tesseract-ocr-eng >/dev/null) ; } || \
	  echo "note: Tesseract not installed; scanned PDFs will be reported, not read (apt-get install tesseract-ocr tesseract-ocr-ind)"

ingest: setup ocr
	$(BIN)/kerjasama ingest corpus

## Set up, check the shape (ruff, import-linter contracts) and run every test (unit, integration, end-to-end).
test: setup browser ocr lint
	$(BIN)/pytest -q

lint: setup
	$(BIN)/ruff check .
	$(BIN)/lint-imports

test-fast: setup
	$(BIN)/pytest -q -m "not integration and not e2e"

eval: setup
	$(BIN)/kerjasama eval

bench: setup
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/query.py
	$(BIN)/python bench/load.py

## Re-render corpus/agreements/*.pdf from eval/devset/docs/045-048 (developers only).
agreements: setup
	$(BIN)/python scripts/render_agreements.py

clean:
	rm -rf data .pytest_cache tests/artifacts
