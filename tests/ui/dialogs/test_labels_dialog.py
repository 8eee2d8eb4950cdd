"""LabelsDialog: the recipients, the sheet, start at N and the envelope become the request;
Save PDF writes in the background and reports the run; the sheet preview shows the labels."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPointF, QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel

from alliance_desktop.domain.label_layouts import DL, L7160, L7163
from alliance_desktop.domain.queries import ListQuery
from alliance_desktop.exchange import ListKind
from alliance_desktop.services.data_safety.opening import Services, open_database
from alliance_desktop.services.output.labels import LabelRun, LabelService
from alliance_desktop.ui.dialogs.labels_dialog import LABEL_SHEET, LabelsDialog
from alliance_desktop.ui.settings_keys import Settings
from tests.services.exchange_samples import add_members
from tests.ui.fake_prompts import FakePrompts
from tests.ui.language_switch import French, switching


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    opened = open_database(tmp_path / "t.sqlite", create=True)
    add_members(opened)
    yield opened
    opened.db.dispose()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def _dialog(qtbot, services, settings, *, selected=(), prompts=None) -> LabelsDialog:
    shown = len(services.members.list(ListQuery(search="o")).rows)
    dialog = LabelsDialog(
        services,
        prompts or FakePrompts(),
        settings,
        ListKind.MEMBERS,
        selected=selected,
        query=ListQuery(search="o"),
        shown=shown,
    )
    qtbot.addWidget(dialog)
    return dialog


def test_the_filter_is_the_choice_when_nothing_is_selected(qtbot, services, settings) -> None:
    dialog = _dialog(qtbot, services, settings)
    assert not dialog.recipients.selected_radio.isEnabled()
    assert dialog.recipients.filter_radio.isChecked()
    assert "(3)" in dialog.recipients.filter_radio.text()
    assert "“o”" in dialog.recipients.filter_note.text()
    request = dialog.request("x.pdf")
    assert request.choice.query == ListQuery(search="o") and request.choice.uids == ()
    assert request.sheet == L7160 and request.envelope is None


def test_selected_rows_sheet_and_start_at_make_the_request(qtbot, services, settings) -> None:
    uids = tuple(r.uid for r in services.members.list().rows[:2])
    dialog = _dialog(qtbot, services, settings, selected=uids)
    assert dialog.recipients.selected_radio.isChecked()
    dialog.sheet_box.setCurrentIndex(dialog.sheet_box.findData("L7163"))
    dialog.start_box.setValue(14)
    request = dialog.request("x.pdf")
    assert request.choice.uids == uids
    assert request.sheet == L7163 and request.start_at == 14
    assert dialog.start_box.maximum() == L7163.per_sheet
    assert dialog.preview.printed_numbers() == [14]  # one left on the sheet, the next on another
    assert "2 sheets" in dialog.preview_note.text()


def test_a_custom_layout_is_checked_before_printing(qtbot, services, settings) -> None:
    dialog = _dialog(qtbot, services, settings)
    dialog.sheet_box.setCurrentIndex(dialog.sheet_box.findData("custom"))
    assert not dialog.custom_group.isHidden()
    dialog.set_custom_spec("4,7,63.5,38.1,15,7,66,38.1")
    assert "210 mm wide" in dialog.status_label.text()
    assert not dialog.save_button.isEnabled()
    dialog.set_custom_spec("2,5,90,50,10,10,100,55")
    assert dialog.status_label.text() == ""
    assert dialog.save_button.isEnabled()
    assert dialog.request("x.pdf").sheet.spec() == "2,5,90,50,10,10,100,55"


def test_clicking_the_preview_chooses_where_to_start(qtbot, services, settings) -> None:
    dialog = _dialog(qtbot, services, settings)
    dialog.resize(800, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    preview = dialog.preview
    scale, origin = preview._scale()
    cell = L7160.cell(7)  # label 8
    point = QPointF(
        origin.x() + (cell.x + cell.width / 2) * scale, origin.y() + (cell.y + 5) * scale
    )
    qtbot.mouseClick(preview, Qt.MouseButton.LeftButton, pos=point.toPoint())
    assert dialog.start_box.value() == 8
    assert preview.printed_numbers() == [8, 9, 10]


def test_save_writes_the_pdf_in_the_background_and_reports_the_run(
    qtbot, services, settings, tmp_path
) -> None:
    dialog = _dialog(qtbot, services, settings)
    out = tmp_path / "labels.pdf"
    dialog.file_edit.setText(str(out))
    with qtbot.waitSignal(dialog.run_finished, timeout=20_000) as finished:
        dialog.save_button.click()
    run: LabelRun = finished.args[0]
    assert run.count == 3 and run.path == out
    assert run.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    assert "3 labels saved to" in dialog.status_label.text()
    assert "no postal address" in dialog.status_label.text()
    dialog.reject()
    assert settings.get(LABEL_SHEET) == "L7160"


def test_envelopes_keep_a_changed_return_address_for_everyone(
    qtbot, services, settings, tmp_path
) -> None:
    dialog = _dialog(qtbot, services, settings)
    dialog.envelopes_radio.setChecked(True)
    assert not dialog.sheet_box.isEnabled() and dialog.return_address.isEnabled()
    dialog.return_address.setPlainText("Secretariat of the Alliance\n67075 Strasbourg Cedex")
    dialog.file_edit.setText(str(tmp_path / "env.pdf"))
    assert dialog.request().envelope == DL
    with qtbot.waitSignal(dialog.run_finished, timeout=20_000):
        dialog.save_button.click()
    sender = LabelService(services).sender()
    assert sender.return_address == "Secretariat of the Alliance\n67075 Strasbourg Cedex"
    assert "3 envelopes saved to" in dialog.status_label.text()


def test_print_sends_the_pages_and_records_the_run(qtbot, services, settings, monkeypatch) -> None:
    printed: list[bytes] = []
    monkeypatch.setattr(
        "alliance_desktop.ui.dialogs.label_jobs.print_pdf",
        lambda data, printer: printed.append(data) or 1,
    )
    dialog = _dialog(qtbot, services, settings)
    dialog.ask_print = lambda parent, printer: True
    with qtbot.waitSignal(dialog.run_finished, timeout=20_000) as finished:
        dialog.print_button.click()
    assert printed and finished.args[0].path is None
    assert finished.args[0].sha256 == hashlib.sha256(printed[0]).hexdigest()
    assert "to printer" in services.audit.list(action="export")[0].label


def test_nobody_to_print_for_is_said_and_nothing_runs(qtbot, services, settings) -> None:
    dialog = LabelsDialog(
        services, FakePrompts(), settings, ListKind.MEMBERS, query=ListQuery(), shown=0
    )
    qtbot.addWidget(dialog)
    assert "nobody to print for" in dialog.status_label.text()
    assert not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()


def test_the_preview_window_shows_the_pdf(qtbot, services, settings) -> None:
    dialog = _dialog(qtbot, services, settings)
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: dialog.preview_window is not None, timeout=20_000)
    assert dialog.preview_window.document.pageCount() == 1
    dialog.preview_window.close()


@pytest.fixture
def french() -> Iterator[French]:
    yield from switching()


def _accelerators(dialog: LabelsDialog) -> list[str]:
    texts = [w.text() for w in dialog.findChildren(QLabel) if w.buddy() is not None]
    texts += [w.text() for w in dialog.findChildren(QAbstractButton)]
    letters = []
    for text in texts:
        found = re.search(r"&([^&\s])", text.replace("&&", ""))
        if found:
            letters.append(found.group(1).lower())
    return letters


def test_the_dialog_speaks_french_with_unique_accelerators(
    qtbot, services, settings, french: French
) -> None:
    dialog = _dialog(qtbot, services, settings)
    english = _accelerators(dialog)
    assert len(english) >= 12 and len(set(english)) == len(english)
    french.enter()
    assert dialog.windowTitle() == "Étiquettes et enveloppes"
    assert (
        dialog.recipients.filter_radio.text()
    ) == "Chaque membre affiché par le filtre en cours (3)"
    assert "1 planche" in dialog.preview_note.text()
    letters = _accelerators(dialog)
    assert len(letters) >= 12 and len(set(letters)) == len(letters)


def test_the_senders_country_is_kept_and_drops_its_country_line(
    qtbot, services, settings, tmp_path
) -> None:
    dialog = _dialog(qtbot, services, settings)
    assert dialog.sender_country.code() == "FR"
    dialog.sender_country.set_code("PL")
    dialog.file_edit.setText(str(tmp_path / "from-poland.pdf"))
    with qtbot.waitSignal(dialog.run_finished, timeout=20_000):
        dialog.save_button.click()
    assert LabelService(services).sender().country == "PL"
    text = PdfReader(str(tmp_path / "from-poland.pdf")).pages[0].extract_text()
    assert "Łódź" in text and "POLOGNE" not in text and "GRÈCE" in text
