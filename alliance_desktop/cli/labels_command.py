"""The ``labels`` command: address labels on a sheet, or envelopes, for a list or some records."""

from __future__ import annotations

import argparse
import sys

from alliance_desktop.cli.common import EXIT_OK, EXIT_USAGE, opened, say
from alliance_desktop.domain.countries import parse_country
from alliance_desktop.domain.label_layouts import (
    CUSTOM,
    ENVELOPES,
    SHEETS,
    LayoutError,
    SheetLayout,
    parse_custom,
)
from alliance_desktop.domain.messages import current_language, msg, nmsg
from alliance_desktop.domain.queries import ListQuery
from alliance_desktop.exchange import ListKind
from alliance_desktop.services.output.labels import LabelRequest, LabelService
from alliance_desktop.services.output.postal_recipients import RecipientChoice

NAME = "labels"
HELP = msg("print address labels on a label sheet, or envelopes, into one PDF")


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "kind",
        nargs="?",
        default=ListKind.MEMBERS.value,
        choices=[k.value for k in ListKind],
        help=str(msg("whose addresses (default: members)")),
    )
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument(
        "--sheet",
        choices=[*SHEETS, CUSTOM],
        help=str(msg("the label sheet (A4); custom takes --custom")),
    )
    what.add_argument(
        "--envelope", choices=list(ENVELOPES), help=str(msg("one envelope per recipient"))
    )
    parser.add_argument(
        "--custom",
        metavar="COLS,ROWS,W,H,TOP,LEFT,HPITCH,VPITCH",
        help=str(msg("a custom sheet in mm: columns, rows, label size, margins, pitches")),
    )
    parser.add_argument(
        "--start-at",
        type=int,
        default=1,
        metavar="N",
        help=str(msg("the first free label of a part-used sheet (default 1)")),
    )
    parser.add_argument(
        "--outlines",
        action="store_true",
        help=str(msg("draw each label's edge (a test print on plain paper)")),
    )
    parser.add_argument("--uid", nargs="+", metavar="UID", help=str(msg("only these records")))
    parser.add_argument(
        "--country", metavar="CC", help=str(msg("only this country (code or name)"))
    )
    parser.add_argument("--status", metavar="S", help=str(msg("only this status")))
    parser.add_argument(
        "--search", metavar="TEXT", default="", help=str(msg("only names matching TEXT"))
    )
    parser.add_argument(
        "--out", required=True, metavar="FILE.pdf", help=str(msg("the PDF to write"))
    )
    parser.add_argument(
        "--lang",
        choices=["en", "fr"],
        help=str(
            msg(
                "the language of the country lines, whatever the messages' (default: the "
                "language of the messages)"
            )
        ),
    )


def _sheet(args: argparse.Namespace) -> SheetLayout | None:
    if args.sheet is None:
        return None
    if args.sheet != CUSTOM:
        return SHEETS[args.sheet]
    if not args.custom:
        raise LayoutError(
            msg("--sheet custom needs --custom COLS,ROWS,W,H,TOP,LEFT,HPITCH,VPITCH.")
        )
    return parse_custom(args.custom)


def run(args: argparse.Namespace) -> int:
    try:
        sheet = _sheet(args)
    except LayoutError as error:
        say(error.message)
        return EXIT_USAGE
    country = None
    if args.country:
        country = parse_country(args.country)
        if country is None:
            say(msg("“{value}” is not a Council of Europe member state", value=args.country))
            return EXIT_USAGE
    query = ListQuery(search=args.search, country=country, status=args.status or None)
    choice = RecipientChoice(ListKind(args.kind), uids=tuple(args.uid or ()), query=query)
    request = LabelRequest(
        choice=choice,
        path=args.out,
        sheet=sheet,
        envelope=ENVELOPES[args.envelope] if args.envelope else None,
        start_at=args.start_at,
        language=args.lang or current_language(),
        outlines=args.outlines,
    )
    with opened(args) as services:
        result = LabelService(services).make(request)
    if result.without_address:
        say(
            nmsg(
                "{n} recipient has no postal address in the register: {names}",
                "{n} recipients have no postal address in the register: {names}",
                len(result.without_address),
                names=_some(result.without_address),
            )
        )
    words = (
        nmsg(
            "{n} envelope written to {path} (SHA-256 {sha256})",
            "{n} envelopes written to {path} (SHA-256 {sha256})",
            result.count,
            path=str(request.path),
            sha256=result.sha256,
        )
        if request.envelope
        else nmsg(
            "{n} label written to {path} (SHA-256 {sha256})",
            "{n} labels written to {path} (SHA-256 {sha256})",
            result.count,
            path=str(request.path),
            sha256=result.sha256,
        )
    )
    print(words, file=sys.stdout)
    return EXIT_OK


def _some(names: tuple[str, ...], shown: int = 10) -> str:
    """The first names of a long list, then an ellipsis (the count is in the sentence)."""
    return ", ".join(names[:shown]) + (", …" if len(names) > shown else "")
