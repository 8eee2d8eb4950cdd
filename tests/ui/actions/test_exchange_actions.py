"""File → Import… and Export… in the main window use the current tab's list and view."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings

from alliance_desktop.exchange import ListKind
from alliance_desktop.services.data_safety.opening import Services
from alliance_desktop.ui.main_window import MainWindow
from alliance_desktop.ui.settings_keys import Settings
from tests.ui.fake_prompts import FakePrompts


@pytest.fixture
def window(
    qtbot, ui_services: Services, window_prompts: FakePrompts, qsettings: QSettings
) -> Iterator[MainWindow]:
    win = MainWindow(ui_services, window_prompts, Settings(qsettings))
    qtbot.addWidget(win)
    win.show()
    yield win


def test_file_menu_has_import_and_export(window: MainWindow) -> None:
    texts = [a.text() for a in window.file_menu.actions()]
    assert "&Import…" in texts and "&Export…" in texts
    assert texts.index("&Export…") < texts.index(window.quit_action.text())


def test_export_takes_the_current_tab_as_shown(qtbot, window: MainWindow) -> None:
    window.show_tab("signatories")
    tab = window.record_tab("signatories")
    tab.search_edit.setText("zz-nothing-matches")
    tab.apply_filters()
    dialog = window.exchange_actions.open_export()
    qtbot.addWidget(dialog)
    assert dialog.kind is ListKind.SIGNATORIES
    assert dialog.query.search == "zz-nothing-matches"
    assert dialog.visible == tuple(tab.visible_columns())
    dialog.reject()


def test_import_goes_to_the_current_list(qtbot, window: MainWindow) -> None:
    window.show_tab("applications")
    wizard = window.exchange_actions.open_import()
    qtbot.addWidget(wizard)
    assert wizard.file_page.kind_combo.currentData() == "applications"
    wizard.reject()


def test_export_is_in_the_toolbar_of_every_list_tab(window: MainWindow) -> None:
    export = window.exchange_actions.export_action
    for name in ("members", "signatories", "applications"):
        window.show_tab(name)
        actions = window.toolbar.actions()
        assert export in actions
        assert actions.index(window.new_action) < actions.index(export)
        assert export not in window.edit_menu.actions()  # it lives in File
    window.show_tab("overview")
    assert export not in window.toolbar.actions()


def test_the_columns_shown_are_the_columns_exported(window: MainWindow) -> None:
    from alliance_desktop.exchange import COLUMNS
    from alliance_desktop.ui.dialogs.export_dialog import export_keys

    computed = {"days_waiting"}  # worked out from today, not a field of the record
    for kind in ListKind:
        tab = window.record_tab(kind.value)
        for column in range(tab.model.columnCount()):
            tab.set_column_visible(column, True)
        exportable = {c.key for c in COLUMNS[kind]}
        keys = export_keys(tab.visible_columns())
        assert set(keys) - computed <= exportable, (kind, set(keys) - exportable)
        assert len(keys) == len(set(keys))
        shown = [k for k in tab.visible_columns() if k not in computed]
        assert "country_code" in keys and len(keys) >= len(shown), kind
