"""Keyboard and accessibility of the record dialogs: tab order, names, closing on quit."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from alliance_desktop.services.data_safety.opening import Services
from alliance_desktop.ui.dialogs.application_dialog import ApplicationDialog
from alliance_desktop.ui.dialogs.member_dialog import MemberDialog
from alliance_desktop.ui.dialogs.record_dialog import close_record_dialogs
from alliance_desktop.ui.dialogs.signature_dialog import SignatureDialog

from ..dialog_support import add_member, prompts_fixture, services_fixture  # noqa: F401
from ..fake_prompts import FakePrompts

DIALOGS = (MemberDialog, SignatureDialog, ApplicationDialog)
INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTableWidget)


def _inner(widget: QWidget) -> bool:
    """Line edits inside combo and spin boxes, and Qt's own calendar parts, belong to those."""
    parent = widget.parentWidget()
    return isinstance(parent, QComboBox | QAbstractSpinBox) or widget.objectName().startswith("qt_")


def test_every_control_has_an_accessible_name(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    for cls in DIALOGS:
        dialog = cls(services, None, prompts)
        qtbot.addWidget(dialog)
        unnamed = [
            w.objectName() or type(w).__name__
            for w in dialog.findChildren(QWidget)
            if isinstance(w, INPUTS) and not _inner(w) and not w.accessibleName()
        ]
        assert unnamed == [], cls.__name__
        for box in dialog.findChildren(QCheckBox):
            assert box.text()


def test_member_dialog_tab_order_follows_the_form(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    dialog = MemberDialog(services, None, prompts)
    qtbot.addWidget(dialog)
    expected = [
        dialog.name,
        dialog.name_latin,
        dialog.name_en,
        dialog.name_fr,
        dialog.kind,
        dialog.country,
        dialog.population,
        dialog.roma_population,
        dialog.roma_population_note,
        dialog.website,
        dialog.email,
        dialog.phone,
        dialog.address,
        dialog.authority_notes,
        dialog.participant_no,
        dialog.joined_on.edit,
        dialog.status,
        dialog.left_on.edit,
    ]
    order: list[QWidget] = []
    widget: QWidget = dialog.name
    while len(order) < len(expected):
        order.append(widget)
        widget = widget.nextInFocusChain()
        while (
            not (widget.focusPolicy().value & 0x1)
            or _inner(widget)
            or not isinstance(widget, INPUTS)
        ):
            widget = widget.nextInFocusChain()
    assert order == expected


def test_quitting_asks_each_changed_dialog(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    member = add_member(services)
    untouched = MemberDialog(services, member.uid, prompts)
    changed = MemberDialog(services, member.uid, prompts)
    for dialog in (untouched, changed):
        qtbot.addWidget(dialog)
        dialog.show()
    changed.phone.setText("+48 1")
    prompts.answer("ask_discard", False)
    assert not close_record_dialogs()
    assert changed.isVisible()
    assert len(prompts.calls("ask_discard")) == 1
    prompts.answer("ask_discard", True)
    assert close_record_dialogs()
    assert not changed.isVisible() and not untouched.isVisible()
