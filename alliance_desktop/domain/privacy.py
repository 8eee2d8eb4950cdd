"""Records of privacy work: the erasure ledger, people found for subject access, restore reports."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from alliance_desktop.domain.data_safety import RestoreResult

PERSON = "person"
SIGNER = "signer"


@dataclass(frozen=True, slots=True)
class Erasure:
    """One line of the erasure ledger: no personal data, only what finds the person again.

    ``kind`` is ``person`` (``uid`` a person's) or ``signer`` (``uid`` a signature's);
    ``email_sha256`` and ``name_sha256`` are SHA-256 of the normalised e-mail and name with
    ``salt`` (the database's), "" when there was none.
    """

    kind: str
    uid: str
    email_sha256: str
    name_sha256: str
    salt: str
    erased_at: dt.datetime


@dataclass(frozen=True, slots=True)
class ReErased:
    """What re-applying the ledger did: the erasures found undone and done again."""

    erasures: int  # ledger lines whose person or signer was there again, unerased
    people: int  # persons erased again
    signers: int  # signatures whose signer was erased again


@dataclass(frozen=True, slots=True)
class RestoreReport:
    """A restore and what followed it on the restored database."""

    result: RestoreResult
    backup_taken_at: dt.datetime | None  # when the backup was made (None: not known)
    carried_over: int | None  # audit entries of the replaced file kept (None: unreadable)
    re_erased: ReErased


@dataclass(frozen=True, slots=True)
class PersonRole:
    """One record a person appears in: a focal point, an application's contact, a signer."""

    role: str  # "focal point", "applicant contact", "signer", "contact"
    record_uid: str
    where: str  # the authority or applicant, for people to recognise it


@dataclass(frozen=True, slots=True)
class PersonGroup:
    """Everyone a subject-access search treats as one person: the persons sharing an e-mail
    (in any case), or one person without e-mail, or the signatures of one signer.

    Export and erase act on the whole group.
    """

    key: str
    name: str
    email: str
    person_uids: tuple[str, ...]
    signature_uids: tuple[str, ...]
    roles: tuple[PersonRole, ...]
    names: tuple[str, ...]  # every distinct name the group's records hold

    @property
    def size(self) -> int:
        return len(self.person_uids) + len(self.signature_uids)
