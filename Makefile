# policywatch: `make run` (the demo end to end) and `make test` set everything up on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev
ANALYSIS_STAMP := $(VENV)/.installed-analysis

.PHONY: help run test lint bench bench-quick clean install install-dev notebook

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-12s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# torch is installed on its own first: the pinned CPU build lies on local disk, and installing it
# before sentence-transformers stops pip from pulling a multi-GB CUDA build.
$(STAMP): pyproject.toml constraints.txt | $(BIN)/python
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -c constraints.txt -e .
	touch $@

$(DEV_STAMP): $(STAMP)
	$(BIN)/pip install --quiet -c constraints.txt -e '.[dev]'
	touch $@

$(ANALYSIS_STAMP): $(STAMP)
	$(BIN)/pip install --quiet -c constraints.txt -e '.[analysis]'
	touch $@

install: $(STAMP)  ## create .venv and install policywatch

install-dev: $(DEV_STAMP)  ## create .venv and install policywatch with the dev tools

run: $(STAMP)  ## crawl the bundled demo outlets on loopback, build data/policywatch.duckdb, print the timeline
	$(BIN)/policywatch demo

lint: $(DEV_STAMP)  ## ruff (lint + format check), mypy and the layering contracts
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

test: lint  ## lint, type-check and run the test suite
	$(BIN)/python -m pytest

bench: $(DEV_STAMP)  ## run the benchmarks: bench/results.json and bench/results.md
	$(BIN)/python -m bench

bench-quick: $(DEV_STAMP)  ## the benchmarks in under two minutes
	$(BIN)/python -m bench --quick

notebook: $(ANALYSIS_STAMP)  ## install Jupyter and open the analyst notebook (docs/analysts.md)
	$(BIN)/jupyter lab notebooks/analyst_starter.ipynb

clean:  ## remove the virtual environment and generated data
	rm -rf $(VENV) data .mypy_cache .ruff_cache .pytest_cache
