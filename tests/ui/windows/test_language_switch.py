"""Switching language with the windows open: texts turn French and back, what the user typed,
chose and selected stays."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from alliance_desktop.services.data_safety.opening import Services
from alliance_desktop.ui.settings_keys import Settings
from alliance_desktop.ui.widgets.country_box import CountryBox
from alliance_desktop.ui.widgets.date_field import DateField
from alliance_desktop.ui.windows.audit_log_window import AuditLogWindow
from alliance_desktop.ui.windows.history_view import change_text, field_text
from alliance_desktop.ui.windows.retention_window import RetentionWindow
from alliance_desktop.ui.windows.trash_window import TrashWindow
from tests.ui.fake_prompts import FakePrompts
from tests.ui.language_switch import French, switching


@pytest.fixture
def french() -> Iterator[French]:
    yield from switching()


def _headers(model: object) -> list[str]:
    return [
        model.headerData(c, Qt.Orientation.Horizontal)  # type: ignore[attr-defined]
        for c in range(model.columnCount())  # type: ignore[attr-defined]
    ]


def _labels(model: object, column: int = 1) -> list[str]:
    return [
        model.index(r, column).data()  # type: ignore[attr-defined]
        for r in range(model.rowCount())  # type: ignore[attr-defined]
    ]


def test_windows_turn_french_and_back_keeping_filters_and_selection(
    qtbot: QtBot, ui_services: Services, qsettings: object, french: French
) -> None:
    members = ui_services.members.list().rows
    for row in members[:2]:
        ui_services.members.delete(row.uid)
    audit = AuditLogWindow(ui_services, FakePrompts())
    qtbot.addWidget(audit)
    audit.kind_box.setCurrentIndex(audit.kind_box.findData("membership"))
    audit.search_edit.setText("zz typed, not yet searched")
    trash = TrashWindow(ui_services, FakePrompts(), Settings(qsettings), None)  # type: ignore[arg-type]
    qtbot.addWidget(trash)
    assert trash.model.rowCount() == 2
    trash.view.selectionModel().select(
        trash.model.index(1, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert audit.windowTitle() == "Audit log" and trash.windowTitle() == "Trash"
    assert sorted(_labels(trash.model)) == sorted(
        f"{row.name} (no. {row.participant_no})" for row in members[:2]
    )
    assert any(" (no. " in label for label in _labels(audit.model, 4))

    french.enter()

    assert audit.windowTitle() == "Journal d'audit"
    assert _headers(audit.model) == ["Quand", "Qui", "Action", "Type", "Fiche", "Modifications"]
    assert audit.kind_box.itemText(0) == "Tous les types"
    assert audit.since_check.text() == "&Du"
    assert audit.search_edit.placeholderText() == "Rechercher des noms et des modifications…"
    assert audit.export_button.text() == "&Exporter…"
    # What the user chose and typed is still there, and still filters.
    assert audit.kind_box.currentData() == "membership"
    assert audit.search_edit.text() == "zz typed, not yet searched"
    assert {e.entity for e in audit.model.entries} == {"membership"}
    assert trash.windowTitle() == "Corbeille"
    assert _headers(trash.model) == ["Type", "Nom", "Pays", "Supprimé le", "Supprimé par"]
    assert trash.restore_button.text() == "&Restaurer"
    assert trash.summary_label.text() == "2 fiches supprimées"
    assert [i.row() for i in trash.view.selectionModel().selectedRows()] == [1]
    assert trash.restore_button.isEnabled()
    # Labels the trail stored in English and the Trash's own read "n°" now.
    assert sorted(_labels(trash.model)) == sorted(
        f"{row.name} (n° {row.participant_no})" for row in members[:2]
    )
    assert not any(" (no. " in label for label in _labels(audit.model, 4))
    assert any(" (n° " in label for label in _labels(audit.model, 4))

    french.leave()

    assert audit.windowTitle() == "Audit log"
    assert _headers(audit.model)[0] == "When"
    assert audit.kind_box.itemText(0) == "All kinds"
    assert audit.search_edit.text() == "zz typed, not yet searched"
    assert trash.windowTitle() == "Trash"
    assert trash.summary_label.text() == "2 deleted records"
    assert [i.row() for i in trash.view.selectionModel().selectedRows()] == [1]
    assert sorted(_labels(trash.model)) == sorted(
        f"{row.name} (no. {row.participant_no})" for row in members[:2]
    )


def test_personal_data_window_keeps_its_tab_and_search(
    qtbot: QtBot, ui_services: Services, french: French
) -> None:
    window = RetentionWindow(ui_services, FakePrompts())
    qtbot.addWidget(window)
    window.show_review()
    window.search.search_edit.setText("someone")
    french.enter()
    assert window.windowTitle() == "Données personnelles"
    assert window.tabs.tabText(0) == "&Rechercher une personne"
    assert window.tabs.currentIndex() == 1
    assert window.search.search_edit.text() == "someone"
    assert window.months_box.suffix() == " mois"
    assert _headers(window.search.model) == ["Nom", "E-mail", "Apparaît comme", "Fiches"]


def test_country_box_names_follow_the_language_keeping_the_country(
    qtbot: QtBot, french: French
) -> None:
    box = CountryBox()
    qtbot.addWidget(box)
    box.set_code("DE")
    assert box.currentText() == "Germany"
    french.enter()
    assert box.currentText() == "Allemagne"
    assert box.code() == "DE"
    assert box.findText("Allemagne") > 0 and box.findText("Germany") < 0
    # Either language's name is still understood.
    box.setEditText("Austria")
    assert box.code() == "AT"
    box.set_code("DE")
    french.leave()
    assert box.currentText() == "Germany"
    assert box.code() == "DE"


def test_optional_date_field_turns_french_keeping_its_date(qtbot: QtBot, french: French) -> None:
    field = DateField(optional=True)
    qtbot.addWidget(field)
    assert field.clear_button is not None
    field.set_value(None)
    french.enter()
    assert field.clear_button.text() == "Effacer"
    assert field.edit.specialValueText() == "aucune"
    assert field.value() is None


def test_history_names_fields_in_the_language_in_use(french: French) -> None:
    assert field_text("country_code") == "Country"
    french.enter()
    assert field_text("country_code") == "Pays"
    assert field_text("backup_made_at") == "Sauvegarde faite le"
    # As the member dialog labels the field.
    assert field_text("joined_on") == "Date d'adhésion"
    assert change_text(None, "x", "note") == "(vide) → x"
    french.leave()
    assert field_text("country_code") == "Country"
