"""File → Labels and envelopes… and the lists' right-click menu open the dialog on the tab's rows."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from alliance_desktop.exchange import ListKind
from alliance_desktop.services.data_safety.opening import Services
from alliance_desktop.ui.actions.label_actions import LabelActions, install_label_actions
from alliance_desktop.ui.main_window import MainWindow
from alliance_desktop.ui.settings_keys import Settings

from ..fake_prompts import FakePrompts


@pytest.fixture
def window(
    qtbot: QtBot, ui_services: Services, window_prompts: FakePrompts, qsettings: QSettings
) -> Iterator[tuple[MainWindow, LabelActions]]:
    win = MainWindow(ui_services, window_prompts, Settings(qsettings))
    qtbot.addWidget(win)
    actions = install_label_actions(win)
    win.show()
    yield win, actions
    if actions.dialog is not None:
        actions.dialog.close()
    win.close()


def test_the_action_is_in_the_file_menu_and_every_lists_menu(window) -> None:
    win, actions = window
    file_actions = win.file_menu.actions()
    assert actions.action in file_actions
    assert file_actions.index(actions.action) < file_actions.index(win.quit_action)
    for kind in ListKind:
        assert actions.action in win.table_menu(win.record_tab(kind.value)).actions()


def test_the_dialog_takes_the_current_tabs_selection_and_filter(qtbot, window) -> None:
    win, actions = window
    win.show_tab("signatories")
    tab = win.record_tab("signatories")
    tab.select_rows([0])
    selected = tab.selected_uids()
    dialog = actions.open_labels()
    qtbot.addWidget(dialog)
    assert dialog.recipients.kind is ListKind.SIGNATORIES
    assert dialog.recipients.choice().uids == tuple(selected)
    assert dialog.recipients.shown == tab.shown_count()
    dialog.recipients.filter_radio.setChecked(True)
    assert dialog.request("x.pdf").choice.query == tab.current_query()


def test_a_saved_search_of_the_tab_is_a_way_to_choose_recipients(qtbot, window) -> None:
    from alliance_desktop.domain.correspondence import SavedSearchDraft
    from alliance_desktop.services.output.postal_recipients import chosen_uids

    win, actions = window
    services = win.services
    country = services.members.list().rows[0].country_code
    services.saved_searches.save(
        SavedSearchDraft(tab="members", name="One country", country=country)
    )
    expected = [r.uid for r in services.members.list().rows if r.country_code == country]
    dialog = actions.open_labels()
    qtbot.addWidget(dialog)
    box = dialog.recipients
    assert box.saved_radio.isEnabled() and not box.saved_radio.isChecked()
    assert box.saved_box.currentText() == f"One country ({len(expected)})"
    box.saved_radio.setChecked(True)
    assert box.count() == len(expected)
    choice = dialog.request("x.pdf").choice
    assert choice.query is not None and choice.query.country == country
    assert sorted(chosen_uids(services, choice)) == sorted(expected)
