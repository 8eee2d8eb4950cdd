"""File → Import… and File → Export…: the exchange windows opened from the main window."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from alliance_desktop.ui.actions.language_follower import LanguageFollower
from alliance_desktop.ui.actions.read_only_mode import mark_writing

if TYPE_CHECKING:  # loaded when first opened: they pull in the exchange (openpyxl, ReportLab)
    from alliance_desktop.ui.dialogs.export_dialog import ExportDialog
    from alliance_desktop.ui.dialogs.import_wizard.wizard import ImportWizard


class ExchangeActions(QObject):
    """Adds Import… and Export… to the window's File menu (above its end separator), and
    Export… to the toolbar of the list tabs.

    Export takes the current tab's rows as shown (filter, sort, visible columns); Import goes
    to the current tab's list, and every tab is read again after an import.
    """

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.import_action = QAction(window)
        self.import_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        mark_writing(self.import_action)
        self.export_action = QAction(window)
        self.export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        menu = window.file_menu
        menu.insertAction(window.file_menu_end, self.import_action)
        menu.insertAction(window.file_menu_end, self.export_action)
        self.retranslate_ui()
        LanguageFollower(window, self.retranslate_ui)
        window.add_list_action(self.export_action)
        self.import_action.triggered.connect(self.open_import)
        self.export_action.triggered.connect(self.open_export)
        self.dialog: ExportDialog | ImportWizard | None = None

    def retranslate_ui(self) -> None:
        self.import_action.setText(self.tr("&Import…"))
        self.export_action.setText(self.tr("&Export…"))
        self.export_action.setToolTip(self.tr("Export the list as shown (CSV, Excel or PDF)"))

    def _tab(self) -> Any:
        tab = self.window.current_record_tab()
        return tab if tab is not None else self.window.record_tab("members")

    def open_export(self) -> ExportDialog:
        from alliance_desktop.exchange import ListKind
        from alliance_desktop.ui.dialogs.export_dialog import ExportDialog

        tab = self._tab()
        dialog = ExportDialog(
            self.window.services,
            self.window.prompts,
            self.window.settings,
            ListKind(tab.name),
            query=tab.current_query(),
            visible_columns=tab.visible_columns(),
            shown=tab.shown_count(),
            total=tab.all_count(),
            parent=self.window,
        )
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_import(self) -> ImportWizard:
        from alliance_desktop.exchange import ListKind
        from alliance_desktop.ui.dialogs.import_wizard.wizard import ImportWizard

        tab = self._tab()
        wizard = ImportWizard(
            self.window.services,
            self.window.prompts,
            self.window.settings,
            ListKind(tab.name),
            parent=self.window,
        )
        wizard.imported.connect(self._on_wizard_imported)
        self.dialog = wizard
        wizard.open()
        return wizard

    def _on_wizard_imported(self, summary: Any) -> None:
        # The list imported changed, and with it the other tabs' figures and links.
        self.window.record_tabs[summary.kind.value].records_changed.emit()
        self.window.record_tab(summary.kind.value).reload()
        self.window.refresh()
