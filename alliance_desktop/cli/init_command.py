"""The ``init`` command: create or upgrade the database."""

from __future__ import annotations

import argparse

from alliance_desktop.cli.common import EXIT_OK, opened

NAME = "init"
HELP = "create or upgrade the database"


def register(parser: argparse.ArgumentParser) -> None:
    del parser


def run(args: argparse.Namespace) -> int:
    with opened(args, create=True) as services:
        print(f"Database ready: {services.db.location}")
    return EXIT_OK
