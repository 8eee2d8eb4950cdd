"""PySide6 6.12.0 aborts after thousands of None returns from a Python model; guard the pin."""

from __future__ import annotations

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt
    app = QCoreApplication([])
    class Model(QAbstractTableModel):
        def rowCount(self, parent=QModelIndex()): return 0 if parent.isValid() else 100
        def columnCount(self, parent=QModelIndex()): return 0 if parent.isValid() else 2
        def data(self, index, role=Qt.ItemDataRole.DisplayRole): return None
    proxy = QSortFilterProxyModel(); model = Model(); proxy.setSourceModel(model)
    for i in range(100_000):
        proxy.data(proxy.index(i % 100, i % 2), Qt.ItemDataRole.ToolTipRole)
    print("ok")
    """
)


def test_data_returning_none_100000_times_through_a_proxy() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        timeout=300,
        env={"QT_QPA_PLATFORM": "offscreen", **__import__("os").environ},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_database_window_names_database_and_figures(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from alliance_desktop.services.opening import open_database
    from alliance_desktop.ui.database_window import DatabaseWindow

    services = open_database(str(tmp_path / "w.sqlite"), create=True)
    window = DatabaseWindow(services)
    qtbot.addWidget(window)
    assert window.location_label.text().endswith("w.sqlite")
    assert window.members_label.text() == "0 members from 0 countries"
    services.db.dispose()
