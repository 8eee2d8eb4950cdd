"""Follow-ups: what must be done about a record, by when and by whom; their rules and weeks."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from alliance_desktop.domain.errors import FieldError
from alliance_desktop.domain.messages import msg
from alliance_desktop.domain.records import RecordMeta

MAX_WHAT_CHARS = 1000
MAX_ASSIGNEE_CHARS = 200
DEFAULT_INFORMATION_DAYS = 21
"""Requesting information proposes a follow-up this many days later (organisation setting)."""
MAX_INFORMATION_DAYS = 365


class FollowUpTarget(StrEnum):
    """The kind of record a follow-up is about (a member's is kept on its authority)."""

    MEMBER = "member"
    SIGNATURE = "signature"
    APPLICATION = "application"


@dataclass(frozen=True, slots=True, kw_only=True)
class FollowUpDraft:
    due_on: dt.date
    what: str
    assignee: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class FollowUpRecord:
    meta: RecordMeta
    draft: FollowUpDraft
    target: FollowUpTarget
    record_uid: str
    record_label: str
    created_by: str
    done_on: dt.date | None = None
    done_by: str = ""

    @property
    def uid(self) -> str:
        return self.meta.uid

    @property
    def is_done(self) -> bool:
        return self.done_on is not None

    def is_overdue(self, today: dt.date) -> bool:
        return self.done_on is None and self.draft.due_on < today


@dataclass(frozen=True, slots=True)
class FollowUpCounts:
    """Open follow-ups due from today to the end of this week, and those already late."""

    due_this_week: int
    overdue: int


def end_of_week(today: dt.date) -> dt.date:
    """The Sunday closing ``today``'s week (ISO weeks: Monday to Sunday)."""
    return today + dt.timedelta(days=6 - today.weekday())


def validate_follow_up(draft: FollowUpDraft) -> list[FieldError]:
    errors: list[FieldError] = []
    if not draft.what.strip():
        errors.append(FieldError("what", msg("{label} is required", label=msg("what to do"))))
    elif len(draft.what) > MAX_WHAT_CHARS:
        errors.append(FieldError("what", msg("At most {n} characters.", n=MAX_WHAT_CHARS)))
    if len(draft.assignee) > MAX_ASSIGNEE_CHARS:
        errors.append(FieldError("assignee", msg("At most {n} characters.", n=MAX_ASSIGNEE_CHARS)))
    if draft.due_on.year < 2000 or draft.due_on.year > 2999:
        errors.append(FieldError("due_on", msg("is not a plausible date")))
    return errors
