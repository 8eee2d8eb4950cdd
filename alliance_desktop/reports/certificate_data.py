"""What a certificate says: one signatory's data and the organisation's texts, as plain values."""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, field
from typing import Literal

CertificateLanguage = Literal["en", "fr", "both"]
LANGUAGES: tuple[CertificateLanguage, ...] = ("en", "fr", "both")

DECLARATION_TITLE_EN = (
    "Declaration of Mayors and Elected Local and Regional Representatives of Council of Europe "
    "Member States against anti-Gypsyism"
)
DECLARATION_TITLE_FR = (
    "Déclaration des maires et des élus locaux et régionaux des États membres du Conseil de "
    "l'Europe contre l'antitsiganisme"
)

_NBSP = "\u00a0"

COMMITMENTS_EN = "\n".join(
    (
        "reject all forms of discrimination, violence or incitement to hate speech against Roma;",
        "refuse to display, publish or distribute views that could incite anti-Roma sentiment;",
        "refrain from political alliances with parties that incite racial or ethnic prejudice;",
        "encourage Roma and Travellers to become active in political representation.",
    )
)
# French typography: a no-break space before « ; » so it never starts a line.
COMMITMENTS_FR = "\n".join(
    (
        "rejeter toute forme de discrimination, de violence ou d'incitation au discours de "
        f"haine à l'encontre des Roms{_NBSP};",
        "refuser d'afficher, de publier ou de diffuser des opinions susceptibles d'inciter à "
        f"l'hostilité envers les Roms{_NBSP};",
        "s'abstenir de toute alliance politique avec des partis qui incitent aux préjugés "
        f"raciaux ou ethniques{_NBSP};",
        "encourager les Roms et les Gens du voyage à s'engager activement dans la "
        "représentation politique.",
    )
)


@dataclass(frozen=True, slots=True)
class SignatureBlock:
    """One printed signature: the signing officer's name (may be empty) and title."""

    title_en: str
    title_fr: str
    name: str = ""


def _default_signatures() -> tuple[SignatureBlock, ...]:
    return (
        SignatureBlock("Secretary General of the Congress", "Secrétaire général du Congrès"),
        SignatureBlock("President of the Congress", "Président du Congrès"),
    )


@dataclass(frozen=True, slots=True)
class CertificateTexts:
    """The organisation's certificate settings, the same for every colleague.

    Every field has the default a fresh database starts with (see :func:`default_texts`).
    ``commitments_en`` / ``commitments_fr`` hold one commitment per line. ``logo`` is PNG
    or JPEG bytes printed at the top instead of the ring of stars.
    """

    title_en: str = DECLARATION_TITLE_EN
    title_fr: str = DECLARATION_TITLE_FR
    commitments_en: str = COMMITMENTS_EN
    commitments_fr: str = COMMITMENTS_FR
    signatures: tuple[SignatureBlock, ...] = field(default_factory=_default_signatures)
    logo: bytes | None = None
    organisation_en: str = "Council of Europe"
    organisation_fr: str = "Conseil de l'Europe"
    body_en: str = "Congress of Local and Regional Authorities"
    body_fr: str = "Congrès des pouvoirs locaux et régionaux"
    heading_en: str = "Certificate of Signature"
    heading_fr: str = "Certificat de signature"
    certify_en: str = "This is to certify that"
    certify_fr: str = "Il est certifié que"
    signed_en: str = "has signed the"
    signed_fr: str = "a signé la"
    endorsement_en: str = (
        "endorsed by the Congress of Local and Regional Authorities at its 32nd Session, "
        "on 29 March 2017, and thereby commits to:"
    )
    endorsement_fr: str = (
        "adoptée par le Congrès des pouvoirs locaux et régionaux lors de sa 32e session, "
        f"le 29 mars 2017, et s'engage ainsi à{_NBSP}:"
    )
    place_of_issue: str = "Strasbourg"

    def commitments(self, language: str) -> tuple[str, ...]:
        """The commitments in ``language`` (``"en"`` or ``"fr"``), blank lines dropped."""
        text = self.commitments_fr if language == "fr" else self.commitments_en
        return tuple(line.strip() for line in text.splitlines() if line.strip())


def default_texts() -> CertificateTexts:
    """The texts of the Declaration against anti-Gypsyism (32nd Session, 29 March 2017)."""
    return CertificateTexts()


@dataclass(frozen=True, slots=True)
class CertificateData:
    """One certificate: who signed, where and when, and in which language it is printed.

    ``name`` is the authority's name in its own script; ``name_latin`` is printed beneath it
    when it says something the name does not (``Крагујевац`` / ``Kragujevac``).
    ``country_en`` / ``country_fr`` are the country's names (the caller passes
    ``domain.countries.country_name(code, lang)``). ``issued_on`` is the date this copy is
    issued; ``signed_on`` the date the Declaration was signed.
    """

    certificate_no: str
    name: str
    country_en: str
    country_fr: str
    signed_on: dt.date
    issued_on: dt.date
    language: CertificateLanguage = "en"
    name_latin: str = ""
    signer_name: str = ""
    signer_function: str = ""
    place: str = ""

    def __post_init__(self) -> None:
        language = str(self.language)
        if language not in LANGUAGES:
            raise ValueError(f"certificate language must be en, fr or both, not {language!r}")
        # A Language enum becomes the plain string; names are printed in composed form (NFC)
        # because PDF text has no shaping engine to place combining marks.
        object.__setattr__(self, "language", language)
        for name in ("certificate_no", "name", "name_latin", "country_en", "country_fr"):
            object.__setattr__(self, name, _clean(getattr(self, name)))
        for name in ("signer_name", "signer_function", "place"):
            object.__setattr__(self, name, _clean(getattr(self, name)))


def _clean(value: str | None) -> str:
    """NFC, every line break or tab turned into a space: a certificate line is one line."""
    if not value:
        return ""
    text = unicodedata.normalize("NFC", value)
    return " ".join(text.split())
