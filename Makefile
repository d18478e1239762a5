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

.PHONY: help bootstrap generate check-generated assumptions lint format test test-slow contract sandbox bench mutation clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | expand -t 18

bootstrap: $(STAMP) ## create .venv with the pinned tools and the project (editable)

$(STAMP): pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install -q -c constraints.txt -e '.[all,dev]'
	@touch $@

generate: bootstrap ## regenerate generated/ from specs/ (skips vendors whose inputs are unchanged)
	@$(BIN)/python scripts/generate.py

# With specs/ edited since git HEAD, check-generated first prints what the edit does to the clients (idvkit
# spec-diff); that output never changes its verdict, which is generate.py --check's alone.
check-generated: bootstrap ## fail, listing the files, when generated/ differs from a fresh regeneration
	@if git cat-file -e HEAD:specs 2>/dev/null && ! git diff --quiet HEAD -- specs 2>/dev/null; then \
	  for spec in specs/*.yaml; do \
	    if git cat-file -e "HEAD:$$spec" 2>/dev/null; then $(BIN)/idvkit spec-diff "git:HEAD:$$spec" "$$spec" --compatible || true; fi; \
	  done; \
	fi
	@$(BIN)/python scripts/generate.py --check

assumptions: bootstrap ## rewrite the open-assumption list in specs/README.md (BASELINE=FILE: print it with a drift baseline's verdicts)
	@$(BIN)/python scripts/assumptions.py $(if $(BASELINE),--baseline $(BASELINE),--write)

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

# make test is the fast feedback loop (under 5 minutes on a fresh 2-core clone, install included); the tests marked
# `slow` (whole contract runs against servers, regenerations, load) run in make test-slow, and CI runs both.
test: lint check-generated ## lint, drift check and the pytest suite but the tests marked slow (make test-slow)
	@$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadfile -m "not slow" $(PYTEST_ARGS)

test-slow: bootstrap ## the tests marked slow: whole contract runs against servers, regenerations, load (CI runs them)
	@$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadfile -m slow $(PYTEST_ARGS)

contract: bootstrap ## the main job: every vendor's embedded sandbox against its spec, and the client conformance suite
	@$(BIN)/idvkit contract all --report-dir reports $(CONTRACT_ARGS)
	@$(BIN)/python -m pytest -q contracts $(PYTEST_ARGS)

sandbox: bootstrap ## serve a vendor's embedded sandbox: make sandbox VENDOR=idenfy|markid|liveid
	@$(BIN)/idvkit sandbox $(VENDOR) $(SANDBOX_ARGS)

clean: ## remove the venv and caches
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache .hypothesis reports mutants

# Not part of make test: minutes of CPU (docs/RELIABILITY.md). MUTATION_ARGS=retry redact runs only those modules.
MUTATION_ARGS ?=
mutation: bootstrap ## mutation testing (mutmut) of the safety-critical modules; fails on a survivor not in docs/mutation-survivors.toml
	@$(BIN)/python scripts/mutation.py $(MUTATION_ARGS)

bench: bootstrap ## run the benchmarks and write docs/BENCHMARKS.md (never fails on a missed target)
	@$(BIN)/python -m benchmarks
