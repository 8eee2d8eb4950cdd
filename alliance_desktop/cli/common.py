"""What every command shares: exit codes and opening the database for the duration of a command."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from alliance_desktop.domain.messages import Message
from alliance_desktop.services.data_safety.opening import Services, open_database

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


@contextmanager
def opened(
    args: argparse.Namespace,
    *,
    create: bool = False,
    auto_backup: bool = True,
    read_only: bool = False,
) -> Iterator[Services]:
    services = open_database(args.db, create=create, auto_backup=auto_backup, read_only=read_only)
    try:
        yield services
    finally:
        services.db.dispose()


def say(text: Message | object) -> None:
    """A refusal or a warning on stderr, as ``alliance-desktop: …`` in the language in use."""
    print(f"alliance-desktop: {text}", file=sys.stderr)
