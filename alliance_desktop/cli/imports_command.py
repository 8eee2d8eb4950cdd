"""The ``imports`` command: the recent imports, newest first, with their batch numbers."""

from __future__ import annotations

import argparse

from alliance_desktop.cli.common import EXIT_OK, opened
from alliance_desktop.domain.messages import msg

NAME = "imports"
HELP = msg("list the recent imports (their numbers for undo-import)")


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--limit",
        type=int,
        default=50,
        help=str(msg("how many imports to list (default: 50)")),
    )


def run(args: argparse.Namespace) -> int:
    with opened(args, auto_backup=False, read_only=True) as services:
        batches = services.import_batches.list(limit=args.limit)
    if not batches:
        print(msg("No imports yet."))
    for batch in batches:
        state = (
            msg("undone by {user}", user=batch.undone_by)
            if batch.undone_at is not None
            else msg("can be undone")
        )
        print(
            msg(
                "{id}\t{at}\t{user}\t{kind}\t{file}\tadded {added}, changed {updated}\t{state}",
                id=str(batch.id),
                at=batch.at.strftime("%Y-%m-%d %H:%M UTC"),
                user=batch.user,
                kind=batch.kind,
                file=batch.file_name,
                added=str(batch.added),
                updated=str(batch.updated),
                state=state,
            )
        )
    return EXIT_OK
