"""The ``restore`` command: put a checked backup in place, keeping the file it replaces."""

from __future__ import annotations

import argparse
from pathlib import Path

from alliance_desktop.cli.common import EXIT_OK, EXIT_REFUSED, say
from alliance_desktop.db.engine import resolve_url, sqlite_path
from alliance_desktop.domain.messages import Message, msg, nmsg
from alliance_desktop.domain.privacy import RestoreReport
from alliance_desktop.services.data_safety.backups import POSTGRES_MESSAGE
from alliance_desktop.services.data_safety.restoring import restore_database

NAME = "restore"
HELP = msg("replace the database with a backup (checked first; the current file is kept)")


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", type=Path, help=str(msg("the backup to restore")))


def run(args: argparse.Namespace) -> int:
    path = sqlite_path(resolve_url(args.db))
    if path is None:
        say(POSTGRES_MESSAGE)
        return EXIT_REFUSED
    # The database is not opened first: restoring must work when it is damaged or refused.
    # The restored one is then opened (an older backup is upgraded, with its own backup
    # first), audited, and the erasure ledger re-applied to it.
    report = restore_database(path, args.file)
    for line in report_lines(path, report):
        print(line)
    return EXIT_OK


def report_lines(path: Path, report: RestoreReport) -> list[Message]:
    result = report.result
    made = report.backup_taken_at
    if made is not None:
        restored = msg(
            "Restored {path} from {backup} (made {when}).",
            path=str(path),
            backup=str(result.restored_from),
            when=made.astimezone().strftime("%Y-%m-%d %H:%M"),
        )
    else:
        restored = msg(
            "Restored {path} from {backup}.", path=str(path), backup=str(result.restored_from)
        )
    lines = [restored]
    if result.kept is not None:
        lines.append(msg("The replaced database was kept as {path}.", path=str(result.kept)))
    if report.carried_over is None:
        lines.append(
            msg(
                "The replaced database's audit trail could not be read: its entries since the "
                "backup stay in the kept file only."
            )
        )
    elif report.carried_over:
        lines.append(
            nmsg(
                "{n} audit entry made since the backup was carried over from the replaced "
                "database.",
                "{n} audit entries made since the backup were carried over from the replaced "
                "database.",
                report.carried_over,
            )
        )
    again = report.re_erased
    if again.erasures:
        lines.append(
            nmsg(
                "{n} person erased since this backup was made was erased again.",
                "{n} people erased since this backup was made were erased again.",
                again.people + again.signers,
            )
        )
    return lines
