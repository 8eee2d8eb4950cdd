"""Where certificates go outside the application: the file, folder and printer choosers, and
drawing a certificate PDF on a printer."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from alliance_desktop.domain.errors import RefusedError

ChooseSaveFile = Callable[[QWidget, str, str], str | None]
"""``choose(parent, caption, suggested path)`` → the PDF path, or None when cancelled."""
ChooseFolder = Callable[[QWidget, str], str | None]
"""``choose(parent, caption)`` → a folder, or None when cancelled."""
AskPrint = Callable[[QWidget, QPrinter], bool]
"""``ask(parent, printer)`` sets up ``printer`` with the user; False when cancelled."""

PRINT_DPI_LIMIT = 300
"""Pages are drawn for the printer at most this sharp: enough for text, and 35 MB a page."""


def choose_save_file(parent: QWidget, caption: str, suggested: str) -> str | None:
    path, _selected = QFileDialog.getSaveFileName(
        parent,
        caption,
        suggested,
        QCoreApplication.translate("CertificateDialog", "PDF documents (*.pdf)"),
    )
    return path or None


def choose_folder(parent: QWidget, caption: str) -> str | None:
    return QFileDialog.getExistingDirectory(parent, caption) or None


def ask_print(parent: QWidget, printer: QPrinter) -> bool:
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
        raise RefusedError(
            QCoreApplication.translate(
                "CertificatePrinting", "The certificates could not be prepared for printing."
            )
        )
    painter = QPainter()
    if not painter.begin(printer):
        raise RefusedError(
            QCoreApplication.translate(
                "CertificatePrinting",
                "The printer cannot be used. Check that it is ready and try again.",
            )
        )
    pages = document.pageCount()
    try:
        paper = printer.paperRect(QPrinter.Unit.DevicePixel).toRect()
        dpi = min(printer.resolution(), PRINT_DPI_LIMIT)
        for index in range(pages):
            if index > 0 and not printer.newPage():
                raise RefusedError(
                    QCoreApplication.translate(
                        "CertificatePrinting", "The printer stopped before every page was printed."
                    )
                )
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
