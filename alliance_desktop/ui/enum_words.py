"""Kinds, statuses, channels and languages in words, for the dialogs' combo boxes and history."""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from alliance_desktop.domain.enums import (
    ApplicationChannel,
    ApplicationStatus,
    AuthorityKind,
    Language,
    MembershipStatus,
)


def kind_words() -> list[tuple[AuthorityKind, str]]:
    return [
        (AuthorityKind.MUNICIPALITY, QCoreApplication.translate("EnumWords", "Municipality")),
        (AuthorityKind.DISTRICT, QCoreApplication.translate("EnumWords", "District")),
        (AuthorityKind.PROVINCE, QCoreApplication.translate("EnumWords", "Province")),
        (AuthorityKind.REGION, QCoreApplication.translate("EnumWords", "Region")),
        (AuthorityKind.ASSOCIATION, QCoreApplication.translate("EnumWords", "Association")),
    ]


def membership_status_words() -> list[tuple[MembershipStatus, str]]:
    return [
        (MembershipStatus.ACTIVE, QCoreApplication.translate("EnumWords", "Active")),
        (MembershipStatus.SUSPENDED, QCoreApplication.translate("EnumWords", "Suspended")),
        (MembershipStatus.WITHDRAWN, QCoreApplication.translate("EnumWords", "Withdrawn")),
    ]


def application_status_words() -> list[tuple[ApplicationStatus, str]]:
    return [
        (ApplicationStatus.RECEIVED, QCoreApplication.translate("EnumWords", "Received")),
        (ApplicationStatus.UNDER_REVIEW, QCoreApplication.translate("EnumWords", "Under review")),
        (
            ApplicationStatus.INFORMATION_REQUESTED,
            QCoreApplication.translate("EnumWords", "Information requested"),
        ),
        (ApplicationStatus.ACCEPTED, QCoreApplication.translate("EnumWords", "Accepted")),
        (ApplicationStatus.DECLINED, QCoreApplication.translate("EnumWords", "Declined")),
        (ApplicationStatus.WITHDRAWN, QCoreApplication.translate("EnumWords", "Withdrawn")),
    ]


def channel_words() -> list[tuple[ApplicationChannel, str]]:
    return [
        (ApplicationChannel.WEB_FORM, QCoreApplication.translate("EnumWords", "Web form")),
        (ApplicationChannel.LETTER, QCoreApplication.translate("EnumWords", "Letter")),
        (ApplicationChannel.EMAIL, QCoreApplication.translate("EnumWords", "E-mail")),
        (ApplicationChannel.EVENT, QCoreApplication.translate("EnumWords", "Event")),
    ]


def language_words() -> list[tuple[Language, str]]:
    return [
        (Language.EN, QCoreApplication.translate("EnumWords", "English")),
        (Language.FR, QCoreApplication.translate("EnumWords", "French")),
    ]


def application_status_text(status: ApplicationStatus) -> str:
    return dict(application_status_words()).get(status, status.value)


def set_item_texts(box: QComboBox, items: Iterable[tuple[Enum, str]]) -> None:
    """Put the words of an enumeration's combo box anew, keeping the chosen item."""
    for member, words in items:
        index = box.findData(member.value)
        if index >= 0:
            box.setItemText(index, words)
