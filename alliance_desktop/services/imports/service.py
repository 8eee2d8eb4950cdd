"""Imports: plan a file's rows (errors, duplicates, links), then apply them in one transaction.

``plan`` reads the database but writes nothing: every row is converted and validated, and
compared with what is stored (same ``uid`` → update; same normalised name and country →
a duplicate the user may skip or let update). ``apply`` writes the whole plan in one
transaction after an automatic backup; an error or Cancel rolls everything back.
Members are written with bulk INSERT/UPDATE statements (members.py plans, members_bulk.py
writes; the ORM's unit of work is several times slower at 10,000 rows, see
bench/bench_import.py), signatures and applications through the services' own helpers
(records.py the shared part, signatures.py, applications.py); every record gets its audit
entry, and the import one more.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import TYPE_CHECKING

from alliance_desktop.domain.enums import AuditAction
from alliance_desktop.domain.errors import RefusedError
from alliance_desktop.domain.messages import join_messages, msg, nmsg
from alliance_desktop.exchange import ImportData, ListKind
from alliance_desktop.services.base import field_changes
from alliance_desktop.services.imports.applications import ApplicationsImport
from alliance_desktop.services.imports.links import StaleLinksError, recheck_links
from alliance_desktop.services.imports.members import MembersImport
from alliance_desktop.services.imports.plan import (
    AuthorityMatch,
    BackupHook,
    Duplicate,
    DuplicateChoice,
    ImportPlan,
    ImportSummary,
    ListImport,
    PlannedRow,
    Progress,
    RowAction,
    Ticker,
    audit_row,
    audit_rows,
    public_values,
)
from alliance_desktop.services.imports.signatures import SignaturesImport
from alliance_desktop.services.output.exports import LIST_ENTITY, NO_UID
from alliance_desktop.services.undo import import_capture

if TYPE_CHECKING:
    from alliance_desktop.services.data_safety.opening import Services

__all__ = [
    "AuthorityMatch",
    "BackupHook",
    "Duplicate",
    "DuplicateChoice",
    "ImportPlan",
    "ImportService",
    "ImportSummary",
    "PlannedRow",
    "Progress",
    "RowAction",
    "StaleLinksError",
]


class ImportService:
    """Plans and applies imports of the three lists."""

    def __init__(self, services: Services, backup: BackupHook | None = None) -> None:
        self.services = services
        self.db = services.db
        self.backup = backup if backup is not None else default_backup_hook(services)

    def plan(self, kind: ListKind, data: ImportData, file_name: str = "") -> ImportPlan:
        """Validate every row against the domain rules and the database; write nothing."""
        with self.db.read() as session:
            return _handler(kind).plan(session, data, file_name)

    def apply(
        self,
        plan: ImportPlan,
        choices: Mapping[int, DuplicateChoice] | None = None,
        *,
        default_choice: DuplicateChoice = DuplicateChoice.SKIP,
        links: Mapping[int, str] | None = None,
        progress: Progress | None = None,
        backup: bool = True,
    ) -> ImportSummary:
        """Write the plan in one transaction; refuse a plan with errors.

        ``choices`` maps a duplicate's row number to skip or update (``default_choice``
        for the others); ``links`` maps an application's row to the authority it is
        linked to. A stored record changed since the plan was made refuses the whole
        import (ConflictError), and so does an authority a row links to that was trashed,
        changed or made a member since (StaleLinksError). Cancel (progress raising
        Cancelled) rolls back.
        """
        if not plan.ok:
            problems = nmsg(
                "{n} problem in {file}; nothing was imported.",
                "{n} problems in {file}; nothing was imported.",
                len(plan.errors),
                file=plan.file_name or msg("the file"),
            )
            raise RefusedError(join_messages([problems, plan.report()], "\n"))
        chosen, skipped = _resolve_duplicates(plan, choices or {}, default_choice)
        unchanged = sum(1 for r in chosen if r.action is RowAction.UNCHANGED)
        work = [r for r in chosen if r.action is not RowAction.UNCHANGED]
        made = None
        if backup and work and self.backup is not None:
            made = self.backup("import")
        ticker = Ticker(progress, len(work))
        ticker.tick(0)
        handler = _handler(plan.kind)
        with self.db.write() as session:
            # The Check page's links may have gone stale (an authority trashed meanwhile).
            recheck_links(session, handler.planned_links(work, links or {}), plan.file_name)
            # The stored records the rows update or link to (a new row's own new uids aside).
            planned = [r.values for r in work if r.action is not RowAction.ADD]
            planned += [{"target_uid": r.target_uid} for r in work]
            planned += [{"authority_uid": r.values.get("authority_uid")} for r in work]
            planned.append({f"link_{k}_uid": v for k, v in (links or {}).items()})
            capture = import_capture.start(session, planned)
            added, updated, linked = handler.apply(session, self.db.user, work, links or {}, ticker)
            batch = import_capture.finish(
                session,
                capture,
                user=self.db.user,
                kind=plan.kind.value,
                file_name=plan.file_name,
                counts={"added": added, "updated": updated, "linked": linked},
            )
            summary = ImportSummary(
                plan.kind, added, updated, skipped, unchanged, linked, made, batch.id
            )
            audit_rows(
                session,
                [
                    audit_row(
                        self.db.user,
                        AuditAction.IMPORT,
                        LIST_ENTITY,
                        NO_UID,
                        f"{plan.kind.value} from {plan.file_name}"[:300],
                        [
                            ("list", None, plan.kind.value),
                            ("file", None, plan.file_name),
                            ("added", None, added),
                            ("linked", None, linked),
                            ("updated", None, updated),
                            ("skipped", None, skipped),
                            ("unchanged", None, unchanged),
                            ("batch", None, batch.id),
                        ],
                    )
                ],
            )
            ticker.tick(len(work), force=True)
        return summary


def default_backup_hook(services: Services) -> BackupHook | None:
    """A backup through the data-safety BackupService (a file next to the database)."""
    try:
        from alliance_desktop.services.data_safety.backups import BackupService
    except ImportError:  # pragma: no cover - only while that module is not in the tree
        return None
    backups = BackupService(services.db)
    return backups.backup_before


def _handler(kind: ListKind) -> ListImport:
    if kind is ListKind.MEMBERS:
        return MembersImport()
    if kind is ListKind.SIGNATORIES:
        return SignaturesImport()
    return ApplicationsImport()


def _resolve_duplicates(
    plan: ImportPlan, choices: Mapping[int, DuplicateChoice], default: DuplicateChoice
) -> tuple[list[PlannedRow], int]:
    """The rows to write and how many were skipped.

    A duplicate of a stored record updates it or is skipped. Among rows of the file that
    are the same, the last one chosen to "update" replaces the first; the others are skipped.
    """
    winner: dict[int, int] = {}  # first row of a group -> row that is written instead
    for r in plan.rows:
        d = r.duplicate
        chosen = choices.get(r.row, default) is DuplicateChoice.UPDATE
        if d is not None and d.of_row is not None and chosen:
            winner[d.of_row] = r.row
    by_row = {r.row: r for r in plan.rows}
    out: list[PlannedRow] = []
    skipped = 0
    for r in plan.rows:
        d = r.duplicate
        if d is not None and d.of_row is not None:
            skipped += 1  # written in place of the first row when it won, else skipped
        elif d is not None and choices.get(r.row, default) is not DuplicateChoice.UPDATE:
            skipped += 1
        elif r.row in winner:
            out.append(_replaced(r, by_row[winner[r.row]]))
        else:
            out.append(dataclasses.replace(r, duplicate=None))
    return out, skipped


def _replaced(first: PlannedRow, later: PlannedRow) -> PlannedRow:
    """``later``'s values written where ``first`` would have written (same target)."""
    values = dict(later.values)
    values.update({k: v for k, v in first.values.items() if k.startswith("_")})
    if first.before is None:
        return dataclasses.replace(first, values=values, label=later.label, duplicate=None)
    changes = tuple(field_changes(first.before, public_values(values)))
    action = RowAction.UPDATE if changes else RowAction.UNCHANGED
    return dataclasses.replace(
        first, values=values, label=later.label, action=action, changes=changes, duplicate=None
    )
