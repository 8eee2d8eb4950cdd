"""Switching the language with a dialog open: its words change, what the user typed stays."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTranslator
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from alliance_desktop.domain.enums import AuthorityKind, Language
from alliance_desktop.domain.errors import ConflictError
from alliance_desktop.exchange import ListKind
from alliance_desktop.services.data_safety.opening import Services
from alliance_desktop.ui.dialogs.application_dialog import ApplicationDialog
from alliance_desktop.ui.dialogs.import_wizard.wizard import ImportWizard
from alliance_desktop.ui.dialogs.member_dialog import MemberDialog
from alliance_desktop.ui.dialogs.record_dialog import RecordDialog
from alliance_desktop.ui.language import I18N_FOLDER
from alliance_desktop.ui.settings_keys import Settings

from ..dialog_support import prompts_fixture, services_fixture  # noqa: F401
from ..fake_prompts import FakePrompts


@pytest.fixture
def french() -> Iterator[QTranslator]:
    """The dialogs' French catalogue, installed by the test (which sends LanguageChange)."""
    translator = QTranslator()
    assert translator.load(str(I18N_FOLDER / "ui_dialogs_fr.qm"))
    yield translator
    QCoreApplication.removeTranslator(translator)


def label_of(dialog: RecordDialog, widget: QWidget) -> str:
    label: QLabel = dialog._field_labels[widget][0]
    return label.text()


def test_member_dialog_switches_language_and_keeps_the_typing(
    qtbot: QtBot, services: Services, prompts: FakePrompts, french: QTranslator
) -> None:
    dialog = MemberDialog(services, None, prompts)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Крагујевац")
    dialog.authority_notes.setText("Met the mayor in Strasbourg")
    dialog.kind.set_value(AuthorityKind.REGION)
    dialog.joined_on.set_value(dt.date(2019, 10, 29))
    dialog.focal_language.set_value(Language.FR)
    typed = dialog.draft()
    assert label_of(dialog, dialog.name) == "&Name *"
    assert dialog.windowTitle() == "New member"

    QCoreApplication.installTranslator(french)
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Nouveau membre")
    assert label_of(dialog, dialog.name) == "&Nom *"
    assert label_of(dialog, dialog.participant_no) == "Part&icipant n°"
    assert dialog.authority_box.title() == "Collectivité"
    assert dialog.focal_box.title() == "Point focal"
    assert dialog.roma_population_note.placeholderText() == "Source ou année de l'estimation"
    assert dialog.required_note.text() == "Les champs marqués d'un * sont obligatoires."
    assert dialog.authority_notes.accessibleName() == "Notes sur la collectivité"
    assert dialog.banner.reload_button.text() == "&Recharger"
    assert dialog.draft() == typed
    assert dialog.name.text() == "Крагујевац"
    assert dialog.authority_notes.text() == "Met the mayor in Strasbourg"

    QCoreApplication.removeTranslator(french)
    qtbot.waitUntil(lambda: dialog.windowTitle() == "New member")
    assert label_of(dialog, dialog.name) == "&Name *"
    assert dialog.authority_box.title() == "Authority"
    assert dialog.draft() == typed


def test_application_dialog_switches_language_and_keeps_the_typing(
    qtbot: QtBot, services: Services, prompts: FakePrompts, french: QTranslator
) -> None:
    dialog = ApplicationDialog(services, None, prompts)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.applicant_name.setText("Kragujevac")
    dialog.contact_name.setText("Milica Petrović")
    dialog.notes.setText("Letter handed over at the Congress session")
    dialog.commitment_letter.setChecked(True)
    typed = dialog.draft()

    QCoreApplication.installTranslator(french)
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Nouvelle candidature")
    assert dialog.applicant_box.title() == "Candidat"
    assert label_of(dialog, dialog.received_on) == "Reçue &le *"
    assert dialog.commitment_letter.text() == "Lettre d'en&gagement reçue"
    assert dialog.status_box.title() == "Statut et décisions"
    assert dialog.accept_button.text() == "Acce&pter…"
    assert dialog.status_label.text() == "Nouvelle candidature (pas encore enregistrée)"
    assert dialog.contact_function.placeholderText() == "p. ex. Maire adjoint"
    assert dialog.draft() == typed
    assert dialog.commitment_letter.isChecked()

    QCoreApplication.removeTranslator(french)
    qtbot.waitUntil(lambda: dialog.windowTitle() == "New application")
    assert dialog.accept_button.text() == "&Accept…"
    assert dialog.draft() == typed


def test_import_wizard_switches_language_on_the_columns_page(
    qtbot: QtBot, services: Services, tmp_path: Path, french: QTranslator
) -> None:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    path = tmp_path / "list.csv"
    path.write_text("Town,Pays,Beigetreten\nGraz,AT,2017-01-01\n", encoding="utf-8")
    wizard = ImportWizard(services, FakePrompts(), settings, ListKind.MEMBERS)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    wizard.next()
    assert wizard.currentId() == ImportWizard.MAPPING
    page = wizard.mapping_page
    page.set_field(0, "name")
    chosen = [combo.currentData() for combo in page.combos]
    mapping = dict(wizard.mapping)
    assert "joined_on" in page.missing.text()

    QCoreApplication.installTranslator(french)
    qtbot.waitUntil(lambda: page.title() == "Colonnes")
    assert wizard.windowTitle() == "Importer"
    header = page.grid.horizontalHeaderItem(0)
    assert header is not None and header.text() == "Colonne du fichier"
    assert page.missing.text().startswith("Encore nécessaire : ")
    assert page.combos[2].itemText(0) == "— non importée —"
    assert wizard.file_page.title() == "Choisir le fichier"
    assert [combo.currentData() for combo in page.combos] == chosen
    assert wizard.mapping == mapping
    assert wizard.file_page.path_edit.text() == str(path)
    assert wizard.currentId() == ImportWizard.MAPPING

    QCoreApplication.removeTranslator(french)
    qtbot.waitUntil(lambda: page.title() == "Columns")
    assert page.missing.text().startswith("Still needed: ")
    assert [combo.currentData() for combo in page.combos] == chosen


def test_a_conflict_message_is_worded_again(
    qtbot: QtBot, services: Services, prompts: FakePrompts, french: QTranslator
) -> None:
    dialog = MemberDialog(services, None, prompts)
    qtbot.addWidget(dialog)
    dialog.show_conflict(ConflictError("member", "x", "Graz", by="anna"))
    assert dialog.banner.label.text().startswith("“Graz” was changed by anna")
    QCoreApplication.installTranslator(french)
    qtbot.waitUntil(lambda: dialog.banner.label.text().startswith("« Graz » a été modifiée"))
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
