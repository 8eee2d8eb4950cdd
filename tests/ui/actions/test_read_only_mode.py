"""A read-only database: every action of the assembled window that would write is disabled."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from alliance_desktop.app import build_main_window
from alliance_desktop.domain.errors import RefusedError
from alliance_desktop.services.data_safety.opening import Services, open_database
from alliance_desktop.ui.settings_keys import Settings
from tests.services.data_safety.test_opening_safety import Holder
from tests.ui.fake_prompts import FakePrompts

# Every action of the window that changes the open database.
WRITING = {
    "New…",
    "Edit…",
    "Delete",
    "Import…",
    "Accept…",
    "Decline…",
    "Request information…",
    "Withdraw…",
    "Undo",  # Edit → Undo / Redo: off in read-only mode
    "Redo",
    "Certificate…",
    "Organisation settings…",
    "Restore from backup…",
    "Labels and envelopes…",  # each run is recorded
    "Letters…",  # each run is logged on its records
    "E-mails…",
    "Templates…",
}
# Every action that only reads it (or works on another database, or on none).
READING = {
    "New Database…",
    "Open Database…",
    "Open Recent",
    "Export…",
    "Recent imports…",  # lists them; its Undo button follows read-only there
    "Back up now",  # a copy into the backups folder; the database itself is not written
    "Quit",
    "Edit",
    "File",
    "View",
    "Tools",
    "Help",
    "Find",
    "Preferences…",  # the window's language: changes no record
    "Refresh",
    "Columns",
    "Trash…",
    "Overview",
    "Members",
    "Signatories",
    "Applications",
    "Check database…",
    "Audit log…",
    "Find duplicates…",  # a list; its Merge and Not duplicates are off (tests/ui/duplicates)
    "Personal data…",  # opens the window; its Erase follows read-only there
    "About Alliance Desktop",
    "User guide",
    "Toolbar",
    "Follow-ups due…",
}


def _text(action: QAction) -> str:
    return action.text().replace("&", "")


def _window_over(services: Services, prompts: FakePrompts, qsettings: QSettings, qtbot: QtBot):  # type: ignore[no-untyped-def]
    window = build_main_window(services, prompts, Settings(qsettings))
    qtbot.addWidget(window)
    window.show()
    return window


def test_every_writing_action_is_disabled_on_a_read_only_database(
    qtbot: QtBot, ui_services: Services, window_prompts: FakePrompts, qsettings: QSettings
) -> None:
    path = Path(ui_services.db.location)
    read_only = open_database(str(path), create=False, read_only=True)
    window = _window_over(read_only, window_prompts, qsettings, qtbot)
    try:
        for tab in ("members", "signatories", "applications"):
            window.show_tab(tab)
            window.record_tab(tab).select_rows([0])
            actions = [a for a in window.findChildren(QAction) if _text(a)]
            texts = {_text(a) for a in actions}
            assert texts <= WRITING | READING, f"classify: {texts - WRITING - READING}"
            assert texts >= WRITING
            enabled_writers = {_text(a) for a in actions if a.isEnabled() and _text(a) in WRITING}
            assert enabled_writers == set(), tab
        trash = window.show_trash()
        assert trash is not None and not trash.restore_button.isEnabled()
        trash.close()
        # Enter or a double click would open the editing dialog: nothing opens.
        window.edit_record()
        window.members_tab.view.doubleClicked.emit(window.members_tab.model.index(0, 0))
        assert window.members_tab.dialog is None
    finally:
        window.close()
        read_only.db.dispose()


def test_writing_actions_come_back_when_a_writable_database_is_opened(
    qtbot: QtBot, ui_services: Services, window_prompts: FakePrompts, qsettings: QSettings
) -> None:
    path = Path(ui_services.db.location)
    read_only = open_database(str(path), create=False, read_only=True)
    ui_services.db.dispose()
    window = _window_over(read_only, window_prompts, qsettings, qtbot)
    try:
        assert window.open_database_at(str(path), create=False)
        assert not window.read_only
        window.show_tab("signatories")
        window.record_tab("signatories").select_rows([0])
        enabled = {_text(a) for a in window.findChildren(QAction) if a.isEnabled()}
        assert {"Import…", "Edit…", "Certificate…", "Restore from backup…"} <= enabled
        assert "Organisation settings…" in enabled
    finally:
        window.close()
        window.services.db.dispose()


def _backup_action(window: Any) -> QAction:
    [action] = [a for a in window.findChildren(QAction) if a.objectName() == "backupNowAction"]
    return action


def test_back_up_now_works_on_a_database_another_copy_writes(
    qtbot: QtBot, ui_services: Services, window_prompts: FakePrompts, qsettings: QSettings
) -> None:
    # Tried: the backup API reads a file another process writes (WAL) and the backups folder
    # can be written, so Back up now stays enabled there and makes a sound backup.
    path = Path(ui_services.db.location)
    ui_services.db.dispose()
    holder = Holder(path)  # another copy of the application, writing it
    try:
        services = open_database(str(path), create=False)
        assert services.db.read_only and "in use" in services.db.read_only_reason
        window = _window_over(services, window_prompts, qsettings, qtbot)
        try:
            action = _backup_action(window)
            assert action.isEnabled()
            action.trigger()
            assert window_prompts.calls("error") == []
            [(_m, _title, text)] = window_prompts.calls("info")
            backup = Path(text.split("\n", 1)[1])
            services.backups.check_backup(backup)  # a sound Alliance Desktop database
        finally:
            window.close()
            services.db.dispose()
    finally:
        holder.close()


def test_back_up_now_is_disabled_where_no_backup_can_be_written(
    qtbot: QtBot,
    ui_services: Services,
    window_prompts: FakePrompts,
    qsettings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = Path(ui_services.db.location)
    ui_services.db.dispose()
    real_access = os.access

    def access(target: str | os.PathLike[str], mode: int) -> bool:
        # A read-only folder (we run as root, whom chmod does not stop: the access test decides).
        if mode & os.W_OK and Path(target) in (path.parent, path.parent / "backups"):
            return False
        return real_access(target, mode)

    monkeypatch.setattr(os, "access", access)
    services = open_database(str(path), create=False)
    assert services.db.read_only
    window = _window_over(services, window_prompts, qsettings, qtbot)
    try:
        assert not _backup_action(window).isEnabled()
    finally:
        window.close()
        services.db.dispose()


def test_a_backups_folder_that_cannot_be_made_is_a_plain_refusal(
    ui_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(*_args: Any, **_kwargs: Any) -> None:
        raise PermissionError(13, "Permission denied", "/home/ana.kovac/backups")

    monkeypatch.setattr(Path, "mkdir", refused)
    with pytest.raises(RefusedError) as refusal:
        ui_services.backups.back_up_now()
    assert "permission was denied" in str(refusal.value)
    assert "ana.kovac" not in str(refusal.value)
