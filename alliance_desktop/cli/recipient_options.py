"""What ``letters`` and ``emails`` share: the template, and choosing its recipients."""

from __future__ import annotations

import argparse

from alliance_desktop.domain.correspondence import Audience, TemplateKind
from alliance_desktop.domain.countries import parse_country
from alliance_desktop.domain.errors import RefusedError
from alliance_desktop.domain.messages import msg
from alliance_desktop.domain.queries import ListQuery
from alliance_desktop.services.correspondence.selection import matching_uids, saved_search_uids
from alliance_desktop.services.data_safety.opening import Services


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--template",
        required=True,
        metavar="NAME",
        help=str(
            msg(
                "the template's name in either language (its records: members, signatories "
                "or applications; each recipient gets the version in their language)"
            )
        ),
    )
    which = parser.add_mutually_exclusive_group()
    which.add_argument(
        "--saved-search", metavar="NAME", help=str(msg("the records a saved search finds today"))
    )
    which.add_argument(
        "--uid", nargs="+", metavar="UID", help=str(msg("the records with these ids"))
    )
    parser.add_argument(
        "--country", metavar="CC", help=str(msg("only this country (code or name)"))
    )
    parser.add_argument("--status", metavar="S", help=str(msg("only this status")))
    parser.add_argument("--year", type=int, metavar="YYYY", help=str(msg("only this year")))
    parser.add_argument(
        "--search", metavar="TEXT", default="", help=str(msg("only names matching TEXT"))
    )
    parser.add_argument(
        "--lang",
        choices=["en", "fr"],
        help=str(msg("write to everyone in this language (default: each recipient's own)")),
    )


def recipients(
    services: Services, args: argparse.Namespace, kind: TemplateKind
) -> tuple[str, Audience, list[str]]:
    """The template's name, its records' kind and the uids chosen by ``args``."""
    name = args.template
    versions = [t for t in services.templates.list(kind) if t.name == name]
    if not versions:
        raise RefusedError(msg("There is no template named “{name}”.", name=name))
    audience = versions[0].draft.audience
    filtered = args.country or args.status or args.year or args.search
    if args.saved_search is not None:
        if filtered:
            raise RefusedError(msg("A saved search brings its own filters; give one or the other."))
        _found, uids = saved_search_uids(services.db, args.saved_search, audience)
        return name, audience, uids
    if args.uid:
        return name, audience, list(dict.fromkeys(args.uid))
    country = None
    if args.country:
        country = parse_country(args.country)
        if country is None:
            raise RefusedError(msg("“{value}” is not a country code or name.", value=args.country))
    query = ListQuery(search=args.search, country=country, status=args.status, year=args.year)
    return name, audience, matching_uids(services.db, audience, query)
