"""UI test set-up: a temporary SQLite database with records, settings in a temporary ini file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from alliance_desktop.services.data_safety.opening import Services, open_database
from tests.ui.fake_prompts import FakePrompts
from tests.ui.sample_records import add_sample_records


@pytest.fixture
def ui_services(tmp_path: Path) -> Iterator[Services]:
    services = open_database(str(tmp_path / "ui.sqlite"), create=True)
    add_sample_records(services, today=dt.date.today())
    yield services
    services.db.dispose()


@pytest.fixture
def qsettings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window_prompts() -> FakePrompts:
    return FakePrompts()
