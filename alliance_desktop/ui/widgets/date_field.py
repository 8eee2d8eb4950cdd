"""Date fields with a calendar; optional ones can be left empty."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QToolButton, QWidget

from alliance_desktop.ui.formatting import date_format, user_locale
from alliance_desktop.ui.language import Retranslating

# Shown as empty: the earliest date the field allows is reserved to mean "no date".
_EMPTY = QDate(1900, 1, 1)


class _DateEdit(QDateEdit):
    """A QDateEdit whose arrows start from today when it is empty."""

    def __init__(self, optional: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.optional = optional

    def stepBy(self, steps: int) -> None:
        if self.optional and self.date() == self.minimumDate():
            self.setDate(QDate.currentDate())
            return
        super().stepBy(steps)


class DateField(Retranslating, QWidget):
    """A date with a calendar popup; ``optional`` adds an empty state and a Clear button.
    Shown in the user's date format, which follows a change of language."""

    changed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        optional: bool = False,
        minimum: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self._optional = optional
        self.edit = _DateEdit(optional, self)
        self.edit.setCalendarPopup(True)
        self.edit.setMaximumDate(QDate(2100, 12, 31))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.edit, 1)
        self.clear_button: QToolButton | None = None
        if optional:
            self.edit.setMinimumDate(_EMPTY)
            self.clear_button = QToolButton(self)
            self.clear_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            self.clear_button.clicked.connect(self._on_clear_button_clicked)
            layout.addWidget(self.clear_button)
            self.edit.calendarWidget().installEventFilter(self)
        elif minimum is not None:
            self.edit.setMinimumDate(QDate(minimum.year, minimum.month, minimum.day))
        self.edit.dateChanged.connect(self._on_edit_date_changed)
        self.setFocusProxy(self.edit)
        self.retranslate_ui()
        self.set_value(None if optional else dt.date.today())

    def retranslate_ui(self) -> None:
        # The date stays; only the way it reads changes (4 Dec 2026 / 04/12/2026).
        self.edit.setLocale(user_locale())
        self.edit.setDisplayFormat(date_format())
        if self.clear_button is not None:
            self.edit.setSpecialValueText(self.tr("none"))
            self.clear_button.setText(self.tr("Clear"))
            self.clear_button.setToolTip(self.tr("Leave the date empty"))
            self.clear_button.setAccessibleName(self.tr("Clear the date"))

    def value(self) -> dt.date | None:
        date = self.edit.date()
        if self._optional and date == self.edit.minimumDate():
            return None
        return dt.date(date.year(), date.month(), date.day())

    def set_value(self, value: dt.date | None) -> None:
        if value is None:
            if not self._optional:
                raise ValueError("this date field cannot be empty")
            self.edit.setDate(self.edit.minimumDate())
        else:
            self.edit.setDate(QDate(value.year, value.month, value.day))

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # An empty date's calendar would open in 1900: show the current month instead.
        if event.type() == QEvent.Type.Show and self.value() is None:
            today = QDate.currentDate()
            self.edit.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    def _on_clear_button_clicked(self) -> None:
        self.set_value(None)

    def _on_edit_date_changed(self, _date: QDate) -> None:
        self.changed.emit()
