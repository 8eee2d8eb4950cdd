"""The audit log window: filters by user, action, kind, dates and text; nothing can be edited."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractItemView, QPushButton

from alliance_desktop.db.session import Database
from alliance_desktop.domain.records import AuthorityDraft, MembershipDraft, PersonDraft
from alliance_desktop.services.data_safety.opening import Services, open_database
from alliance_desktop.ui.windows.audit_log_window import AuditLogWindow
from tests.ui.fake_prompts import FakePrompts


def _services(tmp_path: Path) -> Services:
    services = open_database(str(tmp_path / "log.sqlite"), create=True)
    services.members.create(
        AuthorityDraft(name="Graz", country_code="AT"),
        MembershipDraft(authority_uid="", joined_on=dt.date(2019, 1, 1)),
    )
    # A colleague's work, under their name.
    colleague = Services.over(Database(services.db.url, user="maria"))
    colleague.persons.create(PersonDraft(name="Eva Huber"))
    colleague.audit.record("export", "membership", "-", "members list", [("rows", None, "1")])
    colleague.db.dispose()
    return services


def test_filters_narrow_the_log(qtbot, qtmodeltester, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    services = _services(tmp_path)
    try:
        window = AuditLogWindow(services, FakePrompts())
        qtbot.addWidget(window)
        qtmodeltester.check(window.model)
        everything = window.model.rowCount()
        assert everything == len(services.audit.list(limit=None)) >= 4
        window.user_box.setCurrentIndex(window.user_box.findData("maria"))
        assert {e.user for e in window.model.entries} == {"maria"}
        window.action_box.setCurrentIndex(window.action_box.findData("export"))
        assert [e.label for e in window.model.entries] == ["members list"]
        window.user_box.setCurrentIndex(0)
        window.action_box.setCurrentIndex(0)
        window.kind_box.setCurrentIndex(window.kind_box.findData("authority"))
        assert {e.entity for e in window.model.entries} == {"authority"}
        window.kind_box.setCurrentIndex(0)
        window.search_edit.setText("graz")
        window.search_edit.returnPressed.emit()
        assert window.model.rowCount() >= 1
        assert all("Graz" in e.label for e in window.model.entries)
        window.search_edit.clear()
        assert window.model.rowCount() == everything
        window.since_check.setChecked(True)
        window.since_edit.setDate(QDate.currentDate().addDays(1))
        assert window.model.rowCount() == 0
        window.since_check.setChecked(False)
        window.until_check.setChecked(True)
        window.until_edit.setDate(QDate.currentDate())
        assert window.model.rowCount() == everything
    finally:
        services.db.dispose()


def test_selecting_an_entry_shows_its_record_history_and_nothing_is_editable(
    qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    services = _services(tmp_path)
    try:
        window = AuditLogWindow(services, FakePrompts())
        qtbot.addWidget(window)
        row = next(
            i
            for i, e in enumerate(window.model.entries)
            if e.entity == "membership" and e.action == "create"
        )
        window.view.selectRow(row)
        assert window.history.model.rowCount() >= 1
        assert window.view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
        for column in range(window.model.columnCount()):
            assert (
                not window.model.flags(window.model.index(0, column)) & Qt.ItemFlag.ItemIsEditable
            )
        words = [b.text().lower() for b in window.findChildren(QPushButton)]
        assert not any("delete" in w or "edit" in w or "remove" in w for w in words)
    finally:
        services.db.dispose()


def test_export_writes_the_filtered_log_in_the_background(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import csv

    services = _services(tmp_path)
    prompts = FakePrompts()
    try:
        out = tmp_path / "log.csv"
        window = AuditLogWindow(services, prompts, ask_export_path=lambda parent, name: out)
        qtbot.addWidget(window)
        window.user_box.setCurrentIndex(window.user_box.findData("maria"))
        with qtbot.waitSignal(window.export_finished, timeout=20_000):
            window.export_button.click()
        with out.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
        maria = services.audit.list(user="maria", limit=None)
        assert [int(r["id"]) for r in rows] == sorted(e.id for e in maria)
        assert {r["user"] for r in rows} == {"maria"}
        assert prompts.calls("info")[-1][2] == f"{len(rows)} entries written to {out}."
        # The export is in the log, naming its filter.
        last = services.audit.list(action="export", entity="audit log")[0]
        assert {c.field: c.new for c in last.changes}["filter"] == "user=maria"
    finally:
        services.db.dispose()
