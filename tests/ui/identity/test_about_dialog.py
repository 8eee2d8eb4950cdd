"""Help → About and its Licences window: what a secretary reads out when asking for help."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import qVersion
from PySide6.QtGui import QGuiApplication, QIcon
from pytestqt.qtbot import QtBot

from alliance_desktop import __licence__, __version__
from alliance_desktop.services.data_safety.opening import Services
from alliance_desktop.ui.identity import third_party
from alliance_desktop.ui.identity.about_dialog import AboutDialog
from alliance_desktop.ui.identity.app_icon import application_icon
from alliance_desktop.ui.identity.licences_dialog import LicencesDialog
from tests.ui.language_switch import French, switching


@pytest.fixture
def french() -> Iterator[French]:
    yield from switching()


@pytest.fixture
def about(qtbot: QtBot, ui_services: Services) -> AboutDialog:
    dialog = AboutDialog(ui_services)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_about_names_version_database_log_and_platform(about: AboutDialog) -> None:
    details = about.details()
    assert f"Alliance Desktop {__version__}" in details
    assert "Database: " in details and "ui.sqlite" in details
    assert f"Database engine: SQLite {sqlite3.sqlite_version}" in details
    assert "Log file: " in details and "alliance-desktop" in details
    assert f"Qt: {qVersion()}" in details
    assert f"Python: {sys.version.split()[0]}" in details
    assert __licence__ in about.licence_label.text()


def test_copy_details_puts_them_on_the_clipboard(about: AboutDialog) -> None:
    about.copy_button.click()
    assert QGuiApplication.clipboard().text() == about.details()


def test_about_in_french(about: AboutDialog, french: French) -> None:
    french.enter()
    assert about.windowTitle() == "À propos d'Alliance Desktop"
    assert "Base de données : " in about.details()
    assert about.licences_button.text() == "Licences…"
    assert "licence publique de l'Union européenne (EUPL-1.2)" in about.licence_label.text()


def test_licences_button_lists_every_bundled_component(about: AboutDialog) -> None:
    about.licences_button.click()
    licences = about.licences_dialog
    assert isinstance(licences, LicencesDialog) and licences.isVisible()
    names = {
        licences.list.topLevelItem(row).text(0) for row in range(licences.list.topLevelItemCount())
    }
    assert {
        "Qt",
        "PySide6_Essentials",
        "Python",
        "SQLAlchemy",
        "reportlab",
        "DejaVu fonts",
    } <= names
    first = licences.list.topLevelItem(0)
    assert (first.text(0), first.text(2)) == ("Alliance Desktop", __licence__)
    assert "EUROPEAN UNION PUBLIC LICENCE v. 1.2" in licences.text.toPlainText()
    licences.select("SQLAlchemy")
    text = licences.text.toPlainText()
    assert text.startswith("SQLAlchemy ") and "Licence: MIT" in text
    assert "Permission is hereby granted" in text  # the licence's own text


def test_licences_window_says_so_when_the_file_is_missing(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(third_party, "LICENCES_FILE", tmp_path / "missing.txt")
    dialog = LicencesDialog()
    qtbot.addWidget(dialog)
    assert dialog.list.topLevelItemCount() == 0
    assert "missing from this installation" in dialog.intro_label.text()


def test_parses_entries_whose_licence_text_has_rules_of_its_own() -> None:
    rule = "=" * 78
    text = (
        "Header\n\n"
        f"{rule}\nComponent: A\nVersion: 1\nLicence: MIT\nHomepage: https://a\n{'-' * 78}\n"
        f"line\n{rule}\nnot a new entry\n\n"
        f"{rule}\nComponent: B\nVersion: 2\nLicence: BSD\nHomepage: \n"
    )
    first, second = third_party.parse_components(text)
    assert (first.name, first.version, first.licence, first.homepage) == (
        "A",
        "1",
        "MIT",
        "https://a",
    )
    assert "not a new entry" in first.text
    assert (second.name, second.text) == ("B", "")


def test_application_icon_has_every_size_down_to_16_pixels(qtbot: QtBot) -> None:
    icon: QIcon = application_icon()
    sizes = {size.width() for size in icon.availableSizes()}
    assert {16, 32, 48, 256} <= sizes
