"""The ``export`` command: a list, whole or filtered, as CSV, XLSX or a PDF list."""

from __future__ import annotations

import argparse

from alliance_desktop.cli.common import EXIT_OK, EXIT_USAGE, opened, say
from alliance_desktop.domain.countries import parse_country
from alliance_desktop.domain.enums import ApplicationStatus, Language, MembershipStatus
from alliance_desktop.domain.messages import Message, current_language, msg, nmsg
from alliance_desktop.domain.queries import ListQuery
from alliance_desktop.exchange import ListKind
from alliance_desktop.services.output.exports import ExportRequest, ExportService, format_for

NAME = "export"
HELP = msg("write members, signatories or applications to a CSV, XLSX or PDF file")

_STATUSES: dict[ListKind, tuple[str, ...]] = {
    ListKind.MEMBERS: tuple(s.value for s in MembershipStatus),
    ListKind.SIGNATORIES: (),
    ListKind.APPLICATIONS: (*(s.value for s in ApplicationStatus), "pending", "decided"),
}


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("kind", choices=[k.value for k in ListKind], help=str(msg("which list")))
    parser.add_argument("--out", required=True, metavar="FILE", help=str(msg("the file to write")))
    parser.add_argument(
        "--format",
        choices=["csv", "xlsx", "pdf"],
        help=str(msg("default: from the file's extension")),
    )
    parser.add_argument(
        "--country", metavar="CC", help=str(msg("only this country (code or name)"))
    )
    parser.add_argument("--status", metavar="S", help=str(msg("only this status")))
    parser.add_argument(
        "--search", metavar="TEXT", default="", help=str(msg("only names matching TEXT"))
    )
    parser.add_argument(
        "--lang",
        choices=["en", "fr"],
        help=str(
            msg(
                "the document's language, whatever the messages' (default: the language of "
                "the messages)"
            )
        ),
    )
    parser.add_argument(
        "--headers",
        choices=["keys", "words"],
        default="keys",
        help=str(msg("CSV/XLSX header row: field keys (default) or column titles in --lang")),
    )
    parser.add_argument(
        "--delimiter",
        choices=[",", ";"],
        default=",",
        help=str(msg("CSV delimiter (default ',')")),
    )


def run(args: argparse.Namespace) -> int:
    kind = ListKind(args.kind)
    country = None
    if args.country:
        country = parse_country(args.country)
        if country is None:
            say(msg("“{value}” is not a Council of Europe member state", value=args.country))
            return EXIT_USAGE
    if args.status and args.status not in _STATUSES[kind]:
        allowed: Message | str = ", ".join(_STATUSES[kind]) or msg("none")
        say(
            msg(
                "{kind} have no status “{status}” (allowed: {allowed})",
                kind=kind.value,
                status=args.status,
                allowed=allowed,
            )
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
        language=Language(args.lang or current_language()),
        headers_in_words=args.headers == "words",
    )
    with opened(args) as services:
        result = ExportService(services).export(request)
    print(_written(kind, result.count, str(result.path)))
    return EXIT_OK


def _written(kind: ListKind, count: int, path: str) -> Message:
    # English names the list by its command word ("1 members written": scripts read it); the
    # plural forms are for languages that make the noun agree.
    if kind is ListKind.MEMBERS:
        return nmsg(
            "{n} members written to {path}", "{n} members written to {path}", count, path=path
        )
    if kind is ListKind.SIGNATORIES:
        return nmsg(
            "{n} signatories written to {path}",
            "{n} signatories written to {path}",
            count,
            path=path,
        )
    return nmsg(
        "{n} applications written to {path}",
        "{n} applications written to {path}",
        count,
        path=path,
    )
