"""Organisation settings: the certificate's texts, signers and logo, stored for everyone."""

from __future__ import annotations

import dataclasses
import json

import pytest
from sqlalchemy import select

from alliance_desktop.db.models import AuditEntry, OrgSetting
from alliance_desktop.domain.errors import ValidationError
from alliance_desktop.reports import SignatureBlock, default_texts
from alliance_desktop.services.data_safety.opening import Services
from alliance_desktop.services.org_settings import OrgSettingsService

from .certificate_samples import png_logo


def _settings(services: Services) -> OrgSettingsService:
    return OrgSettingsService(services.db)


def _audit(services: Services) -> list[tuple[str, str, str]]:
    """(entity, user, changes as JSON) of every settings entry in the audit trail."""
    with services.db.read() as session:
        rows = session.scalars(select(AuditEntry).where(AuditEntry.action == "settings"))
        return [(row.entity, row.user, row.changes) for row in rows]


def test_a_fresh_database_prints_the_standard_texts(services: Services) -> None:
    assert _settings(services).certificate_texts() == default_texts()


def test_texts_signers_and_logo_round_trip(services: Services) -> None:
    logo = png_logo()
    texts = dataclasses.replace(
        default_texts(),
        heading_en="Certificate of Signature <b>",
        heading_fr="Certificat de signature & « engagement »",
        commitments_en="first line\nsecond line",
        place_of_issue="Страсбург",
        signatures=(
            SignatureBlock("Secretary General", "Secrétaire général", "Andreas Kiefer"),
            SignatureBlock("President", "Président", "Leendert Verbeek"),
            SignatureBlock(
                "Spokesperson on Roma", "Porte-parole sur les Roms", "Ελένη Παπαδοπούλου"
            ),
        ),
        logo=logo,
    )
    warnings = _settings(services).save_certificate_texts(texts)
    assert warnings == []
    # A second service over the same database (another colleague) reads the same settings.
    assert OrgSettingsService(services.db).certificate_texts() == texts

    [(entity, user, entry_changes)] = _audit(services)
    assert entity == "settings"
    assert user == services.db.user
    changes = {name: (old, new) for name, old, new in json.loads(entry_changes)}
    assert changes["heading_en"] == ("Certificate of Signature", "Certificate of Signature <b>")
    assert "Andreas Kiefer" in changes["signatures"][1]
    assert changes["logo"] == (None, f"picture of {len(logo):,} bytes")  # never the bytes


def test_saving_unchanged_settings_adds_no_audit_entry(services: Services) -> None:
    texts = dataclasses.replace(default_texts(), place_of_issue="Bruxelles")
    _settings(services).save_certificate_texts(texts)
    _settings(services).save_certificate_texts(texts)
    assert len(_audit(services)) == 1


def test_no_signature_blocks_and_removing_the_logo(services: Services) -> None:
    settings = _settings(services)
    settings.save_certificate_texts(
        dataclasses.replace(default_texts(), signatures=(), logo=png_logo())
    )
    settings.save_certificate_texts(dataclasses.replace(default_texts(), signatures=()))
    stored = settings.certificate_texts()
    assert stored.signatures == ()
    assert stored.logo is None


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"logo": b"GIF89a not a picture we print"}, "logo"),
        ({"logo": b"\x89PNG\r\n\x1a\n broken"}, "logo"),
        ({"title_en": "  "}, "title_en"),
        ({"signatures": (SignatureBlock("", "Président"),)}, "signatures"),
        ({"signatures": tuple(SignatureBlock("A", "B") for _ in range(5))}, "signatures"),
    ],
)
def test_settings_that_cannot_print_are_refused(
    services: Services, change: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        _settings(services).save_certificate_texts(dataclasses.replace(default_texts(), **change))
    assert field in {error.field for error in caught.value.errors}
    with services.db.read() as session:
        assert session.scalars(select(OrgSetting)).first() is None
    assert _audit(services) == []


def test_too_long_texts_are_saved_with_a_warning(services: Services) -> None:
    texts = dataclasses.replace(default_texts(), heading_en="Certificate " * 40)
    warnings = _settings(services).save_certificate_texts(texts)
    assert warnings and "too long" in warnings[0]
    assert _settings(services).certificate_texts().heading_en == texts.heading_en


def test_a_damaged_signature_setting_falls_back_to_the_standard_signers(
    services: Services,
) -> None:
    with services.db.write() as session:
        session.add(OrgSetting(key="certificate.signatures", value="{not json"))
    assert _settings(services).certificate_texts().signatures == default_texts().signatures
