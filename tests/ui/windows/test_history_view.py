"""The History view: who, when, field, old → new for a record, newest first, read-only."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from alliance_desktop.domain.records import AuthorityDraft, MembershipDraft
from alliance_desktop.services.data_safety.opening import open_database
from alliance_desktop.ui.formatting import date_text
from alliance_desktop.ui.windows.history_view import HistoryModel, HistoryView


def test_history_of_a_member_and_its_authority(qtbot, qtmodeltester, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    services = open_database(str(tmp_path / "h.sqlite"), create=True)
    try:
        member, _ = services.members.create(
            AuthorityDraft(name="Graz", country_code="AT", population=290000),
            MembershipDraft(authority_uid="", joined_on=dt.date(2019, 1, 1)),
        )
        authority = member.authority
        services.authorities.update(
            authority.meta.uid,
            authority.meta.version,
            AuthorityDraft(name="Graz", country_code="AT", population=291072),
        )
        view = HistoryView(services)
        qtbot.addWidget(view)
        view.load(member.meta.uid, authority.meta.uid)
        qtmodeltester.check(view.model)
        rows = view.model.rows
        assert rows[0][HistoryModel.FIELD] == "Population"  # as the dialog names it
        assert rows[0][HistoryModel.CHANGE] == "290000 → 291072"
        assert rows[0][HistoryModel.WHAT] == "Changed"
        assert rows[0][HistoryModel.WHO] == services.db.user
        assert any(
            r[HistoryModel.WHAT] == "Created"
            and r[HistoryModel.FIELD] == "Joined on"
            and r[HistoryModel.CHANGE] == f"(empty) → {date_text(dt.date(2019, 1, 1))}"
            for r in rows
        )
        assert any(
            r[HistoryModel.FIELD] == "Country" and r[HistoryModel.CHANGE] == "(empty) → Austria"
            for r in rows
        )
        assert view.view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
        index = view.model.index(0, HistoryModel.CHANGE)
        assert not view.model.flags(index) & Qt.ItemFlag.ItemIsEditable
        assert not view.model.setData(index, "tampered")
        view.load()
        assert view.model.rowCount() == 0 and not view.empty_label.isHidden()
    finally:
        services.db.dispose()


def test_entry_without_values_says_so(qtbot) -> None:  # type: ignore[no-untyped-def]
    from alliance_desktop.domain.records import AuditEntry, FieldChange

    view = HistoryView()
    qtbot.addWidget(view)
    entry = AuditEntry(
        id=1,
        at=dt.datetime(2026, 1, 2, 9, 30, tzinfo=dt.UTC),
        user="maria",
        action="update",
        entity="person",
        entity_uid="p1",
        label="contact person",
        changes=(FieldChange("email", None, None), FieldChange("phone", "", "+33 1")),
    )
    view.set_entries([entry])
    changes = [r[HistoryModel.CHANGE] for r in view.model.rows]
    assert changes == ["(changed; the values are not kept)", "(empty) → +33 1"]


def test_links_to_other_records_read_as_words_not_identifiers() -> None:
    from alliance_desktop.ui.windows.history_view import change_text, field_text

    assert field_text("focal_point_uid") == "Focal point"
    assert field_text("decided_on") == "decided on"  # not in a form: its words
    assert change_text(None, "464c2e9c-9813", "focal_point_uid") == "linked"
    assert change_text("464c2e9c", "9813aa", "focal_point_uid") == "linked to another record"
    assert change_text("464c2e9c", None, "focal_point_uid") == "link removed"
