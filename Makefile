# Two commands do everything on a fresh machine:
#   make demo   set up .venv, run the pipeline on the bundled corpus, score it against the seed gold
#   make test   set up .venv and run the test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
OUT ?= out/demo

.PHONY: demo test setup clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/thidua extract corpora --out $(OUT)
	$(BIN)/thidua eval --gold tests/gold/seeds --pred $(OUT)/articles.jsonl

test: $(STAMP)
	sh scripts/ensure-chromium.sh
	$(BIN)/pytest -q pipeline tests

clean:
	rm -rf $(VENV) out .pytest_cache
