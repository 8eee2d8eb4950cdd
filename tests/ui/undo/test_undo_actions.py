"""Edit → Undo / Redo in the window: every undoable action taken back and made again."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from row_dump import dump

from alliance_desktop.db.session import Database
from alliance_desktop.services.data_safety.opening import Services
from alliance_desktop.ui.dialogs.org_settings_dialog import OrgSettingsDialog
from alliance_desktop.ui.main_window import MainWindow
from alliance_desktop.ui.settings_keys import Settings
from alliance_desktop.ui.tabs.record_tab import RecordTab
from alliance_desktop.ui.undo.undo_history import history_for

from ..fake_prompts import FakePrompts
from ..language_switch import French, switching


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


def selected_names(tab: RecordTab) -> list[str]:
    name = "name" if tab.name != "applications" else "applicant_name"
    return [getattr(row, name) for row in tab.selected_rows()]


def undo_text(window: MainWindow) -> str:
    return window.undo_actions.undo_action.text().replace("&", "")


def redo_text(window: MainWindow) -> str:
    return window.undo_actions.redo_action.text().replace("&", "")


def select(tab: RecordTab, name: str) -> None:
    tab.select_rows([names(tab).index(name)])


def undone_and_redone(window: MainWindow, before: object, after: object) -> None:
    """Undo puts the database back as it was before; redo as it was after; undo again."""
    services = window.services
    assert window.undo_actions.undo_action.isEnabled()
    window.undo_actions.undo_action.trigger()
    assert dump(services) == before
    assert window.undo_actions.redo_action.isEnabled()
    window.undo_actions.redo_action.trigger()
    assert dump(services) == after
    window.undo_actions.undo_action.trigger()
    assert dump(services) == before


def test_delete_is_undone_by_name_and_the_record_comes_back_selected(
    window: MainWindow, window_prompts: FakePrompts
) -> None:
    window.show_tab("members")
    tab = window.members_tab
    assert undo_text(window) == "Undo" and not window.undo_actions.undo_action.isEnabled()
    before = dump(window.services)
    select(tab, "Graz")
    window.delete_action.trigger()
    after = dump(window.services)
    assert "Graz" not in names(tab)
    assert undo_text(window) == "Undo Delete Graz"
    window.undo_actions.undo_action.trigger()
    assert dump(window.services) == before
    assert "Graz" in names(tab) and selected_names(tab) == ["Graz"]
    assert redo_text(window) == "Redo Delete Graz"
    window.undo_actions.redo_action.trigger()
    assert dump(window.services) == after
    assert "Graz" not in names(tab)
    assert tab.count_label.text() == "Showing 9 of 9 members"
    undone_and_redone(window, before, after)


def test_accepting_is_undone_the_member_removed_and_the_application_back(
    window: MainWindow, window_prompts: FakePrompts
) -> None:
    window.show_tab("applications")
    tab = window.applications_tab
    accept = next(a for a in tab.extra_actions if a.objectName() == "acceptAction")
    before = dump(window.services)
    select(tab, "Brno")
    window_prompts.answer("confirm", True)
    accept.trigger()
    after = dump(window.services)
    assert undo_text(window) == "Undo Accept application of Brno"
    window.undo_actions.undo_action.trigger()
    assert dump(window.services) == before
    assert selected_names(tab) == ["Brno"]
    window.show_tab("members")
    assert "Brno" not in names(window.members_tab)
    assert window.members_tab.count_label.text() == "Showing 10 of 10 members"
    window.show_tab("applications")
    window.undo_actions.redo_action.trigger()
    assert dump(window.services) == after
    assert "Brno" not in names(tab)
    undone_and_redone(window, before, after)


@pytest.mark.parametrize(
    ("action", "answer", "name"),
    [
        ("decline", "Not eligible", "Decline application of Parakar"),
        ("request_information", "Send the council's decision", "Request information from Parakar"),
        ("withdraw", "By letter", "Withdraw application of Parakar"),
    ],
)
def test_application_steps_are_undone(
    window: MainWindow, window_prompts: FakePrompts, action: str, answer: str, name: str
) -> None:
    window.show_tab("applications")
    tab = window.applications_tab
    found = [a for a in tab.extra_actions if a.objectName() == f"{action}Action"]
    before = dump(window.services)
    select(tab, "Parakar")
    window_prompts.answer("ask_text", answer)
    found[0].trigger()
    after = dump(window.services)
    assert after != before
    assert undo_text(window) == f"Undo {name}"
    undone_and_redone(window, before, after)


def test_undoing_a_request_for_information_takes_its_follow_up_away(
    window: MainWindow, window_prompts: FakePrompts
) -> None:
    window.show_tab("applications")
    tab = window.applications_tab
    request = next(a for a in tab.extra_actions if a.objectName() == "request_informationAction")
    before = dump(window.services)
    select(tab, "Parakar")
    window_prompts.answer("ask_text", "Send the council's decision")
    window_prompts.answer("run_dialog", True)  # the follow-up proposed is kept as it is
    request.trigger()
    after = dump(window.services)
    assert len(after["follow_up"]) == len(before["follow_up"]) + 1
    assert undo_text(window) == "Undo Request information from Parakar"
    undone_and_redone(window, before, after)


def test_new_and_edited_records_from_their_dialogs_are_undone(
    qtbot: QtBot, window: MainWindow, window_prompts: FakePrompts
) -> None:
    window.show_tab("members")
    tab = window.members_tab
    before = dump(window.services)
    dialog = tab.new_record()
    assert dialog is not None
    dialog.name.setText("Βόλος")  # type: ignore[attr-defined]
    dialog.country.setEditText("Greece")  # type: ignore[attr-defined]
    dialog.focal_name.setText("Ελένη Παπαδοπούλου")  # type: ignore[attr-defined]
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    after = dump(window.services)
    assert undo_text(window) == "Undo Add Βόλος"
    undone_and_redone(window, before, after)
    assert "Βόλος" not in names(tab)
    window.undo_actions.redo_action.trigger()
    assert selected_names(tab) == ["Βόλος"]

    before = dump(window.services)
    select(tab, "Graz")
    dialog = tab.edit_current()
    assert dialog is not None
    dialog.name.setText("Graz (Styria)")  # type: ignore[attr-defined]
    dialog.accept()
    after = dump(window.services)
    assert undo_text(window) == "Undo Edit Graz (Styria)"
    undone_and_redone(window, before, after)
    assert "Graz" in names(tab) and selected_names(tab) == ["Graz"]

    window.show_tab("signatories")
    signatories = window.signatories_tab
    before = dump(window.services)
    signatories.select_rows([0])
    dialog = signatories.edit_current()
    assert dialog is not None
    dialog.place.setText("Strasbourg, 32nd Session")  # type: ignore[attr-defined]
    dialog.accept()
    after = dump(window.services)
    assert undo_text(window).startswith("Undo Edit ")
    undone_and_redone(window, before, after)


def test_a_restore_from_the_trash_is_undone(
    qtbot: QtBot, window: MainWindow, window_prompts: FakePrompts
) -> None:
    window.show_tab("members")
    select(window.members_tab, "Graz")
    window.delete_action.trigger()
    trash = window.show_trash()
    assert trash is not None
    before = dump(window.services)
    trash.view.selectRow(0)
    qtbot.mouseClick(trash.restore_button, Qt.MouseButton.LeftButton)
    after = dump(window.services)
    assert undo_text(window) == "Undo Restore Graz"
    window.undo_actions.undo_action.trigger()
    assert trash.model.rowCount() == 1  # the open Trash follows
    assert dump(window.services) == before
    window.undo_actions.redo_action.trigger()
    assert trash.model.rowCount() == 0
    undone_and_redone(window, before, after)
    trash.close()


def test_organisation_settings_are_undone(
    qtbot: QtBot, window: MainWindow, window_prompts: FakePrompts
) -> None:
    before = dump(window.services)
    dialog = OrgSettingsDialog(window.services, window_prompts, window)
    qtbot.addWidget(dialog)
    texts = window.services.org_settings.certificate_texts()
    field = next(
        f.name for f in dataclasses.fields(texts) if isinstance(getattr(texts, f.name), str)
    )
    dialog.load(dataclasses.replace(texts, **{field: "Certificate of signature"}))
    dialog.accept()
    after = dump(window.services)
    assert after != before
    assert undo_text(window) == "Undo Change organisation settings"
    undone_and_redone(window, before, after)
    assert window.services.org_settings.certificate_texts() == texts


def test_undo_refused_after_a_colleagues_change_names_them_and_leaves_the_history(
    window: MainWindow, window_prompts: FakePrompts
) -> None:
    window.show_tab("members")
    tab = window.members_tab
    select(tab, "Graz")
    window.delete_action.trigger()
    graz = next(i for i in window.services.trash.list() if str(i.label).startswith("Graz"))
    colleague = Services.over(Database(window.services.db.url, user="colleague"))
    try:
        colleague.trash.restore(graz.kind, graz.uid)
        colleague.members.delete(graz.uid)
    finally:
        colleague.db.dispose()
    before = dump(window.services)
    window.undo_actions.undo_action.trigger()
    assert dump(window.services) == before  # never forced
    [(_, title, text)] = window_prompts.calls("error")
    assert title == "Cannot undo"
    assert "deleted by colleague" in text or "changed by colleague" in text
    assert "“Delete Graz” was removed from the undo history." in text
    assert undo_text(window) == "Undo" and not window.undo_actions.undo_action.isEnabled()
    assert not window.undo_actions.redo_action.isEnabled()


def test_ctrl_z_in_the_search_box_undoes_typing_and_on_the_list_the_delete(
    qtbot: QtBot, window: MainWindow, window_prompts: FakePrompts
) -> None:
    window.show_tab("members")
    tab = window.members_tab
    select(tab, "Graz")
    window.delete_action.trigger()
    tab.search_edit.setFocus()
    qtbot.waitUntil(tab.search_edit.hasFocus)
    qtbot.keyClicks(tab.search_edit, "ko")
    qtbot.keyClick(tab.search_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert tab.search_edit.text() == ""  # the field's own undo took the typing back
    assert undo_text(window) == "Undo Delete Graz"  # the delete is still done
    tab.view.setFocus()
    qtbot.waitUntil(tab.view.hasFocus)
    qtbot.keyClick(tab.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Graz" in names(tab)
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(tab.view, Qt.Key.Key_Z, shift_ctrl)
    assert "Graz" not in names(tab)
    qtbot.keyClick(tab.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(tab.view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert "Graz" not in names(tab)


def test_another_database_starts_an_empty_history(
    tmp_path: Path, window: MainWindow, window_prompts: FakePrompts
) -> None:
    window.show_tab("members")
    select(window.members_tab, "Graz")
    window.delete_action.trigger()
    old = window.services
    assert history_for(old) is window.undo_actions.history
    assert window.open_database_at(str(tmp_path / "other.sqlite"), create=True)
    assert undo_text(window) == "Undo" and not window.undo_actions.undo_action.isEnabled()
    assert window.undo_actions.history.stack.isClean()
    assert history_for(window.services) is window.undo_actions.history


def test_recent_imports_lists_an_import_and_undoes_it(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    tmp_path: Path,
    window: MainWindow,
    window_prompts: FakePrompts,
) -> None:
    from alliance_desktop.exchange import COLUMNS, ListKind, read_rows
    from alliance_desktop.services.imports.service import ImportService
    from alliance_desktop.services.output.exports import (
        ExportFormat,
        ExportRequest,
        ExportService,
    )

    services = window.services
    path = tmp_path / "members.csv"
    ExportService(services).export(ExportRequest(ListKind.MEMBERS, path, ExportFormat.CSV))
    text = path.read_text(encoding="utf-8-sig").replace("Graz", "Graz an der Mur")
    path.write_text(text, encoding="utf-8")
    before = dump(services)
    importer = ImportService(services, backup=None)
    plan = importer.plan(ListKind.MEMBERS, read_rows(path, COLUMNS[ListKind.MEMBERS]), path.name)
    importer.apply(plan, backup=False)
    after = dump(services)
    assert after != before
    recent = window.undo_actions.show_recent_imports()
    assert recent is not None
    qtbot.addWidget(recent)
    assert recent.model.rowCount() == 1
    qtmodeltester.check(recent.model)
    assert [recent.model.index(0, c).data() for c in (0, 2, 3, 5, 6, 7)] == [
        "1",
        "members.csv",
        "Members",
        "0",
        "1",
        "",
    ]
    assert not recent.undo_button.isEnabled()
    recent.view.selectRow(0)
    assert recent.undo_button.isEnabled()
    window_prompts.answer("confirm", True)
    qtbot.mouseClick(recent.undo_button, Qt.MouseButton.LeftButton)
    assert dump(services) == before
    assert "Import 1 undone" in window_prompts.calls("info")[-1][2]
    assert recent.model.index(0, 7).data().endswith(services.db.user)
    assert not recent.undo_button.isEnabled()
    window.show_tab("members")
    assert "Graz" in names(window.members_tab)
    recent.close()


@pytest.fixture
def french() -> Iterator[French]:
    yield from switching()


def test_the_undo_names_follow_a_switch_to_french(
    window: MainWindow, window_prompts: FakePrompts, french: French
) -> None:
    window.show_tab("members")
    select(window.members_tab, "Graz")
    window.delete_action.trigger()
    french.enter()
    assert undo_text(window) == "Annuler Supprimer Graz"
    assert window.undo_actions.imports_action.text().replace("&", "") == "Importations récentes…"
    window.undo_actions.undo_action.trigger()
    assert redo_text(window) == "Rétablir Supprimer Graz"
    french.leave()
    assert redo_text(window) == "Redo Delete Graz"


def test_any_action_joins_the_history_with_a_name_and_two_service_calls(
    window: MainWindow, window_prompts: FakePrompts
) -> None:
    """What a merge of duplicates does (its service offers merge and unmerge)."""
    from alliance_desktop.domain.errors import ConflictError
    from alliance_desktop.ui.undo.undo_names import merged

    calls: list[str] = []
    history = history_for(window.services)
    assert history is not None
    history.push(
        merged("Łódź", "Lodz"), lambda: calls.append("unmerge"), lambda: calls.append("merge")
    )
    assert undo_text(window) == "Undo Merge Łódź into Lodz"
    window.undo_actions.undo_action.trigger()
    window.undo_actions.redo_action.trigger()
    assert calls == ["unmerge", "merge"]

    def refused() -> None:
        raise ConflictError("authority", "x", "Lodz", by="colleague")

    history.push(merged("Łódź", "Lodz"), refused, lambda: None)
    window.undo_actions.undo_action.trigger()
    assert "changed by colleague" in window_prompts.calls("error")[-1][2]
    assert undo_text(window) == "Undo Merge Łódź into Lodz"  # the first merge, still there
    window.undo_actions.undo_action.trigger()
    assert calls == ["unmerge", "merge", "unmerge"]
