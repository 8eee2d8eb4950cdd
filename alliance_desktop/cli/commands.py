"""The command line's parser and dispatch: every command module, loaded together."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from types import ModuleType

from sqlalchemy.exc import DBAPIError

from alliance_desktop import __version__
from alliance_desktop.cli import (
    audit_command,
    backup_command,
    certificates_command,
    check_command,
    duplicates_command,
    emails_command,
    export_command,
    followups_command,
    import_command,
    imports_command,
    init_command,
    labels_command,
    letters_command,
    restore_command,
    stats_command,
    undo_import_command,
)
from alliance_desktop.cli.common import EXIT_REFUSED, EXIT_USAGE, say
from alliance_desktop.cli.language import add_language_option, requested_language, speaking
from alliance_desktop.db.errors import database_failure
from alliance_desktop.domain.errors import RefusedError
from alliance_desktop.domain.messages import msg

# Each command module has NAME, HELP, register(parser) and run(args) -> exit code.
COMMAND_MODULES: tuple[ModuleType, ...] = (init_command, stats_command, certificates_command)
COMMAND_MODULES += (backup_command, restore_command, check_command)
COMMAND_MODULES += (import_command, export_command, audit_command)
COMMAND_MODULES += (labels_command,)
COMMAND_MODULES += (imports_command, undo_import_command)
COMMAND_MODULES += (letters_command, emails_command)
COMMAND_MODULES += (followups_command, duplicates_command)
COMMANDS = tuple(m.NAME for m in COMMAND_MODULES)  # alliance_desktop.cli.COMMANDS, checked


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="alliance-desktop",
        description=str(
            msg("Alliance Desktop: members, signatories and applications of the Alliance.")
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=str(msg("show program's version number and exit")),
    )
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help=str(
            msg("database file or SQLAlchemy URL (default: $ALLIANCE_DB or the user data folder)")
        ),
    )
    add_language_option(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(commands.add_parser(module.NAME, help=str(module.HELP)))
    return parser


def run(argv: Sequence[str]) -> int:
    """Run the command ``argv`` asks for, speaking the language it asks for; the exit code."""
    with speaking(requested_language(argv, os.environ, COMMANDS)):
        return _run(argv)


def _run(argv: Sequence[str]) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(list(argv))
    except SystemExit as exc:
        return int(exc.code or 0)
    if args.command is None:
        parser.print_usage(sys.stderr)
        return EXIT_USAGE
    module = next(m for m in COMMAND_MODULES if args.command == m.NAME)
    try:
        return int(module.run(args))
    except RefusedError as exc:
        say(exc)
        return EXIT_REFUSED
    except DBAPIError as exc:
        # A database error outside the services' transactions (opening, migrating): the same
        # plain sentence, never the SQL or its values, and no traceback.
        say(database_failure(exc, writing=True))
        return EXIT_REFUSED
