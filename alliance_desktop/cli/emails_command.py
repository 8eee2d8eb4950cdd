"""The ``emails`` command: a template's e-mails to chosen records, one ``.eml`` file each."""

from __future__ import annotations

import argparse
from pathlib import Path

from alliance_desktop.cli import recipient_options
from alliance_desktop.cli.common import EXIT_OK, opened, say
from alliance_desktop.domain.correspondence import TemplateKind
from alliance_desktop.domain.errors import RefusedError
from alliance_desktop.domain.messages import msg, nmsg

NAME = "emails"
HELP = msg("write e-mails from a template as .eml files to open in a mail client")


def register(parser: argparse.ArgumentParser) -> None:
    recipient_options.register(parser)
    parser.add_argument(
        "--out-dir", required=True, metavar="DIR", help=str(msg("one .eml file per recipient"))
    )
    parser.add_argument(
        "--attach-certificate",
        action="store_true",
        help=str(msg("attach each signatory's certificate (registered as issued)")),
    )


def run(args: argparse.Namespace) -> int:
    with opened(args) as services:
        name, audience, uids = recipient_options.recipients(services, args, TemplateKind.EMAIL)
        if not uids:
            raise RefusedError(msg("No records match; nothing was written."))
        folder = Path(args.out_dir)
        folder.mkdir(parents=True, exist_ok=True)
        run = services.emails.make_files(
            name, audience, uids, folder, args.lang, args.attach_certificate
        )
        for item, path in zip(run.items, run.files, strict=True):
            print(f"{item.language}\t{path}")
        for missing in run.without_address:
            say(msg("{name}: no e-mail address; print a letter instead.", name=missing.label))
        for invalid in run.invalid_address:
            say(
                msg(
                    "{name}: “{address}” is not a valid e-mail address; nothing was written.",
                    name=invalid.label,
                    address=invalid.address,
                )
            )
        if not run.files:
            raise RefusedError(
                msg(
                    "None of the chosen recipients has a valid e-mail address; nothing was written."
                )
            )
        print(
            nmsg(
                "{n} e-mail written to {folder}",
                "{n} e-mails written to {folder}",
                len(run.items),
                folder=str(folder),
            )
        )
        if run.certificates:
            print(
                nmsg(
                    "{n} certificate attached and registered as issued",
                    "{n} certificates attached and registered as issued",
                    run.certificates,
                )
            )
    return EXIT_OK
