"""RecordTableModel and TrashModel: Qt's model rules, blocks fetched on demand, SQL sorting."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from alliance_desktop.domain.queries import ListQuery
from alliance_desktop.domain.records import Page, TrashItem
from alliance_desktop.ui.record_model import BLOCK, Column, RecordTableModel
from alliance_desktop.ui.windows.trash_window import TrashModel


@dataclass(frozen=True)
class Row:
    uid: str
    name: str
    number: int


class FakeService:
    def __init__(self, count: int) -> None:
        self.rows = [Row(f"u{i}", f"name {i:04d}", i) for i in range(count)]
        self.queries: list[ListQuery] = []

    def list(self, query: ListQuery) -> Page[Row]:
        self.queries.append(query)
        rows = [r for r in self.rows if query.search in r.name]
        rows.sort(key=lambda r: getattr(r, query.sort), reverse=query.descending)
        end = None if query.limit is None else query.offset + query.limit
        return Page(tuple(rows[query.offset : end]), len(rows))


COLUMNS = (
    Column("name", "Name", "name", lambda r: r.name),
    Column("number", "No.", "number", lambda r: str(r.number)),
)


def test_record_model_passes_qt_model_tests(qtmodeltester: ModelTester) -> None:
    service = FakeService(450)
    model = RecordTableModel(COLUMNS, service.list)
    model.set_query(ListQuery())
    qtmodeltester.check(model, force_py=True)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    model.set_query(replace(model.query, search="name 01"))
    qtmodeltester.check(model, force_py=True)


def test_rows_are_fetched_in_blocks_when_the_view_asks(qtbot) -> None:  # type: ignore[no-untyped-def]
    service = FakeService(BLOCK * 3 + 5)
    model = RecordTableModel(COLUMNS, service.list)
    model.set_query(ListQuery())
    assert model.rowCount() == BLOCK * 3 + 5
    assert len(service.queries) == 1 and service.queries[0].limit == BLOCK
    last = model.index(BLOCK * 3 + 4, 0)
    assert model.data(last) == ""  # asked while painting: fetched just after
    assert len(service.queries) == 1
    with qtbot.waitSignal(model.dataChanged):
        pass
    assert model.data(last) == f"name {BLOCK * 3 + 4:04d}"
    # The last block is read from the other end: the sort turned round, nothing skipped.
    assert (service.queries[-1].descending, service.queries[-1].offset) == (True, 0)
    assert model.loaded_row_of(f"u{BLOCK * 3 + 1}") == BLOCK * 3 + 1
    assert model.loaded_row_of(f"u{BLOCK + 1}") is None  # never fetched


def test_a_drag_through_many_blocks_fetches_only_where_it_stops(qtbot) -> None:  # type: ignore[no-untyped-def]
    service = FakeService(BLOCK * 20)
    model = RecordTableModel(COLUMNS, service.list)
    model.set_query(ListQuery())
    for number in range(1, 20):
        model.data(model.index(number * BLOCK + 3, 0))
    model.fetch_pending()
    assert len(service.queries) == 4
    fetched = [n for n in range(20) if model.loaded_row_of(f"u{n * BLOCK}") is not None]
    assert fetched == [0, 17, 18, 19]


@pytest.mark.parametrize(
    "query",
    [ListQuery(), ListQuery(descending=True), ListQuery(sort="number", search="1")],
)
def test_blocks_past_the_middle_hold_the_rows_of_the_forward_order(query: ListQuery) -> None:
    service = FakeService(BLOCK * 4 + 37)
    expected = [r.uid for r in service.list(replace(query, limit=None)).rows]
    model = RecordTableModel(COLUMNS, service.list)
    model.set_query(query)
    seen = [model.row_at(i) for i in reversed(range(model.rowCount()))][::-1]
    assert [r.uid for r in seen if r is not None] == expected


def test_sorting_asks_the_service_again(qtbot) -> None:  # type: ignore[no-untyped-def]
    service = FakeService(30)
    model = RecordTableModel(COLUMNS, service.list)
    model.set_query(ListQuery())
    with qtbot.waitSignal(model.modelReset):
        model.sort(1, Qt.SortOrder.DescendingOrder)
    assert service.queries[-1].sort == "number" and service.queries[-1].descending
    assert model.data(model.index(0, 1)) == "29"


def test_trash_model_passes_qt_model_tests(qtmodeltester: ModelTester) -> None:
    model = TrashModel()
    stamp = dt.datetime(2024, 5, 1, 12, 0, tzinfo=dt.UTC)
    model.set_items(
        [
            TrashItem("membership", "a", "Łódź (no. 1)", "PL", stamp, 2),
            TrashItem("signature", "b", "Львів (DAG-2018-0001)", "UA", stamp, 2, "okovalenko"),
        ]
    )
    qtmodeltester.check(model, force_py=True)
    assert model.data(model.index(0, 2)) == "Poland"
    assert model.data(model.index(1, 4)) == "okovalenko"
