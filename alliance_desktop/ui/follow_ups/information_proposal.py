"""After "Request information": the follow-up proposed to check the answer came, days later."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from alliance_desktop.domain.errors import RefusedError
from alliance_desktop.domain.follow_ups import FollowUpDraft, FollowUpRecord, FollowUpTarget
from alliance_desktop.domain.records import ApplicationRecord, display_name
from alliance_desktop.ui.follow_ups.follow_ups_panel import edit_follow_up
from alliance_desktop.ui.service_errors import report_refusal


def proposed_follow_up(
    services: Any, record: ApplicationRecord, note: str, today: dt.date | None = None
) -> FollowUpDraft:
    """Due the organisation's number of days after today, for the user who asked."""
    days = services.follow_ups.information_days()
    name = display_name(record.draft.applicant_name, record.draft.applicant_name_latin)
    what = QCoreApplication.translate(
        "InformationProposal", "Check that {name} has sent the information requested: {note}"
    ).format(name=name, note=" ".join(note.split()))
    return FollowUpDraft(
        due_on=(today or dt.date.today()) + dt.timedelta(days=days),
        what=what[:1000],
        assignee=services.db.user,
    )


def propose_information_follow_up(
    parent: QWidget | None, services: Any, prompts: Any, record: ApplicationRecord, note: str
) -> FollowUpRecord | None:
    """Show the proposed follow-up; the user may change it, or cancel to add none. The
    follow-up added, or None."""
    try:
        draft = proposed_follow_up(services, record, note)
    except RefusedError as exc:
        report_refusal(parent, prompts, exc)
        return None
    days = (draft.due_on - dt.date.today()).days
    explanation = QCoreApplication.translate(
        "InformationProposal",
        "Information was requested. Be reminded in {days} days if the answer has not come? "
        "Change the follow-up as you need, or choose Cancel to add none.",
    ).format(days=days)
    title = QCoreApplication.translate("InformationProposal", "Follow-up proposed")
    edited = edit_follow_up(parent, services, prompts, draft, title=title, note=explanation)
    if edited is None:
        return None
    try:
        added: FollowUpRecord = services.follow_ups.add(
            FollowUpTarget.APPLICATION, record.uid, edited
        )
        return added
    except RefusedError as exc:
        report_refusal(
            parent,
            prompts,
            exc,
            QCoreApplication.translate("InformationProposal", "Follow-up not added"),
        )
        return None
