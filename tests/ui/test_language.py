"""Choosing the window's language: at once, without losing the open tab, filters, selection or
a dialog's typing; remembered and applied at start; Qt's own buttons and dates follow."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from alliance_desktop.domain.messages import current_language, msg
from alliance_desktop.services.data_safety.opening import Services
from alliance_desktop.ui import settings_keys
from alliance_desktop.ui.formatting import collation_key, date_text, number_text, status_text
from alliance_desktop.ui.language import apply_language
from alliance_desktop.ui.main_window import MainWindow
from alliance_desktop.ui.preferences import PreferencesDialog, apply_saved_language
from alliance_desktop.ui.settings_keys import Settings
from tests.ui.fake_prompts import FakePrompts


@pytest.fixture(autouse=True)
def back_to_english() -> Iterator[None]:
    # The language is the application's: later tests in this process expect English.
    yield
    apply_language("en")


@pytest.fixture
def window(
    qtbot: QtBot, ui_services: Services, window_prompts: FakePrompts, qsettings: QSettings
) -> Iterator[MainWindow]:
    win = MainWindow(ui_services, window_prompts, Settings(qsettings))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def _choose(window: MainWindow, choice: str) -> None:
    window.preferences_action.trigger()
    dialog = window.preferences_dialog
    assert isinstance(dialog, PreferencesDialog) and dialog.isVisible()
    dialog.set_language(choice)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    QApplication.processEvents()


def _menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions() if a.isVisible()]


def test_switching_keeps_the_tab_search_selection_and_a_dialogs_typing(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert _menu_titles(window) == ["&File", "&Edit", "&View", "&Help"]
    window.show_tab("members")
    tab = window.record_tab("members")
    tab.search_edit.setText("o")
    tab.apply_filters()
    tab.select_rows([1])
    selected = tab.selected_uids()
    shown = tab.model.total
    assert selected and shown > 1
    dialog = tab.new_record()
    assert dialog is not None
    name: QLineEdit = dialog.name  # type: ignore[attr-defined]
    qtbot.keyClicks(name, "Ville de ")  # QTest types ASCII only
    name.insert("Łódź")

    _choose(window, "fr")

    assert _menu_titles(window) == ["&Fichier", "&Édition", "&Affichage", "A&ide"]
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Membres"
    assert window.tabs.currentWidget() is tab
    assert tab.search_edit.text() == "o"
    assert tab.model.total == shown
    assert tab.selected_uids() == selected
    assert dialog.isVisible() and name.text() == "Ville de Łódź"
    status = tab.model.column_of("status")
    assert tab.model.headerData(status, tab.view.horizontalHeader().orientation()) == "Statut"
    assert tab.model.index(0, status).data() == "Active"  # une adhésion active
    assert tab.count_label.text().startswith("Membres affichés")
    assert tab.country_combo.itemText(0) == "Tous les pays"
    assert current_language() == "fr"

    _choose(window, "en")

    assert _menu_titles(window) == ["&File", "&Edit", "&View", "&Help"]
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Members"
    assert tab.search_edit.text() == "o" and tab.selected_uids() == selected
    assert name.text() == "Ville de Łódź" and dialog.isVisible()
    assert tab.model.headerData(status, tab.view.horizontalHeader().orientation()) == "Status"
    dialog.reject()


def test_country_filter_keeps_its_country_and_sorts_in_french(window: MainWindow) -> None:
    tab = window.record_tab("members")
    tab.show_country("DE")
    apply_language("fr")
    QApplication.processEvents()
    assert tab.country_combo.currentData() == "DE"
    assert tab.country_combo.currentText() == "Allemagne"
    names = [tab.country_combo.itemText(i) for i in range(1, tab.country_combo.count())]
    # French order: é with e (a code-point sort puts Fédération after France, Géorgie after Grèce).
    assert names == sorted(names, key=collation_key)
    assert names.index("Fédération de Russie") < names.index("Finlande") < names.index("France")
    assert names.index("Géorgie") < names.index("Grèce")


def test_overview_sentences_follow_the_language(window: MainWindow) -> None:
    window.show_tab("overview")
    apply_language("fr")
    QApplication.processEvents()
    assert "participe" in window.overview.members_label.text()
    assert window.overview.country_chart.title() == "Membres et signataires par pays"
    apply_language("en")
    QApplication.processEvents()
    assert "take" in window.overview.members_label.text()


def test_the_choice_is_remembered_and_applied_at_start(
    qtbot: QtBot, ui_services: Services, window_prompts: FakePrompts, qsettings: QSettings
) -> None:
    settings = Settings(qsettings)
    first = MainWindow(ui_services, window_prompts, settings)
    qtbot.addWidget(first)
    _choose(first, "fr")
    assert (
        QSettings(qsettings.fileName(), QSettings.Format.IniFormat).value(
            settings_keys.LANGUAGE.name
        )
        == "fr"
    )
    first.close()
    apply_language("en")  # as a new start of the application would find it

    assert apply_saved_language(Settings(qsettings)) == "fr"
    again = MainWindow(ui_services, window_prompts, Settings(qsettings))
    qtbot.addWidget(again)
    assert _menu_titles(again)[0] == "&Fichier"
    assert again.tabs.tabText(0) == "&Vue d'ensemble"


def test_qt_own_buttons_dates_numbers_and_messages_in_french() -> None:
    apply_language("fr")
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    texts = {b.text().replace("&", "") for b in box.buttons()}
    assert texts == {"OK", "Annuler"}
    assert date_text(dt.date(2026, 12, 4)) == "04/12/2026"
    assert number_text(171197).replace("\u202f", " ").replace("\xa0", " ") == "171 197"
    assert status_text("declined") == "Refusée"
    apply_language("en")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.buttons()[0].text().replace("&", "") == "Cancel"
    assert number_text(171197) == "171,197"
    assert msg("Nothing").render() == "Nothing"


def test_a_notice_made_below_the_window_shows_in_the_banner(window: MainWindow) -> None:
    # Services may hand notices over as Messages; the banner renders them (again on a switch).
    window.services.db.notices = [msg("The daily backup could not be made: {why}", why="full")]
    window.retranslate_ui()
    assert "The daily backup could not be made: full" in window.banner.text()
    assert window.banner.isVisibleTo(window)


def test_cancel_changes_nothing_and_the_dialog_shows_the_saved_choice(
    window: MainWindow, qsettings: QSettings
) -> None:
    dialog = window.show_preferences()
    assert dialog.chosen_language() == "system"
    dialog.set_language("fr")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    QApplication.processEvents()
    assert current_language() == "en" and _menu_titles(window)[0] == "&File"
    assert Settings(qsettings).get(settings_keys.LANGUAGE) == "system"
    assert window.show_preferences().chosen_language() == "system"
    window.preferences_dialog.reject()  # type: ignore[union-attr]
    _choose(window, "fr")
    assert window.show_preferences() is dialog and dialog.chosen_language() == "fr"
    dialog.reject()


def test_filter_boxes_widen_for_the_longer_french_words(qtbot: QtBot, window: MainWindow) -> None:
    # Seen in the running window: after a switch "Toutes les années" was cut to "Toutes les".
    window.tabs.setCurrentWidget(window.members_tab)
    combo = window.members_tab.year_combo
    _choose(window, "fr")
    assert combo.currentText() == "Toutes les années"

    def fits() -> bool:
        text = combo.fontMetrics().horizontalAdvance(combo.currentText())
        return combo.width() >= text + 20  # the text and the arrow

    qtbot.waitUntil(fits)
