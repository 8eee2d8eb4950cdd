"""The ``check`` command: file integrity, foreign keys and every record against today's rules."""

from __future__ import annotations

import argparse
import sys

from alliance_desktop.cli.common import EXIT_OK, EXIT_REFUSED, opened
from alliance_desktop.domain.messages import msg, nmsg

NAME = "check"
HELP = msg("check the database file and every record; exit 1 when problems are found")


def register(parser: argparse.ArgumentParser) -> None:
    del parser


def run(args: argparse.Namespace) -> int:
    # Read-only: a check never changes the file (no lock taken, no start-of-day backup).
    with opened(args, read_only=True, auto_backup=False) as services:
        report = services.checks.run()
    for problem in report.problems:
        print(problem)
    checked = nmsg(
        "{n} record checked ({checks})",
        "{n} records checked ({checks})",
        report.records_checked,
        checks=", ".join(report.checks),
    )
    if report.problems:
        summary = nmsg(
            "{checked}: {n} problem.",
            "{checked}: {n} problems.",
            len(report.problems),
            checked=checked,
        )
    else:
        summary = msg("{checked}: no problems.", checked=checked)
    print(summary, file=sys.stderr if report.problems else sys.stdout)
    return EXIT_OK if report.ok else EXIT_REFUSED
