# Set-up and everyday commands. `make run` opens the application; `make test` runs every check.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint system-deps screenshots translations dist dist-check clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Qt's xcb platform needs these shared libraries on a bare Debian/Ubuntu; installed only when root.
QT_SYSTEM_PACKAGES := libegl1 libgl1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 \
	libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libfontconfig1 libdbus-1-3

system-deps:
	@if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null \
		&& ! dpkg -s $(QT_SYSTEM_PACKAGES) >/dev/null 2>&1; then \
		apt-get update -qq && apt-get install -y -qq $(QT_SYSTEM_PACKAGES) >/dev/null; \
	fi

run: system-deps $(STAMP)
	$(PY) main.py

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy
	$(PY) tools/gen_country_names.py --check
	$(PY) tools/translations.py --check

test: system-deps lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -n 2

# The self-contained application (PyInstaller one-folder build, packaging/alliance-desktop.spec):
# dist/AllianceDesktop/ with a menu entry, icon and install.sh, and its .tar.gz. Windows and
# macOS installers are built by .github/workflows/dist.yml (see packaging/README.md).
dist: $(STAMP)
	PYTHONPATH=$(CURDIR) $(PY) -m PyInstaller --noconfirm --log-level WARN packaging/alliance-desktop.spec
	$(PY) tools/linux_tarball.py

# Runs the built bundle offscreen on a new database (commands, exports, a certificate, the
# window) and prints its size; also `pytest -m slow tests/distribution/test_bundle.py`.
dist-check:
	$(PY) tools/dist_check.py

# Screenshots of the main window and dialogs (under Xvfb) and of the demo's documents
# (certificates, a PDF list, a letter, an .eml), into docs/screenshots/; then the first-start
# window and the user guide, and the guide's own smaller copies (resources/guide/images/).
screenshots: system-deps $(STAMP)
	xvfb-run -a -s "-screen 0 1280x800x24" $(PY) tools/screenshots.py
	xvfb-run -a -s "-screen 0 1280x800x24" $(PY) tools/dialog_screenshots.py
	xvfb-run -a -s "-screen 0 1280x800x24" $(PY) tools/label_screenshots.py
	xvfb-run -a -s "-screen 0 1280x800x24" $(PY) tools/window_screenshots.py
	xvfb-run -a -s "-screen 0 1280x800x24" $(PY) tools/undo_screenshots.py
	xvfb-run -a -s "-screen 0 1280x800x24" $(PY) tools/follow_up_screenshots.py
	xvfb-run -a -s "-screen 0 1280x800x24" $(PY) tools/duplicate_screenshots.py
	QT_QPA_PLATFORM=offscreen $(PY) tools/document_screenshots.py
	xvfb-run -a -s "-screen 0 1280x800x24" $(PY) tools/about_screenshots.py
	xvfb-run -a -s "-screen 0 1280x800x24" $(PY) tools/correspondence_screenshots.py
	xvfb-run -a -s "-screen 0 1280x800x24" $(PY) tools/start_screenshots.py
	QT_QPA_PLATFORM=offscreen $(PY) tools/guide_images.py

# French catalogues: extract the texts (Qt .ts for ui/, gettext .po below it), then compile
# them (.qm, .mo; committed, and `make lint` fails when one is older than its source).
translations: $(STAMP)
	$(PY) tools/translations.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist
