# idvkit: every target sets itself up (`bootstrap` is a prerequisite), so each works alone on a fresh clone.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(CURDIR)/$(VENV)/bin
STAMP := $(VENV)/.bootstrap-stamp
# The generators call ruff through PATH: use the pinned one from the venv.
export PATH := $(BIN):$(PATH)
export PIP_DISABLE_PIP_VERSION_CHECK := 1

VENDOR ?= idenfy
PYTEST_ARGS ?=
CONTRACT_ARGS ?=
SANDBOX_ARGS ?=

.PHONY: help bootstrap generate check-generated assumptions lint format test contract sandbox bench clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | expand -t 18

bootstrap: $(STAMP) ## create .venv with the pinned tools and the project (editable)

$(STAMP): pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install -q -c constraints.txt -e '.[dev]'
	@touch $@

generate: bootstrap ## regenerate generated/ from specs/ (skips vendors whose inputs are unchanged)
	@$(BIN)/python scripts/generate.py

check-generated: bootstrap ## fail, listing the files, when generated/ differs from a fresh regeneration
	@$(BIN)/python scripts/generate.py --check

assumptions: bootstrap ## rewrite the open-assumption list in specs/README.md from the x-assumption marks
	@$(BIN)/python scripts/assumptions.py --write

lint: bootstrap ## ruff (lint + format check), the import layers (lint-imports), spec keywords (scripts/lint_specs.py) and mypy --strict
	@$(BIN)/ruff check .
	@$(BIN)/ruff format --check .
	@$(BIN)/lint-imports --no-cache --no-logo
	@$(BIN)/python scripts/lint_specs.py
	@$(BIN)/mypy src scripts tests contracts benchmarks examples generated

format: bootstrap ## apply ruff fixes and formatting to hand-written code
	@$(BIN)/ruff check --fix .
	@$(BIN)/ruff format .

# One pytest worker per core; each test file stays on one worker (test_detection starts its runs per file).
TEST_WORKERS ?= auto

test: lint check-generated ## lint, drift check and the whole pytest suite
	@$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadfile $(PYTEST_ARGS)

contract: bootstrap ## the main job: every vendor's embedded sandbox against its spec, and the client conformance suite
	@$(BIN)/idvkit contract all --report-dir reports $(CONTRACT_ARGS)
	@$(BIN)/python -m pytest -q contracts $(PYTEST_ARGS)

sandbox: bootstrap ## serve a vendor's embedded sandbox: make sandbox VENDOR=idenfy|markid|liveid
	@$(BIN)/idvkit sandbox $(VENDOR) $(SANDBOX_ARGS)

clean: ## remove the venv and caches
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache .hypothesis reports

bench: bootstrap ## run the benchmarks and write docs/BENCHMARKS.md (never fails on a missed target)
	@$(BIN)/python -m benchmarks
