"""The ``letters`` and ``emails`` commands: templates by name, saved searches, filters, uids."""

from __future__ import annotations

import email
from email import policy
from pathlib import Path

import pytest

from alliance_desktop.cli import run
from alliance_desktop.domain.correspondence import SavedSearchDraft
from alliance_desktop.services.data_safety.opening import open_database
from tests.services.correspondence.samples import add_recipients


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "register.sqlite")
    services = open_database(path, create=True)
    add_recipients(services)
    add_recipients(services, name="Łódź", latin="Lodz", person="Anna Kowalska", country="PL")
    services.saved_searches.save(
        SavedSearchDraft(tab="members", name="Polish members", country="PL")
    )
    services.db.dispose()
    return path


def test_letters_to_a_saved_search_in_one_pdf(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out" / "welcome.pdf"
    code = run(
        [
            "--db",
            db,
            "letters",
            "--template",
            "Welcome to the Alliance",
            "--saved-search",
            "Polish members",
            "--out",
            str(out),
        ]
    )
    assert code == 0, capsys.readouterr().err
    assert out.read_bytes().startswith(b"%PDF")
    assert "1 letter written" in capsys.readouterr().out


def test_letters_one_file_each_with_filters_in_french(db: str, tmp_path: Path) -> None:
    folder = tmp_path / "letters"
    code = run(
        [
            "--db",
            db,
            "letters",
            "--template",
            "Welcome to the Alliance",
            "--country",
            "RS",
            "--out-dir",
            str(folder),
            "--lang",
            "fr",
        ]
    )
    assert code == 0
    (path,) = folder.iterdir()
    assert path.name.startswith("Bienvenue dans l'Alliance – ")


def test_emails_name_the_recipients_without_address(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    services = open_database(db, create=False)
    signatures = [r.uid for r in services.signatures.list().rows]
    services.db.dispose()
    folder = tmp_path / "mails"
    code = run(
        [
            "--db",
            db,
            "emails",
            "--template",
            "Certificate cover letter (e-mail)",
            "--uid",
            *signatures,
            "--out-dir",
            str(folder),
            "--attach-certificate",
        ]
    )
    assert code == 0, capsys.readouterr().err
    files = sorted(folder.iterdir())
    assert len(files) == 2
    message = email.message_from_bytes(files[0].read_bytes(), policy=policy.default)
    assert [a.get_content_type() for a in message.iter_attachments()] == ["application/pdf"]


def test_unknown_template_or_search_is_refused(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["--db", db, "letters", "--template", "Nope", "--out", str(tmp_path / "x.pdf")]) == 1
    assert "Nope" in capsys.readouterr().err
    code = run(
        [
            "--db",
            db,
            "letters",
            "--template",
            "Welcome to the Alliance",
            "--saved-search",
            "Nope",
            "--out",
            str(tmp_path / "x.pdf"),
        ]
    )
    assert code == 1
    assert not (tmp_path / "x.pdf").exists()


def test_a_member_template_needs_member_uids(db: str, tmp_path: Path) -> None:
    code = run(
        [
            "--db",
            db,
            "letters",
            "--template",
            "Welcome to the Alliance",
            "--uid",
            "00000000-0000-0000-0000-000000000000",
            "--out",
            str(tmp_path / "x.pdf"),
        ]
    )
    assert code == 1
