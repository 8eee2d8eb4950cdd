"""Label and envelope runs: who is printed, in which order, the file, its hash and the audit."""

from __future__ import annotations

import hashlib
import io
import stat
from pathlib import Path

import pytest
from pypdf import PdfReader

from alliance_desktop.domain.errors import Cancelled, RefusedError
from alliance_desktop.domain.label_layouts import DL, L7160, SheetLayout
from alliance_desktop.domain.queries import ListQuery
from alliance_desktop.exchange import ListKind
from alliance_desktop.services.data_safety.opening import Services, open_database
from alliance_desktop.services.output.labels import (
    DEFAULT_RETURN_ADDRESS,
    LabelRequest,
    LabelService,
    RunKind,
    Sender,
)
from alliance_desktop.services.output.postal_recipients import RecipientChoice
from tests.services.exchange_samples import add_applications, add_members, add_signatures


def _text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_selected_rows_print_in_their_order_with_hash_and_audit(
    services: Services, tmp_path: Path
) -> None:
    add_members(services)
    rows = services.members.list().rows
    chosen = (rows[3].uid, rows[0].uid)
    path = tmp_path / "labels.pdf"
    run = LabelService(services).make(
        LabelRequest(
            RecipientChoice(ListKind.MEMBERS, uids=chosen), path, sheet=L7160, language="en"
        )
    )
    assert run.kind is RunKind.LABEL
    assert run.uids == chosen
    assert run.path == path
    assert run.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert run.layout == "L7160"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600  # focal points' names: personal data
    text = _text(path)
    assert text.index(rows[3].name) < text.index(rows[0].name)
    entry = services.audit.list(action="export")[0]
    assert "2 labels (members) to labels.pdf" in entry.label
    assert run.sha256 in str(entry.changes)


def test_the_current_filter_prints_every_row_it_shows(services: Services, tmp_path: Path) -> None:
    add_members(services)
    service = LabelService(services)
    choice = RecipientChoice(ListKind.MEMBERS, query=ListQuery(country="PL"))
    assert service.count(choice) == 1
    run = service.make(LabelRequest(choice, tmp_path / "pl.pdf", sheet=L7160, language="fr"))
    text = _text(tmp_path / "pl.pdf")
    # Łódź has its address and focal point; the country line is in French (a French sender).
    for expected in ("Łódź", "À l'attention de Anna Kowalska", "90-926 Łódź", "POLOGNE"):
        assert expected in text
    assert run.without_address == ()
    everyone = service.make(
        LabelRequest(RecipientChoice(ListKind.MEMBERS), tmp_path / "all.pdf", sheet=L7160)
    )
    assert len(everyone.uids) == len(services.members.list().rows)
    assert "Крагујевац" in everyone.without_address


def test_signatories_and_applications_have_recipients(services: Services, tmp_path: Path) -> None:
    add_members(services)
    add_signatures(services)
    add_applications(services)
    service = LabelService(services)
    signatures = service.recipients(RecipientChoice(ListKind.SIGNATORIES))
    by_signer = {r.attention or r.name: r for r in signatures}
    city = services.members.list().rows[0]
    assert by_signer["Hanna Zdanowska"].name == city.name  # signed for the city: to the city
    assert by_signer["Ivan Petrov"].name == "Ivan Petrov"  # signed in person: to the signer
    assert by_signer["Ivan Petrov"].country_code == "BG"
    applications = service.recipients(RecipientChoice(ListKind.APPLICATIONS))
    assert [(r.name, r.attention) for r in applications] == [("Košice", "Ján Novák")]
    run = service.make(
        LabelRequest(RecipientChoice(ListKind.APPLICATIONS), tmp_path / "env.pdf", envelope=DL)
    )
    assert run.kind is RunKind.ENVELOPE and run.pages == 1 and run.layout == "DL"
    text = _text(tmp_path / "env.pdf")
    assert "Košice" in text and "SLOVAQUIE" not in text  # the request's language: French
    assert "RÉPUBLIQUE SLOVAQUE" in text
    assert "Council of Europe" in text  # the return address


def test_an_erased_focal_point_is_not_printed(services: Services) -> None:
    add_members(services)
    row = next(r for r in services.members.list().rows if r.focal_point)
    focal = services.members.get(row.uid).focal_point
    assert focal is not None
    services.privacy.erase(focal.uid)
    recipient = LabelService(services).recipients(
        RecipientChoice(ListKind.MEMBERS, uids=(row.uid,))
    )[0]
    assert recipient.attention == ""


def test_refusals_write_nothing(services: Services, tmp_path: Path) -> None:
    add_members(services)
    service = LabelService(services)
    path = tmp_path / "none.pdf"
    everyone = RecipientChoice(ListKind.MEMBERS)
    nobody = RecipientChoice(ListKind.MEMBERS, query=ListQuery(search="no such place"))
    too_wide = SheetLayout("custom", 4, 7, 63.5, 38.1, 15, 7, 66, 38.1)
    for request in (
        LabelRequest(nobody, path, sheet=L7160),
        LabelRequest(everyone, path, sheet=too_wide),
        LabelRequest(everyone, path, sheet=L7160, start_at=22),
        LabelRequest(everyone, path, sheet=L7160, start_at=0),
        LabelRequest(everyone, path),
        LabelRequest(everyone, path, sheet=L7160, envelope=DL),
    ):
        with pytest.raises(RefusedError):
            service.make(request)
    assert not path.exists()
    assert services.audit.list(action="export") == []


def test_a_cancelled_run_leaves_no_file(services: Services, tmp_path: Path) -> None:
    add_members(services)
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / "cancelled.pdf"

    def cancel(done: int, total: int) -> None:
        if done == total:
            raise Cancelled()

    with pytest.raises(Cancelled):
        LabelService(services).make(
            LabelRequest(RecipientChoice(ListKind.MEMBERS), path, sheet=L7160), cancel
        )
    assert not path.exists()
    assert list(folder.iterdir()) == []  # nor a temporary file


def test_the_sender_is_kept_for_everyone(services: Services) -> None:
    service = LabelService(services)
    assert service.sender() == Sender("FR", DEFAULT_RETURN_ADDRESS)
    service.save_sender(Sender("be", "Secretariat\n\n  Rue de la Loi 1  \n1000 Bruxelles"))
    assert service.sender() == Sender("BE", "Secretariat\nRue de la Loi 1\n1000 Bruxelles")
    assert services.audit.list(action="settings")[0].entity_uid == "postal"
    with pytest.raises(RefusedError):
        service.save_sender(Sender("XX", "Somewhere"))
    with pytest.raises(RefusedError):
        service.save_sender(Sender("FR", "\n".join("line" for _ in range(7))))


def test_a_printed_run_is_recorded_without_a_file(services: Services) -> None:
    add_members(services)
    service = LabelService(services)
    request = LabelRequest(RecipientChoice(ListKind.MEMBERS), "printer", sheet=L7160)
    prepared = service.prepare(request)
    run = service.printed(request, prepared)
    assert run.path is None and run.sha256 == prepared.sha256
    assert "to printer" in services.audit.list(action="export")[0].label


def test_a_read_only_database_records_nothing_and_leaves_no_file(tmp_path: Path) -> None:
    location = tmp_path / "register.sqlite"
    writable = open_database(location, create=True)
    add_members(writable)
    writable.db.dispose()
    read_only = open_database(location, create=False, read_only=True)
    try:
        path = tmp_path / "labels.pdf"
        with pytest.raises(RefusedError, match="read-only"):
            LabelService(read_only).make(
                LabelRequest(RecipientChoice(ListKind.MEMBERS), path, sheet=L7160)
            )
        assert not path.exists()
    finally:
        read_only.db.dispose()


def test_each_record_printed_gets_a_line_in_its_correspondence_log(
    services: Services, tmp_path: Path
) -> None:
    add_members(services)
    rows = services.members.list().rows
    chosen = (rows[1].uid, rows[2].uid)
    path = tmp_path / "envelopes.pdf"
    run = LabelService(services).make(
        LabelRequest(RecipientChoice(ListKind.MEMBERS, uids=chosen), path, envelope=DL)
    )
    for uid in chosen:
        (entry,) = services.correspondence.for_record(uid)
        assert entry.kind is RunKind.ENVELOPE
        assert (entry.file_name, entry.sha256, entry.template) == (
            "envelopes.pdf",
            run.sha256,
            "DL",
        )
    assert services.correspondence.for_record(rows[0].uid) == []  # not printed, not logged
    logged = services.audit.list(action="correspondence")
    assert {e.entity_uid for e in logged} == set(chosen)
