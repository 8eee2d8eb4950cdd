"""TemplateEditor (Tools → Templates…): the letter and e-mail templates, edited with a preview.

The list on the left holds every template (name, kind, language); the form on the right edits
the one chosen. Save is refused while the template has a problem (shown with its line);
*Restore default* puts a shipped template's text back; *New* and *Duplicate* make a user's own.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from alliance_desktop.domain.correspondence import (
    Audience,
    TemplateDraft,
    TemplateKind,
    TemplateRecord,
)
from alliance_desktop.ui.correspondence.template_form import TemplateForm
from alliance_desktop.ui.language import Retranslating
from alliance_desktop.ui.service_errors import guarded, read_or


class TemplateEditor(Retranslating, QDialog):
    """Edits the register's templates; ``preview_uids`` names a record per kind to preview."""

    def __init__(
        self,
        services: Any,
        prompts: Any,
        preview_uids: dict[Audience, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("templateEditor")
        self.services = services
        self.prompts = prompts
        self.records: list[TemplateRecord] = []
        self.current: TemplateRecord | None = None  # None: a new template being written
        self._changed = False
        self._build(preview_uids or {})
        self.retranslate_ui()
        self.reload()
        self.resize(1240, 760)

    def _build(self, preview_uids: dict[Audience, str]) -> None:
        self.list = QListWidget()
        self.list.setObjectName("templateList")
        self.list.setSpacing(2)
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        self.new_button, self.duplicate_button = QPushButton(), QPushButton()
        self.delete_button, self.restore_button = QPushButton(), QPushButton()
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.duplicate_button.clicked.connect(self._on_duplicate_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.list_label = QLabel()
        self.list_label.setBuddy(self.list)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list_label)
        left_layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.duplicate_button)
        left_layout.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.delete_button)
        row.addWidget(self.restore_button)
        left_layout.addLayout(row)
        self.form = TemplateForm(self.services, preview_uids)
        self.form.problems_changed.connect(self._on_form_problems_changed)
        self.form.edited.connect(self._on_form_edited)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.form)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([260, 980])
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Templates"))
        self.list_label.setText(self.tr("&Templates:"))
        self.new_button.setText(self.tr("&New"))
        self.duplicate_button.setText(self.tr("D&uplicate"))
        self.delete_button.setText(self.tr("De&lete"))
        self.restore_button.setText(self.tr("&Restore default"))
        self.restore_button.setToolTip(self.tr("Put back the text this template was shipped with"))
        for index in range(self.list.count()):
            item = self.list.item(index)
            item.setText(self._item_text(self.records[index]))

    def _item_text(self, record: TemplateRecord) -> str:
        kind = self.tr("Letter") if record.draft.kind is TemplateKind.LETTER else self.tr("E-mail")
        language = "EN" if record.draft.language == "en" else "FR"
        return f"{record.name}\n{kind} · {language}"

    # --- the list ------------------------------------------------------------------------

    def reload(self, select_uid: str | None = None) -> None:
        self.records = read_or(self, self.prompts, lambda: self.services.templates.list(), [])
        self.list.blockSignals(True)
        self.list.clear()
        for record in self.records:
            item = QListWidgetItem(self._item_text(record))
            item.setData(Qt.ItemDataRole.UserRole, record.uid)
            self.list.addItem(item)
        self.list.blockSignals(False)
        uids = [r.uid for r in self.records]
        wanted = select_uid if select_uid in uids else (uids[0] if uids else None)
        if wanted is not None:
            self.list.setCurrentRow(uids.index(wanted))
            self._show(self.records[uids.index(wanted)])

    def _show(self, record: TemplateRecord | None, draft: TemplateDraft | None = None) -> None:
        self.current = record
        self.form.load(draft or (record.draft if record else _blank()))
        self._changed = draft is not None
        self.restore_button.setEnabled(bool(record and record.default_key))
        self.delete_button.setEnabled(record is not None)
        self.duplicate_button.setEnabled(record is not None)

    def _may_leave(self) -> bool:
        return not self._changed or self.prompts.ask_discard(self)

    def _on_list_current_item_changed(self, item: QListWidgetItem | None, previous: Any) -> None:
        if item is None:
            return
        uid = item.data(Qt.ItemDataRole.UserRole)
        if self.current is not None and uid == self.current.uid:
            return
        if not self._may_leave():
            self.list.blockSignals(True)
            self.list.setCurrentItem(previous)
            self.list.blockSignals(False)
            return
        self._show(next(r for r in self.records if r.uid == uid))

    # --- buttons -------------------------------------------------------------------------

    def _on_new_button_clicked(self) -> None:
        if self._may_leave():
            self.list.clearSelection()
            self._show(None, _blank(self.tr("New template")))

    def _on_duplicate_button_clicked(self) -> None:
        if self.current is not None and self._may_leave():
            copy = dataclasses.replace(
                self.current.draft,
                name=self.tr("{name} (copy)").format(name=self.current.name),
            )
            self._show(None, copy)

    def _on_delete_button_clicked(self) -> None:
        record = self.current
        if record is None or not self.prompts.confirm(
            self,
            self.tr("Delete template"),
            self.tr("Delete the template “{name}” for everyone?").format(name=record.name),
        ):
            return
        if guarded(self, self.prompts, lambda: self.services.templates.delete(record.uid)):
            self._changed = False
            self.reload()

    def _on_restore_button_clicked(self) -> None:
        record = self.current
        if record is None:
            return
        restored: list[TemplateRecord] = []
        if guarded(
            self,
            self.prompts,
            lambda: restored.append(self.services.templates.restore_default(record.uid)),
        ):
            self._changed = False
            self.reload(restored[0].uid)

    def save(self) -> TemplateRecord | None:
        """Save the form (refused while it has a problem); the template saved, or None."""
        self.form.refresh()
        if self.form.problems:
            return None
        draft = self.form.draft()
        current = self.current
        saved: list[TemplateRecord] = []
        ok = guarded(
            self,
            self.prompts,
            lambda: saved.append(
                self.services.templates.save(
                    draft,
                    current.uid if current else None,
                    current.version if current else None,
                )
            ),
            self.tr("Templates"),
        )
        if not ok:
            return None
        self._changed = False
        self.reload(saved[0].uid)
        return saved[0]

    def _on_save_button_clicked(self) -> None:
        self.save()

    def _on_form_problems_changed(self, has_problems: bool) -> None:
        self.save_button.setEnabled(not has_problems)

    def _on_form_edited(self) -> None:
        self._changed = True

    def reject(self) -> None:
        if self._may_leave():
            super().reject()


def _blank(name: str = "") -> TemplateDraft:
    return TemplateDraft(
        name=name,
        kind=TemplateKind.LETTER,
        language="en",
        audience=Audience.MEMBER,
        body="{{ salutation }}\n\n\n",
    )
