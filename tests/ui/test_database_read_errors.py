"""A database that cannot be read (full disk, lost connection): one plain message, the list
keeps its rows, the counts agree, and no exception escapes into Qt."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from alliance_desktop.domain.errors import DatabaseFailureError
from alliance_desktop.domain.queries import ListQuery
from alliance_desktop.domain.records import Page
from alliance_desktop.services.data_safety.opening import Services
from alliance_desktop.ui.main_window import MainWindow
from alliance_desktop.ui.record_model import BLOCK, Column, RecordTableModel
from alliance_desktop.ui.settings_keys import Settings

from .fake_prompts import FakePrompts

DISK_FULL_READING = "The disk is full or failing. The data could not be read"


class FailingReads:
    """Makes the services' list reads (and the Overview's figures) fail while ``on``."""

    def __init__(self, services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
        self.on = False
        self.calls = 0
        for service, name in (
            (services.members, "list"),
            (services.signatures, "list"),
            (services.applications, "list"),
            (services.stats, "figures"),
        ):
            monkeypatch.setattr(service, name, self._wrap(getattr(service, name)))

    def _wrap(self, read: Any) -> Any:
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            if self.on:
                self.calls += 1
                raise DatabaseFailureError("disk_full", writing=False)
            return read(*args, **kwargs)

        return wrapped


@pytest.fixture
def window(
    qtbot: QtBot, ui_services: Services, window_prompts: FakePrompts, qsettings: QSettings
) -> Iterator[MainWindow]:
    win = MainWindow(ui_services, window_prompts, Settings(qsettings))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def _names(window: MainWindow) -> list[str]:
    tab = window.members_tab
    column = tab.model.column_of("name")
    return [tab.model.index(r, column).data() for r in range(tab.model.rowCount())]


def test_refresh_on_a_full_disk_says_so_once_and_keeps_the_rows(
    window: MainWindow,
    window_prompts: FakePrompts,
    ui_services: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window.show_tab("members")
    before = _names(window)
    counts = window.counts_label.text()
    assert len(before) == 10 and counts == "Showing 10 of 10 members"
    reads = FailingReads(ui_services, monkeypatch)
    reads.on = True

    window.refresh_action.trigger()  # F5

    errors = window_prompts.calls("error")
    assert len(errors) == 1 and errors[0][2].startswith(DISK_FULL_READING)
    assert _names(window) == before  # not silently emptied
    assert window.counts_label.text() == counts
    assert window.members_tab.count_label.text() == counts
    # A search typed meanwhile fails the same way: one more message, the rows stay.
    window.members_tab.search_edit.setText("lodz")
    window.members_tab._search_timer.timeout.emit()
    assert len(window_prompts.calls("error")) == 2
    assert _names(window) == before
    # The disk has room again: F5 reads again.
    reads.on = False
    window.refresh_action.trigger()
    assert _names(window) == ["Łódź"]


def test_switching_to_a_tab_that_cannot_be_read_says_why_and_tries_again_later(
    window: MainWindow,
    window_prompts: FakePrompts,
    ui_services: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window.show_tab("members")
    reads = FailingReads(ui_services, monkeypatch)
    reads.on = True

    window.show_tab("signatories")  # never read yet: read now, and that fails

    errors = window_prompts.calls("error")
    assert len(errors) == 1 and errors[0][2].startswith(DISK_FULL_READING)
    tab = window.signatories_tab
    assert tab.empty_label.isVisible()
    assert "could not be read" in tab.empty_label.text()
    # Not "Showing 0 of 0": nothing is known about the list.
    assert window.counts_label.text() == tab.count_label.text() == "Could not be read"
    window.show_tab("overview")
    window.refresh_action.trigger()  # F5 on the Overview: its figures cannot be read either
    assert len(window_prompts.calls("error")) == 2
    reads.on = False
    window.show_tab("signatories")  # still to be read: this time it works
    assert tab.model.rowCount() > 0 and not tab.empty_label.isVisible()
    assert len(window_prompts.calls("error")) == 2


@dataclass(frozen=True)
class _Row:
    uid: str
    name: str


def test_blocks_that_cannot_be_fetched_while_scrolling_are_reported_once(qtbot: QtBot) -> None:
    rows = [_Row(str(i), f"Row {i:04}") for i in range(BLOCK * 5)]
    failing = {"on": False}

    def fetch(query: ListQuery) -> Page[Any]:
        if failing["on"]:
            raise DatabaseFailureError("connection_lost", writing=False)
        start = query.offset
        end = len(rows) if query.limit is None else start + query.limit
        chosen = rows[::-1] if query.descending else rows
        return Page(tuple(chosen[start:end]), len(rows))

    model = RecordTableModel([Column("name", "Name", "name", lambda r: r.name)], fetch)
    model.set_query(ListQuery())
    reported: list[Any] = []
    model.read_failed.connect(reported.append)
    failing["on"] = True
    for row in (BLOCK + 5, 2 * BLOCK + 5, 3 * BLOCK + 5, 4 * BLOCK + 5):
        assert model.index(row, 0).data() == ""  # asks for the block, later
    with qtbot.waitSignal(model.read_failed):
        pass
    model.fetch_pending()
    assert len(reported) == 1 and reported[0].reason == "connection_lost"
    assert model.row_at(3 * BLOCK) is None  # asked again: no more queries, no more messages
    assert len(reported) == 1
    assert model.rowCount() == len(rows) and model.index(0, 0).data() == "Row 0000"
    # A new query that fails raises to its caller and leaves the rows as they were.
    with pytest.raises(DatabaseFailureError):
        model.set_query(ListQuery(search="Row 1"))
    assert model.rowCount() == len(rows) and model.index(1, 0).data() == "Row 0001"
    failing["on"] = False
    model.set_query(ListQuery())
    assert model.index(2 * BLOCK + 5, 0).data() == ""  # fetching again after a good query
    model.fetch_pending()
    assert model.index(2 * BLOCK + 5, 0).data() == f"Row {2 * BLOCK + 5:04}"


def test_a_search_as_you_type_that_cannot_read_says_so_instead_of_raising(
    qtbot: QtBot, ui_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from alliance_desktop.ui.dialogs.signature_dialog import SignatureDialog

    prompts = FakePrompts()
    dialog = SignatureDialog(ui_services, None, prompts)
    qtbot.addWidget(dialog)

    def failing(*_args: Any, **_kwargs: Any) -> Any:
        raise DatabaseFailureError("connection_lost", writing=False)

    monkeypatch.setattr(ui_services.authorities, "search", failing)
    qtbot.keyClicks(dialog.authority.edit, "Gh")  # each key searches the register
    errors = prompts.calls("error")
    assert errors and errors[0][2].startswith("The connection to the database was lost.")
    assert dialog.authority.record() is None


def test_the_application_dialogs_search_as_you_type_says_so_instead_of_raising(
    qtbot: QtBot, ui_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from alliance_desktop.ui.dialogs.application_dialog import ApplicationDialog

    prompts = FakePrompts()
    dialog = ApplicationDialog(ui_services, None, prompts)
    qtbot.addWidget(dialog)

    def failing(*_args: Any, **_kwargs: Any) -> Any:
        raise DatabaseFailureError("connection_lost", writing=False)

    monkeypatch.setattr(ui_services.authorities, "search", failing)
    qtbot.keyClicks(dialog.authority.edit, "Gh")
    errors = prompts.calls("error")
    assert errors and errors[0][2].startswith("The connection to the database was lost.")
    assert dialog.authority.record() is None


def test_certificates_for_everything_shown_when_the_list_cannot_be_read(
    qtbot: QtBot,
    window: MainWindow,
    window_prompts: FakePrompts,
    ui_services: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QApplication

    from alliance_desktop.ui.actions.certificate_actions import install_certificate_actions
    from alliance_desktop.ui.dialogs.certificate_dialog import CertificateDialog

    certificate, _settings = install_certificate_actions(window)
    window.show_tab("signatories")
    tab = window.signatories_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0)
    tab.view.clearSelection()

    def failing(*_args: Any, **_kwargs: Any) -> Any:
        raise DatabaseFailureError("disk_full", writing=False)

    monkeypatch.setattr(ui_services.signatures, "list_uids", failing)
    window_prompts.answer("confirm", True)
    certificate.trigger()  # an exception here would escape into Qt
    errors = window_prompts.calls("error")
    assert errors and errors[0][2].startswith(DISK_FULL_READING)
    assert not any(isinstance(w, CertificateDialog) for w in QApplication.topLevelWidgets())
