"""Headless commands (DESIGN.md §4) over the same services as the window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from alliance_desktop import __version__
from alliance_desktop.domain.errors import RefusedError
from alliance_desktop.services.opening import open_database
from alliance_desktop.services.stats import members_sentence, pending_sentence, signatories_sentence

COMMANDS = ("init", "stats")

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="alliance-desktop",
        description="Alliance Desktop: members, signatories and applications of the Alliance.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="database file or SQLAlchemy URL (default: $ALLIANCE_DB or the user data folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("init", help="create or upgrade the database")
    commands.add_parser("stats", help="print the headline figures")
    return parser


def is_command(argv: Sequence[str]) -> bool:
    """True when ``argv`` asks for a command (or help) rather than the window."""
    return any(a in COMMANDS or a in ("-h", "--help", "--version") for a in argv)


def run(argv: Sequence[str]) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(list(argv))
    except SystemExit as exc:
        return int(exc.code or 0)
    if args.command is None:
        parser.print_usage(sys.stderr)
        return EXIT_USAGE
    try:
        if args.command == "init":
            return _init(args)
        return _stats(args)
    except RefusedError as exc:
        print(f"alliance-desktop: {exc}", file=sys.stderr)
        return EXIT_REFUSED


def _init(args: argparse.Namespace) -> int:
    services = open_database(args.db, create=True)
    try:
        print(f"Database ready: {services.db.location}")
    finally:
        services.db.dispose()
    return EXIT_OK


def _stats(args: argparse.Namespace) -> int:
    services = open_database(args.db, create=False)
    try:
        print(members_sentence(services.stats.members()))
        print(signatories_sentence(services.stats.signatories()))
        print(pending_sentence(*services.stats.pending()))
    finally:
        services.db.dispose()
    return EXIT_OK
