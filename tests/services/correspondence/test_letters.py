"""Letters: one PDF per run or one file each, every script and hostile name printed literally,
each letter in its recipient's language, and every run logged per record with its SHA-256."""

from __future__ import annotations

import hashlib
import io
import stat
from pathlib import Path

import pytest
from pypdf import PdfReader

from alliance_desktop.domain.correspondence import Audience, RunKind
from alliance_desktop.domain.enums import Language
from alliance_desktop.domain.errors import RefusedError
from alliance_desktop.services.data_safety.opening import Services

from .samples import HOSTILE, add_recipients, rename_authorities


def _text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return "\n".join(str(page.extract_text()) for page in reader.pages).replace("\u00a0", " ")


def test_one_pdf_with_a_letter_each_in_their_language(services: Services, tmp_path: Path) -> None:
    english = add_recipients(services)[Audience.MEMBER]
    french = add_recipients(
        services, name="Saint-Étienne", latin="", person="Élise Martin", language=Language.FR
    )[Audience.MEMBER]
    out = tmp_path / "welcome.pdf"
    run = services.letters.make_pdf(
        "Welcome to the Alliance", Audience.MEMBER, [english, french], out
    )
    text = _text(out)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600  # names the focal points: owner-only
    assert "Dear Ивана Петровић," in text
    assert "Крагујевац" in text and "SERBIA" in text
    assert "Madame, Monsieur," in text and "Saint-Étienne" in text
    assert "Bienvenue dans l'Alliance" in text.replace("\n", " ")
    assert run.pages == len(PdfReader(str(out)).pages) >= 2
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    assert {i.sha256 for i in run.items} == {digest}
    log = services.correspondence.for_record(french)
    assert [(e.kind, e.template, e.language, e.file_name, e.sha256) for e in log] == [
        # The French version's name: what this recipient was sent.
        (RunKind.LETTER, "Bienvenue dans l'Alliance", "fr", "welcome.pdf", digest)
    ]
    audit = services.audit.list(action="correspondence")
    assert {e.entity_uid for e in audit} == {english, french}


def test_hostile_names_print_literally(services: Services, tmp_path: Path) -> None:
    uid = add_recipients(services, name="placeholder", latin="", person="Ann <&> O'Neil")[
        Audience.MEMBER
    ]
    rename_authorities(services, "placeholder", HOSTILE)
    out = tmp_path / "hostile.pdf"
    services.letters.make_pdf("Welcome to the Alliance", Audience.MEMBER, [uid], out)
    text = _text(out)
    assert "A<b>&amp; </para> \u202eevil" in text
    assert "Dear Ann <&> O'Neil," in text


def test_one_file_per_recipient_with_safe_names(services: Services, tmp_path: Path) -> None:
    uids = [
        add_recipients(services, name='Łódź/"Bałuty"', latin="Lodz")[Audience.SIGNATORY],
        add_recipients(services, name="Βόλος", latin="Volos")[Audience.SIGNATORY],
    ]
    folder = tmp_path / "letters"
    folder.mkdir()
    run = services.letters.make_files("Certificate cover letter", Audience.SIGNATORY, uids, folder)
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted(p.name for p in run.files)
    assert all("/" not in n and '"' not in n and n.endswith(".pdf") for n in names)
    for path, item in zip(run.files, run.items, strict=True):
        assert hashlib.sha256(path.read_bytes()).hexdigest() == item.sha256
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert services.correspondence.for_record(item.entity_uid)[0].file_name == path.name


def test_a_template_for_other_records_is_refused(services: Services, tmp_path: Path) -> None:
    uid = add_recipients(services)[Audience.MEMBER]
    with pytest.raises(RefusedError):
        services.letters.make_pdf(
            "Certificate cover letter", Audience.MEMBER, [uid], tmp_path / "x.pdf"
        )
    assert not (tmp_path / "x.pdf").exists()
    assert services.correspondence.for_record(uid) == []


def test_preview_logs_nothing(services: Services) -> None:
    uid = add_recipients(services)[Audience.MEMBER]
    template = services.templates.find("Welcome to the Alliance", _letter(), "en")
    data = services.letters.preview(template.draft, uid)
    assert data.startswith(b"%PDF")
    assert services.correspondence.for_record(uid) == []


def _letter():  # type: ignore[no-untyped-def]
    from alliance_desktop.domain.correspondence import TemplateKind

    return TemplateKind.LETTER
