"""The composition root: builds the database, services and window, or runs a command."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from alliance_desktop import cli


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from alliance_desktop.services.data_safety.log_file import set_up_logging

    set_up_logging()
    if cli.is_command(args):
        return cli.run(args)
    return run_window(args)


def run_window(args: list[str]) -> int:
    import argparse
    import importlib

    # Before Qt: once PySide6 is imported, its import hook inspects every later import (about a
    # tenth of a second at start for the database's modules).
    importlib.import_module("alliance_desktop.services.data_safety.opening")

    from PySide6.QtCore import QCoreApplication, QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from alliance_desktop.domain.errors import RefusedError
    from alliance_desktop.domain.temp_files import remove_leftovers
    from alliance_desktop.ui.actions.data_safety_actions import (
        close_database,
        offer_backup_after_refusal,
    )
    from alliance_desktop.ui.actions.database_login import open_with_login
    from alliance_desktop.ui.identity.app_icon import application_icon
    from alliance_desktop.ui.preferences import apply_saved_language
    from alliance_desktop.ui.prompts import Prompts
    from alliance_desktop.ui.settings_keys import EXPORT_FOLDER, Settings
    from alliance_desktop.ui.shutdown import quit_on_terminate
    from alliance_desktop.ui.start.first_paint import report_first_paint_if_asked

    parser = argparse.ArgumentParser(prog="alliance-desktop")
    parser.add_argument("--db")
    # For smoke tests of a build (make dist-check): close the window after MS milliseconds.
    parser.add_argument("--quit-after", type=int, metavar="MS")
    options, qt_args = parser.parse_known_args(args)
    app = QApplication([sys.argv[0], *qt_args])
    app.setApplicationName("Alliance Desktop")
    app.setOrganizationName("Council of Europe")
    app.setWindowIcon(application_icon())
    settings = Settings(QSettings())
    # Before any window: the login and refusal messages already speak the chosen language.
    apply_saved_language(settings)
    prompts = Prompts()
    try:
        services = open_with_login(None, prompts, options.db, create=True)
    except RefusedError as exc:
        QMessageBox.critical(None, QCoreApplication.translate("app", "Alliance Desktop"), str(exc))
        if not offer_backup_after_refusal(None, prompts, options.db, exc):
            return 1
        try:
            services = open_with_login(None, prompts, options.db, create=False)
        except RefusedError as again:
            QMessageBox.critical(
                None, QCoreApplication.translate("app", "Alliance Desktop"), str(again)
            )
            return 1
    if services is None:  # the password question was cancelled
        return 1
    if options.db:
        settings.add_recent_database(options.db)
    window = build_main_window(services, prompts, settings)
    export_folder = settings.get(EXPORT_FOLDER)
    if export_folder:  # what an export killed midway left there (the database's folder: at opening)
        remove_leftovers(Path(export_folder))
    window.show()
    if options.quit_after is not None:
        QTimer.singleShot(options.quit_after, window.close)
    reporter = report_first_paint_if_asked(window)  # a benchmark run: quits once painted
    watcher = quit_on_terminate(app, window.end_session)
    try:
        return app.exec()
    finally:
        watcher.uninstall()
        del reporter
        close_database(window.services)


def build_main_window(services: Any, prompts: Any, settings: Any) -> Any:
    """The main window with every feature's actions installed (also used by tools/)."""
    from alliance_desktop.ui.actions.certificate_actions import install_certificate_actions
    from alliance_desktop.ui.actions.data_safety_actions import install_data_safety_actions
    from alliance_desktop.ui.actions.label_actions import install_label_actions
    from alliance_desktop.ui.actions.read_only_mode import follow_read_only
    from alliance_desktop.ui.correspondence.correspondence_actions import (
        install_correspondence_actions,
    )
    from alliance_desktop.ui.duplicates.duplicate_actions import install_duplicate_actions
    from alliance_desktop.ui.follow_ups.follow_up_actions import install_follow_up_actions
    from alliance_desktop.ui.main_window import MainWindow
    from alliance_desktop.ui.start.first_start import install_first_start

    window = MainWindow(services, prompts, settings)
    install_certificate_actions(window)
    install_correspondence_actions(window)
    install_data_safety_actions(window)
    install_label_actions(window)
    install_follow_up_actions(window)
    install_duplicate_actions(window)
    follow_read_only(window, window.read_only)  # the actions just installed
    install_first_start(window)
    return window
