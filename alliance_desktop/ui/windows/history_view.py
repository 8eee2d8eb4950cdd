"""A record's history from the audit trail: who, when, what, field, old → new (read-only)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from alliance_desktop.domain.errors import RefusedError
from alliance_desktop.domain.messages import current_language
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
from alliance_desktop.ui.language import Retranslating
from alliance_desktop.ui.widgets.text_table import TextTableModel, read_only_table
from alliance_desktop.ui.windows.unmerge_bar import UnmergeBar


def action_text(action: str) -> str:
    words = {
        "create": QCoreApplication.translate("HistoryView", "Created"),
        "update": QCoreApplication.translate("HistoryView", "Changed"),
        "delete": QCoreApplication.translate("HistoryView", "Deleted"),
        "restore": QCoreApplication.translate("HistoryView", "Restored"),
        "status": QCoreApplication.translate("HistoryView", "Status changed"),
        "import": QCoreApplication.translate("HistoryView", "Imported"),
        "export": QCoreApplication.translate("HistoryView", "Exported"),
        "erase": QCoreApplication.translate("HistoryView", "Personal data erased"),
        "certificate": QCoreApplication.translate("HistoryView", "Certificate issued"),
        "settings": QCoreApplication.translate("HistoryView", "Settings changed"),
        "backup-restore": QCoreApplication.translate(
            "HistoryView", "Database restored from a backup"
        ),
        "undo": QCoreApplication.translate("HistoryView", "Undone"),
        "redo": QCoreApplication.translate("HistoryView", "Redone"),
        "revert": QCoreApplication.translate("HistoryView", "Earlier version restored"),
        "undo-import": QCoreApplication.translate("HistoryView", "Import undone"),
        "merge": QCoreApplication.translate("HistoryView", "Merged"),
        "unmerge": QCoreApplication.translate("HistoryView", "Unmerged"),
        "not-duplicates": QCoreApplication.translate("HistoryView", "Marked as not duplicates"),
    }
    return words.get(action, action)


@lru_cache(maxsize=2)
def _field_words(_language: str) -> dict[str, str]:
    # The names the dialogs give these fields, so that the history reads like the form. Built
    # once per language (a long audit log asks for it per change).
    return {
        "name": QCoreApplication.translate("HistoryView", "Name"),
        "name_latin": QCoreApplication.translate("HistoryView", "Latin-script name"),
        "name_en": QCoreApplication.translate("HistoryView", "Name in English"),
        "name_fr": QCoreApplication.translate("HistoryView", "Name in French"),
        "kind": QCoreApplication.translate("HistoryView", "Kind"),
        "country_code": QCoreApplication.translate("HistoryView", "Country"),
        "population": QCoreApplication.translate("HistoryView", "Population"),
        "roma_population": QCoreApplication.translate("HistoryView", "Roma population"),
        "roma_population_note": QCoreApplication.translate("HistoryView", "Roma population note"),
        "website": QCoreApplication.translate("HistoryView", "Website"),
        "email": QCoreApplication.translate("HistoryView", "E-mail"),
        "phone": QCoreApplication.translate("HistoryView", "Phone"),
        "address": QCoreApplication.translate("HistoryView", "Address"),
        "notes": QCoreApplication.translate("HistoryView", "Notes"),
        "note": QCoreApplication.translate("HistoryView", "Note"),
        "authority_uid": QCoreApplication.translate("HistoryView", "Authority"),
        "joined_on": QCoreApplication.translate("HistoryView", "Joined on"),
        "participant_no": QCoreApplication.translate("HistoryView", "Participant no."),
        "status": QCoreApplication.translate("HistoryView", "Status"),
        "left_on": QCoreApplication.translate("HistoryView", "Left on"),
        "focal_point_uid": QCoreApplication.translate("HistoryView", "Focal point"),
        "signer_name": QCoreApplication.translate("HistoryView", "Signed by"),
        "signed_on": QCoreApplication.translate("HistoryView", "Signed on"),
        "signer_function": QCoreApplication.translate("HistoryView", "Function"),
        "place": QCoreApplication.translate("HistoryView", "Place or event"),
        "language": QCoreApplication.translate("HistoryView", "Language"),
        "certificate_no": QCoreApplication.translate("HistoryView", "Certificate no."),
        "applicant_name": QCoreApplication.translate("HistoryView", "Applicant"),
        "applicant_name_latin": QCoreApplication.translate(
            "HistoryView", "Applicant's Latin-script name"
        ),
        "applicant_kind": QCoreApplication.translate("HistoryView", "Kind"),
        "received_on": QCoreApplication.translate("HistoryView", "Received on"),
        "channel": QCoreApplication.translate("HistoryView", "Received by"),
        "contact_name": QCoreApplication.translate("HistoryView", "Contact's name"),
        "contact_function": QCoreApplication.translate("HistoryView", "Contact's function"),
        "contact_email": QCoreApplication.translate("HistoryView", "Contact's e-mail"),
        "contact_phone": QCoreApplication.translate("HistoryView", "Contact's phone"),
        "contact_language": QCoreApplication.translate("HistoryView", "Contact's language"),
        "commitment_letter": QCoreApplication.translate(
            "HistoryView", "Commitment letter received"
        ),
        "function": QCoreApplication.translate("HistoryView", "Function"),
        "carried_over": QCoreApplication.translate("HistoryView", "Carried over"),
        # What the audit entries of imports, exports, backups and settings record.
        "list": QCoreApplication.translate("HistoryView", "List"),
        "file": QCoreApplication.translate("HistoryView", "File"),
        "format": QCoreApplication.translate("HistoryView", "Format"),
        "rows": QCoreApplication.translate("HistoryView", "Rows"),
        "columns": QCoreApplication.translate("HistoryView", "Columns"),
        "selection": QCoreApplication.translate("HistoryView", "Selection"),
        "filter": QCoreApplication.translate("HistoryView", "Filter"),
        "records": QCoreApplication.translate("HistoryView", "Records"),
        "added": QCoreApplication.translate("HistoryView", "Added"),
        "linked": QCoreApplication.translate("HistoryView", "Linked"),
        "updated": QCoreApplication.translate("HistoryView", "Updated"),
        "skipped": QCoreApplication.translate("HistoryView", "Skipped"),
        "unchanged": QCoreApplication.translate("HistoryView", "Unchanged"),
        "backup": QCoreApplication.translate("HistoryView", "Backup"),
        "backup_made_at": QCoreApplication.translate("HistoryView", "Backup made at"),
        "entries_carried_over": QCoreApplication.translate("HistoryView", "Entries carried over"),
        "replaced_file_kept_as": QCoreApplication.translate("HistoryView", "Replaced file kept as"),
        "signatures": QCoreApplication.translate("HistoryView", "Signatures"),
        "logo": QCoreApplication.translate("HistoryView", "Logo"),
        "batch": QCoreApplication.translate("HistoryView", "Import no."),
        "removed": QCoreApplication.translate("HistoryView", "Removed"),
        "restored": QCoreApplication.translate("HistoryView", "Put back"),
        "restored_version": QCoreApplication.translate("HistoryView", "Version of"),
        # Merges of duplicates.
        "authority": QCoreApplication.translate("HistoryView", "Authority"),
        "merged_with": QCoreApplication.translate("HistoryView", "Merged with"),
        "merged_into": QCoreApplication.translate("HistoryView", "Merged into"),
        "removed_membership": QCoreApplication.translate(
            "HistoryView", "Membership removed (participant no.)"
        ),
        "not_duplicate_of": QCoreApplication.translate("HistoryView", "Not a duplicate of"),
    }


def field_text(field: str) -> str:
    """A field as the dialogs name it (``country_code`` → "Country"); a field they do not
    show reads as words (``decided_on`` → "decided on")."""
    return _field_words(current_language()).get(field) or field.removesuffix("_uid").replace(
        "_", " "
    )


def value_text(value: str | None, field: str = "") -> str:
    """A stored value as people read it: countries by name, dates as the lists show them,
    statuses, kinds, channels and languages in words, yes and no."""
    if value in (None, ""):
        return QCoreApplication.translate("HistoryView", "(empty)")
    text = str(value)
    if field == "country_code":
        return country_text(text)
    if field == "restored_version":
        try:
            return datetime_text(dt.datetime.fromisoformat(text))
        except ValueError:
            return text
    if field.endswith("_on"):
        try:
            return date_text(dt.date.fromisoformat(text))
        except ValueError:
            return text
    if text in ("yes", "no") and field == "commitment_letter":
        return (
            QCoreApplication.translate("HistoryView", "yes")
            if text == "yes"
            else QCoreApplication.translate("HistoryView", "no")
        )
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
        return QCoreApplication.translate(
            "HistoryView", "from {file}, replaced by a restore"
        ).format(file=new or "?")
    if old is None and new is None:
        return QCoreApplication.translate("HistoryView", "(changed; the values are not kept)")
    if field.endswith("_uid"):
        # A link to another record: its identifier means nothing to a reader.
        if not old:
            return QCoreApplication.translate("HistoryView", "linked")
        if not new:
            return QCoreApplication.translate("HistoryView", "link removed")
        return QCoreApplication.translate("HistoryView", "linked to another record")
    return QCoreApplication.translate("HistoryView", "{old} → {new}").format(
        old=value_text(old, field), new=value_text(new, field)
    )


class HistoryModel(TextTableModel):
    """One row per changed field (an entry without fields gets one row of its own).

    Selectable to copy from, never editable: the audit trail cannot be changed here.
    """

    WHEN, WHO, WHAT, FIELD, CHANGE = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(self.titles(), parent, tooltips=True)
        self.entries: list[AuditEntry] = []
        self.row_entries: list[AuditEntry] = []  # the entry each row shows a field of

    def titles(self) -> tuple[str, ...]:
        return (
            self.tr("When"),
            self.tr("Who"),
            self.tr("What"),
            self.tr("Field"),
            self.tr("Old → new"),
        )

    @property
    def rows(self) -> list[tuple[str, ...]]:
        return self.texts

    def set_entries(self, entries: Sequence[AuditEntry]) -> None:
        self.entries = list(entries)
        self.refill()

    def row_texts(self) -> list[tuple[str, ...]]:
        rows: list[tuple[str, ...]] = []
        self.row_entries = []
        for entry in self.entries:
            when, who, what = datetime_text(entry.at), entry.user, action_text(entry.action)
            self.row_entries += [entry] * max(1, len(entry.changes))
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
        return rows


class HistoryView(Retranslating, QWidget):
    """Embed in a record dialog (e.g. as a "History" tab) and call ``load(uid, ...)``.

    ``load`` takes several uids so that a member's history shows its authority's changes too.
    Newest first. Read-only: there is no way to edit or delete audit entries. With
    ``set_restorable(True)``, "Restore this version…" offers the values after the entry
    selected (``version_chosen(entry id)``; the dialog asks and saves).
    """

    version_chosen = Signal(int)

    def __init__(
        self,
        services: Any = None,
        prompts: Any = None,
        on_unmerged: Callable[[], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.model = HistoryModel(self)
        # With ``prompts``, a merge into the record shown can be taken back from here.
        self.unmerge_bar = UnmergeBar(services, prompts, self)
        self.unmerge_bar.unmerged.connect(lambda _entry: on_unmerged and on_unmerged())
        self.view = read_only_table(
            self.model,
            "",
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
        self.empty_label = QLabel()
        self._problem = ""  # why the history could not be read, if it could not
        self.empty_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.unmerge_bar)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view, 1)
        self.restore_button = QPushButton()
        self.restore_button.hide()
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.view.selectionModel().selectionChanged.connect(self._update_restore)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.restore_button)
        layout.addLayout(row)
        self._show_empty(True)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.view.setAccessibleName(self.tr("History of this record"))
        self.empty_label.setText(self._problem or self.tr("No history yet."))
        self.restore_button.setText(self.tr("Restore this version…"))
        self.restore_button.setToolTip(
            self.tr("Put back the values the record had after the change selected")
        )
        self.model.retranslate()
        self.view.resizeRowsToContents()

    def load(self, *uids: str) -> None:
        """Show every audit entry about the records ``uids`` (none: clear)."""
        self.unmerge_bar.load(*uids)
        if not uids or self.services is None:
            self.set_entries([])
            return
        try:
            entries = self.services.audit.history(*uids)
        except RefusedError as exc:
            self.set_entries([])
            self._problem = str(exc)
            self.empty_label.setText(self._problem)
            return
        self.set_entries(sorted(entries, key=lambda e: (e.at, e.id), reverse=True))

    def set_entries(self, entries: Sequence[AuditEntry]) -> None:
        self.model.set_entries(entries)
        self._problem = ""
        self.empty_label.setText(self.tr("No history yet."))
        self._show_empty(not entries)
        self.view.resizeRowsToContents()

    def set_restorable(self, restorable: bool) -> None:
        self.restore_button.setVisible(restorable)
        self._update_restore()

    def chosen_entry(self) -> AuditEntry | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < len(self.model.row_entries):
            return None
        return self.model.row_entries[rows[0].row()]

    def _update_restore(self, *_args: Any) -> None:
        entry = self.chosen_entry()
        self.restore_button.setEnabled(entry is not None and entry.action != "delete")

    def _on_restore_button_clicked(self) -> None:
        entry = self.chosen_entry()
        if entry is not None:
            self.version_chosen.emit(entry.id)

    def _show_empty(self, empty: bool) -> None:
        self.empty_label.setVisible(empty)
        self.view.setVisible(not empty)
