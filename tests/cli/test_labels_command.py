"""The ``labels`` command end to end: sheets, custom layouts, envelopes, refusals, French."""

from __future__ import annotations

import hashlib
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from alliance_desktop.domain.label_layouts import L7160, parse_custom
from alliance_desktop.services.data_safety.opening import open_database
from tests.reports.label_geometry import text_origins
from tests.services.exchange_samples import add_members, add_signatures


def _run(*args: str, lang: str = "C.UTF-8") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "alliance_desktop", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
        env={**os.environ, "LANG": lang},
    )


@pytest.fixture
def database(tmp_path: Path) -> str:
    path = str(tmp_path / "alliance.sqlite")
    services = open_database(path, create=True)
    try:
        add_members(services)
        add_signatures(services)
    finally:
        services.db.dispose()
    return path


def test_a_sheet_from_the_filters_with_start_at(database: str, tmp_path: Path) -> None:
    out = tmp_path / "labels.pdf"
    done = _run(
        "--db", database, "labels", "--sheet", "L7160", "--start-at", "20",
        "--search", "o", "--out", str(out), "--lang", "en",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    data = out.read_bytes()
    assert hashlib.sha256(data).hexdigest() in done.stdout
    assert "labels written to" in done.stdout
    # Łódź, Ηράκλειο, Крагујевац match "o" (folded): labels 20, 21, then the next sheet.
    lines = text_origins(data)
    first_pages = {line.page for line in lines}
    assert first_pages == {0, 1}
    cell = L7160.cell(19)
    assert any(
        line.page == 0 and cell.x <= line.x <= cell.x + cell.width and cell.y <= line.y
        for line in lines
    )
    assert "recipients have no postal address" in done.stderr


def test_a_custom_sheet_and_selected_uids(database: str, tmp_path: Path) -> None:
    services = open_database(database, create=False)
    try:
        uids = [r.uid for r in services.members.list().rows][:2]
    finally:
        services.db.dispose()
    out = tmp_path / "custom.pdf"
    spec = "2,4,95,60,20,8,99,65"
    done = _run(
        "--db", database, "labels", "--sheet", "custom", "--custom", spec,
        "--uid", *uids, "--out", str(out),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    layout = parse_custom(spec)
    lines = text_origins(out.read_bytes())
    for index in range(2):
        cell = layout.cell(index)
        inside = [line for line in lines if cell.x <= line.x <= cell.x + cell.width]
        inside = [line for line in inside if cell.y <= line.y <= cell.y + cell.height]
        assert inside and abs(min(line.x for line in inside) - (cell.x + 4)) <= 0.5


def test_envelopes_for_signatories(database: str, tmp_path: Path) -> None:
    out = tmp_path / "envelopes.pdf"
    done = _run("--db", database, "labels", "signatories", "--envelope", "C5", "--out", str(out))
    assert done.returncode == 0, done.stderr
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert len(reader.pages) == 2
    assert "Ivan Petrov" in reader.pages[0].extract_text() + reader.pages[1].extract_text()


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (("--sheet", "custom"), 2, "--custom"),
        (("--sheet", "custom", "--custom", "4,7,63.5,38.1,15,7,66,38.1"), 2, "210 mm wide"),
        (("--sheet", "L7160", "--start-at", "22"), 1, "from 1 to 21"),
        (("--sheet", "L7160", "--country", "Atlantis"), 2, "Atlantis"),
        (("--sheet", "L7160", "--search", "no such place"), 1, "nobody"),
        (("--sheet", "L7160", "--envelope", "DL"), 2, "not allowed"),
        ((), 2, "required"),
    ],
)
def test_refusals_write_nothing(
    database: str, tmp_path: Path, args: tuple[str, ...], code: int, words: str
) -> None:
    out = tmp_path / "refused.pdf"
    done = _run("--db", database, "labels", *args, "--out", str(out))
    assert done.returncode == code
    assert words in done.stderr
    assert not out.exists()


def test_messages_in_french(database: str, tmp_path: Path) -> None:
    out = tmp_path / "fr.pdf"
    done = _run(
        "--db", database, "labels", "--sheet", "L7163", "--country", "PL", "--out", str(out),
        lang="fr_FR.UTF-8",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "1 étiquette écrite dans" in done.stdout
    text = PdfReader(io.BytesIO(out.read_bytes())).pages[0].extract_text()
    assert "POLOGNE" in text and "À l'attention de Anna Kowalska" in text
