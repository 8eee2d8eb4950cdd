"""Benchmark of the main window over 1k, 10k and 100k members.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_window.py [--sizes 1000 10000 100000]
Target (issue 3): with 100,000 members the window opens with data, and a keystroke in the search
box and a click on a column header each answer within 100 ms.

Each figure is the best of a few runs, from the user's action until the table has repainted
(the event queue drained). "service" is the MemberService.list call alone (SQL + row building)
for the same first page, so the rest is the model, the view and the painting.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QAbstractTableModel, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableView
from window_data import make_full_database

from alliance_desktop.domain.queries import ListQuery
from alliance_desktop.services.data_safety.opening import Services, open_database
from alliance_desktop.ui.main_window import MainWindow
from alliance_desktop.ui.record_model import BLOCK
from alliance_desktop.ui.settings_keys import CURRENT_TAB, Settings


class SilentPrompts:
    def confirm(self, *_args: object) -> bool:
        return True

    def error(self, *args: object) -> None:
        raise AssertionError(args)

    def info(self, *_args: object) -> None:
        pass


def best_ms(
    work: Callable[[], object], repeat: int = 5, setup: Callable[[], object] | None = None
) -> float:
    best = float("inf")
    for _ in range(repeat):
        if setup is not None:
            setup()
            QApplication.processEvents()
        start = time.perf_counter()
        work()
        QApplication.processEvents()
        best = min(best, time.perf_counter() - start)
    return best * 1000


def database(size: int, folder: Path) -> Services:
    path = folder / f"members-{size}.sqlite"
    if path.exists():
        return open_database(str(path), create=False)
    return make_full_database(path, size)


def measure(size: int, folder: Path) -> dict[str, float]:
    services = database(size, folder)
    settings = Settings(QSettings(str(folder / f"settings-{size}.ini"), QSettings.Format.IniFormat))
    settings.set(CURRENT_TAB, 1)  # open on the Members tab
    figures: dict[str, float] = {}
    figures["service"] = best_ms(lambda: services.members.list(ListQuery(limit=BLOCK)))
    figures["service_search"] = best_ms(
        lambda: services.members.list(ListQuery(search="l", limit=BLOCK))  # the keystroke's
    )

    windows: list[MainWindow] = []

    def open_window() -> None:
        window = MainWindow(services, SilentPrompts(), settings)
        window.resize(1240, 760)
        window.show()
        windows.append(window)

    def close_windows() -> None:
        while windows:
            windows.pop().close()

    figures["open"] = best_ms(open_window, repeat=3, setup=close_windows)
    window = windows[-1]
    tab = window.members_tab

    def clear() -> None:
        tab.clear_filters()

    def keystroke() -> None:
        QTest.keyClick(tab.search_edit, "l")
        tab._search_timer.stop()
        tab.apply_filters()  # what the timer runs once typing pauses

    figures["keystroke"] = best_ms(keystroke, setup=clear)

    def word_with_pause() -> None:
        QTest.keyClicks(tab.search_edit, "lodz 1")
        while tab._search_timer.isActive():
            QApplication.processEvents()

    figures["word"] = best_ms(word_with_pause, repeat=3, setup=clear)
    clear()
    header = tab.view.horizontalHeader()
    orders = iter([Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder] * 10)
    name = tab.model.column_of("name")
    figures["sort_name"] = best_ms(lambda: header.setSortIndicator(name, next(orders)))
    joined = tab.model.column_of("joined_on")
    figures["sort_joined"] = best_ms(lambda: header.setSortIndicator(joined, next(orders)))

    # Every header of every record tab, both ways, and the last keystroke of a few searches.
    for name in ("members", "signatories", "applications"):
        window.show_tab(name)
        QApplication.processEvents()
        record_tab = window.record_tabs[name]
        figures[f"sort_worst_{name}"] = _slowest_header(record_tab)
        figures[f"keystroke_{name}"] = max(
            best_ms(partial(_search, record_tab, term), setup=record_tab.clear_filters)
            for term in ("l", "lo", "lodz 1", "zzz")
        )
        record_tab.clear_filters()
    window.show_tab("members")
    figures["tab_switch"] = best_ms(
        lambda: window.show_tab("members"), setup=lambda: window.show_tab("overview")
    )
    figures["tab_reload"] = best_ms(tab.reload, setup=tab.view.scrollToTop)

    # Deep rows come by LIMIT/OFFSET: the first visit to the end of the table is the slow case.
    def scroll_to_end() -> None:
        tab.view.scrollToBottom()
        QApplication.processEvents()  # paints blanks, asks for the last block
        tab.model.fetch_pending()  # what the timer does 15 ms later

    figures["scroll_end"] = best_ms(scroll_to_end, repeat=1, setup=tab.reload)
    figures["reload_end"] = best_ms(tab.reload, repeat=1)
    # The floor: a bare table model over the same first page (tuples of text), reset and painted
    # in a view of the same size; the window's figures minus the service's are compared to it.
    page = services.members.list(ListQuery(limit=BLOCK))
    texts = [tuple(c.text(r) for c in tab.model.columns) for r in page.rows]
    bare = BareModel(texts)
    view = QTableView()
    view.setModel(bare)
    view.resize(1240, 640)
    view.show()
    figures["bare_reset"] = best_ms(bare.reset)
    view.close()
    close_windows()
    services.db.dispose()
    figures["ui_keystroke"] = figures["keystroke"] - figures["service_search"]
    return figures


def _slowest_header(tab: Any) -> float:
    """The slowest header click of ``tab`` (each column both ways, best of three)."""
    header = tab.view.horizontalHeader()

    def reset() -> None:
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)

    worst = 0.0
    for column in range(len(tab.model.columns)):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            click = partial(header.setSortIndicator, column, order)
            worst = max(worst, best_ms(click, repeat=3, setup=reset))
    return worst


def _search(tab: Any, text: str) -> None:
    """The last keystroke of ``text``: the box already holds the rest, the timer fires."""
    tab.search_edit.setText(text[:-1])
    tab._search_timer.stop()
    QTest.keyClick(tab.search_edit, text[-1])
    tab._search_timer.stop()
    tab.apply_filters()


class BareModel(QAbstractTableModel):
    def __init__(self, rows: list[tuple[str, ...]]) -> None:
        super().__init__()
        self.rows = rows

    def reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def rowCount(self, parent: Any = None) -> int:
        return len(self.rows)

    def columnCount(self, parent: Any = None) -> int:
        return len(self.rows[0]) if self.rows else 0

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        return None


COLUMNS = [
    ("open", "window shown"),
    ("keystroke", "keystroke"),
    ("word", "'lodz 1' typed"),
    ("sort_name", "sort name"),
    ("sort_joined", "sort joined"),
    ("sort_worst_members", "slowest Members header"),
    ("sort_worst_signatories", "slowest Signatories header"),
    ("sort_worst_applications", "slowest Applications header"),
    ("keystroke_members", "slowest Members keystroke"),
    ("keystroke_signatories", "slowest Signatories keystroke"),
    ("keystroke_applications", "slowest Applications keystroke"),
    ("tab_switch", "tab switch"),
    ("tab_reload", "tab reload"),
    ("scroll_end", "1st scroll to end"),
    ("reload_end", "reload at end"),
    ("service", "service page"),
    ("service_search", "service search"),
    ("ui_keystroke", "keystroke minus service"),
    ("bare_reset", "bare Qt model reset+paint"),
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--folder", type=Path, help="keep the generated databases here")
    args = parser.parse_args()
    app = QApplication([sys.argv[0]])
    del app
    folder = args.folder or Path(tempfile.mkdtemp(prefix="alliance-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    print("members | " + " | ".join(title for _key, title in COLUMNS) + "   (ms, best of runs)")
    for size in args.sizes:
        figures = measure(size, folder)
        print(f"{size:>7,} | " + " | ".join(f"{figures[k]:.0f}" for k, _ in COLUMNS), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
