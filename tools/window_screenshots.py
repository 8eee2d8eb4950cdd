"""Show the Trash, audit log and personal-data windows in French; save docs/screenshots/fr/*.png.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/window_screenshots.py
    (or `make screenshots`; QT_QPA_PLATFORM=offscreen works too, without a window manager)

The demo database comes from `init --demo`, with a few records deleted so the Trash shows
something; settings go to a temporary file, never the user's. French is set up here as the
application's language loader does: every compiled French catalogue of the application and Qt's
own qtbase_fr.qm installed, messages from below the window rendered in French.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QSettings,
    QTimer,
)
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from alliance_desktop import cli
from alliance_desktop.services.data_safety.opening import Services, open_database
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


def delete_some(services: Services) -> None:
    """Two signatures and a member to the Trash, as a colleague's week of tidying might."""
    for row in services.signatures.list().rows[:2]:
        services.signatures.delete(row.uid, row.version)
    member = services.members.list().rows[3]
    services.members.delete(member.uid, member.version)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots" / "fr")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="alliance-fr-shots-"))
    location = str(work / "demo.sqlite")
    if cli.run(["--db", location, "init", "--demo"]) != 0:
        return 1

    app = QApplication([sys.argv[0]])
    app.setApplicationName("Alliance Desktop")
    QCoreApplication.setOrganizationName("Council of Europe")
    apply_language("fr")  # as Preferences does: catalogues, Qt's own, messages, dates
    services = open_database(location, create=False)
    delete_some(services)
    prompts = Prompts()
    settings = Settings(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))

    from alliance_desktop.ui.actions.data_safety_actions import check_text
    from alliance_desktop.ui.windows.audit_log_window import AuditLogWindow
    from alliance_desktop.ui.windows.retention_window import RetentionWindow
    from alliance_desktop.ui.windows.trash_window import TrashWindow

    trash = TrashWindow(services, prompts, settings, None)
    trash.resize(860, 360)
    trash.view.selectRow(0)
    save(trash, args.out / "window-trash.png")
    trash.hide()

    audit = AuditLogWindow(services, prompts)
    audit.resize(1100, 640)
    audit.kind_box.setCurrentIndex(audit.kind_box.findData("membership"))
    audit.view.selectRow(0)
    save(audit, args.out / "window-audit-log.png")
    audit.hide()

    personal = RetentionWindow(services, prompts)
    personal.resize(900, 480)
    personal.show_search()
    personal.search.search_edit.setText("an")
    personal.search.refresh()
    personal.search.view.selectRow(0)
    save(personal, args.out / "window-personal-data-search.png")
    personal.months_box.setValue(1)
    personal.show_review()
    personal.view.selectRow(0)
    save(personal, args.out / "window-personal-data-review.png")
    personal.hide()

    report = services.checks.run()
    title = QCoreApplication.translate("DataSafety", "Check database")
    box = QMessageBox(QMessageBox.Icon.Information, title, check_text(report))
    save(box, args.out / "window-check-message.png")
    box.hide()

    services.db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
