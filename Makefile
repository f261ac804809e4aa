# plantargets front door. `make help` lists the targets; each is a thin wrapper around the README's commands.
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: help install build test benchmark gold

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-10s %s\n", $$1, $$2}'

$(PY):
	python3 -m venv $(VENV)

install: $(PY)  ## create .venv and install the package with its test tools
	$(VENV)/bin/pip install -e ".[test]"

build: install  ## data/raw -> data/clean (tables, datapackage.json, build summary)
	$(PY) -m plantargets build

test: install  ## run the test suite (prints gold precision/recall and bad-input outcomes)
	bash tests/browser_setup.sh || echo "no Chromium: browser tests will skip"
	$(PY) -m pytest

gold: install  ## list every disagreement between the extractor and the gold annotations
	$(PY) tests/gold_matching.py -v

benchmark: install  ## build throughput and memory on a synthetic corpus of 1,000 documents
	$(PY) benchmarks/build_throughput.py --docs 1000
