"""The ``import`` command: a CSV or XLSX file checked row by row, then written all at once."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from alliance_desktop.cli.common import EXIT_OK, EXIT_REFUSED, opened
from alliance_desktop.exchange import COLUMNS, ListKind, read_rows
from alliance_desktop.exchange.encoding import encoding_name
from alliance_desktop.services.imports.service import DuplicateChoice, ImportService, RowAction

NAME = "import"
HELP = "add or update members, signatories or applications from a CSV or XLSX file"


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("kind", choices=[k.value for k in ListKind], help="which list")
    parser.add_argument("file", metavar="FILE", help="a .csv or .xlsx file")
    parser.add_argument(
        "--dry-run", action="store_true", help="check the file and report; write nothing"
    )
    parser.add_argument(
        "--encoding", metavar="ENC", help="the text file's encoding when it cannot be detected"
    )
    parser.add_argument("--delimiter", choices=[",", ";", "tab"], help="default: detected")


def run(args: argparse.Namespace) -> int:
    kind = ListKind(args.kind)
    name = Path(args.file).name
    delimiter = "\t" if args.delimiter == "tab" else args.delimiter
    data = read_rows(args.file, COLUMNS[kind], encoding=args.encoding, delimiter=delimiter)
    if data.table.ambiguous:
        choices = ", ".join(c.encoding for c in data.table.encoding_candidates)
        print(
            f"alliance-desktop: the encoding of {name} cannot be told for sure "
            f"(it could be {choices}); nothing was imported. Name it with --encoding.",
            file=sys.stderr,
        )
        return EXIT_REFUSED
    with opened(args) as services:
        service = ImportService(services)
        plan = service.plan(kind, data, name)
        if not plan.ok:
            print(
                f"alliance-desktop: {len(plan.errors)} problems in {name}; nothing was imported.",
                file=sys.stderr,
            )
            print(plan.report(), file=sys.stderr)
            return EXIT_REFUSED
        for duplicate in plan.duplicates:
            print(f"skipped {duplicate}", file=sys.stderr)
        if args.dry_run:
            encoding = f", {encoding_name(data.table.encoding)}" if data.table.encoding else ""
            print(
                f"{name}: {plan.total_rows} rows{encoding}; would add "
                f"{plan.count(RowAction.ADD) + plan.count(RowAction.LINK)}, update "
                f"{plan.count(RowAction.UPDATE)}, skip {len(plan.duplicates)}, leave "
                f"{plan.count(RowAction.UNCHANGED)} unchanged (dry run: nothing written)"
            )
            return EXIT_OK
        summary = service.apply(plan, default_choice=DuplicateChoice.SKIP)
    print(f"{name}: {summary}")
    return EXIT_OK
