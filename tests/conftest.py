"""Test set-up shared by every test: offscreen Qt and fresh databases."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never the user's own log file (alliance_desktop.services.data_safety.log_file).
os.environ["ALLIANCE_LOG"] = os.path.join(tempfile.gettempdir(), "alliance-desktop-tests.log")
# Tests read English unless they ask for French: the command line follows LC_ALL/LC_MESSAGES/LANG,
# and a French developer's shell must not turn every expected sentence French.
for _name in ("LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_name, None)
os.environ["LANG"] = "C.UTF-8"
