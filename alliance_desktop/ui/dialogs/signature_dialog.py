"""SignatureDialog: one signature of the Declaration against anti-Gypsyism."""

from __future__ import annotations

import dataclasses
import itertools

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLineEdit, QWidget

from alliance_desktop.domain.countries import COUNTRIES
from alliance_desktop.domain.enums import Language
from alliance_desktop.domain.errors import FieldError
from alliance_desktop.domain.follow_ups import FollowUpTarget
from alliance_desktop.domain.records import (
    FIRST_SIGNATURE_DATE,
    AuthorityDraft,
    SignatureDraft,
    SignatureRecord,
)
from alliance_desktop.domain.validation import clean_draft, validate_signature
from alliance_desktop.services.data_safety.opening import Services
from alliance_desktop.ui.dialogs.record_dialog import RecordDialog
from alliance_desktop.ui.enum_words import language_words, set_item_texts
from alliance_desktop.ui.follow_ups.follow_ups_panel import attach_follow_ups
from alliance_desktop.ui.prompts import Prompts
from alliance_desktop.ui.service_errors import read_or
from alliance_desktop.ui.widgets.authority_picker import AuthorityPicker, authority_text
from alliance_desktop.ui.widgets.country_box import CountryBox, country_label
from alliance_desktop.ui.widgets.date_field import DateField
from alliance_desktop.ui.widgets.form_widgets import EnumBox, NotesEdit


class SignatureDialog(RecordDialog):
    record_word = "signature"

    def __init__(
        self,
        services: Services,
        uid: str | None,
        prompts: Prompts,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, uid, prompts, parent)
        self._record: SignatureRecord | None = None
        self._authority_country = ""
        self._build()
        attach_follow_ups(self, FollowUpTarget.SIGNATURE)
        self.start()
        self._update_title()

    def _build(self) -> None:
        add = self.add_field
        self.box = QGroupBox()
        form = QFormLayout(self.box)
        self.authority = AuthorityPicker(
            lambda text: read_or(
                self, self.prompts, lambda: self.services.authorities.search(text, limit=20), []
            )
        )
        self.authority.authority_changed.connect(self._on_authority_authority_changed)
        add(form, self.authority, "authority_uid")
        self.signer_name = QLineEdit()
        add(form, self.signer_name, "signer_name", required=True)
        self.signer_function = QLineEdit()
        add(form, self.signer_function, "signer_function")
        self.signed_on = DateField(minimum=FIRST_SIGNATURE_DATE)
        add(form, self.signed_on, "signed_on", required=True)
        self.place = QLineEdit()
        add(form, self.place, "place")
        self.language = EnumBox(language_words())
        add(form, self.language, "language")
        self.country = CountryBox()
        add(form, self.country, "country_code")
        self.certificate_no = QLineEdit()
        add(form, self.certificate_no, "certificate_no")
        self.notes = NotesEdit(4)
        add(form, self.notes, "notes")
        self.body.addWidget(self.box)
        self.body.addStretch(1)
        self.retranslate_ui()

        chain: list[QWidget] = [
            self.authority.edit,
            self.authority.find_button,
            self.signer_name,
            self.signer_function,
            self.signed_on.edit,
            self.place,
            self.language,
            self.country,
            self.certificate_no,
            self.notes,
            self.buttons,
        ]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        self.setMinimumWidth(620)
        self.authority.setFocus()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        label = self.set_field_label
        self.box.setTitle(self.tr("Signature of the Declaration"))
        self.authority.setToolTip(
            self.tr(
                "The city or region that signed; leave empty when an elected representative "
                "signed in person"
            )
        )
        label(self.authority, self.tr("&Authority"))
        label(self.signer_name, self.tr("Signed &by"))
        self.signer_function.setPlaceholderText(self.tr("e.g. Mayor"))
        label(self.signer_function, self.tr("&Function"))
        self.signed_on.setToolTip(self.tr("Not before 9 March 2017, the first signatures"))
        label(self.signed_on, self.tr("Signed &on"))
        self.place.setPlaceholderText(self.tr("Town, or the event where it was signed"))
        label(self.place, self.tr("&Place or event"))
        self.language.setToolTip(self.tr("The language version of the Declaration signed"))
        label(self.language, self.tr("&Language version"))
        set_item_texts(self.language, language_words())
        self.country.setToolTip(self.tr("Taken from the authority unless you choose another"))
        label(self.country, self.tr("&Country"))
        self.certificate_no.setPlaceholderText(self.tr("Assigned when saved, e.g. DAG-2018-0042"))
        if self.certificate_no.isReadOnly():
            self.certificate_no.setToolTip(self.tr("Given when the signature was recorded"))
        label(self.certificate_no, self.tr("Cer&tificate no."))
        label(self.notes, self.tr("&Notes"))
        self._update_title()

    def _update_title(self) -> None:
        if self._record is None:
            self.setWindowTitle(self.tr("New signature"))
        else:
            self.setWindowTitle(
                self.tr("Signature {number} — {name}").format(
                    number=self._record.draft.certificate_no,
                    name=(
                        self._record.authority.display_name
                        if self._record.authority is not None
                        else self._record.draft.signer_name
                    ),
                )
            )

    # --- RecordDialog --------------------------------------------------------------------

    def load_record(self, uid: str) -> None:
        record = self.services.signatures.get(uid)
        self._record = record
        draft = record.draft
        self.authority.set_record(record.authority)
        self.signer_name.setText(draft.signer_name)
        self.signer_function.setText(draft.signer_function)
        self.signed_on.set_value(draft.signed_on)
        self.place.setText(draft.place)
        self.language.set_value(draft.language)
        self.country.set_code(draft.country_code)
        self.certificate_no.setText(draft.certificate_no)
        self.notes.setText(draft.notes)
        # The number is on printed certificates: it stays as issued.
        self.certificate_no.setReadOnly(True)
        self.certificate_no.setStyleSheet("QLineEdit { background: palette(window); }")
        self.certificate_no.setToolTip(self.tr("Given when the signature was recorded"))
        self._update_title()

    def draft(self) -> SignatureDraft:
        signed_on = self.signed_on.value()
        assert signed_on is not None
        return SignatureDraft(
            signer_name=self.signer_name.text(),
            signed_on=signed_on,
            authority_uid=self.authority.uid(),
            country_code=self.country.code(),
            signer_function=self.signer_function.text(),
            place=self.place.text(),
            language=self.language.value(Language),
            certificate_no=self.certificate_no.text(),
            notes=self.notes.text(),
        )

    def validate(self, draft: SignatureDraft) -> list[FieldError]:
        cleaned = clean_draft(draft)
        errors = validate_signature(cleaned)
        if cleaned.country_code and cleaned.country_code not in COUNTRIES:
            errors.append(
                FieldError(
                    "country_code",
                    f"“{draft.country_code.strip()}” is not a Council of Europe member state",
                )
            )
        elif not cleaned.country_code and not cleaned.authority_uid and not self.authority.text():
            errors.append(FieldError("country_code", "is required without an authority"))
        return errors

    def save(self, draft: SignatureDraft) -> str | None:
        if draft.authority_uid is None and self.authority.text().strip():
            linked = self._link_typed_authority(draft)
            if linked is None:
                return None
            draft = linked
        signatures = self.services.signatures
        if self._record is None:
            record = signatures.create(draft)
        else:
            record = signatures.update(self._record.uid, self._record.meta.version, draft)
        self._record = record
        return record.uid

    def _link_typed_authority(self, draft: SignatureDraft) -> SignatureDraft | None:
        """The user typed an authority but picked none: offer the ones that match."""
        typed = self.authority.text().strip()
        found = (
            self.services.authorities.find_duplicates(
                AuthorityDraft(name=typed, country_code=draft.country_code or "")
            )
            if draft.country_code
            else []
        )
        matches = [
            self.services.authorities.get(w.uid) for w in found
        ] or self.authority.search_for(typed)
        if matches:
            first = matches[0]
            choice = self.prompts.choose(
                self,
                self.tr("Link the authority?"),
                self.tr("{name} ({country}) already exists. Link this signature to it?").format(
                    name=first.display_name, country=country_label(first.draft.country_code)
                ),
                [
                    self.tr("Link to {authority}").format(authority=authority_text(m))
                    for m in matches[:8]
                ]
                + [self.tr("Save without an authority")],
            )
            if choice is None:
                return None
            if choice < len(matches[:8]):
                self.authority.set_record(matches[choice])
                return dataclasses.replace(draft, authority_uid=matches[choice].uid)
        elif not self.prompts.confirm(
            self,
            self.tr("No such authority"),
            self.tr(
                "No authority in the register is called “{name}”. Save the signature without "
                "an authority? (Add the authority as a member first to link it.)"
            ).format(name=typed),
        ):
            return None
        if not draft.country_code:
            self.show_errors([FieldError("country_code", "is required without an authority")])
            return None
        self.authority.set_record(None)
        return draft

    def _on_authority_authority_changed(self) -> None:
        # The country follows the authority unless the user chose another one.
        record = self.authority.record()
        current = self.country.code()
        if record is not None and (not current or current == self._authority_country):
            self.country.set_code(record.draft.country_code)
        if record is not None:
            self._authority_country = record.draft.country_code
