"""The main window: its tabs, the open database and the window state (menus: actions/main_menus)."""

from __future__ import annotations

import html
import os
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from alliance_desktop.domain.data_safety import DatabaseInUseError
from alliance_desktop.domain.errors import RefusedError
from alliance_desktop.services.start.sample_register import is_sample_database
from alliance_desktop.ui import settings_keys
from alliance_desktop.ui.actions.data_safety_actions import (
    close_database,
    offer_backup_after_refusal,
)
from alliance_desktop.ui.actions.exchange_actions import ExchangeActions
from alliance_desktop.ui.actions.main_menus import MainMenus
from alliance_desktop.ui.formatting import datetime_text
from alliance_desktop.ui.language import Retranslating
from alliance_desktop.ui.preferences import PreferencesDialog
from alliance_desktop.ui.service_errors import guarded
from alliance_desktop.ui.settings_keys import Settings
from alliance_desktop.ui.tabs.applications_tab import ApplicationsTab
from alliance_desktop.ui.tabs.members_tab import MembersTab
from alliance_desktop.ui.tabs.overview_tab import OverviewTab
from alliance_desktop.ui.tabs.record_tab import RecordTab
from alliance_desktop.ui.tabs.signatories_tab import SignatoriesTab
from alliance_desktop.ui.undo.undo_actions import UndoActions
from alliance_desktop.ui.windows.trash_window import TrashWindow

BANNER_STYLE = (
    "QLabel#databaseBanner { background: #fff4ce; color: #3d2e00; "
    "border-bottom: 1px solid #e0c060; padding: 6px 10px; }"
)


class MainWindow(Retranslating, MainMenus, QMainWindow):
    """The window staff work in all day.

    Hook points for other features: ``file_menu``, ``edit_menu``, ``view_menu``, ``tools_menu``
    and ``help_menu`` (created here, once); ``add_tab_action(tab, action)`` puts an action in the
    toolbar while that tab is current; ``add_list_action(action)`` puts one in the toolbar of
    every list tab (it lives in its own menu); ``add_tool_action(action)`` adds to Tools (the menu
    appears once it holds something); ``record_tab(name)`` gives each tab's
    ``current_query()``, ``visible_columns()`` and ``selected_uids()``.
    """

    def __init__(self, services: Any, prompts: Any, settings: Settings | QSettings) -> None:
        super().__init__()
        self.services = services
        self.prompts = prompts
        self.settings = settings if isinstance(settings, Settings) else Settings(settings)
        self.trash_window: TrashWindow | None = None
        self.preferences_dialog: PreferencesDialog | None = None
        self._stale: set[str] = set()

        self.overview = OverviewTab(services, self.settings)
        self.members_tab = MembersTab(services, prompts, self.settings)
        self.signatories_tab = SignatoriesTab(services, prompts, self.settings)
        self.applications_tab = ApplicationsTab(services, prompts, self.settings)
        self.record_tabs: dict[str, RecordTab] = {
            tab.name: tab for tab in (self.members_tab, self.signatories_tab, self.applications_tab)
        }
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for tab in self._tab_widgets():
            self.tabs.addTab(tab, "")  # titles: retranslate_ui
        # Read-only databases and opening notices (lock taken over, network share) show here.
        self.banner = QLabel()
        self.banner.setObjectName("databaseBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.banner.linkActivated.connect(lambda _link: self.banner.hide())
        self.banner.hide()
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.banner)
        central_layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        self._retranslate_tab_titles()
        self._create_actions()
        self._create_menus()
        self._create_toolbar()
        self.exchange_actions = ExchangeActions(self)  # File → Import…, Export…
        self.undo_actions = UndoActions(self)  # Edit → Undo, Redo
        self.database_label = QLabel()
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.counts_label = QLabel()
        self.statusBar().addWidget(self.counts_label, 1)
        self.statusBar().addPermanentWidget(self.database_label)

        for tab in self.record_tabs.values():
            self._attach_table_menu(tab)
            tab.counts_changed.connect(self._on_tab_counts_changed)
            tab.selection_changed.connect(self._update_actions)
            tab.records_changed.connect(lambda t=tab: self._on_records_changed(t.name))
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.overview.country_requested.connect(self.show_country)
        self.overview.tab_requested.connect(self.show_tab)

        self._restore_state()
        self._load_all()
        self._update_title()
        self._on_tabs_current_changed(self.tabs.currentIndex())

    def retranslate_ui(self) -> None:
        """Every text of the window in the language in use; tabs, lists, filters and selection
        stay as they are (each tab puts its own texts anew on the same LanguageChange)."""
        self._retranslate_tab_titles()
        self._retranslate_menus()
        self._update_title()
        self._show_counts()

    def _retranslate_tab_titles(self) -> None:
        self.tabs.setTabText(self.tabs.indexOf(self.overview), self.tr("&Overview"))
        for tab in self.record_tabs.values():
            self.tabs.setTabText(self.tabs.indexOf(tab), tab.tab_title())

    # --- tabs ------------------------------------------------------------------------------

    def current_record_tab(self) -> RecordTab | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, RecordTab) else None

    def record_tab(self, name: str) -> RecordTab:
        """A record tab, with its rows read (a tab not yet shown is read now)."""
        tab = self.record_tabs[name]
        if name in self._stale:
            self._stale.discard(name)
            self._guarded(tab.reload)
        return tab

    def show_tab(self, name: str) -> None:
        if name == "overview":
            self.tabs.setCurrentWidget(self.overview)
        else:
            self.tabs.setCurrentWidget(self.record_tabs[name])

    def show_country(self, tab: str, code: str) -> None:
        self._stale.discard(tab)  # show_country reads the rows itself
        if not self._guarded(lambda: self.record_tabs[tab].show_country(code)):
            self._stale.add(tab)
        self.show_tab(tab)

    def _load_all(self) -> None:
        # Only the tab in view is read now; the others when first shown (fast start at 100k).
        self._stale = {"overview", *self.record_tabs}
        self._load_current()

    def _load_current(self) -> None:
        # A tab that could not be read stays stale: showing it again (or F5) tries again.
        tab = self.current_record_tab()
        if tab is not None and tab.name in self._stale:
            self._stale.discard(tab.name)
            if not self._guarded(tab.reload):
                self._stale.add(tab.name)
        elif tab is None and "overview" in self._stale:
            self._stale.discard("overview")
            if not self._guarded(self.overview.refresh):
                self._stale.add("overview")

    def _guarded(self, work: Any) -> bool:
        """Run a call into the services from a slot: a refusal or a database failure is shown
        once as a plain message (ui/service_errors.py), never raised into Qt."""
        return guarded(self, self.prompts, work)

    def _on_tabs_current_changed(self, _index: int) -> None:
        self._load_current()
        self._update_actions()
        self._rebuild_toolbar()
        self._show_counts()

    def _on_tab_counts_changed(self, _shown: int, _total: int) -> None:
        self._show_counts()

    def _show_counts(self) -> None:
        tab = self.current_record_tab()
        if tab is None:
            self.counts_label.setText(self.overview.members_text())
        else:
            self.counts_label.setText(tab.counts_text())

    def _on_records_changed(self, source: str) -> None:
        # Accepting an application adds a member; deleting a member changes the figures.
        self._stale.update({"overview", *self.record_tabs})
        self._stale.discard(source)
        if self.trash_window is not None and self.trash_window.isVisible():
            self._guarded(self.trash_window.refresh)

    def refresh_after_undo(self, uids: list[str]) -> None:
        """After an undo or redo every list is read again; the current one selects ``uids``."""
        self._on_records_changed("")
        tab = self.current_record_tab()
        if tab is None:
            self._load_current()
        elif self._guarded(lambda: tab.reload(select_uids=uids)):
            self._stale.discard(tab.name)
            next((True for uid in uids if tab.select_uid(uid)), False)

    def show_trash(self) -> TrashWindow | None:
        if getattr(self.services, "trash", None) is None:
            return None
        if self.trash_window is None:
            window: list[TrashWindow] = []
            if not self._guarded(
                lambda: window.append(TrashWindow(self.services, self.prompts, self.settings, self))
            ):
                return None
            self.trash_window = window[0]
            self.trash_window.restored.connect(self._on_trash_restored)
        else:
            self._guarded(self.trash_window.refresh)
        self.trash_window.show()
        self.trash_window.raise_()
        self.trash_window.activateWindow()
        return self.trash_window

    def _on_trash_restored(self) -> None:
        self._stale.update({"overview", *self.record_tabs})
        self._on_tabs_current_changed(self.tabs.currentIndex())

    # --- databases -------------------------------------------------------------------------

    def new_database(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("New Database"),
            self._database_folder(),
            self.tr("Alliance databases (*.sqlite)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not path:
            return
        if not path.endswith(".sqlite"):
            path += ".sqlite"
        if os.path.exists(path):
            self.prompts.error(
                self,
                self.tr("New Database"),
                self.tr("{path} already exists. Use File → Open Database to open it.").format(
                    path=path
                ),
            )
            return
        self.open_database_at(path, create=True)

    def open_database(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open Database"),
            self._database_folder(),
            self.tr("Alliance databases (*.sqlite *.db);;All files (*)"),
        )
        if path:
            self.open_database_at(path, create=False)

    def _database_folder(self) -> str:
        location = self.services.db.location
        return os.path.dirname(location) if os.path.isabs(location) else os.path.expanduser("~")

    def open_database_at(self, location: str, *, create: bool) -> bool:
        """Switch to another database; on refusal say why and keep the current one (offering
        the newest good backup of a refused file; a file in use opens read-only if wished)."""
        title = self.tr("Cannot open the database")
        try:
            services = self._open_or_ask(location, create=create)
        except RefusedError as exc:
            self.prompts.error(self, title, str(exc))
            if not offer_backup_after_refusal(self, self.prompts, location, exc):
                return False
            try:
                services = self._open_or_ask(location, create=False)
            except RefusedError as again:
                self.prompts.error(self, title, str(again))
                return False
        if services is None:
            return False
        self._save_state()
        old = self.services
        self.services = services
        self.overview.services = services
        for tab in self.record_tabs.values():
            tab.services = services
            tab.clear_filters(run=False)
        if self.trash_window is not None:
            self.trash_window.set_services(services)
        self.undo_actions.set_services(services)
        self._load_all()
        close_database(old)  # backed up first when it was changed
        self.settings.add_recent_database(location)
        self._update_title()
        self._on_tabs_current_changed(self.tabs.currentIndex())
        return True

    def _open_or_ask(self, location: str, *, create: bool) -> Any:
        """The services over ``location``; when another copy is writing it, ask whether to
        open it read-only (None: the user cancelled); a server's password is asked when it
        wants one. Other refusals raise RefusedError."""
        from alliance_desktop.services.data_safety.opening import open_database
        from alliance_desktop.ui.actions.database_login import open_with_login

        try:
            return open_with_login(
                self, self.prompts, location, create=create, when_locked="refuse"
            )
        except DatabaseInUseError as exc:
            owner = exc.owner
            since = datetime_text(owner.since) if owner.since is not None else self.tr("?")
            question = self.tr(
                "{name} is in use: {user} on {host} has had it open since {since}.\n\n"
                "Only one copy can change it at a time. You can open it read-only to look, "
                "search and export."
            ).format(
                name=os.path.basename(location) or location,
                user=owner.user,
                host=owner.host,
                since=since,
            )
            if not self.prompts.confirm(
                self,
                self.tr("Database in use"),
                question,
                yes_text=self.tr("Open &read-only"),
            ):
                return None
            return open_database(location, create=False, read_only=True)

    @property
    def read_only(self) -> bool:
        return bool(getattr(self.services.db, "read_only", False))

    def _update_title(self) -> None:
        location = self.services.db.location
        name = os.path.basename(location) or location
        if self.read_only:
            title = self.tr("{name} (read-only) — Alliance Desktop")
            status = self.tr("Database: {location} (read-only)")
        elif is_sample_database(location):  # "Try with sample data": never mistaken for real
            title = self.tr("Sample data ({name}) — Alliance Desktop")
            status = self.tr("Sample data, not your register: {location}")
        else:
            title = self.tr("{name} — Alliance Desktop")
            status = self.tr("Database: {location}")
        self.setWindowTitle(title.format(name=name))
        self.database_label.setText(status.format(location=location))
        self.database_label.setToolTip(location)
        # Notices and reasons may be Messages: str() renders them in the language in use, and
        # retranslate_ui calls this again after a switch.
        lines = [str(line) for line in getattr(self.services.db, "notices", [])]
        if self.read_only:
            reason = getattr(self.services.db, "read_only_reason", "")
            if getattr(reason, "text", reason) == "opened read-only":  # asked for: no need to say
                reason = ""
            lines.insert(
                0,
                self.tr(
                    "This database is open read-only{reason}: you can look, search and export, "
                    "but not change anything."
                ).format(reason=f" ({reason!s})" if reason else ""),
            )
        text = "<br>".join(html.escape(line) for line in lines)
        if lines and not self.read_only:  # a notice can be put away; read-only stays in view
            text += '&nbsp;&nbsp;<a href="hide">{}</a>'.format(html.escape(self.tr("Hide")))
        self.banner.setText(text)
        self.banner.setVisible(bool(lines))
        for tab in self.record_tabs.values():
            tab.read_only = self.read_only
        self.applications_tab.update_selection_actions()
        if self.trash_window is not None:
            self.trash_window.read_only = self.read_only

    # --- window state ----------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self.settings.get(settings_keys.WINDOW_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1180, 740)
        state = self.settings.get(settings_keys.WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)
        for tab in self.record_tabs.values():
            tab.restore_state()
        self.overview.restore_state()
        index = self.settings.get(settings_keys.CURRENT_TAB)
        if 0 <= index < self.tabs.count():
            self.tabs.setCurrentIndex(index)

    def _save_state(self) -> None:
        self.settings.set(settings_keys.WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(settings_keys.WINDOW_STATE, self.saveState())
        self.settings.set(settings_keys.CURRENT_TAB, self.tabs.currentIndex())
        for tab in self.record_tabs.values():
            tab.save_state()
        self.overview.save_state()
        self.settings.sync()

    def end_session(self) -> None:
        """The system ends the session (SIGTERM): keep the window's state, ask nothing (the
        caller then ends the event loop; an open dialog's unsaved edits are lost, as on a
        power cut)."""
        self._save_state()

    def closeEvent(self, event: QCloseEvent) -> None:
        # An open dialog asks "Discard changes?" itself; if the user keeps editing, stay open.
        for tab in self.record_tabs.values():
            dialog = tab.dialog
            if dialog is not None and dialog.isVisible():
                dialog.close()
                if dialog.isVisible():
                    event.ignore()
                    return
        if self.trash_window is not None:
            self.trash_window.close()
        self._save_state()
        event.accept()
