"""ImportWizard page by page with fake prompts; the import itself runs in its background task."""

from __future__ import annotations

import os
import stat
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWizard

from alliance_desktop.domain.errors import Cancelled
from alliance_desktop.exchange import ListKind
from alliance_desktop.services.data_safety.opening import Services, open_database
from alliance_desktop.ui.dialogs.import_wizard.wizard import ImportWizard
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


def _wizard(qtbot, services, settings, prompts=None, kind=ListKind.MEMBERS) -> ImportWizard:
    wizard = ImportWizard(services, prompts or FakePrompts(), settings, kind)
    wizard.service.backup = None
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _file(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "list.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def _to_check_page(qtbot, wizard: ImportWizard, path: Path) -> None:
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    assert wizard.currentId() == ImportWizard.FORMAT
    wizard.next()
    assert wizard.currentId() == ImportWizard.MAPPING
    wizard.next()  # the check runs in the background; its page opens when it is done
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.CHECK, timeout=20_000)


def test_detected_reading_is_shown_and_can_be_changed(qtbot, services, settings, tmp_path):
    path = _file(
        tmp_path, "Name;Country;Joined on\nŁódź;PL;01.05.2016\nWrocław;PL;02.05.2016\n", "cp1250"
    )
    wizard = _wizard(qtbot, services, settings)
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    page = wizard.format_page
    assert page.encoding_combo.currentData() == "cp1250"
    assert page.delimiter_combo.currentData() == ";"
    assert page.preview.columnCount() == 3
    assert page.preview.item(0, 0).text() == "Łódź"
    assert page.preview.verticalHeaderItem(0).text() == "2"  # the spreadsheet's row number

    page.delimiter_combo.setCurrentIndex(page.delimiter_combo.findData(","))
    page.delimiter_combo.activated.emit(page.delimiter_combo.currentIndex())
    assert page.preview.columnCount() == 1
    page.encoding_combo.setCurrentIndex(page.encoding_combo.findData("cp1252"))
    page.encoding_combo.activated.emit(page.encoding_combo.currentIndex())
    assert page.preview.item(0, 0).text().startswith("£ódŸ")  # what a wrong reading looks like


def test_an_ambiguous_file_asks_which_reading_is_right(qtbot, services, settings, tmp_path):
    path = _file(tmp_path, "name,country,joined_on\nGenève,CH,2016-05-01\n", "cp1252")
    prompts = FakePrompts()
    wizard = _wizard(qtbot, services, settings, prompts)
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()  # nobody answers: stays on the first page
    assert prompts.calls("choose")
    assert wizard.currentId() == ImportWizard.FILE
    table = wizard.table
    assert table is not None
    right = [c.encoding for c in table.encoding_candidates].index("cp1252")
    prompts.answer("choose", right)
    wizard.next()
    assert wizard.currentId() == ImportWizard.FORMAT
    assert wizard.format_page.preview.item(0, 0).text() == "Genève"


def test_an_image_named_csv_is_refused_on_the_first_page(qtbot, services, settings, tmp_path):
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    wizard = _wizard(qtbot, services, settings)
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    assert wizard.currentId() == ImportWizard.FILE
    assert "photo.csv" in wizard.file_page.message.text()


def test_mapping_is_matched_editable_and_remembered(qtbot, services, settings, tmp_path):
    path = _file(tmp_path, "Town,Pays,Beigetreten\nGraz,AT,2017-01-01\n")
    wizard = _wizard(qtbot, services, settings)
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    wizard.next()
    page = wizard.mapping_page
    assert wizard.mapping == {1: "country_code"}
    assert not page.isComplete()
    assert "name" in page.missing.text() and "joined_on" in page.missing.text()
    page.set_field(0, "name")
    page.set_field(2, "joined_on")
    assert page.isComplete()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.CHECK, timeout=20_000)

    again = _wizard(qtbot, services, settings)
    again.file_page.path_edit.setText(str(path))
    again.next()
    assert again.mapping == {0: "name", 1: "country_code", 2: "joined_on"}


def test_problems_block_the_import_and_the_report_can_be_saved(qtbot, services, settings, tmp_path):
    path = _file(
        tmp_path,
        "name,country,joined_on,email\nGraz,AT,31.02.2017,\nBrno,XX,2017-01-01,x@\n",
    )
    wizard = _wizard(qtbot, services, settings)
    _to_check_page(qtbot, wizard, path)
    page = wizard.check_page
    assert not page.isComplete()
    assert page.report.toPlainText().splitlines() == [
        str(e)
        for e in wizard.plan.errors  # type: ignore[union-attr]
    ]
    assert page.report.toPlainText().startswith("row 2, column joined_on:")
    report = tmp_path / "problems.txt"
    page.save_report(report)
    assert "row 3, column country:" in report.read_text(encoding="utf-8-sig")
    assert len(services.members.list().rows) == 5


def test_the_check_runs_off_the_gui_thread_and_shows_its_result(
    qtbot, services, settings, tmp_path
):
    path = _file(tmp_path, "name,country,joined_on\nLodz,PL,2016-05-01\nVillach,AT,2018-02-03\n")
    wizard = _wizard(qtbot, services, settings)
    plan = wizard.service.plan
    threads: list[threading.Thread] = []

    def recording_plan(*args, **kwargs):
        threads.append(threading.current_thread())
        return plan(*args, **kwargs)

    wizard.service.plan = recording_plan  # type: ignore[method-assign]
    _to_check_page(qtbot, wizard, path)
    assert len(threads) == 1 and threads[0] is not threading.main_thread()
    page = wizard.check_page
    assert page.isComplete()
    assert "2 rows read" in page.counts.text()
    assert "To add: 1" in page.counts.text()  # Łódź is already there
    assert "already there: 1" in page.counts.text()

    wizard.back()  # a changed mapping is checked again
    assert wizard.currentId() == ImportWizard.MAPPING and wizard.plan is None
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.CHECK, timeout=20_000)
    assert len(threads) == 2 and wizard.check_page.isComplete()


def test_cancelling_the_check_stays_on_the_columns_with_nothing_planned(
    qtbot, services, settings, tmp_path
):
    path = _file(tmp_path, "name,country,joined_on\nVillach,AT,2018-02-03\n")
    wizard = _wizard(qtbot, services, settings)
    plan = wizard.service.plan
    entered, gate = threading.Event(), threading.Event()
    calls: list[int] = []

    def held_plan(*args, **kwargs):
        calls.append(1)
        entered.set()
        gate.wait(5)  # holds the check until the test has pressed Cancel
        return plan(*args, **kwargs)

    wizard.service.plan = held_plan  # type: ignore[method-assign]
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    wizard.next()
    assert wizard.currentId() == ImportWizard.MAPPING
    wizard.next()
    qtbot.waitUntil(entered.is_set)
    wizard.next()  # a second click while the check runs starts no second check
    assert wizard.currentId() == ImportWizard.MAPPING
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    progress = wizard.findChild(QProgressDialog)
    assert progress is not None
    task = wizard.check_task
    assert task is not None
    with qtbot.waitSignal(task.failed, timeout=20_000) as signal:
        progress.findChild(QPushButton).click()  # the progress dialog's Cancel
        gate.set()
    assert isinstance(signal.args[0], Cancelled)
    qtbot.waitUntil(lambda: wizard.check_task is None)
    assert wizard.currentId() == ImportWizard.MAPPING
    assert wizard.plan is None
    assert len(calls) == 1
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert wizard.mapping_page.isEnabled()

    wizard.service.plan = plan  # type: ignore[method-assign]
    wizard.next()  # and the check can run again
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.CHECK, timeout=20_000)
    assert wizard.check_page.isComplete()


def test_escape_during_the_check_cancels_it_and_keeps_the_wizard_open(
    qtbot, services, settings, tmp_path
):
    path = _file(tmp_path, "name,country,joined_on\nVillach,AT,2018-02-03\n")
    wizard = _wizard(qtbot, services, settings)
    plan = wizard.service.plan
    entered, gate = threading.Event(), threading.Event()

    def held_plan(*args, **kwargs):
        entered.set()
        gate.wait(5)
        return plan(*args, **kwargs)

    wizard.service.plan = held_plan  # type: ignore[method-assign]
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    wizard.next()
    wizard.next()
    qtbot.waitUntil(entered.is_set)
    task = wizard.check_task
    assert task is not None
    with qtbot.waitSignal(task.failed, timeout=20_000):
        wizard.reject()  # what Esc does
        gate.set()
    qtbot.waitUntil(lambda: wizard.check_task is None)
    assert wizard.isVisible()
    assert wizard.currentId() == ImportWizard.MAPPING and wizard.plan is None


def test_a_check_that_fails_says_so_without_its_details(qtbot, services, settings, tmp_path):
    path = _file(tmp_path, "name,country,joined_on\nVillach,AT,2018-02-03\n")
    prompts = FakePrompts()
    wizard = _wizard(qtbot, services, settings, prompts)

    def failing_plan(*args, **kwargs):
        raise RuntimeError("INSERT INTO person (name) VALUES ('Jan Nowak')")

    wizard.service.plan = failing_plan  # type: ignore[method-assign]
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.check_task is None)
    assert wizard.currentId() == ImportWizard.MAPPING and wizard.plan is None
    assert [c[0] for c in prompts.asked] == ["error"]
    assert "not checked" in prompts.asked[0][2]
    assert "Nowak" not in prompts.asked[0][2] and "INSERT" not in prompts.asked[0][2]
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_duplicates_can_update_and_the_import_runs_in_the_background(
    qtbot, services, settings, tmp_path
):
    path = _file(
        tmp_path,
        "name,country,joined_on,population\nLodz,PL,2016-05-01,670000\nGraz,AT,2017-01-01,\n",
    )
    wizard = _wizard(qtbot, services, settings)
    _to_check_page(qtbot, wizard, path)
    assert wizard.check_page.isComplete()
    wizard.next()
    assert wizard.currentId() == ImportWizard.CHOICES
    page = wizard.choices_page
    assert list(page.duplicate_combos) == [2]
    page.update_all.click()
    wizard.next()
    assert wizard.currentId() == ImportWizard.CONFIRM
    assert "1 record will be added. 1 record will be updated." in wizard.confirm_page.text.text()
    with qtbot.waitSignal(wizard.imported, timeout=20_000) as signal:
        wizard.next()
    summary = signal.args[0]
    assert (summary.added, summary.updated) == (1, 1)
    assert wizard.currentId() == ImportWizard.SUMMARY
    assert "1 record added, 1 updated" in wizard.summary_page.text.text()
    names = {r.name for r in services.members.list().rows}
    assert {"Graz", "Lodz"} <= names


def test_cancel_leaves_the_database_as_it_was(qtbot, services, settings, tmp_path):
    lines = "\n".join(f"Town {i},FR,2017-01-01" for i in range(300))
    path = _file(tmp_path, "name,country,joined_on\n" + lines + "\n")
    prompts = FakePrompts()
    wizard = _wizard(qtbot, services, settings, prompts)
    gate = threading.Event()
    wizard.service.backup = lambda reason: gate.wait(10)  # holds the work until we cancel
    _to_check_page(qtbot, wizard, path)
    wizard.next()
    before = services.members.list().rows
    wizard.next()  # Import
    task = wizard.task
    assert task is not None
    with qtbot.waitSignal(task.failed, timeout=20_000) as signal:
        task.cancel()
        gate.set()
    assert isinstance(signal.args[0], Cancelled)
    assert services.members.list().rows == before
    assert wizard.currentId() == ImportWizard.CONFIRM
    assert [c[0] for c in prompts.asked] == ["info"]
    assert "as it was" in prompts.asked[0][2]


def test_web_form_applications_are_offered_a_link(qtbot, services, settings, tmp_path):
    path = _file(
        tmp_path,
        "Applicant,Country,Received on,Contact\nTimisoara,Romania,12.03.2024,Ana Pop\n",
    )
    wizard = _wizard(qtbot, services, settings, kind=ListKind.APPLICATIONS)
    _to_check_page(qtbot, wizard, path)
    wizard.next()
    assert wizard.currentId() == ImportWizard.CHOICES
    combo = wizard.choices_page.link_combos[2]
    assert combo.count() == 2 and "Timișoara" in combo.itemText(1)
    combo.setCurrentIndex(1)
    wizard.next()
    with qtbot.waitSignal(wizard.imported, timeout=20_000):
        wizard.next()
    row = services.applications.list().rows[0]
    member = next(r for r in services.members.list().rows if r.name == "Timișoara")
    assert row.authority_uid == member.authority_uid
    assert row.status == "received"


def test_a_list_without_joining_dates_takes_one_date_for_every_row(
    qtbot, services, settings, tmp_path
):
    import datetime as dt

    path = _file(tmp_path, "name,name_latin,country_code\nBeyoğlu,,TR\nΒόλος,Volos,GR\n")
    wizard = _wizard(qtbot, services, settings)
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    wizard.next()
    page = wizard.mapping_page
    assert list(page.same_dates) == ["joined_on"]
    assert not page.isComplete()  # the date is chosen, never assumed
    assert "Joined on (joined_on)" in page.missing.text()
    page.same_dates["joined_on"].set_value(dt.date(2015, 10, 20))
    assert page.isComplete() and page.missing.text() == ""
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.CHECK, timeout=20_000)
    assert wizard.check_page.isComplete()
    wizard.next()
    assert wizard.currentId() == ImportWizard.CONFIRM
    with qtbot.waitSignal(wizard.imported, timeout=20_000) as signal:
        wizard.next()
    assert signal.args[0].added == 2
    joined = {r.name: r.joined_on for r in services.members.list().rows}
    assert joined["Beyoğlu"] == joined["Βόλος"] == dt.date(2015, 10, 20)


def test_a_file_with_the_date_column_does_not_ask_for_one(qtbot, services, settings, tmp_path):
    path = _file(tmp_path, "name,country_code,joined_on\nGraz,AT,2017-01-01\n")
    wizard = _wizard(qtbot, services, settings)
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    wizard.next()
    assert wizard.mapping_page.same_dates == {}
    assert not wizard.mapping_page.same_box.isVisibleTo(wizard.mapping_page)


def test_the_problem_report_quotes_rows_so_it_is_owner_only(qtbot, services, settings, tmp_path):
    path = _file(tmp_path, "name,country,joined_on,email\nBrno,XX,2017-01-01,x@\n")
    wizard = _wizard(qtbot, services, settings)
    _to_check_page(qtbot, wizard, path)
    report = tmp_path / "reports" / "problems.txt"
    report.parent.mkdir()
    old_umask = os.umask(0o022)
    try:
        wizard.check_page.save_report(report)
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(report.stat().st_mode) == 0o600
    assert os.listdir(report.parent) == ["problems.txt"]  # no temporary file left beside it
