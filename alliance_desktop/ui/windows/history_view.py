"""A record's history from the audit trail: who, when, what, field, old → new (read-only)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QVBoxLayout, QWidget

from alliance_desktop.domain.errors import RefusedError
from alliance_desktop.domain.records import AuditEntry
from alliance_desktop.ui.formatting import (
    channel_text,
    country_text,
    date_text,
    datetime_text,
    kind_text,
    language_text,
    status_text,
)
from alliance_desktop.ui.widgets.text_table import TextTableModel, read_only_table

ARROW = " → "


def _tr(text: str) -> str:
    return QCoreApplication.translate("HistoryView", text)


def action_text(action: str) -> str:
    words = {
        "create": _tr("Created"),
        "update": _tr("Changed"),
        "delete": _tr("Deleted"),
        "restore": _tr("Restored"),
        "status": _tr("Status changed"),
        "import": _tr("Imported"),
        "export": _tr("Exported"),
        "erase": _tr("Personal data erased"),
        "certificate": _tr("Certificate issued"),
        "settings": _tr("Settings changed"),
        "backup-restore": _tr("Database restored from a backup"),
    }
    return words.get(action, action)


@cache
def _field_words() -> dict[str, str]:
    # The names the dialogs give these fields, so that the history reads like the form. Built
    # once (a long audit log asks for it per change); the translator is installed before.
    return {
        "name": _tr("Name"),
        "name_latin": _tr("Latin-script name"),
        "name_en": _tr("Name in English"),
        "name_fr": _tr("Name in French"),
        "kind": _tr("Kind"),
        "country_code": _tr("Country"),
        "population": _tr("Population"),
        "roma_population": _tr("Roma population"),
        "roma_population_note": _tr("Roma population note"),
        "website": _tr("Website"),
        "email": _tr("E-mail"),
        "phone": _tr("Phone"),
        "address": _tr("Address"),
        "notes": _tr("Notes"),
        "note": _tr("Note"),
        "authority_uid": _tr("Authority"),
        "joined_on": _tr("Joined on"),
        "participant_no": _tr("Participant no."),
        "status": _tr("Status"),
        "left_on": _tr("Left on"),
        "focal_point_uid": _tr("Focal point"),
        "signer_name": _tr("Signed by"),
        "signed_on": _tr("Signed on"),
        "signer_function": _tr("Function"),
        "place": _tr("Place or event"),
        "language": _tr("Language"),
        "certificate_no": _tr("Certificate no."),
        "applicant_name": _tr("Applicant"),
        "applicant_name_latin": _tr("Applicant's Latin-script name"),
        "applicant_kind": _tr("Kind"),
        "received_on": _tr("Received on"),
        "channel": _tr("Received by"),
        "contact_name": _tr("Contact's name"),
        "contact_function": _tr("Contact's function"),
        "contact_email": _tr("Contact's e-mail"),
        "contact_phone": _tr("Contact's phone"),
        "contact_language": _tr("Contact's language"),
        "commitment_letter": _tr("Commitment letter received"),
        "function": _tr("Function"),
        "carried_over": _tr("Carried over"),
    }


def field_text(field: str) -> str:
    """A field as the dialogs name it (``country_code`` → "Country"); a field they do not
    show reads as words (``decided_on`` → "decided on")."""
    return _field_words().get(field) or field.removesuffix("_uid").replace("_", " ")


def value_text(value: str | None, field: str = "") -> str:
    """A stored value as people read it: countries by name, dates as the lists show them,
    statuses, kinds, channels and languages in words, yes and no."""
    if value in (None, ""):
        return _tr("(empty)")
    text = str(value)
    if field == "country_code":
        return country_text(text)
    if field.endswith("_on"):
        try:
            return date_text(dt.date.fromisoformat(text))
        except ValueError:
            return text
    if text in ("yes", "no") and field == "commitment_letter":
        return _tr("yes") if text == "yes" else _tr("no")
    words = {
        "status": status_text,
        "kind": kind_text,
        "applicant_kind": kind_text,
        "channel": channel_text,
        "language": language_text,
        "contact_language": language_text,
    }.get(field)
    return words(text) if words is not None else text


def change_text(old: str | None, new: str | None, field: str = "") -> str:
    if field == "carried_over":
        # Not a change of the record: the entry came from the file a restore replaced.
        return _tr("from {file}, replaced by a restore").format(file=new or "?")
    if old is None and new is None:
        return _tr("(changed; the values are not kept)")
    if field.endswith("_uid"):
        # A link to another record: its identifier means nothing to a reader.
        if not old:
            return _tr("linked")
        if not new:
            return _tr("link removed")
        return _tr("linked to another record")
    return f"{value_text(old, field)}{ARROW}{value_text(new, field)}"


class HistoryModel(TextTableModel):
    """One row per changed field (an entry without fields gets one row of its own).

    Selectable to copy from, never editable: the audit trail cannot be changed here.
    """

    WHEN, WHO, WHAT, FIELD, CHANGE = range(5)

    def __init__(self, parent: Any = None) -> None:
        titles = (
            self.tr("When"),
            self.tr("Who"),
            self.tr("What"),
            self.tr("Field"),
            self.tr("Old → new"),
        )
        super().__init__(titles, parent, tooltips=True)
        self.entries: list[AuditEntry] = []

    @property
    def rows(self) -> list[tuple[str, ...]]:
        return self.texts

    def set_entries(self, entries: Sequence[AuditEntry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        rows: list[tuple[str, ...]] = []
        for entry in self.entries:
            when, who, what = datetime_text(entry.at), entry.user, action_text(entry.action)
            if not entry.changes:
                rows.append((when, who, what, "", ""))
            for change in entry.changes:
                rows.append(
                    (
                        when,
                        who,
                        what,
                        field_text(change.field),
                        change_text(change.old, change.new, change.field),
                    )
                )
        self.texts = rows
        self.endResetModel()


class HistoryView(QWidget):
    """Embed in a record dialog (e.g. as a "History" tab) and call ``load(uid, ...)``.

    ``load`` takes several uids so that a member's history shows its authority's changes too.
    Newest first. Read-only: there is no way to edit or delete audit entries.
    """

    def __init__(self, services: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.model = HistoryModel(self)
        self.view = read_only_table(
            self.model,
            self.tr("History of this record"),
            stretch=HistoryModel.CHANGE,
            selection=QAbstractItemView.SelectionMode.ExtendedSelection,
        )
        # Nothing elided: long values (notes) wrap and their rows grow to show them whole.
        self.view.setWordWrap(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = self.view.horizontalHeader()
        for column in (HistoryModel.WHEN, HistoryModel.WHO, HistoryModel.WHAT, HistoryModel.FIELD):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._rows_timer = QTimer(self)
        self._rows_timer.setSingleShot(True)
        self._rows_timer.setInterval(0)
        self._rows_timer.timeout.connect(self.view.resizeRowsToContents)
        # The header is still settling while it signals; measure the rows once it is done.
        header.sectionResized.connect(lambda *_args: self._rows_timer.start())
        self.empty_label = QLabel(self.tr("No history yet."))
        self.empty_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view, 1)
        self._show_empty(True)

    def load(self, *uids: str) -> None:
        """Show every audit entry about the records ``uids`` (none: clear)."""
        if not uids or self.services is None:
            self.set_entries([])
            return
        try:
            entries = self.services.audit.history(*uids)
        except RefusedError as exc:
            self.set_entries([])
            self.empty_label.setText(str(exc))
            return
        self.set_entries(sorted(entries, key=lambda e: (e.at, e.id), reverse=True))

    def set_entries(self, entries: Sequence[AuditEntry]) -> None:
        self.model.set_entries(entries)
        self.empty_label.setText(self.tr("No history yet."))
        self._show_empty(not entries)
        self.view.resizeRowsToContents()

    def _show_empty(self, empty: bool) -> None:
        self.empty_label.setVisible(empty)
        self.view.setVisible(not empty)
