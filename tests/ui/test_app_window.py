"""The window as the application assembles it (app.build_main_window): every feature's menu
actions answer, with nothing but the window keeping their owners alive."""

from __future__ import annotations

import gc

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from alliance_desktop.app import build_main_window
from alliance_desktop.services.data_safety.opening import Services
from alliance_desktop.ui.settings_keys import Settings
from alliance_desktop.ui.windows.audit_log_window import AuditLogWindow
from alliance_desktop.ui.windows.retention_window import RetentionWindow
from tests.ui.fake_prompts import FakePrompts


def _action(window: object, name: str) -> QAction:
    action = window.findChild(QAction, name)  # type: ignore[attr-defined]
    assert action is not None, name
    return action


def test_file_and_tools_actions_answer_after_garbage_collection(
    qtbot: QtBot, ui_services: Services, window_prompts: FakePrompts, qsettings: QSettings
) -> None:
    window = build_main_window(ui_services, window_prompts, Settings(qsettings))
    qtbot.addWidget(window)
    gc.collect()  # what build_main_window's callers do not keep must not be needed

    _action(window, "auditLogAction").trigger()
    audit = window.findChild(AuditLogWindow)
    assert audit is not None and audit.isVisible()
    audit.close()

    _action(window, "personalDataReviewAction").trigger()
    review = window.findChild(RetentionWindow)
    assert review is not None and review.isVisible()
    review.close()

    _action(window, "backupNowAction").trigger()
    [(_, title, text)] = window_prompts.calls("info")
    assert title == "Back up now" and text.startswith("Backup written:")

    _action(window, "checkDatabaseAction").trigger()  # runs in the background
    qtbot.waitUntil(lambda: len(window_prompts.calls("info")) == 2, timeout=20_000)
    window.close()
