"""The window words a database failure plainly: no SQL, no values, not the driver's text."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from alliance_desktop.services.data_safety.opening import open_database
from alliance_desktop.ui.dialogs.member_dialog import MemberDialog

from .dialog_support import add_member
from .fake_prompts import FakePrompts


def test_a_participant_number_taken_meanwhile_is_said_plainly_and_the_form_stays(
    qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    services = open_database(str(tmp_path / "race.sqlite"), create=True)
    prompts = FakePrompts()
    try:
        add_member(services, "Novi Sad", "RS")  # number 1; the next one is 2

        @event.listens_for(services.db.engine, "before_cursor_execute")
        def _meanwhile(_conn: Any, cursor: Any, statement: str, *_args: Any) -> None:
            # Another session takes number 2 between the dialog's check and its insert.
            if statement.lstrip().upper().startswith("INSERT INTO MEMBERSHIP"):
                cursor.connection.execute(
                    "UPDATE membership SET participant_no = 2 WHERE participant_no = 1"
                )

        dialog = MemberDialog(services, None, prompts)
        qtbot.addWidget(dialog)
        dialog.name.setText("Kraljevo")
        dialog.country.setEditText("RS")
        dialog.focal_name.setText("Jelena Marković")
        dialog.accept()

        assert dialog.result() != QDialog.DialogCode.Accepted
        (error,) = prompts.calls("error")
        assert error[2] == (
            "Someone else saved the same participant number at the same moment. Nothing was "
            "changed; save again to get a new one."
        )
        for leaked in ("INSERT", "UPDATE", "membership", "Kraljevo", "Jelena", "UNIQUE constraint"):
            assert leaked not in error[2] and leaked not in caplog.text
        assert dialog.name.text() == "Kraljevo" and dialog.focal_name.text() == "Jelena Marković"
        event.remove(services.db.engine, "before_cursor_execute", _meanwhile)
        with qtbot.waitSignal(dialog.record_saved):
            dialog.accept()  # saving again takes the next free number
        assert dialog.result() == QDialog.DialogCode.Accepted
    finally:
        services.db.dispose()
