"""The ``undo-import`` command: remove what an import added and put back what it changed."""

from __future__ import annotations

import argparse

from alliance_desktop.cli.common import EXIT_OK, opened
from alliance_desktop.domain.messages import msg

NAME = "undo-import"
HELP = msg("undo an import (its number from the imports command)")


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("batch", metavar="BATCH_ID", type=int, help=str(msg("the import's number")))
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help=str(msg("check that it can be undone and report; write nothing")),
    )


def run(args: argparse.Namespace) -> int:
    # A refusal (changed since, already undone, no such import) is a RefusedError: exit 1.
    with opened(args) as services:
        done = services.import_batches.undo(args.batch, dry_run=args.dry_run)
    print(done.message)
    return EXIT_OK
