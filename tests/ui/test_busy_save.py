"""A save while another program holds the write lock waits, fails plainly, keeps the form."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from alliance_desktop.db.engine import sqlite_path
from alliance_desktop.services.data_safety.opening import open_database
from alliance_desktop.ui.dialogs.member_dialog import MemberDialog

from .fake_prompts import FakePrompts


def test_busy_database_keeps_the_dialogs_contents(qtbot: QtBot, tmp_path: Path) -> None:
    services = open_database(str(tmp_path / "busy.sqlite"), create=True, busy_timeout_ms=300)
    prompts = FakePrompts()
    other = sqlite3.connect(sqlite_path(services.db.url), isolation_level=None)  # type: ignore[arg-type]
    try:
        dialog = MemberDialog(services, None, prompts)
        qtbot.addWidget(dialog)
        dialog.name.setText("Kraljevo")
        dialog.country.setEditText("RS")
        dialog.focal_name.setText("Jelena Marković")
        other.execute("BEGIN IMMEDIATE")  # another program is writing
        dialog.accept()
        assert dialog.result() != QDialog.DialogCode.Accepted
        errors = prompts.calls("error")
        assert len(errors) == 1 and "busy" in errors[0][2] and "Traceback" not in errors[0][2]
        assert dialog.name.text() == "Kraljevo" and dialog.focal_name.text() == "Jelena Marković"
        assert services.members.list().total == 0
        other.execute("ROLLBACK")  # the other program is done: the same form now saves
        with qtbot.waitSignal(dialog.record_saved):
            dialog.accept()
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert [r.name for r in services.members.list().rows] == ["Kraljevo"]
    finally:
        other.close()
        services.db.dispose()
