"""File → Back up now / Restore from backup…, Tools → Check database… / Audit log…."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMainWindow

from alliance_desktop.domain.records import AuthorityDraft, MembershipDraft, PersonDraft
from alliance_desktop.services.data_safety.opening import Services, open_database
from alliance_desktop.ui.actions.data_safety_actions import (
    install_data_safety_actions,
    offer_backup_after_refusal,
    opening_notes,
)
from tests.ui.fake_prompts import FakePrompts


class FakeWindow(QMainWindow):
    """The main window's hook points, as the window engineer provides them."""

    def __init__(self, services: Services, prompts: FakePrompts) -> None:
        super().__init__()
        self.services = services
        self.prompts = prompts
        self.file_menu = self.menuBar().addMenu("&File")
        self.file_menu_end = self.file_menu.addSeparator()
        self.tools_menu = self.menuBar().addMenu("&Tools")
        self.opened: list[str] = []

    def add_tool_action(self, action: Any) -> None:
        self.tools_menu.addAction(action)

    def open_database_at(self, location: str, *, create: bool) -> bool:
        old = self.services
        self.services = open_database(location, create=create)
        old.db.dispose()
        self.opened.append(location)
        return True


@pytest.fixture
def window(qtbot: Any, tmp_path: Path) -> Iterator[FakeWindow]:
    services = open_database(str(tmp_path / "w.sqlite"), create=True)
    services.members.create(
        AuthorityDraft(name="Graz", country_code="AT"),
        MembershipDraft(authority_uid="", joined_on=dt.date(2019, 1, 1)),
    )
    win = FakeWindow(services, FakePrompts())
    qtbot.addWidget(win)
    yield win
    win.services.db.dispose()


def test_actions_land_in_file_and_tools(window: FakeWindow) -> None:
    install_data_safety_actions(window)
    file_names = [a.objectName() for a in window.file_menu.actions()]
    assert file_names.index("backupNowAction") < file_names.index("restoreBackupAction")
    tools = [a.objectName() for a in window.tools_menu.actions()]
    assert tools == ["checkDatabaseAction", "auditLogAction", "personalDataReviewAction"]


def test_back_up_now_then_restore_it(window: FakeWindow) -> None:
    actions = install_data_safety_actions(window)
    info = actions.back_up_now()
    assert info is not None and info.path.exists()
    assert window.prompts.calls("info")[-1][2].endswith(str(info.path))
    window.services.persons.create(PersonDraft(name="After The Backup"))
    window.prompts.answer("choose", 0).answer("confirm", True)
    assert actions.restore()
    assert window.opened == [window.services.db.location]
    assert window.services.stats.members().count == 1
    assert window.services.privacy.find_people("After The Backup") == []  # made after: gone
    # ... but the audit trail still says it was made: carried over from the replaced file.
    carried = window.services.audit.list(entity="person")
    assert [(e.action, [c.field for c in e.changes][-1]) for e in carried] == [
        ("create", "carried_over")
    ]
    assert window.services.audit.list(action="backup-restore")
    message = window.prompts.calls("info")[-1][2]
    assert "kept" in message and "1 audit entry made since the backup was carried over" in message


def test_restore_cancelled_changes_nothing(window: FakeWindow) -> None:
    actions = install_data_safety_actions(window)
    actions.back_up_now()
    window.prompts.answer("choose", 0).answer("confirm", False)
    assert not actions.restore()
    assert window.opened == []


def test_check_reports_in_a_message(qtbot: Any, window: FakeWindow) -> None:
    actions = install_data_safety_actions(window)
    actions.check()
    qtbot.waitUntil(lambda: bool(window.prompts.calls("info")), timeout=10_000)
    assert "no problems" in window.prompts.calls("info")[0][2]


def test_audit_log_window_opens_once(window: FakeWindow) -> None:
    actions = install_data_safety_actions(window)
    first = actions.show_audit_log()
    assert first.model.rowCount() >= 2
    assert actions.show_audit_log() is first


def test_refused_file_offers_the_newest_good_backup(window: FakeWindow, tmp_path: Path) -> None:
    actions = install_data_safety_actions(window)
    info = actions.back_up_now()
    assert info is not None
    location = window.services.db.location
    window.services.db.dispose()
    Path(location).write_bytes(b"garbage" * 1000)
    prompts = FakePrompts().answer("confirm", True)
    assert offer_backup_after_refusal(None, prompts, location)
    assert "restored" in prompts.calls("info")[0][2]
    window.services = open_database(location, create=False)
    assert window.services.stats.members().count == 1


def test_opening_notes_say_read_only_and_why(tmp_path: Path) -> None:
    path = tmp_path / "ro.sqlite"
    open_database(str(path), create=True).db.dispose()
    services = open_database(str(path), create=False, read_only=True)
    try:
        notes = opening_notes(services)
        assert notes and "read-only" in notes[0]
    finally:
        services.db.dispose()


def test_personal_data_review_exports_and_erases(
    qtbot: Any, qtmodeltester: Any, window: FakeWindow, tmp_path: Path
) -> None:
    from sqlalchemy import text

    from alliance_desktop.domain.records import ApplicationDraft

    services = window.services
    record = services.applications.create(
        ApplicationDraft(
            applicant_name="Arad",
            country_code="RO",
            received_on=dt.date(2020, 1, 10),
            contact_name="Ioana Pop",
            contact_email="ioana@example.ro",
        )
    )
    services.applications.decline(record.meta.uid, record.meta.version, "no letter")
    with services.db.write() as session:
        session.execute(text("UPDATE application SET decided_on = '2021-01-01'"))
    actions = install_data_safety_actions(window)
    review = actions.show_retention_review()
    qtbot.addWidget(review)
    qtmodeltester.check(review.model)
    assert [i.person_name for i in review.model.items] == ["Ioana Pop"]
    assert not review.erase_button.isEnabled()
    review.view.selectRow(0)
    review.ask_export_path = lambda parent, suggested: tmp_path / "ioana.json"
    assert review.export_selected() == tmp_path / "ioana.json"
    assert "ioana@example.ro" in (tmp_path / "ioana.json").read_text(encoding="utf-8")
    window.prompts.answer("confirm", True)
    assert review.erase_selected()
    assert review.model.rowCount() == 0
    contact = services.applications.get(record.meta.uid).contact_uid
    assert contact is not None and services.persons.get(contact).erased
    assert "Personal data" in [
        a.text().replace("&", "").rstrip("…") for a in window.tools_menu.actions()
    ]


def test_after_a_failed_upgrade_the_backup_from_before_it_is_offered(tmp_path: Path) -> None:
    import sqlite3
    from contextlib import closing

    from alliance_desktop.domain.data_safety import UpgradeFailedError
    from alliance_desktop.services.data_safety.backups import take_backup

    path = tmp_path / "register.sqlite"
    open_database(str(path), create=True, auto_backup=False).db.dispose()
    # Migration 0005 adds columns this file already has: its upgrade fails.
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0004'")
        conn.commit()
    good = take_backup(path, "manual", dt.datetime.now(dt.UTC) - dt.timedelta(days=2))
    with pytest.raises(UpgradeFailedError) as caught:
        open_database(str(path), create=False)
    prompts = FakePrompts().answer("confirm", False)
    assert not offer_backup_after_refusal(None, prompts, str(path), caught.value)
    [(_, _title, question)] = prompts.calls("confirm")
    assert "before the failed upgrade" in question
    assert backup_text_of(good) in question


def backup_text_of(info: Any) -> str:
    from alliance_desktop.ui.actions.data_safety_actions import backup_text

    return backup_text(info)


def test_switching_databases_backs_up_the_one_changed_this_session(
    qtbot: Any, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings

    from alliance_desktop.services.data_safety.backups import list_backups
    from alliance_desktop.ui.main_window import MainWindow
    from alliance_desktop.ui.settings_keys import Settings

    first = tmp_path / "first.sqlite"
    services = open_database(str(first), create=True, auto_backup=False)
    services.persons.create(PersonDraft(name="Changed Today"))
    window = MainWindow(
        services,
        FakePrompts(),
        Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)),
    )
    qtbot.addWidget(window)
    assert window.open_database_at(str(tmp_path / "second.sqlite"), create=True)
    assert [b.reason for b in list_backups(first)] == ["quit"]
    # The second was not changed: closing it adds nothing.
    from alliance_desktop.ui.actions.data_safety_actions import close_database

    close_database(window.services)
    assert list_backups(tmp_path / "second.sqlite") == []
    window.close()
