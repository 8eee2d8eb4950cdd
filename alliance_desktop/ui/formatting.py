"""How values read in the tables: country names, dates in the user's locale, statuses as words."""

from __future__ import annotations

import datetime as dt
from functools import cache, lru_cache

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from alliance_desktop.domain.countries import country_name
from alliance_desktop.domain.enums import (
    ApplicationChannel,
    ApplicationStatus,
    AuthorityKind,
    Language,
    MembershipStatus,
)

# Word lists and dates are cached: the translator is installed before the first window opens.


def _tr(text: str) -> str:
    return QCoreApplication.translate("Formatting", text)


@cache
def ui_language() -> Language:
    """French country names when the user's locale is French, English otherwise."""
    return Language.FR if QLocale().language() == QLocale.Language.French else Language.EN


def country_text(code: str | None) -> str:
    return country_name(code, ui_language())


@cache
def user_locale() -> QLocale:
    """The user's locale; the bare C locale (no LANG set) reads as British English."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return locale


@cache
def date_format() -> str:
    """The user's short date format with four-digit years (12/03/24 is ambiguous): the
    tables, the date fields and the dialogs' sentences all show dates this way."""
    fmt = user_locale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt


def date_text(value: dt.date | None) -> str:
    return "" if value is None else _date_text(value)


# Tables format thousands of dates per screenful; a few thousand distinct ones cover years.
@lru_cache(maxsize=8192)
def _date_text(value: dt.date) -> str:
    return user_locale().toString(QDate(value.year, value.month, value.day), date_format())


def datetime_text(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    local = value.astimezone()
    return f"{date_text(local.date())} {local:%H:%M}"


def status_text(value: MembershipStatus | ApplicationStatus | str) -> str:
    return _status_text_words().get(str(value), str(value))


@cache
def _status_text_words() -> dict[str, str]:
    return {
        MembershipStatus.ACTIVE.value: _tr("Active"),
        MembershipStatus.SUSPENDED.value: _tr("Suspended"),
        MembershipStatus.WITHDRAWN.value: _tr("Withdrawn"),
        ApplicationStatus.RECEIVED.value: _tr("Received"),
        ApplicationStatus.UNDER_REVIEW.value: _tr("Under review"),
        ApplicationStatus.INFORMATION_REQUESTED.value: _tr("Information requested"),
        ApplicationStatus.ACCEPTED.value: _tr("Accepted"),
        ApplicationStatus.DECLINED.value: _tr("Declined"),
    }


def kind_text(value: AuthorityKind | str) -> str:
    return _kind_text_words().get(str(value), str(value))


@cache
def _kind_text_words() -> dict[str, str]:
    return {
        AuthorityKind.MUNICIPALITY.value: _tr("Municipality"),
        AuthorityKind.DISTRICT.value: _tr("District"),
        AuthorityKind.PROVINCE.value: _tr("Province"),
        AuthorityKind.REGION.value: _tr("Region"),
        AuthorityKind.ASSOCIATION.value: _tr("Association"),
    }


def channel_text(value: ApplicationChannel | str) -> str:
    return _channel_text_words().get(str(value), str(value))


@cache
def _channel_text_words() -> dict[str, str]:
    return {
        ApplicationChannel.WEB_FORM.value: _tr("Web form"),
        ApplicationChannel.LETTER.value: _tr("Letter"),
        ApplicationChannel.EMAIL.value: _tr("E-mail"),
        ApplicationChannel.EVENT.value: _tr("Event"),
    }


def language_text(value: Language | str) -> str:
    return _language_text_words().get(str(value), str(value))


@cache
def _language_text_words() -> dict[str, str]:
    return {Language.EN.value: _tr("English"), Language.FR.value: _tr("French")}


def record_kind_text(kind: str) -> str:
    words = {
        "authority": _tr("Authority"),
        "person": _tr("Person"),
        "membership": _tr("Member"),
        "signature": _tr("Signature"),
        "application": _tr("Application"),
        "database": _tr("Database"),
        "audit log": _tr("Audit log"),
        "list": _tr("List"),
    }
    return words.get(kind, kind)


def plural(count: int, one: str, many: str) -> str:
    """Pick the singular or plural of already translated texts holding ``{n}``."""
    return (one if count == 1 else many).format(n=number_text(count))


def number_text(value: int) -> str:
    return user_locale().toString(value)
