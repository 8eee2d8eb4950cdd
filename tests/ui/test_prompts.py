"""The real prompts' text dialog: a required reason cannot be left blank."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from alliance_desktop.ui.prompts import text_dialog


def _ok_and_editor(dialog: QInputDialog) -> tuple[QPushButton, QPlainTextEdit]:
    buttons = dialog.findChild(QDialogButtonBox)
    editor = dialog.findChild(QPlainTextEdit)
    assert buttons is not None and editor is not None
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None
    return ok, editor


def test_a_required_text_enables_ok_only_once_something_is_typed(qtbot: QtBot) -> None:
    dialog = text_dialog(None, "Decline", "Why is the application declined?")
    qtbot.addWidget(dialog)
    dialog.show()  # not exec(): no modal loop
    ok, editor = _ok_and_editor(dialog)
    assert not ok.isEnabled()
    qtbot.keyClicks(editor, "   ")
    assert not ok.isEnabled()
    qtbot.keyClicks(editor, "Not a local authority")
    assert ok.isEnabled()
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    assert not ok.isEnabled()


def test_an_optional_text_may_be_left_blank(qtbot: QtBot) -> None:
    dialog = text_dialog(None, "Note", "A note (optional)", required=False)
    qtbot.addWidget(dialog)
    dialog.show()
    ok, _editor = _ok_and_editor(dialog)
    assert ok.isEnabled()
