"""Test set-up shared by every test: offscreen Qt and fresh databases."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests read English unless they ask for French: the command line follows LC_ALL/LC_MESSAGES/LANG,
# and a French developer's shell must not turn every expected sentence French.
for _name in ("LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_name, None)
os.environ["LANG"] = "C.UTF-8"
