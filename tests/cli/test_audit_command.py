"""``audit --out``: the audit log as a file through the real entry point; the export is audited."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

from openpyxl import load_workbook

from alliance_desktop.domain.records import PersonDraft
from alliance_desktop.services.data_safety.opening import open_database
from tests.services.exchange_samples import add_members


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "alliance_desktop", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _database(tmp_path: Path) -> Path:
    path = tmp_path / "alliance.sqlite"
    services = open_database(path, create=True)
    try:
        add_members(services)
        services.persons.create(PersonDraft(name="Ana Kovač", email="ana@example.hr"))
    finally:
        services.db.dispose()
    return path


def test_audit_export_writes_the_log_as_csv(tmp_path: Path) -> None:
    db = _database(tmp_path)
    out = tmp_path / "audit.csv"
    done = _run("--db", db, "audit", "--out", out)
    assert done.returncode == 0, done.stderr
    services = open_database(db, create=False)
    try:
        log = list(reversed(services.audit.list(limit=None)))
        exported = services.audit.list(action="export", entity="audit log")
    finally:
        services.db.dispose()
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert f"{len(rows)} audit entries written" in done.stdout
    # Every entry before the export's own, in order, field for field.
    assert len(rows) == len(log) - 1 and len(rows) > 5
    for row, entry in zip(rows, log, strict=False):
        assert int(row["id"]) == entry.id
        assert row["user"] == entry.user and row["action"] == entry.action
        assert row["entity_uid"] == entry.entity_uid and row["label"] == entry.label
        assert json.loads(row["changes"]) == [[c.field, c.old, c.new] for c in entry.changes]
    # The export itself is in the log, with its filter.
    assert len(exported) == 1
    changes = {c.field: c.new for c in exported[0].changes}
    assert changes["rows"] == str(len(rows)) and changes["filter"] == "whole log"


def test_audit_export_filters_by_user_kind_and_dates_into_xlsx(tmp_path: Path) -> None:
    db = _database(tmp_path)
    out = tmp_path / "audit.xlsx"
    done = _run(
        "--db",
        db,
        "audit",
        "--out",
        out,
        "--kind",
        "person",
        "--from",
        "2000-01-01",
        "--to",
        "2999-12-31",
        "--user",
        "nobody-such",
    )
    assert done.returncode == 0, done.stderr
    assert "0 audit entries" in done.stdout
    sheet = load_workbook(out).active
    assert sheet is not None and sheet.max_row == 1  # the header only
    done = _run("--db", db, "audit", "--out", out, "--kind", "person")
    rows = list(load_workbook(out).active.iter_rows(values_only=True))  # type: ignore[union-attr]
    assert done.returncode == 0, done.stderr
    assert len(rows) > 1 and {r[4] for r in rows[1:]} == {"person"}
    services = open_database(db, create=False)
    try:
        last = services.audit.list(action="export")[0]
    finally:
        services.db.dispose()
    assert {c.field: c.new for c in last.changes}["filter"] == "entity=person"


def test_audit_export_refuses_a_bad_date(tmp_path: Path) -> None:
    db = _database(tmp_path)
    done = _run("--db", db, "audit", "--out", tmp_path / "a.csv", "--from", "yesterday")
    assert done.returncode == 2
    assert "not a date" in done.stderr
