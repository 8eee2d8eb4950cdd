"""Every undoable action undone and redone: the rows equal their state before and after."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

import pytest
from row_dump import dump
from sqlalchemy import select

from alliance_desktop.db.models import AuditEntry
from alliance_desktop.db.session import Database
from alliance_desktop.domain.errors import ConflictError
from alliance_desktop.domain.records import (
    ApplicationDraft,
    AuthorityDraft,
    MembershipDraft,
    PersonDraft,
    SignatureDraft,
)
from alliance_desktop.services.data_safety.opening import Services
from alliance_desktop.services.undo.undo_service import ChangeSet

TODAY = dt.date.today()


def _member(services: Services, name: str = "Kraków") -> str:
    record, _ = services.members.create(
        AuthorityDraft(name=name, country_code="PL"),
        MembershipDraft(authority_uid="", joined_on=dt.date(2016, 1, 1)),
        PersonDraft(name="Anna Nowak", function="Focal point", email="anna@example.org"),
    )
    return record.uid


def _application(services: Services, name: str = "Rīga") -> str:
    return services.applications.create(
        ApplicationDraft(
            applicant_name=name,
            country_code="LV",
            received_on=TODAY - dt.timedelta(days=10),
            contact_name="Jānis Bērziņš",
            contact_email="janis@example.org",
        )
    ).uid


def _signature(services: Services) -> str:
    return services.signatures.create(
        SignatureDraft(
            signer_name="Ivana Petrović", signed_on=dt.date(2018, 3, 9), country_code="HR"
        )
    ).uid


def _round_trip(services: Services, action: Callable[[], object]) -> ChangeSet:
    """Run ``action`` recorded, then undo, redo and undo it, comparing every table."""
    before = dump(services)
    with services.undo.recording() as recording:
        action()
    after = dump(services)
    assert after != before
    assert recording.changes
    services.undo.undo(recording.changes)
    assert dump(services) == before
    services.undo.redo(recording.changes)
    assert dump(services) == after
    services.undo.undo(recording.changes)
    assert dump(services) == before
    return recording.changes


def test_new_member_undone_removes_authority_membership_and_focal_point(services: Services) -> None:
    _round_trip(services, lambda: _member(services))
    assert services.members.list().total == 0


def test_member_edit_undone_and_redone(services: Services) -> None:
    uid = _member(services)
    record = services.members.get(uid)
    authority = dataclasses.replace(record.authority.draft, name="Krakow", website="krakow.pl")
    membership = dataclasses.replace(record.draft, notes="Renamed")
    _round_trip(
        services,
        lambda: services.members.update(
            uid,
            record.meta.version,
            membership,
            authority,
            authority_version=record.authority.meta.version,
        ),
    )
    assert services.members.get(uid).authority.draft.name == "Kraków"


def test_delete_and_restore_from_trash_undone(services: Services) -> None:
    uid = _member(services)
    _round_trip(services, lambda: services.members.delete(uid))
    services.members.delete(uid)
    _round_trip(services, lambda: services.trash.restore("membership", uid))


def test_signature_new_edit_delete_undone(services: Services) -> None:
    _round_trip(services, lambda: _signature(services))
    uid = _signature(services)
    record = services.signatures.get(uid)
    draft = dataclasses.replace(record.draft, place="Strasbourg")
    _round_trip(services, lambda: services.signatures.update(uid, record.meta.version, draft))
    _round_trip(services, lambda: services.signatures.delete(uid))


def test_application_steps_undone(services: Services) -> None:
    _round_trip(services, lambda: _application(services))
    uid = _application(services)
    version = services.applications.get(uid).meta.version
    _round_trip(services, lambda: services.applications.request_information(uid, version, "Map"))
    _round_trip(services, lambda: services.applications.decline(uid, version, "Not eligible"))
    _round_trip(services, lambda: services.applications.withdraw(uid, version))


def test_accept_undone_removes_the_member_and_puts_the_application_back(
    services: Services,
) -> None:
    uid = _application(services)
    version = services.applications.get(uid).meta.version
    _round_trip(services, lambda: services.applications.accept(uid, version))
    assert services.members.list().total == 0
    assert services.applications.get(uid).draft.authority_uid is None


def test_settings_change_undone(services: Services) -> None:
    texts = services.org_settings.certificate_texts()
    changed = dataclasses.replace(texts, **{_first_text_field(texts): "Changed title"})
    _round_trip(services, lambda: services.org_settings.save_certificate_texts(changed))
    assert services.org_settings.certificate_texts() == texts


def _first_text_field(texts: object) -> str:
    return next(
        f.name for f in dataclasses.fields(texts) if isinstance(getattr(texts, f.name), str)
    )  # type: ignore[arg-type]


def test_undo_and_redo_are_audited(services: Services) -> None:
    uid = _member(services)
    with services.undo.recording() as recording:
        services.members.delete(uid)
    services.undo.undo(recording.changes)
    services.undo.redo(recording.changes)
    with services.db.read() as session:
        actions = list(
            session.scalars(select(AuditEntry.action).where(AuditEntry.entity_uid == uid))
        )
    assert actions[-3:] == ["delete", "undo", "redo"]


def test_undo_refused_after_a_change_from_another_session(services: Services) -> None:
    uid = _member(services)
    with services.undo.recording() as recording:
        services.members.delete(uid)
    services.members.restore(uid)
    # A colleague on the same database: another engine, another user.
    colleague = Services.over(Database(services.db.url, user="colleague"))
    try:
        colleague.members.delete(uid)
    finally:
        colleague.db.dispose()
    services.members.restore(uid)
    before = dump(services)
    with pytest.raises(ConflictError) as refused:
        services.undo.undo(recording.changes)
    assert dump(services) == before
    assert refused.value.uid == uid


def test_undo_refused_when_edited_since_and_names_who(services: Services) -> None:
    uid = _member(services)
    with services.undo.recording() as recording:
        services.members.delete(uid)
    services.undo.undo(recording.changes)
    colleague = Services.over(Database(services.db.url, user="colleague"))
    try:
        record = colleague.members.get(uid)
        colleague.members.update(
            uid,
            record.meta.version,
            dataclasses.replace(record.draft, notes="Seen by the colleague"),
            record.authority.draft,
            authority_version=record.authority.meta.version,
        )
    finally:
        colleague.db.dispose()
    before = dump(services)
    with pytest.raises(ConflictError) as refused:
        services.undo.redo(recording.changes)
    assert refused.value.by == "colleague"
    assert "colleague" in str(refused.value)
    assert dump(services) == before


def test_a_refused_action_records_nothing(services: Services) -> None:
    uid = _member(services)
    with services.undo.recording() as recording, pytest.raises(ConflictError):
        services.members.delete(uid, version=99)
    assert not recording.changes


def test_settings_undo_refused_after_a_colleague_changed_them(services: Services) -> None:
    texts = services.org_settings.certificate_texts()
    field = _first_text_field(texts)
    with services.undo.recording() as recording:
        services.org_settings.save_certificate_texts(dataclasses.replace(texts, **{field: "Mine"}))
    colleague = Services.over(Database(services.db.url, user="colleague"))
    try:
        colleague.org_settings.save_certificate_texts(
            dataclasses.replace(texts, **{field: "Theirs"})
        )
    finally:
        colleague.db.dispose()
    with pytest.raises(ConflictError) as refused:
        services.undo.undo(recording.changes)
    assert "organisation settings" in str(refused.value) and "colleague" in str(refused.value)
    assert getattr(services.org_settings.certificate_texts(), field) == "Theirs"
