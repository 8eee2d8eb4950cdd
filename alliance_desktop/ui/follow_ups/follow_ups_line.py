"""FollowUpsLine: "5 follow-ups due this week, 2 overdue" as a link to the list (Overview)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from alliance_desktop.domain.errors import RefusedError
from alliance_desktop.domain.follow_ups import FollowUpCounts
from alliance_desktop.ui.formatting import number_text, plural
from alliance_desktop.ui.language import Retranslating

LATE_STYLE = "color: #b3261e;"


def counts_sentence(counts: FollowUpCounts) -> str:
    """The Overview's sentence: "5 follow-ups due this week, 2 overdue"."""
    if not counts.due_this_week and not counts.overdue:
        return QCoreApplication.translate("FollowUpsLine", "No follow-up due this week")
    due = plural(
        counts.due_this_week,
        QCoreApplication.translate("FollowUpsLine", "{n} follow-up due this week"),
        QCoreApplication.translate("FollowUpsLine", "{n} follow-ups due this week"),
    )
    if not counts.overdue:
        return due
    late = QCoreApplication.translate("FollowUpsLine", "{n} overdue").format(
        n=number_text(counts.overdue)
    )
    return QCoreApplication.translate("FollowUpsLine", "{due}, {overdue}").format(
        due=due, overdue=late
    )


def overdue_sentence(counts: FollowUpCounts) -> str:
    """The status bar's warning at start ("2 follow-ups overdue")."""
    return plural(
        counts.overdue,
        QCoreApplication.translate("FollowUpsLine", "{n} follow-up overdue"),
        QCoreApplication.translate("FollowUpsLine", "{n} follow-ups overdue"),
    )


class FollowUpsLine(Retranslating, QLabel):
    """Reads the counts (``refresh``); a click on the link emits ``list_requested(key)``:
    "overdue" when some are late, else "week"."""

    list_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: FollowUpCounts | None = None
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.linkActivated.connect(self._on_link_activated)

    def retranslate_ui(self) -> None:
        self._show()

    def refresh(self, services: Any, today: dt.date | None = None) -> FollowUpCounts | None:
        """Count again; a database that cannot be read leaves the line as it was."""
        follow_ups = getattr(services, "follow_ups", None)
        if follow_ups is None:
            return None
        try:
            self.counts = follow_ups.counts(today)
        except RefusedError:
            return self.counts  # the Overview's own figures say the database cannot be read
        self._show()
        return self.counts

    def _show(self) -> None:
        if self.counts is None:
            self.setText("")
            return
        text = counts_sentence(self.counts)
        text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        key = "overdue" if self.counts.overdue else "week"
        style = f' style="{LATE_STYLE}"' if self.counts.overdue else ""
        self.setText(f'<a href="{key}"{style}>{text}</a>')
        self.setAccessibleName(counts_sentence(self.counts))

    def _on_link_activated(self, link: str) -> None:
        self.list_requested.emit(link)
