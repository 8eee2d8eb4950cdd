"""Validation messages shown under each form field, keyed by the draft attribute they concern."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from alliance_desktop.domain.errors import FieldError
from alliance_desktop.domain.messages import Message

# Dark red stays readable on the light and dark palettes of the usual desktop styles.
MESSAGE_STYLE = "color: #c0142b;"


def label_text(label: str, *, required: bool = False) -> str:
    """A field's label as the form shows it: a required field's gets a star. A dialog that
    retranslates its labels sets them with this, as ``add_row`` did."""
    if not required:
        return label
    return QCoreApplication.translate("FieldMessages", "{label} *").format(label=label)


def sentence(message: Message | str) -> str:
    """Domain messages are lower-case phrases ("name is required"); show them as sentences."""
    if isinstance(message, Message):
        text = str(message)  # put into words in the language in use (domain.messages)
    else:
        text = QCoreApplication.translate("Validation", message)
    return text[:1].upper() + text[1:] if text else text


class FieldMessages:
    """Rows of a form whose fields can each show a message beneath them.

    Keys are draft attribute names, optionally with a prefix when one dialog edits several
    drafts (``authority.name``, ``focal.name``). A message for ``name`` goes to the first field
    whose key is ``name`` or ends with ``.name``.
    """

    def __init__(self) -> None:
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}

    def add_row(
        self,
        form: QFormLayout,
        label: str,
        widget: QWidget,
        key: str | None = None,
        *,
        required: bool = False,
    ) -> QLabel:
        """Add ``label`` and ``widget`` to ``form`` with a hidden message line under the widget."""
        label_widget = QLabel(label_text(label, required=required))
        label_widget.setBuddy(widget)
        if required:
            label_widget.setToolTip(QCoreApplication.translate("FieldMessages", "Required"))
            widget.setAccessibleDescription(QCoreApplication.translate("FieldMessages", "Required"))
        if not widget.accessibleName():
            widget.setAccessibleName(label.replace("&", ""))
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        message = QLabel()
        message.setStyleSheet(MESSAGE_STYLE)
        message.setWordWrap(True)
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        message.setAccessibleName(
            QCoreApplication.translate("FieldMessages", "Problem with {label}").format(
                label=label.replace("&", "")
            )
        )
        message.hide()
        column.addWidget(message)
        form.addRow(label_widget, cell)
        if key is not None:
            self._fields[key] = (widget, message)
        return label_widget

    def keys(self) -> list[str]:
        return list(self._fields)

    def widget(self, key: str) -> QWidget:
        return self._fields[key][0]

    def message(self, key: str) -> str:
        label = self._fields[key][1]
        return label.text() if not label.isHidden() else ""

    def resolve(self, field: str) -> str | None:
        """The key a domain field name maps to, or None when no field shows it."""
        if field in self._fields:
            return field
        for key in self._fields:
            if key.endswith("." + field):
                return key
        return None

    def clear(self) -> None:
        for _widget, label in self._fields.values():
            label.clear()
            label.hide()

    def show(self, errors: Iterable[FieldError]) -> tuple[QWidget | None, list[FieldError]]:
        """Show each error under its field; return the first bad field (in form order) and the
        errors no field could show."""
        shown: set[str] = set()
        leftover: list[FieldError] = []
        for error in errors:
            key = self.resolve(error.field)
            if key is None:
                leftover.append(error)
                continue
            label = self._fields[key][1]
            label.setText(sentence(error.message))
            label.show()
            shown.add(key)
        first = next((self._fields[k][0] for k in self._fields if k in shown), None)
        return first, leftover


def reveal_and_focus(widget: QWidget) -> None:
    """Bring the tab holding ``widget`` to the front, then give it the keyboard focus."""
    ancestor = widget.parentWidget()
    while ancestor is not None:
        if isinstance(ancestor, QTabWidget):
            for index in range(ancestor.count()):
                page = ancestor.widget(index)
                if page is not None and (page is widget or page.isAncestorOf(widget)):
                    ancestor.setCurrentIndex(index)
        ancestor = ancestor.parentWidget()
    widget.setFocus(Qt.FocusReason.OtherFocusReason)


def align_labels(*forms: QFormLayout) -> None:
    """Give the labels of forms stacked in one column the same width, so fields line up."""
    labels: list[QWidget] = []
    for form in forms:
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if label is not None:
                labels.append(label)
    if labels:
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)
