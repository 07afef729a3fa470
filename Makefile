# The two commands a newcomer runs (see README.md): `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup run test test-fast test-heavy lint bench browser clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	# constraints.txt pins torch to the CPU build: never pulls CUDA wheels on a CPU machine.
	$(BIN)/pip install --quiet -c constraints.txt -e '.[dev,bench]'
	touch $(STAMP)

setup: $(STAMP)

# Headless Chromium for the browser tests: Debian's package, never a downloaded browser.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
		SUDO=$$(command -v sudo >/dev/null 2>&1 && [ "$$(id -u)" != 0 ] && echo sudo); \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium chromium-driver >/dev/null; }

run: setup
	$(BIN)/python app.py

test: setup browser
	$(BIN)/python -m pytest -q

test-fast: setup
	$(BIN)/python -m pytest -q -m "not slow and not ui and not server"

test-heavy: setup
	$(BIN)/python -m pytest -q -m heavy --run-heavy

lint: setup
	$(BIN)/ruff check assistant tests bench app.py ingest.py
	$(BIN)/mypy

bench: setup
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) data test-artifacts bench/out
