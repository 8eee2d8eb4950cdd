"""Organisation settings kept in the database: the certificate's texts, signers and logo.

They live in the database rather than in each user's preferences so that every colleague
prints the same certificate. One row of ``org_setting`` per text field
(``certificate.title_en``…), the signature blocks as JSON in ``certificate.signatures`` and
the logo's bytes in the ``blob`` of ``certificate.logo``. A key that is missing reads as its
default, so a fresh database prints the Declaration's standard certificate.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from alliance_desktop import reports  # check_texts loads ReportLab: when texts are checked
from alliance_desktop.db.models import OrgSetting
from alliance_desktop.domain.enums import AuditAction
from alliance_desktop.domain.errors import FieldError, ValidationError
from alliance_desktop.domain.messages import msg
from alliance_desktop.reports import CertificateTexts, SignatureBlock, default_texts
from alliance_desktop.services.base import Service, audit, now

PREFIX = "certificate."
SIGNATURES_KEY = PREFIX + "signatures"
LOGO_KEY = PREFIX + "logo"
SETTINGS_ENTITY = "settings"
SETTINGS_UID = "certificate"

MAX_SIGNATURES = 4
"""The page has room for four signature blocks side by side."""
MAX_LOGO_BYTES = 5 * 1024 * 1024
MAX_TEXT_CHARS = 5000

TEXT_FIELDS: tuple[str, ...] = tuple(
    f.name for f in dataclasses.fields(CertificateTexts) if f.name not in ("signatures", "logo")
)
REQUIRED_FIELDS = ("title_en", "title_fr", "heading_en", "heading_fr")


def certificate_texts_in(session: Session) -> CertificateTexts:
    """The organisation's certificate settings, defaults for whatever was never saved."""
    rows = {
        row.key: row
        for row in session.scalars(select(OrgSetting).where(OrgSetting.key.startswith(PREFIX)))
    }
    values: dict[str, Any] = {}
    for name in TEXT_FIELDS:
        row = rows.get(PREFIX + name)
        if row is not None:
            values[name] = row.value
    signatures = rows.get(SIGNATURES_KEY)
    if signatures is not None:
        values["signatures"] = _signatures_from_json(signatures.value)
    logo = rows.get(LOGO_KEY)
    if logo is not None:
        values["logo"] = logo.blob or None
    return dataclasses.replace(default_texts(), **values)


def _signatures_from_json(text: str) -> tuple[SignatureBlock, ...]:
    try:
        items = json.loads(text)
        return tuple(
            SignatureBlock(
                title_en=str(item.get("title_en", "")),
                title_fr=str(item.get("title_fr", "")),
                name=str(item.get("name", "")),
            )
            for item in items
        )[:MAX_SIGNATURES]
    except (ValueError, TypeError, AttributeError):
        # A hand-edited or damaged value must not stop anyone printing.
        return default_texts().signatures


def _signatures_to_json(blocks: tuple[SignatureBlock, ...]) -> str:
    return json.dumps(
        [{"title_en": b.title_en, "title_fr": b.title_fr, "name": b.name} for b in blocks],
        ensure_ascii=False,
    )


def _signatures_label(blocks: tuple[SignatureBlock, ...]) -> str:
    return "; ".join(
        ", ".join(part for part in (b.name, b.title_en, b.title_fr) if part) for b in blocks
    )


def _logo_label(logo: bytes | None) -> str | None:
    """What the audit trail says about a logo: its size, never its bytes."""
    if not logo:
        return None
    return f"picture of {len(logo):,} bytes"


def validate_certificate_texts(texts: CertificateTexts) -> None:
    """Refuse settings that cannot print: missing titles, too many signers, a bad logo."""
    errors: list[FieldError] = []
    for name in REQUIRED_FIELDS:
        if not str(getattr(texts, name)).strip():
            errors.append(FieldError(name, msg("This text is required.")))
    for name in TEXT_FIELDS:
        if len(str(getattr(texts, name))) > MAX_TEXT_CHARS:
            errors.append(FieldError(name, msg("At most {n} characters.", n=MAX_TEXT_CHARS)))
    if len(texts.signatures) > MAX_SIGNATURES:
        errors.append(
            FieldError(
                "signatures",
                msg("At most {n} people can sign a certificate.", n=MAX_SIGNATURES),
            )
        )
    for index, block in enumerate(texts.signatures, start=1):
        if not block.title_en.strip() or not block.title_fr.strip():
            errors.append(
                FieldError(
                    "signatures",
                    msg(
                        "Signature {index}: give the title in English and in French.",
                        index=index,
                    ),
                )
            )
    if texts.logo:
        if len(texts.logo) > MAX_LOGO_BYTES:
            errors.append(
                FieldError("logo", msg("The logo is larger than 5 MB; use a smaller file."))
            )
        else:
            # With the standard texts, the only thing check_texts can object to is the logo.
            problems = reports.check_texts(dataclasses.replace(default_texts(), logo=texts.logo))
            if problems:
                errors.append(FieldError("logo", problems[0]))
    if errors:
        raise ValidationError(errors)


def text_problems(texts: CertificateTexts) -> list[str]:
    """What would not print well with ``texts`` (too long for its place), in plain words."""
    return reports.check_texts(texts)


class OrgSettingsService(Service):
    """Organisation-wide settings; every save is one transaction with its audit entry."""

    def certificate_texts(self) -> CertificateTexts:
        with self.db.read() as session:
            return certificate_texts_in(session)

    def save_certificate_texts(self, texts: CertificateTexts) -> list[str]:
        """Store ``texts`` (with its signature blocks and logo) for everyone.

        Raises ValidationError for settings that cannot print. Returns what would not print
        well (a text too long for its place), for the settings dialog to show.
        """
        validate_certificate_texts(texts)
        with self.db.write() as session:
            old = certificate_texts_in(session)
            rows = {
                row.key: row
                for row in session.scalars(
                    select(OrgSetting).where(OrgSetting.key.startswith(PREFIX))
                )
            }
            changes: list[tuple[str, Any, Any]] = []
            stamp = now()

            def put(key: str, value: str, blob: bytes | None = None) -> None:
                row = rows.get(key)
                if row is None:
                    row = OrgSetting(key=key)
                    session.add(row)
                row.value = value
                row.blob = blob
                row.updated_at = stamp
                row.updated_by = self.user

            for name in TEXT_FIELDS:
                before, after = getattr(old, name), getattr(texts, name)
                if before != after or PREFIX + name not in rows:
                    put(PREFIX + name, after)
                if before != after:
                    changes.append((name, before, after))
            if old.signatures != texts.signatures or SIGNATURES_KEY not in rows:
                put(SIGNATURES_KEY, _signatures_to_json(texts.signatures))
            if old.signatures != texts.signatures:
                changes.append(
                    (
                        "signatures",
                        _signatures_label(old.signatures),
                        _signatures_label(texts.signatures),
                    )
                )
            if old.logo != texts.logo or LOGO_KEY not in rows:
                put(LOGO_KEY, "", texts.logo or None)
            if old.logo != texts.logo:
                changes.append(("logo", _logo_label(old.logo), _logo_label(texts.logo)))
            if changes:
                audit(
                    session,
                    self.user,
                    AuditAction.SETTINGS,
                    SETTINGS_ENTITY,
                    SETTINGS_UID,
                    "Certificate settings",
                    changes,
                )
        return reports.check_texts(texts)

    def reset_certificate_texts(self) -> list[str]:
        """Back to the Declaration's standard texts and signers, without a logo."""
        return self.save_certificate_texts(default_texts())
