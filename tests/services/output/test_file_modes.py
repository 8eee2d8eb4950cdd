"""What the application writes follows the user's umask; personal data is owner-only (0600)."""

from __future__ import annotations

import datetime as dt
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from alliance_desktop.domain.file_modes import current_umask, document_mode
from alliance_desktop.domain.records import AuthorityDraft, MembershipDraft, PersonDraft
from alliance_desktop.exchange import ListKind
from alliance_desktop.exchange.atomic import atomic_path
from alliance_desktop.reports import default_texts, render_certificates
from alliance_desktop.services.data_safety.opening import Services, open_database
from alliance_desktop.services.output.exports import ExportFormat, ExportRequest, ExportService
from tests.reports.conftest import every_name

# A group-readable umask: 0644 forced (the old behaviour) and the umask's 0640 differ.
UMASK = 0o027


@pytest.fixture
def umask() -> Iterator[int]:
    before = os.umask(UMASK)
    yield UMASK
    os.umask(before)


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    opened = open_database(str(tmp_path / "modes.sqlite"), create=True, auto_backup=False)
    person = opened.persons.create(PersonDraft(name="Jan Nowak", email="jan@example.org"))
    opened.members.create(
        AuthorityDraft(name="Łódź", country_code="PL"),
        MembershipDraft(
            authority_uid="", joined_on=dt.date(2020, 1, 1), focal_point_uid=person.meta.uid
        ),
    )
    yield opened
    opened.db.dispose()


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_umask_is_read_without_being_changed(umask: int) -> None:
    assert current_umask() == umask
    assert current_umask() == umask
    assert document_mode() == 0o640


def test_an_ordinary_file_follows_the_umask_and_a_private_one_is_owner_only(
    tmp_path: Path, umask: int
) -> None:
    for name, private, expected in (("doc.txt", False, 0o640), ("people.txt", True, 0o600)):
        with atomic_path(tmp_path / name, private=private) as temp:
            temp.write_text("x")
        assert _mode(tmp_path / name) == expected, name


def test_a_list_naming_contact_people_is_written_owner_only(
    services: Services, tmp_path: Path, umask: int
) -> None:
    exports = ExportService(services)
    for fmt in (ExportFormat.CSV, ExportFormat.XLSX):
        path = tmp_path / f"members.{fmt.value}"
        exports.export(ExportRequest(ListKind.MEMBERS, path, fmt))  # every column
        assert _mode(path) == 0o600, fmt
        assert "Jan Nowak" in path.read_bytes().decode("latin-1") or fmt is ExportFormat.XLSX
    signatories = tmp_path / "signatories.pdf"
    exports.export(ExportRequest(ListKind.SIGNATORIES, signatories, ExportFormat.PDF))
    assert _mode(signatories) == 0o600  # "Signed by" names people


def test_a_list_without_personal_data_follows_the_umask(
    services: Services, tmp_path: Path, umask: int
) -> None:
    exports = ExportService(services)
    pdf = tmp_path / "members.pdf"  # number, name, kind, dates, status: no person
    exports.export(ExportRequest(ListKind.MEMBERS, pdf, ExportFormat.PDF))
    assert _mode(pdf) == 0o640
    csv = tmp_path / "names.csv"
    exports.export(
        ExportRequest(ListKind.MEMBERS, csv, ExportFormat.CSV, columns=("name", "country_code"))
    )
    assert _mode(csv) == 0o640


def test_a_certificate_follows_the_umask(tmp_path: Path, umask: int) -> None:
    target = tmp_path / "certificates.pdf"
    render_certificates(every_name("en")[:1], target, default_texts())
    assert _mode(target) == 0o640
