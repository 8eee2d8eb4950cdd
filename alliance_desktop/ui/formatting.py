"""How values read in the tables: country names, dates in the user's locale, statuses as words."""

from __future__ import annotations

import datetime as dt
from functools import cache, lru_cache

from PySide6.QtCore import QCollator, QCollatorSortKey, QCoreApplication, QDate, QLocale, Qt

from alliance_desktop.domain.countries import country_name
from alliance_desktop.domain.enums import (
    ApplicationChannel,
    ApplicationStatus,
    AuthorityKind,
    Language,
    MembershipStatus,
)

# Word lists, dates and the collator are cached; ui.language.apply_language forgets them when
# the user chooses another language (forget_language).


@cache
def ui_language() -> Language:
    """French country names when the window speaks French (the default locale), else English."""
    return Language.FR if QLocale().language() == QLocale.Language.French else Language.EN


def forget_language() -> None:
    """Forget every cached word, date format and collator: the language has just changed."""
    for cached in (
        ui_language,
        user_locale,
        date_format,
        _date_text,
        _collator,
        _status_text_words,
        _kind_text_words,
        _channel_text_words,
        _language_text_words,
    ):
        cached.cache_clear()


@cache
def _collator() -> QCollator:
    collator = QCollator(user_locale())
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return collator


def collation_key(text: str) -> QCollatorSortKey:
    """A sort key ordering names as the user's language does (in French É sorts with E): for
    lists sorted in the window; the database's lists sort by their stored keys."""
    return _collator().sortKey(text)


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
        MembershipStatus.ACTIVE.value: QCoreApplication.translate("Formatting", "Active"),
        MembershipStatus.SUSPENDED.value: QCoreApplication.translate("Formatting", "Suspended"),
        MembershipStatus.WITHDRAWN.value: QCoreApplication.translate("Formatting", "Withdrawn"),
        ApplicationStatus.RECEIVED.value: QCoreApplication.translate("Formatting", "Received"),
        ApplicationStatus.UNDER_REVIEW.value: QCoreApplication.translate(
            "Formatting", "Under review"
        ),
        ApplicationStatus.INFORMATION_REQUESTED.value: QCoreApplication.translate(
            "Formatting", "Information requested"
        ),
        ApplicationStatus.ACCEPTED.value: QCoreApplication.translate("Formatting", "Accepted"),
        ApplicationStatus.DECLINED.value: QCoreApplication.translate("Formatting", "Declined"),
    }


def kind_text(value: AuthorityKind | str) -> str:
    return _kind_text_words().get(str(value), str(value))


@cache
def _kind_text_words() -> dict[str, str]:
    return {
        AuthorityKind.MUNICIPALITY.value: QCoreApplication.translate("Formatting", "Municipality"),
        AuthorityKind.DISTRICT.value: QCoreApplication.translate("Formatting", "District"),
        AuthorityKind.PROVINCE.value: QCoreApplication.translate("Formatting", "Province"),
        AuthorityKind.REGION.value: QCoreApplication.translate("Formatting", "Region"),
        AuthorityKind.ASSOCIATION.value: QCoreApplication.translate("Formatting", "Association"),
    }


def channel_text(value: ApplicationChannel | str) -> str:
    return _channel_text_words().get(str(value), str(value))


@cache
def _channel_text_words() -> dict[str, str]:
    return {
        ApplicationChannel.WEB_FORM.value: QCoreApplication.translate("Formatting", "Web form"),
        ApplicationChannel.LETTER.value: QCoreApplication.translate("Formatting", "Letter"),
        ApplicationChannel.EMAIL.value: QCoreApplication.translate("Formatting", "E-mail"),
        ApplicationChannel.EVENT.value: QCoreApplication.translate("Formatting", "Event"),
    }


def language_text(value: Language | str) -> str:
    return _language_text_words().get(str(value), str(value))


@cache
def _language_text_words() -> dict[str, str]:
    return {
        Language.EN.value: QCoreApplication.translate("Formatting", "English"),
        Language.FR.value: QCoreApplication.translate("Formatting", "French"),
    }


def record_kind_text(kind: str) -> str:
    words = {
        "authority": QCoreApplication.translate("Formatting", "Authority"),
        "person": QCoreApplication.translate("Formatting", "Person"),
        "membership": QCoreApplication.translate("Formatting", "Member"),
        "signature": QCoreApplication.translate("Formatting", "Signature"),
        "application": QCoreApplication.translate("Formatting", "Application"),
        "follow_up": QCoreApplication.translate("Formatting", "Follow-up"),
        "database": QCoreApplication.translate("Formatting", "Database"),
        "audit log": QCoreApplication.translate("Formatting", "Audit log"),
        "list": QCoreApplication.translate("Formatting", "List"),
    }
    return words.get(kind, kind)


def plural(count: int, one: str, many: str) -> str:
    """Pick the singular or plural of already translated texts holding ``{n}`` (French takes the
    singular for 0 too: "0 jour" but "0 days")."""
    singular = count == 1 or (count == 0 and ui_language() == Language.FR)
    return (one if singular else many).format(n=number_text(count))


def number_text(value: int) -> str:
    return user_locale().toString(value)
