# Every target that needs Python creates .venv first, so `make run` and `make test`
# work on a fresh clone with nothing but Python 3.11 installed.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PAGE := fixtures/pages/004_bd6d0331c44bdc06.txt

.PHONY: run test lint type pytest fmt bench golden clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Stamps record what was installed, so an edit to pyproject.toml reinstalls.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

# The dask extra is part of the dev set so the LocalCluster test runs in CI.
$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev,dask]'
	touch $@ $(VENV)/.installed

run: $(VENV)/.installed
	$(BIN)/newsclean fix $(PAGE)
	@echo "----- split into articles (text) -----"
	$(BIN)/newsclean split --format text $(PAGE)

test: lint type pytest

lint: $(VENV)/.installed-dev
	$(BIN)/ruff format --check newsclean tests
	$(BIN)/ruff check newsclean tests

type: $(VENV)/.installed-dev
	$(BIN)/mypy

pytest: $(VENV)/.installed-dev
	$(BIN)/pytest -q

fmt: $(VENV)/.installed-dev
	$(BIN)/ruff format newsclean tests
	$(BIN)/ruff check --fix newsclean tests

# Rewrites expected outputs of the golden pages; the tests still fail once so the
# change is seen, and `git diff fixtures/` is the review.
golden: $(VENV)/.installed-dev
	-$(BIN)/pytest -q --update-golden tests/test_golden.py
	git diff --stat fixtures

bench: $(VENV)/.installed-dev
	$(BIN)/python -m tools.bench

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache build *.egg-info
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
