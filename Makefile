# The two commands: `make run` (set up + serve on SQLite with demo content) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
DEMO_AGENCY_PORT ?= 8800
export HOST PORT

.PHONY: run test lint lock chromium pg-client nginx install install-test clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# The exact versions (with hashes) of requirements.txt and requirements-test.txt, then
# newsdesk itself; `make lock` writes the lock files anew from pyproject.toml's ranges.
$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $@

$(VENV)/.installed-test: requirements-test.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements-test.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $@ $(VENV)/.installed

lock: | $(BIN)/python
	$(BIN)/python -m pip install --quiet 'uv>=0.13.9,<0.14'
	$(BIN)/uv pip compile pyproject.toml --universal --python-version 3.11 --generate-hashes --quiet -o requirements.txt
	$(BIN)/uv pip compile pyproject.toml --universal --python-version 3.11 --generate-hashes --quiet --extra test -o requirements-test.txt

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

# pg_dump and pg_restore: `newsdesk backup` and `restore` on PostgreSQL (and their tests).
pg-client:
	@command -v pg_dump >/dev/null || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq postgresql-client >/dev/null; }

# Debian's nginx: the reference deployment's tests run it in front of two web nodes (deploy/).
nginx:
	@command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq nginx >/dev/null; }

test: install-test chromium pg-client nginx lint
	$(BIN)/python -m tests.run_suites

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/lint-imports --no-cache

clean:
	rm -rf $(VENV) var test-artifacts
