"""``duplicates``: likely pairs as tab-separated lines, filtered by kind and score."""

from __future__ import annotations

from pathlib import Path

import pytest

from alliance_desktop import cli
from alliance_desktop.domain.records import AuthorityDraft, PersonDraft
from alliance_desktop.services.data_safety.opening import open_database


def _database(tmp_path: Path) -> str:
    path = str(tmp_path / "alliance.sqlite")
    services = open_database(path, create=True)
    try:
        for name, country, email in (
            ("Łódź", "PL", ""),
            ("City of Lodz", "PL", ""),
            ("Kragujevac", "RS", "grad@kg.example.org"),
            ("Kraguievac", "RS", ""),
            ("Kraków", "PL", ""),
            ("Krakow", "DE", ""),
        ):
            services.authorities.create(
                AuthorityDraft(name=name, country_code=country, email=email)
            )
        services.persons.create(PersonDraft(name="Ana Kovač", email="ana@example.hr"))
        services.persons.create(PersonDraft(name="Ana Kovac", email="ANA@example.hr"))
    finally:
        services.db.dispose()
    return path


def test_duplicates_lists_pairs_best_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _database(tmp_path)
    assert cli.run(["--db", db, "duplicates", "--kind", "authorities"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split("\t")[0] == "score"
    rows = [line.split("\t") for line in lines[1:-1]]
    assert [(r[0], r[2], r[5]) for r in rows] == [
        ("100", "Łódź", "City of Lodz"),
        ("90", "Kragujevac", "Kraguievac"),
    ]
    assert rows[0][8] == "names 100 % alike"
    assert lines[-1] == "2 likely duplicates"


def test_duplicates_min_score_and_persons(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _database(tmp_path)
    assert cli.run(["--db", db, "duplicates", "--min-score", "95"]) == 0
    out = capsys.readouterr().out
    assert "Kraguievac" not in out
    assert "person\tAna Kovač" in out and "same e-mail" in out
    assert out.splitlines()[-1] == "2 likely duplicates"


def test_duplicates_speaks_french(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = _database(tmp_path)
    assert cli.run(["--lang", "fr", "--db", db, "duplicates", "--kind", "persons"]) == 0
    out = capsys.readouterr().out
    assert "même adresse électronique" in out
    assert out.splitlines()[-1] == "1 doublon probable"
