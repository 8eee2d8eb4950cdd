"""The main window over a real SQLite file: search, filters, sort, delete/restore, settings."""

from __future__ import annotations

import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from alliance_desktop.services.data_safety.opening import Services, open_database
from alliance_desktop.ui import settings_keys
from alliance_desktop.ui.identity.about_dialog import AboutDialog
from alliance_desktop.ui.main_window import MainWindow
from alliance_desktop.ui.settings_keys import Settings
from alliance_desktop.ui.tabs.record_tab import RecordTab

from .dialog_support import add_member
from .fake_prompts import FakePrompts


@pytest.fixture
def window(
    qtbot: QtBot, ui_services: Services, window_prompts: FakePrompts, qsettings: QSettings
) -> Iterator[MainWindow]:
    win = MainWindow(ui_services, window_prompts, Settings(qsettings))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def names(tab: RecordTab) -> list[str]:
    column = tab.model.column_of("name" if tab.name != "applications" else "applicant_name")
    return [tab.model.index(r, column).data() for r in range(tab.model.rowCount())]


def test_every_tab_model_passes_qt_model_tests(
    window: MainWindow, qtmodeltester: ModelTester
) -> None:
    for name, tab in window.record_tabs.items():
        window.show_tab(name)
        assert tab.model.rowCount() > 0
        qtmodeltester.check(tab.model, force_py=True)


def test_typing_lodz_finds_lodz_and_says_showing_1_of_10(qtbot: QtBot, window: MainWindow) -> None:
    window.show_tab("members")
    tab = window.members_tab
    assert tab.count_label.text() == "Showing 10 of 10 members"
    qtbot.keyClicks(tab.search_edit, "lodz")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert names(tab) == ["Łódź"]
    assert tab.count_label.text() == "Showing 1 of 10 members"
    assert window.counts_label.text() == "Showing 1 of 10 members"
    tab.search_edit.clear()
    qtbot.keyClicks(tab.search_edit, "kragujevac")
    qtbot.waitUntil(lambda: names(tab) == ["Крагујевац (Kragujevac)"])


def test_find_focuses_the_search_box(qtbot: QtBot, window: MainWindow) -> None:
    window.show_tab("overview")
    window.find_action.trigger()
    assert window.current_record_tab() is window.members_tab
    qtbot.waitUntil(lambda: window.members_tab.search_edit.hasFocus())


def test_filters_by_country_status_and_year(qtbot: QtBot, window: MainWindow) -> None:
    window.show_tab("members")
    tab = window.members_tab
    tab.country_combo.setCurrentIndex(tab.country_combo.findData("RS"))
    assert names(tab) == ["Крагујевац (Kragujevac)"]
    tab.country_combo.setCurrentIndex(0)
    tab.status_combo.setCurrentIndex(tab.status_combo.findData("suspended"))
    assert names(tab) == ["Košice"]
    tab.status_combo.setCurrentIndex(0)
    tab.year_combo.setCurrentIndex(tab.year_combo.findData(2016))
    assert sorted(names(tab)) == ["Ghent", "Saint-Étienne", "Łódź"]
    assert tab.count_label.text() == "Showing 3 of 10 members"
    assert tab.current_query().year == 2016


def test_country_shown_by_name_and_dates_in_locale(window: MainWindow) -> None:
    tab = window.record_tab("members")
    tab.country_combo.setCurrentIndex(tab.country_combo.findData("PL"))
    assert tab.model.index(0, tab.model.column_of("country")).data() == "Poland"
    assert tab.model.index(0, tab.model.column_of("status")).data() == "Active"
    joined = tab.model.index(0, tab.model.column_of("joined_on")).data()
    assert "16" in joined and "2016-03-01" not in joined


def test_clicking_a_header_sorts_in_the_service(qtbot: QtBot, window: MainWindow) -> None:
    window.show_tab("members")
    tab = window.members_tab
    header = tab.view.horizontalHeader()
    column = tab.model.column_of("participant_no")
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=_section_centre(header, column),
    )
    qtbot.waitUntil(lambda: tab.model.query.sort == "participant_no")
    first = [tab.model.index(r, column).data() for r in range(3)]
    assert first in (["1", "2", "3"], ["10", "9", "8"])
    header.setSortIndicator(column, Qt.SortOrder.DescendingOrder)
    assert tab.model.query.descending
    assert tab.model.index(0, column).data() == "10"
    assert tab.current_query().sort == "participant_no"


def _section_centre(header, column):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint

    return QPoint(
        header.sectionViewportPosition(column) + header.sectionSize(column) // 2,
        header.height() // 2,
    )


def test_delete_moves_to_trash_and_restore_brings_back(
    qtbot: QtBot, window: MainWindow, window_prompts: FakePrompts
) -> None:
    window.show_tab("members")
    tab = window.members_tab
    row = names(tab).index("Graz")
    tab.select_rows([row])
    assert window.delete_action.isEnabled()
    window_prompts.answer("confirm", False)
    window.delete_action.trigger()
    assert "Graz" in names(tab)
    window.delete_action.trigger()
    assert window_prompts.calls("confirm")[-1][2].startswith("Move “Graz” to the Trash?")
    assert "Graz" not in names(tab)
    assert tab.count_label.text() == "Showing 9 of 9 members"
    # the row that took Graz's place is selected, where the user was
    assert tab.selected_rows() and tab.view.currentIndex().row() == row

    trash = window.show_trash()
    assert trash is not None
    labels = [trash.model.index(r, 1).data() for r in range(trash.model.rowCount())]
    assert any(label.startswith("Graz") for label in labels)
    graz = next(i for i, lab in enumerate(labels) if lab.startswith("Graz"))
    assert trash.model.headerData(4, Qt.Orientation.Horizontal) == "Deleted by"
    assert trash.model.index(graz, 4).data() == window.services.db.user  # who deleted it
    trash.view.selectRow(next(i for i, lab in enumerate(labels) if lab.startswith("Graz")))
    assert trash.restore_button.isEnabled()
    qtbot.mouseClick(trash.restore_button, Qt.MouseButton.LeftButton)
    assert trash.model.rowCount() == len(labels) - 1
    assert "Graz" in names(tab)
    assert tab.count_label.text() == "Showing 10 of 10 members"
    trash.close()


def test_selection_and_scroll_kept_after_reload(qtbot: QtBot, window: MainWindow) -> None:
    tab = window.record_tab("members")
    uid = tab.model.row_at(4).uid
    tab.select_rows([4])
    tab.country_combo.setCurrentIndex(0)
    tab.reload()
    assert tab.selected_uids() == [uid]


def test_about_names_version_and_database(qtbot: QtBot, window: MainWindow) -> None:
    window.about_action.trigger()
    about = window.findChild(AboutDialog)
    assert about is not None and about.isVisible()
    assert about.windowTitle() == "About Alliance Desktop"
    details = about.details()
    assert "0.1.0" in details and "ui.sqlite" in details
    assert "alliance-desktop" in details and ".log" in details  # where to find the details
    about.close()


def test_applications_pending_by_default_and_long_waits_highlighted(
    window: MainWindow,
) -> None:
    tab = window.record_tab("applications")
    assert not tab.show_decided_check.isChecked()
    assert tab.count_label.text() == "Showing 4 of 4 pending applications"
    tab.view.horizontalHeader().setSortIndicator(
        tab.model.column_of("days_waiting"), Qt.SortOrder.DescendingOrder
    )
    first = tab.model.index(0, tab.model.column_of("days_waiting"))
    assert first.data() == "90"
    assert first.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "90 days" in first.data(Qt.ItemDataRole.ToolTipRole)
    short = tab.model.index(3, tab.model.column_of("days_waiting"))
    assert short.data() == "3"
    assert short.data(Qt.ItemDataRole.BackgroundRole) is None


def test_overview_sentences_and_country_bar_opens_filtered_tab(window: MainWindow) -> None:
    assert window.overview.members_label.text() == (
        "10 cities and regions from 10 countries take part in the Alliance"
    )
    assert window.overview.signatories_label.text().startswith("6 signatories from 6 countries")
    assert "4 applications pending, oldest 90 days" in window.overview.pending_label.text()
    index = window.overview._countries.index("UA")
    window.overview._on_bar_clicked("signatories", index)
    assert window.current_record_tab() is window.signatories_tab
    assert window.signatories_tab.country_combo.currentData() == "UA"
    assert names(window.signatories_tab) == ["Львів (Lviv)"]


def test_settings_restore_columns_sort_and_tab(
    qtbot: QtBot, ui_services: Services, window_prompts: FakePrompts, qsettings: QSettings
) -> None:
    first = MainWindow(ui_services, window_prompts, Settings(qsettings))
    qtbot.addWidget(first)
    first.show_tab("signatories")
    tab = first.signatories_tab
    tab.set_column_visible(tab.model.column_of("place"), False)
    tab.view.horizontalHeader().resizeSection(tab.model.column_of("signer_name"), 333)
    tab.view.horizontalHeader().moveSection(tab.model.column_of("country"), 0)
    tab.view.horizontalHeader().setSortIndicator(
        tab.model.column_of("signed_on"), Qt.SortOrder.DescendingOrder
    )
    first.close()

    second = MainWindow(ui_services, window_prompts, Settings(qsettings))
    qtbot.addWidget(second)
    tab = second.signatories_tab
    assert second.current_record_tab() is tab
    assert "place" not in tab.visible_columns()
    assert tab.visible_columns()[0] == "country"
    assert tab.view.horizontalHeader().sectionSize(tab.model.column_of("signer_name")) == 333
    assert tab.model.query.sort == "signed_on" and tab.model.query.descending
    second.close()


def test_a_shutdown_keeps_the_window_state_without_asking(
    qtbot: QtBot, ui_services: Services, window_prompts: FakePrompts, qsettings: QSettings
) -> None:
    first = MainWindow(ui_services, window_prompts, Settings(qsettings))
    qtbot.addWidget(first)
    first.show_tab("applications")
    tab = first.applications_tab
    tab.set_column_visible(tab.model.column_of("channel"), False)
    first.end_session()  # what SIGTERM calls: no close event, no question
    assert window_prompts.asked == []

    second = MainWindow(ui_services, window_prompts, Settings(qsettings))
    qtbot.addWidget(second)
    assert second.current_record_tab() is second.applications_tab
    assert "channel" not in second.applications_tab.visible_columns()
    second.close()


def test_opening_a_refused_file_keeps_the_current_database(
    window: MainWindow, window_prompts: FakePrompts, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "notes.sqlite"
    bad.write_text("not a database")
    assert not window.open_database_at(str(bad), create=False)
    assert window_prompts.calls("error")
    assert window.record_tab("members").model.rowCount() == 10


def test_new_database_opens_empty_and_is_remembered(
    window: MainWindow, qsettings: QSettings, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    location = str(tmp_path / "other.sqlite")
    assert window.open_database_at(location, create=True)
    window.show_tab("members")
    assert window.members_tab.model.rowCount() == 0
    assert window.members_tab.count_label.text() == "Showing 0 of 0 members"
    assert "other.sqlite" in window.windowTitle()
    window.show_tab("overview")
    assert window.overview.members_label.text() == "No city or region has joined the Alliance yet"
    assert window.overview.empty_label.isVisible() and not window.overview.splitter.isVisible()
    assert Settings(qsettings).recent_databases()[0] == location


def test_enter_opens_the_dialog_and_selection_stays_after_saving(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.show_tab("members")
    tab = window.members_tab
    if tab.dialog_class() is None:
        pytest.skip("the member dialog is not there yet")
    tab.view.horizontalHeader().setSortIndicator(
        tab.model.column_of("participant_no"), Qt.SortOrder.AscendingOrder
    )
    tab.select_rows([6])
    uid = tab.selected_uids()[0]
    tab.view.setFocus()
    qtbot.waitUntil(tab.view.hasFocus)
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    # Renaming moves it in a name sort; here the sort is by number, so it stays at row 6.
    dialog.name.setText("Zürich-Ouest")  # type: ignore[attr-defined]
    with qtbot.waitSignal(dialog.record_saved):  # type: ignore[attr-defined]
        dialog.accept()
    assert tab.selected_uids() == [uid]
    assert tab.model.row_at(6).name == "Zürich-Ouest"
    assert tab.view.currentIndex().row() == 6


def test_renamed_record_stays_selected_where_the_sort_puts_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.show_tab("members")
    tab = window.members_tab
    if tab.dialog_class() is None:
        pytest.skip("the member dialog is not there yet")
    row = names(tab).index("Graz")
    tab.select_rows([row])
    dialog = tab.edit_current()
    assert dialog is not None
    dialog.name.setText("Zagreb")  # type: ignore[attr-defined]
    with qtbot.waitSignal(dialog.record_saved):  # type: ignore[attr-defined]
        dialog.accept()
    selected = tab.selected_rows()
    assert [r.name for r in selected] == ["Zagreb"]


def test_new_record_shortcut_opens_an_empty_dialog(qtbot: QtBot, window: MainWindow) -> None:
    window.show_tab("signatories")
    tab = window.signatories_tab
    if tab.dialog_class() is None:
        assert not window.new_action.isVisible()
        return
    assert window.new_action.isVisible()
    window.new_action.trigger()
    assert tab.dialog is not None and tab.dialog.isVisible()
    tab.dialog.reject()


def test_actions_have_standard_shortcuts_and_controls_have_names(window: MainWindow) -> None:
    from PySide6.QtGui import QKeySequence

    assert window.new_action.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert window.find_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    assert window.delete_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Delete)
    assert not window.quit_action.shortcut().isEmpty()
    for tab in window.record_tabs.values():
        for widget in (tab.search_edit, tab.country_combo, tab.status_combo, tab.year_combo):
            assert widget.accessibleName()
        assert tab.view.accessibleName()
    assert not window.tools_menu.menuAction().isVisible() or window.tools_menu.actions()


def test_delete_key_in_the_search_box_edits_text_not_records(
    qtbot: QtBot, window: MainWindow, window_prompts: FakePrompts
) -> None:
    window.show_tab("members")
    tab = window.members_tab
    tab.select_rows([0])
    tab.search_edit.setFocus()
    qtbot.waitUntil(tab.search_edit.hasFocus)
    tab.search_edit.setText("ab")
    tab.search_edit.setCursorPosition(0)
    qtbot.keyClick(tab.search_edit, Qt.Key.Key_Delete)
    assert tab.search_edit.text() == "b"
    assert not window_prompts.calls("confirm")


def test_delete_key_in_the_table_asks_then_moves_to_trash(
    qtbot: QtBot, window: MainWindow, window_prompts: FakePrompts
) -> None:
    window.show_tab("applications")
    tab = window.applications_tab
    tab.select_rows([0])
    label = tab.record_label(tab.selected_rows()[0])
    tab.view.setFocus()
    qtbot.waitUntil(tab.view.hasFocus)
    window_prompts.answer("confirm", True)
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert window_prompts.calls("confirm")
    assert tab.model.rowCount() == 3
    assert tab.count_label.text() == "Showing 3 of 3 pending applications"
    trash = window.show_trash()
    assert trash is not None
    assert label in [trash.model.index(r, 1).data() for r in range(trash.model.rowCount())]
    trash.close()


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Down])
def test_enter_or_down_in_search_box_moves_to_the_first_result(
    qtbot: QtBot, window: MainWindow, key: Qt.Key
) -> None:
    window.show_tab("members")
    tab = window.members_tab
    window.find_action.trigger()
    qtbot.keyClicks(tab.search_edit, "sisli")
    qtbot.keyClick(tab.search_edit, key)
    assert names(tab) == ["Şişli"]
    assert [r.name for r in tab.selected_rows()] == ["Şişli"]
    qtbot.waitUntil(tab.view.hasFocus)
    assert window.edit_action.isEnabled() == tab.can_edit()


def test_columns_menu_hides_and_shows_a_column(window: MainWindow) -> None:
    window.show_tab("members")
    tab = window.members_tab
    window._fill_columns_menu()
    actions = {a.text(): a for a in window.columns_menu.actions()}
    assert actions["Focal point"].isChecked()
    actions["Focal point"].trigger()
    assert "focal_point" not in tab.visible_columns()
    assert not actions["Left"].isChecked()
    actions["Left"].trigger()
    assert "left_on" in tab.visible_columns()


def test_show_decided_lists_every_application_and_is_remembered(
    window: MainWindow, qsettings: QSettings
) -> None:
    tab = window.record_tab("applications")
    assert "decided_on" not in tab.visible_columns()
    tab.show_decided_check.setChecked(True)
    assert "decided_on" in tab.visible_columns()
    assert tab.count_label.text() == "Showing 4 of 4 applications"
    assert Settings(qsettings).get(settings_keys.SHOW_DECIDED) is True


def _decision(window: MainWindow, name: str):  # type: ignore[no-untyped-def]
    tab = window.applications_tab
    found = [a for a in tab.extra_actions if a.objectName() == f"{name}Action"]
    if not found:
        pytest.skip("the application actions are not there yet")
    return found[0]


def test_accept_from_the_applications_tab_makes_a_member(
    window: MainWindow, window_prompts: FakePrompts
) -> None:
    window.show_tab("applications")
    tab = window.applications_tab
    accept = _decision(window, "accept")
    assert accept in window.toolbar.actions()
    assert accept in window.edit_menu.actions()
    assert not accept.isEnabled()  # nothing selected
    tab.select_rows([names(tab).index("Brno")])
    assert accept.isEnabled()
    window_prompts.answer("confirm", True)
    accept.trigger()
    assert "Brno" not in names(tab)
    assert tab.count_label.text() == "Showing 3 of 3 pending applications"
    assert "member no. 11" in window_prompts.calls("info")[-1][2]
    window.show_tab("members")
    assert "Brno" in names(window.members_tab)
    assert window.members_tab.count_label.text() == "Showing 11 of 11 members"
    window.show_tab("applications")
    assert accept not in window.toolbar.actions() or window.current_record_tab() is tab


def test_decline_needs_a_reason_and_keeps_the_selection_place(
    window: MainWindow, window_prompts: FakePrompts
) -> None:
    window.show_tab("applications")
    tab = window.applications_tab
    decline = _decision(window, "decline")
    tab.select_rows([names(tab).index("Parakar")])
    window_prompts.answer("ask_text", None)  # cancelled: nothing changes
    decline.trigger()
    assert "Parakar" in names(tab)
    window_prompts.answer("ask_text", "Not a Council of Europe member state's authority")
    decline.trigger()
    assert "Parakar" not in names(tab)
    tab.show_decided_check.setChecked(True)
    row = names(tab).index("Parakar")
    status = tab.model.index(row, tab.model.column_of("status")).data()
    assert status == "Declined"
    tab.select_rows([row])
    assert not decline.isEnabled()  # already decided
    window.show_tab("members")
    assert window.toolbar.actions() and decline not in window.toolbar.actions()


def test_quitting_with_unsaved_changes_asks_and_can_stay(
    qtbot: QtBot, window: MainWindow, window_prompts: FakePrompts
) -> None:
    window.show_tab("members")
    tab = window.members_tab
    if tab.dialog_class() is None:
        pytest.skip("the member dialog is not there yet")
    tab.select_rows([0])
    dialog = tab.edit_current()
    assert dialog is not None
    dialog.name.setText("Changed")  # type: ignore[attr-defined]
    window_prompts.answer("ask_discard", False)
    assert not window.close()
    assert window.isVisible() and dialog.isVisible()
    assert window_prompts.calls("ask_discard")
    window_prompts.answer("ask_discard", True)
    assert window.close()


def test_a_read_only_database_says_so_and_changes_nothing(
    qtbot: QtBot, ui_services: Services, window_prompts: FakePrompts, qsettings: QSettings
) -> None:
    from alliance_desktop.services.data_safety.opening import open_database

    location = ui_services.db.url.removeprefix("sqlite:///")
    read_only = open_database(location, create=False, read_only=True)
    win = MainWindow(read_only, window_prompts, Settings(qsettings))
    qtbot.addWidget(win)
    win.show()
    assert win.banner.isVisible() and "read-only" in win.banner.text()
    assert "Hide" not in win.banner.text()
    assert "(read-only)" in win.windowTitle()
    win.show_tab("applications")
    tab = win.applications_tab
    tab.select_rows([0])
    assert not win.delete_action.isEnabled()
    assert not win.new_action.isEnabled()
    assert all(not a.isEnabled() for a in tab.extra_actions)
    assert tab.delete_selected() == 0 and tab.model.rowCount() == 4
    win.close()
    read_only.db.dispose()


def test_an_opening_notice_shows_until_hidden(
    qtbot: QtBot, ui_services: Services, window_prompts: FakePrompts, qsettings: QSettings
) -> None:
    ui_services.db.notices.append("The database is on a network share <\\\\server>.")
    win = MainWindow(ui_services, window_prompts, Settings(qsettings))
    qtbot.addWidget(win)
    win.show()
    assert win.banner.isVisible()
    assert "network share &lt;" in win.banner.text()  # shown as text, not markup
    win.banner.linkActivated.emit("hide")
    assert not win.banner.isVisible()
    win.close()


def test_recent_databases_menu_reopens_and_reports_missing_files(
    window: MainWindow, window_prompts: FakePrompts, qsettings: QSettings, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    other = str(tmp_path / "second.sqlite")
    first = window.services.db.location
    assert window.open_database_at(other, create=True)
    assert window.open_database_at(first, create=False)
    window._fill_recent_menu()
    texts = [a.text() for a in window.recent_menu.actions()]
    assert texts[0].endswith("ui.sqlite") and texts[1].endswith("second.sqlite")
    (tmp_path / "second.sqlite").unlink()
    window.recent_menu.actions()[1].trigger()
    assert window_prompts.calls("error")[-1][1] == "Cannot open the database"
    assert window.services.db.location == first


def test_a_refused_file_is_offered_its_newest_good_backup(
    window: MainWindow, window_prompts: FakePrompts, tmp_path: Path
) -> None:
    location = str(tmp_path / "other.sqlite")
    other = open_database(location, create=True)
    add_member(other, "Ghent", "BE")
    other.backups.back_up_now()
    other.db.dispose()
    Path(location).write_bytes(b"garbage" * 1000)  # damaged since
    window_prompts.answer("confirm", True)
    assert window.open_database_at(location, create=False)
    [(_, _title, refused)] = window_prompts.calls("error")
    assert "not an Alliance Desktop database" in refused or "damaged" in refused
    assert window_prompts.calls("confirm")[0][1] == "Restore a backup?"
    assert window.services.db.location.endswith("other.sqlite")
    assert window.record_tab("members").model.rowCount() == 1


def test_a_refused_file_without_a_backup_keeps_the_current_database(
    window: MainWindow, window_prompts: FakePrompts, tmp_path: Path
) -> None:
    bad = tmp_path / "empty.sqlite"
    bad.write_bytes(b"")
    assert not window.open_database_at(str(bad), create=False)
    assert window_prompts.calls("confirm") == []  # no backup: nothing to offer
    assert bad.read_bytes() == b""
    assert window.record_tab("members").model.rowCount() == 10


HOLDER = """
import sys
from alliance_desktop.services.data_safety.opening import open_database
services = open_database(sys.argv[1], create=True)
print("writer" if not services.db.read_only else "read_only", flush=True)
sys.stdin.readline()
services.db.dispose()
"""


@pytest.fixture
def held_database(tmp_path: Path) -> Iterator[str]:
    """A database another copy of the application (a second process) has open for writing."""
    location = str(tmp_path / "shared.sqlite")
    first = open_database(location, create=True)
    add_member(first, "Ghent", "BE")
    first.db.dispose()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, location],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "writer"
        yield location
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=30)


def test_a_database_in_use_can_be_opened_read_only(
    window: MainWindow, window_prompts: FakePrompts, held_database: str
) -> None:
    window_prompts.answer("confirm", True)
    assert window.open_database_at(held_database, create=False)
    [(_, title, text)] = window_prompts.calls("confirm")
    assert title == "Database in use"
    assert "shared.sqlite is in use:" in text and socket.gethostname() in text
    assert "since" in text
    assert window.read_only and window.services.db.location.endswith("shared.sqlite")
    assert window.record_tab("members").model.rowCount() == 1
    assert "(read-only)" in window.windowTitle()
    assert window_prompts.calls("error") == []


def test_a_database_in_use_cancelled_keeps_the_current_one(
    window: MainWindow, window_prompts: FakePrompts, held_database: str
) -> None:
    current = window.services.db.location
    window_prompts.answer("confirm", False)
    assert not window.open_database_at(held_database, create=False)
    assert len(window_prompts.calls("confirm")) == 1
    assert window.services.db.location == current and not window.read_only
    assert window.record_tab("members").model.rowCount() == 10


def test_an_empty_list_says_why_it_is_empty(
    qtbot: QtBot, tmp_path: Path, window_prompts: FakePrompts, qsettings: QSettings
) -> None:
    services = open_database(str(tmp_path / "empty.sqlite"), create=True)
    window = MainWindow(services, window_prompts, Settings(qsettings))
    qtbot.addWidget(window)
    window.show()
    window.show_tab("members")
    tab = window.members_tab
    assert tab.empty_label.isVisible()
    assert tab.empty_label.text().startswith("No members yet. New (Ctrl+N) adds one")
    window.show_tab("applications")
    assert window.applications_tab.empty_label.text() == "No application is waiting for a decision."
    window.close()
    services.db.dispose()


def test_a_search_without_matches_says_so(qtbot: QtBot, window: MainWindow) -> None:
    window.show_tab("members")
    tab = window.members_tab
    assert not tab.empty_label.isVisible()
    tab.search_edit.setText("zz-nothing-matches")
    tab.apply_filters()
    assert tab.empty_label.isVisible()
    assert tab.empty_label.text() == "Nothing matches the search and filters."
    tab.search_edit.clear()
    tab.apply_filters()
    assert not tab.empty_label.isVisible()
