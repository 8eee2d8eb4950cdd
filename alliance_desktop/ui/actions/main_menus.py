"""The main window's menus, toolbar and table context menu, and the commands they run."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar, QWidget

from alliance_desktop.ui.actions.read_only_mode import follow_read_only
from alliance_desktop.ui.preferences import PreferencesDialog
from alliance_desktop.ui.tabs.record_tab import RecordTab

if TYPE_CHECKING:
    from alliance_desktop.ui.identity.about_dialog import AboutDialog

StandardKey = QKeySequence.StandardKey


class MainMenus:
    """Builds the main window's actions, menus and toolbar and keeps them in step with the
    current tab; mixed into ``MainWindow``, whose tabs, services, prompts and database
    commands (``open_database_at``, ``show_trash``, ``_guarded``) it uses."""

    def _create_toolbar(self) -> None:
        self.toolbar = QToolBar(self.tr("Toolbar"))
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(self.toolbar)

    def _attach_table_menu(self, tab: RecordTab) -> None:
        """Enter, Del and the right-click menu on ``tab``'s table."""
        tab.view.addAction(self.edit_action)
        tab.view.addAction(self.delete_action)
        tab.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tab.view.customContextMenuRequested.connect(
            lambda pos, t=tab: self._on_view_context_menu(t, pos)
        )

    def _action(
        self, slot: Any, shortcut: QKeySequence | StandardKey | str | None = None
    ) -> QAction:
        action = QAction(self)  # its text: _retranslate_menus
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _create_actions(self) -> None:
        self.new_database_action = self._action(self.new_database)
        self.open_database_action = self._action(self.open_database, StandardKey.Open)
        self.quit_action = self._action(self.close, StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        if self.quit_action.shortcut().isEmpty():  # Windows has no standard Quit key
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.new_action = self._action(self.new_record, StandardKey.New)
        self.edit_action = self._action(self.edit_record, "Return")
        # Enter and Del act on the table only, never while typing in the search box.
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action = self._action(self.delete_records, StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.find_action = self._action(self.focus_search, StandardKey.Find)
        self.preferences_action = self._action(self.show_preferences, StandardKey.Preferences)
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        if self.preferences_action.shortcut().isEmpty():  # Linux and Windows have none
            self.preferences_action.setShortcut(QKeySequence("Ctrl+,"))
        self.refresh_action = self._action(self.refresh, StandardKey.Refresh)
        self.trash_action = self._action(self.show_trash, "Ctrl+Shift+T")
        self.guide_action = self._action(self.show_guide, StandardKey.HelpContents)
        self.guide_action.setObjectName("userGuideAction")
        if self.guide_action.shortcut().isEmpty():
            self.guide_action.setShortcut(QKeySequence("F1"))
        self.about_action = self._action(self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.tab_actions: list[QAction] = []
        for number in range(4):
            action = self._action(
                lambda n=number: self.tabs.setCurrentIndex(n), f"Ctrl+{number + 1}"
            )
            self.tab_actions.append(action)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.new_database_action)
        self.file_menu.addAction(self.open_database_action)
        self.recent_menu = self.file_menu.addMenu("")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu.addSeparator()
        self.file_menu_end = self.file_menu.addSeparator()  # exports go above this line
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.new_action)
        self.edit_menu.addAction(self.edit_action)
        self.edit_menu.addAction(self.delete_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.preferences_action)
        # The current tab's own actions (Accept…, Certificate…) follow, for keyboard users.
        self._edit_menu_extras: list[QAction] = []
        self._list_actions: list[QAction] = []

        self.view_menu = bar.addMenu("")
        for action in self.tab_actions:
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.columns_menu = self.view_menu.addMenu("")
        self.columns_menu.aboutToShow.connect(self._fill_columns_menu)
        self.view_menu.addAction(self.refresh_action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.trash_action)

        self.tools_menu = bar.addMenu("")
        self.tools_menu.menuAction().setVisible(False)

        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.guide_action)
        self.help_menu.addAction(self.about_action)
        self._retranslate_menus()

    def _retranslate_menus(self) -> None:
        """Every text of the menus and their actions, in the language in use."""
        self.file_menu.setTitle(self.tr("&File"))
        self.new_database_action.setText(self.tr("&New Database…"))
        self.open_database_action.setText(self.tr("&Open Database…"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.quit_action.setText(self.tr("&Quit"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.new_action.setText(self.tr("&New…"))
        self.edit_action.setText(self.tr("&Edit…"))
        self.delete_action.setText(self.tr("&Delete"))
        self.find_action.setText(self.tr("&Find"))
        self.preferences_action.setText(self.tr("&Preferences…"))
        self.view_menu.setTitle(self.tr("&View"))
        for action, tab in zip(self.tab_actions, self._tab_widgets(), strict=True):
            action.setText(self.tabs.tabText(self.tabs.indexOf(tab)).replace("&", ""))
        self.columns_menu.setTitle(self.tr("&Columns"))
        self.refresh_action.setText(self.tr("&Refresh"))
        self.trash_action.setText(self.tr("&Trash…"))
        self.tools_menu.setTitle(self.tr("&Tools"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.guide_action.setText(self.tr("User &guide"))
        self.about_action.setText(self.tr("&About Alliance Desktop"))
        if hasattr(self, "toolbar"):
            self.toolbar.setWindowTitle(self.tr("Toolbar"))

    def _tab_widgets(self) -> list[QWidget]:
        return [self.overview, *self.record_tabs.values()]

    def add_tab_action(self, tab: str, action: QAction, *, menu: QMenu | None = None) -> None:
        """Show ``action`` in the toolbar while ``tab`` is current (and in ``menu``)."""
        self.record_tabs[tab].extra_actions.append(action)
        if menu is not None:
            menu.addAction(action)
        self._rebuild_toolbar()

    def add_list_action(self, action: QAction) -> None:
        """Show ``action`` in the toolbar whenever a list tab is current (after its own)."""
        self._list_actions.append(action)
        self._rebuild_toolbar()

    def add_tool_action(self, action: QAction) -> None:
        self.tools_menu.addAction(action)
        self.tools_menu.menuAction().setVisible(True)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_databases()
        for number, location in enumerate(recent, start=1):
            prefix = f"&{number} " if number < 10 else ""
            action = self.recent_menu.addAction(prefix + location.replace("&", "&&"))
            action.triggered.connect(
                lambda _checked=False, loc=location: self.open_database_at(loc, create=False)
            )
        if not recent:
            action = self.recent_menu.addAction(self.tr("No recent databases"))
            action.setEnabled(False)

    def _fill_columns_menu(self) -> None:
        self.columns_menu.clear()
        tab = self.current_record_tab()
        if tab is None:
            return
        for action in tab.column_actions(self.columns_menu):
            self.columns_menu.addAction(action)

    def _rebuild_toolbar(self) -> None:
        self.toolbar.clear()
        for action in self._edit_menu_extras:
            self.edit_menu.removeAction(action)
        self._edit_menu_extras = []
        tab = self.current_record_tab()
        if tab is None:
            self.toolbar.addAction(self.refresh_action)
            return
        for action in (self.new_action, self.edit_action, self.delete_action):
            if action.isVisible():
                self.toolbar.addAction(action)
        if tab.extra_actions:
            self.toolbar.addSeparator()
            self._edit_menu_extras.append(self.edit_menu.addSeparator())
            for action in tab.extra_actions:
                self.toolbar.addAction(action)
                self.edit_menu.addAction(action)
                self._edit_menu_extras.append(action)
        if self._list_actions:
            self.toolbar.addSeparator()
            for action in self._list_actions:
                self.toolbar.addAction(action)

    def table_menu(self, tab: RecordTab) -> QMenu:
        """What a right click (or the Menu key) on a table offers."""
        menu = QMenu(self)
        for action in (self.new_action, self.edit_action, self.delete_action):
            if action.isVisible():
                menu.addAction(action)
        if tab.extra_actions:
            menu.addSeparator()
            menu.addActions(tab.extra_actions)
        return menu

    def _on_view_context_menu(self, tab: RecordTab, pos: QPoint) -> None:
        menu = self.table_menu(tab)
        menu.exec(tab.view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _update_actions(self) -> None:
        tab = self.current_record_tab()
        editable = tab is not None and tab.can_edit()
        has_rows = tab is not None and tab.available()
        selected = bool(tab.selected_uids()) if tab is not None else False
        writable = not self.read_only
        self.new_action.setVisible(editable)
        self.new_action.setEnabled(editable and writable)
        self.edit_action.setVisible(editable)
        # Read-only: a dialog's Save could only fail, after the user typed (issue 11 item 12).
        self.edit_action.setEnabled(editable and selected and writable)
        self.delete_action.setVisible(has_rows)
        self.delete_action.setEnabled(has_rows and selected and writable)
        self.find_action.setEnabled(True)
        self.trash_action.setVisible(getattr(self.services, "trash", None) is not None)
        self.columns_menu.setEnabled(tab is not None)
        follow_read_only(self, self.read_only)  # Import, Restore, Certificate… and the like

    # --- commands --------------------------------------------------------------------------

    def new_record(self) -> None:
        tab = self.current_record_tab()
        if tab is not None and tab.can_edit():
            tab.new_record()

    def edit_record(self) -> None:
        tab = self.current_record_tab()
        if tab is not None and tab.can_edit() and not self.read_only:
            tab.edit_current()

    def delete_records(self) -> None:
        tab = self.current_record_tab()
        if tab is not None:
            self._guarded(tab.delete_selected)

    def focus_search(self) -> None:
        if self.current_record_tab() is None:
            self.tabs.setCurrentWidget(self.members_tab)
        tab = self.current_record_tab()
        assert tab is not None
        tab.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        tab.search_edit.selectAll()

    def refresh(self) -> None:
        tab = self.current_record_tab()
        if tab is None:
            self._guarded(self.overview.refresh)
        else:
            self._guarded(tab.reload)

    def show_preferences(self) -> PreferencesDialog:
        """Edit → Preferences… (window-modal, not blocking); one dialog, showing the saved
        choice each time it opens."""
        if self.preferences_dialog is None:
            self.preferences_dialog = PreferencesDialog(self.settings, self)
        self.preferences_dialog.load()
        self.preferences_dialog.open()
        return self.preferences_dialog

    def show_guide(self) -> QWidget:
        """Help → User guide (F1): one guide window, raised when already open."""
        from alliance_desktop.ui.help.guide_window import GuideWindow

        guide = getattr(self, "guide_window", None)
        if guide is None:
            guide = self.guide_window = GuideWindow(self)
        guide.show()
        guide.raise_()
        guide.activateWindow()
        return guide

    def show_about(self) -> AboutDialog:
        """Help → About (window-modal, not blocking): version, database, log, licences."""
        from alliance_desktop.ui.identity.about_dialog import AboutDialog  # not at start-up

        about = AboutDialog(self.services, self)
        about.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        about.open()
        return about
