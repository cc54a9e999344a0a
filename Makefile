# Two entry points for a fresh machine: `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_DB := sqlite:///demo.db
STAMP := $(VENV)/.installed

.PHONY: demo test install system-deps bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# Ingest the bundled sample corpus (ingest -> clean -> extract -> store), show a region, then serve it.
demo: install
	rm -f demo.db
	$(BIN)/chanye ingest samples/corpus --db $(DEMO_DB)
	$(BIN)/chanye stats --db $(DEMO_DB)
	$(BIN)/chanye profile 扬州市 --db $(DEMO_DB)
	$(BIN)/chanye serve --db $(DEMO_DB)

# System packages the tests drive (Debian's chromium, a local PostgreSQL); needs root or sudo.
system-deps:
	bash scripts/system-deps.sh

test: install system-deps
	. scripts/test-env.sh && $(BIN)/python -m pytest -q

bench: install
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) build *.egg-info demo.db
