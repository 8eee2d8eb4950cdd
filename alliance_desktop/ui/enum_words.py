"""Kinds, statuses, channels and languages in words, for the dialogs' combo boxes and history."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from alliance_desktop.domain.enums import (
    ApplicationChannel,
    ApplicationStatus,
    AuthorityKind,
    Language,
    MembershipStatus,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("EnumWords", text)


def kind_words() -> list[tuple[AuthorityKind, str]]:
    return [
        (AuthorityKind.MUNICIPALITY, _tr("Municipality")),
        (AuthorityKind.DISTRICT, _tr("District")),
        (AuthorityKind.PROVINCE, _tr("Province")),
        (AuthorityKind.REGION, _tr("Region")),
        (AuthorityKind.ASSOCIATION, _tr("Association")),
    ]


def membership_status_words() -> list[tuple[MembershipStatus, str]]:
    return [
        (MembershipStatus.ACTIVE, _tr("Active")),
        (MembershipStatus.SUSPENDED, _tr("Suspended")),
        (MembershipStatus.WITHDRAWN, _tr("Withdrawn")),
    ]


def application_status_words() -> list[tuple[ApplicationStatus, str]]:
    return [
        (ApplicationStatus.RECEIVED, _tr("Received")),
        (ApplicationStatus.UNDER_REVIEW, _tr("Under review")),
        (ApplicationStatus.INFORMATION_REQUESTED, _tr("Information requested")),
        (ApplicationStatus.ACCEPTED, _tr("Accepted")),
        (ApplicationStatus.DECLINED, _tr("Declined")),
        (ApplicationStatus.WITHDRAWN, _tr("Withdrawn")),
    ]


def channel_words() -> list[tuple[ApplicationChannel, str]]:
    return [
        (ApplicationChannel.WEB_FORM, _tr("Web form")),
        (ApplicationChannel.LETTER, _tr("Letter")),
        (ApplicationChannel.EMAIL, _tr("E-mail")),
        (ApplicationChannel.EVENT, _tr("Event")),
    ]


def language_words() -> list[tuple[Language, str]]:
    return [(Language.EN, _tr("English")), (Language.FR, _tr("French"))]


def application_status_text(status: ApplicationStatus) -> str:
    return dict(application_status_words()).get(status, status.value)
