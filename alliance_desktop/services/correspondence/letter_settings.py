"""The organisation's letter settings: letterhead, sender, signatory and signature picture.

Kept in ``org_setting`` under ``letters.*`` (the signature picture in the ``blob`` of
``letters.signature``), like the certificate's settings, so every colleague's letters carry
the same head and signatory. A key never saved reads as its default.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from email.headerregistry import Address
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from alliance_desktop.db.models import OrgSetting
from alliance_desktop.domain.enums import AuditAction
from alliance_desktop.domain.errors import FieldError, ValidationError
from alliance_desktop.domain.messages import msg
from alliance_desktop.services.base import Service, audit, now
from alliance_desktop.services.org_settings import certificate_texts_in

PREFIX = "letters."
SIGNATURE_KEY = PREFIX + "signature"
MAX_PICTURE_BYTES = 2 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class LetterSettings:
    letterhead_en: str = (
        "Congress of Local and Regional Authorities\nCouncil of Europe\n"
        "Alliance of European Cities and Regions for the Inclusion of Roma and Travellers\n"
        "F-67075 Strasbourg Cedex"
    )
    letterhead_fr: str = (
        "Congrès des pouvoirs locaux et régionaux\nConseil de l'Europe\n"
        "Alliance européenne des villes et des régions pour l'inclusion des Roms et des "
        "Gens du voyage\nF-67075 Strasbourg Cedex"
    )
    # In French, the language of the post office that takes the letter back.
    return_address: str = "Conseil de l'Europe · Congrès · F-67075 Strasbourg Cedex"
    place: str = "Strasbourg"
    signatory_name: str = ""
    signatory_title_en: str = "Secretariat of the Congress"
    signatory_title_fr: str = "Secrétariat du Congrès"
    sender_name: str = "Alliance for the Inclusion of Roma and Travellers"
    sender_email: str = "alliance@example.org"
    signature: bytes | None = None


TEXT_FIELDS = tuple(f.name for f in dataclasses.fields(LetterSettings) if f.name != "signature")


def letter_settings_in(session: Session) -> LetterSettings:
    rows = {
        row.key: row
        for row in session.scalars(select(OrgSetting).where(OrgSetting.key.startswith(PREFIX)))
    }
    values: dict[str, Any] = {}
    for name in TEXT_FIELDS:
        if PREFIX + name in rows:
            values[name] = rows[PREFIX + name].value
    if SIGNATURE_KEY in rows:
        values["signature"] = rows[SIGNATURE_KEY].blob or None
    return dataclasses.replace(LetterSettings(), **values)


def letterhead_in(session: Session, language: str) -> Letterhead:
    """What the letters of one language carry: head lines, sender, signatory, pictures."""
    from alliance_desktop.reports.letter_pdf import Letterhead  # ReportLab: on first use

    settings = letter_settings_in(session)
    head = settings.letterhead_fr if language == "fr" else settings.letterhead_en
    return Letterhead(
        organisation=tuple(line for line in head.splitlines() if line.strip()),
        return_address=settings.return_address,
        place=settings.place,
        signatory_name=settings.signatory_name,
        signatory_title=(
            settings.signatory_title_fr if language == "fr" else settings.signatory_title_en
        ),
        logo=certificate_texts_in(session).logo,
        signature=settings.signature,
    )


def validate_letter_settings(settings: LetterSettings) -> None:
    errors: list[FieldError] = []
    try:
        Address(addr_spec=settings.sender_email.strip())
        if "@" not in settings.sender_email:
            raise ValueError
    except (ValueError, IndexError):
        errors.append(FieldError("sender_email", msg("This is not a valid e-mail address.")))
    if settings.signature:
        if len(settings.signature) > MAX_PICTURE_BYTES:
            errors.append(FieldError("signature", msg("The picture is larger than 2 MB.")))
        elif not settings.signature.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")):
            errors.append(FieldError("signature", msg("The picture must be a PNG or JPEG file.")))
    if errors:
        raise ValidationError(errors)


if TYPE_CHECKING:
    from alliance_desktop.reports.letter_pdf import Letterhead


class LetterSettingsService(Service):
    def settings(self) -> LetterSettings:
        with self.db.read() as session:
            return letter_settings_in(session)

    def save(self, settings: LetterSettings) -> None:
        validate_letter_settings(settings)
        with self.db.write() as session:
            old = letter_settings_in(session)
            rows = {
                row.key: row
                for row in session.scalars(
                    select(OrgSetting).where(OrgSetting.key.startswith(PREFIX))
                )
            }
            changes: list[tuple[str, Any, Any]] = []

            def put(key: str, value: str, blob: bytes | None = None) -> None:
                row = rows.get(key)
                if row is None:
                    row = OrgSetting(key=key)
                    session.add(row)
                row.value, row.blob = value, blob
                row.updated_at, row.updated_by = now(), self.user

            for name in TEXT_FIELDS:
                before, after = getattr(old, name), getattr(settings, name)
                if before != after or PREFIX + name not in rows:
                    put(PREFIX + name, after)
                if before != after:
                    changes.append((name, before, after))
            if old.signature != settings.signature or SIGNATURE_KEY not in rows:
                put(SIGNATURE_KEY, "", settings.signature or None)
            if old.signature != settings.signature:
                size = len(settings.signature or b"")
                changes.append(("signature", None, f"picture of {size:,} bytes" if size else None))
            if changes:
                audit(
                    session,
                    self.user,
                    AuditAction.SETTINGS,
                    "settings",
                    "letters",
                    "Letter settings",
                    changes,
                )
