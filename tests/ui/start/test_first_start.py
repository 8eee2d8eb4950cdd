"""A new user's first window: the welcome panel of an empty register and what its buttons do."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from alliance_desktop.app import build_main_window
from alliance_desktop.services.data_safety.opening import Services, open_database
from alliance_desktop.services.start.sample_register import register_is_empty
from alliance_desktop.ui.settings_keys import CURRENT_TAB, Settings
from tests.ui.fake_prompts import FakePrompts


@pytest.fixture
def data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "data"


@pytest.fixture
def empty_services(tmp_path: Path, data_folder: Path) -> Iterator[Services]:
    services = open_database(str(tmp_path / "new.sqlite"), create=True)
    yield services
    services.db.dispose()


def _window(qtbot: QtBot, services: Services, qsettings: QSettings) -> object:
    window = build_main_window(services, FakePrompts(), Settings(qsettings))
    qtbot.addWidget(window)
    window.show()
    return window


def test_an_empty_register_opens_on_the_welcome_panel(
    qtbot: QtBot, empty_services: Services, qsettings: QSettings
) -> None:
    Settings(qsettings).set(CURRENT_TAB, 1)  # left on Members last time
    window = _window(qtbot, empty_services, qsettings)
    panel = window.first_start.panel  # type: ignore[attr-defined]
    assert window.tabs.currentWidget() is window.overview  # type: ignore[attr-defined]
    assert window.overview.welcome_shown()  # type: ignore[attr-defined]
    assert panel.isVisible() and not window.overview.members_label.isVisible()  # type: ignore[attr-defined]
    assert str(empty_services.db.location) in panel.location_label.text()
    assert panel.folder_button.isVisible()
    for button in (panel.import_button, panel.open_button, panel.sample_button, panel.empty_button):
        assert button.isEnabled() and button.text()


def test_a_register_with_records_shows_its_figures(
    qtbot: QtBot, ui_services: Services, qsettings: QSettings
) -> None:
    window = _window(qtbot, ui_services, qsettings)
    window.show_tab("overview")  # type: ignore[attr-defined]
    assert not window.overview.welcome_shown()  # type: ignore[attr-defined]
    assert window.overview.members_label.isVisible()  # type: ignore[attr-defined]


def test_start_with_an_empty_register_puts_the_panel_away_for_good(
    qtbot: QtBot, empty_services: Services, qsettings: QSettings
) -> None:
    window = _window(qtbot, empty_services, qsettings)
    window.first_start.panel.empty_button.click()  # type: ignore[attr-defined]
    assert window.tabs.currentWidget() is window.members_tab  # type: ignore[attr-defined]
    window.show_tab("overview")  # type: ignore[attr-defined]
    assert not window.overview.welcome_shown()  # type: ignore[attr-defined]
    assert window.overview.empty_label.isVisible()  # type: ignore[attr-defined]
    window.close()  # type: ignore[attr-defined]

    again = _window(qtbot, empty_services, qsettings)
    again.show_tab("overview")  # type: ignore[attr-defined]
    assert not again.overview.welcome_shown()  # type: ignore[attr-defined]


def test_try_with_sample_data_opens_a_separate_demo_file(
    qtbot: QtBot, empty_services: Services, qsettings: QSettings, data_folder: Path
) -> None:
    window = _window(qtbot, empty_services, qsettings)
    real = empty_services.db.location
    window.first_start.panel.sample_button.click()  # type: ignore[attr-defined]
    opened = window.services  # type: ignore[attr-defined]
    try:
        assert opened.db.location != real
        assert Path(opened.db.location).name == "demo.sqlite"
        assert data_folder in Path(opened.db.location).parents
        assert opened.stats.members().count == 130
        assert window.windowTitle().startswith("Sample data")  # type: ignore[attr-defined]
        assert "not your register" in window.database_label.text()  # type: ignore[attr-defined]
        assert not window.overview.welcome_shown()  # type: ignore[attr-defined]
        assert real in window.settings.recent_databases()  # type: ignore[attr-defined]
    finally:
        window.close()  # type: ignore[attr-defined]
        opened.db.dispose()
    check = open_database(real, create=False)
    try:
        assert register_is_empty(check.db)  # the real register got nothing of the demo
    finally:
        check.db.dispose()


def test_import_a_list_opens_the_import_assistant(
    qtbot: QtBot, empty_services: Services, qsettings: QSettings
) -> None:
    from alliance_desktop.ui.dialogs.import_wizard.wizard import ImportWizard

    window = _window(qtbot, empty_services, qsettings)
    window.first_start.panel.import_button.click()  # type: ignore[attr-defined]
    wizard = window.exchange_actions.dialog  # type: ignore[attr-defined]
    assert isinstance(wizard, ImportWizard) and wizard.isVisible()
    wizard.reject()


def test_open_an_existing_database_switches_to_the_chosen_file(
    qtbot: QtBot,
    empty_services: Services,
    qsettings: QSettings,
    ui_services: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    other = ui_services.db.location
    ui_services.db.dispose()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (other, ""))
    window = _window(qtbot, empty_services, qsettings)
    window.first_start.panel.open_button.click()  # type: ignore[attr-defined]
    try:
        assert window.services.db.location == other  # type: ignore[attr-defined]
        assert not window.overview.welcome_shown()  # type: ignore[attr-defined]
    finally:
        window.close()  # type: ignore[attr-defined]
        window.services.db.dispose()  # type: ignore[attr-defined]


def test_the_panel_speaks_french_after_a_switch(
    qtbot: QtBot, empty_services: Services, qsettings: QSettings
) -> None:
    from tests.ui.language_switch import French

    window = _window(qtbot, empty_services, qsettings)
    switch = French()
    switch.enter()
    try:
        panel = window.first_start.panel  # type: ignore[attr-defined]
        assert panel.sample_button.text() == "Essayer avec des données d'exemple"
        assert panel.location_label.text().startswith("Votre registre est conservé dans")
    finally:
        switch.leave()


def test_import_is_off_on_a_read_only_empty_register(
    qtbot: QtBot, empty_services: Services, qsettings: QSettings
) -> None:
    location = empty_services.db.location
    empty_services.db.dispose()
    read_only = open_database(location, create=False, read_only=True)
    try:
        window = _window(qtbot, read_only, qsettings)
        panel = window.first_start.panel  # type: ignore[attr-defined]
        assert window.overview.welcome_shown()  # type: ignore[attr-defined]
        assert not panel.import_button.isEnabled()
        panel.import_button.click()
        assert window.exchange_actions.dialog is None  # type: ignore[attr-defined]
        assert panel.sample_button.isEnabled()  # the sample is a file of its own
    finally:
        read_only.db.dispose()
