"""OrgSettingsDialog: texts in English and French, signers, logo, preview, saved for everyone."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

from PIL import Image
from PySide6.QtWidgets import QDialog, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from alliance_desktop.reports import SignatureBlock, default_texts
from alliance_desktop.services.data_safety.opening import Services
from alliance_desktop.services.org_settings import OrgSettingsService
from alliance_desktop.ui.dialogs.org_settings_dialog import OrgSettingsDialog

from ..dialog_support import prompts_fixture, services_fixture  # noqa: F401
from ..fake_prompts import FakePrompts


def make(qtbot: QtBot, services: Services, prompts: FakePrompts) -> OrgSettingsDialog:
    dialog = OrgSettingsDialog(services, prompts)
    qtbot.addWidget(dialog)
    return dialog


def stored(services: Services) -> object:
    return OrgSettingsService(services.db).certificate_texts()


def write_png(path: Path) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (120, 60), (0, 51, 153)).save(buffer, format="PNG")
    path.write_bytes(buffer.getvalue())
    return buffer.getvalue()


def set_text(dialog: OrgSettingsDialog, key: str, value: str) -> None:
    edit = dialog.text_edits[key]
    if isinstance(edit, QPlainTextEdit):
        edit.setPlainText(value)
    else:
        assert isinstance(edit, QLineEdit)
        edit.setText(value)


def test_opens_with_the_stored_texts_and_saves_changes(
    qtbot: QtBot, services: Services, prompts: FakePrompts, tmp_path: Path
) -> None:
    dialog = make(qtbot, services, prompts)
    assert dialog.texts() == default_texts()
    set_text(dialog, "heading_fr", "Certificat de signature & « engagement »")
    set_text(dialog, "place_of_issue", "Страсбург")
    set_text(dialog, "commitments_en", "first\n\nsecond")
    dialog.signatures_table.setCurrentCell(0, 0)
    dialog.signatures_table.item(0, 0).setText("Andreas Kiefer")  # type: ignore[union-attr]
    dialog.add_signature_button.click()
    row = dialog.signatures_table.rowCount() - 1
    for column, text in enumerate(["Ελένη Παπαδοπούλου", "Spokesperson", "Porte-parole"]):
        dialog.signatures_table.item(row, column).setText(text)  # type: ignore[union-attr]
    logo = write_png(tmp_path / "logo.png")
    dialog.choose_file = lambda parent, caption, name_filter: str(tmp_path / "logo.png")
    dialog.choose_logo_button.click()
    assert not dialog.logo_label.pixmap().isNull()
    with qtbot.waitSignal(dialog.settings_saved):
        dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    expected = dataclasses.replace(
        default_texts(),
        heading_fr="Certificat de signature & « engagement »",
        place_of_issue="Страсбург",
        commitments_en="first\n\nsecond",
        signatures=(
            SignatureBlock(
                "Secretary General of the Congress",
                "Secrétaire général du Congrès",
                "Andreas Kiefer",
            ),
            SignatureBlock("President of the Congress", "Président du Congrès"),
            SignatureBlock("Spokesperson", "Porte-parole", "Ελένη Παπαδοπούλου"),
        ),
        logo=logo,
    )
    assert stored(services) == expected
    # Another colleague opening the dialog sees the same settings.
    assert make(qtbot, services, FakePrompts()).texts() == expected


def test_a_picture_that_is_not_png_or_jpeg_is_refused(
    qtbot: QtBot, services: Services, prompts: FakePrompts, tmp_path: Path
) -> None:
    (tmp_path / "logo.gif").write_bytes(b"GIF89a......")
    dialog = make(qtbot, services, prompts)
    dialog.choose_file = lambda parent, caption, name_filter: str(tmp_path / "logo.gif")
    dialog.choose_logo_button.click()
    [(_method, _title, text)] = prompts.calls("error")
    assert "PNG or JPEG" in text
    assert dialog.texts().logo is None


def test_refused_settings_keep_the_dialog_open(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    dialog = make(qtbot, services, prompts)
    set_text(dialog, "title_en", "")
    dialog.show()
    dialog.accept()
    assert dialog.isVisible()
    [(_method, _title, text)] = prompts.calls("error")
    assert "required" in text
    assert stored(services) == default_texts()


def test_too_long_texts_ask_before_saving(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    dialog = make(qtbot, services, prompts)
    set_text(dialog, "heading_en", "Certificate " * 40)
    prompts.answer("confirm", False)
    dialog.accept()
    assert "not print well" in prompts.calls("confirm")[0][2]
    assert stored(services) == default_texts()
    prompts.answer("confirm", True)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert stored(services).heading_en == ("Certificate " * 40).strip()  # type: ignore[attr-defined]


def test_signature_blocks_add_move_remove(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    dialog = make(qtbot, services, prompts)
    table = dialog.signatures_table
    assert table.rowCount() == 2
    dialog.add_signature_button.click()
    dialog.add_signature_button.click()
    assert table.rowCount() == 4
    assert not dialog.add_signature_button.isEnabled()  # the page has room for four
    table.setCurrentCell(1, 0)
    dialog.up_signature_button.click()
    assert [b.title_en for b in dialog.texts().signatures] == [
        "President of the Congress",
        "Secretary General of the Congress",
    ]  # empty rows are left out
    dialog.remove_signature_button.click()
    assert table.rowCount() == 3


def test_preview_draws_the_unsaved_texts(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    dialog = make(qtbot, services, prompts)
    set_text(dialog, "heading_en", "Certificate " * 40)
    dialog.tabs.setCurrentIndex(3)
    assert not dialog.preview_label.pixmap().isNull()
    assert "too long" in dialog.problems_label.text()
    assert stored(services) == default_texts()


def test_cancel_with_changes_asks_to_discard(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    dialog = make(qtbot, services, prompts)
    dialog.show()
    set_text(dialog, "place_of_issue", "Bruxelles")
    prompts.answer("ask_discard", False)
    dialog.reject()
    assert dialog.isVisible()
    dialog.reject()  # the default answer discards
    assert not dialog.isVisible()
    assert stored(services) == default_texts()


def test_standard_texts_button_puts_back_the_defaults(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    OrgSettingsService(services.db).save_certificate_texts(
        dataclasses.replace(default_texts(), heading_en="Old", signatures=())
    )
    dialog = make(qtbot, services, prompts)
    assert dialog.texts().heading_en == "Old"
    dialog.reset_button.click()
    assert dialog.texts() == default_texts()
