# Xã Số: every developer task starts here. The first target run creates .venv.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test bench bench-province planted translations screenshots package clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

run: $(STAMP)
	QT_QPA_PLATFORM= $(VENV)/bin/xaso gui || $(VENV)/bin/xaso --help

test: $(STAMP)
	$(PY) -m pytest -q

# what a user sees at 100k and 1M visits, and the longest stall of the window per
# action on 1M (databases cached outside the repository)
bench: $(STAMP)
	$(PY) -m benchmarks user gui_stall

# a province hub of 100 communes, built through the product once and cached
bench-province: $(STAMP)
	$(PY) -m benchmarks province

# plant each bug of tests/planted/bugs.py alone and check its tests catch it
planted: $(STAMP)
	$(PY) -m tests.planted

translations: $(STAMP)
	$(PY) -m desktop.ui.i18n_build

screenshots: $(STAMP)
	$(PY) -m desktop.ui.screenshots docs/screenshots

# dist/xaso/: the one-folder app (build.spec). Needs the .qm files, hence translations.
package: translations
	$(PY) -m pip install --quiet "pyinstaller>=6.10"
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN build.spec
	du -sh dist/xaso

clean:
	rm -rf build dist .pytest_cache
