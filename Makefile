# Rapport: the two commands a newcomer needs are `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed
CHROMIUM := $(shell command -v chromium 2>/dev/null)

.PHONY: run test test-python test-js test-browser fuzz lint schema bench extension clean help

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | column -t -s $$'\t'

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	@touch $(STAMP)

$(NODE_STAMP): package.json
	npm ci --no-audit --no-fund --loglevel=error || npm install --no-audit --no-fund --loglevel=error
	@touch $(NODE_STAMP)

extension: $(STAMP)  ## build the extension into dist/chrome and dist/firefox (and zips)
	$(PY) scripts/build_extension.py

run: $(STAMP) extension  ## create the virtualenv, install, and start the companion with a pairing code
	$(VENV)/bin/companion serve --show-pairing

test: $(STAMP) $(NODE_STAMP) extension  ## the whole suite: Python, extension JavaScript, browser tests
	@if [ -z "$(CHROMIUM)" ]; then echo "NOTE: chromium is not installed: the browser tests will be SKIPPED (apt-get install chromium)"; fi
	$(PY) -m pytest -q
	node --test extension/test/*.test.mjs
	npx --no-install web-ext lint --source-dir dist/firefox --self-hosted

test-python: $(STAMP)  ## only the Python tests (no browser)
	$(PY) -m pytest -q -m "not browser"

test-js: $(NODE_STAMP)  ## only the extension's node --test unit tests
	node --test extension/test/*.test.mjs

test-browser: $(STAMP) extension  ## only the real-browser tests
	$(PY) -m pytest -q -m browser

fuzz: $(STAMP)  ## the hypothesis tests 20 times deeper (parsers, every API body): about 12 minutes here
	RAPPORT_FUZZ_SCALE=20 $(PY) -m pytest -q tests/test_parsers_fuzz.py tests/test_reliability.py -k "only_not_a_profile or any_json_body"

lint: $(STAMP) $(NODE_STAMP) extension  ## static checks: ruff, schema drift, web-ext lint
	$(PY) -m ruff check companion tests bench scripts
	$(PY) -m pytest -q tests/test_schema.py
	npx --no-install web-ext lint --source-dir dist/firefox --self-hosted

schema: $(STAMP)  ## regenerate shared-schema/*.schema.json from the pydantic models
	$(PY) -m companion.schema

bench: $(STAMP) extension  ## benchmarks: each figure beside its target
	$(PY) bench/run_all.py

clean:  ## remove build output (keeps your data)
	rm -rf dist build *.egg-info .pytest_cache
