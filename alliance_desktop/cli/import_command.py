"""The ``import`` command: a CSV or XLSX file checked row by row, then written all at once."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from alliance_desktop.cli.common import EXIT_OK, EXIT_REFUSED, EXIT_USAGE, opened
from alliance_desktop.exchange import (
    COLUMNS,
    ColumnKind,
    ColumnSpec,
    ImportData,
    ListKind,
    column_headers,
    parse_date,
    read_rows,
)
from alliance_desktop.exchange.encoding import encoding_name
from alliance_desktop.services.imports.service import (
    DuplicateChoice,
    ImportPlan,
    ImportService,
    RowAction,
    StaleLinksError,
)

NAME = "import"
HELP = "add or update members, signatories or applications from a CSV or XLSX file"

# A list's required dates can be given once for every row, as the import wizard offers:
# --joined-on (members), --signed-on (signatories), --received-on (applications).
DATE_OPTIONS: dict[str, tuple[ListKind, ColumnSpec]] = {
    spec.key: (kind, spec)
    for kind, columns in COLUMNS.items()
    for spec in columns
    if spec.required and spec.kind is ColumnKind.DATE
}


def _option(key: str) -> str:
    return "--" + key.replace("_", "-")


def register(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Check every row of FILE against the same rules as the window, then write them all in "
        "one transaction after a backup, or nothing if any row has a problem. Columns are "
        "matched by their key (name, country_code …), English or French title; columns that "
        "match no field are named and ignored."
    )
    parser.add_argument("kind", choices=[k.value for k in ListKind], help="which list")
    parser.add_argument("file", metavar="FILE", help="a .csv or .xlsx file")
    parser.add_argument(
        "--dry-run", action="store_true", help="check the file and report; write nothing"
    )
    parser.add_argument(
        "--encoding", metavar="ENC", help="the text file's encoding when it cannot be detected"
    )
    parser.add_argument("--delimiter", choices=[",", ";", "tab"], help="default: detected")
    for key, (kind, spec) in DATE_OPTIONS.items():
        parser.add_argument(
            _option(key),
            dest=key,
            metavar="DATE",
            help=(
                f"{kind.value} only: the “{spec.title_en}” date of every row, for a file "
                f"without a {key} column (2015-10-20 or 20.10.2015)"
            ),
        )


def run(args: argparse.Namespace) -> int:
    kind = ListKind(args.kind)
    name = Path(args.file).name
    given = _dates_given(args, kind)
    if given is None:
        return EXIT_USAGE
    delimiter = "\t" if args.delimiter == "tab" else args.delimiter
    data = read_rows(args.file, COLUMNS[kind], encoding=args.encoding, delimiter=delimiter)
    if data.table.ambiguous:
        choices = ", ".join(c.encoding for c in data.table.encoding_candidates)
        _say(
            f"the encoding of {name} cannot be told for sure (it could be {choices}); "
            "nothing was imported. Name it with --encoding."
        )
        return EXIT_REFUSED
    headers = column_headers(data.table, data.match)
    for key in given:
        if key in headers:
            _say(
                f"{_option(key)}: the file's column “{headers[key]}” gives each row's {key}; "
                "nothing was imported. Leave out the option or the column."
            )
            return EXIT_USAGE
    data = data.with_values_for_every_row(given)
    _name_ignored_columns(data, kind)
    with opened(args) as services:
        service = ImportService(services)
        plan = service.plan(kind, data, name)
        if not plan.ok:
            _report_problems(plan, data, kind)
            return EXIT_REFUSED
        for duplicate in plan.duplicates:
            print(f"skipped {duplicate}", file=sys.stderr)
        if args.dry_run:
            print(_dry_run_text(plan, data))
            return EXIT_OK
        try:
            summary = service.apply(plan, default_choice=DuplicateChoice.SKIP)
        except StaleLinksError as error:  # an authority trashed or changed meanwhile
            _say(f"nothing was imported. {error}")
            return EXIT_REFUSED
    print(f"{name}: {summary}")
    return EXIT_OK


def _say(text: str) -> None:
    print(f"alliance-desktop: {text}", file=sys.stderr)


def _dates_given(args: argparse.Namespace, kind: ListKind) -> dict[str, dt.date] | None:
    """The dates given for every row, or None (after saying why) for an option that does not
    fit the list or is not a date."""
    given: dict[str, dt.date] = {}
    for key, (option_kind, _) in DATE_OPTIONS.items():
        text = getattr(args, key, None)
        if text is None:
            continue
        if option_kind is not kind:
            _say(f"{_option(key)} is for {option_kind.value}, not {kind.value}.")
            return None
        try:
            given[key] = parse_date(text)
        except ValueError as error:
            _say(f"{_option(key)}: {error}.")
            return None
    return given


def _name_ignored_columns(data: ImportData, kind: ListKind) -> None:
    if data.match.unknown:
        _say(f"ignored columns (no {kind.value} field): {', '.join(data.match.unknown)}")
    if data.match.duplicates:
        _say(
            "ignored columns (a second column for the same field): "
            + ", ".join(data.match.duplicates)
        )


def _report_problems(plan: ImportPlan, data: ImportData, kind: ListKind) -> None:
    count = len(plan.errors)
    problems = "1 problem" if count == 1 else f"{count} problems"
    _say(f"{problems} in {plan.file_name}; nothing was imported.")
    print(plan.report(), file=sys.stderr)
    for key in sorted(set(data.match.missing) - set(data.given)):
        if key in DATE_OPTIONS and DATE_OPTIONS[key][0] is kind:
            _say(f"to give every row the same date, add {_option(key)} DATE")


def _dry_run_text(plan: ImportPlan, data: ImportData) -> str:
    encoding = f", {encoding_name(data.table.encoding)}" if data.table.encoding else ""
    linked = plan.count(RowAction.LINK)
    of_them = f" ({linked} of them linked to existing authorities)" if linked else ""
    return (
        f"{plan.file_name}: {plan.total_rows} rows{encoding}; would add "
        f"{plan.count(RowAction.ADD) + linked}{of_them}, update "
        f"{plan.count(RowAction.UPDATE)}, skip {len(plan.duplicates)}, leave "
        f"{plan.count(RowAction.UNCHANGED)} unchanged (dry run: nothing written)"
    )
