"""Records of issued certificates: the register's entries and what one print job produced."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class CertificateIssueRecord:
    """One line of the register: a certificate issued for a signature.

    ``language`` is ``en``, ``fr`` or ``both``; ``sha256`` is the hash (hex) of the file
    that was written or sent to the printer (for one PDF of many certificates, that PDF).
    """

    certificate_no: str
    signature_uid: str
    name: str
    language: str
    issued_at: dt.datetime
    issued_by: str
    sha256: str


@dataclass(frozen=True, slots=True)
class IssuedPdf:
    """One PDF written with one page per certificate, and the register entries it made."""

    path: Path
    sha256: str
    size: int
    pages: int
    issues: tuple[CertificateIssueRecord, ...]


@dataclass(frozen=True, slots=True)
class IssuedFile:
    """One certificate written to its own file, and its register entry."""

    path: Path
    issue: CertificateIssueRecord
