"""Data-safety actions of the main window: back up, restore, check, audit log, opening notes."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QWidget

from alliance_desktop.domain.data_safety import BackupInfo, CheckReport, UpgradeFailedError
from alliance_desktop.domain.errors import RefusedError
from alliance_desktop.domain.privacy import RestoreReport
from alliance_desktop.services.data_safety.backup_choice import newest_good_backup
from alliance_desktop.services.data_safety.backups import database_file
from alliance_desktop.ui.actions.language_follower import LanguageFollower
from alliance_desktop.ui.actions.read_only_mode import mark_backing_up, mark_writing
from alliance_desktop.ui.background_task import run_in_background
from alliance_desktop.ui.formatting import datetime_text, number_text

if TYPE_CHECKING:  # loaded when first shown: the audit export pulls in the exchange (start-up)
    from alliance_desktop.ui.windows.audit_log_window import AuditLogWindow
    from alliance_desktop.ui.windows.retention_window import RetentionWindow

SHOWN_PROBLEMS = 40
log = logging.getLogger(__name__)


def reason_text(reason: str) -> str:
    words = {
        "start": QCoreApplication.translate("DataSafety", "daily, at start"),
        "import": QCoreApplication.translate("DataSafety", "before an import"),
        "migration": QCoreApplication.translate("DataSafety", "before an upgrade"),
        "manual": QCoreApplication.translate("DataSafety", "backed up by hand"),
        "replaced": QCoreApplication.translate("DataSafety", "replaced by a restore"),
        "quit": QCoreApplication.translate("DataSafety", "on closing, after changes"),
    }
    return words.get(reason, reason)


def backup_text(info: BackupInfo) -> str:
    size = QLocale().formattedDataSize(info.size)
    return f"{datetime_text(info.taken_at)} — {reason_text(info.reason)} ({size})"


def opening_notes(services: Any) -> list[str]:
    """What to tell the user after opening: read-only and why, network share, stale lock.

    The window shows ``services.db.read_only`` as a banner with editing disabled.
    """
    notes = [str(note) for note in getattr(services.db, "notices", [])]  # Messages in words
    if services.db.read_only:
        reason = services.db.read_only_reason
        notes.insert(
            0,
            QCoreApplication.translate(
                "DataSafety", "Opened read-only ({reason}): you can look, but not change anything."
            ).format(reason=reason)
            if reason
            else QCoreApplication.translate(
                "DataSafety", "Opened read-only: you can look, but not change anything."
            ),
        )
    return notes


def offer_backup_after_refusal(
    parent: QWidget | None,
    prompts: Any,
    location: str | None,
    refusal: BaseException | None = None,
) -> bool:
    """After ``location`` was refused (with ``refusal``): offer the backup that fits (see
    ``newest_good_backup``: none for a newer version's file, one from before a failed upgrade)
    and, if the user agrees, put it in place (the refused file is kept). True when restored:
    open ``location`` again."""
    path = database_file(location)
    info = newest_good_backup(path, refusal) if path is not None else None
    if path is None or info is None:
        return False
    title = QCoreApplication.translate("DataSafety", "Restore a backup?")
    if isinstance(refusal, UpgradeFailedError):
        question = QCoreApplication.translate(
            "DataSafety",
            "The last backup from before the failed upgrade is from {when}.\n\nRestore it? "
            "Changes made since then would be missing. The file that failed to upgrade is "
            "kept, unchanged, in the backups folder.",
        )
    else:
        question = QCoreApplication.translate(
            "DataSafety",
            "The newest good backup of this database is from {when}.\n\nRestore it? The "
            "refused file is kept, unchanged, in the backups folder.",
        )
    question = question.format(when=backup_text(info))
    if not prompts.confirm(parent, title, question):
        return False
    from alliance_desktop.services.data_safety.restoring import restore_database

    try:
        report = restore_database(path, info.path)
    except RefusedError as exc:
        prompts.error(parent, title, str(exc))
        return False
    prompts.info(parent, title, restored_text(report))
    return True


def close_database(services: Any) -> None:
    """Close a database the window is done with, backing it up first when something was
    changed since it was opened (a day's edits are not left to the next start's backup)."""
    try:
        services.backups.backup_if_changed()
    except RefusedError as exc:  # a full disk must not stop the closing
        log.warning("backup on closing failed: %s", type(exc).__name__)
    finally:
        services.db.dispose()


def restored_text(report: RestoreReport) -> str:
    """What a restore did: the kept file, the audit entries carried over, who was re-erased."""
    kept = report.result.kept
    lines = [QCoreApplication.translate("DataSafety", "The backup was restored.")]
    if kept is not None:
        lines.append(
            QCoreApplication.translate(
                "DataSafety", "The file it replaced was kept as {path}."
            ).format(path=kept)
        )
    if report.carried_over is None:
        lines.append(
            QCoreApplication.translate(
                "DataSafety",
                "The replaced file's audit trail could not be read; it stays in the kept file.",
            )
        )
    elif report.carried_over == 1:
        lines.append(
            QCoreApplication.translate(
                "DataSafety", "1 audit entry made since the backup was carried over."
            )
        )
    elif report.carried_over:
        lines.append(
            # lupdate keeps no plural forms for translate(); n is 2 or more here.
            QCoreApplication.translate(
                "DataSafety", "{n} audit entries made since the backup were carried over."
            ).format(n=number_text(report.carried_over))
        )
    people = report.re_erased.people + report.re_erased.signers
    if people == 1:
        lines.append(
            QCoreApplication.translate(
                "DataSafety", "1 person erased since this backup was made was erased again."
            )
        )
    elif people:
        lines.append(
            QCoreApplication.translate(
                "DataSafety", "{n} people erased since this backup was made were erased again."
            ).format(n=number_text(people))
        )
    return "\n\n".join(lines)


class DataSafetyActions(QObject):
    """File → Back up now, Restore from backup…; Tools → Check database…, Audit log….

    ``window`` is the main window (hook points ``file_menu``, ``file_menu_end``,
    ``add_tool_action``, ``services``, ``prompts``, ``open_database_at``); services are read
    when an action runs, so they follow a change of database. A child of the window: it lives
    as long as the window whether or not the caller keeps it (the actions' slots are its
    methods, and Qt drops a connection to a method of an object that is gone).
    """

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.audit_window: AuditLogWindow | None = None
        parent: QWidget = window
        self.backup_action = QAction(parent)
        self.backup_action.setObjectName("backupNowAction")
        self.backup_action.triggered.connect(self.back_up_now)
        self.restore_action = QAction(parent)
        self.restore_action.setObjectName("restoreBackupAction")
        self.restore_action.triggered.connect(self.restore)
        mark_writing(self.restore_action)
        mark_backing_up(self.backup_action)  # reads only: possible read-only, if it can be written
        self.check_action = QAction(parent)
        self.check_action.setObjectName("checkDatabaseAction")
        self.check_action.triggered.connect(self.check)
        self.audit_action = QAction(parent)
        self.audit_action.setObjectName("auditLogAction")
        self.audit_action.triggered.connect(self.show_audit_log)
        self.retention_action = QAction(parent)
        self.retention_action.setObjectName("personalDataReviewAction")
        self.retention_action.triggered.connect(self.show_personal_data)
        self.retranslate_ui()
        LanguageFollower(parent, self.retranslate_ui)
        self.retention_window: RetentionWindow | None = None

    def retranslate_ui(self) -> None:
        """The actions' texts in the language in use."""
        self.backup_action.setText(QCoreApplication.translate("DataSafety", "&Back up now"))
        self.backup_action.setStatusTip(
            QCoreApplication.translate("DataSafety", "Make a backup of the database now")
        )
        self.restore_action.setText(
            QCoreApplication.translate("DataSafety", "&Restore from backup…")
        )
        self.restore_action.setStatusTip(
            QCoreApplication.translate(
                "DataSafety", "Replace the database with a backup (the current file is kept)"
            )
        )
        self.check_action.setText(QCoreApplication.translate("DataSafety", "&Check database…"))
        self.check_action.setStatusTip(
            QCoreApplication.translate(
                "DataSafety", "Check the file and every record against today's rules"
            )
        )
        self.audit_action.setText(QCoreApplication.translate("DataSafety", "&Audit log…"))
        self.audit_action.setStatusTip(
            QCoreApplication.translate("DataSafety", "Who changed what, and when")
        )
        self.retention_action.setText(QCoreApplication.translate("DataSafety", "&Personal data…"))
        self.retention_action.setStatusTip(
            QCoreApplication.translate(
                "DataSafety",
                "Find anyone by name or e-mail to export or erase their data; review old contacts",
            )
        )

    def install(self) -> DataSafetyActions:
        window = self.window
        anchor = getattr(window, "file_menu_end", None)
        for action in (self.backup_action, self.restore_action):
            if anchor is not None:
                window.file_menu.insertAction(anchor, action)
            else:
                window.file_menu.addAction(action)
        window.add_tool_action(self.check_action)
        window.add_tool_action(self.audit_action)
        window.add_tool_action(self.retention_action)
        return self

    # --- actions -------------------------------------------------------------------------

    def back_up_now(self) -> BackupInfo | None:
        window, title = self.window, QCoreApplication.translate("DataSafety", "Back up now")
        try:
            info: BackupInfo = window.services.backups.back_up_now()
        except RefusedError as exc:
            window.prompts.error(window, title, str(exc))
            return None
        window.prompts.info(
            window,
            title,
            QCoreApplication.translate("DataSafety", "Backup written:\n{path}").format(
                path=info.path
            ),
        )
        return info

    def restore(self) -> bool:
        window, title = self.window, QCoreApplication.translate("DataSafety", "Restore from backup")
        backups = window.services.backups
        if backups.path is None:
            try:
                backups.back_up_now()  # raises the plain PostgreSQL message
            except RefusedError as exc:
                window.prompts.error(window, title, str(exc))
            return False
        found: list[BackupInfo] = backups.list()
        choices = [backup_text(b) for b in found] + [
            QCoreApplication.translate("DataSafety", "Another file…")
        ]
        picked = window.prompts.choose(
            window,
            title,
            QCoreApplication.translate("DataSafety", "Which backup should replace the database?"),
            choices,
        )
        if picked is None:
            return False
        if picked < len(found):
            chosen = found[picked].path
        else:
            name, _ = QFileDialog.getOpenFileName(
                window,
                title,
                str(backups.folder or ""),
                QCoreApplication.translate("DataSafety", "Databases (*.sqlite *.db);;All (*)"),
            )
            if not name:
                return False
            chosen = Path(name)
        try:
            backups.check_backup(chosen)
        except RefusedError as exc:
            window.prompts.error(window, title, str(exc))
            return False
        question = QCoreApplication.translate(
            "DataSafety",
            "Replace the database with this backup?\n\n{backup}\n\nThe current file is kept in "
            "the backups folder.",
        ).format(backup=chosen)
        if not window.prompts.confirm(window, title, question):
            return False
        location = window.services.db.location
        try:
            report = backups.restore(chosen)
        except RefusedError as exc:
            window.prompts.error(window, title, str(exc))
            return False
        window.open_database_at(location, create=False)
        window.prompts.info(window, title, restored_text(report))
        return True

    def check(self) -> None:
        window, title = self.window, QCoreApplication.translate("DataSafety", "Check database")
        services = window.services

        def work(progress: Any) -> CheckReport:
            progress(0, 0)
            report: CheckReport = services.checks.run()
            return report

        def done(report: CheckReport | None, error: BaseException | None) -> None:
            if error is not None or report is None:
                if isinstance(error, RefusedError):
                    window.prompts.error(window, title, str(error))
                return
            window.prompts.info(window, title, check_text(report))

        run_in_background(
            window,
            title,
            work,
            done,
            label=QCoreApplication.translate("DataSafety", "Checking the database…"),
        )

    def show_audit_log(self) -> AuditLogWindow:
        window = self.window
        if self.audit_window is None:
            from alliance_desktop.ui.windows.audit_log_window import AuditLogWindow

            self.audit_window = AuditLogWindow(window.services, window.prompts, window)
        elif self.audit_window.services is not window.services:
            self.audit_window.set_services(window.services)
        else:
            self.audit_window.refresh()
        self.audit_window.show()
        self.audit_window.raise_()
        self.audit_window.activateWindow()
        return self.audit_window

    def show_personal_data(self) -> RetentionWindow:
        """Tools → Personal data…, on its Find a person tab."""
        shown = self._personal_data_window()
        shown.show_search()
        return shown

    def show_retention_review(self) -> RetentionWindow:
        shown = self._personal_data_window()
        shown.show_review()
        return shown

    def _personal_data_window(self) -> RetentionWindow:
        window = self.window
        if self.retention_window is None or self.retention_window.services is not window.services:
            from alliance_desktop.ui.windows.retention_window import RetentionWindow

            self.retention_window = RetentionWindow(window.services, window.prompts, window)
        else:
            self.retention_window.refresh()
        self.retention_window.show()
        self.retention_window.raise_()
        return self.retention_window


def check_text(report: CheckReport) -> str:
    count = len(report.problems)
    if not count:
        return QCoreApplication.translate(
            "DataSafety", "{n} records checked: no problems found."
        ).format(n=number_text(report.records_checked))
    found = (
        QCoreApplication.translate("DataSafety", "{n} records checked: 1 problem.")
        if count == 1
        else QCoreApplication.translate("DataSafety", "{n} records checked: {p} problems.")
    )
    lines = [found.format(n=number_text(report.records_checked), p=number_text(count)), ""]
    lines += [str(p) for p in report.problems[:SHOWN_PROBLEMS]]
    if count > SHOWN_PROBLEMS:
        lines.append(
            QCoreApplication.translate(
                "DataSafety", "… and {n} more: run 'check' on the command line for the full list."
            ).format(n=number_text(count - SHOWN_PROBLEMS))
        )
    return "\n".join(lines)


def install_data_safety_actions(window: Any) -> DataSafetyActions:
    """Add the data-safety actions to ``window``'s File and Tools menus."""
    return DataSafetyActions(window).install()
