"""CertificateDialog: preview the certificates of chosen signatories, save them or print them.

The preview is the PDF page exactly as it will be saved or printed; under it, the register
of that certificate's earlier issues. Saving and printing (background jobs, with Cancel)
come from :class:`~alliance_desktop.ui.dialogs.certificate_jobs.CertificateJobDialog`.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    Qt,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from alliance_desktop.domain.errors import RefusedError
from alliance_desktop.services.data_safety.opening import Services
from alliance_desktop.ui.dialogs.certificate_jobs import CertificateJobDialog
from alliance_desktop.ui.dialogs.certificate_register import IssueRegisterBox
from alliance_desktop.ui.dialogs.org_settings_dialog import OrgSettingsDialog
from alliance_desktop.ui.language import Retranslating
from alliance_desktop.ui.prompts import Prompts


class CertificateDialog(Retranslating, CertificateJobDialog):
    """Certificates for the signatures ``uids``: preview, language, save as PDF, print."""

    def __init__(
        self,
        services: Services,
        prompts: Prompts,
        uids: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, prompts, uids, parent)
        self._buffer: QBuffer | None = None
        self._shown: tuple[str, str] | None = None  # name and number of the certificate shown
        self.setObjectName("certificateDialog")
        self._build()
        self.retranslate_ui()
        self.refresh()
        self.resize(1000, 720)

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
        self.language_label = language_label = QLabel()
        self.language_box = QComboBox()
        for value in (None, "en", "fr", "both"):
            self.language_box.addItem("", value)
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
        self.view.setMinimumHeight(360)
        splitter.addWidget(self.view)

        register = IssueRegisterBox()
        self.register = register
        self.register_tree = register.tree
        splitter.addWidget(register)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)

        navigation = QHBoxLayout()
        self.previous_button = QPushButton()
        self.next_button = QPushButton()
        self.position_label = QLabel()
        self.previous_button.clicked.connect(lambda: self.show_certificate(self._index - 1))
        self.next_button.clicked.connect(lambda: self.show_certificate(self._index + 1))
        navigation.addWidget(self.previous_button)
        navigation.addWidget(self.position_label)
        navigation.addWidget(self.next_button)
        navigation.addStretch(1)
        self.one_pdf_button = QRadioButton()
        self.one_file_each_button = QRadioButton()
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
        self.settings_button = buttons.addButton("", QDialogButtonBox.ButtonRole.ResetRole)
        self.print_button = buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.settings_button.clicked.connect(self._on_settings_button_clicked)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout.addWidget(buttons)

    def retranslate_ui(self) -> None:
        """Every word anew; the language chosen and the certificate shown stay."""
        self.language_label.setText(self.tr("&Language:"))
        for value, text in (
            (None, self.tr("As signed")),
            ("en", self.tr("English")),
            ("fr", self.tr("French")),
            ("both", self.tr("English and French")),
        ):
            self.language_box.setItemText(self.language_box.findData(value), text)
        self.language_box.setToolTip(
            self.tr("“As signed” prints each certificate in the language its signatory signed")
        )
        self.view.setAccessibleName(self.tr("Certificate preview"))
        self.previous_button.setText(self.tr("◀ &Previous"))
        self.next_button.setText(self.tr("&Next ▶"))
        self.one_pdf_button.setText(self.tr("One PDF with every certificate"))
        self.one_file_each_button.setText(self.tr("One PDF file per signatory"))
        self.settings_button.setText(self.tr("Organisation &settings…"))
        self.print_button.setText(self.tr("&Print…"))
        self._update_title()
        self._update_buttons()
        self._word_position()

    def _word_position(self) -> None:
        self.position_label.setText(
            self.tr("Certificate {number} of {count}").format(
                number=self._index + 1, count=self.count
            )
        )
        if self._shown is None:
            return
        name, number = self._shown
        if self.count == 1:
            self.heading.setText(
                self.tr("{name} — certificate {number}").format(name=name, number=number)
            )
        else:
            self.heading.setText(
                self.tr("{count} certificates — now showing {name} ({number})").format(
                    count=self.count, name=name, number=number
                )
            )

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
        self._shown = None
        self._word_position()
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
        self._shown = (item.name, item.certificate_no)
        self._word_position()
        self._fill_register()
        self._update_buttons()

    def _fill_register(self) -> None:
        self.register.show_issues(self._certificates.issues(self.current_uid))

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
