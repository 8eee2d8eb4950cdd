"""Undo an import: what it added removed, what it changed put back; refused after a later edit."""

from __future__ import annotations

import csv
import dataclasses
from pathlib import Path

import pytest
from row_dump import dump

from alliance_desktop.domain.errors import RefusedError
from alliance_desktop.exchange import COLUMNS, ListKind, read_rows
from alliance_desktop.services.data_safety.opening import Services
from alliance_desktop.services.imports.service import DuplicateChoice, ImportService
from alliance_desktop.services.output.exports import ExportFormat, ExportRequest, ExportService
from tests.services.exchange_samples import add_applications, add_members, add_signatures

NAME = {
    ListKind.MEMBERS: "name",
    ListKind.SIGNATORIES: "signer_name",
    ListKind.APPLICATIONS: "applicant_name",
}
# Columns a new row leaves empty: the register gives them (a new uid, the next numbers).
GIVEN = ("uid", "participant_no", "certificate_no", "status", "decided_on", "name_latin")
GIVEN += ("name_en", "name_fr", "email", "website", "contact_email", "authority_uid")


def _changed_file(services: Services, kind: ListKind, path: Path) -> Path:
    """The list as exported, its first record's notes changed and one record added."""
    ExportService(services).export(ExportRequest(kind, path, ExportFormat.CSV))
    with path.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    header, first = rows[0], rows[1]
    first[header.index("notes")] = "Changed by the import"
    added = list(first)
    added[header.index(NAME[kind])] = "Βόλος"
    for column in GIVEN:
        if column in header:
            added[header.index(column)] = ""
    if "name" in header and kind is not ListKind.MEMBERS:
        added[header.index("name")] = ""
    rows.append(added)
    with path.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows(rows)
    return path


def _import(services: Services, kind: ListKind, path: Path) -> int:
    importer = ImportService(services, backup=None)
    plan = importer.plan(kind, read_rows(path, COLUMNS[kind]), path.name)
    assert plan.ok, plan.report()
    summary = importer.apply(plan, default_choice=DuplicateChoice.UPDATE, backup=False)
    assert summary.added >= 1 and summary.updated == 1
    assert summary.batch_id is not None
    return summary.batch_id


@pytest.fixture
def filled(services: Services) -> Services:
    add_members(services)
    add_signatures(services)
    add_applications(services)
    return services


@pytest.mark.parametrize("kind", list(ListKind))
def test_undo_removes_what_was_added_and_puts_back_what_changed(
    filled: Services, tmp_path: Path, kind: ListKind
) -> None:
    before = dump(filled)
    batch = _import(filled, kind, _changed_file(filled, kind, tmp_path / "list.csv"))
    after = dump(filled)
    assert after != before
    [listed] = filled.import_batches.list()
    assert (listed.id, listed.kind, listed.file_name) == (batch, kind.value, "list.csv")
    assert listed.updated == 1 and listed.added >= 1 and listed.undone_at is None
    dry = filled.import_batches.undo(batch, dry_run=True, backup=False)
    assert dry.removed >= 1 and dry.restored >= 1
    assert dump(filled) == after
    done = filled.import_batches.undo(batch, backup=False)
    assert (done.removed, done.restored) == (dry.removed, dry.restored)
    assert dump(filled) == before
    assert filled.import_batches.list()[0].undone_by == filled.db.user
    with pytest.raises(RefusedError, match="already undone"):
        filled.import_batches.undo(batch, backup=False)
    actions = [e.action for e in filled.audit.list(limit=None)]
    assert "undo-import" in actions


def test_undo_refused_naming_the_records_edited_since(filled: Services, tmp_path: Path) -> None:
    batch = _import(
        filled, ListKind.MEMBERS, _changed_file(filled, ListKind.MEMBERS, tmp_path / "m.csv")
    )
    added = next(r for r in filled.members.list().rows if r.name == "Βόλος")
    record = filled.members.get(added.uid)
    filled.members.update(
        added.uid,
        record.meta.version,
        record.draft,
        dataclasses.replace(record.authority.draft, website="https://volos.gr"),
        authority_version=record.authority.meta.version,
    )
    before = dump(filled)
    with pytest.raises(RefusedError) as refused:
        filled.import_batches.undo(batch, backup=False)
    assert "Βόλος" in str(refused.value) and "cannot be undone" in str(refused.value)
    assert dump(filled) == before
    assert filled.import_batches.list()[0].undone_at is None
