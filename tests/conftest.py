"""Test set-up shared by every test: offscreen Qt and fresh databases."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
