"""A record tab over many rows: selection, scroll position and counts survive a reload."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from types import SimpleNamespace

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from alliance_desktop.domain.enums import AuthorityKind, MembershipStatus
from alliance_desktop.domain.queries import ListQuery
from alliance_desktop.domain.records import MemberRow, Page
from alliance_desktop.ui.record_model import BLOCK
from alliance_desktop.ui.settings_keys import Settings
from alliance_desktop.ui.tabs.members_tab import MembersTab

from ..fake_prompts import FakePrompts


class FakeMembers:
    """MemberService.list over rows in memory, sorted by number or name."""

    def __init__(self, count: int) -> None:
        self.rows = [
            MemberRow(
                uid=f"m{i}",
                authority_uid=f"a{i}",
                participant_no=i + 1,
                name=f"Town {i:05d}",
                name_latin="",
                country_code="PL" if i % 2 else "RO",
                kind=AuthorityKind.MUNICIPALITY,
                joined_on=dt.date(2016, 1, 1) + dt.timedelta(days=i),
                status=MembershipStatus.ACTIVE,
                left_on=None,
                focal_point="",
                version=1,
            )
            for i in range(count)
        ]
        self.calls: list[ListQuery] = []

    def list(self, query: ListQuery) -> Page[MemberRow]:
        self.calls.append(query)
        rows = [r for r in self.rows if query.search in r.name]
        if query.country:
            rows = [r for r in rows if r.country_code == query.country]
        rows.sort(key=lambda r: r.participant_no, reverse=query.descending)
        end = None if query.limit is None else query.offset + query.limit
        return Page(tuple(rows[query.offset : end]), len(rows))

    def delete(self, uid: str, version: int | None = None) -> None:
        self.rows = [r for r in self.rows if r.uid != uid]


def make_tab(qtbot: QtBot, tmp_path, count: int) -> tuple[MembersTab, FakeMembers]:  # type: ignore[no-untyped-def]
    members = FakeMembers(count)
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    tab = MembersTab(SimpleNamespace(members=members), FakePrompts(), settings)
    qtbot.addWidget(tab)
    tab.resize(900, 500)
    tab.show()
    tab.restore_state()
    tab.start()
    return tab, members


def test_reload_deep_in_a_long_table_keeps_selection_and_scroll(qtbot: QtBot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    tab, members = make_tab(qtbot, tmp_path, BLOCK * 5)
    row = BLOCK * 3 + 17
    tab.view.scrollTo(tab.model.index(row, 0))
    tab.select_rows([row])
    scroll = tab.view.verticalScrollBar().value()
    assert scroll > 0
    members.rows[row] = replace(members.rows[row], name="Renamed", version=2)
    tab.reload()
    assert tab.selected_uids() == [f"m{row}"]
    assert tab.view.verticalScrollBar().value() == scroll
    assert tab.model.row_at(row).name == "Renamed"


def test_delete_deep_in_a_long_table_selects_the_next_row(qtbot: QtBot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    tab, _members = make_tab(qtbot, tmp_path, BLOCK * 3)
    row = BLOCK * 2 + 5
    tab.view.scrollTo(tab.model.index(row, 0))
    tab.select_rows([row])
    scroll = tab.view.verticalScrollBar().value()
    assert tab.delete_selected() == 1
    assert tab.model.rowCount() == BLOCK * 3 - 1
    assert tab.selected_uids() == [f"m{row + 1}"]
    assert tab.view.verticalScrollBar().value() == scroll
    assert tab.count_label.text() == f"Showing {BLOCK * 3 - 1:,} of {BLOCK * 3 - 1:,} members"


def test_one_query_per_search_and_the_total_counted_once(qtbot: QtBot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    tab, members = make_tab(qtbot, tmp_path, 50)
    members.calls.clear()
    tab.country_combo.setCurrentIndex(tab.country_combo.findData("PL"))
    assert len(members.calls) == 1  # the unfiltered total is already known
    assert tab.count_label.text() == "Showing 25 of 50 members"
    tab.search_edit.setText("Town 0001")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 5)
    assert len(members.calls) == 2
    assert tab.count_label.text() == "Showing 5 of 50 members"
