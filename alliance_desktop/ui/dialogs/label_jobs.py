"""The labels dialog's jobs: preview, print and save, each drawn off the GUI thread with
progress and Cancel; mixed into :class:`LabelsDialog`."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF, Qt
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from alliance_desktop.domain.errors import Cancelled, RefusedError
from alliance_desktop.services.output.labels import LabelRequest, LabelRun, PreparedRun, Sender
from alliance_desktop.ui.background_task import BackgroundTask, run_in_background
from alliance_desktop.ui.dialogs.certificate_printing import ask_print, choose_save_file, print_pdf
from alliance_desktop.ui.service_errors import guarded

log = logging.getLogger(__name__)


def label_printer(request: LabelRequest) -> QPrinter:
    """A printer set up for the run's paper: A4 upright for sheets, the envelope lying down."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if request.envelope is not None:
        size = QPageSize(
            QSizeF(request.envelope.height, request.envelope.width),
            QPageSize.Unit.Millimeter,
            request.envelope.key,
        )
        orientation = QPageLayout.Orientation.Landscape
    else:
        size = QPageSize(QPageSize.PageSizeId.A4)
        orientation = QPageLayout.Orientation.Portrait
    printer.setPageLayout(QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0)))
    printer.setFullPage(True)  # the PDF places every label itself
    return printer


class PdfPreview(QDialog):
    """The labels or envelopes exactly as they will print, page by page."""

    def __init__(self, data: bytes, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(620, 820)
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)


class LabelJobs(QDialog):
    """Preview…, Print… and Save PDF: the labels dialog's base, holding its jobs."""

    task: BackgroundTask | None = None
    choose_file: Callable[[QWidget, str, str], str | None] = staticmethod(choose_save_file)
    ask_print: Callable[[QWidget, QPrinter], bool] = staticmethod(ask_print)
    preview_window: PdfPreview | None = None
    last_run: LabelRun | None = None

    # These come from LabelsDialog.
    service: Any
    prompts: Any
    status_label: Any
    file_edit: Any
    return_address: Any
    sender_country: Any
    run_finished: Any

    def request(self, path: str = "") -> LabelRequest:
        raise NotImplementedError

    def _update(self) -> None:
        raise NotImplementedError

    # --- the three buttons ------------------------------------------------------------------

    def _on_browse_button_clicked(self) -> str | None:
        suggested = self.file_edit.text().strip() or self.tr("labels.pdf")
        path = self.choose_file(self._widget(), self.tr("Save the labels as"), suggested)
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self.file_edit.setText(path)
        return path

    def _on_save_button_clicked(self) -> None:
        if not self.file_edit.text().strip() and not self._on_browse_button_clicked():
            return
        if not self._keep_sender():
            return
        request = self.request()
        service = self.service
        self._start(
            self.tr("Saving labels"),
            lambda progress: service.save(request, service.prepare(request, progress)),
            self._on_saved,
        )

    def _on_preview_button_clicked(self) -> None:
        if not self._keep_sender():
            return
        request = self.request("preview.pdf")
        service = self.service
        self._start(
            self.tr("Preparing the preview"),
            lambda progress: service.prepare(request, progress),
            self._show_preview,
        )

    def _on_print_button_clicked(self) -> None:
        if not self._keep_sender():
            return
        request = self.request("printer")
        printer = label_printer(request)
        printer.setDocName(self.tr("Labels"))
        if not self.ask_print(self._widget(), printer):
            return
        service = self.service
        self._start(
            self.tr("Preparing labels for printing"),
            lambda progress: service.prepare(request, progress),
            lambda prepared: self._print(request, prepared, printer),
        )

    # --- results ----------------------------------------------------------------------------

    def _on_saved(self, run: LabelRun) -> None:
        if run.kind.value == "envelope":
            text = (
                self.tr("1 envelope saved to {path}.")
                if run.count == 1
                else self.tr("%n envelopes saved to {path}.", "", run.count)
            )
        else:
            text = (
                self.tr("1 label saved to {path}.")
                if run.count == 1
                else self.tr("%n labels saved to {path}.", "", run.count)
            )
        text = text.format(path=run.path)
        self._finished(run, text)

    def _show_preview(self, prepared: PreparedRun) -> None:
        self.preview_window = PdfPreview(prepared.data, self.tr("Preview"), self._widget())
        self.preview_window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview_window.show()
        self.status_label.setText(self._missing(prepared.without_address))

    def _print(self, request: LabelRequest, prepared: PreparedRun, printer: QPrinter) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            print_pdf(prepared.data, printer)
            run = self.service.printed(request, prepared)
        except RefusedError as error:
            self._failed(error)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._finished(
            run,
            self.tr("1 page sent to the printer.")
            if run.pages == 1
            else self.tr("%n pages sent to the printer.", "", run.pages),
        )

    def _finished(self, run: LabelRun, text: str) -> None:
        self.last_run = run
        missing = self._missing(run.without_address)
        self.status_label.setText(text + (" " + missing if missing else ""))
        self.run_finished.emit(run)

    def _missing(self, names: tuple[str, ...]) -> str:
        if not names:
            return ""
        shown = ", ".join(names[:5]) + (", …" if len(names) > 5 else "")
        return (
            self.tr("1 recipient has no postal address in the register: {names}.")
            if len(names) == 1
            else self.tr(
                "%n recipients have no postal address in the register: {names}.", "", len(names)
            )
        ).format(names=shown)

    # --- background work --------------------------------------------------------------------

    def _keep_sender(self) -> bool:
        """Store a changed sender's country (and, for envelopes, return address) for everyone
        before printing with it."""
        sender = self.service.sender()
        country = self.sender_country.code() or sender.country
        text = sender.return_address.strip()
        if self.request().envelope is not None:
            text = self.return_address.toPlainText().strip()
        if (country, text) == (sender.country, sender.return_address.strip()):
            return True
        return guarded(
            self._widget(), self.prompts, lambda: self.service.save_sender(Sender(country, text))
        )

    def _start(
        self,
        title: str,
        work: Callable[[Callable[[int, int], None]], Any],
        on_result: Callable[[Any], None],
    ) -> None:
        def done(result: Any, error: BaseException | None) -> None:
            self.task = None
            self._update()
            if isinstance(error, Cancelled):
                self.status_label.setText(self.tr("Cancelled. Nothing was saved."))
            elif error is not None:
                self._failed(error)
            else:
                on_result(result)

        self.status_label.setText("")
        self.task = run_in_background(self._widget(), title, work, done)
        self._update()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, RefusedError):
            message = str(error)
        else:
            # An unexpected error's text may quote SQL or values: only its kind goes to the log.
            log.error("label job failed: %s", type(error).__name__)
            message = self.tr("Something went wrong; the details are in the log.")
        self.status_label.setText(message)
        self.prompts.error(self._widget(), self.tr("Labels and envelopes"), message)

    def _widget(self) -> QWidget:
        return self

    def reject(self) -> None:
        if self.task is not None:
            self.task.cancel()  # closing mid-job stops it: no partial file
            return
        super().reject()
