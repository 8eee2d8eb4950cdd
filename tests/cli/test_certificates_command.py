"""The ``certificates`` command through the real entry point, on a database with signatures."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from alliance_desktop.domain.enums import Language
from alliance_desktop.domain.records import AuthorityDraft, SignatureDraft
from alliance_desktop.services.data_safety.opening import open_database
from alliance_desktop.services.output.certificates import CertificateService

SIGNATORIES = [
    ("Łódź", "", "PL"),
    ("Крагујевац", "Kragujevac", "RS"),
    ("Βόλος", "Volos", "GR"),
    ("ქუთაისი", "Kutaisi", "GE"),
]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "alliance_desktop", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


@pytest.fixture
def database(tmp_path: Path) -> tuple[str, list[str]]:
    """A database file with one signature per name; its path and the signatures' uids."""
    path = str(tmp_path / "alliance.sqlite")
    services = open_database(path, create=True)
    uids = []
    try:
        for index, (name, latin, country) in enumerate(SIGNATORIES, start=1):
            authority, _warnings = services.authorities.create(
                AuthorityDraft(name=name, name_latin=latin, country_code=country)
            )
            signature = services.signatures.create(
                SignatureDraft(
                    signer_name=f"Signer {index}",
                    signer_function="Mayor",
                    signed_on=dt.date(2017, 3, 29),
                    authority_uid=authority.meta.uid,
                    language=Language.FR if country == "GR" else Language.EN,
                    certificate_no=f"DAG-2017-{index:04d}",
                )
            )
            uids.append(signature.uid)
    finally:
        services.db.dispose()
    return path, uids


def _issues(path: str, uid: str) -> list[tuple[str, str, str]]:
    services = open_database(path, create=False)
    try:
        return [
            (i.certificate_no, i.language, i.sha256)
            for i in CertificateService(services.db).issues(uid)
        ]
    finally:
        services.db.dispose()


def _texts(pdf: Path) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf.read_bytes()))
    return [str(page.extract_text()) for page in reader.pages]


def test_all_into_one_pdf_registers_each(database: tuple[str, list[str]], tmp_path: Path) -> None:
    path, uids = database
    out = tmp_path / "all.pdf"
    result = _run("--db", path, "certificates", "--all", "--out", str(out), "--lang", "both")
    assert result.returncode == 0, result.stderr
    pages = _texts(out)
    assert len(pages) == len(SIGNATORIES)
    for page, (name, _latin, _country) in zip(pages, SIGNATORIES, strict=True):
        assert name in page.splitlines()
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    assert digest in result.stdout
    for index, uid in enumerate(uids, start=1):
        assert _issues(path, uid) == [(f"DAG-2017-{index:04d}", "both", digest)]


def test_one_file_each_for_one_country(database: tuple[str, list[str]], tmp_path: Path) -> None:
    path, uids = database
    folder = tmp_path / "certificates"  # made when missing
    result = _run("--db", path, "certificates", "--country", "EL", "--out-dir", str(folder))
    assert result.returncode == 0, result.stderr
    [written] = list(folder.iterdir())
    assert written.name == "DAG-2017-0003 Βόλος.pdf"
    assert "Grèce" in _texts(written)[0]  # signed in French, printed in French
    [(number, language, digest)] = _issues(path, uids[2])
    assert (number, language) == ("DAG-2017-0003", "fr")
    assert digest == hashlib.sha256(written.read_bytes()).hexdigest()


def test_chosen_uids_in_the_order_given(database: tuple[str, list[str]], tmp_path: Path) -> None:
    path, uids = database
    out = tmp_path / "two.pdf"
    result = _run(
        "--db", path, "certificates", "--uid", uids[3], uids[0], "--out", str(out), "--lang", "en"
    )
    assert result.returncode == 0, result.stderr
    first, second = _texts(out)
    assert "ქუთაისი" in first.splitlines()
    assert "Łódź" in second.splitlines()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--uid", "no-such-uid"], "no-such-uid"),
        (["--country", "Atlantis"], "Atlantis"),
        (["--country", "FR"], "no signatures"),
    ],
)
def test_refusals_write_nothing(
    database: tuple[str, list[str]], tmp_path: Path, args: list[str], message: str
) -> None:
    path, uids = database
    out = tmp_path / "refused.pdf"
    result = _run("--db", path, "certificates", *args, "--out", str(out))
    assert result.returncode == 1
    assert message in result.stderr
    assert not out.exists()
    assert _issues(path, uids[0]) == []


@pytest.mark.parametrize(
    "args",
    [
        ["--out", "x.pdf"],  # which signatures?
        ["--all"],  # where to?
        ["--all", "--country", "PL", "--out", "x.pdf"],
        ["--all", "--out", "x.pdf", "--lang", "de"],
    ],
)
def test_usage_errors_exit_2(database: tuple[str, list[str]], args: list[str]) -> None:
    path, _uids = database
    assert _run("--db", path, "certificates", *args).returncode == 2
