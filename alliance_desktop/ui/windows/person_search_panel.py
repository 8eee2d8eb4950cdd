"""The Personal data window's search: anyone by name or e-mail, one row per person (group)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from alliance_desktop.domain.errors import RefusedError
from alliance_desktop.domain.privacy import PersonGroup, PersonRole
from alliance_desktop.ui.formatting import number_text
from alliance_desktop.ui.language import Retranslating
from alliance_desktop.ui.widgets.text_table import TextTableModel, read_only_table

# Typing pauses this long (ms) before the search runs; Enter runs it at once.
SEARCH_DELAY_MS = 250


class PersonGroupModel(TextTableModel):
    """One row per person found: name (other spellings in the tooltip), e-mail, where they
    appear, and how many records an export or erase covers."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(self.titles(), parent, tooltips=True)
        self.groups: list[PersonGroup] = []

    def titles(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("E-mail"), self.tr("Appears as"), self.tr("Records"))

    def set_groups(self, groups: list[PersonGroup]) -> None:
        self.groups = list(groups)
        self.refill()

    def row_texts(self) -> list[tuple[str, ...]]:
        return [
            (
                " / ".join(g.names) if len(g.names) > 1 else g.name,
                g.email,
                "; ".join(self.role_text(r) for r in g.roles),
                number_text(g.size),
            )
            for g in self.groups
        ]

    def role_text(self, role: PersonRole) -> str:
        if role.role == "contact" and not role.where:
            return self.tr("contact, with no authority")
        words = {
            "focal point": self.tr("focal point of {where}"),
            "applicant contact": self.tr("contact for the application of {where}"),
            "signer": self.tr("signer for {where}"),
            "contact": self.tr("contact at {where}"),
        }
        return words.get(role.role, role.role + " {where}").format(where=role.where or "–")

    def row_uid(self, row: int) -> str | None:
        return self.groups[row].key


class PersonSearchPanel(Retranslating, QWidget):
    """A search box over ``services.privacy.find_people``; ``view`` lists what it found."""

    def __init__(self, window: Any) -> None:
        super().__init__()
        self.window = window
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.find_label = label = QLabel()
        label.setBuddy(self.search_edit)
        self.model = PersonGroupModel(self)
        self.view = read_only_table(self.model, "", stretch=2)
        for column, width in ((0, 200), (1, 200)):
            self.view.horizontalHeader().resizeSection(column, width)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary_label)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.search_edit.returnPressed.connect(self.refresh)
        self._found: int | None = None  # people found by the last search (None: no search)
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        """Texts in the language in use; what was typed, found and selected stays."""
        self.search_edit.setAccessibleName(self.tr("Name or e-mail"))
        self.search_edit.setPlaceholderText(
            self.tr("Name or e-mail of a focal point, contact or signer…")
        )
        self.find_label.setText(self.tr("&Find:"))
        self.view.setAccessibleName(self.tr("People found"))
        self.model.retranslate()
        self._show_summary()

    def refresh(self) -> None:
        self.timer.stop()
        text = self.search_edit.text().strip()
        try:
            groups = self.window.services.privacy.find_people(text) if text else []
        except RefusedError as exc:
            self.window.prompts.error(self.window, self.window.windowTitle(), str(exc))
            groups = []
        self.model.set_groups(groups)
        self._found = len(groups) if text else None
        self._show_summary()
        self.window.update_buttons()

    def _show_summary(self) -> None:
        if self._found is None:
            self.summary_label.setText(
                self.tr(
                    "Type a name or an e-mail address. Records sharing an e-mail address are "
                    "one person: exporting or erasing covers them all."
                )
            )
        elif not self._found:
            self.summary_label.setText(self.tr("Nobody found."))
        elif self._found == 1:
            self.summary_label.setText(self.tr("1 person found"))
        else:
            self.summary_label.setText(self.tr("%n people found", "", self._found))

    def selected(self) -> PersonGroup | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.groups[rows[0].row()] if rows else None

    def _on_search_edit_text_changed(self, _text: str) -> None:
        self.timer.start()
