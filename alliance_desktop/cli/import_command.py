"""The ``import`` command: a CSV or XLSX file checked row by row, then written all at once."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from alliance_desktop.cli.common import EXIT_OK, EXIT_REFUSED, EXIT_USAGE, opened, say
from alliance_desktop.domain.messages import Message, current_language, msg, nmsg
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
HELP = msg("add or update members, signatories or applications from a CSV or XLSX file")

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
    parser.description = str(
        msg(
            "Check every row of FILE against the same rules as the window, then write them all "
            "in one transaction after a backup, or nothing if any row has a problem. Columns "
            "are matched by their key (name, country_code …), English or French title; columns "
            "that match no field are named and ignored."
        )
    )
    parser.add_argument("kind", choices=[k.value for k in ListKind], help=str(msg("which list")))
    parser.add_argument("file", metavar="FILE", help=str(msg("a .csv or .xlsx file")))
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help=str(msg("check the file and report; write nothing")),
    )
    parser.add_argument(
        "--encoding",
        metavar="ENC",
        help=str(msg("the text file's encoding when it cannot be detected")),
    )
    parser.add_argument(
        "--delimiter", choices=[",", ";", "tab"], help=str(msg("default: detected"))
    )
    for key, (kind, spec) in DATE_OPTIONS.items():
        title = spec.title_fr if current_language() == "fr" else spec.title_en
        parser.add_argument(
            _option(key),
            dest=key,
            metavar="DATE",
            help=str(
                msg(
                    "{kind} only: the “{title}” date of every row, for a file without a {key} "
                    "column (2015-10-20 or 20.10.2015)",
                    kind=kind.value,
                    title=title,
                    key=key,
                )
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
        say(
            msg(
                "the encoding of {name} cannot be told for sure (it could be {choices}); "
                "nothing was imported. Name it with --encoding.",
                name=name,
                choices=choices,
            )
        )
        return EXIT_REFUSED
    headers = column_headers(data.table, data.match)
    for key in given:
        if key in headers:
            say(
                msg(
                    "{option}: the file's column “{header}” gives each row's {key}; nothing was "
                    "imported. Leave out the option or the column.",
                    option=_option(key),
                    header=headers[key],
                    key=key,
                )
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
            print(msg("skipped {duplicate}", duplicate=duplicate), file=sys.stderr)
        if args.dry_run:
            print(_dry_run_text(plan, data))
            return EXIT_OK
        try:
            summary = service.apply(plan, default_choice=DuplicateChoice.SKIP)
        except StaleLinksError as error:  # an authority trashed or changed meanwhile
            say(msg("nothing was imported. {reason}", reason=error))
            return EXIT_REFUSED
    print(f"{name}: {summary}")
    if summary.batch_id is not None:
        print(
            msg("Import {batch}: undo-import {batch} takes it back.", batch=str(summary.batch_id))
        )
    return EXIT_OK


def _dates_given(args: argparse.Namespace, kind: ListKind) -> dict[str, dt.date] | None:
    """The dates given for every row, or None (after saying why) for an option that does not
    fit the list or is not a date."""
    given: dict[str, dt.date] = {}
    for key, (option_kind, _) in DATE_OPTIONS.items():
        text = getattr(args, key, None)
        if text is None:
            continue
        if option_kind is not kind:
            say(
                msg(
                    "{option} is for {kind}, not {other}.",
                    option=_option(key),
                    kind=option_kind.value,
                    other=kind.value,
                )
            )
            return None
        try:
            given[key] = parse_date(text)
        except ValueError as error:
            say(msg("{option}: {reason}.", option=_option(key), reason=error))
            return None
    return given


def _name_ignored_columns(data: ImportData, kind: ListKind) -> None:
    if data.match.unknown:
        say(
            msg(
                "ignored columns (no {kind} field): {columns}",
                kind=kind.value,
                columns=", ".join(data.match.unknown),
            )
        )
    if data.match.duplicates:
        say(
            msg(
                "ignored columns (a second column for the same field): {columns}",
                columns=", ".join(data.match.duplicates),
            )
        )


def _report_problems(plan: ImportPlan, data: ImportData, kind: ListKind) -> None:
    say(
        nmsg(
            "{n} problem in {file}; nothing was imported.",
            "{n} problems in {file}; nothing was imported.",
            len(plan.errors),
            file=plan.file_name,
        )
    )
    print(plan.report(), file=sys.stderr)
    for key in sorted(set(data.match.missing) - set(data.given)):
        if key in DATE_OPTIONS and DATE_OPTIONS[key][0] is kind:
            say(msg("to give every row the same date, add {option} DATE", option=_option(key)))


def _dry_run_text(plan: ImportPlan, data: ImportData) -> Message:
    encoding = f", {encoding_name(data.table.encoding)}" if data.table.encoding else ""
    linked = plan.count(RowAction.LINK)
    of_them: Message | str = ""
    if linked:
        of_them = msg(" ({linked} of them linked to existing authorities)", linked=linked)
    return msg(
        "{file}: {rows}{encoding}; would add {added}{of_them}, update {updated}, skip "
        "{skipped}, leave {unchanged} unchanged (dry run: nothing written)",
        file=plan.file_name,
        rows=nmsg("{n} row", "{n} rows", plan.total_rows),
        encoding=encoding,
        added=plan.count(RowAction.ADD) + linked,
        of_them=of_them,
        updated=plan.count(RowAction.UPDATE),
        skipped=len(plan.duplicates),
        unchanged=plan.count(RowAction.UNCHANGED),
    )
