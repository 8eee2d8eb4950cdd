"""The main window's data-safety, exchange and certificate actions follow a language switch."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from alliance_desktop.app import build_main_window
from alliance_desktop.services.data_safety.opening import Services
from alliance_desktop.ui.settings_keys import Settings
from tests.ui.fake_prompts import FakePrompts
from tests.ui.language_switch import French, switching


@pytest.fixture
def french() -> Iterator[French]:
    yield from switching()


def _text(window: object, name: str) -> str:
    action = window.findChild(QAction, name)  # type: ignore[attr-defined]
    assert action is not None, name
    return str(action.text())


def test_actions_turn_french_and_back(
    qtbot: QtBot,
    ui_services: Services,
    window_prompts: FakePrompts,
    qsettings: QSettings,
    french: French,
) -> None:
    window = build_main_window(ui_services, window_prompts, Settings(qsettings))
    qtbot.addWidget(window)
    assert _text(window, "backupNowAction") == "&Back up now"
    french.enter()
    assert _text(window, "backupNowAction") == "&Sauvegarder maintenant"
    assert _text(window, "restoreBackupAction") == "Res&taurer une sauvegarde…"
    assert _text(window, "auditLogAction") == "&Journal d'audit…"
    assert _text(window, "personalDataReviewAction") == "&Données personnelles…"
    assert _text(window, "certificateAction") == "&Certificat…"
    assert _text(window, "orgSettingsAction") == "Paramètres de l'&organisation…"
    exchange = [a.text() for a in window.findChildren(QAction) if a.text() == "&Importer…"]
    assert exchange == ["&Importer…"]
    french.leave()
    assert _text(window, "backupNowAction") == "&Back up now"
    assert _text(window, "certificateAction") == "&Certificate…"
