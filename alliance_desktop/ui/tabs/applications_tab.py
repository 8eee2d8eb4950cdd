"""The Applications tab: requests to join, pending ones first, long waits highlighted."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import QCheckBox, QHBoxLayout

from alliance_desktop.domain.enums import PENDING_STATUSES, ApplicationStatus
from alliance_desktop.domain.queries import ListQuery
from alliance_desktop.domain.records import ApplicationRow, Page, display_name
from alliance_desktop.ui import settings_keys
from alliance_desktop.ui.formatting import (
    channel_text,
    country_text,
    date_text,
    number_text,
    status_text,
)
from alliance_desktop.ui.record_model import RIGHT, Column
from alliance_desktop.ui.tabs.record_tab import RecordTab

# An application waiting longer than this is highlighted.
LONG_WAIT_DAYS = 60
_LONG_WAIT_BACKGROUND = QColor("#fde3c0")
_LONG_WAIT_FOREGROUND = QColor("#5a2d00")


@dataclass(frozen=True)
class SelectionAction:
    """An action that applies to the selected applications, enabled when ``allowed`` says so."""

    action: QAction
    allowed: Callable[[list[ApplicationRow]], bool]


def is_long_wait(row: ApplicationRow) -> bool:
    return row.status.is_pending and row.days_waiting > LONG_WAIT_DAYS


class ApplicationsTab(RecordTab):
    name = "applications"
    dialog_location = ("alliance_desktop.ui.dialogs.application_dialog", "ApplicationDialog")
    first_year = 2013

    def __init__(self, services: Any, prompts: Any, settings: Any, parent: Any = None):
        self.show_decided_check = QCheckBox()
        self.selection_actions: list[SelectionAction] = []
        self._decisions: dict[str, QAction] = {}
        super().__init__(services, prompts, settings, parent)
        self.show_decided_check.setChecked(bool(settings.get(settings_keys.SHOW_DECIDED)))
        self._update_decided_column()
        self._fill_status_combo()
        self.show_decided_check.toggled.connect(self._on_show_decided_check_toggled)
        self.selection_changed.connect(self.update_selection_actions)
        self._install_decisions()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.show_decided_check.setText(self.tr("Show decided"))
        self.show_decided_check.setToolTip(
            self.tr("Also list accepted, declined and withdrawn applications")
        )
        texts = {
            "accept": self.tr("&Accept…"),
            "decline": self.tr("De&cline…"),
            "request_information": self.tr("Request &information…"),
            "withdraw": self.tr("&Withdraw…"),
        }
        for name, action in self._decisions.items():
            action.setText(texts[name])

    def tab_title(self) -> str:
        return self.tr("Applications")

    def search_placeholder(self) -> str:
        return self.tr("Search applicants…")

    def available(self) -> bool:
        return getattr(self.services, "applications", None) is not None

    def columns(self) -> Sequence[Column]:
        return (
            Column(
                "applicant_name",
                self.tr("Applicant"),
                "applicant_name",
                lambda r: display_name(r.applicant_name, r.applicant_name_latin),
            ),
            Column(
                "country",
                self.tr("Country"),
                "country_code",
                lambda r: country_text(r.country_code),
            ),
            Column("channel", self.tr("Channel"), "channel", lambda r: channel_text(r.channel)),
            Column(
                "received_on",
                self.tr("Received"),
                "received_on",
                lambda r: date_text(r.received_on),
            ),
            Column(
                "days_waiting",
                self.tr("Days waiting"),
                "days_waiting",
                lambda r: str(r.days_waiting) if r.status.is_pending else "",
                RIGHT,
            ),
            Column("status", self.tr("Status"), "status", lambda r: status_text(r.status)),
            Column(
                "decided_on", self.tr("Decided"), "decided_on", lambda r: date_text(r.decided_on)
            ),
            Column("contact_name", self.tr("Contact"), "contact_name", lambda r: r.contact_name),
        )

    def default_width(self, column: Column) -> int:
        widths = {
            "applicant_name": 280,
            "country": 170,
            "channel": 150,  # "Formulaire en ligne" in French
            "status": 170,
            "contact_name": 180,
        }
        return widths.get(column.key, super().default_width(column))

    def _apply_model_roles(self) -> None:
        background = QBrush(_LONG_WAIT_BACKGROUND)
        foreground = QBrush(_LONG_WAIT_FOREGROUND)
        self.model.background = lambda r: background if is_long_wait(r) else None
        self.model.foreground = lambda r: foreground if is_long_wait(r) else None
        self.model.tooltip = lambda r, _col: (
            self.tr("Waiting for {days} days (more than {limit})").format(
                days=r.days_waiting, limit=LONG_WAIT_DAYS
            )
            if is_long_wait(r)
            else ""
        )

    def add_filter_widgets(self, layout: QHBoxLayout) -> None:
        layout.addWidget(self.show_decided_check)

    def base_query(self) -> ListQuery:
        show_decided = self.show_decided_check.isChecked()
        return ListQuery(status=None if show_decided else "pending")

    def status_choices(self) -> list[tuple[str, str]]:
        statuses = [s for s in ApplicationStatus if s in PENDING_STATUSES]
        if self.show_decided_check.isChecked():
            statuses = list(ApplicationStatus)
        choices = [(status_text(s), s.value) for s in statuses]
        if self.show_decided_check.isChecked():
            choices.insert(0, (self.tr("Pending"), "pending"))
            choices.insert(1, (self.tr("Decided"), "decided"))
        return choices

    def list_page(self, query: ListQuery) -> Page[Any]:
        if not self.available():
            return Page((), 0)
        return self.services.applications.list(query)  # type: ignore[no-any-return]

    def delete_record(self, uid: str, version: int) -> None:
        self.services.applications.delete(uid, version)

    def record_label(self, row: ApplicationRow) -> str:
        return display_name(row.applicant_name, row.applicant_name_latin)

    def empty_sentence(self) -> str:
        if self.show_decided_check.isChecked():
            return self.tr("No applications yet. New (Ctrl+N) records one as it arrives.")
        return self.tr("No application is waiting for a decision.")

    def count_sentence(self, shown: int, total: int) -> str:
        if self.show_decided_check.isChecked():
            text = self.tr("Showing {shown} of {total} applications")
        else:
            text = self.tr("Showing {shown} of {total} pending applications")
        return text.format(shown=number_text(shown), total=number_text(total))

    # --- hook for the application actions (Accept, Decline, …) -------------------------

    def add_selection_action(
        self, action: QAction, allowed: Callable[[list[ApplicationRow]], bool]
    ) -> None:
        """Show ``action`` in the toolbar with this tab; enabled when ``allowed(selection)``."""
        self.selection_actions.append(SelectionAction(action, allowed))
        self.extra_actions.append(action)
        self.update_selection_actions()

    def _install_decisions(self) -> None:
        """Accept, Decline, Request information and Withdraw, when their module is there."""
        try:
            actions = importlib.import_module("alliance_desktop.ui.actions.application_actions")
        except ImportError:
            return
        decisions = (  # their texts: retranslate_ui
            ("accept", actions.accept_application, "Ctrl+Shift+A"),
            ("decline", actions.decline_application, "Ctrl+Shift+D"),
            ("request_information", actions.request_information, "Ctrl+Shift+I"),
            ("withdraw", actions.withdraw_application, "Ctrl+Shift+W"),
        )
        for name, run, shortcut in decisions:
            action = QAction(self)
            self._decisions[name] = action
            action.setObjectName(f"{name}Action")
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(self._decider(run))
            self.add_selection_action(action, _allowed(actions.can, name))

    def _decider(self, run: Callable[..., Any]) -> Callable[[], None]:
        return lambda: self._decide(run)

    def _decide(self, run: Callable[..., Any]) -> None:
        rows = self.selected_rows()
        if len(rows) != 1:
            return
        row = rows[0]
        result = run(self, self.services, self.prompts, row.uid, row.version)
        # Also after a refusal: someone else may have decided it meanwhile.
        self._guarded(lambda: self.reload(select_uids=[row.uid]))
        if result is not None:
            self.records_changed.emit()

    def update_selection_actions(self) -> None:
        rows = self.selected_rows()
        for entry in self.selection_actions:
            entry.action.setEnabled(bool(rows) and not self.read_only and entry.allowed(rows))

    def _update_decided_column(self) -> None:
        column = self.model.column_of("decided_on")
        self.view.horizontalHeader().setSectionHidden(
            column, not self.show_decided_check.isChecked()
        )

    def _on_show_decided_check_toggled(self, checked: bool) -> None:
        self.settings.set(settings_keys.SHOW_DECIDED, checked)
        self._fill_status_combo()
        self._update_decided_column()
        self._all_total = -1  # "of Y" counts pending or all applications
        self._guarded(self.apply_filters)

    def restore_state(self) -> None:
        super().restore_state()
        self._update_decided_column()


def _allowed(
    can: Callable[[str, ApplicationStatus], bool], name: str
) -> Callable[[list[ApplicationRow]], bool]:
    """One application selected, in a status the decision applies to."""
    return lambda rows: len(rows) == 1 and can(name, rows[0].status)
