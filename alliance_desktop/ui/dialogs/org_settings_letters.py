"""LettersTab: the organisation settings' *Letters* page: letterhead, sender and signatory.

What every letter and e-mail carries, for every colleague: the letterhead in English and
French, the return address above the window, the place before the date, the signatory's
name, title and signature picture, and the sender of e-mails.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from alliance_desktop.services.correspondence.letter_settings import (
    MAX_PICTURE_BYTES,
    LetterSettings,
)
from alliance_desktop.ui.language import Retranslating

ChooseFile = Callable[[QWidget, str, str], str | None]


class LettersTab(Retranslating, QWidget):
    """Edits :class:`LetterSettings`; ``report(text)`` shows a picture that cannot be used."""

    def __init__(
        self, choose_file: ChooseFile, report: Callable[[str], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.choose_file = choose_file
        self.report = report
        self.signature: bytes | None = None
        self.letterhead_en = QPlainTextEdit()
        self.letterhead_fr = QPlainTextEdit()
        for edit in (self.letterhead_en, self.letterhead_fr):
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(84)
        self.return_address = QLineEdit()
        self.place = QLineEdit()
        self.signatory_name = QLineEdit()
        self.signatory_title_en = QLineEdit()
        self.signatory_title_fr = QLineEdit()
        self.sender_name = QLineEdit()
        self.sender_email = QLineEdit()
        self.signature_label = QLabel()
        self.signature_label.setMinimumHeight(60)
        self.choose_button, self.remove_button = QPushButton(), QPushButton()
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        picture = QHBoxLayout()
        picture.addWidget(self.signature_label, 1)
        picture.addWidget(self.choose_button)
        picture.addWidget(self.remove_button)
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout(self)
        for key, widget in (
            ("letterhead_en", self.letterhead_en),
            ("letterhead_fr", self.letterhead_fr),
            ("return_address", self.return_address),
            ("place", self.place),
            ("signatory_name", self.signatory_name),
            ("signatory_title_en", self.signatory_title_en),
            ("signatory_title_fr", self.signatory_title_fr),
            ("signature", None),
            ("sender_name", self.sender_name),
            ("sender_email", self.sender_email),
        ):
            label = self.labels[key] = QLabel()
            if widget is None:
                form.addRow(label, picture)
            else:
                label.setBuddy(widget)
                form.addRow(label, widget)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        words = {
            "letterhead_en": self.tr("Letterhead (English):"),
            "letterhead_fr": self.tr("Letterhead (French):"),
            "return_address": self.tr("Return address:"),
            "place": self.tr("Place before the date:"),
            "signatory_name": self.tr("Signed by:"),
            "signatory_title_en": self.tr("Title (English):"),
            "signatory_title_fr": self.tr("Title (French):"),
            "signature": self.tr("Signature picture:"),
            "sender_name": self.tr("E-mails from (name):"),
            "sender_email": self.tr("E-mails from (address):"),
        }
        for key, text in words.items():
            self.labels[key].setText(text)
        self.letterhead_en.setToolTip(self.tr("One line each; the first is printed in bold"))
        self.return_address.setToolTip(
            self.tr("The small line above the address, seen through the envelope's window")
        )
        self.choose_button.setText(self.tr("C&hoose…"))
        self.remove_button.setText(self.tr("Re&move"))
        self._show_signature()

    def load(self, settings: LetterSettings) -> None:
        self.letterhead_en.setPlainText(settings.letterhead_en)
        self.letterhead_fr.setPlainText(settings.letterhead_fr)
        for name in (
            "return_address",
            "place",
            "signatory_name",
            "signatory_title_en",
            "signatory_title_fr",
            "sender_name",
            "sender_email",
        ):
            edit = getattr(self, name)
            assert isinstance(edit, QLineEdit)
            edit.setText(getattr(settings, name))
        self.signature = settings.signature
        self._show_signature()

    def values(self) -> LetterSettings:
        return dataclasses.replace(
            LetterSettings(),
            letterhead_en=self.letterhead_en.toPlainText().strip(),
            letterhead_fr=self.letterhead_fr.toPlainText().strip(),
            return_address=self.return_address.text().strip(),
            place=self.place.text().strip(),
            signatory_name=self.signatory_name.text().strip(),
            signatory_title_en=self.signatory_title_en.text().strip(),
            signatory_title_fr=self.signatory_title_fr.text().strip(),
            sender_name=self.sender_name.text().strip(),
            sender_email=self.sender_email.text().strip(),
            signature=self.signature,
        )

    def _show_signature(self) -> None:
        image = QImage.fromData(self.signature) if self.signature else QImage()
        if image.isNull():
            self.signature_label.setPixmap(QPixmap())
            self.signature_label.setText(self.tr("No picture: the name is printed alone."))
        else:
            pixmap = QPixmap.fromImage(image).scaledToHeight(
                56, Qt.TransformationMode.SmoothTransformation
            )
            self.signature_label.setPixmap(pixmap)
        self.remove_button.setEnabled(self.signature is not None)

    def _on_choose_button_clicked(self) -> None:
        path = self.choose_file(
            self, self.tr("Choose the signature"), self.tr("Pictures (*.png *.jpg *.jpeg)")
        )
        if not path:
            return
        try:
            data = Path(path).read_bytes()
        except OSError as error:
            self.error = self.tr("The picture cannot be read: {error}").format(error=error.strerror)
            return
        if len(data) > MAX_PICTURE_BYTES or QImage.fromData(data).isNull():
            self.error = self.tr("Choose a PNG or JPEG picture of at most 2 MB.")
            return
        self.error = ""
        self.signature = data
        self._show_signature()

    def _on_remove_button_clicked(self) -> None:
        self.signature = None
        self._show_signature()
