"""The ``backup`` command: a copy of the database made with SQLite's backup API."""

from __future__ import annotations

import argparse
from pathlib import Path

from alliance_desktop.cli.common import EXIT_OK, opened
from alliance_desktop.domain.messages import msg

NAME = "backup"
HELP = msg("back up the database (to FILE, or into its backups folder)")


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--out",
        metavar="FILE",
        type=Path,
        help=str(msg("where to write the backup (a new file); default: the backups folder")),
    )


def run(args: argparse.Namespace) -> int:
    # No start-of-day backup here: this command makes the backup it was asked for.
    with opened(args, auto_backup=False) as services:
        if args.out is not None:
            written = services.backups.back_up_to(args.out)
        else:
            written = services.backups.back_up_now().path
    print(msg("Backup written: {path}", path=str(written)))
    return EXIT_OK
