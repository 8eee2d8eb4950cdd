"""The main window's certificate actions: Signatories → Certificate…, Tools → settings."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from alliance_desktop.services.data_safety.opening import Services
from alliance_desktop.ui.actions.certificate_actions import install_certificate_actions
from alliance_desktop.ui.dialogs.certificate_dialog import CertificateDialog
from alliance_desktop.ui.dialogs.org_settings_dialog import OrgSettingsDialog
from alliance_desktop.ui.main_window import MainWindow
from alliance_desktop.ui.settings_keys import Settings

from ..fake_prompts import FakePrompts


@pytest.fixture
def window(
    qtbot: QtBot, ui_services: Services, window_prompts: FakePrompts, qsettings: QSettings
) -> Iterator[MainWindow]:
    win = MainWindow(ui_services, window_prompts, Settings(qsettings))
    qtbot.addWidget(win)
    install_certificate_actions(win)
    win.show()
    yield win
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, CertificateDialog | OrgSettingsDialog):
            widget.close()
    win.close()


def open_dialogs(kind: type) -> list[object]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def test_certificate_is_in_the_signatories_toolbar_only(window: MainWindow) -> None:
    action = window.findChild(type(window.toolbar.actions()[0]), "certificateAction")
    assert action is not None
    window.show_tab("signatories")
    assert action in window.toolbar.actions()
    window.show_tab("members")
    assert action not in window.toolbar.actions()


def test_certificate_for_the_selection(
    qtbot: QtBot, window: MainWindow, window_prompts: FakePrompts
) -> None:
    window.show_tab("signatories")
    tab = window.signatories_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() == 6)
    tab.view.selectRow(1)
    action = window.findChild(type(window.toolbar.actions()[0]), "certificateAction")
    action.trigger()  # type: ignore[union-attr]
    [dialog] = open_dialogs(CertificateDialog)
    assert isinstance(dialog, CertificateDialog)
    assert dialog.count == 1
    assert dialog.current_uid == tab.selected_uids()[0]
    assert window_prompts.calls("confirm") == []


def test_without_a_selection_everything_shown_after_asking(
    qtbot: QtBot, window: MainWindow, window_prompts: FakePrompts
) -> None:
    window.show_tab("signatories")
    tab = window.signatories_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() == 6)
    tab.view.clearSelection()
    action = window.findChild(type(window.toolbar.actions()[0]), "certificateAction")
    window_prompts.answer("confirm", False)
    action.trigger()  # type: ignore[union-attr]
    assert "all 6 signatories shown" in window_prompts.calls("confirm")[0][2]
    assert open_dialogs(CertificateDialog) == []
    window_prompts.answer("confirm", True)
    action.trigger()  # type: ignore[union-attr]
    [dialog] = open_dialogs(CertificateDialog)
    assert dialog.count == 6  # type: ignore[attr-defined]


def test_organisation_settings_from_the_tools_menu(window: MainWindow) -> None:
    assert window.tools_menu.menuAction().isVisible()
    [action] = [a for a in window.tools_menu.actions() if a.objectName() == "orgSettingsAction"]
    action.trigger()
    [dialog] = open_dialogs(OrgSettingsDialog)
    assert isinstance(dialog, OrgSettingsDialog)
