"""MemberDialog: an authority's details and its membership of the Alliance, with its focal point."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from alliance_desktop.domain.enums import AuthorityKind, Language, MembershipStatus
from alliance_desktop.domain.errors import FieldError
from alliance_desktop.domain.follow_ups import FollowUpTarget
from alliance_desktop.domain.records import (
    AuthorityDraft,
    DuplicateWarning,
    MembershipDraft,
    MembershipRecord,
    PersonDraft,
)
from alliance_desktop.domain.validation import (
    clean_draft,
    validate_authority,
    validate_membership,
    validate_person,
)
from alliance_desktop.services.data_safety.opening import Services
from alliance_desktop.ui.dialogs.record_dialog import RecordDialog
from alliance_desktop.ui.enum_words import (
    kind_words,
    language_words,
    membership_status_words,
    set_item_texts,
)
from alliance_desktop.ui.follow_ups.follow_ups_panel import attach_follow_ups
from alliance_desktop.ui.prompts import Prompts
from alliance_desktop.ui.widgets.country_box import CountryBox, country_label
from alliance_desktop.ui.widgets.date_field import DateField
from alliance_desktop.ui.widgets.form_widgets import EnumBox, NotesEdit
from alliance_desktop.ui.widgets.number_field import NumberField


@dataclass(frozen=True, slots=True)
class MemberDrafts:
    """What the member dialog holds: the authority, its membership and its focal point."""

    authority: AuthorityDraft
    membership: MembershipDraft
    focal_point: PersonDraft | None


def _prefixed(prefix: str, errors: list[FieldError]) -> list[FieldError]:
    return [FieldError(f"{prefix}.{e.field}", e.message) for e in errors]


class MemberDialog(RecordDialog):
    record_word = "member"

    def __init__(
        self,
        services: Services,
        uid: str | None,
        prompts: Prompts,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, uid, prompts, parent)
        self._record: MembershipRecord | None = None
        self._next_no = services.members.next_participant_no() if uid is None else 0
        self._build()
        attach_follow_ups(self, FollowUpTarget.MEMBER)
        self.start()
        self._update_title()

    # --- form ----------------------------------------------------------------------------

    def _build(self) -> None:
        add = self.add_field
        columns = QHBoxLayout()
        self.body.addLayout(columns)

        self.authority_box = QGroupBox()
        form = authority_form = QFormLayout(self.authority_box)
        self.name = QLineEdit()
        add(form, self.name, "authority.name", required=True)
        self.name_latin = QLineEdit()
        add(form, self.name_latin, "authority.name_latin")
        self.name_en = QLineEdit()
        add(form, self.name_en, "authority.name_en")
        self.name_fr = QLineEdit()
        add(form, self.name_fr, "authority.name_fr")
        self.kind = EnumBox(kind_words())
        add(form, self.kind, "authority.kind")
        self.country = CountryBox()
        add(form, self.country, "authority.country_code", required=True)
        self.population = NumberField()
        add(form, self.population, "authority.population")
        self.roma_population = NumberField()
        add(form, self.roma_population, "authority.roma_population")
        self.roma_population_note = QLineEdit()
        add(form, self.roma_population_note, "authority.roma_population_note")
        self.website = QLineEdit()
        self.website.setPlaceholderText("https://")
        add(form, self.website, "authority.website")
        self.email = QLineEdit()
        add(form, self.email, "authority.email")
        self.phone = QLineEdit()
        add(form, self.phone, "authority.phone")
        self.address = NotesEdit(3)
        add(form, self.address, "authority.address")
        self.authority_notes = NotesEdit(3)
        add(form, self.authority_notes, "authority.notes")
        columns.addWidget(self.authority_box, 3)

        right = QVBoxLayout()
        columns.addLayout(right, 2)
        self.membership_box = QGroupBox()
        form = membership_form = QFormLayout(self.membership_box)
        self.participant_no = QSpinBox()
        self.participant_no.setRange(1, 999_999)
        add(form, self.participant_no, "membership.participant_no")
        self.joined_on = DateField()
        add(form, self.joined_on, "membership.joined_on", required=True)
        self.status = EnumBox(membership_status_words())
        add(form, self.status, "membership.status")
        self.left_on = DateField(optional=True)
        add(form, self.left_on, "membership.left_on")
        self.membership_notes = NotesEdit(3)
        add(form, self.membership_notes, "membership.notes")
        right.addWidget(self.membership_box)

        self.focal_box = QGroupBox()
        form = QFormLayout(self.focal_box)
        self.focal_name = QLineEdit()
        add(form, self.focal_name, "focal.name")
        self.focal_function = QLineEdit()
        add(form, self.focal_function, "focal.function")
        self.focal_email = QLineEdit()
        add(form, self.focal_email, "focal.email")
        self.focal_phone = QLineEdit()
        add(form, self.focal_phone, "focal.phone")
        self.focal_language = EnumBox(language_words())
        add(form, self.focal_language, "focal.language")
        right.addWidget(self.focal_box)
        right.addStretch(1)
        self._forms = (authority_form, membership_form, form)
        self.retranslate_ui()

        chain: list[QWidget] = [
            self.name,
            self.name_latin,
            self.name_en,
            self.name_fr,
            self.kind,
            self.country,
            self.population,
            self.roma_population,
            self.roma_population_note,
            self.website,
            self.email,
            self.phone,
            self.address,
            self.authority_notes,
            self.participant_no,
            self.joined_on.edit,
            self.status,
            self.left_on.edit,
            self.membership_notes,
            self.focal_name,
            self.focal_function,
            self.focal_email,
            self.focal_phone,
            self.focal_language,
            self.buttons,
        ]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        if self.left_on.clear_button is not None:
            QWidget.setTabOrder(self.left_on.edit, self.left_on.clear_button)
            QWidget.setTabOrder(self.left_on.clear_button, self.membership_notes)
        self.name.setFocus()
        self.resize(self.sizeHint().expandedTo(self.minimumSizeHint()))

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        label = self.set_field_label
        self.authority_box.setTitle(self.tr("Authority"))
        self.name.setToolTip(self.tr("The official name, as the authority writes it"))
        label(self.name, self.tr("&Name"))
        self.name_latin.setToolTip(
            self.tr("The name in Latin letters when the official name is in another script")
        )
        label(self.name_latin, self.tr("&Latin-script name"))
        label(self.name_en, self.tr("Name in &English"))
        label(self.name_fr, self.tr("Name in &French"))
        label(self.kind, self.tr("&Kind"))
        set_item_texts(self.kind, kind_words())
        label(self.country, self.tr("C&ountry"))
        label(self.population, self.tr("&Population"))
        self.roma_population.setToolTip(self.tr("Estimated number of Roma and Travellers"))
        label(self.roma_population, self.tr("&Roma population"))
        self.roma_population_note.setPlaceholderText(self.tr("Source or year of the estimate"))
        label(self.roma_population_note, self.tr("Roma population note"))
        label(self.website, self.tr("&Website"))
        label(self.email, self.tr("E-&mail"))
        label(self.phone, self.tr("P&hone"))
        label(self.address, self.tr("A&ddress"))
        label(self.authority_notes, self.tr("Notes"), self.tr("Notes on the authority"))
        self.membership_box.setTitle(self.tr("Membership"))
        self.participant_no.setToolTip(
            self.tr("Numbers are given in order; a deleted member's number is never given again")
        )
        label(self.participant_no, self.tr("Participant n&o."))
        label(self.joined_on, self.tr("&Joined on"))
        label(self.status, self.tr("&Status"))
        set_item_texts(self.status, membership_status_words())
        label(self.left_on, self.tr("Le&ft on"))
        label(self.membership_notes, self.tr("Notes"), self.tr("Notes on the membership"))
        self.focal_box.setTitle(self.tr("Focal point"))
        label(self.focal_name, self.tr("Name"), self.tr("Focal point's name"))
        self.focal_function.setPlaceholderText(self.tr("e.g. Adviser on Roma inclusion"))
        label(self.focal_function, self.tr("Function"), self.tr("Focal point's function"))
        label(self.focal_email, self.tr("E-mail"), self.tr("Focal point's e-mail"))
        label(self.focal_phone, self.tr("Phone"), self.tr("Focal point's phone"))
        label(self.focal_language, self.tr("Language"), self.tr("Focal point's language"))
        set_item_texts(self.focal_language, language_words())
        # The two columns line up their own labels (the right one holds two forms).
        self.align_field_labels(self._forms[1], self._forms[2])
        self._update_title()

    def _update_title(self) -> None:
        if self._record is None:
            self.setWindowTitle(self.tr("New member"))
        else:
            self.setWindowTitle(
                self.tr("Member no. {number} — {name}").format(
                    number=self._record.participant_no, name=self._record.authority.display_name
                )
            )

    # --- RecordDialog --------------------------------------------------------------------

    def load_record(self, uid: str) -> None:
        record = self.services.members.get(uid)
        self._record = record
        authority = record.authority.draft
        self.name.setText(authority.name)
        self.name_latin.setText(authority.name_latin)
        self.name_en.setText(authority.name_en)
        self.name_fr.setText(authority.name_fr)
        self.kind.set_value(authority.kind)
        self.country.set_code(authority.country_code)
        self.population.set_value(authority.population)
        self.roma_population.set_value(authority.roma_population)
        self.roma_population_note.setText(authority.roma_population_note)
        self.website.setText(authority.website)
        self.email.setText(authority.email)
        self.phone.setText(authority.phone)
        self.address.setText(authority.address)
        self.authority_notes.setText(authority.notes)
        membership = record.draft
        self.participant_no.setValue(record.participant_no)
        self.joined_on.set_value(membership.joined_on)
        self.status.set_value(membership.status)
        self.left_on.set_value(membership.left_on)
        self.membership_notes.setText(membership.notes)
        person = record.focal_point.draft if record.focal_point is not None else None
        self.focal_name.setText(person.name if person else "")
        self.focal_function.setText(person.function if person else "")
        self.focal_email.setText(person.email if person else "")
        self.focal_phone.setText(person.phone if person else "")
        self.focal_language.set_value(person.language if person else Language.EN)
        self._update_title()

    def mark_loaded(self) -> None:
        if self._record is None and self._next_no:
            self.participant_no.setValue(self._next_no)
        super().mark_loaded()

    def draft(self) -> MemberDrafts:
        record = self._record
        authority_uid = record.authority.uid if record is not None else ""
        authority = AuthorityDraft(
            name=self.name.text(),
            country_code=self.country.code(),
            kind=self.kind.value(AuthorityKind),
            name_latin=self.name_latin.text(),
            name_en=self.name_en.text(),
            name_fr=self.name_fr.text(),
            population=self.population.value(),
            roma_population=self.roma_population.value(),
            roma_population_note=self.roma_population_note.text(),
            website=self.website.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            address=self.address.text(),
            notes=self.authority_notes.text(),
        )
        number: int | None = self.participant_no.value()
        if record is None and number == self._next_no:
            number = None  # the next free number when saved, should someone else take this one
        membership = MembershipDraft(
            authority_uid=authority_uid,
            joined_on=self.joined_on.value() or dt.date.today(),
            participant_no=number,
            status=self.status.value(MembershipStatus),
            left_on=self.left_on.value(),
            focal_point_uid=(
                record.focal_point.uid if record is not None and record.focal_point else None
            ),
            notes=self.membership_notes.text(),
        )
        focal: PersonDraft | None = None
        texts = (
            self.focal_name.text(),
            self.focal_function.text(),
            self.focal_email.text(),
            self.focal_phone.text(),
        )
        if any(t.strip() for t in texts):
            stored = record.focal_point if record is not None else None
            focal = PersonDraft(
                name=texts[0],
                function=texts[1],
                email=texts[2],
                phone=texts[3],
                language=self.focal_language.value(Language),
                authority_uid=authority_uid or None,
                # Not on this form: kept as stored rather than wiped by a save.
                notes=stored.draft.notes if stored is not None else "",
            )
        return MemberDrafts(authority, membership, focal)

    def validate(self, draft: MemberDrafts) -> list[FieldError]:
        errors = _prefixed("authority", validate_authority(clean_draft(draft.authority)))
        errors += _prefixed("membership", validate_membership(clean_draft(draft.membership)))
        if draft.focal_point is not None:
            errors += _prefixed("focal", validate_person(clean_draft(draft.focal_point)))
        return errors

    def save(self, draft: MemberDrafts) -> str | None:
        if self._record is None:
            return self._save_new(draft)
        return self._save_changes(self._record, draft)

    def history_uids(self) -> tuple[str, ...]:
        # The authority's details are edited here too: its changes belong to this history.
        if self._record is None:
            return ()
        return (self._record.uid, self._record.authority.uid)

    # --- saving --------------------------------------------------------------------------

    def _duplicate_text(self, warning: DuplicateWarning) -> str:
        return self.tr("{name} ({country}) already exists.").format(
            name=warning.name, country=country_label(warning.country_code)
        )

    def _save_new(self, draft: MemberDrafts) -> str | None:
        members = self.services.members
        warnings = self.services.authorities.find_duplicates(draft.authority)
        authority: AuthorityDraft | str = draft.authority
        if warnings:
            warning = warnings[0]
            existing = members.get_for_authority(warning.uid)
            if existing is not None:
                first = self.tr("Open member no. {number}, {name}").format(
                    number=existing.participant_no, name=warning.name
                )
            else:
                first = self.tr("Make the existing {name} a member (keeping its stored details)")
                first = first.format(name=warning.name)
            choice = self.prompts.choose(
                self,
                self.tr("Possible duplicate"),
                self._duplicate_text(warning),
                [first, self.tr("Save as a new authority anyway")],
            )
            if choice is None:
                return None
            if choice == 0 and existing is not None:
                self.open_member(existing.uid)
                return None
            if choice == 0:
                authority = warning.uid
        # One transaction: the authority, the membership and the focal point, or nothing.
        record, _warnings = members.create(
            authority, draft.membership, focal_point=draft.focal_point
        )
        self._record = record
        return record.uid

    def _save_changes(self, record: MembershipRecord, draft: MemberDrafts) -> str | None:
        loaded: MemberDrafts = self._loaded
        before, after = loaded.authority, draft.authority
        if (before.name, before.name_latin, before.country_code) != (
            after.name,
            after.name_latin,
            after.country_code,
        ):
            warnings = self.services.authorities.find_duplicates(
                after, exclude_uid=record.authority.uid
            )
            if warnings and not self.prompts.confirm(
                self,
                self.tr("Possible duplicate"),
                self._duplicate_text(warnings[0]) + " " + self.tr("Save this one anyway?"),
            ):
                return None
        focal = record.focal_point
        membership = draft.membership
        focal_draft = None
        if draft.focal_point is None:
            membership = dataclasses.replace(membership, focal_point_uid=None)
        elif focal is None or draft.focal_point != loaded.focal_point:
            focal_draft = draft.focal_point  # created, or the focal point updated
        # One transaction: a conflict on any part (member, authority, focal point) saves nothing.
        saved = self.services.members.update(
            record.uid,
            record.meta.version,
            membership,
            authority=draft.authority,
            authority_version=record.authority.meta.version,
            focal_point=focal_draft,
            focal_point_version=focal.meta.version if focal is not None else None,
        )
        self._record = saved
        return saved.uid

    def open_member(self, uid: str) -> None:
        """Show another member in this dialog (the user chose to open an existing one)."""
        self._uid = uid
        self.clear_errors()
        self.start()
        self._update_title()
