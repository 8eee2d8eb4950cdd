"""The ``certificates`` command: print signature certificates to one PDF or one file each."""

from __future__ import annotations

import argparse
from pathlib import Path

from alliance_desktop.cli.common import EXIT_OK, opened
from alliance_desktop.domain.countries import parse_country
from alliance_desktop.domain.errors import RefusedError
from alliance_desktop.domain.messages import msg, nmsg
from alliance_desktop.services.output.certificates import LANGUAGES

NAME = "certificates"
HELP = msg("print signature certificates (and register them as issued)")


def register(parser: argparse.ArgumentParser) -> None:
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--all", action="store_true", help=str(msg("every signature not in the Trash"))
    )
    which.add_argument(
        "--uid",
        nargs="+",
        metavar="UID",
        help=str(msg("the signatures with these ids, in this order")),
    )
    which.add_argument("--country", metavar="CC", help=str(msg("every signature of one country")))
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument(
        "--out", metavar="FILE.pdf", help=str(msg("one PDF, one page per certificate"))
    )
    where.add_argument("--out-dir", metavar="DIR", help=str(msg("one PDF per certificate in DIR")))
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help=str(
            msg(
                "the certificates' language, whatever the messages' (default: the language "
                "each signatory signed in)"
            )
        ),
    )


def run(args: argparse.Namespace) -> int:
    with opened(args) as services:
        certificates = services.certificates
        if args.all:
            uids = certificates.signature_uids()
        elif args.country is not None:
            country = parse_country(args.country)
            if country is None:
                raise RefusedError(
                    msg("“{value}” is not a country code or name.", value=args.country)
                )
            uids = certificates.signature_uids(country)
        else:
            uids = list(args.uid)
        if not uids:
            raise RefusedError(msg("There are no signatures to print; nothing was written."))
        if args.out is not None:
            issued = certificates.make_pdf(uids, args.out, args.lang)
            print(
                nmsg(
                    "{n} certificate written to {path} (SHA-256 {sha256})",
                    "{n} certificates written to {path} (SHA-256 {sha256})",
                    issued.pages,
                    path=str(issued.path),
                    sha256=issued.sha256,
                )
            )
        else:
            folder = Path(args.out_dir)
            folder.mkdir(parents=True, exist_ok=True)
            files = certificates.make_files(uids, folder, args.lang)
            for file in files:
                print(f"{file.issue.certificate_no}\t{file.path}")
            print(
                nmsg(
                    "{n} certificate written to {folder}",
                    "{n} certificates written to {folder}",
                    len(files),
                    folder=str(folder),
                )
            )
    return EXIT_OK
