"""``import``: what the command says about a file's columns, and one date for every row."""

from __future__ import annotations

import csv
import datetime as dt
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from alliance_desktop.domain.records import AuthorityDraft
from alliance_desktop.exchange import ListKind
from alliance_desktop.services.data_safety.opening import open_database
from alliance_desktop.services.output.exports import ExportService

# The first rows of /work/shared/data/authorities_sample.csv: a list of authorities that
# names no list's dates, with columns no list has.
AUTHORITIES = [
    ["name", "name_latin", "country_code", "kind", "population", "confirmed_role", "source_url"],
    ["Belsh", "Belsh", "AL", "municipality", "20700", "declaration_signatory", "https://x.org/1"],
    ["Elbasan", "Elbasan", "AL", "municipality", "142000", "declaration_signatory", ""],
    ["Sarajevo Canton", "", "BA", "region", "413593", "member", "https://x.org/2"],
]


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "alliance_desktop", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows(rows)
    return path


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "alliance.sqlite"
    open_database(path, create=True).db.dispose()
    return path


def _rows(db: Path, kind: ListKind) -> list[dict[str, object]]:
    services = open_database(db, create=False)
    try:
        return ExportService(services).rows(kind)
    finally:
        services.db.dispose()


def test_members_with_one_joining_date_and_the_ignored_columns_named(
    db: Path, tmp_path: Path
) -> None:
    path = _write_csv(tmp_path / "authorities.csv", AUTHORITIES)
    result = _run("--db", db, "import", "members", path, "--joined-on", "20.10.2015")
    assert result.returncode == 0, result.stderr
    assert "ignored columns (no members field): confirmed_role, source_url" in result.stderr
    assert "3 members added" in result.stdout
    rows = _rows(db, ListKind.MEMBERS)
    assert {r["joined_on"] for r in rows} == {dt.date(2015, 10, 20)}
    assert {r["name"]: r["population"] for r in rows}["Elbasan"] == 142000


def test_a_missing_required_column_is_reported_once(db: Path, tmp_path: Path) -> None:
    path = _write_csv(tmp_path / "authorities.csv", AUTHORITIES)
    result = _run("--db", db, "import", "members", path)
    assert result.returncode == 1
    assert "1 problem in authorities.csv; nothing was imported" in result.stderr
    assert result.stderr.count("joined_on") == 1
    assert "column joined_on: this required column is missing" in result.stderr
    assert "--joined-on DATE" in result.stderr  # how to give one date for every row
    assert "row 2" not in result.stderr
    assert _rows(db, ListKind.MEMBERS) == []


def test_signatories_missing_two_columns_name_each_once(db: Path, tmp_path: Path) -> None:
    path = _write_csv(tmp_path / "authorities.csv", AUTHORITIES)
    result = _run("--db", db, "import", "signatories", path, "--dry-run")
    assert result.returncode == 1
    assert "2 problems in authorities.csv" in result.stderr
    assert result.stderr.count("signer_name") == 1
    assert result.stderr.count("signed_on") == 1
    assert "row 2" not in result.stderr


def test_signatories_with_one_signing_date(db: Path, tmp_path: Path) -> None:
    services = open_database(db, create=False)
    try:
        services.authorities.create(AuthorityDraft(name="Elbasan", country_code="AL"))
    finally:
        services.db.dispose()
    path = _write_csv(
        tmp_path / "signed.csv",
        [
            ["name", "country_code", "signer_name", "place"],
            ["Belsh", "AL", "Mayor of Belsh", "Tirana"],
            ["Elbasan", "AL", "Mayor of Elbasan", "Tirana"],
        ],
    )
    result = _run("--db", db, "import", "signatories", path, "--signed-on", "2019-05-06")
    assert result.returncode == 0, result.stderr
    assert (
        "signed.csv: 2 signatures added, 0 updated, 0 skipped, 0 unchanged; 1 of the added "
        "linked to existing authorities" in result.stdout
    )
    rows = _rows(db, ListKind.SIGNATORIES)
    assert {r["signed_on"] for r in rows} == {dt.date(2019, 5, 6)}
    assert "ignored" not in result.stderr


def test_applications_take_name_and_kind_and_one_receiving_date(db: Path, tmp_path: Path) -> None:
    path = _write_csv(tmp_path / "authorities.csv", AUTHORITIES)
    result = _run("--db", db, "import", "applications", path, "--received-on", "2024-04-02")
    assert result.returncode == 0, result.stderr
    assert "3 applications added" in result.stdout
    assert (
        "ignored columns (no applications field): population, confirmed_role, source_url"
        in result.stderr
    )
    rows = {r["applicant_name"]: r for r in _rows(db, ListKind.APPLICATIONS)}
    assert set(rows) == {"Belsh", "Elbasan", "Sarajevo Canton"}
    assert rows["Sarajevo Canton"]["applicant_kind"] == "region"
    assert rows["Belsh"]["applicant_name_latin"] == "Belsh"
    assert {r["received_on"] for r in rows.values()} == {dt.date(2024, 4, 2)}


def test_the_applications_export_reads_back_with_its_own_headers(db: Path, tmp_path: Path) -> None:
    path = _write_csv(tmp_path / "authorities.csv", AUTHORITIES)
    assert (
        _run("--db", db, "import", "applications", path, "--received-on", "2024-04-02").returncode
        == 0
    )
    out = tmp_path / "applications.csv"
    assert _run("--db", db, "export", "applications", "--out", out).returncode == 0
    result = _run("--db", db, "import", "applications", out)
    assert result.returncode == 0, result.stderr
    assert "0 applications added, 0 updated, 0 skipped, 3 unchanged" in result.stdout
    assert "ignored" not in result.stderr


def test_a_second_column_for_a_field_is_named_as_ignored(db: Path, tmp_path: Path) -> None:
    path = _write_csv(
        tmp_path / "m.csv",
        [["name", "Name", "country", "joined_on"], ["Graz", "Graz", "AT", "2017-01-01"]],
    )
    result = _run("--db", db, "import", "members", path, "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "ignored columns (a second column for the same field): Name" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["members", "--signed-on", "2019-05-06"], "--signed-on is for signatories"),
        (["members", "--joined-on", "30.02.2015"], "--joined-on: “30.02.2015” is not a valid"),
        (["signatories", "--received-on", "2024-01-01"], "--received-on is for applications"),
    ],
)
def test_a_date_option_that_does_not_fit_is_a_usage_error(
    db: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    path = _write_csv(tmp_path / "authorities.csv", AUTHORITIES)
    kind, *options = args
    result = _run("--db", db, "import", kind, path, *options)
    assert result.returncode == 2
    assert message in result.stderr
    assert _rows(db, ListKind(kind)) == []


def test_a_date_option_is_refused_when_the_file_has_that_column(db: Path, tmp_path: Path) -> None:
    path = _write_csv(
        tmp_path / "m.csv", [["name", "country", "Joined on"], ["Graz", "AT", "2017-01-01"]]
    )
    result = _run("--db", db, "import", "members", path, "--joined-on", "2015-10-20")
    assert result.returncode == 2
    assert "the file's column “Joined on” gives each row's joined_on" in result.stderr
    assert _rows(db, ListKind.MEMBERS) == []


def test_help_names_the_date_options() -> None:
    result = _run("import", "--help")
    assert result.returncode == 0
    for option in ("--joined-on DATE", "--signed-on DATE", "--received-on DATE"):
        assert option in result.stdout


def test_an_authority_trashed_while_importing_is_named_and_nothing_written(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from alliance_desktop import cli
    from alliance_desktop.services.authorities import AuthorityService
    from alliance_desktop.services.imports.service import ImportService

    services = open_database(db, create=False)
    try:
        graz, _ = services.authorities.create(AuthorityDraft(name="Graz", country_code="AT"))
    finally:
        services.db.dispose()
    planned = ImportService.plan

    def plan_then_trash(self: ImportService, *args: Any, **kwargs: Any) -> Any:
        plan = planned(self, *args, **kwargs)
        AuthorityService(self.db).delete(graz.uid)  # someone else, between check and import
        return plan

    monkeypatch.setattr(ImportService, "plan", plan_then_trash)
    path = _write_csv(
        tmp_path / "m.csv", [["name", "country", "joined_on"], ["Graz", "AT", "2017-01-01"]]
    )
    assert cli.run(["--db", str(db), "import", "members", str(path)]) == 1
    err = capsys.readouterr().err
    assert "alliance-desktop: nothing was imported. Check m.csv again, then import it:" in err
    assert "row 2: the authority “Graz” was moved to the Trash after the file was checked" in err
    assert _rows(db, ListKind.MEMBERS) == []
