"""Opening a database: resolve its location, refuse unusable files, migrate, hand back services."""

from __future__ import annotations

import logging
import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.exc import DatabaseError as SADatabaseError

from alliance_desktop.db import migrate
from alliance_desktop.db.engine import BUSY_TIMEOUT_MS, read_only_uri, resolve_url, sqlite_path
from alliance_desktop.db.errors import database_failure
from alliance_desktop.db.session import Database
from alliance_desktop.domain.data_safety import NewerVersionError, PasswordNeededError
from alliance_desktop.domain.errors import DatabaseError, RefusedError
from alliance_desktop.domain.messages import msg, nmsg
from alliance_desktop.services.applications import ApplicationService
from alliance_desktop.services.authorities import AuthorityService
from alliance_desktop.services.correspondence.log import CorrespondenceLog
from alliance_desktop.services.correspondence.saved_searches import SavedSearchService
from alliance_desktop.services.data_safety import erasure_ledger, safe_open, server_login
from alliance_desktop.services.data_safety.audit_log import AuditService
from alliance_desktop.services.data_safety.backups import BackupService
from alliance_desktop.services.data_safety.checks import CheckService
from alliance_desktop.services.data_safety.plain_errors import os_words, sqlite_words
from alliance_desktop.services.duplicates.service import DuplicateService
from alliance_desktop.services.follow_ups.service import FollowUpService
from alliance_desktop.services.members import MemberService
from alliance_desktop.services.org_settings import OrgSettingsService
from alliance_desktop.services.output.certificates import CertificateService
from alliance_desktop.services.persons import PersonService
from alliance_desktop.services.privacy import PrivacyService
from alliance_desktop.services.signatures import SignatureService
from alliance_desktop.services.stats import StatsService
from alliance_desktop.services.trash import TrashService
from alliance_desktop.services.undo.reverting import RevertService
from alliance_desktop.services.undo.undo_service import UndoService

if TYPE_CHECKING:
    from alliance_desktop.services.correspondence.emails import EmailService
    from alliance_desktop.services.correspondence.letter_settings import LetterSettingsService
    from alliance_desktop.services.correspondence.letters import LetterService
    from alliance_desktop.services.correspondence.template_store import TemplateService
    from alliance_desktop.services.undo.import_batches import ImportBatchService

log = logging.getLogger(__name__)
_SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class Services:
    """Every service over one open database; built once per database by the composition root."""

    db: Database
    authorities: AuthorityService
    persons: PersonService
    members: MemberService
    signatures: SignatureService
    applications: ApplicationService
    stats: StatsService
    trash: TrashService
    audit: AuditService
    backups: BackupService
    certificates: CertificateService
    org_settings: OrgSettingsService
    privacy: PrivacyService
    checks: CheckService
    undo: UndoService
    revert: RevertService
    correspondence: CorrespondenceLog
    saved_searches: SavedSearchService
    follow_ups: FollowUpService

    # Built on first use: their modules load ReportLab, pypdf or the exchange, which the
    # window's start does not need (tests/db/test_migrations.py checks what a start loads).
    @cached_property
    def import_batches(self) -> ImportBatchService:
        from alliance_desktop.services.undo.import_batches import ImportBatchService

        return ImportBatchService(self.db)

    @cached_property
    def templates(self) -> TemplateService:
        from alliance_desktop.services.correspondence.template_store import TemplateService

        return TemplateService(self.db)

    @cached_property
    def letters(self) -> LetterService:
        from alliance_desktop.services.correspondence.letters import LetterService

        return LetterService(self.db)

    @cached_property
    def emails(self) -> EmailService:
        from alliance_desktop.services.correspondence.emails import EmailService

        return EmailService(self.db)

    @cached_property
    def letter_settings(self) -> LetterSettingsService:
        from alliance_desktop.services.correspondence.letter_settings import (
            LetterSettingsService,
        )

        return LetterSettingsService(self.db)

    duplicates: DuplicateService

    @classmethod
    def over(cls, db: Database) -> Services:
        return cls(
            db=db,
            authorities=AuthorityService(db),
            persons=PersonService(db),
            members=MemberService(db),
            signatures=SignatureService(db),
            applications=ApplicationService(db),
            stats=StatsService(db),
            trash=TrashService(db),
            audit=AuditService(db),
            backups=BackupService(db),
            certificates=CertificateService(db),
            org_settings=OrgSettingsService(db),
            privacy=PrivacyService(db),
            checks=CheckService(db),
            undo=UndoService(db),
            revert=RevertService(db),
            correspondence=CorrespondenceLog(db),
            saved_searches=SavedSearchService(db),
            follow_ups=FollowUpService(db),
            duplicates=DuplicateService(db),
        )


def open_database(
    location: str | os.PathLike[str] | None,
    *,
    create: bool,
    read_only: bool = False,
    lock: bool = True,
    when_locked: safe_open.WhenLocked = "read_only",
    auto_backup: bool = True,
    busy_timeout_ms: int = BUSY_TIMEOUT_MS,
    reapply_erasures: bool = True,
) -> Services:
    """Open (and when ``create``, make) the database; refuse damaged, foreign or newer ones.

    SQLite: opens read-only (``db.read_only``, ``db.read_only_reason``) when asked, when the
    file or folder cannot be written, or when another copy holds the writer's lock (``lock``;
    ``when_locked="refuse"`` raises DatabaseInUseError instead); backs up before a migration
    and once a day (``auto_backup``); ``db.notices`` lists what the user should be told.
    A writable SQLite file whose erasure ledger beside it names erasures the file lacks (an
    older copy put in its place by hand) has them re-applied (``reapply_erasures``).
    """
    url = resolve_url(location)
    path = sqlite_path(url)
    existed = path is not None and path.exists()
    if path is not None:
        _check_sqlite_file(path, create=create)
        db = safe_open.open_sqlite(
            url,
            path,
            read_only=read_only,
            lock=lock,
            when_locked=when_locked,
            busy_timeout_ms=busy_timeout_ms,
        )
    else:
        db = Database(url, read_only=read_only, busy_timeout_ms=busy_timeout_ms)
        warning = server_login.clear_text_warning(url)
        if warning:
            db.notices.append(warning)
    attempt = safe_open.UpgradeAttempt(db, path)
    try:
        try:
            migrate.prepare(db.engine, create=create, before_upgrade=attempt)
        except Exception as exc:
            # Whatever a migration step raised (SQL refused, a bug), the user learns that the
            # upgrade failed, not the SQL; the transaction rolled the file back.
            if attempt.started and not isinstance(exc, RefusedError):
                raise attempt.failed(exc) from exc
            raise
        if reapply_erasures and path is not None and not db.read_only:
            _reapply_ledger(db, path)
        safe_open.after_open(db, path, auto_backup=auto_backup and existed)
    except SADatabaseError as exc:
        db.dispose()
        problem = server_login.password_problem(exc)
        if problem and path is None:
            raise PasswordNeededError(db.location, refused=problem == "refused") from None
        raise _cannot_open(exc, server=path is None) from exc
    except BaseException:
        db.dispose()
        raise
    return Services.over(db)


def _reapply_ledger(db: Database, path: Path) -> None:
    """Erase again whoever the ledger beside ``path`` names and the file holds unerased: a
    backup copied over it by hand, outside the application, brings them back."""
    try:
        in_file = erasure_ledger.read_file(erasure_ledger.ledger_file(path))
        if not in_file:
            return
        with db.read() as session:
            known = {(e.kind, e.uid) for e in erasure_ledger.read_database(session)}
        if all((e.kind, e.uid) in known for e in in_file):
            return
        done = PrivacyService(db).reapply_erasures()
    except RefusedError as exc:
        db.notices.append(
            msg(
                "People erased earlier may be back in this file (it lacks erasures its erasure "
                "ledger names), and they could not be erased again: {reason}",
                reason=exc.message,
            )
        )
        return
    erased = done.people + done.signers
    if erased:
        db.notices.append(
            nmsg(
                "{n} person erased earlier was erased again in this file",
                "{n} people erased earlier were erased again in this file",
                erased,
            )
        )


def _cannot_open(exc: SADatabaseError, *, server: bool) -> DatabaseError:
    """The plain refusal for a database that failed while opening (the details are logged)."""
    failure = database_failure(exc, writing=False)
    if server and failure.reason in ("unavailable", "connection_lost"):
        return DatabaseError(
            msg(
                "The database server could not be reached, or it has no database of that "
                "name. Check the address and the database name."
            )
        )
    return failure


def _check_sqlite_file(path: Path, *, create: bool) -> None:
    try:
        _check_sqlite_header(path, create=create)
    except OSError as exc:  # no permission to read it, or to make its folder
        words = os_words(exc, "opening a database file")
        raise DatabaseError(
            msg(
                "{path} cannot be opened: {words}. It was left unchanged.",
                path=str(path),
                words=words,
            )
        ) from exc


def _check_sqlite_header(path: Path, *, create: bool) -> None:
    if not path.exists():
        if not create:
            raise DatabaseError(
                msg("There is no database at {path}. Create it with 'init'.", path=str(path))
            )
        path.parent.mkdir(parents=True, exist_ok=True)
        return
    if path.is_dir():
        raise DatabaseError(msg("{path} is a folder, not a database file.", path=str(path)))
    size = path.stat().st_size
    if size == 0:
        raise DatabaseError(
            msg("{path} is an empty file, not a database. It was left unchanged.", path=str(path))
        )
    with path.open("rb") as handle:
        header = handle.read(len(_SQLITE_MAGIC))
    if header != _SQLITE_MAGIC:
        raise DatabaseError(
            msg(
                "{path} is not an Alliance Desktop database (not a SQLite file). "
                "It was left unchanged.",
                path=str(path),
            )
        )
    # Look read-only first: opening it normally would switch a foreign file to WAL mode.
    # (closing(): sqlite3's own context manager would leave the connection open.)
    # Without a -wal beside it nobody has it open, and immutable=1 reads it without creating
    # the -wal and -shm files that a WAL-mode file would otherwise get, refused or not; in a
    # read-only folder those cannot be created at all.
    wal = path.with_name(path.name + "-wal")
    uri = read_only_uri(path, immutable=not wal.exists() or safe_open.needs_immutable(path))
    revision = None
    try:
        with closing(sqlite3.connect(uri, uri=True)) as conn:
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            problem = conn.execute("PRAGMA quick_check").fetchone()[0]
            if problem == "ok" and "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
    except sqlite3.DatabaseError as exc:
        words = sqlite_words(exc, writing=False)
        raise DatabaseError(
            msg(
                "{path} cannot be opened: {words}. It was left unchanged.",
                path=str(path),
                words=words,
            )
        ) from exc
    if problem != "ok":
        log.info("quick_check of the opened file: %s", problem.split("\n")[0][:200])
        raise DatabaseError(msg("{path} is damaged. It was left unchanged.", path=str(path)))
    if tables and "app_info" not in tables:
        raise DatabaseError(
            msg(
                "{path} is not an Alliance Desktop database (it holds other tables). "
                "It was left unchanged.",
                path=str(path),
            )
        )
    if revision is not None and not migrate.is_known(revision):
        # Refused before any read-write connection, which would leave a -wal beside it.
        raise NewerVersionError(revision)
