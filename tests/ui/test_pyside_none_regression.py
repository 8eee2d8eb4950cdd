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


OUR_MODEL_SCRIPT = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QSettings, QSortFilterProxyModel, Qt
    from PySide6.QtWidgets import QApplication
    from alliance_desktop.services.demo import fill_demo
    from alliance_desktop.services.data_safety.opening import open_database
    from alliance_desktop.ui.tabs.members_tab import MembersTab
    from alliance_desktop.ui.prompts import Prompts
    from alliance_desktop.ui.settings_keys import Settings
    app = QApplication([])
    services = open_database(sys.argv[1], create=True)
    fill_demo(services.db)
    settings = Settings(QSettings(sys.argv[1] + ".ini", QSettings.Format.IniFormat))
    tab = MembersTab(services, Prompts(), settings)
    tab.model.refresh()
    tab.model.fetch_pending()
    model = tab.model
    proxy = QSortFilterProxyModel(); proxy.setSourceModel(model)
    rows, columns = proxy.rowCount(), proxy.columnCount()
    roles = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
             Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.BackgroundRole]
    for i in range(100_000):
        proxy.data(proxy.index(i % rows, i % columns), roles[i % len(roles)])
        proxy.headerData(i % columns, Qt.Orientation.Horizontal, roles[i % len(roles)])
    services.db.dispose()
    print("ok")
    """
)


def test_our_member_model_survives_100000_data_calls(tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = subprocess.run(
        [sys.executable, "-c", OUR_MODEL_SCRIPT, str(tmp_path / "demo.sqlite")],
        capture_output=True,
        text=True,
        timeout=300,
        env={"QT_QPA_PLATFORM": "offscreen", **__import__("os").environ},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
