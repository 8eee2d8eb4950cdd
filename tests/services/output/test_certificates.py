"""Certificates from the database: what they say, files written, and the register of issues."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from alliance_desktop.db.models import AuditEntry, CertificateIssue, Signature
from alliance_desktop.domain.errors import Cancelled, NotFoundError, RefusedError
from alliance_desktop.reports import SignatureBlock, default_texts
from alliance_desktop.services.data_safety.opening import Services
from alliance_desktop.services.org_settings import OrgSettingsService
from alliance_desktop.services.output import certificates as certificates_module
from alliance_desktop.services.output.certificates import CertificateService

from ..certificate_samples import (
    EVERY_SCRIPT,
    add_every_script,
    add_signature,
    pdf_lines,
    pdf_pages,
)

TODAY = dt.date.today()


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    """A folder of its own for certificates (the SQLite test database sits in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _certificates(services: Services) -> CertificateService:
    return CertificateService(services.db)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _register_size(services: Services) -> int:
    with services.db.read() as session:
        return len(session.scalars(select(CertificateIssue)).all())


def test_data_for_says_who_signed_what_and_when(services: Services) -> None:
    uid = add_signature(
        services,
        "Крагујевац",
        latin="Kragujevac",
        country="RS",
        number="DAG-2019-0007",
        signer="Никола Димитријевић",
        function="Mayor",
        place="Strasbourg, 36th Session",
        signed_on=dt.date(2019, 4, 2),
    )
    [item] = _certificates(services).data_for([uid], "fr")
    assert item.certificate_no == "DAG-2019-0007"
    assert (item.name, item.name_latin) == ("Крагујевац", "Kragujevac")
    assert (item.country_en, item.country_fr) == ("Serbia", "Serbie")
    assert (item.signer_name, item.signer_function) == ("Никола Димитријевић", "Mayor")
    assert item.signed_on == dt.date(2019, 4, 2)
    assert item.issued_on == TODAY
    assert item.place == "Strasbourg, 36th Session"
    assert item.language == "fr"


def test_without_a_language_each_prints_in_the_language_signed(services: Services) -> None:
    en = add_signature(services, "Łódź", number="DAG-2018-0001", language="en")
    fr = add_signature(services, "Strasbourg", country="FR", number="DAG-2018-0002", language="fr")
    items = _certificates(services).data_for([fr, en])
    assert [(i.name, i.language) for i in items] == [("Strasbourg", "fr"), ("Łódź", "en")]


def test_signed_in_person_names_the_representative(services: Services) -> None:
    uid = add_signature(
        services, None, number="DAG-2020-0001", signer="Ana Ivanović", function="Councillor"
    )
    [item] = _certificates(services).data_for([uid], "en")
    assert item.name == "Ana Ivanović"
    assert item.signer_function == "Councillor"


def test_unknown_deleted_or_no_signatures_are_refused(services: Services) -> None:
    uid = add_signature(services, "Łódź", number="DAG-2018-0001")
    certificates = _certificates(services)
    with pytest.raises(NotFoundError):
        certificates.data_for(["no-such-uid"])
    with pytest.raises(RefusedError, match="no certificate"):
        certificates.data_for([])
    with pytest.raises(RefusedError, match="en, fr or both"):
        certificates.data_for([uid], "de")
    with services.db.write() as session:
        row = session.scalars(select(Signature).where(Signature.uid == uid)).one()
        row.deleted_at = dt.datetime.now(dt.UTC)
    with pytest.raises(RefusedError, match="Trash"):
        certificates.data_for([uid])
    assert certificates.signature_uids() == []


def test_signature_uids_by_number_and_country(services: Services) -> None:
    b = add_signature(services, "Βόλος", country="GR", number="DAG-2018-0002")
    a = add_signature(services, "Łódź", country="PL", number="DAG-2018-0001")
    certificates = _certificates(services)
    assert certificates.signature_uids() == [a, b]
    assert certificates.signature_uids("gr") == [b]


@pytest.mark.parametrize("language", ["en", "fr", "both"])
def test_every_name_reads_back_from_the_pdf_exactly_as_stored(
    services: Services, tmp_path: Path, language: str
) -> None:
    uids = add_every_script(services)
    out = tmp_path / "certificates.pdf"
    issued = _certificates(services).make_pdf(uids, out, language)
    assert issued.pages == len(EVERY_SCRIPT)
    pages = pdf_pages(out.read_bytes())
    assert len(pages) == len(EVERY_SCRIPT)
    for index, (name, latin, _country, country_fr) in enumerate(EVERY_SCRIPT):
        lines = pdf_lines(pages[index])
        assert name in lines, (name, lines)
        # The Latin form is printed beneath a name in another script (not beneath Łódź).
        if latin and not name.isascii() and name[0] not in "ŁŞ":
            assert latin in lines, (latin, lines)
        assert f"DAG-2018-{index + 1:04d}" in lines
        if language != "en":
            assert country_fr in pages[index]


def test_markup_in_records_prints_literally(services: Services, tmp_path: Path) -> None:
    uids = [
        add_signature(services, "AT&T", country="NL", number="DAG-2018-0001"),
        add_signature(
            services,
            "Rotterdam <NL>",
            country="NL",
            number="DAG-2018-0002",
            signer="<b>Ahmed</b> &amp; Co",
            place="<i>Den Haag</i>",
        ),
    ]
    out = tmp_path / "markup.pdf"
    _certificates(services).make_pdf(uids, out, "en")
    first, second = pdf_pages(out.read_bytes())
    assert "AT&T" in pdf_lines(first)
    assert "Rotterdam <NL>" in pdf_lines(second)
    # The signer's line wraps between words; joined up, it reads as stored.
    assert "<b>Ahmed</b> &amp; Co, Mayor" in " ".join(pdf_lines(second))
    assert "<i>Den Haag</i>" in second


def test_the_organisation_settings_are_printed(services: Services, tmp_path: Path) -> None:
    OrgSettingsService(services.db).save_certificate_texts(
        dataclasses.replace(
            default_texts(),
            heading_en="Certificate of Commitment",
            signatures=(
                SignatureBlock("Secretary General", "Secrétaire général", "Andreas Kiefer"),
            ),
        )
    )
    uid = add_signature(services, "Łódź", number="DAG-2018-0001")
    text = pdf_pages(_certificates(services).preview(uid, "en"))[0]
    assert "Certificate of Commitment" in text
    assert "Andreas Kiefer" in text


def test_preview_registers_nothing(services: Services) -> None:
    uid = add_signature(services, "Łódź", number="DAG-2018-0001")
    data = _certificates(services).preview(uid)
    assert data.startswith(b"%PDF")
    assert len(pdf_pages(data)) == 1
    assert _register_size(services) == 0


def test_one_pdf_is_registered_with_the_hash_of_its_file(
    services: Services, tmp_path: Path
) -> None:
    uids = add_every_script(services)[:3]
    out = tmp_path / "three.pdf"
    issued = _certificates(services).make_pdf(uids, out, "both")
    digest = _sha256(out)
    assert issued.sha256 == digest
    assert issued.size == out.stat().st_size
    assert [i.signature_uid for i in issued.issues] == uids
    for uid, number in zip(uids, ("DAG-2018-0001", "DAG-2018-0002", "DAG-2018-0003"), strict=True):
        [issue] = _certificates(services).issues(uid)
        assert issue.certificate_no == number
        assert issue.language == "both"
        assert issue.sha256 == digest
        assert issue.issued_by == services.db.user
        assert abs(dt.datetime.now(dt.UTC) - issue.issued_at) < dt.timedelta(minutes=5)
    with services.db.read() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "certificate")
        ).all()
        assert sorted(e.entity_uid for e in entries) == sorted(uids)
        assert all(["sha256", None, digest] in json.loads(e.changes) for e in entries)


def test_one_file_each_is_registered_with_the_hash_of_each_file(
    services: Services, out_dir: Path
) -> None:
    uids = [
        add_signature(services, "Łódź", number="DAG-2018-0001"),
        add_signature(services, "Łódź", number="DAG-2018-0001/a"),  # the '/' must not make a folder
        add_signature(services, "ქუთაისი", country="GE", number="DAG-2019-0113"),
    ]
    issued = _certificates(services).make_files(uids, out_dir, "en")
    names = [f.path.name for f in issued]
    assert names == [
        "DAG-2018-0001 Łódź.pdf",
        "DAG-2018-0001_a Łódź.pdf",
        "DAG-2019-0113 ქუთაისი.pdf",
    ]
    assert sorted(p.name for p in out_dir.iterdir()) == sorted(names)
    for file, uid in zip(issued, uids, strict=True):
        assert file.path.parent == out_dir
        assert file.issue.sha256 == _sha256(file.path)
        [issue] = _certificates(services).issues(uid)
        assert issue.sha256 == _sha256(file.path)
        assert len(pdf_pages(file.path.read_bytes())) == 1


def test_the_same_name_twice_gets_distinct_files(services: Services, tmp_path: Path) -> None:
    uids = [
        add_signature(services, "Łódź", number="DAG-2018-0001"),
        add_signature(services, "Łódź", number="dag-2018-0001 "),  # differs only in case
    ]
    issued = _certificates(services).make_files(uids, tmp_path, "en")
    assert [f.path.name for f in issued] == ["DAG-2018-0001 Łódź.pdf", "dag-2018-0001 Łódź (2).pdf"]


def test_reprinting_keeps_the_number(services: Services, tmp_path: Path) -> None:
    uid = add_signature(services, "Şişli", country="TR", number="DAG-2018-0042")
    certificates = _certificates(services)
    first = certificates.make_pdf([uid], tmp_path / "first.pdf", "en")
    again = certificates.make_files([uid], tmp_path, "fr")
    issues = certificates.issues(uid)
    assert [i.certificate_no for i in issues] == ["DAG-2018-0042", "DAG-2018-0042"]
    assert [i.language for i in issues] == ["en", "fr"]
    assert [i.sha256 for i in issues] == [first.sha256, again[0].issue.sha256]
    assert "DAG-2018-0042" in pdf_lines(pdf_pages(again[0].path.read_bytes())[0])


def test_an_issued_number_cannot_change(services: Services, tmp_path: Path) -> None:
    uid = add_signature(services, "Łódź", country="PL", number="DAG-2019-0007")
    record = services.signatures.get(uid)
    renumbered = dataclasses.replace(record.draft, certificate_no="DAG-2019-0099")
    moved = services.signatures.update(uid, record.meta.version, renumbered)  # not yet issued
    _certificates(services).make_pdf([uid], tmp_path / "issued.pdf", "en")
    back = dataclasses.replace(moved.draft, certificate_no="DAG-2019-0007")
    with pytest.raises(RefusedError, match="DAG-2019-0099 has been issued"):
        services.signatures.update(uid, moved.meta.version, back)
    signer_changed = dataclasses.replace(moved.draft, signer_function="Mayor")
    assert (
        services.signatures.update(uid, moved.meta.version, signer_changed).draft.certificate_no
        == "DAG-2019-0099"
    )


def test_cancel_leaves_no_file_and_registers_nothing(services: Services, out_dir: Path) -> None:
    uids = add_every_script(services)
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done == 3:
            raise Cancelled()

    certificates = _certificates(services)
    with pytest.raises(Cancelled):
        certificates.make_pdf(uids, out_dir / "all.pdf", "en", progress)
    with pytest.raises(Cancelled):
        certificates.make_files(uids, out_dir, "en", progress)
    assert list(out_dir.iterdir()) == []
    assert _register_size(services) == 0
    # At once a sign of life (the size not yet known), then 3 steps a certificate: drawn,
    # assembled into the file, registered.
    total = 3 * len(uids)
    assert seen[:5] == [(0, 0), (0, total), (1, total), (2, total), (3, total)]


@pytest.mark.parametrize("phase", ["assembling", "registering"])
def test_cancel_after_the_last_page_still_leaves_nothing(
    services: Services, out_dir: Path, monkeypatch: pytest.MonkeyPatch, phase: str
) -> None:
    """Assembling the file and registering take seconds at thousands of pages: Cancel counts."""
    uids = add_every_script(services)
    count = len(uids)
    monkeypatch.setattr(certificates_module, "REGISTER_CHUNK", 2)
    stop_at = count + 1 if phase == "assembling" else 2 * count + 1
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append(done)
        if done >= stop_at:
            raise Cancelled()

    certificates = _certificates(services)
    with pytest.raises(Cancelled):
        certificates.make_pdf(uids, out_dir / "all.pdf", "en", progress)
    with pytest.raises(Cancelled):
        certificates.make_files(uids, out_dir, "en", lambda d, t: progress(d + count, t))
    assert list(out_dir.iterdir()) == []
    assert _register_size(services) == 0
    assert max(seen) < 3 * count  # stopped before the end


def test_a_file_that_cannot_be_registered_is_removed(
    services: Services, out_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    uid = add_signature(services, "Łódź", number="DAG-2018-0001")
    certificates = _certificates(services)

    def refuse(*args: object) -> list[object]:
        raise RefusedError("The database is busy")

    monkeypatch.setattr(certificates, "_register", refuse)
    with pytest.raises(RefusedError):
        certificates.make_pdf([uid], out_dir / "one.pdf", "en")
    with pytest.raises(RefusedError):
        certificates.make_files([uid], out_dir, "en")
    assert list(out_dir.iterdir()) == []


def test_a_printed_job_is_registered_after_printing(services: Services) -> None:
    uids = add_every_script(services)[:2]
    certificates = _certificates(services)
    job = certificates.print_job(uids, "fr")
    assert job.pages == 2
    assert job.sha256 == hashlib.sha256(job.data).hexdigest()
    assert _register_size(services) == 0
    certificates.register_printed(job)
    assert [i.sha256 for i in certificates.issues(uids[0])] == [job.sha256]


def test_issues_of_an_unknown_signature_are_refused(services: Services) -> None:
    with pytest.raises(NotFoundError):
        _certificates(services).issues("nope")
