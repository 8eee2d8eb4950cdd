"""Column specifications of the three lists and the matching of a file's headers to them."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from alliance_desktop.domain.enums import (
    ApplicationChannel,
    ApplicationStatus,
    AuthorityKind,
    Language,
    MembershipStatus,
)
from alliance_desktop.exchange.labels import ListKind


class ColumnKind(StrEnum):
    TEXT = "text"
    INT = "int"
    DATE = "date"
    BOOL = "bool"
    ENUM = "enum"
    COUNTRY = "country"  # ISO alpha-2, read through domain.countries.parse_country
    UID = "uid"  # a record's UUID, written in canonical lower-case form


@dataclass(frozen=True, slots=True)
class ColumnSpec:
    """One column: ``key`` is the record field and the lower-case header of CSV/XLSX files."""

    key: str
    title_en: str
    title_fr: str
    kind: ColumnKind = ColumnKind.TEXT
    required: bool = False
    enum: type[StrEnum] | None = None
    multiline: bool = False  # keeps line breaks (address, notes)
    aliases: tuple[str, ...] = ()  # other headers people write for this column
    latin_key: str | None = None  # PDF lists show "name (latin name)" from this field
    fixed_width: bool = False  # PDF lists: a code (certificate no.), as wide as it needs

    def title(self, language: Language | str = Language.EN) -> str:
        return self.title_fr if Language(language) is Language.FR else self.title_en


def _c(
    key: str, en: str, fr: str, kind: ColumnKind = ColumnKind.TEXT, **extra: object
) -> ColumnSpec:
    return ColumnSpec(key, en, fr, kind, **extra)  # type: ignore[arg-type]


_TEXT, _INT, _DATE, _BOOL = ColumnKind.TEXT, ColumnKind.INT, ColumnKind.DATE, ColumnKind.BOOL
_ENUM, _COUNTRY, _UID = ColumnKind.ENUM, ColumnKind.COUNTRY, ColumnKind.UID

_COUNTRY_ALIASES = ("country", "pays", "country name", "iso code")
_AUTHORITY_UID_ALIASES = ("Identifiant de l'autorité",)

# --- CSV/XLSX columns: every field an import needs, in the order a reader expects ---------

MEMBER_COLUMNS: tuple[ColumnSpec, ...] = (
    _c("participant_no", "Participant no.", "N° de participant", _INT, aliases=("no", "number")),
    _c("name", "Name", "Nom", required=True),
    _c("name_latin", "Name (Latin script)", "Nom (alphabet latin)"),
    _c("name_en", "Name in English", "Nom en anglais"),
    _c("name_fr", "Name in French", "Nom en français"),
    _c("country_code", "Country", "Pays", _COUNTRY, required=True, aliases=_COUNTRY_ALIASES),
    _c("kind", "Kind", "Type", _ENUM, enum=AuthorityKind),
    _c("joined_on", "Joined on", "Date d'adhésion", _DATE, required=True, aliases=("Adhésion le",)),
    _c("status", "Status", "Statut", _ENUM, enum=MembershipStatus),
    _c("left_on", "Left on", "Date de retrait", _DATE, aliases=("Départ le", "Date de départ")),
    _c("focal_point", "Focal point", "Point focal", aliases=("Point de contact",)),
    _c("population", "Population", "Population", _INT),
    _c("roma_population", "Roma population", "Population rom", _INT),
    _c("roma_population_note", "Roma population note", "Note sur la population rom"),
    _c("website", "Website", "Site web"),
    _c("email", "E-mail", "Courriel"),
    _c("phone", "Phone", "Téléphone"),
    _c("address", "Address", "Adresse", multiline=True),
    _c("notes", "Notes", "Notes", multiline=True),
    _c("membership_notes", "Membership notes", "Notes sur l'adhésion", multiline=True),
    _c("uid", "Membership ID", "Identifiant de l'adhésion", _UID),
    _c(
        "authority_uid",
        "Authority ID",
        "Identifiant de la collectivité",
        _UID,
        aliases=_AUTHORITY_UID_ALIASES,
    ),
)

SIGNATORY_COLUMNS: tuple[ColumnSpec, ...] = (
    _c("certificate_no", "Certificate no.", "N° de certificat"),
    _c("name", "Authority", "Collectivité", aliases=("Autorité",)),
    _c(
        "name_latin",
        "Authority (Latin script)",
        "Collectivité (alphabet latin)",
        aliases=("Autorité (alphabet latin)",),
    ),
    _c("country_code", "Country", "Pays", _COUNTRY, aliases=_COUNTRY_ALIASES),
    _c("signer_name", "Signed by", "Signé par", required=True),
    _c("signer_function", "Function", "Fonction"),
    _c("signed_on", "Signed on", "Signé le", _DATE, required=True),
    _c("place", "Place or event", "Lieu ou événement"),
    _c("language", "Language", "Langue", _ENUM, enum=Language),
    _c("notes", "Notes", "Notes", multiline=True),
    _c("uid", "Signature ID", "Identifiant de la signature", _UID),
    _c(
        "authority_uid",
        "Authority ID",
        "Identifiant de la collectivité",
        _UID,
        aliases=_AUTHORITY_UID_ALIASES,
    ),
)

APPLICATION_COLUMNS: tuple[ColumnSpec, ...] = (
    # An applicant is an authority: files listing authorities name it as members files do.
    _c("applicant_name", "Applicant", "Candidat", required=True, aliases=("name",)),
    _c(
        "applicant_name_latin",
        "Applicant (Latin script)",
        "Candidat (alphabet latin)",
        aliases=("name_latin", "Name (Latin script)"),
    ),
    _c("applicant_kind", "Kind", "Type", _ENUM, enum=AuthorityKind),
    _c("country_code", "Country", "Pays", _COUNTRY, required=True, aliases=_COUNTRY_ALIASES),
    _c("channel", "Channel", "Canal", _ENUM, enum=ApplicationChannel),
    _c("received_on", "Received on", "Reçue le", _DATE, required=True),
    _c("status", "Status", "Statut", _ENUM, enum=ApplicationStatus),
    _c("decided_on", "Decided on", "Décidée le", _DATE),
    _c("decision_note", "Decision note", "Note de décision", multiline=True),
    _c("contact_name", "Contact", "Contact"),
    _c("contact_function", "Contact's function", "Fonction du contact"),
    _c("contact_email", "Contact's e-mail", "Courriel du contact"),
    _c("contact_phone", "Contact's phone", "Téléphone du contact"),
    _c("contact_language", "Contact's language", "Langue du contact", _ENUM, enum=Language),
    _c("commitment_letter", "Commitment letter", "Lettre d'engagement", _BOOL),
    _c("notes", "Notes", "Notes", multiline=True),
    _c("uid", "Application ID", "Identifiant de la candidature", _UID),
    _c(
        "authority_uid",
        "Authority ID",
        "Identifiant de la collectivité",
        _UID,
        aliases=_AUTHORITY_UID_ALIASES,
    ),
)

# --- PDF list columns: what fits on paper; the country is the group heading ---------------

MEMBER_PDF_COLUMNS: tuple[ColumnSpec, ...] = (
    _c("participant_no", "No.", "N°", _INT),
    _c("name", "Name", "Nom", latin_key="name_latin"),
    _c("kind", "Kind", "Type", _ENUM, enum=AuthorityKind),
    _c("joined_on", "Joined on", "Adhésion", _DATE),
    _c("status", "Status", "Statut", _ENUM, enum=MembershipStatus),
)

SIGNATORY_PDF_COLUMNS: tuple[ColumnSpec, ...] = (
    _c("name", "Authority", "Collectivité", latin_key="name_latin"),
    _c("signer_name", "Signed by", "Signé par"),
    _c("signer_function", "Function", "Fonction"),
    _c("signed_on", "Signed on", "Signé le", _DATE),
    _c("place", "Place or event", "Lieu ou événement"),
    _c("certificate_no", "Certificate", "Certificat", fixed_width=True),
)

APPLICATION_PDF_COLUMNS: tuple[ColumnSpec, ...] = (
    _c("applicant_name", "Applicant", "Candidat", latin_key="applicant_name_latin"),
    _c("applicant_kind", "Kind", "Type", _ENUM, enum=AuthorityKind),
    _c("channel", "Channel", "Canal", _ENUM, enum=ApplicationChannel),
    _c("received_on", "Received on", "Reçue le", _DATE),
    _c("status", "Status", "Statut", _ENUM, enum=ApplicationStatus),
    _c("contact_name", "Contact", "Contact"),
)

COLUMNS: dict[ListKind, tuple[ColumnSpec, ...]] = {
    ListKind.MEMBERS: MEMBER_COLUMNS,
    ListKind.SIGNATORIES: SIGNATORY_COLUMNS,
    ListKind.APPLICATIONS: APPLICATION_COLUMNS,
}

PDF_COLUMNS: dict[ListKind, tuple[ColumnSpec, ...]] = {
    ListKind.MEMBERS: MEMBER_PDF_COLUMNS,
    ListKind.SIGNATORIES: SIGNATORY_PDF_COLUMNS,
    ListKind.APPLICATIONS: APPLICATION_PDF_COLUMNS,
}

# --- Header matching ----------------------------------------------------------------------

_HEADER_DROP_RE = re.compile(r"[\s_\-.’'()°]+")


def header_key(header: str) -> str:
    """What a header is compared by: ``"Country Code"``, ``country_code``, ``COUNTRYCODE`` agree,
    and so do ``Date d'adhésion`` and ``date_d_adhesion`` (case, spaces, underscores, accents)."""
    text = unicodedata.normalize("NFKD", header).replace("\ufeff", "").casefold()
    text = "".join(char for char in text if not unicodedata.combining(char))
    return _HEADER_DROP_RE.sub("", text)


def header_row(columns: Sequence[ColumnSpec], words: Language | str | None = None) -> list[str]:
    """The header row an export writes: the keys (``country_code``), which re-import as they
    are and never change with the language; or, with ``words``, the titles in that language
    (``Country`` / ``Pays``), which import too (:func:`match_columns` knows both languages)."""
    if words is None:
        return [c.key for c in columns]
    return [c.title(words) for c in columns]


@dataclass(frozen=True, slots=True)
class ColumnMatch:
    """Which file column feeds which field, and what did not fit."""

    mapping: dict[int, str]  # header index -> column key
    unknown: tuple[str, ...] = ()  # headers that match no column (ignored on import)
    missing: tuple[str, ...] = ()  # keys of required columns the file lacks
    duplicates: tuple[str, ...] = ()  # headers naming a column already matched (ignored)
    headers: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.missing


def match_columns(headers: Sequence[str], columns: Sequence[ColumnSpec]) -> ColumnMatch:
    """Match headers by key first, then by English or French title, then by alias."""
    by_key: dict[str, str] = {}
    # Later passes never override earlier ones: a key beats a title, a title beats an alias.
    for names in (
        lambda c: (c.key,),
        lambda c: (c.title_en, c.title_fr),
        lambda c: c.aliases,
    ):
        for column in columns:
            for name in names(column):
                by_key.setdefault(header_key(name), column.key)
    mapping: dict[int, str] = {}
    unknown: list[str] = []
    duplicates: list[str] = []
    taken: set[str] = set()
    for index, header in enumerate(headers):
        if not header.strip():
            continue
        key = by_key.get(header_key(header))
        if key is None:
            unknown.append(header)
        elif key in taken:
            duplicates.append(header)
        else:
            taken.add(key)
            mapping[index] = key
    missing = tuple(c.key for c in columns if c.required and c.key not in taken)
    return ColumnMatch(mapping, tuple(unknown), missing, tuple(duplicates), tuple(headers))
