"""The main window: the Overview's follow-ups line, the status bar's warning at start, the list
of those due (open the record, mark done) and each tab's "Follow-up due" filter."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from alliance_desktop.app import build_main_window
from alliance_desktop.domain.follow_ups import FollowUpDraft, FollowUpTarget
from alliance_desktop.domain.queries import ListQuery
from alliance_desktop.services.data_safety.opening import Services
from alliance_desktop.ui.settings_keys import Settings

from ..fake_prompts import FakePrompts

TODAY = dt.date.today()


def _plant(services: Services) -> None:
    member = services.members.list(ListQuery(limit=1)).rows[0].uid
    application = services.applications.list(ListQuery(limit=1)).rows[0].uid
    for target, uid, days, what in (
        (FollowUpTarget.MEMBER, member, -3, "Find the new focal point"),
        (FollowUpTarget.APPLICATION, application, -1, "Ask again for the decision"),
        (FollowUpTarget.APPLICATION, application, 0, "Check the letter arrived"),
        (FollowUpTarget.APPLICATION, application, 40, "Present it to the Bureau"),
    ):
        draft = FollowUpDraft(due_on=TODAY + dt.timedelta(days=days), what=what)
        services.follow_ups.add(target, uid, draft)


@pytest.fixture
def window(
    qtbot: QtBot, ui_services: Services, window_prompts: FakePrompts, qsettings: QSettings
) -> Iterator[Any]:
    _plant(ui_services)
    win = build_main_window(ui_services, window_prompts, Settings(qsettings))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def test_the_status_bar_warns_at_start_and_opens_the_overdue_list(
    window: Any, qtmodeltester: ModelTester
) -> None:
    label = window.follow_up_actions.status_label
    assert label.isVisible()
    assert label.accessibleName() == "2 follow-ups overdue"
    label.linkActivated.emit("overdue")
    listed = window.follow_up_actions.list_window
    assert listed is not None and listed.isVisible()
    assert [item.draft.what for item in listed.model.rows] == [
        "Find the new focal point",
        "Ask again for the decision",
    ]
    assert listed.count_label.text() == "2 follow-ups, 2 overdue"
    qtmodeltester.check(listed.model, force_py=True)


def test_the_overview_line_opens_the_list_of_this_week(window: Any) -> None:
    window.show_tab("overview")
    window.overview.refresh()
    line = window.overview.follow_ups_line
    assert line.accessibleName() == "1 follow-up due this week, 2 overdue"
    line.linkActivated.emit("overdue")
    assert window.follow_up_actions.list_window.show_box.currentData() == "overdue"
    window.follow_up_actions.action.trigger()  # View → Follow-ups due…
    listed = window.follow_up_actions.list_window
    assert listed.show_box.currentData() == "week"
    assert len(listed.model.rows) == 3
    listed.show_box.setCurrentIndex(listed.show_box.findData("open"))
    assert len(listed.model.rows) == 4


def test_marking_done_from_the_list_updates_the_counts(window: Any) -> None:
    listed = window.follow_up_actions.show_list("overdue")
    listed.view.selectAll()
    assert listed.mark_done() == 2
    assert listed.model.rows == []
    assert not window.follow_up_actions.status_label.isVisibleTo(window)
    assert window.overview.follow_ups_line.accessibleName() == "1 follow-up due this week"


def test_double_clicking_a_follow_up_opens_its_record(window: Any) -> None:
    listed = window.follow_up_actions.show_list("week")
    row = next(i for i, item in enumerate(listed.model.rows) if item.target.value == "member")
    listed.view.doubleClicked.emit(listed.model.index(row, 0))
    dialog = window.record_tab("members").dialog
    assert dialog is not None and dialog.uid == listed.model.rows[row].record_uid
    dialog.reject()


def test_each_tab_filters_to_the_records_with_a_follow_up_due(window: Any) -> None:
    window.show_tab("applications")
    tab = window.record_tab("applications")
    tab.follow_up_check.setChecked(True)
    assert tab.model.rowCount() == 1
    assert tab.filters_active()
    window.show_tab("members")
    members = window.record_tab("members")
    members.follow_up_check.setChecked(True)
    assert members.model.rowCount() == 1
    members.clear_filters()
    assert not members.follow_up_check.isChecked() and members.model.rowCount() > 1
