"""Edit → Undo and Edit → Redo: named after the action they take back, over the window's history."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from alliance_desktop.ui.actions.language_follower import LanguageFollower
from alliance_desktop.ui.service_errors import guarded
from alliance_desktop.ui.undo.undo_history import UndoHistory

if TYPE_CHECKING:  # loaded when first shown: it brings the exchange (openpyxl)
    from alliance_desktop.ui.undo.recent_imports_window import RecentImportsWindow


class UndoActions(QObject):
    """Puts Undo and Redo at the top of the window's Edit menu.

    Shortcuts: Ctrl+Z, and Ctrl+Shift+Z or Ctrl+Y (the platform's standard keys first). They
    are window shortcuts: a text field with the focus keeps Ctrl+Z for its own text (Qt offers
    the key to the focused widget first, as a ShortcutOverride, and QLineEdit takes its undo
    and redo keys), and a record dialog is a window of its own.
    """

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.history = UndoHistory(window.services, window.prompts, window)
        self.undo_action = QAction(window)
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = QAction(window)
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        for extra in ("Ctrl+Shift+Z", "Ctrl+Y"):
            if QKeySequence(extra) not in redo_keys:
                redo_keys.append(QKeySequence(extra))
        self.redo_action.setShortcuts(redo_keys)
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        menu = window.edit_menu
        first = menu.actions()[0] if menu.actions() else None
        menu.insertAction(first, self.undo_action)
        menu.insertAction(first, self.redo_action)
        menu.insertSeparator(first)
        self.imports_action = QAction(window)
        window.file_menu.insertAction(window.file_menu_end, self.imports_action)
        self.imports_action.triggered.connect(self.show_recent_imports)
        self.imports_window: RecentImportsWindow | None = None
        self.undo_action.triggered.connect(self.history.undo)
        self.redo_action.triggered.connect(self.history.redo)
        stack = self.history.stack
        stack.indexChanged.connect(self._update)
        stack.cleanChanged.connect(self._update)
        self.history.applied.connect(self._on_history_applied)
        self.retranslate_ui()
        LanguageFollower(window, self.retranslate_ui)

    def set_services(self, services: Any) -> None:
        """Another database was opened: its history starts empty."""
        self.history.set_services(services)
        imports = self.imports_window
        if imports is not None:
            guarded(self.window, self.window.prompts, lambda: imports.set_services(services))
        self._update()

    def retranslate_ui(self) -> None:
        self.imports_action.setText(self.tr("Recent i&mports…"))
        self.history.retranslate()
        self._update()

    def show_recent_imports(self) -> RecentImportsWindow | None:
        from alliance_desktop.ui.undo.recent_imports_window import RecentImportsWindow

        window = self.window
        if self.imports_window is None:
            made: list[RecentImportsWindow] = []

            def work() -> None:
                made.append(RecentImportsWindow(window.services, window.prompts, window))

            if not guarded(window, window.prompts, work):
                return None
            self.imports_window = made[0]
            self.imports_window.import_undone.connect(lambda: window.refresh_after_undo([]))
        else:
            guarded(window, window.prompts, self.imports_window.refresh)
        self.imports_window.show()
        self.imports_window.raise_()
        self.imports_window.activateWindow()
        return self.imports_window

    def _update(self) -> None:
        stack = self.history.stack
        writable = not self.history.read_only
        undo_text, redo_text = stack.undoText(), stack.redoText()
        self.undo_action.setText(
            self.tr("&Undo {action}").format(action=undo_text.replace("&", "&&"))
            if undo_text
            else self.tr("&Undo")
        )
        self.redo_action.setText(
            self.tr("&Redo {action}").format(action=redo_text.replace("&", "&&"))
            if redo_text
            else self.tr("&Redo")
        )
        self.undo_action.setEnabled(writable and stack.canUndo())
        self.redo_action.setEnabled(writable and stack.canRedo())

    def _on_history_applied(self, uids: list[str]) -> None:
        """Every list shows the records as they are now; the current one selects the record."""
        self._update()
        self.window.refresh_after_undo(uids)
