"""FollowUpDialog: a follow-up's due date, what to do and who, checked before it is handed back."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from alliance_desktop.domain.follow_ups import MAX_WHAT_CHARS, FollowUpDraft
from alliance_desktop.ui.language import Retranslating
from alliance_desktop.ui.widgets.date_field import DateField

MESSAGE_STYLE = "color: #b3261e;"


class FollowUpDialog(Retranslating, QDialog):
    """Dumb: filled from a draft, hands back ``draft()`` once ``accept`` found it complete.
    ``users`` fill the Who box (anyone may be typed); ``note`` says why it is proposed."""

    def __init__(
        self,
        draft: FollowUpDraft,
        users: list[str],
        parent: QWidget | None = None,
        *,
        title: str = "",
        note: str = "",
    ) -> None:
        super().__init__(parent)
        self._title = title
        layout = QVBoxLayout(self)
        self.note_label = QLabel(note)
        self.note_label.setWordWrap(True)
        self.note_label.setVisible(bool(note))
        layout.addWidget(self.note_label)
        form = QFormLayout()
        self.due_field = DateField()
        self.due_field.set_value(draft.due_on)
        # Several lines shown (a proposed text is long), kept as one line of text.
        self.what_edit = QPlainTextEdit(draft.what)
        self.what_edit.setTabChangesFocus(True)
        self.what_edit.setMinimumWidth(460)
        lines = self.what_edit.fontMetrics().lineSpacing() * 3
        self.what_edit.setFixedHeight(lines + 2 * self.what_edit.frameWidth() + 12)
        self.who_box = QComboBox()
        self.who_box.setEditable(True)
        self.who_box.addItem("")
        self.who_box.addItems(sorted(set(users), key=str.casefold))
        self.who_box.setCurrentText(draft.assignee)
        self.due_label = QLabel()
        self.due_label.setBuddy(self.due_field.edit)
        self.what_label = QLabel()
        self.what_label.setBuddy(self.what_edit)
        self.who_label = QLabel()
        self.who_label.setBuddy(self.who_box)
        form.addRow(self.due_label, self.due_field)
        form.addRow(self.what_label, self.what_edit)
        form.addRow(self.who_label, self.who_box)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setStyleSheet(MESSAGE_STYLE)
        self.message.hide()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.what_edit.setFocus()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self._title or self.tr("Follow-up"))
        self.due_label.setText(self.tr("&Due on *"))
        self.due_field.setAccessibleName(self.tr("Due on"))
        self.what_label.setText(self.tr("&What to do *"))
        self.what_edit.setAccessibleName(self.tr("What to do"))
        self.what_edit.setPlaceholderText(self.tr("e.g. Ask again for the council's decision"))
        self.who_label.setText(self.tr("W&ho"))
        self.who_box.setAccessibleName(self.tr("Who"))
        self.who_box.setToolTip(self.tr("The colleague who will do it; empty: anyone"))

    def draft(self) -> FollowUpDraft:
        return FollowUpDraft(
            due_on=self.due_field.value() or dt.date.today(),
            what=" ".join(self.what_edit.toPlainText().split())[:MAX_WHAT_CHARS],
            assignee=self.who_box.currentText().strip(),
        )

    def accept(self) -> None:
        if not self.what_edit.toPlainText().strip():
            self.message.setText(self.tr("Say what is to be done."))
            self.message.show()
            self.what_edit.setFocus()
            return
        super().accept()
