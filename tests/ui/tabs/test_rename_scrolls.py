"""After a save that moves a record far along a long sorted list, it is selected and in view."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

from PySide6.QtCore import QModelIndex, QSettings
from pytestqt.qtbot import QtBot

from alliance_desktop.domain.queries import ListQuery
from alliance_desktop.domain.records import AuthorityDraft, MemberRow, MembershipDraft, Page
from alliance_desktop.services.data_safety.opening import open_database
from alliance_desktop.ui.dialogs.member_dialog import MemberDialog
from alliance_desktop.ui.record_model import BLOCK
from alliance_desktop.ui.settings_keys import Settings
from alliance_desktop.ui.tabs.members_tab import MembersTab

from ..fake_prompts import FakePrompts
from .test_record_tab import FakeMembers


def _visible(tab: MembersTab, index: QModelIndex) -> bool:
    return tab.view.visualRect(index).intersects(tab.view.viewport().rect())


def _tab(qtbot: QtBot, tmp_path: Path, services: object) -> MembersTab:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    tab = MembersTab(services, FakePrompts(), settings)
    qtbot.addWidget(tab)
    tab.resize(900, 500)
    tab.show()
    tab.restore_state()  # sorted by name
    tab.start()
    return tab


def test_renaming_the_last_of_a_few_hundred_members_to_aaa_scrolls_to_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    services = open_database(str(tmp_path / "many.sqlite"), create=True)
    try:
        for i in range(260):
            services.members.create(
                AuthorityDraft(name=f"Town {i:03}", country_code="PL"),
                MembershipDraft(authority_uid="", joined_on=dt.date(2020, 1, 1)),
            )
        tab = _tab(qtbot, tmp_path, services)
        last = tab.model.rowCount() - 1
        tab.view.scrollToBottom()
        tab.select_rows([last])
        assert tab.model.row_at(last).name == "Town 259"
        assert tab.view.verticalScrollBar().value() > 0
        dialog = tab.edit_current()
        assert isinstance(dialog, MemberDialog)
        dialog.name.setText("Aaa Renamed")
        with qtbot.waitSignal(dialog.record_saved):
            dialog.accept()

        index = tab.view.selectionModel().selectedRows()[0]
        assert tab.model.row_at(index.row()).name == "Aaa Renamed"
        assert index.row() == 0
        assert _visible(tab, index)
        assert tab.view.currentIndex().row() == 0
    finally:
        services.db.dispose()


class _ByName(FakeMembers):
    def list(self, query: ListQuery) -> Page[MemberRow]:
        rows = sorted(self.rows, key=lambda r: r.name, reverse=query.descending)
        end = None if query.limit is None else query.offset + query.limit
        return Page(tuple(rows[query.offset : end]), len(rows))


def test_a_record_moved_into_a_block_not_yet_fetched_is_found_and_shown(
    qtbot: QtBot, tmp_path: Path
) -> None:
    members = _ByName(BLOCK * 5)
    tab = _tab(qtbot, tmp_path, SimpleNamespace(members=members))
    last = BLOCK * 5 - 1
    tab.view.scrollToBottom()
    tab.select_rows([last])
    uid = tab.model.row_at(last).uid
    # Saved under a name that sorts it into the middle of the list (rows 400-599).
    members.rows[last] = replace(members.rows[last], name="Town 00450a", version=2)
    tab._on_dialog_record_saved(uid)  # what the dialog's record_saved reaches

    assert tab.selected_uids() == [uid]
    index = tab.view.selectionModel().selectedRows()[0]
    assert index.row() == 451
    assert _visible(tab, index)
