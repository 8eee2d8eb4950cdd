"""``export --headers words``: the column titles in ``--lang`` as the header row, re-importable."""

from __future__ import annotations

import csv
from pathlib import Path

from alliance_desktop.exchange import COLUMNS, ListKind
from tests.cli.test_import_export_commands import _rows, _run, db  # noqa: F401 - the fixture


def _header(path: Path) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return next(csv.reader(stream))


def test_export_headers_in_french_words_then_import_changes_nothing(
    db: Path,  # noqa: F811 - the fixture
    tmp_path: Path,
) -> None:
    before = _rows(db, ListKind.MEMBERS)
    out = tmp_path / "membres.csv"
    result = _run(
        "--db", db, "export", "members", "--out", out, "--lang", "fr", "--headers", "words"
    )
    assert result.returncode == 0, result.stderr
    assert _header(out)[:3] == ["N° de participant", "Nom", "Nom (alphabet latin)"]
    assert "Date d'adhésion" in _header(out)
    result = _run("--db", db, "import", "members", out)
    assert result.returncode == 0, result.stderr
    assert _rows(db, ListKind.MEMBERS) == before


def test_export_headers_are_keys_by_default(db: Path, tmp_path: Path) -> None:  # noqa: F811
    out = tmp_path / "members.csv"
    result = _run("--db", db, "export", "members", "--out", out, "--lang", "fr")
    assert result.returncode == 0, result.stderr
    assert _header(out) == [c.key for c in COLUMNS[ListKind.MEMBERS]]
