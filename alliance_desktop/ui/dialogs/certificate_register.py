"""The register of a signature's certificates issued before, as the certificate dialog shows it."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QGroupBox, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from alliance_desktop.domain.certificate_issues import CertificateIssueRecord


class IssueRegisterBox(QGroupBox):
    """A table of issues: when, number, language, by whom and the file's SHA-256."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Issued before (register)"), parent)
        layout = QVBoxLayout(self)
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels(
            [self.tr("Issued"), self.tr("Number"), self.tr("Language"), self.tr("By"), "SHA-256"]
        )
        self.tree.setAccessibleName(self.tr("Certificates issued before"))
        layout.addWidget(self.tree)

    def show_issues(self, issues: Iterable[CertificateIssueRecord]) -> None:
        self.tree.clear()
        for issue in issues:
            when = issue.issued_at.astimezone().strftime("%Y-%m-%d %H:%M")
            item = QTreeWidgetItem(
                [when, issue.certificate_no, issue.language, issue.issued_by, issue.sha256[:16]]
            )
            item.setToolTip(4, issue.sha256)
            self.tree.addTopLevelItem(item)
        for column in range(self.tree.columnCount()):
            self.tree.resizeColumnToContents(column)
