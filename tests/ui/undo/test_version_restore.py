"""A record's History tab: "Restore this version…" shows what differs, saves it, can be undone."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot
from row_dump import dump

from alliance_desktop.services.data_safety.opening import Services
from alliance_desktop.ui.main_window import MainWindow
from alliance_desktop.ui.settings_keys import Settings

from ..fake_prompts import FakePrompts


@pytest.fixture
def window(
    qtbot: QtBot, ui_services: Services, window_prompts: FakePrompts, qsettings: QSettings
) -> Iterator[MainWindow]:
    win = MainWindow(ui_services, window_prompts, Settings(qsettings))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def _open_graz(window: MainWindow):  # type: ignore[no-untyped-def]
    window.show_tab("members")
    tab = window.members_tab
    column = tab.model.column_of("name")
    names = [tab.model.index(r, column).data() for r in range(tab.model.rowCount())]
    tab.select_rows([names.index(next(n for n in names if n.startswith("Graz")))])
    dialog = tab.edit_current()
    assert dialog is not None
    return dialog


def test_restore_this_version_puts_the_first_values_back_and_undo_takes_it_back(
    qtbot: QtBot, window: MainWindow, window_prompts: FakePrompts
) -> None:
    dialog = _open_graz(window)
    dialog.name.setText("Graz (Styria)")
    dialog.website.setText("https://graz.at")
    assert dialog.save_now() is not None
    edited = dump(window.services)
    view = dialog.history_view
    assert view is not None
    dialog.pages.setCurrentWidget(view)
    assert view.restore_button.isVisible()
    assert not view.restore_button.isEnabled()  # nothing chosen yet
    view.view.selectRow(view.model.rowCount() - 1)  # the oldest: Graz as created
    assert view.restore_button.isEnabled()
    window_prompts.answer("confirm", False)
    qtbot.mouseClick(view.restore_button, Qt.MouseButton.LeftButton)
    [(_, title, question)] = window_prompts.calls("confirm")
    assert title == "Restore this version"
    assert "• Name: Graz (Styria) → Graz" in question
    assert "• Website: https://graz.at → (empty)" in question
    assert dump(window.services) == edited  # cancelled: nothing saved
    window_prompts.answer("confirm", True)
    view.view.selectRow(view.model.rowCount() - 1)
    qtbot.mouseClick(view.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.name.text() == "Graz" and dialog.website.text() == ""
    assert view.model.index(0, 2).data() == "Earlier version restored"
    assert window.undo_actions.undo_action.text().replace("&", "") == (
        "Undo Restore earlier version of Graz"
    )
    window.undo_actions.undo_action.trigger()
    assert dump(window.services) == edited
    dialog.reject()


def test_restore_is_refused_while_the_form_has_changes(
    qtbot: QtBot, window: MainWindow, window_prompts: FakePrompts
) -> None:
    dialog = _open_graz(window)
    dialog.name.setText("Graz (Styria)")
    assert dialog.save_now() is not None
    dialog.membership_notes.setPlainText("typed, not saved")
    view = dialog.history_view
    assert view is not None
    view.view.selectRow(view.model.rowCount() - 1)
    qtbot.mouseClick(view.restore_button, Qt.MouseButton.LeftButton)
    assert "Save or cancel your changes" in window_prompts.calls("error")[-1][2]
    assert not window_prompts.calls("confirm")
    window_prompts.answer("ask_discard", True)
    dialog.reject()
