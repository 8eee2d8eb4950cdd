"""ExportDialog: choices become the export request; the file is written in the background."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from alliance_desktop.domain.enums import Language
from alliance_desktop.domain.messages import use_language
from alliance_desktop.domain.queries import ListQuery
from alliance_desktop.exchange import COLUMNS, ListKind, read_rows
from alliance_desktop.services.data_safety.opening import Services, open_database
from alliance_desktop.services.imports.service import ImportService, RowAction
from alliance_desktop.services.output.exports import ExportFormat
from alliance_desktop.ui.dialogs.export_dialog import CSV_DELIMITER, ExportDialog
from alliance_desktop.ui.settings_keys import Settings
from tests.services.exchange_samples import add_members
from tests.ui.fake_prompts import FakePrompts


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    opened = open_database(tmp_path / "t.sqlite", create=True)
    add_members(opened)
    yield opened
    opened.db.dispose()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def _dialog(qtbot, services, settings, prompts=None, **extra) -> ExportDialog:
    dialog = ExportDialog(
        services,
        prompts or FakePrompts(),
        settings,
        ListKind.MEMBERS,
        query=ListQuery(country="PL"),
        visible_columns=["participant_no", "name", "country_code"],
        shown=1,
        total=5,
        **extra,
    )
    qtbot.addWidget(dialog)
    return dialog


def test_shown_rows_and_visible_columns_to_csv(qtbot, services, settings, tmp_path):
    dialog = _dialog(qtbot, services, settings)
    out = tmp_path / "polish.csv"
    dialog.path_edit.setText(str(out))
    request = dialog.request()
    assert request.format is ExportFormat.CSV
    assert request.query == ListQuery(country="PL")
    assert request.columns == ("participant_no", "name", "name_latin", "country_code")
    assert request.delimiter == ";"  # the default most European Excels read
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.export_result is not None, timeout=20_000)
    assert dialog.export_result.count == 1
    rows = list(csv.reader(out.open(encoding="utf-8-sig"), delimiter=";"))
    assert rows == [
        ["participant_no", "name", "name_latin", "country_code"],
        ["1", "Łódź", "Lodz", "PL"],
    ]
    entry = services.audit.list(action="export")[0]
    assert "polish.csv" in entry.label


def test_delimiter_and_format_are_remembered(qtbot, services, settings, tmp_path):
    dialog = _dialog(qtbot, services, settings)
    dialog.delimiter_combo.setCurrentIndex(dialog.delimiter_combo.findData(","))
    dialog.all_radio.setChecked(True)
    dialog.every_radio.setChecked(True)
    dialog.path_edit.setText(str(tmp_path / "all.csv"))
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.export_result is not None, timeout=20_000)
    assert dialog.export_result.count == 5
    assert settings.get(CSV_DELIMITER) == ","
    again = _dialog(qtbot, services, settings)
    assert again.delimiter_combo.currentData() == ","
    assert again.path_edit.text() == str(tmp_path / "members.csv")


def test_pdf_in_french_and_suffix_follows_format(qtbot, services, settings, tmp_path):
    dialog = _dialog(qtbot, services, settings)
    dialog.path_edit.setText(str(tmp_path / "liste.csv"))
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("pdf"))
    assert dialog.path_edit.text().endswith("liste.pdf")
    assert not dialog.delimiter_combo.isEnabled()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("fr"))
    assert dialog.request().language is Language.FR
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.export_result is not None, timeout=20_000)
    assert (tmp_path / "liste.pdf").read_bytes().startswith(b"%PDF")


def test_replacing_a_file_asks_first(qtbot, services, settings, tmp_path):
    out = tmp_path / "old.csv"
    out.write_text("keep me")
    prompts = FakePrompts().answer("confirm", False)
    dialog = _dialog(qtbot, services, settings, prompts)
    dialog.path_edit.setText(str(out))
    dialog.accept()
    assert dialog.task is None
    assert out.read_text() == "keep me"
    assert prompts.calls("confirm")


def test_chooser_sets_the_path(qtbot, services, settings, tmp_path):
    chosen = str(tmp_path / "picked")
    dialog = _dialog(qtbot, services, settings, choose_file=lambda *args: chosen)
    dialog.browse_button.click()
    assert dialog.path_edit.text() == chosen + ".csv"


def test_header_row_is_the_keys_by_default(qtbot, services, settings, tmp_path):
    dialog = _dialog(qtbot, services, settings)
    assert not dialog.titles_check.isChecked()
    assert not dialog.language_combo.isEnabled()  # keys read the same in every language
    assert dialog.request().headers_in_words is False


def test_language_defaults_to_the_interface(qtbot, services, settings):
    use_language("fr")
    try:
        dialog = _dialog(qtbot, services, settings)
    finally:
        use_language("en")
    assert dialog.language_combo.currentData() == "fr"


def test_french_column_titles_write_a_csv_that_imports_back(qtbot, services, settings, tmp_path):
    before = services.members.list().rows
    dialog = _dialog(qtbot, services, settings)
    dialog.all_radio.setChecked(True)
    dialog.every_radio.setChecked(True)
    dialog.titles_check.setChecked(True)
    assert dialog.language_combo.isEnabled()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("fr"))
    out = tmp_path / "membres.csv"
    dialog.path_edit.setText(str(out))
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.export_result is not None, timeout=20_000)
    with out.open(encoding="utf-8-sig", newline="") as stream:
        header = next(csv.reader(stream, delimiter=";"))
    assert header == [c.title(Language.FR) for c in COLUMNS[ListKind.MEMBERS]]
    assert header[:2] == ["N° de participant", "Nom"]
    data = read_rows(out, COLUMNS[ListKind.MEMBERS])
    importer = ImportService(services, backup=None)
    plan = importer.plan(ListKind.MEMBERS, data, out.name)
    assert plan.ok, plan.report()
    assert {r.action for r in plan.rows} == {RowAction.UNCHANGED}
    importer.apply(plan)
    assert services.members.list().rows == before
    again = _dialog(qtbot, services, settings)  # the choice is remembered
    assert again.titles_check.isChecked()
    again.format_combo.setCurrentIndex(again.format_combo.findData("pdf"))
    assert not again.titles_check.isEnabled()
    assert again.request().headers_in_words is False
