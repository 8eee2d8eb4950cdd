"""ImportWizard with damaged files: the reading layer's message shows, nothing is imported."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from alliance_desktop.exchange import ListKind
from alliance_desktop.services.data_safety.opening import Services, open_database
from alliance_desktop.ui.dialogs.import_wizard.wizard import ImportWizard
from alliance_desktop.ui.settings_keys import Settings
from tests.exchange.xlsx_tools import make_workbook
from tests.ui.fake_prompts import FakePrompts


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    opened = open_database(tmp_path / "t.sqlite", create=True)
    yield opened
    opened.db.dispose()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def _wizard(qtbot, services, settings) -> ImportWizard:
    wizard = ImportWizard(services, FakePrompts(), settings, ListKind.MEMBERS)
    wizard.service.backup = None
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_a_stray_quote_is_named_on_the_first_page(qtbot, services, settings, tmp_path):
    lines = ["name,country_code,joined_on,focal_point", 'Brokenville,PL,2020-01-01,"Jan Nowak']
    lines += [f"Town {i},PL,2020-01-01,Person {i}" for i in range(998)]
    path = tmp_path / "f.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    wizard = _wizard(qtbot, services, settings)
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    assert wizard.currentId() == ImportWizard.FILE
    text = wizard.file_page.message.text()
    assert text.startswith('“f.csv”, line 2: a quote (") opens a cell here and is never closed')
    assert wizard.table is None


def test_uncalculated_formulas_and_error_cells_are_problems_by_cell(
    qtbot, services, settings, tmp_path
):
    path = make_workbook(
        tmp_path / "members.xlsx",
        [
            ["name", "country_code", "joined_on", "focal_point"],
            ["Graz", "AT", "2020-01-01", "=A2&B2"],
            ["Brno", "CZ", "2020-01-01", "#N/A"],
        ],
    )
    wizard = _wizard(qtbot, services, settings)
    wizard.file_page.path_edit.setText(str(path))
    for page in (ImportWizard.FORMAT, ImportWizard.MAPPING):
        wizard.next()
        assert wizard.currentId() == page
    wizard.next()  # the check runs in the background; its page opens when it is done
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.CHECK, timeout=20_000)
    report = wizard.check_page.report
    qtbot.waitUntil(lambda: bool(report.toPlainText()))
    lines = report.toPlainText().splitlines()
    assert lines[0].startswith("row 2, column focal_point: cell D2 is a formula whose value")
    assert lines[1].startswith("row 3, column focal_point: cell D3 holds the spreadsheet error")
    assert not wizard.check_page.isComplete()
    assert not services.members.list().rows
