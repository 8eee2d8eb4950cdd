"""CertificateDialog: preview the certificates of chosen signatories, save them or print them.

The preview is the PDF page exactly as it will be saved or printed. Saving (one PDF, or one
file per signatory) and preparing a print job run in the background with progress and
Cancel; a cancelled job leaves no file and registers nothing. Every certificate saved or
printed is registered as issued (number, language, date, user, SHA-256 of the file).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEventLoop,
    QIODevice,
    QMarginsF,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from alliance_desktop.domain.certificate_issues import IssuedFile, IssuedPdf
from alliance_desktop.domain.errors import Cancelled, RefusedError
from alliance_desktop.services.data_safety.opening import Services
from alliance_desktop.services.output.certificates import (
    PrintJob,
    certificate_filename,
)
from alliance_desktop.ui.background_task import BackgroundTask, run_in_background
from alliance_desktop.ui.dialogs.org_settings_dialog import OrgSettingsDialog
from alliance_desktop.ui.prompts import Prompts

ChooseSaveFile = Callable[[QWidget, str, str], str | None]
"""``choose(parent, caption, suggested path)`` → the PDF path, or None when cancelled."""
ChooseFolder = Callable[[QWidget, str], str | None]
"""``choose(parent, caption)`` → a folder, or None when cancelled."""
AskPrint = Callable[[QWidget, QPrinter], bool]
"""``ask(parent, printer)`` sets up ``printer`` with the user; False when cancelled."""

PRINT_DPI_LIMIT = 300
"""Pages are drawn for the printer at most this sharp: enough for text, and 35 MB a page."""


def _choose_save_file(parent: QWidget, caption: str, suggested: str) -> str | None:
    path, _selected = QFileDialog.getSaveFileName(
        parent,
        caption,
        suggested,
        QCoreApplication.translate("CertificateDialog", "PDF documents (*.pdf)"),
    )
    return path or None


def _choose_folder(parent: QWidget, caption: str) -> str | None:
    return QFileDialog.getExistingDirectory(parent, caption) or None


def _ask_print(parent: QWidget, printer: QPrinter) -> bool:
    dialog = QPrintDialog(printer, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


def certificate_printer() -> QPrinter:
    """A printer set up for the certificate's page: A4 landscape, drawn edge to edge."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(0, 0, 0, 0),
        )
    )
    printer.setFullPage(True)
    return printer


def print_pdf(data: bytes, printer: QPrinter) -> int:
    """Draw every page of the PDF ``data`` on ``printer``; the number of pages printed.

    Pages are rasterised at the printer's resolution (at most PRINT_DPI_LIMIT) and centred
    on the paper, keeping their proportions. Raises RefusedError when nothing can be drawn.
    """
    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready:
        raise RefusedError("The certificates could not be prepared for printing.")
    painter = QPainter()
    if not painter.begin(printer):
        raise RefusedError("The printer cannot be used. Check that it is ready and try again.")
    pages = document.pageCount()
    try:
        paper = printer.paperRect(QPrinter.Unit.DevicePixel).toRect()
        dpi = min(printer.resolution(), PRINT_DPI_LIMIT)
        for index in range(pages):
            if index > 0 and not printer.newPage():
                raise RefusedError("The printer stopped before every page was printed.")
            points = document.pagePointSize(index)
            image = document.render(
                index, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            )
            target = QSize(image.size())
            target.scale(paper.size(), Qt.AspectRatioMode.KeepAspectRatio)
            x = paper.x() + (paper.width() - target.width()) // 2
            y = paper.y() + (paper.height() - target.height()) // 2
            painter.drawImage(QRect(x, y, target.width(), target.height()), image)
    finally:
        painter.end()
        document.close()
    return pages


class CertificateDialog(QDialog):
    """Certificates for the signatures ``uids``: preview, language, save as PDF, print."""

    certificates_saved = Signal(object)  # IssuedPdf, or list[IssuedFile]
    certificates_printed = Signal(int)  # pages sent to the printer
    work_cancelled = Signal()
    work_failed = Signal(str)

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
        self._buffer: QBuffer | None = None
        self.task: BackgroundTask | None = None
        self._close_when_done = False
        self.choose_save_file: ChooseSaveFile = _choose_save_file
        self.choose_folder: ChooseFolder = _choose_folder
        self.ask_print: AskPrint = _ask_print
        self.make_printer: Callable[[], QPrinter] = certificate_printer
        self.setObjectName("certificateDialog")
        application = QCoreApplication.instance()
        if application is not None:
            application.aboutToQuit.connect(self._on_application_about_to_quit)
        self._build()
        self._update_title()
        self.refresh()
        self.resize(1000, 720)

    @property
    def count(self) -> int:
        return len(self._uids)

    @property
    def current_uid(self) -> str:
        return self._uids[self._index]

    # --- form ----------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # names may hold "<b>" or "&"
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        top.addWidget(self.heading, 1)
        language_label = QLabel(self.tr("&Language:"))
        self.language_box = QComboBox()
        self.language_box.addItem(self.tr("As signed"), None)
        self.language_box.addItem(self.tr("English"), "en")
        self.language_box.addItem(self.tr("French"), "fr")
        self.language_box.addItem(self.tr("English and French"), "both")
        self.language_box.setToolTip(
            self.tr("“As signed” prints each certificate in the language its signatory signed")
        )
        language_label.setBuddy(self.language_box)
        self.language_box.currentIndexChanged.connect(self._on_language_box_changed)
        top.addWidget(language_label)
        top.addWidget(self.language_box)
        layout.addLayout(top)

        splitter = QSplitter(Qt.Orientation.Vertical)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.SinglePage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        # The whole page always fits; a scroll bar would only shift it by its margins.
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setAccessibleName(self.tr("Certificate preview"))
        self.view.setMinimumHeight(360)
        splitter.addWidget(self.view)

        register = QGroupBox(self.tr("Issued before (register)"))
        register_layout = QVBoxLayout(register)
        self.register_tree = QTreeWidget()
        self.register_tree.setRootIsDecorated(False)
        self.register_tree.setHeaderLabels(
            [self.tr("Issued"), self.tr("Number"), self.tr("Language"), self.tr("By"), "SHA-256"]
        )
        self.register_tree.setAccessibleName(self.tr("Certificates issued before"))
        register_layout.addWidget(self.register_tree)
        splitter.addWidget(register)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)

        navigation = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("◀ &Previous"))
        self.next_button = QPushButton(self.tr("&Next ▶"))
        self.position_label = QLabel()
        self.previous_button.clicked.connect(lambda: self.show_certificate(self._index - 1))
        self.next_button.clicked.connect(lambda: self.show_certificate(self._index + 1))
        navigation.addWidget(self.previous_button)
        navigation.addWidget(self.position_label)
        navigation.addWidget(self.next_button)
        navigation.addStretch(1)
        self.one_pdf_button = QRadioButton(self.tr("One PDF with every certificate"))
        self.one_file_each_button = QRadioButton(self.tr("One PDF file per signatory"))
        self.one_pdf_button.setChecked(True)
        self.output_group = QButtonGroup(self)
        self.output_group.addButton(self.one_pdf_button)
        self.output_group.addButton(self.one_file_each_button)
        self.output_group.buttonToggled.connect(self._update_buttons)
        navigation.addWidget(self.one_pdf_button)
        navigation.addWidget(self.one_file_each_button)
        layout.addLayout(navigation)
        for widget in (
            self.previous_button,
            self.next_button,
            self.position_label,
            self.one_pdf_button,
            self.one_file_each_button,
        ):
            widget.setVisible(self.count > 1)

        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status_label)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.settings_button = buttons.addButton(
            self.tr("Organisation &settings…"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.print_button = buttons.addButton(
            self.tr("&Print…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button = buttons.addButton(
            self.tr("&Save as PDF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.settings_button.clicked.connect(self._on_settings_button_clicked)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout.addWidget(buttons)

    def _update_title(self) -> None:
        if self.count == 1:
            self.setWindowTitle(self.tr("Certificate of signature"))
        else:
            self.setWindowTitle(self.tr("Certificates of signature"))

    def _update_buttons(self) -> None:
        busy = self.task is not None
        for widget in (
            self.save_button,
            self.print_button,
            self.settings_button,
            self.language_box,
            self.one_pdf_button,
            self.one_file_each_button,
        ):
            widget.setEnabled(not busy)
        self.previous_button.setEnabled(self._index > 0)
        self.next_button.setEnabled(self._index < self.count - 1)
        if self.one_file_each_button.isChecked() and self.count > 1:
            self.save_button.setText(self.tr("&Save files…"))
        else:
            self.save_button.setText(self.tr("&Save as PDF…"))

    # --- preview -------------------------------------------------------------------------

    @property
    def language(self) -> str | None:
        """``en``, ``fr``, ``both``, or None for each in the language signed."""
        value = self.language_box.currentData()
        return None if value is None else str(value)

    def set_language(self, language: str | None) -> None:
        self.language_box.setCurrentIndex(max(self.language_box.findData(language), 0))

    def show_certificate(self, index: int) -> None:
        if 0 <= index < self.count:
            self._index = index
            self.refresh()

    def refresh(self) -> None:
        """Draw the current certificate again (after a change of language or settings)."""
        self.position_label.setText(
            self.tr("Certificate {number} of {count}").format(
                number=self._index + 1, count=self.count
            )
        )
        try:
            data = self._certificates.preview(self.current_uid, self.language)
            [item] = self._certificates.data_for([self.current_uid], self.language)
        except RefusedError as error:
            self.document.close()
            self.heading.setText(str(error))
            self.register_tree.clear()
            self._update_buttons()
            return
        self.document.close()
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if self.count == 1:
            self.heading.setText(
                self.tr("{name} — certificate {number}").format(
                    name=item.name, number=item.certificate_no
                )
            )
        else:
            self.heading.setText(
                self.tr("{count} certificates — now showing {name} ({number})").format(
                    count=self.count, name=item.name, number=item.certificate_no
                )
            )
        self._fill_register()
        self._update_buttons()

    def _fill_register(self) -> None:
        self.register_tree.clear()
        for issue in self._certificates.issues(self.current_uid):
            when = issue.issued_at.astimezone().strftime("%Y-%m-%d %H:%M")
            item = QTreeWidgetItem(
                [when, issue.certificate_no, issue.language, issue.issued_by, issue.sha256[:16]]
            )
            item.setToolTip(4, issue.sha256)
            self.register_tree.addTopLevelItem(item)
        for column in range(self.register_tree.columnCount()):
            self.register_tree.resizeColumnToContents(column)

    def preview_page_count(self) -> int:
        return int(self.document.pageCount())

    # --- slots ---------------------------------------------------------------------------

    def _on_language_box_changed(self, _index: int) -> None:
        self.refresh()

    def _on_settings_button_clicked(self) -> None:
        dialog = OrgSettingsDialog(self._services, self._prompts, self)
        dialog.settings_saved.connect(self.refresh)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _suggested_name(self) -> str:
        if self.count == 1:
            [item] = self._certificates.data_for([self.current_uid], self.language)
            return certificate_filename(item)
        return f"Certificates {dt.date.today().isoformat()}.pdf"

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
                super(CertificateDialog, self).reject()
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
            message = self.tr("Something went wrong: {error}").format(error=error)
        self.status_label.setText(message)
        self._prompts.error(self, self.windowTitle(), message)
        self.work_failed.emit(message)

    def _on_saved(self, result: IssuedPdf | list[IssuedFile]) -> None:
        if isinstance(result, IssuedPdf):
            text = self.tr("{count} certificate(s) saved to {path} and registered.").format(
                count=result.pages, path=result.path
            )
        else:
            folder = result[0].path.parent if result else ""
            text = self.tr("{count} certificate file(s) saved in {folder} and registered.").format(
                count=len(result), folder=folder
            )
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
            self.tr("{count} certificate(s) sent to the printer and registered.").format(
                count=pages
            )
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


def open_certificates(
    parent: QWidget | None, services: Services, prompts: Prompts, uids: list[str]
) -> CertificateDialog | None:
    """The Signatories tab's *Certificate…*: a window for the chosen signatures (None if none)."""
    if not uids:
        prompts.info(
            parent,
            QCoreApplication.translate("CertificateDialog", "Certificates"),
            QCoreApplication.translate(
                "CertificateDialog", "Choose one or more signatories first."
            ),
        )
        return None
    dialog = CertificateDialog(services, prompts, uids, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def open_org_settings(
    parent: QWidget | None, services: Services, prompts: Prompts
) -> OrgSettingsDialog:
    """Tools → Organisation settings…: the certificate's texts, signers and logo."""
    dialog = OrgSettingsDialog(services, prompts, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
