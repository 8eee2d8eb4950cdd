"""The ``letters`` command: a template's letters to chosen records, one PDF or one file each."""

from __future__ import annotations

import argparse
from pathlib import Path

from alliance_desktop.cli import recipient_options
from alliance_desktop.cli.common import EXIT_OK, opened
from alliance_desktop.domain.correspondence import TemplateKind
from alliance_desktop.domain.errors import RefusedError
from alliance_desktop.domain.messages import msg, nmsg

NAME = "letters"
HELP = msg("write letters from a template to members, signatories or applicants (PDF)")


def register(parser: argparse.ArgumentParser) -> None:
    recipient_options.register(parser)
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument(
        "--out", metavar="FILE.pdf", help=str(msg("one PDF, a letter after another"))
    )
    where.add_argument("--out-dir", metavar="DIR", help=str(msg("one PDF per recipient in DIR")))


def run(args: argparse.Namespace) -> int:
    with opened(args) as services:
        name, audience, uids = recipient_options.recipients(services, args, TemplateKind.LETTER)
        if not uids:
            raise RefusedError(msg("No records match; nothing was written."))
        if args.out is not None:
            Path(args.out).parent.mkdir(parents=True, exist_ok=True)
            run = services.letters.make_pdf(name, audience, uids, args.out, args.lang)
            print(
                nmsg(
                    "{n} letter written to {path} ({pages} pages, SHA-256 {sha256})",
                    "{n} letters written to {path} ({pages} pages, SHA-256 {sha256})",
                    len(run.items),
                    path=str(run.files[0]),
                    pages=run.pages,
                    sha256=run.items[0].sha256,
                )
            )
        else:
            folder = Path(args.out_dir)
            folder.mkdir(parents=True, exist_ok=True)
            run = services.letters.make_files(name, audience, uids, folder, args.lang)
            for item, path in zip(run.items, run.files, strict=True):
                print(f"{item.language}\t{path}")
            print(
                nmsg(
                    "{n} letter written to {folder}",
                    "{n} letters written to {folder}",
                    len(run.items),
                    folder=str(folder),
                )
            )
    return EXIT_OK
