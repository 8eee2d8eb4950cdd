"""CertificateDialog: the preview is the page as printed; save, print, cancel, the register."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import threading
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from alliance_desktop.domain.certificate_issues import IssuedFile, IssuedPdf
from alliance_desktop.domain.enums import Language
from alliance_desktop.domain.records import AuthorityDraft, SignatureDraft
from alliance_desktop.services.data_safety.opening import Services
from alliance_desktop.services.output import certificates as certificates_module
from alliance_desktop.services.output.certificates import CertificateService
from alliance_desktop.ui.actions.certificate_actions import open_certificates
from alliance_desktop.ui.background_task import run_in_background
from alliance_desktop.ui.dialogs.certificate_dialog import CertificateDialog
from alliance_desktop.ui.dialogs.certificate_printing import certificate_printer

from ..dialog_support import prompts_fixture, services_fixture  # noqa: F401
from ..fake_prompts import FakePrompts

NAMES = [("Łódź", "", "PL"), ("Крагујевац", "Kragujevac", "RS"), ("Βόλος", "Volos", "GR")]


def add_signatures(services: Services, names: list[tuple[str, str, str]] = NAMES) -> list[str]:
    uids = []
    for index, (name, latin, country) in enumerate(names, start=1):
        authority, _warnings = services.authorities.create(
            AuthorityDraft(name=name, name_latin=latin, country_code=country)
        )
        record = services.signatures.create(
            SignatureDraft(
                signer_name=f"Signer {index}",
                signer_function="Mayor",
                signed_on=dt.date(2018, 5, 1),
                authority_uid=authority.meta.uid,
                language=Language.FR if country == "GR" else Language.EN,
                certificate_no=f"DAG-2018-{index:04d}",
            )
        )
        uids.append(record.uid)
    return uids


def make(
    qtbot: QtBot, services: Services, prompts: FakePrompts, uids: list[str]
) -> CertificateDialog:
    dialog = CertificateDialog(services, prompts, uids)
    qtbot.addWidget(dialog)
    return dialog


def pdf_texts(path: Path) -> list[str]:
    return [str(p.extract_text()) for p in PdfReader(io.BytesIO(path.read_bytes())).pages]


def test_preview_shows_the_certificate_in_the_language_chosen(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    [uid] = add_signatures(services, NAMES[2:])
    dialog = make(qtbot, services, prompts, [uid])
    assert dialog.preview_page_count() == 1
    assert "Βόλος" in dialog.heading.text()
    assert "DAG-2018-0001" in dialog.heading.text()
    assert not dialog.next_button.isVisibleTo(dialog)  # one certificate: no navigation
    dialog.set_language("both")
    assert dialog.language == "both"
    assert dialog.preview_page_count() == 1
    assert prompts.asked == []


def test_navigating_many_certificates(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    uids = add_signatures(services)
    dialog = make(qtbot, services, prompts, uids)
    assert dialog.position_label.text() == "Certificate 1 of 3"
    assert not dialog.previous_button.isEnabled()
    dialog.next_button.click()
    dialog.next_button.click()
    assert dialog.current_uid == uids[2]
    assert "Βόλος" in dialog.heading.text()
    assert not dialog.next_button.isEnabled()


def test_save_one_pdf_writes_registers_and_shows_the_register(
    qtbot: QtBot, services: Services, prompts: FakePrompts, tmp_path: Path
) -> None:
    uids = add_signatures(services)
    dialog = make(qtbot, services, prompts, uids)
    suggested: list[str] = []

    def choose(parent: QWidget, caption: str, name: str) -> str:
        suggested.append(name)
        return str(tmp_path / "chosen")  # no extension typed: .pdf is added

    dialog.choose_save_file = choose
    dialog.set_language("en")
    with qtbot.waitSignal(dialog.certificates_saved, timeout=20000) as saved:
        dialog.save_button.click()
    issued = saved.args[0]
    assert isinstance(issued, IssuedPdf)
    out = tmp_path / "chosen.pdf"
    assert issued.path == out
    assert suggested == [f"Certificates {dt.date.today().isoformat()}.pdf"]
    texts = pdf_texts(out)
    assert [name in t.splitlines() for t, (name, _l, _c) in zip(texts, NAMES, strict=True)] == [
        True
    ] * 3
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    for uid in uids:
        assert [i.sha256 for i in CertificateService(services.db).issues(uid)] == [digest]
    assert dialog.register_tree.topLevelItemCount() == 1
    assert dialog.register_tree.topLevelItem(0).text(1) == "DAG-2018-0001"  # type: ignore[union-attr]
    assert dialog.status_label.text() == f"3 certificates saved to {out} and registered."
    assert prompts.calls("error") == []


def test_one_certificate_saved_is_said_in_the_singular(
    qtbot: QtBot, services: Services, prompts: FakePrompts, tmp_path: Path
) -> None:
    dialog = make(qtbot, services, prompts, add_signatures(services, NAMES[:1]))
    dialog.choose_save_file = lambda parent, caption, name: str(tmp_path / "one.pdf")
    with qtbot.waitSignal(dialog.certificates_saved, timeout=20000):
        dialog.save_button.click()
    out = tmp_path / "one.pdf"
    assert dialog.status_label.text() == f"1 certificate saved to {out} and registered."


def test_save_one_file_per_signatory(
    qtbot: QtBot, services: Services, prompts: FakePrompts, tmp_path: Path
) -> None:
    uids = add_signatures(services, [*NAMES, ("Łódź", "", "PL")])
    dialog = make(qtbot, services, prompts, uids)
    dialog.choose_folder = lambda parent, caption: str(tmp_path)
    dialog.one_file_each_button.setChecked(True)
    assert dialog.save_button.text() == "&Save files…"
    with qtbot.waitSignal(dialog.certificates_saved, timeout=20000) as saved:
        dialog.save_button.click()
    files = saved.args[0]
    assert all(isinstance(f, IssuedFile) for f in files)
    assert sorted(p.name for p in tmp_path.glob("*.pdf")) == sorted(
        [
            "DAG-2018-0001 Łódź.pdf",
            "DAG-2018-0002 Крагујевац.pdf",
            "DAG-2018-0003 Βόλος.pdf",
            "DAG-2018-0004 Łódź.pdf",
        ]
    )
    # Printed "as signed": the Greek signatory signed the French version.
    assert "Grèce" in pdf_texts(tmp_path / "DAG-2018-0003 Βόλος.pdf")[0]
    for file in files:
        assert file.issue.sha256 == hashlib.sha256(file.path.read_bytes()).hexdigest()
    assert dialog.status_label.text() == (
        f"4 certificate files saved in {tmp_path} and registered."
    )


def test_cancel_leaves_no_file_and_registers_nothing(
    qtbot: QtBot, services: Services, prompts: FakePrompts, tmp_path: Path
) -> None:
    uids = add_signatures(services, [(f"Town {i}", "", "FR") for i in range(40)])
    dialog = make(qtbot, services, prompts, uids)
    dialog.choose_save_file = lambda parent, caption, name: str(tmp_path / "all.pdf")
    with qtbot.waitSignal(dialog.work_cancelled, timeout=20000):
        dialog.save_button.click()
        assert dialog.task is not None
        assert not dialog.save_button.isEnabled()
        dialog.task.cancel()
    assert list(tmp_path.glob("*.pdf")) == []
    assert list(tmp_path.glob("*.part")) == []
    assert all(CertificateService(services.db).issues(uid) == [] for uid in uids)
    assert "Nothing was saved" in dialog.status_label.text()
    assert dialog.save_button.isEnabled()
    assert prompts.calls("error") == []


def test_a_refusal_is_shown_and_nothing_is_registered(
    qtbot: QtBot, services: Services, prompts: FakePrompts, tmp_path: Path
) -> None:
    [uid] = add_signatures(services, NAMES[:1])
    dialog = make(qtbot, services, prompts, [uid])
    dialog.choose_save_file = lambda parent, caption, name: str(tmp_path / "missing" / "x.pdf")
    with qtbot.waitSignal(dialog.work_failed, timeout=20000):
        dialog.save_button.click()
    [(_method, _title, text)] = prompts.calls("error")
    assert "x.pdf" in text
    assert CertificateService(services.db).issues(uid) == []


def test_cancelling_the_file_chooser_does_nothing(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    [uid] = add_signatures(services, NAMES[:1])
    dialog = make(qtbot, services, prompts, [uid])
    dialog.choose_save_file = lambda parent, caption, name: None
    dialog.save_button.click()
    assert dialog.task is None
    assert CertificateService(services.db).issues(uid) == []


def test_print_draws_every_page_and_registers(
    qtbot: QtBot, services: Services, prompts: FakePrompts, tmp_path: Path
) -> None:
    uids = add_signatures(services)
    dialog = make(qtbot, services, prompts, uids)
    out = tmp_path / "printed.pdf"

    def printer() -> QPrinter:
        printer = certificate_printer()
        printer.setResolution(72)  # a small test: the page drawn at 72 dpi
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return printer

    asked: list[QPrinter] = []
    dialog.make_printer = printer

    def ask(parent: QWidget, chosen: QPrinter) -> bool:
        asked.append(chosen)
        return True

    dialog.ask_print = ask
    with qtbot.waitSignal(dialog.certificates_printed, timeout=20000) as printed:
        dialog.print_button.click()
    assert printed.args == [3]
    assert dialog.status_label.text() == "3 certificates sent to the printer and registered."
    assert asked[0].pageLayout().orientation() == QPageLayout.Orientation.Landscape
    assert len(PdfReader(str(out)).pages) == 3
    for uid in uids:
        assert len(CertificateService(services.db).issues(uid)) == 1


def test_print_dialog_cancelled_prints_nothing(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    [uid] = add_signatures(services, NAMES[:1])
    dialog = make(qtbot, services, prompts, [uid])
    dialog.ask_print = lambda parent, printer: False
    dialog.print_button.click()
    assert dialog.task is None
    assert CertificateService(services.db).issues(uid) == []


def test_open_certificates_needs_a_selection(services: Services, prompts: FakePrompts) -> None:
    assert open_certificates(None, services, prompts, []) is None
    [(_method, _title, text)] = prompts.calls("info")
    assert "Choose one or more signatories" in text


def test_open_certificates_shows_the_dialog(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    uids = add_signatures(services, NAMES[:2])
    dialog = open_certificates(None, services, prompts, uids)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    assert dialog.count == 2
    dialog.reject()


@pytest.mark.parametrize("name", ["AT&T", "Rotterdam <NL>", "<b>Bold</b>"])
def test_markup_in_names_is_shown_literally(
    qtbot: QtBot, services: Services, prompts: FakePrompts, name: str
) -> None:
    [uid] = add_signatures(services, [(name, "", "NL")])
    dialog = make(qtbot, services, prompts, [uid])
    assert name in dialog.heading.text()
    assert dialog.heading.textFormat() == Qt.TextFormat.PlainText


def test_closing_while_saving_cancels_and_closes(
    qtbot: QtBot, services: Services, prompts: FakePrompts, tmp_path: Path
) -> None:
    uids = add_signatures(services, [(f"Town {i}", "", "FR") for i in range(40)])
    dialog = make(qtbot, services, prompts, uids)
    dialog.show()
    dialog.choose_save_file = lambda parent, caption, name: str(tmp_path / "all.pdf")
    dialog.save_button.click()
    assert dialog.task is not None
    dialog.reject()
    assert dialog.isVisible()  # until the job has stopped
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20000)
    assert list(tmp_path.glob("*.pdf")) == []
    assert all(CertificateService(services.db).issues(uid) == [] for uid in uids)


def test_quitting_while_saving_stops_the_job_without_a_file(
    qtbot: QtBot, services: Services, prompts: FakePrompts, tmp_path: Path
) -> None:
    uids = add_signatures(services, [(f"Town {i}", "", "FR") for i in range(40)])
    dialog = make(qtbot, services, prompts, uids)
    dialog.choose_save_file = lambda parent, caption, name: str(tmp_path / "all.pdf")
    dialog.save_button.click()
    assert dialog.task is not None
    dialog._on_application_about_to_quit()  # what QCoreApplication.aboutToQuit calls
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20000)
    assert list(tmp_path.glob("*.pdf")) == []
    assert list(tmp_path.glob("*.part")) == []


def _issue_rows(services: Services, uids: list[str]) -> int:
    register = CertificateService(services.db)
    return sum(len(register.issues(uid)) for uid in uids)


@pytest.mark.parametrize("phase", ["drawing", "assembling", "registering"])
def test_cancel_at_any_phase_leaves_no_file_and_registers_nothing(
    qtbot: QtBot,
    services: Services,
    prompts: FakePrompts,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    phase: str,
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    count = 30
    uids = add_signatures(services, [(f"Town {i}", "", "FR") for i in range(count)])
    # Hold the job at a known step until Cancel has been pressed: no race with the worker.
    monkeypatch.setattr(certificates_module, "REGISTER_CHUNK", 5)
    gate = {"drawing": 3, "assembling": count + 1, "registering": 2 * count + 1}[phase]
    reached, pressed = threading.Event(), threading.Event()
    service = services.certificates
    make_pdf = service.make_pdf

    def held_make_pdf(uids: Any, out: Any, language: Any, progress: Any) -> Any:
        def held(done: int, total: int) -> None:
            progress(done, total)
            if total and done >= gate and not reached.is_set():
                reached.set()
                pressed.wait(10)

        return make_pdf(uids, out, language, held)

    monkeypatch.setattr(service, "make_pdf", held_make_pdf)
    dialog = make(qtbot, services, prompts, uids)
    dialog.choose_save_file = lambda parent, caption, name: str(out / "all.pdf")
    seen: list[tuple[int, int]] = []
    dialog.save_button.click()
    assert dialog.task is not None
    dialog.task.progressed.connect(lambda done, total: seen.append((done, total)))
    qtbot.waitUntil(reached.is_set, timeout=20000)
    with qtbot.waitSignal(dialog.work_cancelled, timeout=20000):
        dialog.task.cancel()
        pressed.set()
    assert seen and seen[-1][1] == 3 * count and seen[-1][0] >= 1
    assert list(out.iterdir()) == []  # no PDF and no temporary file
    assert _issue_rows(services, uids) == 0
    assert "Nothing was saved" in dialog.status_label.text()


def test_a_certificate_batch_is_refused_while_another_long_job_runs(
    qtbot: QtBot, services: Services, prompts: FakePrompts, tmp_path: Path
) -> None:
    uids = add_signatures(services)
    out = tmp_path / "out"
    out.mkdir()
    release = threading.Event()
    other: list[object] = []
    run_in_background(
        None, "Importing", lambda progress: release.wait(10), lambda r, e: other.append(r)
    )
    try:
        dialog = make(qtbot, services, prompts, uids)
        dialog.choose_save_file = lambda parent, caption, name: str(out / "all.pdf")
        with qtbot.waitSignal(dialog.work_failed, timeout=5000) as blocker:
            dialog.save_button.click()
        assert "Importing" in blocker.args[0]
        assert [call[2] for call in prompts.calls("error")] == [blocker.args[0]]
        assert dialog.task is None and dialog.save_button.isEnabled()
        assert list(out.iterdir()) == []
        assert _issue_rows(services, uids) == 0
    finally:
        release.set()
        qtbot.waitUntil(lambda: bool(other), timeout=5000)
    # Once the other job has ended, the batch runs.
    with qtbot.waitSignal(dialog.certificates_saved, timeout=20000):
        dialog.save_button.click()
    assert _issue_rows(services, uids) == len(uids)
