# Every target creates .venv when it is missing, so a fresh clone needs only `make run` or `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
PACKAGE_STAMP := $(VENV)/.installed-package

.PHONY: run checkup test lint typecheck pytest bench snapshot screenshots i18n clean package package-test

$(STAMP): pyproject.toml hygiene_app/locale/hygiene_app.pot $(wildcard hygiene_app/locale/*.po)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	$(BIN)/python scripts/i18n_compile.py >/dev/null
	touch $@

$(TEST_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

$(PACKAGE_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[package]'
	touch $@

# Exit code 1 means "findings", which is the checkup working, not make failing.
CHECKUP := $(BIN)/hygiene-app check || test $$? -eq 1

## Start the desktop app.
run: $(STAMP)
	$(BIN)/hygiene-app

## Run the checkup in the terminal.
checkup: $(STAMP)
	$(CHECKUP)

## Lint, type-check and run the whole test suite (headless: Qt uses the offscreen platform).
test: lint typecheck pytest

lint: $(TEST_STAMP)
	$(BIN)/ruff check hygiene_app tests scripts packaging
	$(BIN)/ruff format --check hygiene_app tests scripts packaging

typecheck: $(TEST_STAMP)
	$(BIN)/mypy

pytest: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

## Print the checkup's, the app's and the password audit's speed and memory figures.
bench: $(STAMP)
	$(BIN)/python scripts/bench.py
	$(BIN)/python scripts/bench_passwords.py

## Render the windows from a replayed snapshot into docs/screenshots/ (no display needed).
## `make screenshots LANG=de`: only the German Home, as docs/screenshots/home-de.png.
screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshots.py \
		$(if $(filter command line,$(origin LANG)),--lang $(LANG))

## Regenerate the translation template from the code's marked strings, and compile the catalogs.
i18n: $(STAMP)
	$(BIN)/python scripts/i18n_extract.py
	$(BIN)/python scripts/i18n_compile.py

## Record this machine into a snapshot file (snapshot.json).
snapshot: $(STAMP)
	$(BIN)/hygiene-app snapshot --output snapshot.json

## Freeze the app (PyInstaller) and build dist/'s .deb, .rpm and SHA256SUMS (needs dpkg-deb, rpmbuild).
package: $(PACKAGE_STAMP)
	bash packaging/linux/build.sh $(BIN)/python

## Install dist/'s .deb on this machine (as root), test the installed app, then remove it.
package-test: $(TEST_STAMP)
	$(BIN)/python packaging/linux/package_test.py

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache build *.egg-info
