"""The ``stats`` command: the headline figures as sentences."""

from __future__ import annotations

import argparse

from alliance_desktop.cli.common import EXIT_OK, opened
from alliance_desktop.domain.messages import msg
from alliance_desktop.services.stats import members_sentence, pending_sentence, signatories_sentence

NAME = "stats"
HELP = msg("print the headline figures")


def register(parser: argparse.ArgumentParser) -> None:
    del parser


def run(args: argparse.Namespace) -> int:
    with opened(args) as services:
        print(members_sentence(services.stats.members()))
        print(signatories_sentence(services.stats.signatories()))
        print(pending_sentence(*services.stats.pending()))
    return EXIT_OK
