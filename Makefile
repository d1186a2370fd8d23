# lagebild: the two commands a fresh machine needs are `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup demo test test-fast bench clean browser

WORLD := lagebild/web/vendor/node_modules/.installed

setup: $(STAMP) $(WORLD)

# compileall: an editable install has no bytecode, and with PYTHONDONTWRITEBYTECODE set Python
# never writes it; compiled once here (as pip does for wheels), every process starts 0.4 s sooner
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[dev,train]"
	$(BIN)/python -m compileall -q lagebild > /dev/null
	touch $(STAMP)

# The web UI's map: Natural Earth boundaries from the npm package world-atlas (ISC), pinned in
# lagebild/web/vendor/package-lock.json, installed beside the code and never committed.
$(WORLD): lagebild/web/vendor/package.json
	cd lagebild/web/vendor && npm ci --no-audit --no-fund --loglevel=error && touch node_modules/.installed \
		|| echo "npm could not install world-atlas: the web UI's map page will say so"

# The main job on the bundled example corpus: ingest + analyse into example.duckdb, a summary,
# then the situation report of the latest month (out/ is git-ignored).
demo: setup
	rm -f example.duckdb
	$(BIN)/lagebild run --db example.duckdb examples/corpus
	mkdir -p out
	$(BIN)/lagebild report --db example.duckdb --format html --output out/lagebild-report.html
	@echo "situation report of the latest window: $(CURDIR)/out/lagebild-report.html"

# Headless Chromium for the browser tests (Debian package; never `playwright install`).
browser:
	command -v chromium >/dev/null || (apt-get update && apt-get install -y chromium) \
		|| echo "could not install chromium: the browser tests will be skipped"

# The full test suite (quality gates included). .ci/run calls this.
test: setup browser
	$(BIN)/python -m pytest -q -p no:cacheprovider

# Skip slow quality gates and browser tests while developing.
test-fast: setup
	$(BIN)/python -m pytest -q -p no:cacheprovider -m "not slow and not browser"

bench: setup
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) example.duckdb .pytest_cache out lagebild/web/vendor/node_modules
