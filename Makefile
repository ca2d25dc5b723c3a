# Two commands: `make lab` opens the course, `make test` runs every test. Both set up .venv first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.medialit-installed
LAB_ARGS ?=

.PHONY: lab test setup lint pytest nbval browser bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "medialit needs Python 3.11 or newer (found %s)" % sys.version.split()[0])'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	@touch $(STAMP)

lab: $(STAMP)
	$(BIN)/jupyter lab notebooks/00_start.ipynb $(LAB_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check medialit tests benchmarks

pytest: $(STAMP)
	$(BIN)/python -m pytest tests --ignore=tests/browser

nbval: $(STAMP)
	MEDIALIT_HOME="$$(mktemp -d)" $(BIN)/python -m pytest --nbval-lax notebooks instructor

browser: $(STAMP)
	$(BIN)/python -m pytest tests/browser

test: lint pytest nbval browser

bench: $(STAMP)
	$(BIN)/python benchmarks/quotes.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
