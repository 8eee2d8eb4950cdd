"""Open the main window on the demo database and save docs/screenshots/main-*.png, then the
same in French in docs/screenshots/fr/ (the language chosen as a user does: the setting).

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/screenshots.py
    (or `make screenshots`; QT_QPA_PLATFORM=offscreen works too, without a window manager)
    ... tools/screenshots.py --languages fr     # only the French ones

The demo database comes from `init --demo`; settings go to a temporary file, never the user's.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from alliance_desktop import cli
from alliance_desktop.app import build_main_window
from alliance_desktop.services.data_safety.opening import open_database
from alliance_desktop.ui.preferences import apply_saved_language
from alliance_desktop.ui.prompts import Prompts
from alliance_desktop.ui.settings_keys import LANGUAGE, Settings

ROOT = Path(__file__).resolve().parent.parent


def settle(ms: int = 300) -> None:
    """Let Qt lay out and paint (charts animate their first layout)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def save(widget: QWidget, path: Path) -> None:
    settle()
    widget.grab().save(str(path))
    print(f"wrote {path}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--db", help="use this database instead of a fresh demo one")
    parser.add_argument(
        "--languages", default="en,fr", help="comma-separated: en, fr (default: both)"
    )
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="alliance-shots-"))
    location = args.db or str(work / "demo.sqlite")
    if not args.db and cli.run(["--db", location, "init", "--demo"]) != 0:
        return 1

    app = QApplication([sys.argv[0]])
    app.setApplicationName("Alliance Desktop")
    QCoreApplication.setOrganizationName("Council of Europe")
    services = open_database(location, create=False)
    for language in args.languages.split(","):
        out = args.out if language == "en" else args.out / language
        out.mkdir(parents=True, exist_ok=True)
        settings = Settings(
            QSettings(str(work / f"settings-{language}.ini"), QSettings.Format.IniFormat)
        )
        settings.set(LANGUAGE, language)
        apply_saved_language(settings)  # as the application does at start
        shoot(services, settings, out)
    services.db.dispose()
    return 0


def shoot(services: Any, settings: Settings, out: Path) -> None:
    """Every tab of the main window (and the Trash) into ``out``."""
    window = build_main_window(services, Prompts(), settings)
    window.resize(1240, 760)
    window.show()
    window.show_tab("overview")
    save(window, out / "main-overview.png")
    for name in ("members", "signatories", "applications"):
        window.show_tab(name)
        tab = window.record_tab(name)
        tab.select_rows([2])  # a selected row, as at work: the row actions are enabled
        tab.view.setFocus()
        save(window, out / f"main-{name}.png")

    members = window.members_tab
    window.show_tab("members")
    members.search_edit.setText("lodz")
    members.apply_filters()
    save(window, out / "main-members-search.png")
    members.clear_filters()

    window.show_tab("applications")
    window.applications_tab.show_decided_check.setChecked(True)
    save(window, out / "main-applications-decided.png")
    window.applications_tab.show_decided_check.setChecked(False)

    window.show_tab("signatories")
    signatories = window.signatories_tab
    signatories.select_rows([0, 1])
    for row in signatories.selected_rows():
        services.signatures.delete(row.uid, row.version)
    signatories.reload()
    trash = window.show_trash()
    if trash is not None:
        trash.resize(760, 360)
        save(trash, out / "main-trash.png")
        trash.view.selectAll()
        trash.restore_selected()
        trash.close()
    window.preferences_action.trigger()  # Edit → Preferences…
    preferences = window.preferences_dialog
    if preferences is not None:
        save(preferences, out / "main-preferences.png")
        preferences.close()
    window.close()


if __name__ == "__main__":
    raise SystemExit(main())
