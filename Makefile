# The two commands a newcomer needs: `make run` and `make test`.
# Each one creates .venv when missing, installs the project into it and
# installs the system libraries Qt needs (as root) or says which are missing.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
# The program alone for `make run`; the test tools (pytest, ruff, hypothesis, ...) only for
# the targets that need them.
APP_STAMP := $(VENV)/.app-stamp

.PHONY: run test lint bench screenshots translations sysdeps clean

$(APP_STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	@touch $(APP_STAMP)

$(STAMP): $(APP_STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

sysdeps:
	@bash .ci/system-deps.sh

run: $(APP_STAMP) sysdeps
	$(BIN)/python -m neurofoot_desktop $(ARGS)

test: $(STAMP) sysdeps
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check neurofoot_desktop tests benchmarks tools

bench: $(STAMP) sysdeps
	@for b in benchmarks/bench_*.py benchmarks/pressure_sim.py; do \
	  [ -f $$b ] || continue; echo "== $$b"; QT_QPA_PLATFORM=offscreen $(BIN)/python $$b || exit 1; done

# Every screen at 1366x768 and 1920x1080 under Xvfb, into shots/ (not committed); the
# README's pictures in docs/screenshots are chosen from there by hand.
screenshots: $(STAMP) sysdeps
	$(BIN)/python tools/screenshots.py --out shots

# lupdate (sources -> resources/i18n/*.ts) then lrelease (.ts -> .qm); the .qm files are
# committed, so `make run` needs no build. New texts come out as "unfinished" in the .ts.
translations: $(STAMP)
	$(BIN)/python tools/update_translations.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache

# Issue 8: the 10-minute timer benchmark (`make bench` runs a 20-second version of it).
.PHONY: bench-long
bench-long: $(STAMP) sysdeps
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bench_timer.py --duration 600 --runs 1
