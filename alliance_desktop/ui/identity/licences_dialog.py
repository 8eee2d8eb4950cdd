"""The licences of every component the application ships, from THIRD-PARTY-LICENSES."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from alliance_desktop import __licence__
from alliance_desktop.ui.identity.third_party import Component, bundled_components
from alliance_desktop.ui.language import Retranslating


class LicencesDialog(Retranslating, QDialog):
    """A list of components (name, version, licence) and the chosen one's licence text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The application's own licence first, then its components by name.
        self.components = sorted(
            bundled_components(), key=lambda c: (c.name != "Alliance Desktop", c.name.casefold())
        )
        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setColumnCount(3)
        for component in self.components:
            item = QTreeWidgetItem([component.name, component.version, component.licence])
            item.setData(0, Qt.ItemDataRole.UserRole, component)
            item.setToolTip(2, component.licence)
            self.list.addTopLevelItem(item)
        self.list.setColumnWidth(0, 170)
        self.list.setColumnWidth(1, 70)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(self.text)
        splitter.setSizes([420, 560])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(1000, 600)
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        self.retranslate_ui()
        if self.components:
            self.list.setCurrentItem(self.list.topLevelItem(0))

    def select(self, name: str) -> None:
        """Show the licence of the component called ``name``."""
        for row in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(row)
            if item.text(0) == name:
                self.list.setCurrentItem(item)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Licences"))
        if self.components:
            intro = self.tr(
                "Alliance Desktop is licensed under the European Union Public Licence "
                "({licence}). It ships the components below, each under its own licence."
            )
        else:
            intro = self.tr(
                "Alliance Desktop is licensed under the European Union Public Licence "
                "({licence}). The list of the components it ships is missing from this "
                "installation."
            )
        self.intro_label.setText(intro.format(licence=__licence__))
        self.list.setHeaderLabels([self.tr("Component"), self.tr("Version"), self.tr("Licence")])
        current = self.list.currentItem()
        if current is not None:
            self._show(current.data(0, Qt.ItemDataRole.UserRole))

    def _show(self, component: Component) -> None:
        lines = [
            f"{component.name} {component.version}",
            self.tr("Licence: {licence}").format(licence=component.licence),
        ]
        if component.homepage:
            lines.append(self.tr("Homepage: {url}").format(url=component.homepage))
        body = component.text or self.tr("This component ships no licence text of its own.")
        self.text.setPlainText("\n".join(lines) + "\n\n" + body)

    def _on_list_current_item_changed(
        self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None
    ) -> None:
        if current is not None:
            self._show(current.data(0, Qt.ItemDataRole.UserRole))
