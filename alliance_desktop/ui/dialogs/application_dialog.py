"""ApplicationDialog: a request to join the Alliance, its dated status history and decisions."""

from __future__ import annotations

import dataclasses
import itertools

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from alliance_desktop.domain.enums import (
    ApplicationChannel,
    ApplicationStatus,
    AuthorityKind,
    Language,
)
from alliance_desktop.domain.errors import ConflictError, FieldError
from alliance_desktop.domain.follow_ups import FollowUpTarget
from alliance_desktop.domain.records import (
    ApplicationDraft,
    ApplicationRecord,
    AuthorityDraft,
)
from alliance_desktop.domain.validation import clean_draft, validate_application
from alliance_desktop.services.data_safety.opening import Services
from alliance_desktop.ui.actions import application_actions as actions
from alliance_desktop.ui.dialogs.application_status import ActionFunction, StatusBox
from alliance_desktop.ui.dialogs.record_dialog import RecordDialog
from alliance_desktop.ui.enum_words import (
    channel_words,
    kind_words,
    language_words,
    set_item_texts,
)
from alliance_desktop.ui.follow_ups.follow_ups_panel import attach_follow_ups
from alliance_desktop.ui.formatting import date_text
from alliance_desktop.ui.prompts import Prompts
from alliance_desktop.ui.service_errors import read_or
from alliance_desktop.ui.widgets.authority_picker import AuthorityPicker, authority_text
from alliance_desktop.ui.widgets.country_box import CountryBox, country_label
from alliance_desktop.ui.widgets.date_field import DateField
from alliance_desktop.ui.widgets.form_widgets import EnumBox, NotesEdit


class ApplicationDialog(RecordDialog):
    record_word = "application"

    def __init__(
        self,
        services: Services,
        uid: str | None,
        prompts: Prompts,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, uid, prompts, parent)
        self._record: ApplicationRecord | None = None
        self._build()
        attach_follow_ups(self, FollowUpTarget.APPLICATION)
        self.start()
        self._show_status()

    # --- form ----------------------------------------------------------------------------

    def _build(self) -> None:
        add = self.add_field
        columns = QHBoxLayout()
        self.body.addLayout(columns)
        left = QVBoxLayout()
        columns.addLayout(left, 1)

        self.applicant_box = QGroupBox()
        form = applicant_form = QFormLayout(self.applicant_box)
        self.applicant_name = QLineEdit()
        add(form, self.applicant_name, "applicant_name", required=True)
        self.applicant_name_latin = QLineEdit()
        add(form, self.applicant_name_latin, "applicant_name_latin")
        self.applicant_kind = EnumBox(kind_words())
        add(form, self.applicant_kind, "applicant_kind")
        self.country = CountryBox()
        add(form, self.country, "country_code", required=True)
        self.authority = AuthorityPicker(
            lambda text: read_or(
                self, self.prompts, lambda: self.services.authorities.search(text, limit=20), []
            )
        )
        add(form, self.authority, "authority_uid")
        left.addWidget(self.applicant_box)

        self.contact_box = QGroupBox()
        form = contact_form = QFormLayout(self.contact_box)
        self.contact_name = QLineEdit()
        add(form, self.contact_name, "contact_name")
        self.contact_function = QLineEdit()
        add(form, self.contact_function, "contact_function")
        self.contact_email = QLineEdit()
        add(form, self.contact_email, "contact_email")
        self.contact_phone = QLineEdit()
        add(form, self.contact_phone, "contact_phone")
        self.contact_language = EnumBox(language_words())
        add(form, self.contact_language, "contact_language")
        left.addWidget(self.contact_box)

        self.received_box = QGroupBox()
        form = QFormLayout(self.received_box)
        self.channel = EnumBox(channel_words())
        add(form, self.channel, "channel")
        self.received_on = DateField()
        add(form, self.received_on, "received_on", required=True)
        self.commitment_letter = QCheckBox()
        form.addRow("", self.commitment_letter)
        self.notes = NotesEdit(3)
        add(form, self.notes, "notes")
        left.addWidget(self.received_box)
        left.addStretch(1)
        self._forms = (applicant_form, contact_form, form)

        self.status_box = StatusBox(self.run_action)
        self.status_label = self.status_box.status_label
        self.decision_label = self.status_box.decision_label
        self.accept_button = self.status_box.accept_button
        self.decline_button = self.status_box.decline_button
        self.review_button = self.status_box.review_button
        self.information_button = self.status_box.information_button
        self.withdraw_button = self.status_box.withdraw_button
        self.history = self.status_box.history
        self._actions = self.status_box.actions
        columns.addWidget(self.status_box, 1)

        chain: list[QWidget] = [
            self.applicant_name,
            self.applicant_name_latin,
            self.applicant_kind,
            self.country,
            self.authority.edit,
            self.authority.find_button,
            self.contact_name,
            self.contact_function,
            self.contact_email,
            self.contact_phone,
            self.contact_language,
            self.channel,
            self.received_on.edit,
            self.commitment_letter,
            self.notes,
            self.accept_button,
            self.decline_button,
            self.review_button,
            self.information_button,
            self.withdraw_button,
            self.history,
            self.buttons,
        ]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        self.setMinimumWidth(980)
        self.retranslate_ui()
        self.applicant_name.setFocus()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        label = self.set_field_label
        self.applicant_box.setTitle(self.tr("Applicant"))
        self.applicant_name.setToolTip(self.tr("The official name, as the authority writes it"))
        label(self.applicant_name, self.tr("&Name"))
        label(self.applicant_name_latin, self.tr("&Latin-script name"))
        label(self.applicant_kind, self.tr("&Kind"))
        set_item_texts(self.applicant_kind, kind_words())
        label(self.country, self.tr("C&ountry"))
        self.authority.setToolTip(
            self.tr("Link the application to an authority already in the register, if any")
        )
        label(self.authority, self.tr("In the &register"), self.tr("Authority in the register"))
        self.contact_box.setTitle(self.tr("Contact person"))
        label(self.contact_name, self.tr("Na&me"), self.tr("Contact's name"))
        self.contact_function.setPlaceholderText(self.tr("e.g. Deputy Mayor"))
        label(self.contact_function, self.tr("&Function"), self.tr("Contact's function"))
        label(self.contact_email, self.tr("E-ma&il"), self.tr("Contact's e-mail"))
        label(self.contact_phone, self.tr("&Phone"), self.tr("Contact's phone"))
        label(self.contact_language, self.tr("Lan&guage"), self.tr("Contact's language"))
        set_item_texts(self.contact_language, language_words())
        self.received_box.setTitle(self.tr("Application"))
        label(self.channel, self.tr("Re&ceived by"))
        set_item_texts(self.channel, channel_words())
        label(self.received_on, self.tr("Received &on"))
        self.commitment_letter.setText(self.tr("Commitment &letter received"))
        label(self.notes, self.tr("No&tes"))
        self.align_field_labels(*self._forms)
        self._show_status()

    # --- RecordDialog --------------------------------------------------------------------

    def load_record(self, uid: str) -> None:
        record = self.services.applications.get(uid)
        self._record = record
        draft = record.draft
        self.applicant_name.setText(draft.applicant_name)
        self.applicant_name_latin.setText(draft.applicant_name_latin)
        self.applicant_kind.set_value(draft.applicant_kind)
        self.country.set_code(draft.country_code)
        linked = self.services.authorities.get(draft.authority_uid) if draft.authority_uid else None
        self.authority.set_record(linked)
        self.contact_name.setText(draft.contact_name)
        self.contact_function.setText(draft.contact_function)
        self.contact_email.setText(draft.contact_email)
        self.contact_phone.setText(draft.contact_phone)
        self.contact_language.set_value(draft.contact_language)
        self.channel.set_value(draft.channel)
        self.received_on.set_value(draft.received_on)
        self.commitment_letter.setChecked(draft.commitment_letter)
        self.notes.setText(draft.notes)
        self._show_status()

    def draft(self) -> ApplicationDraft:
        received_on = self.received_on.value()
        assert received_on is not None
        return ApplicationDraft(
            applicant_name=self.applicant_name.text(),
            country_code=self.country.code(),
            received_on=received_on,
            channel=self.channel.value(ApplicationChannel),
            applicant_kind=self.applicant_kind.value(AuthorityKind),
            applicant_name_latin=self.applicant_name_latin.text(),
            authority_uid=self.authority.uid(),
            contact_name=self.contact_name.text(),
            contact_function=self.contact_function.text(),
            contact_email=self.contact_email.text(),
            contact_phone=self.contact_phone.text(),
            contact_language=self.contact_language.value(Language),
            commitment_letter=self.commitment_letter.isChecked(),
            notes=self.notes.text(),
        )

    def validate(self, draft: ApplicationDraft) -> list[FieldError]:
        cleaned = clean_draft(draft)
        errors = validate_application(cleaned)
        if not cleaned.contact_name and any(
            (cleaned.contact_function, cleaned.contact_email, cleaned.contact_phone)
        ):
            errors.append(FieldError("contact_name", "is required with contact details"))
        return errors

    def save(self, draft: ApplicationDraft) -> str | None:
        if draft.authority_uid is None and self._name_changed(draft):
            linked = self._offer_link(draft)
            if linked is None:
                return None
            draft = linked
        applications = self.services.applications
        if self._record is None:
            record = applications.create(draft)
        else:
            record = applications.update(self._record.uid, self._record.meta.version, draft)
        self._record = record
        self._show_status()
        return record.uid

    def _name_changed(self, draft: ApplicationDraft) -> bool:
        loaded: ApplicationDraft | None = self._loaded
        if self._record is None or loaded is None:
            return True
        return (loaded.applicant_name, loaded.applicant_name_latin, loaded.country_code) != (
            draft.applicant_name,
            draft.applicant_name_latin,
            draft.country_code,
        )

    def _offer_link(self, draft: ApplicationDraft) -> ApplicationDraft | None:
        """An applicant already in the register: offer to link the application to it."""
        cleaned = clean_draft(draft)
        warnings = self.services.authorities.find_duplicates(
            AuthorityDraft(
                name=cleaned.applicant_name,
                name_latin=cleaned.applicant_name_latin,
                country_code=cleaned.country_code,
            )
        )
        if not warnings:
            return draft
        matches = [self.services.authorities.get(w.uid) for w in warnings]
        first = matches[0]
        # An applicant that is already a member is worth saying so before anything else.
        numbers = {}
        for m in matches:
            member = self.services.members.get_for_authority(m.uid)
            if member is not None:
                numbers[m.uid] = member.participant_no
        if first.uid in numbers:
            text = self.tr(
                "{authority} is already a member of the Alliance (no. {number}). "
                "Link this application to it?"
            ).format(authority=authority_text(first), number=numbers[first.uid])
        else:
            text = self.tr("{authority} is already in the register. Link this application to it?")
            text = text.format(authority=authority_text(first))
        choices = []
        for m in matches:
            if m.uid in numbers:
                choices.append(
                    self.tr("Link to {authority}, member no. {number}").format(
                        authority=authority_text(m), number=numbers[m.uid]
                    )
                )
            else:
                choices.append(self.tr("Link to {authority}").format(authority=authority_text(m)))
        choice = self.prompts.choose(
            self,
            self.tr("Already in the register"),
            text,
            [*choices, self.tr("Save without linking")],
        )
        if choice is None:
            return None
        if choice < len(matches):
            self.authority.set_record(matches[choice])
            return dataclasses.replace(draft, authority_uid=matches[choice].uid)
        return draft

    # --- status and actions --------------------------------------------------------------

    def _show_status(self) -> None:
        record = self._record
        if record is None:
            self.setWindowTitle(self.tr("New application"))
            self.status_box.show_unsaved()
            return
        draft = record.draft
        self.setWindowTitle(
            self.tr("Application — {name} ({country})").format(
                name=draft.applicant_name, country=country_label(draft.country_code)
            )
        )
        accepted = (
            self._accepted_text(record) if record.status is ApplicationStatus.ACCEPTED else ""
        )
        self.status_box.show_record(record, accepted)

    def _accepted_text(self, record: ApplicationRecord) -> str:
        if not record.draft.authority_uid:
            return ""
        member = self.services.members.get_for_authority(record.draft.authority_uid)
        if member is None:
            return ""
        return self.tr("Accepted on {date}: {name} is member no. {number}.").format(
            date=date_text(record.decided_on),
            name=member.authority.display_name,
            number=member.participant_no,
        )

    def run_action(self, function: ActionFunction) -> bool:
        """Run one decision on this application (saving pending edits first); True when done."""
        if self._record is None or self._uid is None:
            return False
        if self.is_changed() and self.save_now() is None:
            return False
        record = self._record
        result = function(
            self,
            self.services,
            self.prompts,
            record.uid,
            record.meta.version,
            on_conflict=self._on_action_conflict,
        )
        if result is None:
            return False
        self.reload()
        self.record_saved.emit(record.uid)
        return True

    def accept_application(self) -> bool:
        return self.run_action(actions.accept_application)

    def decline(self) -> bool:
        return self.run_action(actions.decline_application)

    def request_information(self) -> bool:
        return self.run_action(actions.request_information)

    def withdraw(self) -> bool:
        return self.run_action(actions.withdraw_application)

    def review(self) -> bool:
        return self.run_action(actions.review_application)

    def _on_action_conflict(self, error: ConflictError) -> None:
        self.show_conflict(error)
