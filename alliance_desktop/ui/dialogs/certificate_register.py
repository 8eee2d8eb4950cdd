"""The register of a signature's certificates issued before, as the certificate dialog shows it."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QGroupBox, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from alliance_desktop.domain.certificate_issues import CertificateIssueRecord
from alliance_desktop.ui.language import Retranslating


class IssueRegisterBox(Retranslating, QGroupBox):
    """A table of issues: when, number, language, by whom and the file's SHA-256."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        layout.addWidget(self.tree)
        self._issues: list[CertificateIssueRecord] = []
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Issued before (register)"))
        self.tree.setHeaderLabels(
            [self.tr("Issued"), self.tr("Number"), self.tr("Language"), self.tr("By"), "SHA-256"]
        )
        self.tree.setAccessibleName(self.tr("Certificates issued before"))
        if self._issues:
            self.show_issues(self._issues)

    def _language_words(self, code: str) -> str:
        return {
            "en": self.tr("English"),
            "fr": self.tr("French"),
            "both": self.tr("English and French"),
        }.get(code, code)

    def show_issues(self, issues: Iterable[CertificateIssueRecord]) -> None:
        self._issues = list(issues)
        self.tree.clear()
        for issue in self._issues:
            when = issue.issued_at.astimezone().strftime("%Y-%m-%d %H:%M")
            item = QTreeWidgetItem(
                [
                    when,
                    issue.certificate_no,
                    self._language_words(issue.language),
                    issue.issued_by,
                    issue.sha256[:16],
                ]
            )
            item.setToolTip(4, issue.sha256)
            self.tree.addTopLevelItem(item)
        for column in range(self.tree.columnCount()):
            self.tree.resizeColumnToContents(column)
