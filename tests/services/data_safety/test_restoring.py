"""Restores: audited, the replaced file's later audit entries carried over, erasures re-applied."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import stat
from pathlib import Path

import pytest

from alliance_desktop.domain.enums import AuditAction
from alliance_desktop.domain.records import AuthorityDraft, PersonDraft, SignatureDraft
from alliance_desktop.services.data_safety.erasure_ledger import ledger_file
from alliance_desktop.services.data_safety.opening import Services, open_database
from alliance_desktop.services.data_safety.restoring import CARRIED_OVER, restore_database
from alliance_desktop.services.privacy import ERASED_NAME

EMAIL = "Ana.Kovac@Zagreb-Example.hr"


def _open(path: Path) -> Services:
    return open_database(str(path), create=True)


def _people(path: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return list(conn.execute("SELECT name, email FROM person ORDER BY name"))
    finally:
        conn.close()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "alliance.sqlite"


def _setup_and_back_up(path: Path) -> tuple[list[str], str, Path]:
    """Two people and a signer in the database, then a backup of it."""
    services = _open(path)
    try:
        zagreb, _ = services.authorities.create(AuthorityDraft(name="Zagreb", country_code="HR"))
        ana = services.persons.create(
            PersonDraft(name="Ana Kovač", email=EMAIL, authority_uid=zagreb.meta.uid)
        )
        ivo = services.persons.create(PersonDraft(name="Ivo Horvat", email="ivo@example.hr"))
        services.persons.create(PersonDraft(name="Stays Here", email="stays@example.hr"))
        signature = services.signatures.create(
            SignatureDraft(
                authority_uid=zagreb.meta.uid,
                signer_name="Milan Bandić",
                signer_function="Mayor",
                signed_on=dt.date(2018, 3, 1),
                country_code="HR",
            )
        )
        backup = services.backups.back_up_now().path
    finally:
        services.db.dispose()
    return [ana.meta.uid, ivo.meta.uid], signature.meta.uid, backup


def test_restore_erases_again_whoever_was_erased_since_the_backup(db_path: Path) -> None:
    (ana, ivo), signature, backup = _setup_and_back_up(db_path)
    services = _open(db_path)
    try:
        services.privacy.erase(ana)
        services.privacy.erase(ivo)
        services.persons.create(PersonDraft(name="Added Later"))
    finally:
        services.db.dispose()

    report = restore_database(db_path, backup)

    assert report.re_erased.erasures == 2 and report.re_erased.people == 2
    people = _people(db_path)
    assert ("Stays Here", "stays@example.hr") in people
    assert [p for p in people if p[0] == ERASED_NAME] == [(ERASED_NAME, "")] * 2
    assert "Added Later" not in [p[0] for p in people]  # the backup is older
    raw = db_path.read_bytes()
    assert b"Kova" not in raw and b"ivo@example" not in raw  # vacuumed: not even free pages
    # The ledger beside the database names nobody: uids and salted hashes only.
    ledger = ledger_file(db_path)
    text = ledger.read_text(encoding="utf-8")
    assert stat.S_IMODE(ledger.stat().st_mode) == 0o600
    for clear in ("Ana", "Kova", "ana.kovac", "zagreb-example", "Ivo", "Horvat", "ivo@"):
        assert clear.lower() not in text.lower()
    lines = [json.loads(line) for line in text.splitlines()]
    assert {line["uid"] for line in lines} == {ana, ivo}
    assert all(len(line["email_sha256"]) == 64 for line in lines)
    del signature
    # The erase entries carried over keep their origin, though the person was erased again.
    services = _open(db_path)
    try:
        entries = services.audit.list(action="erase", limit=None)
    finally:
        services.db.dispose()
    kept = report.result.kept.name  # type: ignore[union-attr]
    carried = [e for e in entries if e.label == "contact person"]
    assert len(carried) == 2
    assert all(c.new == kept for e in carried for c in e.changes if c.field == CARRIED_OVER)
    assert all(any(c.field == CARRIED_OVER for c in e.changes) for e in carried)


def test_restore_erases_a_signer_again(db_path: Path) -> None:
    _uids, signature, backup = _setup_and_back_up(db_path)
    services = _open(db_path)
    try:
        groups = services.privacy.find_people("bandic")
        assert [g.signature_uids for g in groups] == [(signature,)]
        services.privacy.erase_group(groups[0])
    finally:
        services.db.dispose()
    report = restore_database(db_path, backup)
    assert report.re_erased.signers == 1
    services = _open(db_path)
    try:
        assert services.signatures.get(signature).draft.signer_name == ERASED_NAME
        assert services.privacy.find_people("bandic") == []
    finally:
        services.db.dispose()


def test_the_same_email_under_another_uid_is_erased_again(db_path: Path) -> None:
    """An import made the person twice (different case): erasing one erased both, and a
    restore erases both again."""
    services = _open(db_path)
    try:
        first = services.persons.create(PersonDraft(name="Ana Kovač", email=EMAIL))
        services.persons.create(PersonDraft(name="Ana Kovac", email=EMAIL.lower()))
        backup = services.backups.back_up_now().path
        services.privacy.erase(first.meta.uid)
    finally:
        services.db.dispose()
    report = restore_database(db_path, backup)
    assert report.re_erased.people == 2
    assert {p[0] for p in _people(db_path)} == {ERASED_NAME}


def test_restore_is_audited_and_later_entries_are_carried_over(db_path: Path) -> None:
    _uids, _signature, backup = _setup_and_back_up(db_path)
    services = _open(db_path)
    try:
        later = services.persons.create(PersonDraft(name="Made After The Backup"))
        before = len(services.audit.list(limit=None))
    finally:
        services.db.dispose()

    report = restore_database(db_path, backup)

    assert report.carried_over == 1
    assert report.backup_taken_at is not None
    services = _open(db_path)
    try:
        entries = services.audit.list(limit=None)
    finally:
        services.db.dispose()
    restore = entries[0]
    assert restore.action == AuditAction.BACKUP_RESTORE
    changes = {c.field: c.new for c in restore.changes}
    assert changes["backup"] == backup.name
    assert changes["backup_made_at"] == report.backup_taken_at.isoformat(timespec="seconds")
    assert changes["replaced_file_kept_as"] == report.result.kept.name  # type: ignore[union-attr]
    assert restore.user
    carried = [e for e in entries if any(c.field == CARRIED_OVER for c in e.changes)]
    assert [(e.action, e.entity_uid) for e in carried] == [("create", later.meta.uid)]
    # Everything the backup had, the carried entry, and the restore itself.
    assert len(entries) == before + 1


def test_restoring_over_a_foreign_file_still_audits_and_re_erases(db_path: Path) -> None:
    """The file being replaced cannot be read (here: not ours any more): nothing to carry
    over, said so; the restore is still recorded and the ledger beside it still applied."""
    (ana, _ivo), _signature, backup = _setup_and_back_up(db_path)
    services = _open(db_path)
    try:
        services.privacy.erase(ana)
    finally:
        services.db.dispose()
    db_path.unlink()
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.commit()
    conn.close()

    report = restore_database(db_path, backup)

    assert report.carried_over is None
    assert report.re_erased.people == 1
    services = _open(db_path)
    try:
        assert services.persons.get(ana).draft.name == ERASED_NAME
        [restore] = services.audit.list(action=AuditAction.BACKUP_RESTORE.value)
        assert {c.field: c.new for c in restore.changes}["entries_carried_over"] is None
    finally:
        services.db.dispose()
