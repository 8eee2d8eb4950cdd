"""The ``export`` command: a list, whole or filtered, as CSV, XLSX or a PDF list."""

from __future__ import annotations

import argparse
import sys

from alliance_desktop.cli.common import EXIT_OK, EXIT_USAGE, opened
from alliance_desktop.domain.countries import parse_country
from alliance_desktop.domain.enums import ApplicationStatus, Language, MembershipStatus
from alliance_desktop.domain.queries import ListQuery
from alliance_desktop.exchange import ListKind
from alliance_desktop.services.output.exports import ExportRequest, ExportService, format_for

NAME = "export"
HELP = "write members, signatories or applications to a CSV, XLSX or PDF file"

_STATUSES: dict[ListKind, tuple[str, ...]] = {
    ListKind.MEMBERS: tuple(s.value for s in MembershipStatus),
    ListKind.SIGNATORIES: (),
    ListKind.APPLICATIONS: (*(s.value for s in ApplicationStatus), "pending", "decided"),
}


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("kind", choices=[k.value for k in ListKind], help="which list")
    parser.add_argument("--out", required=True, metavar="FILE", help="the file to write")
    parser.add_argument(
        "--format", choices=["csv", "xlsx", "pdf"], help="default: from the file's extension"
    )
    parser.add_argument("--country", metavar="CC", help="only this country (code or name)")
    parser.add_argument("--status", metavar="S", help="only this status")
    parser.add_argument("--search", metavar="TEXT", default="", help="only names matching TEXT")
    parser.add_argument("--lang", choices=["en", "fr"], default="en", help="PDF list language")
    parser.add_argument(
        "--headers",
        choices=["keys", "words"],
        default="keys",
        help="CSV/XLSX header row: field keys (default) or column titles in --lang",
    )
    parser.add_argument(
        "--delimiter", choices=[",", ";"], default=",", help="CSV delimiter (default ',')"
    )


def run(args: argparse.Namespace) -> int:
    kind = ListKind(args.kind)
    country = None
    if args.country:
        country = parse_country(args.country)
        if country is None:
            print(
                f"alliance-desktop: “{args.country}” is not a Council of Europe member state",
                file=sys.stderr,
            )
            return EXIT_USAGE
    if args.status and args.status not in _STATUSES[kind]:
        allowed = ", ".join(_STATUSES[kind]) or "none"
        print(
            f"alliance-desktop: {kind.value} have no status “{args.status}” (allowed: {allowed})",
            file=sys.stderr,
        )
        return EXIT_USAGE
    filtered = bool(country or args.status or args.search.strip())
    query = ListQuery(search=args.search, country=country, status=args.status or None)
    request = ExportRequest(
        kind=kind,
        path=args.out,
        format=format_for(args.out, args.format),
        query=query if filtered else None,
        delimiter=args.delimiter,
        language=Language(args.lang),
        headers_in_words=args.headers == "words",
    )
    with opened(args) as services:
        result = ExportService(services).export(request)
    print(f"{result.count} {kind.value} written to {result.path}")
    return EXIT_OK
