"""Records of duplicate finding and merging: likely pairs, a merge's preview, result and log."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from alliance_desktop.domain.messages import Message


class DuplicateKind(StrEnum):
    AUTHORITY = "authority"
    PERSON = "person"


class DuplicateReason(StrEnum):
    NAMES_ALIKE = "names"
    SAME_EMAIL = "email"
    SAME_WEBSITE = "website"


@dataclass(frozen=True, slots=True)
class DuplicateSide:
    """One record of a likely pair as the list shows it."""

    uid: str
    name: str
    country_code: str  # the person's authority's country, "" when none
    detail: str = ""  # a person's e-mail; an authority's Latin-script name


@dataclass(frozen=True, slots=True)
class DuplicatePair:
    kind: DuplicateKind
    left: DuplicateSide
    right: DuplicateSide
    score: int  # 0-100: how alike the names are (100 for the same e-mail or website)
    reasons: tuple[DuplicateReason, ...]

    @property
    def key(self) -> tuple[str, str]:
        """The pair whichever way round it is given (what "Not duplicates" remembers)."""
        return pair_key(self.left.uid, self.right.uid)


def pair_key(uid_a: str, uid_b: str) -> tuple[str, str]:
    return (uid_a, uid_b) if uid_a <= uid_b else (uid_b, uid_a)


@dataclass(frozen=True, slots=True)
class MergeSide:
    """One record offered to a merge: its fields' values (as text for showing) and version."""

    uid: str
    version: int
    label: str
    values: dict[str, str]  # field -> value shown, "" when empty
    updated_at: dt.datetime
    member_no: int | None = None  # an authority's participant number, when it is a member


@dataclass(frozen=True, slots=True)
class MergePreview:
    kind: DuplicateKind
    fields: tuple[str, ...]  # in the order the merge window lists them
    left: MergeSide
    right: MergeSide
    # What moves onto the kept record from either side: link name -> (from left, from right).
    moves: dict[str, tuple[int, int]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class MergeResult:
    merge_uid: str
    kept_uid: str
    dropped_uid: str
    kept_version: int
    moved: dict[str, int]  # link name -> rows moved onto the kept record
    removed_member_no: int | None = None  # the membership that did not stay, if both were


@dataclass(frozen=True, slots=True)
class MergeEntry:
    """A merge as the kept record's history offers it for unmerging."""

    merge_uid: str
    kind: DuplicateKind
    kept_uid: str
    dropped_uid: str
    dropped_label: str
    merged_at: dt.datetime
    merged_by: str
    undone: bool
    summary: Message | str = ""
