"""Edit → Undo named after the action, and File → Recent imports…, in English and French.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/undo_screenshots.py
    (or `make screenshots`)

On a fresh `init --demo` database, a members file with one changed row is imported and Kraków
is moved to the Trash from the window (Edit → Undo then reads "Undo Delete Kraków"); the Edit
menu is opened and the screen grabbed with it (a menu is a window of its own); then Recent
imports is shown. Saves docs/screenshots/main-edit-undo.png,
window-recent-imports.png and their French twins in docs/screenshots/fr/.
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from alliance_desktop import cli
from alliance_desktop.app import build_main_window
from alliance_desktop.exchange import COLUMNS, ListKind, read_rows
from alliance_desktop.services.data_safety.opening import open_database
from alliance_desktop.services.imports.service import ImportService
from alliance_desktop.ui.language import apply_language
from alliance_desktop.ui.prompts import Prompts
from alliance_desktop.ui.settings_keys import Settings

ROOT = Path(__file__).resolve().parent.parent


class Agreeing(Prompts):
    """The window's prompts, answering yes to "Move … to the Trash?" without a modal box."""

    def confirm(self, parent: Any, title: str, text: str, *, yes_text: str = "") -> bool:
        return True


def settle(ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def grab_with_popups(window: QWidget, path: Path) -> None:
    """The screen where ``window`` is, with its open menu (a separate popup window)."""
    settle()
    screen = QApplication.primaryScreen()
    frame = window.frameGeometry()
    shot = screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
    shot.save(str(path))
    print(f"wrote {path}")


def imported_file(location: str, work: Path) -> Path:
    source = work / "members-2026.csv"
    cli.run(["--db", location, "export", "members", "--out", str(source)])
    with source.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    rows[2][rows[0].index("notes")] = "Focal point changed (letter of 3 March)"
    with source.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows(rows)
    return source


def shoot(language: str, out: Path) -> None:
    work = Path(tempfile.mkdtemp(prefix="alliance-undo-shots-"))
    location = str(work / "demo.sqlite")
    if cli.run(["--db", location, "init", "--demo"]) != 0:
        raise SystemExit(1)
    apply_language(language)
    services = open_database(location, create=False)
    source = imported_file(location, work)
    importer = ImportService(services, backup=None)
    plan = importer.plan(
        ListKind.MEMBERS, read_rows(source, COLUMNS[ListKind.MEMBERS]), source.name
    )
    importer.apply(plan, backup=False)
    settings = Settings(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
    window = build_main_window(services, Agreeing(), settings)
    window.resize(1100, 620)
    window.move(20, 20)
    window.show()
    window.show_tab("members")
    tab = window.members_tab
    column = tab.model.column_of("name")
    names = [tab.model.index(r, column).data() for r in range(tab.model.rowCount())]
    tab.select_rows([names.index("Kraków") if "Kraków" in names else 0])
    window.delete_action.trigger()
    settle()
    window.menuBar().setActiveAction(window.edit_menu.menuAction())
    grab_with_popups(window, out / "main-edit-undo.png")
    window.edit_menu.hide()
    recent = window.undo_actions.show_recent_imports()
    assert recent is not None
    recent.move(60, 80)
    recent.view.selectRow(0)
    settle()
    recent.grab().save(str(out / "window-recent-imports.png"))
    print(f"wrote {out / 'window-recent-imports.png'}")
    recent.close()
    window.close()
    services.db.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    (args.out / "fr").mkdir(parents=True, exist_ok=True)
    app = QApplication([sys.argv[0]])
    app.setApplicationName("Alliance Desktop")
    QCoreApplication.setOrganizationName("Council of Europe")
    shoot("en", args.out)
    shoot("fr", args.out / "fr")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
