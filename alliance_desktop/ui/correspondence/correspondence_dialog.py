"""CorrespondenceDialog: letters or e-mails from a template to the records of a tab.

Letters: preview the whole run as it will print, save it as one PDF or one file per
recipient, or print it. E-mails: write one ``.eml`` per recipient to a folder (with each
signatory's certificate attached if asked), or open the mail client with everyone in BCC.
Every run is logged on each record (its Correspondence tab) and in the audit trail.
Recipients an e-mail cannot reach are named, with an offer to write them a letter instead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from alliance_desktop.domain.correspondence import Audience, TemplateKind
from alliance_desktop.ui.correspondence.mail_outcome import describe_unreachable
from alliance_desktop.ui.correspondence.recipients_box import RecipientsBox
from alliance_desktop.ui.dialogs.certificate_printing import (
    ask_print,
    choose_folder,
    choose_save_file,
    print_pdf,
)
from alliance_desktop.ui.language import Retranslating
from alliance_desktop.ui.service_errors import guarded, read_or


def letter_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)
    return printer


class CorrespondenceDialog(Retranslating, QDialog):
    """Letters (``kind`` LETTER) or e-mails (EMAIL) to records of ``tab``."""

    def __init__(
        self,
        tab: Any,
        services: Any,
        prompts: Any,
        kind: TemplateKind,
        given: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lettersDialog" if kind is TemplateKind.LETTER else "emailsDialog")
        self.tab, self.services, self.prompts, self.kind = tab, services, prompts, kind
        self.choose_save_file = choose_save_file
        self.choose_folder = choose_folder
        self.ask_print = ask_print
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self.recipients = RecipientsBox(tab, services, prompts, given)
        self.audience: Audience = self.recipients.audience
        self._document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.last_outcome = ""
        self._build()
        self.retranslate_ui()
        self.resize(900 if kind is TemplateKind.LETTER else 620, 720 if self._letters() else 420)

    def _letters(self) -> bool:
        return self.kind is TemplateKind.LETTER

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.recipients)
        form = QFormLayout()
        self.template_box = QComboBox()
        names = read_or(self, self.prompts, lambda: self.services.templates.list(self.kind), [])
        seen: set[str] = set()
        for record in names:
            if record.draft.audience is self.audience and record.name not in seen:
                seen.add(record.name)
                self.template_box.addItem(record.name, record.name)
        self.language_box = QComboBox()
        for value in (None, "en", "fr"):
            self.language_box.addItem("", value)
        self.attach_check = QCheckBox()
        self.attach_check.setVisible(not self._letters() and self.audience is Audience.SIGNATORY)
        self.template_label, self.language_label = QLabel(), QLabel()
        self.template_label.setBuddy(self.template_box)
        self.language_label.setBuddy(self.language_box)
        form.addRow(self.template_label, self.template_box)
        form.addRow(self.language_label, self.language_box)
        form.addRow(self.attach_check)
        self.form = form
        layout.addLayout(form)
        self.pdf_view = QPdfView()
        self.pdf_view.setDocument(self._document)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view.setVisible(self._letters())
        layout.addWidget(self.pdf_view, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        role = QDialogButtonBox.ButtonRole.ActionRole
        self.preview_button = self._button(role, self._on_preview_clicked)
        self.save_button = self._button(role, self._on_save_clicked)
        self.files_button = self._button(role, self._on_files_clicked)
        self.print_button = self._button(role, self._on_print_clicked)
        self.eml_button = self._button(role, self._on_eml_clicked)
        self.mailto_button = self._button(role, self._on_mailto_clicked)
        for button in (self.preview_button, self.save_button, self.print_button):
            button.setVisible(self._letters())
        self.files_button.setVisible(self._letters())
        self.eml_button.setVisible(not self._letters())
        self.mailto_button.setVisible(not self._letters())
        if not self._letters():
            layout.addStretch(1)
        layout.addWidget(self.buttons)

    def _button(self, role: QDialogButtonBox.ButtonRole, slot: Callable[[], None]) -> QPushButton:
        button = self.buttons.addButton("", role)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def retranslate_ui(self) -> None:
        letters = self._letters()
        self.setWindowTitle(self.tr("Letters") if letters else self.tr("E-mails"))
        self.template_label.setText(self.tr("&Template:"))
        self.language_label.setText(self.tr("&Language:"))
        self.language_box.setItemText(0, self.tr("Each recipient's own"))
        self.language_box.setItemText(1, self.tr("English for everyone"))
        self.language_box.setItemText(2, self.tr("French for everyone"))
        self.attach_check.setText(
            self.tr("Attach each signatory's certificate (registered as issued)")
        )
        self.preview_button.setText(self.tr("Pre&view"))
        self.save_button.setText(self.tr("Save as &one PDF…"))
        self.files_button.setText(self.tr("One &file per recipient…"))
        self.print_button.setText(self.tr("&Print…"))
        self.eml_button.setText(self.tr("&Write .eml files…"))
        self.mailto_button.setText(self.tr("Open in &mail client"))
        self.mailto_button.setToolTip(
            self.tr("A new message with the recipients in BCC (several if they are many)")
        )
        self.pdf_view.setAccessibleName(self.tr("Letters preview"))

    # --- what is asked ---------------------------------------------------------------

    def template(self) -> str:
        return str(self.template_box.currentData() or "")

    def language(self) -> str | None:
        value = self.language_box.currentData()
        return str(value) if value else None

    def _uids(self) -> list[str]:
        uids = self.recipients.uids()
        if not uids:
            self.prompts.info(self, self.windowTitle(), self.tr("There are no recipients."))
        return uids

    def _busy(self, work: Callable[[], object]) -> bool:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return guarded(self, self.prompts, work, self.windowTitle())
        finally:
            QGuiApplication.restoreOverrideCursor()

    # --- letters -----------------------------------------------------------------------

    def _on_preview_clicked(self) -> None:
        uids = self._uids()
        if not uids:
            return
        jobs: list[Any] = []
        if self._busy(
            lambda: jobs.append(
                self.services.letters.print_job(
                    self.template(), self.audience, uids, self.language()
                )
            )
        ):
            self.show_pdf(jobs[0].data)

    def show_pdf(self, data: bytes) -> None:
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._document.load(self._buffer)

    def _on_save_clicked(self) -> None:
        uids = self._uids()
        if not uids:
            return
        path = self.choose_save_file(self, self.tr("Save the letters"), f"{self.template()}.pdf")
        if not path:
            return
        runs: list[Any] = []
        if self._busy(
            lambda: runs.append(
                self.services.letters.make_pdf(
                    self.template(), self.audience, uids, path, self.language()
                )
            )
        ):
            self._done(
                self.tr("{count} letters saved in {path}.").format(
                    count=len(runs[0].items), path=path
                )
            )

    def _on_files_clicked(self) -> None:
        uids = self._uids()
        if not uids:
            return
        folder = self.choose_folder(self, self.tr("Folder for the letters"))
        if not folder:
            return
        runs: list[Any] = []
        if self._busy(
            lambda: runs.append(
                self.services.letters.make_files(
                    self.template(), self.audience, uids, folder, self.language()
                )
            )
        ):
            self._done(
                self.tr("{count} letters saved in {folder}.").format(
                    count=len(runs[0].items), folder=folder
                )
            )

    def _on_print_clicked(self) -> None:
        uids = self._uids()
        if not uids:
            return
        jobs: list[Any] = []
        if not self._busy(
            lambda: jobs.append(
                self.services.letters.print_job(
                    self.template(), self.audience, uids, self.language()
                )
            )
        ):
            return
        printer = letter_printer()
        if not self.ask_print(self, printer):
            return
        job = jobs[0]
        if self._busy(lambda: print_pdf(job.data, printer)) and self._busy(
            lambda: self.services.letters.register_printed(job)
        ):
            self._done(self.tr("{count} letters sent to the printer.").format(count=len(uids)))

    # --- e-mails -----------------------------------------------------------------------

    def _on_eml_clicked(self) -> None:
        uids = self._uids()
        if not uids:
            return
        folder = self.choose_folder(self, self.tr("Folder for the e-mails"))
        if not folder:
            return
        runs: list[Any] = []
        attach = self.attach_check.isVisible() and self.attach_check.isChecked()
        if not self._busy(
            lambda: runs.append(
                self.services.emails.make_files(
                    self.template(), self.audience, uids, folder, self.language(), attach
                )
            )
        ):
            return
        run = runs[0]
        text = self.tr("{count} e-mails written to {folder}.").format(
            count=len(run.files), folder=folder
        )
        self._report_unreachable(text, run.without_address, run.invalid_address)

    def _on_mailto_clicked(self) -> None:
        uids = self._uids()
        if not uids:
            return
        plans: list[Any] = []
        if not self._busy(lambda: plans.append(self.services.emails.mailto(self.audience, uids))):
            return
        plan = plans[0]
        if len(plan.urls) > 1 and not self.prompts.confirm(
            self,
            self.windowTitle(),
            self.tr(
                "The {count} addresses do not fit in one message; {messages} new messages "
                "will open in your mail client. Continue?"
            ).format(count=plan.addresses, messages=len(plan.urls)),
        ):
            return
        for url in plan.urls:
            self.open_url(QUrl(url))
        text = self.tr("{count} addresses put in BCC.").format(count=plan.addresses)
        self._report_unreachable(text, plan.without_address, plan.invalid_address)

    def _report_unreachable(self, text: str, missing: Any, invalid: Any) -> None:
        unreachable = [*missing, *invalid]
        if not unreachable:
            self._done(text)
            return
        details = describe_unreachable(missing, invalid)
        self.last_outcome = f"{text}\n\n{details}"
        if self.prompts.confirm(
            self,
            self.windowTitle(),
            self.tr("{text}\n\n{details}\n\nWrite them a letter instead?").format(
                text=text, details=details
            ),
        ):
            dialog = CorrespondenceDialog(
                self.tab,
                self.services,
                self.prompts,
                TemplateKind.LETTER,
                [u.uid for u in unreachable],
                self.parentWidget(),
            )
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.show()

    def _done(self, text: str) -> None:
        self.last_outcome = text
        self.prompts.info(self, self.windowTitle(), text)
