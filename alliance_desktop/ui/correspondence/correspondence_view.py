"""CorrespondenceView: a record dialog's *Correspondence* tab, the proof of what was sent.

One line per letter, e-mail, label or envelope run that included the record: when, who,
what, the template, the language, the file and the SHA-256 of the file or message (to show
that a file kept elsewhere is the one sent). Read-only.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from alliance_desktop.domain.correspondence import CorrespondenceEntry, RunKind
from alliance_desktop.domain.errors import RefusedError
from alliance_desktop.ui.formatting import datetime_text
from alliance_desktop.ui.language import Retranslating
from alliance_desktop.ui.widgets.text_table import TextTableModel, read_only_table

OBJECT_NAME = "correspondenceView"


def kind_text(kind: RunKind) -> str:
    words = {
        RunKind.LETTER: QCoreApplication.translate("CorrespondenceView", "Letter"),
        RunKind.EMAIL: QCoreApplication.translate("CorrespondenceView", "E-mail"),
        RunKind.LABEL: QCoreApplication.translate("CorrespondenceView", "Address label"),
        RunKind.ENVELOPE: QCoreApplication.translate("CorrespondenceView", "Envelope"),
    }
    return words[kind]


def language_text(code: str) -> str:
    if code == "fr":
        return QCoreApplication.translate("CorrespondenceView", "French")
    if code == "en":
        return QCoreApplication.translate("CorrespondenceView", "English")
    return code


class CorrespondenceModel(TextTableModel):
    """The log's lines as texts, newest first."""

    WHEN, WHO, KIND, TEMPLATE, LANGUAGE, FILE, SHA256 = range(7)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(self.titles(), parent, tooltips=True)
        self.entries: list[CorrespondenceEntry] = []

    def titles(self) -> tuple[str, ...]:
        return (
            self.tr("When"),
            self.tr("Who"),
            self.tr("What"),
            self.tr("Template"),
            self.tr("Language"),
            self.tr("File"),
            self.tr("SHA-256"),
        )

    def set_entries(self, entries: Sequence[CorrespondenceEntry]) -> None:
        self.entries = list(entries)
        self.refill()

    def row_texts(self) -> list[tuple[str, ...]]:
        return [
            (
                datetime_text(e.at),
                e.user,
                kind_text(e.kind),
                e.template,
                language_text(e.language),
                e.file_name or self.tr("(printed)"),
                e.sha256,
            )
            for e in self.entries
        ]


class CorrespondenceView(Retranslating, QWidget):
    """The Correspondence tab: ``load(uid)`` shows what was sent to that record."""

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(OBJECT_NAME)
        self.services = services
        self.uid = ""
        self.model = CorrespondenceModel(self)
        self.view = read_only_table(
            self.model,
            "",
            stretch=CorrespondenceModel.FILE,
            selection=QAbstractItemView.SelectionMode.ExtendedSelection,
        )
        header = self.view.horizontalHeader()
        for column in range(CorrespondenceModel.FILE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view, 1)
        self._problem = ""
        self.retranslate_ui()

    def tab_title(self) -> str:
        return self.tr("Correspondence")

    def retranslate_ui(self) -> None:
        self.view.setAccessibleName(self.tr("Letters and e-mails sent to this record"))
        self.empty_label.setText(self._problem or self.tr("Nothing has been sent yet."))
        self.model.retranslate()
        tabs = self.parentWidget().parentWidget() if self.parentWidget() else None
        if isinstance(tabs, QTabWidget) and tabs.indexOf(self) >= 0:
            tabs.setTabText(tabs.indexOf(self), self.tab_title())

    def load(self, uid: str) -> None:
        self.uid = uid
        self._problem = ""
        try:
            entries = self.services.correspondence.for_record(uid)
        except RefusedError as exc:
            entries = []
            self._problem = str(exc)
        self.model.set_entries(entries)
        self.empty_label.setText(self._problem or self.tr("Nothing has been sent yet."))
        self.empty_label.setVisible(not entries)


def show_correspondence(pages: QTabWidget, services: Any, uid: str) -> None:
    """Add (once) and reload the Correspondence tab of a record dialog's ``pages``."""
    if getattr(services, "correspondence", None) is None:
        return
    view = pages.findChild(CorrespondenceView, OBJECT_NAME)
    if view is None:
        view = CorrespondenceView(services)
        pages.addTab(view, view.tab_title())
    view.load(uid)
