# plantargets front door. `make help` lists the targets; each is a thin wrapper around the README's commands.
VENV ?= .venv
PY := $(VENV)/bin/python

LOCK := requirements/constraints.txt
# The lock is for CPython 3.11 (3.11.5 or later: soupsieve needs it) on x86-64 Linux, test extras included.
UV_COMPILE = $(UV) pip compile pyproject.toml --extra test --python-version 3.11.5 \
	--python-platform x86_64-unknown-linux-gnu --custom-compile-command "make lock" -o $(LOCK)
UV ?= uv

.PHONY: help install build test benchmark gold lock lock-upgrade

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-10s %s\n", $$1, $$2}'

$(PY):
	python3 -m venv $(VENV)

install: $(PY)  ## create .venv and install the package with its test tools
	$(VENV)/bin/pip install -c requirements/constraints.txt -e ".[test]"

build: install  ## data/raw -> data/clean (tables, datapackage.json, build summary)
	$(PY) -m plantargets build

test: install  ## run the test suite (prints gold precision/recall and bad-input outcomes)
	bash tests/browser_setup.sh || echo "no Chromium: browser tests will skip"
	$(PY) -m pytest

gold: install  ## list every disagreement between the extractor and the gold annotations
	$(PY) tests/gold_matching.py -v

benchmark: install  ## build throughput and memory on a synthetic corpus of 1,000 documents
	$(PY) benchmarks/build_throughput.py --docs 1000

lock:  ## re-solve requirements/constraints.txt after a change to pyproject.toml, keeping current pins (needs uv)
	$(UV_COMPILE)

lock-upgrade:  ## move every pin of requirements/constraints.txt to the newest versions pyproject.toml allows
	$(UV_COMPILE) --upgrade
