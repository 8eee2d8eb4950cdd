"""Questions and messages to the user, behind one interface so tests never open a modal box."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)


class Prompts:
    """The real prompts: Qt's message boxes and input dialogs."""

    def confirm(self, parent: QWidget | None, title: str, text: str, *, yes_text: str = "") -> bool:
        """Yes/No; with ``yes_text`` the buttons say what happens ("Open read-only", Cancel)."""
        if yes_text:
            box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
            yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            return box.clickedButton() is yes
        answer = QMessageBox.question(
            parent,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def ask_discard(self, parent: QWidget | None) -> bool:
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("Prompts", "Discard changes?"),
            QCoreApplication.translate(
                "Prompts", "You have changed this record. Discard your changes?"
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def ask_text(
        self, parent: QWidget | None, title: str, label: str, *, required: bool = True
    ) -> str | None:
        """The text typed, or None when cancelled; OK waits for a required text."""
        dialog = text_dialog(parent, title, label, required=required)
        if not dialog.exec():
            return None
        return dialog.textValue().strip()

    def ask_line(
        self, parent: QWidget | None, title: str, label: str, text: str = ""
    ) -> str | None:
        value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
        return value if ok else None

    def ask_password(
        self, parent: QWidget | None, title: str, text: str, *, offer_keep: bool
    ) -> tuple[str, bool] | None:
        """A password (never shown as typed) and whether to keep it in the system keyring
        (``offer_keep``: a keyring is there to keep it in); None when cancelled."""
        dialog = password_dialog(parent, title, text, offer_keep=offer_keep)
        if not dialog.exec():
            return None
        edit = dialog.findChild(QLineEdit, "passwordEdit")
        keep = dialog.findChild(QCheckBox, "keepPasswordCheck")
        assert edit is not None
        return edit.text(), bool(keep is not None and not keep.isHidden() and keep.isChecked())

    def choose(
        self, parent: QWidget | None, title: str, text: str, choices: list[str]
    ) -> int | None:
        """The index of the chosen item, or None when cancelled."""
        if not choices:
            return None
        item, ok = QInputDialog.getItem(parent, title, text, choices, 0, False)
        return choices.index(item) if ok else None

    def run_dialog(self, dialog: QDialog) -> bool:
        """Show one of our own small dialogs (a follow-up proposed) modally; True when the
        user accepted it. The caller reads what was entered from the dialog."""
        return dialog.exec() == QDialog.DialogCode.Accepted


def text_dialog(
    parent: QWidget | None, title: str, label: str, *, required: bool = True
) -> QInputDialog:
    """A multi-line text dialog; for a ``required`` text its OK button stays disabled while
    the text is blank (rather than a warning after OK)."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
    if required:
        buttons = dialog.findChild(QDialogButtonBox)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok) if buttons else None
        if ok is not None:

            def _on_dialog_text_value_changed(text: str) -> None:
                ok.setEnabled(bool(text.strip()))

            dialog.textValueChanged.connect(_on_dialog_text_value_changed)
            ok.setEnabled(False)
            ok.setToolTip(QCoreApplication.translate("Prompts", "Type the text first"))
    return dialog


def password_dialog(parent: QWidget | None, title: str, text: str, *, offer_keep: bool) -> QDialog:
    """The password question: a masked field, "keep it in the system keyring" when there is
    one (else a line saying it will be asked each time), OK and Cancel."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    label = QLabel(text)
    label.setWordWrap(True)
    edit = QLineEdit()
    edit.setObjectName("passwordEdit")
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(QCoreApplication.translate("Prompts", "Password"))
    label.setBuddy(edit)
    keep = QCheckBox(QCoreApplication.translate("Prompts", "&Keep it in the system keyring"))
    keep.setObjectName("keepPasswordCheck")
    keep.setToolTip(
        QCoreApplication.translate(
            "Prompts", "Saved by the operating system's keyring, never in a file of ours"
        )
    )
    note = QLabel(
        QCoreApplication.translate(
            "Prompts", "There is no system keyring here: the password will be asked each time."
        )
    )
    note.setWordWrap(True)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    for widget in (label, edit, keep, note, buttons):
        layout.addWidget(widget)
    keep.setVisible(offer_keep)
    note.setVisible(not offer_keep)
    dialog.resize(420, dialog.sizeHint().height())
    return dialog
