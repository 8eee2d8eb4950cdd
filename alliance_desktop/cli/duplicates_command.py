"""The ``duplicates`` command: likely duplicate authorities and persons, best first."""

from __future__ import annotations

import argparse

from alliance_desktop.cli.common import EXIT_OK, opened
from alliance_desktop.domain.duplicates import DuplicateKind, DuplicatePair, DuplicateReason
from alliance_desktop.domain.messages import msg, nmsg
from alliance_desktop.services.duplicates.service import DEFAULT_MIN_SCORE

NAME = "duplicates"
HELP = msg("list likely duplicate authorities and persons (tab-separated, best first)")
COLUMNS = (
    "score",
    "kind",
    "name",
    "country",
    "uid",
    "other_name",
    "other_country",
    "other_uid",
    "why",
)
KINDS = {"authorities": DuplicateKind.AUTHORITY, "persons": DuplicateKind.PERSON}


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--kind",
        choices=sorted(KINDS),
        help=str(msg("only authorities or only persons (default: both)")),
    )
    parser.add_argument(
        "--min-score",
        type=int,
        default=DEFAULT_MIN_SCORE,
        metavar="N",
        help=str(
            msg(
                "list names at least N %% alike (0-100, default {default}); the same e-mail "
                "or website is listed whatever the names",
                default=DEFAULT_MIN_SCORE,
            )
        ),
    )


def reason_words(pair: DuplicatePair) -> str:
    words = {
        DuplicateReason.NAMES_ALIKE: msg("names {score} % alike", score=pair.score),
        DuplicateReason.SAME_EMAIL: msg("same e-mail"),
        DuplicateReason.SAME_WEBSITE: msg("same website"),
    }
    return ", ".join(str(words[r]) for r in pair.reasons)


def run(args: argparse.Namespace) -> int:
    kinds = [KINDS[args.kind]] if args.kind else list(KINDS.values())
    score = max(0, min(100, args.min_score))
    with opened(args, read_only=True) as services:
        pairs = [p for kind in kinds for p in services.duplicates.pairs(kind, score)]
    # Field keys, as `export --headers keys` writes them: the same in every language.
    print("\t".join(COLUMNS))
    for pair in sorted(pairs, key=lambda p: -p.score):
        print(
            "\t".join(
                (
                    str(pair.score),
                    pair.kind.value,
                    pair.left.name,
                    pair.left.country_code,
                    pair.left.uid,
                    pair.right.name,
                    pair.right.country_code,
                    pair.right.uid,
                    str(reason_words(pair)),
                )
            )
        )
    print(nmsg("{n} likely duplicate", "{n} likely duplicates", len(pairs), n=len(pairs)))
    return EXIT_OK
