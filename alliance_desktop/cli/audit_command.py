"""The ``audit`` command: the audit log (or the part the filters keep) as a CSV or XLSX file."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from alliance_desktop.cli.common import EXIT_OK, opened
from alliance_desktop.domain.messages import msg, nmsg
from alliance_desktop.services.data_safety.audit_export import export_audit_log

NAME = "audit"
HELP = msg("export the audit log (who changed what, and when) as CSV or XLSX")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            str(msg("not a date (YYYY-MM-DD): {text}", text=repr(text)))
        ) from exc


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--out", required=True, type=Path, metavar="FILE", help=str(msg("file to write"))
    )
    parser.add_argument(
        "--format",
        choices=("csv", "xlsx"),
        help=str(msg("default: from the file's extension (csv)")),
    )
    parser.add_argument(
        "--from", dest="since", type=_date, metavar="D", help=str(msg("from day D"))
    )
    parser.add_argument(
        "--to", dest="until", type=_date, metavar="D", help=str(msg("to day D, inclusive"))
    )
    parser.add_argument("--user", metavar="U", help=str(msg("only the entries of user U")))
    parser.add_argument(
        "--action", metavar="A", help=str(msg("only this action (create, erase, …)"))
    )
    parser.add_argument(
        "--kind", metavar="K", help=str(msg("only this kind of record (person, …)"))
    )
    parser.add_argument("--search", metavar="TEXT", default="", help=str(msg("names and changes")))


def _start_of(day: dt.date) -> dt.datetime:
    """Midnight of ``day`` here, in UTC, as the log window reads its dates."""
    return dt.datetime.combine(day, dt.time()).astimezone().astimezone(dt.UTC)


def run(args: argparse.Namespace) -> int:
    fmt = args.format or ("xlsx" if args.out.suffix.lower() == ".xlsx" else "csv")
    filters = {
        "user": args.user,
        "action": args.action,
        "entity": args.kind,
        "search": args.search,
        "since": _start_of(args.since) if args.since else None,
        "until": _start_of(args.until) + dt.timedelta(days=1) if args.until else None,
    }
    with opened(args, auto_backup=False) as services:
        result = export_audit_log(services.audit, args.out, fmt, filters)
    print(
        nmsg(
            "{n} audit entry written to {path}.",
            "{n} audit entries written to {path}.",
            result.count,
            path=str(result.path),
        )
    )
    return EXIT_OK
