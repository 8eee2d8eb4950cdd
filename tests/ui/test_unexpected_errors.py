"""An unexpected error in a background job: a plain sentence for the user, only its kind logged."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from alliance_desktop.exchange import ListKind
from alliance_desktop.services.data_safety.opening import Services
from alliance_desktop.ui.dialogs.certificate_dialog import CertificateDialog
from alliance_desktop.ui.dialogs.export_dialog import ExportDialog
from alliance_desktop.ui.dialogs.import_wizard.wizard import ImportWizard
from alliance_desktop.ui.settings_keys import Settings

from .fake_prompts import FakePrompts

LEAKY = RuntimeError(
    "(psycopg.errors.StringDataRightTruncation) value too long [SQL: INSERT INTO person "
    "(name, email) VALUES (%(name)s, %(email)s)] [parameters: {'name': 'Jan Nowak'}]"
)


def _shown_and_logged(prompts: FakePrompts, caplog: pytest.LogCaptureFixture) -> str:
    [(_method, _title, text)] = prompts.calls("error")
    for leak in ("INSERT", "Jan Nowak", "psycopg", "parameters"):
        assert leak not in text
        assert leak not in caplog.text
    assert "RuntimeError" in caplog.text  # the kind, for whoever reads the log
    return text


def test_an_export_that_fails_unexpectedly(
    qtbot: QtBot, ui_services: Services, qsettings: QSettings, caplog: pytest.LogCaptureFixture
) -> None:
    prompts = FakePrompts()
    dialog = ExportDialog(ui_services, prompts, Settings(qsettings), ListKind.MEMBERS)
    qtbot.addWidget(dialog)
    with caplog.at_level(logging.INFO):
        dialog._on_task_done(None, LEAKY)
    assert "no file was written" in _shown_and_logged(prompts, caplog)


def test_an_import_that_fails_unexpectedly(
    qtbot: QtBot, ui_services: Services, qsettings: QSettings, caplog: pytest.LogCaptureFixture
) -> None:
    prompts = FakePrompts()
    wizard = ImportWizard(ui_services, prompts, Settings(qsettings), ListKind.MEMBERS)
    qtbot.addWidget(wizard)
    with caplog.at_level(logging.INFO):
        wizard._on_import_done(None, LEAKY)
    assert "Nothing was imported" in _shown_and_logged(prompts, caplog)


def test_a_certificate_job_that_fails_unexpectedly(
    qtbot: QtBot, ui_services: Services, caplog: pytest.LogCaptureFixture
) -> None:
    prompts = FakePrompts()
    uids = list(ui_services.signatures.list_uids())[:1]
    dialog = CertificateDialog(ui_services, prompts, uids)
    qtbot.addWidget(dialog)
    with caplog.at_level(logging.INFO):
        dialog._failed(LEAKY)
    assert "log" in _shown_and_logged(prompts, caplog)


def test_pg_dump_failing_does_not_quote_the_server(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from alliance_desktop.domain.errors import RefusedError
    from alliance_desktop.services.data_safety.pg_dump import pg_dump

    fake = tmp_path / "pg_dump"
    fake.write_text(
        "#!/bin/sh\necho 'pg_dump: error: FATAL: password authentication failed for user \"jan.nowak\"'"
        " >&2\nexit 1\n"
    )
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path))
    with caplog.at_level(logging.INFO), pytest.raises(RefusedError) as refused:
        pg_dump("postgresql+psycopg://jan.nowak@db.example/alliance", tmp_path / "out.dump")
    assert "jan.nowak" not in str(refused.value) and "FATAL" not in str(refused.value)
    assert "jan.nowak" not in caplog.text


def test_a_logo_that_cannot_be_read_is_refused_without_its_path(
    qtbot: QtBot, ui_services: Services, tmp_path: Path
) -> None:
    from alliance_desktop.ui.dialogs.org_settings_dialog import OrgSettingsDialog

    prompts = FakePrompts()
    dialog = OrgSettingsDialog(ui_services, prompts)
    qtbot.addWidget(dialog)
    folder = tmp_path / "ana.kovac"  # a folder where a picture was expected: cannot be read
    folder.mkdir()
    dialog.choose_file = lambda parent, caption, name_filter: str(folder)  # type: ignore[method-assign]
    dialog.choose_logo_button.click()
    [(_method, _title, text)] = prompts.calls("error")
    assert text.startswith("The picture cannot be read")
    assert "ana.kovac" not in text and "Errno" not in text


def test_a_damaged_logo_is_refused_in_plain_words() -> None:
    from alliance_desktop.reports import CertificateError
    from alliance_desktop.reports.certificate import _logo_reader

    with pytest.raises(CertificateError) as refused:
        _logo_reader(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    assert "damaged" in str(refused.value)
    assert "BytesIO" not in str(refused.value) and "identify" not in str(refused.value)
