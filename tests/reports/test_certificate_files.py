"""Writing certificates to disk: atomically, with their hash, and nothing left on cancel."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from alliance_desktop.reports import (
    Cancelled,
    CertificateData,
    CertificateError,
    certificate_filename,
    default_texts,
    render_certificates,
    write_certificate_files,
)

from .conftest import certificate, every_name, read_pdf, stop_after


def test_writing_to_a_path_returns_the_hash_of_the_file(tmp_path: Path) -> None:
    target = tmp_path / "certificates.pdf"
    result = render_certificates(every_name("en"), target, default_texts())
    data = target.read_bytes()
    assert result.sha256 == hashlib.sha256(data).hexdigest()
    assert result.size == len(data)
    assert result.pages == len(read_pdf(data).pages) == 10
    assert sorted(p.name for p in tmp_path.iterdir()) == ["certificates.pdf"]


def test_progress_is_told_after_every_page(tmp_path: Path) -> None:
    seen: list[int] = []

    def progress(done: int) -> bool:
        seen.append(done)
        return True

    render_certificates(every_name("en"), tmp_path / "x.pdf", default_texts(), progress)
    assert seen == list(range(1, 11))


def test_cancel_leaves_no_file_and_no_temporary_file(tmp_path: Path) -> None:
    progress, seen = stop_after(3)
    with pytest.raises(Cancelled):
        render_certificates(
            every_name("en"), tmp_path / "certificates.pdf", default_texts(), progress
        )
    assert seen == [1, 2, 3]
    assert list(tmp_path.iterdir()) == []


def test_cancel_keeps_the_previous_file_untouched(tmp_path: Path) -> None:
    target = tmp_path / "certificates.pdf"
    target.write_bytes(b"the old file")
    progress, _seen = stop_after(1)
    with pytest.raises(Cancelled):
        render_certificates(every_name("en"), target, default_texts(), progress)
    assert target.read_bytes() == b"the old file"
    assert list(tmp_path.iterdir()) == [target]


def test_an_error_halfway_leaves_no_file(tmp_path: Path) -> None:
    def items() -> Iterator[CertificateData]:
        yield certificate()
        raise RuntimeError("the database went away")

    with pytest.raises(RuntimeError):
        render_certificates(items(), tmp_path / "certificates.pdf", default_texts())
    assert list(tmp_path.iterdir()) == []


def test_a_failed_rename_removes_the_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(source: object, target: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(CertificateError) as caught:
        render_certificates([certificate()], tmp_path / "certificates.pdf", default_texts())
    assert caught.value.reason == "write_failed"
    assert "certificates.pdf" in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_is_refused_plainly(tmp_path: Path) -> None:
    with pytest.raises(CertificateError) as caught:
        render_certificates([certificate()], tmp_path / "nowhere" / "c.pdf", default_texts())
    assert caught.value.reason == "write_failed"


def test_one_file_per_certificate_named_by_number_and_name(tmp_path: Path) -> None:
    items = [
        certificate("Łódź", number="DAG-2018-0042"),
        certificate("CON", number=""),
        certificate("a/b", number="DAG-2018-0043"),
        certificate("Львів", number="DAG-2018-0044"),
        certificate("ЛЬВІВ", number="dag-2018-0044"),  # same file name but for case
    ]
    written = write_certificate_files(items, tmp_path, default_texts())
    names = [w.path.name for w in written]
    assert names == [
        "DAG-2018-0042 Łódź.pdf",
        "_CON.pdf",
        "DAG-2018-0043 a_b.pdf",
        "DAG-2018-0044 Львів.pdf",
        "dag-2018-0044 ЛЬВІВ (2).pdf",
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(names)
    for entry in written:
        data = entry.path.read_bytes()
        assert entry.sha256 == hashlib.sha256(data).hexdigest()
        assert len(read_pdf(data).pages) == 1
    assert [w.certificate_no for w in written] == [i.certificate_no for i in items]


def test_certificate_filename() -> None:
    assert certificate_filename(certificate("Łódź")) == "DAG-2018-0042 Łódź.pdf"
    assert certificate_filename(certificate("Rotterdam <NL>")) == "DAG-2018-0042 Rotterdam _NL_.pdf"


def test_cancelling_a_folder_job_writes_none_of_its_files(tmp_path: Path) -> None:
    (tmp_path / "DAG-2018-0001 Łódź.pdf").write_bytes(b"issued last year")
    progress, _seen = stop_after(4)
    with pytest.raises(Cancelled):
        write_certificate_files(every_name("en"), tmp_path, default_texts(), progress)
    assert [p.name for p in tmp_path.iterdir()] == ["DAG-2018-0001 Łódź.pdf"]
    assert (tmp_path / "DAG-2018-0001 Łódź.pdf").read_bytes() == b"issued last year"


def test_a_folder_job_replaces_the_same_certificate(tmp_path: Path) -> None:
    old = tmp_path / "DAG-2018-0001 Łódź.pdf"
    old.write_bytes(b"issued last year")
    written = write_certificate_files(every_name("en")[:1], tmp_path, default_texts())
    assert [w.path for w in written] == [old]
    assert old.read_bytes().startswith(b"%PDF-")


def test_a_folder_job_into_a_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(CertificateError):
        write_certificate_files([certificate()], tmp_path / "missing", default_texts())
