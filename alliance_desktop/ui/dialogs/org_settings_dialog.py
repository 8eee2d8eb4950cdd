"""OrgSettingsDialog: the certificate's texts in English and French, who signs it, and the logo.

These settings are stored in the database (not in personal preferences), so every colleague
prints the same certificate. The dialog loads them, lets the user edit and preview them,
and saves them in ``accept()``; a refusal keeps the dialog open with the message shown.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from alliance_desktop.domain.errors import RefusedError, ValidationError
from alliance_desktop.services.correspondence.letter_settings import validate_letter_settings
from alliance_desktop.services.data_safety.opening import Services
from alliance_desktop.services.org_settings import MAX_LOGO_BYTES, text_problems
from alliance_desktop.services.output.certificates import CertificateTexts
from alliance_desktop.ui.dialogs.org_settings_letters import LettersTab
from alliance_desktop.ui.dialogs.org_settings_texts import SignaturesTab, TextsTab
from alliance_desktop.ui.follow_ups.follow_up_settings_page import FollowUpSettingsPage
from alliance_desktop.ui.language import Retranslating
from alliance_desktop.ui.prompts import Prompts
from alliance_desktop.ui.undo.undo_history import recorded
from alliance_desktop.ui.undo.undo_names import settings_changed

ChooseFile = Callable[[QWidget, str, str], str | None]
"""``choose(parent, caption, filter)`` → a path, or None when cancelled."""


def _choose_image(parent: QWidget, caption: str, name_filter: str) -> str | None:
    path, _selected = QFileDialog.getOpenFileName(parent, caption, "", name_filter)
    return path or None


def pdf_page_image(data: bytes, width: int) -> QImage:
    """The first page of a PDF drawn ``width`` pixels wide (a null image if it cannot be read)."""
    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        return QImage()
    size = document.pagePointSize(0)
    height = round(width * size.height() / size.width())
    image = document.render(0, QSize(width, height))
    document.close()
    return image


class OrgSettingsDialog(Retranslating, QDialog):
    """Edits the organisation's certificate settings and saves them for everyone."""

    settings_saved = Signal()

    def __init__(self, services: Services, prompts: Prompts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._settings = services.org_settings
        self._certificates = services.certificates
        self.follow_ups_page = FollowUpSettingsPage(services.follow_ups)
        self._prompts = prompts
        self._logo: bytes | None = None
        self.choose_file: ChooseFile = _choose_image
        self.setObjectName("orgSettingsDialog")
        self._build()
        self.retranslate_ui()
        self.load(self._settings.certificate_texts())
        self._letters = services.letter_settings
        self.letters_tab.load(self._letters.settings())
        self.resize(900, 680)

    # --- form ----------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.intro = intro = QLabel()
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tabs = QTabWidget()
        self.texts_tab = TextsTab()
        self.text_edits = self.texts_tab.edits
        self.signatures_tab = SignaturesTab()
        self.signatures_table = self.signatures_tab.table
        self.add_signature_button = self.signatures_tab.add_button
        self.remove_signature_button = self.signatures_tab.remove_button
        self.up_signature_button = self.signatures_tab.up_button
        self.down_signature_button = self.signatures_tab.down_button
        self.tabs.addTab(self.texts_tab, "")
        self.tabs.addTab(self.signatures_tab, "")
        self.tabs.addTab(self._build_logo(), "")
        self.tabs.addTab(self._build_preview(), "")
        self.letters_tab = LettersTab(
            lambda *args: self.choose_file(*args),
            lambda text: self._prompts.error(self, self.tr("Signature picture"), text),
        )
        self.tabs.addTab(self.letters_tab, "")
        self.tabs.addTab(self.follow_ups_page, "")
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.reset_button = buttons.addButton("", QDialogButtonBox.ButtonRole.ResetRole)
        self.reset_button.clicked.connect(self._on_reset_button_clicked)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout.addWidget(buttons)

    def _build_logo(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.logo_note = QLabel()
        self.logo_note.setWordWrap(True)
        layout.addWidget(self.logo_note)
        self.logo_label = QLabel()
        self.logo_label.setObjectName("logoPreview")
        self.logo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_label.setMinimumSize(240, 160)
        self.logo_label.setStyleSheet("#logoPreview { border: 1px dashed #9aa5b1; }")
        layout.addWidget(self.logo_label, 1)
        row = QHBoxLayout()
        self.choose_logo_button = QPushButton()
        self.remove_logo_button = QPushButton()
        self.choose_logo_button.clicked.connect(self._on_choose_logo_button_clicked)
        self.remove_logo_button.clicked.connect(self._on_remove_logo_button_clicked)
        row.addWidget(self.choose_logo_button)
        row.addWidget(self.remove_logo_button)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    def _build_preview(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        self.preview_language_label = QLabel()
        row.addWidget(self.preview_language_label)
        self.preview_language = QComboBox()
        self.preview_language_label.setBuddy(self.preview_language)
        for code in ("en", "fr", "both"):
            self.preview_language.addItem("", code)
        self.preview_language.currentIndexChanged.connect(self._on_preview_language_changed)
        row.addWidget(self.preview_language)
        row.addStretch(1)
        layout.addLayout(row)
        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet("color: #8a5300;")
        layout.addWidget(self.problems_label)
        self.preview_label = QLabel()
        self.preview_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_label.setMinimumSize(QSize(560, 396))
        layout.addWidget(self.preview_label, 1)
        return page

    def retranslate_ui(self) -> None:
        """Every word anew; the texts, signers and logo being edited stay."""
        self.setWindowTitle(self.tr("Organisation settings"))
        self.intro.setText(
            self.tr(
                "The certificate of signature as every colleague prints it. These settings "
                "are stored in the database."
            )
        )
        for index, text in enumerate(
            (
                self.tr("&Texts"),
                self.tr("&Signatures"),
                self.tr("&Logo"),
                self.tr("&Preview"),
                self.tr("Le&tters"),
                self.follow_ups_page.title(),
            )
        ):
            self.tabs.setTabText(index, text)
        self.reset_button.setText(self.tr("Standard &texts"))
        self.reset_button.setToolTip(
            self.tr("Put back the Declaration's standard texts and signers (not saved yet)")
        )
        self.logo_note.setText(
            self.tr(
                "A PNG or JPEG picture printed at the top of the certificate instead of the "
                "ring of stars."
            )
        )
        self.logo_label.setAccessibleName(self.tr("Logo"))
        if self._logo is None:
            self.logo_label.setText(self.tr("No logo: the ring of stars is printed."))
        self.choose_logo_button.setText(self.tr("&Choose picture…"))
        self.remove_logo_button.setText(self.tr("Use the &stars"))
        self.preview_language_label.setText(self.tr("Language:"))
        self.preview_language.setAccessibleName(self.tr("Preview language"))
        for code, label in (
            ("en", self.tr("English")),
            ("fr", self.tr("French")),
            ("both", self.tr("English and French")),
        ):
            self.preview_language.setItemText(self.preview_language.findData(code), label)
        self.preview_label.setAccessibleName(self.tr("Certificate preview"))
        if self.tabs.currentWidget() is self.preview_label.parentWidget():
            self.problems_label.setText("\n".join(self._problems()))

    # --- values --------------------------------------------------------------------------

    def load(self, texts: CertificateTexts) -> None:
        """Show ``texts`` in the form (does not save them)."""
        self.texts_tab.load(texts)
        self.signatures_tab.load(texts.signatures)
        self._set_logo(texts.logo)

    def texts(self) -> CertificateTexts:
        """What the form says now."""
        values: dict[str, object] = dict(self.texts_tab.values())
        values["signatures"] = self.signatures_tab.blocks()
        values["logo"] = self._logo
        return dataclasses.replace(CertificateTexts(), **values)  # type: ignore[arg-type]

    def _set_logo(self, logo: bytes | None) -> None:
        self._logo = logo or None
        image = QImage.fromData(logo) if logo else QImage()
        if image.isNull():
            self.logo_label.setPixmap(QPixmap())
            self.logo_label.setText(self.tr("No logo: the ring of stars is printed."))
        else:
            pixmap = QPixmap.fromImage(image)
            if pixmap.width() > 320 or pixmap.height() > 200:
                pixmap = pixmap.scaled(
                    320,
                    200,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            self.logo_label.setPixmap(pixmap)
        self.remove_logo_button.setEnabled(self._logo is not None)

    # --- slots ---------------------------------------------------------------------------

    def _on_choose_logo_button_clicked(self) -> None:
        path = self.choose_file(
            self, self.tr("Choose the logo"), self.tr("Pictures (*.png *.jpg *.jpeg)")
        )
        if not path:
            return
        title = self.tr("Logo")
        try:
            file = Path(path)
            if file.stat().st_size > MAX_LOGO_BYTES:
                self._prompts.error(
                    self, title, self.tr("The picture is larger than 5 MB; use a smaller file.")
                )
                return
            data = file.read_bytes()
        except OSError as error:
            reason = error.strerror  # not str(error): it quotes the whole path
            self._prompts.error(
                self, title, self.tr("The picture cannot be read: {error}").format(error=reason)
            )
            return
        is_png_or_jpeg = data.startswith(b"\x89PNG\r\n\x1a\n") or data.startswith(b"\xff\xd8\xff")
        if not is_png_or_jpeg or QImage.fromData(data).isNull():
            self._prompts.error(self, title, self.tr("The logo must be a PNG or JPEG picture."))
            return
        self._set_logo(data)

    def _on_remove_logo_button_clicked(self) -> None:
        self._set_logo(None)

    def _on_reset_button_clicked(self) -> None:
        self.load(CertificateTexts())

    def _on_tabs_current_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.preview_label.parentWidget():
            self.refresh_preview()

    def _on_preview_language_changed(self, _index: int) -> None:
        self.refresh_preview()

    def refresh_preview(self) -> None:
        """Draw a certificate with the texts as they stand in the form (not yet saved)."""
        language = str(self.preview_language.currentData())
        try:
            data = self._certificates.sample(self.texts(), language)
        except RefusedError as error:
            self.preview_label.setPixmap(QPixmap())
            self.preview_label.setText(str(error))
            self.problems_label.clear()
            return
        # The whole page fits the space shown (A4 landscape is √2 wide), drawn sharp on HiDPI.
        room = self.preview_label.size()
        width = max(min(room.width() - 8, round((room.height() - 8) * 1.414)), 400)
        ratio = self.devicePixelRatioF()
        image = pdf_page_image(data, round(width * ratio))
        image.setDevicePixelRatio(ratio)
        self.preview_label.setPixmap(QPixmap.fromImage(image))
        self.problems_label.setText("\n".join(self._problems()))

    def _problems(self) -> list[str]:
        return text_problems(self.texts())

    # --- accept / reject -----------------------------------------------------------------

    def accept(self) -> None:
        texts = self.texts()
        title = self.tr("Organisation settings")
        problems = self._problems()
        if problems and not self._prompts.confirm(
            self,
            title,
            self.tr("Some texts will not print well:\n\n{problems}\n\nSave them anyway?").format(
                problems="\n".join(f"• {p}" for p in problems)
            ),
        ):
            return
        try:
            # Both checked before either is saved: never half the settings.
            validate_letter_settings(self.letters_tab.values())
            with recorded(self._services, settings_changed):
                self._settings.save_certificate_texts(texts)
                self._letters.save(self.letters_tab.values())
                self.follow_ups_page.save()
        except ValidationError as error:
            self._prompts.error(
                self,
                title,
                self.tr("The settings were not saved:\n\n{errors}").format(
                    errors="\n".join(f"• {e.message}" for e in error.errors)
                ),
            )
            return
        except RefusedError as error:
            self._prompts.error(self, title, str(error))
            return
        self.settings_saved.emit()
        super().accept()

    def reject(self) -> None:
        changed = self.texts() != self._settings.certificate_texts()
        changed = changed or self.letters_tab.values() != self._letters.settings()
        if (changed or self.follow_ups_page.is_changed()) and not self._prompts.ask_discard(self):
            return
        super().reject()
