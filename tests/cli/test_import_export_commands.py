"""``import`` and ``export`` through the real entry point (python -m alliance_desktop)."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from alliance_desktop.exchange import ListKind
from alliance_desktop.services.data_safety.opening import open_database
from alliance_desktop.services.output.exports import ExportService
from tests.services.exchange_samples import add_applications, add_members, add_signatures


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "alliance_desktop", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "alliance.sqlite"
    services = open_database(path, create=True)
    try:
        add_members(services)
        add_signatures(services)
        add_applications(services)
    finally:
        services.db.dispose()
    return path


def _rows(db: Path, kind: ListKind) -> list[dict[str, object]]:
    services = open_database(db, create=False)
    try:
        return ExportService(services).rows(kind)
    finally:
        services.db.dispose()


def _write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows(rows)
    return path


@pytest.mark.parametrize("kind", list(ListKind))
@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_changes_nothing(
    db: Path, tmp_path: Path, kind: ListKind, suffix: str
) -> None:
    before = _rows(db, kind)
    out = tmp_path / f"{kind.value}{suffix}"
    result = _run("--db", db, "export", kind.value, "--out", out)
    assert result.returncode == 0, result.stderr
    assert f"{len(before)} {kind.value} written" in result.stdout
    result = _run("--db", db, "import", kind.value, out)
    assert result.returncode == 0, result.stderr
    assert f"0 {'signatures' if kind is ListKind.SIGNATORIES else kind.value} added" in (
        result.stdout
    )
    assert f"{len(before)} unchanged" in result.stdout
    assert _rows(db, kind) == before


def test_export_formats_filters_and_delimiter(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "members.csv"
    assert _run("--db", db, "export", "members", "--out", out, "--delimiter", ";").returncode == 0
    text = out.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("participant_no;name;name_latin;")
    assert "Łódź" in text and "Крагујевац" in text
    assert "'=SUM(A1:A3) is not a formula" in text  # neutralised for spreadsheets

    xlsx = tmp_path / "polish.xlsx"
    result = _run("--db", db, "export", "members", "--out", xlsx, "--country", "Poland")
    assert result.returncode == 0, result.stderr
    sheet = load_workbook(xlsx, read_only=True).active
    values = list(sheet.values)
    assert [v[1] for v in values[1:]] == ["Łódź"]

    pdf = tmp_path / "liste.pdf"
    result = _run("--db", db, "export", "signatories", "--out", pdf, "--lang", "fr")
    assert result.returncode == 0, result.stderr
    assert pdf.read_bytes().startswith(b"%PDF")

    odd = tmp_path / "members.txt"
    result = _run("--db", db, "export", "members", "--out", odd, "--format", "xlsx")
    assert result.returncode == 0
    assert odd.read_bytes().startswith(b"PK")


def test_export_usage_errors_exit_2(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.csv"
    assert (
        _run("--db", db, "export", "members", "--out", out, "--status", "pending").returncode == 2
    )
    assert (
        _run("--db", db, "export", "members", "--out", out, "--country", "Narnia").returncode == 2
    )
    assert not out.exists()


def test_dry_run_writes_nothing(db: Path, tmp_path: Path) -> None:
    path = _write_csv(
        tmp_path / "new.csv",
        [
            ["name", "country", "joined_on"],
            ["Graz", "AT", "2017-01-01"],
            ["Brno", "CZ", "2017-01-01"],
        ],
    )
    before = _rows(db, ListKind.MEMBERS)
    audit_before = _audit_count(db)
    result = _run("--db", db, "import", "members", path, "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "would add 2" in result.stdout
    assert _rows(db, ListKind.MEMBERS) == before
    assert _audit_count(db) == audit_before
    result = _run("--db", db, "import", "members", path)
    assert result.returncode == 0, result.stderr
    assert "2 members added" in result.stdout
    assert len(_rows(db, ListKind.MEMBERS)) == len(before) + 2


def _audit_count(db: Path) -> int:
    services = open_database(db, create=False)
    try:
        return len(services.audit.list(limit=None))
    finally:
        services.db.dispose()


def test_an_invalid_row_exits_1_and_writes_nothing(db: Path, tmp_path: Path) -> None:
    path = _write_csv(
        tmp_path / "bad.csv",
        [
            ["name", "country", "joined_on"],
            ["Graz", "AT", "2017-01-01"],
            ["Brno", "CZ", "30.02.2017"],
        ],
    )
    before = _rows(db, ListKind.MEMBERS)
    result = _run("--db", db, "import", "members", path)
    assert result.returncode == 1
    assert "nothing was imported" in result.stderr
    assert "row 3, column joined_on:" in result.stderr
    assert _rows(db, ListKind.MEMBERS) == before


def test_an_unreadable_file_exits_1(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "picture.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    result = _run("--db", db, "import", "members", path)
    assert result.returncode == 1
    assert "picture.csv" in result.stderr


def test_web_form_applications_arrive_received(db: Path, tmp_path: Path) -> None:
    path = _write_csv(
        tmp_path / "form.csv",
        [
            ["Applicant", "Country", "Received on", "Contact", "Contact's e-mail"],
            ["Graz", "Austria", "02.04.2024", "Elke Kahr", "buergermeisterin@graz.at"],
        ],
    )
    result = _run("--db", db, "import", "applications", path)
    assert result.returncode == 0, result.stderr
    assert "1 application added" in result.stdout
    rows = {r["applicant_name"]: r for r in _rows(db, ListKind.APPLICATIONS)}
    assert rows["Graz"]["status"] == "received"
    assert rows["Graz"]["contact_name"] == "Elke Kahr"


def test_duplicates_by_uid_update(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "members.csv"
    assert _run("--db", db, "export", "members", "--out", out).returncode == 0
    rows = list(csv.reader(out.open(encoding="utf-8-sig")))
    rows[1][rows[0].index("roma_population_note")] = "estimate 2024"
    _write_csv(out, rows)
    result = _run("--db", db, "import", "members", out)
    assert result.returncode == 0, result.stderr
    assert "0 members added, 1 updated" in result.stdout
    assert [r["roma_population_note"] for r in _rows(db, ListKind.MEMBERS)].count(
        "estimate 2024"
    ) == 1
