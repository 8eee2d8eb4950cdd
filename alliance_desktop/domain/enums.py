"""Enumerations shared by every layer: kinds, statuses, channels, languages."""

from __future__ import annotations

from enum import StrEnum


class AuthorityKind(StrEnum):
    MUNICIPALITY = "municipality"
    DISTRICT = "district"
    PROVINCE = "province"
    REGION = "region"
    ASSOCIATION = "association"


class MembershipStatus(StrEnum):
    ACTIVE = "active"
    SUSPENDED = "suspended"
    WITHDRAWN = "withdrawn"


class ApplicationStatus(StrEnum):
    RECEIVED = "received"
    UNDER_REVIEW = "under_review"
    INFORMATION_REQUESTED = "information_requested"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"

    @property
    def is_pending(self) -> bool:
        return self in PENDING_STATUSES


PENDING_STATUSES = frozenset(
    {
        ApplicationStatus.RECEIVED,
        ApplicationStatus.UNDER_REVIEW,
        ApplicationStatus.INFORMATION_REQUESTED,
    }
)


class ApplicationChannel(StrEnum):
    WEB_FORM = "web_form"
    LETTER = "letter"
    EMAIL = "email"
    EVENT = "event"


class Language(StrEnum):
    EN = "en"
    FR = "fr"


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    RESTORE = "restore"
    STATUS = "status"
    IMPORT = "import"
    EXPORT = "export"
    ERASE = "erase"
    CERTIFICATE = "certificate"
    SETTINGS = "settings"
    BACKUP_RESTORE = "backup-restore"  # the whole database put back from a backup
    UNDO = "undo"  # a change taken back (Edit → Undo)
    REDO = "redo"  # a change taken back made again (Edit → Redo)
    REVERT = "revert"  # a record put back to an earlier version from its History
    UNDO_IMPORT = "undo-import"  # the records an import added removed, its changes put back
    CORRESPONDENCE = "correspondence"  # a letter, e-mail, label or envelope made for a record
    MERGE = "merge"  # two records entered twice made one (duplicates)
    UNMERGE = "unmerge"  # a merge taken back
    NOT_DUPLICATES = "not-duplicates"  # two look-alike records marked as different


class RecordKind(StrEnum):
    """The kinds of record a user sees; values are the audit trail's entity names."""

    AUTHORITY = "authority"
    PERSON = "person"
    MEMBERSHIP = "membership"
    SIGNATURE = "signature"
    APPLICATION = "application"
    FOLLOW_UP = "follow_up"
