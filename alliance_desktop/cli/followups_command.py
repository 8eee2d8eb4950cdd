"""The ``followups`` command: the open follow-ups, by due date, with their record and who."""

from __future__ import annotations

import argparse
import datetime as dt

from alliance_desktop.cli.common import EXIT_OK, opened
from alliance_desktop.domain.follow_ups import FollowUpRecord, FollowUpTarget
from alliance_desktop.domain.messages import Message, msg, nmsg
from alliance_desktop.exchange.values import parse_date

NAME = "followups"
HELP = msg("list the open follow-ups (what must be done about a record, by when, by whom)")

TARGET_WORDS = {
    FollowUpTarget.MEMBER: msg("member"),
    FollowUpTarget.SIGNATURE: msg("signatory"),
    FollowUpTarget.APPLICATION: msg("application"),
}


def _date(text: str) -> dt.date:
    try:
        return parse_date(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--due-before",
        type=_date,
        metavar="DATE",
        help=str(msg("only those due by DATE, inclusive (2026-12-31 or 31.12.2026)")),
    )
    parser.add_argument(
        "--overdue", action="store_true", help=str(msg("only those whose day has passed"))
    )
    parser.add_argument("--user", metavar="U", help=str(msg("only those for user U")))


def line(follow_up: FollowUpRecord, today: dt.date) -> str:
    """One follow-up as a line: due date, late or not, record, what, who."""
    late: Message | str = msg("overdue") if follow_up.is_overdue(today) else ""
    who = follow_up.draft.assignee or msg("anyone")
    return "\t".join(
        str(part)
        for part in (
            follow_up.draft.due_on.isoformat(),
            late,
            TARGET_WORDS[follow_up.target],
            follow_up.record_label,
            follow_up.draft.what,
            who,
        )
    )


def run(args: argparse.Namespace, today: dt.date | None = None) -> int:
    today = today or dt.date.today()
    with opened(args, auto_backup=False) as services:
        found = services.follow_ups.due(
            args.due_before,
            overdue_on=today if args.overdue else None,
            assignee=args.user,
        )
    for follow_up in found:
        print(line(follow_up, today))
    late = sum(1 for f in found if f.is_overdue(today))
    print(
        nmsg("{n} follow-up", "{n} follow-ups", len(found))
        if not late
        else nmsg(
            "{n} follow-up, {late} overdue", "{n} follow-ups, {late} overdue", len(found), late=late
        )
    )
    return EXIT_OK
