"""The ``init`` command: create or upgrade the database, optionally with the demo data."""

from __future__ import annotations

import argparse

from alliance_desktop.cli.common import EXIT_OK, opened
from alliance_desktop.domain.messages import msg
from alliance_desktop.services.demo import fill_demo
from alliance_desktop.services.stats import members_sentence, pending_sentence, signatories_sentence

NAME = "init"
HELP = msg("create or upgrade the database")


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--demo",
        action="store_true",
        help=str(msg("fill an empty database with sample members, signatories and applications")),
    )


def run(args: argparse.Namespace) -> int:
    with opened(args, create=True) as services:
        if args.demo:
            fill_demo(services.db)
            print(msg("Demo data added to {location}:", location=services.db.location))
            print(members_sentence(services.stats.members()))
            print(signatories_sentence(services.stats.signatories()))
            print(pending_sentence(*services.stats.pending()))
        else:
            print(msg("Database ready: {location}", location=services.db.location))
    return EXIT_OK
