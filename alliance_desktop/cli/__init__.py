"""Headless commands (DESIGN.md §4) over the same services as the window.

Light on purpose: the window's start asks ``is_command`` and must not load the commands (nor
Alembic, the exchange and the reports they import); ``run`` loads them (cli/commands.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

# The commands' names, as cli/commands.py's COMMAND_MODULES give them (a test keeps them equal).
COMMANDS = (
    "init",
    "stats",
    "certificates",
    "backup",
    "restore",
    "check",
    "import",
    "export",
    "audit",
    "labels",
    "imports",
    "undo-import",
    "letters",
    "emails",
    "followups",
    "duplicates",
)


def is_command(argv: Sequence[str]) -> bool:
    """True when ``argv`` asks for a command (or help) rather than the window."""
    return any(a in COMMANDS or a in ("-h", "--help", "--version") for a in argv)


def run(argv: Sequence[str]) -> int:
    """Run the command ``argv`` asks for, speaking the language it asks for; the exit code."""
    from alliance_desktop.cli import commands

    return commands.run(argv)


def __getattr__(name: str) -> Any:
    # build_parser, COMMAND_MODULES: loaded on first use, with every command.
    if name in ("build_parser", "COMMAND_MODULES"):
        from alliance_desktop.cli import commands

        return getattr(commands, name)
    raise AttributeError(name)
