"""English and French words of lists: enum labels, list titles, totals and filter sentences."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from alliance_desktop.domain.countries import country_name
from alliance_desktop.domain.enums import (
    ApplicationChannel,
    ApplicationStatus,
    AuthorityKind,
    Language,
    MembershipStatus,
)


class ListKind(StrEnum):
    """The three lists that go in and out; values are the CLI's words."""

    MEMBERS = "members"
    SIGNATORIES = "signatories"
    APPLICATIONS = "applications"


# Keyed by enum class first: MembershipStatus.WITHDRAWN == ApplicationStatus.WITHDRAWN as strings.
ENUM_LABELS: dict[type[StrEnum], dict[str, tuple[str, str]]] = {
    AuthorityKind: {
        "municipality": ("municipality", "municipalité"),
        "district": ("district", "district"),
        "province": ("province", "province"),
        "region": ("region", "région"),
        "association": ("association", "association"),
    },
    MembershipStatus: {
        "active": ("active", "actif"),
        "suspended": ("suspended", "suspendu"),
        "withdrawn": ("withdrawn", "retiré"),
    },
    ApplicationStatus: {
        "received": ("received", "reçue"),
        "under_review": ("under review", "en cours d’examen"),
        "information_requested": ("information requested", "informations demandées"),
        "accepted": ("accepted", "acceptée"),
        "declined": ("declined", "refusée"),
        "withdrawn": ("withdrawn", "retirée"),
    },
    ApplicationChannel: {
        "web_form": ("web form", "formulaire web"),
        "letter": ("letter", "lettre"),
        "email": ("e-mail", "courriel"),
        "event": ("event", "événement"),
    },
    Language: {
        "en": ("English", "anglais"),
        "fr": ("French", "français"),
    },
}


def enum_label(value: StrEnum, language: Language | str = Language.EN) -> str:
    """The member's label in ``language``; its value when no label is known."""
    labels = ENUM_LABELS.get(type(value), {}).get(value.value)
    if labels is None:
        return value.value.replace("_", " ")
    return labels[1] if Language(language) is Language.FR else labels[0]


_LIST_TITLES: dict[ListKind, tuple[str, str]] = {
    ListKind.MEMBERS: (
        "Members of the Alliance",
        "Membres de l’Alliance",
    ),
    ListKind.SIGNATORIES: (
        "Signatories of the Declaration against anti-Gypsyism",
        "Signataires de la Déclaration contre l’antitsiganisme",
    ),
    ListKind.APPLICATIONS: (
        "Applications to join the Alliance",
        "Candidatures à l’Alliance",
    ),
}

_SHEET_TITLES: dict[ListKind, tuple[str, str]] = {
    ListKind.MEMBERS: ("Members", "Membres"),
    ListKind.SIGNATORIES: ("Signatories", "Signataires"),
    ListKind.APPLICATIONS: ("Applications", "Candidatures"),
}

ORGANISATION = (
    "Alliance of European Cities and Regions for the Inclusion of Roma and Travellers",
    "Alliance européenne des villes et des régions pour l’inclusion des Roms et des Gens du voyage",
)

# (singular, plural) nouns of the totals sentence.
_NOUNS: dict[ListKind, tuple[tuple[str, str], tuple[str, str]]] = {
    ListKind.MEMBERS: (("member", "members"), ("membre", "membres")),
    ListKind.SIGNATORIES: (("signatory", "signatories"), ("signataire", "signataires")),
    ListKind.APPLICATIONS: (("application", "applications"), ("candidature", "candidatures")),
}

_MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_MONTHS_FR = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip


def _fr(language: Language | str) -> bool:
    return Language(language) is Language.FR


def list_title(kind: ListKind, language: Language | str = Language.EN) -> str:
    return _LIST_TITLES[kind][1 if _fr(language) else 0]


def sheet_title(kind: ListKind, language: Language | str = Language.EN) -> str:
    """A workbook's sheet name: ``Members`` / ``Membres``."""
    return _SHEET_TITLES[kind][1 if _fr(language) else 0]


def organisation_name(language: Language | str = Language.EN) -> str:
    return ORGANISATION[1 if _fr(language) else 0]


def totals_sentence(
    kind: ListKind, count: int, countries: int, language: Language | str = Language.EN
) -> str:
    """``113 signatories from 32 countries`` / ``113 signataires de 32 pays``."""
    en, fr = _NOUNS[kind]
    if _fr(language):
        noun = fr[0] if count <= 1 else fr[1]
        return f"{count} {noun} de {countries} pays"
    noun = en[0] if count == 1 else en[1]
    place = "country" if countries == 1 else "countries"
    return f"{count} {noun} from {countries} {place}"


def long_date(day: dt.date, language: Language | str = Language.EN) -> str:
    """``29 March 2017`` / ``29 mars 2017`` (``1er`` for the first day in French)."""
    if _fr(language):
        number = "1er" if day.day == 1 else str(day.day)
        return f"{number} {_MONTHS_FR[day.month - 1]} {day.year}"
    return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"


def describe_filter(
    *,
    country: str | None = None,
    status: StrEnum | str | None = None,
    search: str = "",
    year: int | None = None,
    language: Language | str = Language.EN,
) -> str:
    """The filter line of a list's header, e.g. ``Country: Poland · Status: active``.

    An empty string means the whole register. ``status`` may be an enum member (labelled) or a
    plain value such as ``pending``.
    """
    fr = _fr(language)
    parts: list[str] = []
    if country:
        parts.append(f"{'Pays' if fr else 'Country'} : {country_name(country, language)}")
    if status:
        label = enum_label(status, language) if isinstance(status, StrEnum) else str(status)
        if not isinstance(status, StrEnum) and status in ("pending", "decided"):
            label = {"pending": ("pending", "en attente"), "decided": ("decided", "décidées")}[
                status
            ][1 if fr else 0]
        parts.append(f"{'Statut' if fr else 'Status'} : {label}")
    if year is not None:
        parts.append(f"{'Année' if fr else 'Year'} : {year}")
    if search.strip():
        parts.append(f"{'Recherche' if fr else 'Search'} : « {search.strip()} »")
    text = " · ".join(parts)
    if not fr:
        # French puts a space before the colon and uses guillemets; English does not.
        text = text.replace(" : ", ": ").replace("« ", "“").replace(" »", "”")
    return text
