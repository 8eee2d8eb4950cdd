"""View → Follow-ups due…, the status bar's warning of overdue ones, and the list they open."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel

from alliance_desktop.domain.errors import RefusedError
from alliance_desktop.domain.follow_ups import FollowUpCounts
from alliance_desktop.ui.actions.language_follower import LanguageFollower
from alliance_desktop.ui.follow_ups.due_follow_ups_window import (
    OVERDUE,
    THIS_WEEK,
    DueFollowUpsWindow,
)
from alliance_desktop.ui.follow_ups.follow_ups_line import LATE_STYLE, overdue_sentence


class FollowUpActions(QObject):
    """Installed once on the main window (its ``view_menu``, status bar, ``overview``,
    ``record_tab(name)``); reads ``window.services`` when used, so it follows a change of
    database."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.list_window: DueFollowUpsWindow | None = None
        self.counts: FollowUpCounts | None = None
        self.action = QAction(window)
        self.action.setObjectName("followUpsAction")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.action.triggered.connect(lambda: self.show_list(THIS_WEEK))
        window.view_menu.insertAction(window.trash_action, self.action)
        self.status_label = QLabel()
        self.status_label.setObjectName("overdueFollowUps")
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.status_label.linkActivated.connect(lambda _link: self.show_list(OVERDUE))
        self.status_label.hide()
        # After the counts (the status bar's one normal widget), left of the database's name.
        window.statusBar().insertPermanentWidget(1, self.status_label)
        window.overview.follow_ups_requested.connect(self.show_list)
        window.overview.follow_ups_counted.connect(self.show_counts)
        LanguageFollower(window, self.retranslate)
        self.retranslate()
        self.count()

    def retranslate(self) -> None:
        self.action.setText(QCoreApplication.translate("FollowUpActions", "&Follow-ups due…"))
        self.action.setStatusTip(
            QCoreApplication.translate(
                "FollowUpActions", "The follow-ups due this week and those overdue, on every record"
            )
        )
        self.status_label.setToolTip(
            QCoreApplication.translate("FollowUpActions", "Show the overdue follow-ups")
        )
        if self.counts is not None:
            self.show_counts(self.counts)

    def count(self) -> None:
        """Count the follow-ups (at start, and after they change); a database that cannot be
        read is said by the window's own reads, not here."""
        follow_ups = getattr(self.window.services, "follow_ups", None)
        if follow_ups is None:
            return
        try:
            counts = follow_ups.counts()
        except RefusedError:
            return
        self.show_counts(counts)

    def show_counts(self, counts: FollowUpCounts) -> None:
        """The status bar warns while some follow-ups are overdue."""
        self.counts = counts
        if not counts.overdue:
            self.status_label.hide()
            return
        text = overdue_sentence(counts)
        self.status_label.setText(f'<a href="overdue" style="{LATE_STYLE}">{text}</a>')
        self.status_label.setAccessibleName(text)
        self.status_label.show()

    def show_list(self, key: str = THIS_WEEK) -> DueFollowUpsWindow | None:
        """The list of follow-ups due (``key``: "week", "overdue" or "open"), brought forward."""
        window = self.window
        if self.list_window is None:
            try:
                self.list_window = DueFollowUpsWindow(window.services, window.prompts, window)
            except RefusedError:
                return None
            self.list_window.record_requested.connect(self.open_record)
            self.list_window.follow_ups_changed.connect(self._on_list_window_follow_ups_changed)
        elif self.list_window.services is not window.services:
            self.list_window.services = window.services
        self.list_window.show_only(key)
        self.list_window.show()
        self.list_window.raise_()
        self.list_window.activateWindow()
        return self.list_window

    def open_record(self, tab: str, uid: str) -> Any:
        """The record's own dialog, from its tab (which reloads when it is saved)."""
        return self.window.record_tab(tab).open_dialog(uid)

    def _on_list_window_follow_ups_changed(self) -> None:
        self.count()
        self.window.overview.follow_ups_line.refresh(self.window.services)


def install_follow_up_actions(window: Any) -> FollowUpActions:
    """View → Follow-ups due… (Ctrl+Shift+F), the Overview's line and the status bar's warning."""
    actions = FollowUpActions(window)
    window.follow_up_actions = actions
    return actions
