"""Tools → Find duplicates…: the list, Not duplicates, the merge window, Unmerge in History."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from alliance_desktop.domain.duplicates import DuplicateKind
from alliance_desktop.domain.records import AuthorityDraft
from alliance_desktop.services.data_safety.opening import Services, open_database
from alliance_desktop.ui.duplicates.duplicates_window import DuplicatesWindow
from alliance_desktop.ui.duplicates.merge_dialog import MergeDialog
from alliance_desktop.ui.duplicates.pair_model import DuplicatePairModel
from alliance_desktop.ui.settings_keys import Settings
from alliance_desktop.ui.windows.history_view import HistoryView
from tests.services.duplicates.samples import authority, dump, twin_cities
from tests.ui.fake_prompts import FakePrompts


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    opened = open_database(str(tmp_path / "dupes.sqlite"), create=True)
    twin_cities(opened)  # Łódź and "City of Lodz", both members, with links
    authority(opened, "Beograd", "RS", email="grad@beograd.example.org")
    authority(opened, "Београд", "RS", name_latin="Beograd")
    authority(opened, "Krakow", "DE")
    authority(opened, "Kraków", "PL")
    yield opened
    opened.db.dispose()


def _window(qtbot, services: Services, prompts: FakePrompts, tmp_path: Path) -> DuplicatesWindow:  # type: ignore[no-untyped-def]
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = DuplicatesWindow(services, prompts, settings)
    qtbot.addWidget(window)
    window.kind_box.setCurrentIndex(1)  # authorities
    return window


def _select(window: DuplicatesWindow, name: str) -> int:
    row = next(r for r, p in enumerate(window.model.pairs) if name in (p.left.name, p.right.name))
    window.view.selectRow(row)
    return row


def test_the_list_shows_pairs_with_reason_and_score(
    qtbot, qtmodeltester, services, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, services, FakePrompts(), tmp_path)
    qtmodeltester.check(window.model)
    texts = {
        tuple(window.model.index(r, c).data() for c in range(5))
        for r in range(window.model.rowCount())
    }
    assert (
        "Authority",
        "Łódź, Poland",
        "City of Lodz, Poland",
        "names 100 % alike, same website",
        "100",
    ) in texts
    assert (
        "Authority",
        "Beograd, Serbia",
        "Београд (Beograd), Serbia",
        "names 100 % alike",
        "100",
    ) in texts
    assert window.summary_label.text() == "2 likely duplicates"  # not Kraków/Krakow: two countries
    assert not window.merge_button.isEnabled()
    _select(window, "Łódź")
    assert window.merge_button.isEnabled() and window.dismiss_button.isEnabled()


def test_sorting_by_a_column_both_ways(qtbot, qtmodeltester, services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, services, FakePrompts(), tmp_path)
    window.view.sortByColumn(DuplicatePairModel.FIRST, Qt.SortOrder.AscendingOrder)
    first = [window.model.index(r, 1).data() for r in range(2)]
    window.view.sortByColumn(DuplicatePairModel.FIRST, Qt.SortOrder.DescendingOrder)
    assert [window.model.index(r, 1).data() for r in range(2)] == first[::-1]
    qtmodeltester.check(window.model)


def test_not_duplicates_is_remembered(qtbot, services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, services, FakePrompts(), tmp_path)
    _select(window, "Beograd")
    window.dismiss_button.click()
    assert window.summary_label.text() == "1 likely duplicate"
    again = _window(qtbot, services, FakePrompts(), tmp_path)
    assert [p.left.name for p in again.model.pairs] == ["Łódź"]


def test_merge_window_then_unmerge_from_history_restores_everything(
    qtbot, services, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    prompts = FakePrompts()
    window = _window(qtbot, services, prompts, tmp_path)
    before = dump(services)
    _select(window, "Łódź")
    dialog = window._on_merge_button_clicked()
    assert isinstance(dialog, MergeDialog)
    qtbot.addWidget(dialog)
    # Łódź (no. 1) is kept by default, with its name; the other's e-mail fills the empty one.
    assert dialog.keep_buttons[0].isChecked() and dialog.sides[0].label == "Łódź"
    assert dialog.field_groups["name"].checkedId() == 0
    assert dialog.field_groups["email"].checkedId() == 1
    assert not dialog.field_groups["country_code"].button(1).isEnabled()  # the same on both
    assert (
        "1 signature" in dialog.moves_label.text() and "1 application" in dialog.moves_label.text()
    )
    assert dialog.membership_box.isVisibleTo(dialog)
    assert dialog.choices()["membership"] == "keep"
    with qtbot.waitSignal(window.merged):
        dialog.merge_button.click()
    kept_uid = dialog.sides[0].uid
    kept = services.authorities.get(kept_uid)
    assert kept.draft.email == "info@uml.lodz.pl"
    assert window.summary_label.text() == "1 likely duplicate"

    reloaded: list[bool] = []
    history = HistoryView(services, prompts, lambda: reloaded.append(True))
    qtbot.addWidget(history)
    history.load(kept_uid)
    assert history.unmerge_bar.isVisibleTo(history)
    assert "City of Lodz" in history.unmerge_bar.label.text()
    assert history.model.rows[0][2] == "Merged"
    history.unmerge_bar.button.click()
    assert prompts.calls("confirm")
    assert reloaded == [True]
    assert dump(services) == before
    history.load(kept_uid)
    assert not history.unmerge_bar.isVisibleTo(history)


def test_unmerge_refused_after_a_later_change_names_it(qtbot, services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    lodz = next(a for a in services.authorities.search("Lodz") if a.draft.name == "Łódź")
    twin = next(a for a in services.authorities.search("Lodz") if a.draft.name == "City of Lodz")
    services.duplicates.merge(
        DuplicateKind.AUTHORITY, lodz.uid, twin.uid, {}, lodz.meta.version, twin.meta.version
    )
    kept = services.authorities.get(lodz.uid)
    services.authorities.update(
        lodz.uid, kept.meta.version, AuthorityDraft(name="Łódź", country_code="PL", notes="later")
    )
    prompts = FakePrompts()
    history = HistoryView(services, prompts, lambda: None)
    qtbot.addWidget(history)
    history.load(lodz.uid)
    history.unmerge_bar.button.click()
    (error,) = prompts.calls("error")
    assert error[1] == "Not unmerged"
    assert "Łódź" in error[2] and services.db.user in error[2]


def test_merge_refused_when_a_record_changed_while_the_window_was_open(
    qtbot, services, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    prompts = FakePrompts()
    window = _window(qtbot, services, prompts, tmp_path)
    _select(window, "Łódź")
    dialog = window._on_merge_button_clicked()
    assert dialog is not None
    qtbot.addWidget(dialog)
    other = services.authorities.get(dialog.sides[1].uid)
    services.authorities.update(
        other.uid,
        other.meta.version,
        AuthorityDraft(name="City of Lodz", country_code="PL", notes="x"),
    )
    dialog.merge_button.click()
    (error,) = prompts.calls("error")
    assert error[1] == "Not merged" and "City of Lodz" in error[2]
    assert services.authorities.get(other.uid).draft.notes == "x"


def test_tools_find_duplicates_opens_the_window(qtbot, services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import gc

    from PySide6.QtGui import QAction

    from alliance_desktop.app import build_main_window

    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    main = build_main_window(services, FakePrompts(), settings)
    qtbot.addWidget(main)
    gc.collect()
    action = main.findChild(QAction, "findDuplicatesAction")
    assert action is not None and action in main.tools_menu.actions()
    assert action.text() == "Find &duplicates…"
    action.trigger()
    window = main.findChild(DuplicatesWindow)
    assert window is not None and window.isVisible()
    kinds = {pair.kind for pair in window.model.pairs}
    assert window.kind_box.currentIndex() == 0 and kinds == {DuplicateKind.AUTHORITY}


def test_merging_two_persons_in_the_merge_window(qtbot, services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.services.duplicates.samples import application

    lodz = next(a for a in services.authorities.search("Lodz") if a.draft.name == "Łódź")
    application(services, lodz.uid, "Łódź (again)", "Ewa Lis")  # Ewa Lis twice, same e-mail
    window = _window(qtbot, services, FakePrompts(), tmp_path)
    window.kind_box.setCurrentIndex(2)  # persons
    assert len(window.model.pairs) == 1
    assert window.model.index(0, DuplicatePairModel.WHY).data() == "names 100 % alike, same e-mail"
    window.view.selectRow(0)
    dialog = window._on_merge_button_clicked()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Merge two persons"
    assert not dialog.membership_box.isVisibleTo(dialog)
    assert "contact of 1 application" in dialog.moves_label.text()
    before = dump(services)
    dialog.merge_button.click()
    assert window.model.rowCount() == 0
    (entry,) = services.duplicates.merges_of(dialog.sides[dialog.kept_side()].uid)
    services.duplicates.unmerge(entry.merge_uid)
    assert dump(services) == before


def test_read_only_lists_but_neither_merges_nor_dismisses(qtbot, services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    location = services.db.location
    read_only = open_database(location, create=False, read_only=True, lock=False)
    try:
        window = _window(qtbot, read_only, FakePrompts(), tmp_path)
        assert window.model.rowCount() == 2
        _select(window, "Łódź")
        assert not window.merge_button.isEnabled() and not window.dismiss_button.isEnabled()
        assert window._on_merge_button_clicked() is None
    finally:
        read_only.db.dispose()


def test_a_merge_is_on_edit_undo_of_the_window(qtbot, services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from alliance_desktop.ui.main_window import MainWindow

    prompts = FakePrompts()
    main = MainWindow(
        services,
        prompts,
        Settings(QSettings(str(tmp_path / "main.ini"), QSettings.Format.IniFormat)),
    )
    qtbot.addWidget(main)
    window = _window(qtbot, services, prompts, tmp_path)
    before = dump(services)
    _select(window, "Łódź")
    dialog = window._on_merge_button_clicked()
    assert isinstance(dialog, MergeDialog)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(window.merged):
        dialog.merge_button.click()
    after = dump(services)
    undo = main.undo_actions.undo_action
    assert undo.isEnabled() and undo.text().replace("&", "") == "Undo Merge City of Lodz into Łódź"
    undo.trigger()
    assert dump(services) == before  # unmerged: both records and every link back
    main.undo_actions.redo_action.trigger()
    assert dump(services) == after  # merged again with the same choices
    main.close()
