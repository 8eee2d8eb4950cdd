"""``imports`` and ``undo-import BATCH_ID [--dry-run]``: listed, undone, refused with exit 1."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from row_dump import dump

from alliance_desktop import cli
from alliance_desktop.services.data_safety.opening import open_database
from tests.services.exchange_samples import add_members


def _database(tmp_path: Path) -> Path:
    path = tmp_path / "alliance.sqlite"
    services = open_database(path, create=True)
    try:
        add_members(services)
    finally:
        services.db.dispose()
    return path


def _dump(db: Path) -> object:
    services = open_database(db, create=False, auto_backup=False)
    try:
        return dump(services)
    finally:
        services.db.dispose()


def _changed_export(db: Path, out: Path, notes: str) -> Path:
    assert cli.run(["--db", str(db), "export", "members", "--out", str(out)]) == 0
    with out.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    rows[1][rows[0].index("notes")] = notes
    with out.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows(rows)
    return out


def test_imports_lists_and_undo_import_takes_it_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _database(tmp_path)
    before = _dump(db)
    source = _changed_export(db, tmp_path / "m.csv", "Changed by the import")
    capsys.readouterr()
    assert cli.run(["--db", str(db), "import", "members", str(source)]) == 0
    assert "undo-import 1" in capsys.readouterr().out
    assert cli.run(["--db", str(db), "imports"]) == 0
    listed = capsys.readouterr().out
    assert listed.startswith("1\t") and "m.csv" in listed and "changed 1" in listed
    assert cli.run(["--db", str(db), "undo-import", "1", "--dry-run"]) == 0
    assert "dry run" in capsys.readouterr().out
    assert _dump(db) != before
    assert cli.run(["--db", str(db), "undo-import", "1"]) == 0
    assert capsys.readouterr().out.startswith(
        "Import 1 undone: 0 records removed, 1 record put back"
    )
    assert _dump(db) == before
    assert cli.run(["--db", str(db), "undo-import", "1"]) == 1
    assert "already undone" in capsys.readouterr().err


def test_undo_import_is_refused_after_a_later_change(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _database(tmp_path)
    first = _changed_export(db, tmp_path / "m.csv", "First")
    assert cli.run(["--db", str(db), "import", "members", str(first)]) == 0
    second = _changed_export(db, tmp_path / "m2.csv", "Second")
    assert cli.run(["--db", str(db), "import", "members", str(second)]) == 0
    capsys.readouterr()
    before = _dump(db)
    assert cli.run(["--db", str(db), "undo-import", "1"]) == 1
    err = capsys.readouterr().err
    assert "cannot be undone" in err and "Nothing was changed" in err
    assert _dump(db) == before
    assert cli.run(["--db", str(db), "undo-import", "7"]) == 1
    assert "No import" in capsys.readouterr().err
