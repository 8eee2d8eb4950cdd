"""Show Help → About and its Licences window in English and French; save about.png, licences.png.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/about_screenshots.py
    (or `make screenshots`): docs/screenshots/{about,licences}.png and docs/screenshots/fr/…

The database is the demo (`init --demo`) in a temporary folder; the log goes there too, so the
pictures show no one's home folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from alliance_desktop import cli
from alliance_desktop.services.data_safety.opening import open_database
from alliance_desktop.ui.identity.about_dialog import AboutDialog
from alliance_desktop.ui.identity.app_icon import application_icon
from alliance_desktop.ui.language import apply_language

ROOT = Path(__file__).resolve().parent.parent
SHOTS = ROOT / "docs" / "screenshots"


def save(widget: QWidget, path: Path) -> None:
    widget.show()
    widget.raise_()
    loop = QEventLoop()
    QTimer.singleShot(300, loop.quit)
    loop.exec()
    path.parent.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(path))
    print(f"wrote {path}")


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="alliance-about-"))
    os.environ["ALLIANCE_LOG"] = str(work / "alliance-desktop.log")
    location = str(work / "demo.sqlite")
    if cli.run(["--db", location, "init", "--demo"]) != 0:
        return 1
    app = QApplication([sys.argv[0]])
    app.setApplicationName("Alliance Desktop")
    QCoreApplication.setOrganizationName("Council of Europe")
    app.setWindowIcon(application_icon())
    services = open_database(location, create=False)
    for language, folder in (("en", SHOTS), ("fr", SHOTS / "fr")):
        apply_language(language)
        about = AboutDialog(services)
        save(about, folder / "about.png")
        licences = about.show_licences()
        licences.select("Qt")
        save(licences, folder / "licences.png")
        licences.close()
        about.close()
    services.db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
