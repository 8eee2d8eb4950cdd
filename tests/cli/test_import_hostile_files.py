"""``import`` of damaged files through the real entry point: refused, named, nothing written."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from alliance_desktop.domain.records import AuthorityDraft, MembershipDraft
from alliance_desktop.exchange import ListKind
from alliance_desktop.services.data_safety.opening import open_database
from alliance_desktop.services.output.exports import ExportService
from tests.exchange.xlsx_tools import make_workbook


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
    open_database(path, create=True).db.dispose()
    return path


def _state(db: Path) -> tuple[int, int]:
    """How many members and audit entries the database holds."""
    services = open_database(db, create=False)
    try:
        members = len(ExportService(services).rows(ListKind.MEMBERS))
        return members, len(services.audit.list(limit=None))
    finally:
        services.db.dispose()


def test_a_stray_quote_refuses_the_import_and_names_its_line(db: Path, tmp_path: Path) -> None:
    lines = ["name,country_code,joined_on,focal_point", 'Brokenville,PL,2020-01-01,"Jan Nowak']
    lines += [f"Town {i},PL,2020-01-01,Person {i}" for i in range(998)]
    path = tmp_path / "f.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    before = _state(db)
    result = _run("--db", db, "import", "members", path)
    assert result.returncode == 1
    assert result.stdout == ""
    assert '“f.csv”, line 2: a quote (") opens a cell here and is never closed' in (result.stderr)
    assert "Traceback" not in result.stderr
    assert _state(db) == before == (0, before[1])


def test_uncalculated_formulas_and_error_cells_refuse_the_import(db: Path, tmp_path: Path) -> None:
    path = make_workbook(
        tmp_path / "members.xlsx",
        [
            ["name", "country_code", "joined_on", "focal_point"],
            ["Graz", "AT", "2020-01-01", "=A2&B2"],  # openpyxl stores no value for it
            ["Brno", "CZ", "2020-01-01", "#REF!"],
            ["Linz", "AT", "2020-01-01", "Anna Huber"],
        ],
    )
    before = _state(db)
    result = _run("--db", db, "import", "members", path)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "alliance-desktop: 2 problems in members.xlsx; nothing was imported.",
        "row 2, column focal_point: cell D2 is a formula whose value was never calculated (the "
        "program that wrote the file does not calculate formulas); open the file in Excel or "
        "LibreOffice, save it, and import it again",
        "row 3, column focal_point: cell D3 holds the spreadsheet error #REF! instead of a "
        "value; correct it in the workbook and import it again",
    ]
    assert _state(db) == before


def test_look_alike_formulas_and_real_apostrophes_round_trip(db: Path, tmp_path: Path) -> None:
    services = open_database(db, create=False)
    try:
        for i, (name, notes) in enumerate(
            [("'s-Hertogenbosch", "＝1+1"), ("Graz", "＋43 316 872"), ("Brno", "－5 ＠home")]
        ):
            services.members.create(
                AuthorityDraft(name=name, country_code=["NL", "AT", "CZ"][i], notes=notes),
                MembershipDraft(authority_uid="", joined_on=dt.date(2016, 5, 1)),
            )
        before = ExportService(services).rows(ListKind.MEMBERS)
    finally:
        services.db.dispose()
    out = tmp_path / "members.csv"
    result = _run("--db", db, "export", "members", "--out", out)
    assert result.returncode == 0, result.stderr
    text = out.read_text("utf-8-sig")
    # Neutralised for spreadsheets; the city's own apostrophe is left alone.
    assert ",'＝1+1," in text and ",'＋43 316 872," in text and ",'－5 ＠home," in text
    assert ",'s-Hertogenbosch," in text and "''s-Hertogenbosch" not in text
    result = _run("--db", db, "import", "members", out)
    assert result.returncode == 0, result.stderr
    assert "3 unchanged" in result.stdout
    services = open_database(db, create=False)
    try:
        after = ExportService(services).rows(ListKind.MEMBERS)
    finally:
        services.db.dispose()
    assert after == before
    assert {row["name"] for row in after} == {"'s-Hertogenbosch", "Graz", "Brno"}
