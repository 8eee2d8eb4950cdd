"""What every record dialog shares: validation beside fields, save, conflicts, discard prompt."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from alliance_desktop.domain.errors import (
    Cancelled,
    ConflictError,
    FieldError,
    NotFoundError,
    RefusedError,
    ValidationError,
)
from alliance_desktop.domain.records import RecordMeta
from alliance_desktop.services.data_safety.opening import Services
from alliance_desktop.ui.correspondence.correspondence_view import show_correspondence
from alliance_desktop.ui.dialogs.database_wait import DatabaseWait
from alliance_desktop.ui.formatting import datetime_text
from alliance_desktop.ui.language import Retranslating
from alliance_desktop.ui.prompts import Prompts
from alliance_desktop.ui.undo.undo_history import recorded_save
from alliance_desktop.ui.undo.version_restore import restorable_history
from alliance_desktop.ui.widgets.field_messages import (
    MESSAGE_STYLE,
    FieldMessages,
    align_labels,
    reveal_and_focus,
    sentence,
)
from alliance_desktop.ui.windows.history_view import HistoryView, field_text


class ConflictBanner(Retranslating, QFrame):
    """A band at the top of a dialog: someone else changed or deleted the record."""

    reload_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#conflictBanner { background: #fff4ce; border: 1px solid #d9b100;"
            " border-radius: 3px; }"
            "#conflictBanner QLabel { color: #3b2f00; }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label, 1)
        self.reload_button = QPushButton()
        self.reload_button.clicked.connect(self.reload_requested)
        layout.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignTop)
        self._text: Callable[[], str] | None = None
        self.retranslate_ui()
        self.hide()

    def retranslate_ui(self) -> None:
        self.reload_button.setText(self.tr("&Reload"))
        self.reload_button.setToolTip(
            self.tr("Load the current version; the changes made in this window are lost")
        )
        if self._text is not None:
            text = self._text()
            self.label.setText(text)
            self.setAccessibleDescription(text)

    def show_message(self, text: Callable[[], str], *, can_reload: bool) -> None:
        """Show the message ``text()`` makes (made again when the language changes)."""
        self._text = text
        self.retranslate_ui()
        self.reload_button.setVisible(can_reload)
        self.show()


class RecordDialog(Retranslating, QDialog):
    """Base of the record dialogs. Subclasses build the form into ``self.body`` and implement
    ``load_record``, ``draft``, ``validate`` and ``save``; ``accept`` ties them together.
    ``uid`` None means a new record. ``record_saved(uid)`` is emitted after a successful save.

    Texts are set in ``retranslate_ui`` (subclasses extend it and call it once built), so a
    language switch puts the labels anew and leaves what the user typed alone.
    """

    record_saved = Signal(str)

    #: What the record is called in messages ("member", "signature"…); set by subclasses.
    record_word = "record"

    def __init__(
        self,
        services: Services,
        uid: str | None,
        prompts: Prompts,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.prompts = prompts
        self._uid = uid
        self._loaded: Any = None
        self._deleted = False
        self.messages = FieldMessages()
        self._field_labels: dict[QWidget, tuple[QLabel, bool]] = {}
        self._aligned_forms: tuple[QFormLayout, ...] = ()
        self.setSizeGripEnabled(True)

        outer = QVBoxLayout(self)
        self.banner = ConflictBanner(self)
        self.banner.reload_requested.connect(self._on_banner_reload_requested)
        outer.addWidget(self.banner)
        # A stored record gets a History tab beside its form; a new one shows the form alone
        # (the tab bar hides itself while there is a single page).
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.setTabBarAutoHide(True)
        details = QWidget()
        self.body = QVBoxLayout(details)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.pages.addTab(details, "")
        outer.addWidget(self.pages, 1)
        self.history_view: HistoryView | None = None
        self.general_message = QLabel()
        self.general_message.setStyleSheet(MESSAGE_STYLE)
        self.general_message.setWordWrap(True)
        self.general_message.hide()
        outer.addWidget(self.general_message)
        bottom = QHBoxLayout()
        self.required_note = QLabel()
        self.required_note.setEnabled(False)
        bottom.addWidget(self.required_note, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        bottom.addWidget(self.buttons)
        outer.addLayout(bottom)

    # --- texts ---------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """The texts every record dialog shares; subclasses add theirs and call this first."""
        self.pages.setTabText(0, self.tr("Details"))
        if self.history_view is not None:
            self.pages.setTabText(self.pages.indexOf(self.history_view), self.tr("History"))
        self.required_note.setText(self.tr("Fields marked * are required."))

    def add_field(
        self, form: QFormLayout, widget: QWidget, key: str | None = None, *, required: bool = False
    ) -> QLabel:
        """A form row whose label ``set_field_label`` words (in ``retranslate_ui``)."""
        label = self.messages.add_row(form, "", widget, key, required=required)
        self._field_labels[widget] = (label, required)
        return label

    def set_field_label(self, widget: QWidget, text: str, accessible_name: str = "") -> None:
        """Word the label of ``widget``'s row (``text`` may carry an accelerator, ``&``)."""
        label, required = self._field_labels[widget]
        plain = accessible_name or text.replace("&", "")
        label.setText(self.tr("{label} *").format(label=text) if required else text)
        if required:
            label.setToolTip(self.tr("Required"))
            widget.setAccessibleDescription(self.tr("Required"))
        widget.setAccessibleName(plain)
        cell = widget.parentWidget()
        layout = cell.layout() if cell is not None else None
        item = layout.itemAt(1) if layout is not None else None
        message = item.widget() if item is not None else None
        if isinstance(message, QLabel):
            message.setAccessibleName(self.tr("Problem with {label}").format(label=plain))

    def align_field_labels(self, *forms: QFormLayout) -> None:
        """Line up the labels of ``forms`` (again after each retranslation: widths change)."""
        if forms:
            self._aligned_forms = forms
        for label, _required in self._field_labels.values():
            label.setMinimumWidth(0)
        align_labels(*self._aligned_forms)

    # --- for subclasses ------------------------------------------------------------------

    def load_record(self, uid: str) -> None:
        """Fill the form from the stored record (and remember its versions)."""
        raise NotImplementedError

    def draft(self) -> Any:
        """The domain draft the form holds now."""
        raise NotImplementedError

    def validate(self, draft: Any) -> list[FieldError]:
        """The domain rules' complaints about ``draft`` (nothing is saved)."""
        raise NotImplementedError

    def save(self, draft: Any) -> str | None:
        """Hand the draft to the service; the saved record's uid, or None to stay open."""
        raise NotImplementedError

    def history_uids(self) -> tuple[str, ...]:
        """The records whose audit entries the History tab shows (a member adds its authority)."""
        return (self._uid,) if self._uid is not None else ()

    # --- history -------------------------------------------------------------------------

    def refresh_history(self) -> None:
        """Show (once the record is stored) and reload the History tab."""
        uids = self.history_uids()
        if not uids:
            return
        if self.history_view is None:
            self.history_view = restorable_history(self)  # with Unmerge and Restore
            self.pages.addTab(self.history_view, self.tr("History"))
        self.history_view.load(*uids)
        show_correspondence(self.pages, self.services, uids[0])

    # --- state ---------------------------------------------------------------------------

    @property
    def uid(self) -> str | None:
        return self._uid

    @property
    def is_new(self) -> bool:
        return self._uid is None

    def mark_loaded(self) -> None:
        """Take the form's current contents as the unchanged state."""
        self._loaded = self.draft()

    def is_changed(self) -> bool:
        return self._loaded is not None and self.draft() != self._loaded

    def start(self) -> None:
        """Load the record (or the defaults of a new one); subclasses call it last in __init__."""
        if self._uid is not None:
            self.load_record(self._uid)
        self.mark_loaded()
        self.refresh_history()
        self._show_if_deleted(opening=True)

    def loaded_meta(self) -> RecordMeta | None:
        """The loaded record's meta (subclasses keep the record in ``self._record``)."""
        record = getattr(self, "_record", None)
        return getattr(record, "meta", None)

    def _show_if_deleted(self, *, opening: bool = False) -> bool:
        meta = self.loaded_meta()
        if meta is None or meta.deleted_at is None or self._uid is None:
            return False
        if opening:
            self._deleted = True
            self.banner.show_message(
                lambda: self.tr(
                    "This record is in the Trash. Restore it from the Trash to change it."
                ),
                can_reload=False,
            )
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return True
        self.show_conflict(
            ConflictError(self.record_word, self._uid, self.windowTitle(), deleted=True)
        )
        return True

    # --- messages ------------------------------------------------------------------------

    def clear_errors(self) -> None:
        self.messages.clear()
        self.general_message.clear()
        self.general_message.hide()

    def show_errors(self, errors: list[FieldError] | tuple[FieldError, ...]) -> None:
        """Show each message beside its field and put the cursor in the first bad field."""
        first, leftover = self.messages.show(errors)
        if leftover:
            self.general_message.setText(
                "\n".join(
                    self.tr("{field}: {message}").format(
                        field=field_text(e.field.rsplit(".", 1)[-1]), message=sentence(e.message)
                    )
                    for e in leftover
                )
            )
            self.general_message.show()
        if first is not None:
            reveal_and_focus(first)

    def show_conflict(self, error: ConflictError | NotFoundError) -> None:
        """Say who changed what; offer Reload unless the record is gone."""
        deleted = isinstance(error, NotFoundError) or error.deleted
        self._deleted = deleted
        label = getattr(error, "label", "")
        by, at = getattr(error, "by", ""), getattr(error, "at", None)

        def text() -> str:
            if deleted:
                return self.tr(
                    "“{label}” was deleted by {who} since you opened it, so your changes "
                    "cannot be saved. It can be restored from the Trash."
                ).format(label=label or self.tr("This record"), who=self._who(by, at))
            return self.tr(
                "“{label}” was changed by {who} since you opened it, so your changes were not "
                "saved. Reload to see the current version (your changes here will be lost), or "
                "Cancel."
            ).format(label=label, who=self._who(by, at))

        self.banner.show_message(text, can_reload=not deleted)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not deleted)
        if deleted:
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setFocus()
        else:
            self.banner.reload_button.setFocus()

    def _who(self, by: str, at: dt.datetime | None) -> str:
        """The colleague a conflict names, as the audit trail has them."""
        if not by:
            return self.tr("someone else")
        if by == getattr(self.services.db, "user", None):
            who = self.tr("you (in another window or on another computer)")
        else:
            who = by
        if at is None:
            return who
        return self.tr("{who} at {time}").format(who=who, time=datetime_text(at))

    def reload(self) -> None:
        """Load the current version of the record into the form, dropping the edits."""
        if self._uid is None:
            return
        try:
            self.load_record(self._uid)
        except NotFoundError as exc:
            self.show_conflict(exc)
            return
        except RefusedError as exc:
            self.prompts.error(self, self.tr("Cannot reload"), str(exc))
            return
        self.mark_loaded()
        self.clear_errors()
        self.refresh_history()
        if self._show_if_deleted():
            return
        self._deleted = False
        self.banner.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)

    # --- Qt ------------------------------------------------------------------------------

    def save_now(self) -> str | None:
        """Validate and save what the form holds without closing; the uid, or None when
        refused (the messages are shown and the form keeps its contents)."""
        self.clear_errors()
        draft = self.draft()
        errors = self.validate(draft)
        if errors:
            self.show_errors(errors)
            return None
        try:
            with recorded_save(self.services, new=self._uid is None) as step:
                uid = self._save_waiting(draft)
                step.uid = uid or ""
        except Cancelled:  # the user stopped waiting for a busy database: nothing was saved
            return None
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return None
        except ConflictError as exc:
            self.show_conflict(exc)
            return None
        except NotFoundError as exc:
            if exc.uid == self._uid:
                self.show_conflict(exc)
            else:
                self.prompts.error(self, self.tr("Not saved"), str(exc))
            return None
        except RefusedError as exc:
            self.prompts.error(self, self.tr("Not saved"), str(exc))
            return None
        if uid is None:
            return None
        self._uid = uid
        self.mark_loaded()
        self.refresh_history()
        self.record_saved.emit(uid)
        return uid

    def _save_waiting(self, draft: Any) -> str | None:
        """``save(draft)``; while the database is busy the window stays alive and, after a
        moment, says so with Cancel (DatabaseWait) instead of freezing for the busy timeout."""
        db = getattr(self.services, "db", None)
        if db is None or not hasattr(db, "busy_waiter"):
            return self.save(draft)
        wait = DatabaseWait(self, db.location if db.is_sqlite else None)
        previous, db.busy_waiter = db.busy_waiter, wait.start
        try:
            return self.save(draft)
        finally:
            db.busy_waiter = previous
            wait.deleteLater()

    def accept(self) -> None:
        if self.save_now() is not None:
            super().accept()

    def reject(self) -> None:
        if self.is_changed() and not self.prompts.ask_discard(self):
            return
        super().reject()

    def _on_banner_reload_requested(self) -> None:
        self.reload()


def close_record_dialogs() -> bool:
    """Close every open record dialog, each asking "Discard changes?" when it has some.

    For the main window's closeEvent (quitting): False when the user kept one open.
    """
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, RecordDialog) and widget.isVisible() and not widget.close():
            return False
    return True
