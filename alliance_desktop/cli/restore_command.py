"""The ``restore`` command: put a checked backup in place, keeping the file it replaces."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from alliance_desktop.cli.common import EXIT_OK, EXIT_REFUSED
from alliance_desktop.db.engine import resolve_url, sqlite_path
from alliance_desktop.domain.privacy import RestoreReport
from alliance_desktop.services.data_safety.backups import POSTGRES_MESSAGE
from alliance_desktop.services.data_safety.restoring import restore_database

NAME = "restore"
HELP = "replace the database with a backup (checked first; the current file is kept)"


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", type=Path, help="the backup to restore")


def run(args: argparse.Namespace) -> int:
    path = sqlite_path(resolve_url(args.db))
    if path is None:
        print(f"alliance-desktop: {POSTGRES_MESSAGE}", file=sys.stderr)
        return EXIT_REFUSED
    # The database is not opened first: restoring must work when it is damaged or refused.
    # The restored one is then opened (an older backup is upgraded, with its own backup
    # first), audited, and the erasure ledger re-applied to it.
    report = restore_database(path, args.file)
    for line in report_lines(path, report):
        print(line)
    return EXIT_OK


def report_lines(path: Path, report: RestoreReport) -> list[str]:
    result = report.result
    made = report.backup_taken_at
    when = f" (made {made.astimezone():%Y-%m-%d %H:%M})" if made is not None else ""
    lines = [f"Restored {path} from {result.restored_from}{when}."]
    if result.kept is not None:
        lines.append(f"The replaced database was kept as {result.kept}.")
    if report.carried_over is None:
        lines.append(
            "The replaced database's audit trail could not be read: its entries since the "
            "backup stay in the kept file only."
        )
    elif report.carried_over:
        lines.append(
            f"{report.carried_over} audit entries made since the backup were carried over "
            "from the replaced database."
        )
    again = report.re_erased
    if again.erasures:
        people = again.people + again.signers
        lines.append(
            "1 person erased since this backup was made was erased again."
            if people == 1
            else f"{people} people erased since this backup was made were erased again."
        )
    return lines
