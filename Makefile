# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(CURDIR)/$(VENV)/bin
STAMP := $(VENV)/.installed-stamp
WEB_PORT ?= 8000
REDIS_PORT ?= 6390
SANDBOX_PORT ?= 8010
DEMO_PASSWORD ?= mmcdemo

export DEMO_PASSWORD
export PIP_DISABLE_PIP_VERSION_CHECK := 1

LOCK := requirements.lock

.PHONY: install lock audit run test test-clock bench chaos lint format messages clean

install: $(STAMP)

# Every dependency comes from the lock, each file checked against its hash; the project
# itself is installed on top, with no dependency resolution of its own.
$(STAMP): $(LOCK) pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	mkdir -p var
	$(BIN)/python -m pip install --quiet --require-hashes -r $(LOCK) > var/pip.log 2>&1 \
		|| (cat var/pip.log; exit 1)
	$(BIN)/python -m pip install --quiet --no-deps -e . > var/pip.log 2>&1 || (cat var/pip.log; exit 1)
	touch $(STAMP)

# Resolve pyproject.toml into requirements.lock, with hashes, then install it. Pins already in
# the lock are kept while they fit; `make lock LOCK_ARGS=--upgrade` moves every package to its
# newest release within bounds. Commit requirements.lock with pyproject.toml.
LOCK_ARGS ?=
lock:
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	test -x $(BIN)/pip-compile || $(BIN)/python -m pip install --quiet "pip-tools>=7.4,<8"
	$(BIN)/pip-compile --quiet $(LOCK_ARGS) --generate-hashes --extra dev --strip-extras \
		--allow-unsafe --no-emit-index-url --no-emit-find-links --output-file $(LOCK) pyproject.toml
	$(MAKE) install

# Known vulnerabilities in the locked dependencies; skips (exit 0) when offline.
audit: install
	$(BIN)/python -m devtools.audit $(LOCK)

# The demo always uses its own Redis on REDIS_PORT (never a system Redis), and
# SQLite under var/ unless DATABASE_URL says otherwise.
run: export DJANGO_SETTINGS_MODULE = mmc.settings.dev
run: export REDIS_URL = redis://127.0.0.1:$(REDIS_PORT)/0
run: export MMC_WEB_PORT = $(WEB_PORT)
run: export MMC_REDIS_PORT = $(REDIS_PORT)
run: export MMC_SANDBOX_PORT = $(SANDBOX_PORT)
run: export SANDBOX_URL = http://127.0.0.1:$(SANDBOX_PORT)
run: export PATH := $(BIN):$(PATH)
run: install
	mkdir -p var/static var/media
	exec python -m devtools.run --web-port $(WEB_PORT) --redis-port $(REDIS_PORT) \
		--sandbox-port $(SANDBOX_PORT)

test: install
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# The `clock` tests where the WIB day, month and year turn over (at 00:10 WIB the UTC date
# is still the day before). pytest exits 5 when nothing is selected: that fails too.
CLOCK_MOMENTS ?= 2026-11-30T00:10:00+07:00 2026-12-31T23:50:00+07:00 2027-01-01T00:10:00+07:00

test-clock: install
	@for moment in $(CLOCK_MOMENTS); do \
		echo "== clock tests at $$moment"; \
		MMC_TEST_CLOCK=$$moment $(BIN)/python -m pytest -m clock $(PYTEST_ARGS); \
		status=$$?; \
		if [ $$status -eq 5 ]; then echo "no clock test was selected" >&2; exit 1; fi; \
		if [ $$status -ne 0 ]; then exit $$status; fi; \
	done

# Public-page throughput against a same-size baseline view and, with Debian's nginx and wrk,
# through deploy/nginx/'s microcache against a static file; on a throwaway Redis, SQLite
# (or DATABASE_URL), gunicorn and nginx; see bench/README.md.
bench: install
	$(BIN)/python -m bench

# Two workers, beat, Redis (AOF) and the sandbox on PostgreSQL (DATABASE_URL's server), with
# a worker and Redis killed mid-drain: exactly one post per article and account; see README.
chaos: install
	$(BIN)/python -m bench.chaos

# After editing locale/*/LC_MESSAGES/*.po: compile them (pure Python, no gettext) and commit
# both files; a test fails when a .mo is older than its .po.
messages: install
	$(BIN)/python -m devtools.messages

lint:
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format:
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean:
	rm -rf var $(VENV) .pytest_cache
