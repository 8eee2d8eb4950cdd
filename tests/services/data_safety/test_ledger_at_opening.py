"""A backup copied over the database by hand: opening erases again whoever the ledger names."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

from alliance_desktop.domain.records import AuthorityDraft, PersonDraft, SignatureDraft
from alliance_desktop.services.data_safety.opening import open_database
from alliance_desktop.services.privacy import ERASED_NAME


def _names(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        people = [r[0] for r in conn.execute("SELECT name FROM person ORDER BY name")]
        return people + [r[0] for r in conn.execute("SELECT signer_name FROM signature")]
    finally:
        conn.close()


def test_an_older_copy_put_in_place_by_hand_is_erased_again_at_opening(tmp_path: Path) -> None:
    path = tmp_path / "alliance.sqlite"
    services = open_database(path, create=True)
    try:
        zagreb, _ = services.authorities.create(AuthorityDraft(name="Zagreb", country_code="HR"))
        ana = services.persons.create(PersonDraft(name="Ana Kovač", email="ana@example.hr"))
        services.persons.create(PersonDraft(name="Stays Here"))
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
        services.privacy.erase(ana.meta.uid)
        (group,) = services.privacy.find_people("bandic")
        assert group.signature_uids == (signature.meta.uid,)
        services.privacy.erase_group(group)
    finally:
        services.db.dispose()
    # Outside the application: the older backup copied over the database file.
    shutil.copyfile(backup, path)
    assert "Ana Kovač" in _names(path)

    services = open_database(path, create=False)
    try:
        notices = [str(notice) for notice in services.db.notices]
    finally:
        services.db.dispose()

    names = _names(path)
    assert "Ana Kovač" not in names and "Milan Bandić" not in names
    assert ERASED_NAME in names and "Stays Here" in names
    assert "2 people erased earlier were erased again in this file" in notices
    assert b"Kova" not in path.read_bytes()  # cleaned, not only overwritten

    # Opening again: nothing left to erase, nothing to tell.
    services = open_database(path, create=False)
    try:
        assert not any("erased again" in notice for notice in services.db.notices)
    finally:
        services.db.dispose()


def test_a_read_only_opening_leaves_the_file_alone(tmp_path: Path) -> None:
    path = tmp_path / "alliance.sqlite"
    services = open_database(path, create=True)
    try:
        ana = services.persons.create(PersonDraft(name="Ana Kovač"))
        backup = services.backups.back_up_now().path
        services.privacy.erase(ana.meta.uid)
    finally:
        services.db.dispose()
    shutil.copyfile(backup, path)
    services = open_database(path, create=False, read_only=True)
    services.db.dispose()
    assert "Ana Kovač" in _names(path)
