"""The ``restore`` command: put a checked backup in place, keeping the file it replaces."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from alliance_desktop.cli.common import EXIT_OK, EXIT_REFUSED
from alliance_desktop.db.engine import resolve_url, sqlite_path
from alliance_desktop.services.data_safety.backups import POSTGRES_MESSAGE, restore_file
from alliance_desktop.services.data_safety.opening import open_database

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
    result = restore_file(path, args.file)
    print(f"Restored {path} from {result.restored_from}.")
    if result.kept is not None:
        print(f"The replaced database was kept as {result.kept}.")
    # Opening brings an older backup up to the current schema (with its own backup first).
    open_database(path, create=False, auto_backup=False).db.dispose()
    return EXIT_OK
