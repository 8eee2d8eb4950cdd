"""Show the first-start window and the user guide in English and French; save the screenshots.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/start_screenshots.py
    (or `make screenshots`; QT_QPA_PLATFORM=offscreen works too, without a window manager)

Writes docs/screenshots/first-start.png and guide.png (and fr/ the same), on a new empty
database in a temporary folder with temporary settings, never the user's.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from alliance_desktop.app import build_main_window
from alliance_desktop.services.data_safety.opening import open_database
from alliance_desktop.ui.language import apply_language
from alliance_desktop.ui.prompts import Prompts
from alliance_desktop.ui.settings_keys import Settings

ROOT = Path(__file__).resolve().parent.parent


def settle(ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def save(widget: QWidget, path: Path) -> None:
    widget.show()
    widget.raise_()
    settle()
    widget.grab().save(str(path))
    print(f"wrote {path}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="alliance-start-shots-"))
    app = QApplication([sys.argv[0]])
    app.setApplicationName("Alliance Desktop")
    QCoreApplication.setOrganizationName("Council of Europe")
    for language, folder in (("en", args.out), ("fr", args.out / "fr")):
        folder.mkdir(parents=True, exist_ok=True)
        apply_language(language)
        services = open_database(work / language / "alliance.sqlite", create=True)
        settings = Settings(
            QSettings(str(work / f"settings-{language}.ini"), QSettings.Format.IniFormat)
        )
        window = build_main_window(services, Prompts(), settings)
        window.resize(1100, 720)
        save(window, folder / "first-start.png")
        guide = getattr(window, "show_guide", None)
        if guide is not None:
            shown = guide()
            shown.resize(1000, 700)
            shown.show_page("first-start")  # a page with a picture
            save(shown, folder / "guide.png")
            shown.close()
        window.close()
        services.db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
