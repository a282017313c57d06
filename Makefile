# The two commands: `make run` (set up + serve on SQLite with demo content) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
DEMO_AGENCY_PORT ?= 8800
export HOST PORT

.PHONY: run test test-sqlite test-postgres lint chromium install install-test clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

run: install
	$(BIN)/newsdesk migrate --noinput
	$(BIN)/newsdesk collectstatic --noinput --verbosity 0
	$(BIN)/newsdesk demo --if-empty
	$(BIN)/newsdesk reindex --if-empty
	$(BIN)/newsdesk run --host $(HOST) --port $(PORT) --demo-agency $(DEMO_AGENCY_PORT)

# Debian's chromium drives the browser tests (Playwright uses it; it downloads no browser).
chromium:
	@command -v chromium >/dev/null || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }

test: install-test chromium lint
	$(BIN)/python -m tests.run_suites

lint: install-test
	$(BIN)/ruff check .

clean:
	rm -rf $(VENV) var test-artifacts
