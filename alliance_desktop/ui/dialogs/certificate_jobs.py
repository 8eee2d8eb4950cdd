"""Saving and printing certificates from the certificate dialog, as background jobs.

Saving (one PDF, or one file per signatory) and preparing a print job run in the background
with progress and Cancel; a cancelled job leaves no file and registers nothing. Every
certificate saved or printed is registered as issued.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QLabel, QRadioButton, QWidget

from alliance_desktop.domain.certificate_issues import IssuedFile, IssuedPdf
from alliance_desktop.domain.errors import Cancelled, RefusedError
from alliance_desktop.services.data_safety.opening import Services
from alliance_desktop.services.output.certificates import PrintJob, certificate_filename
from alliance_desktop.ui.background_task import BackgroundTask, run_in_background
from alliance_desktop.ui.dialogs.certificate_printing import (
    AskPrint,
    ChooseFolder,
    ChooseSaveFile,
    ask_print,
    certificate_printer,
    choose_folder,
    choose_save_file,
    print_pdf,
)
from alliance_desktop.ui.prompts import Prompts

log = logging.getLogger(__name__)


class CertificateJobDialog(QDialog):
    """The save and print jobs of a dialog about the certificates of the signatures ``uids``.

    The subclass builds the form (``status_label``, ``one_file_each_button``), says which
    ``language`` is chosen, and refreshes its buttons and register when a job ends.
    """

    certificates_saved = Signal(object)  # IssuedPdf, or list[IssuedFile]
    certificates_printed = Signal(int)  # pages sent to the printer
    work_cancelled = Signal()
    work_failed = Signal(str)

    status_label: QLabel
    one_file_each_button: QRadioButton

    def __init__(
        self,
        services: Services,
        prompts: Prompts,
        uids: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if not uids:
            raise ValueError("CertificateDialog needs at least one signature")
        self._services = services
        self._certificates = services.certificates
        self._prompts = prompts
        self._uids = list(dict.fromkeys(uids))
        self._index = 0
        self.task: BackgroundTask | None = None
        self._close_when_done = False
        self.choose_save_file: ChooseSaveFile = choose_save_file
        self.choose_folder: ChooseFolder = choose_folder
        self.ask_print: AskPrint = ask_print
        self.make_printer: Callable[[], QPrinter] = certificate_printer
        application = QCoreApplication.instance()
        if application is not None:
            application.aboutToQuit.connect(self._on_application_about_to_quit)

    @property
    def count(self) -> int:
        return len(self._uids)

    @property
    def current_uid(self) -> str:
        return self._uids[self._index]

    @property
    def language(self) -> str | None:
        """``en``, ``fr``, ``both``, or None for each in the language signed."""
        raise NotImplementedError

    def _fill_register(self) -> None:
        """Show the register of the current certificate again (after an issue)."""
        raise NotImplementedError

    def _update_buttons(self) -> None:
        """Enable what can be used now (nothing that starts a job while one runs)."""
        raise NotImplementedError

    def _suggested_name(self) -> str:
        if self.count == 1:
            [item] = self._certificates.data_for([self.current_uid], self.language)
            return certificate_filename(item)
        return self.tr("Certificates {date}.pdf").format(date=dt.date.today().isoformat())

    def _on_save_button_clicked(self) -> None:
        uids, language = list(self._uids), self.language
        certificates = self._certificates
        if self.count > 1 and self.one_file_each_button.isChecked():
            folder = self.choose_folder(self, self.tr("Folder for the certificates"))
            if not folder:
                return

            def work_files(progress: Callable[[int, int], None]) -> list[IssuedFile]:
                return certificates.make_files(uids, folder, language, progress)

            self._start(self.tr("Saving certificates"), work_files, self._on_saved)
            return
        path = self.choose_save_file(self, self.tr("Save as PDF"), self._suggested_name())
        if not path:
            return
        if Path(path).suffix.lower() != ".pdf":
            path += ".pdf"

        def work_pdf(progress: Callable[[int, int], None]) -> IssuedPdf:
            return certificates.make_pdf(uids, path, language, progress)

        self._start(self.tr("Saving certificates"), work_pdf, self._on_saved)

    def _on_print_button_clicked(self) -> None:
        printer = self.make_printer()
        printer.setDocName(self._suggested_name().removesuffix(".pdf"))
        if not self.ask_print(self, printer):
            return
        uids, language = list(self._uids), self.language
        certificates = self._certificates

        def work(progress: Callable[[int, int], None]) -> PrintJob:
            return certificates.print_job(uids, language, progress)

        self._start(
            self.tr("Preparing certificates for printing"),
            work,
            lambda job: self._print(job, printer),
        )

    # --- background work -----------------------------------------------------------------

    def _start(
        self,
        title: str,
        work: Callable[[Callable[[int, int], None]], Any],
        on_result: Callable[[Any], None],
    ) -> None:
        # A cancel that arrives after the last step is too late: the work finished, its
        # files exist and are registered, so it is reported as done.
        results: list[Any] = []

        def run(progress: Callable[[int, int], None]) -> Any:
            result = work(progress)
            results.append(result)
            return result

        def done(result: Any, error: BaseException | None) -> None:
            self.task = None
            self._update_buttons()
            if self._close_when_done:
                # Closed while working: the job was cancelled (or had already finished).
                super(CertificateJobDialog, self).reject()
                return
            if isinstance(error, Cancelled) and results:
                result, error = results[0], None
            if isinstance(error, Cancelled):
                self.status_label.setText(self.tr("Cancelled. Nothing was saved or registered."))
                self.work_cancelled.emit()
            elif error is not None:
                self._failed(error)
            else:
                on_result(result)

        self.status_label.clear()
        self.task = run_in_background(self, title, run, done)
        self._update_buttons()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, RefusedError):
            message = str(error)
        else:
            # An unexpected error's text may quote SQL or values: only its kind goes to the log.
            log.error("certificate job failed: %s", type(error).__name__)
            message = self.tr("Something went wrong; the details are in the log.")
        self.status_label.setText(message)
        self._prompts.error(self, self.windowTitle(), message)
        self.work_failed.emit(message)

    def _on_saved(self, result: IssuedPdf | list[IssuedFile]) -> None:
        if isinstance(result, IssuedPdf):
            pages = result.pages
            text = (
                self.tr("1 certificate saved to {path} and registered.")
                if pages == 1
                else self.tr("%n certificates saved to {path} and registered.", "", pages)
            ).format(path=result.path)
        else:
            folder = result[0].path.parent if result else ""
            files = len(result)
            text = (
                self.tr("1 certificate file saved in {folder} and registered.")
                if files == 1
                else self.tr("%n certificate files saved in {folder} and registered.", "", files)
            ).format(folder=folder)
        self.status_label.setText(text)
        self._fill_register()
        self.certificates_saved.emit(result)

    def _print(self, job: PrintJob, printer: QPrinter) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pages = print_pdf(job.data, printer)
            self._certificates.register_printed(job)
        except RefusedError as error:
            self._failed(error)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.status_label.setText(
            self.tr("1 certificate sent to the printer and registered.")
            if pages == 1
            else self.tr("%n certificates sent to the printer and registered.", "", pages)
        )
        self._fill_register()
        self.certificates_printed.emit(pages)

    # --- closing -------------------------------------------------------------------------

    def _on_application_about_to_quit(self) -> None:
        # Quitting mid-job: stop it cleanly (no partial file) before the thread is destroyed.
        # Through an event loop, so the job's own finish handlers run before the app goes.
        task = self.task
        if task is not None:
            loop = QEventLoop()
            task.finished.connect(loop.quit)
            task.failed.connect(loop.quit)
            task.cancel()
            loop.exec()

    def reject(self) -> None:
        if self.task is not None:
            # Closing while saving cancels the job; the dialog closes once it has stopped.
            self._close_when_done = True
            self.task.cancel()
            return
        super().reject()
