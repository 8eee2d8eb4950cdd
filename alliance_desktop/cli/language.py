"""The command line's language: ``--lang`` before the command, else LC_ALL/LC_MESSAGES/LANG.

``alliance-desktop --lang fr stats`` answers in French whatever the environment says;
``--ui-lang`` is the same option under a name that cannot be mistaken for the ``--lang`` of
``export`` and ``certificates``, which (given after the command) choose the document's language.
argparse's own words (usage, errors, "show this help message and exit") are translated from the
CLI's catalogue (fr/cli.po) while a command runs.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager

from alliance_desktop.domain.messages import (
    LANGUAGES,
    current_language,
    language_from_environment,
    msg,
    nmsg,
    ntranslate,
    translate,
    use_language,
)

LANGUAGE_OPTIONS = ("--lang", "--ui-lang")

# argparse's own texts (Python 3.11), listed so that Babel extracts them into fr/cli.po; while a
# command runs argparse looks them up there (see speaking()).
ARGPARSE_TEXTS = (
    msg("usage: "),
    msg("positional arguments"),
    msg("options"),
    msg("show this help message and exit"),
    msg("argument %(argument_name)s: %(message)s"),
    msg("%(prog)s: error: %(message)s\n"),
    msg("unrecognized arguments: %s"),
    msg("not allowed with argument %s"),
    msg("ignored explicit argument %r"),
    msg("the following arguments are required: %s"),
    msg("one of the arguments %s is required"),
    msg("expected one argument"),
    msg("expected at most one argument"),
    msg("expected at least one argument"),
    msg("ambiguous option: %(option)s could match %(matches)s"),
    msg("invalid %(type)s value: %(value)r"),
    msg("invalid choice: %(value)r (choose from %(choices)s)"),
    msg("can't open '%(filename)s': %(error)s"),
    msg("unexpected option string: %s"),
    nmsg("expected %s argument", "expected %s arguments", 2),
)


def requested_language(
    argv: Sequence[str], environ: Mapping[str, str], commands: Sequence[str]
) -> str:
    """The language asked for: the last ``--lang``/``--ui-lang`` before the command, else the
    environment's. An unknown value is left for argparse to refuse (in the environment's)."""
    chosen = ""
    args = list(argv)
    for i, arg in enumerate(args):
        if arg in commands:
            break  # options after the command are the command's own (the document's --lang)
        for option in LANGUAGE_OPTIONS:
            if arg == option and i + 1 < len(args):
                chosen = args[i + 1]
            elif arg.startswith(option + "="):
                chosen = arg.split("=", 1)[1]
    return chosen if chosen in LANGUAGES else language_from_environment(environ)


def add_language_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        *LANGUAGE_OPTIONS,
        dest="ui_language",
        choices=LANGUAGES,
        metavar="{en,fr}",
        help=str(
            msg(
                "language of the messages (default: from LC_ALL, LC_MESSAGES or LANG); given "
                "before the command. The --lang of export and certificates, given after the "
                "command, chooses the document's language."
            )
        ),
    )


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """Messages and argparse's own words in ``language`` for the duration of a command."""
    before = current_language()
    words, plurals = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    use_language(language)
    argparse._ = translate  # type: ignore[attr-defined]
    argparse.ngettext = ntranslate
    try:
        yield
    finally:
        use_language(before)
        argparse._ = words  # type: ignore[attr-defined]
        argparse.ngettext = plurals
