"""The decisions on an application (accept, decline, request information, withdraw, review),
asked and reported through Prompts, for the Applications tab and the application dialog."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from alliance_desktop.domain.enums import ApplicationStatus
from alliance_desktop.domain.errors import ConflictError, RefusedError
from alliance_desktop.domain.records import AcceptResult, ApplicationRecord, display_name
from alliance_desktop.services.data_safety.opening import Services
from alliance_desktop.ui.follow_ups.information_proposal import propose_information_follow_up
from alliance_desktop.ui.prompts import Prompts
from alliance_desktop.ui.undo import undo_names
from alliance_desktop.ui.undo.undo_history import recorded
from alliance_desktop.ui.widgets.authority_picker import authority_text
from alliance_desktop.ui.widgets.country_box import country_label

OnConflict = Callable[[ConflictError], None]

ACCEPT = "accept"
DECLINE = "decline"
REQUEST_INFORMATION = "request_information"
WITHDRAW = "withdraw"
REVIEW = "review"

_R = ApplicationStatus.RECEIVED
_U = ApplicationStatus.UNDER_REVIEW
_I = ApplicationStatus.INFORMATION_REQUESTED

# Which statuses each action starts from (the service refuses the others).
ALLOWED: dict[str, frozenset[ApplicationStatus]] = {
    ACCEPT: frozenset({_R, _U, _I}),
    DECLINE: frozenset({_R, _U, _I}),
    WITHDRAW: frozenset({_R, _U, _I}),
    REQUEST_INFORMATION: frozenset({_R, _U}),
    REVIEW: frozenset({_R, _I}),
}


def can(action: str, status: ApplicationStatus) -> bool:
    """Whether ``action`` applies to an application in ``status`` (for enabling buttons)."""
    return status in ALLOWED[action]


def _name(record: ApplicationRecord) -> str:
    draft = record.draft
    return QCoreApplication.translate("ApplicationActions", "{name} ({country})").format(
        name=display_name(draft.applicant_name, draft.applicant_name_latin),
        country=country_label(draft.country_code),
    )


def _refused(
    parent: QWidget | None,
    prompts: Prompts,
    title: str,
    error: RefusedError,
    on_conflict: OnConflict | None,
) -> None:
    if isinstance(error, ConflictError) and on_conflict is not None:
        on_conflict(error)
    else:
        prompts.error(parent, title, str(error))


def accept_application(
    parent: QWidget | None,
    services: Services,
    prompts: Prompts,
    uid: str,
    version: int | None,
    *,
    on_conflict: OnConflict | None = None,
) -> AcceptResult | None:
    """Accept: link a matching authority (the user chooses) or create one, and make it a
    member with the next participant number. None when cancelled or refused."""
    title = QCoreApplication.translate("ApplicationActions", "Accept application")
    try:
        record = services.applications.get(uid)
        matches = services.applications.matches(uid)
    except RefusedError as exc:
        _refused(parent, prompts, title, exc, on_conflict)
        return None
    authority_uid: str | None = None
    linked = next((m for m in matches if m.uid == record.draft.authority_uid), None)
    if linked is not None:
        # The application already names its authority (the dialog's "In the register"):
        # that choice was made; confirm it rather than ask it again.
        if not prompts.confirm(
            parent,
            title,
            QCoreApplication.translate(
                "ApplicationActions",
                "Accept {name} as a member of the Alliance? It is linked to {authority}, "
                "already in the register; its membership, with the next participant number, "
                "will be created.",
            ).format(name=_name(record), authority=authority_text(linked)),
        ):
            return None
        authority_uid = linked.uid
    elif matches:
        choices = [
            QCoreApplication.translate(
                "ApplicationActions", "Link to {authority}, already in the register"
            ).format(authority=authority_text(m))
            for m in matches
        ]
        choices.append(
            QCoreApplication.translate(
                "ApplicationActions", "Create a new authority from the application"
            )
        )
        first = matches[0]
        choice = prompts.choose(
            parent,
            title,
            QCoreApplication.translate(
                "ApplicationActions",
                "{name} ({country}) already exists. Accept the application by linking it, "
                "or create a new authority?",
            ).format(name=first.display_name, country=country_label(first.draft.country_code)),
            choices,
        )
        if choice is None:
            return None
        if choice < len(matches):
            authority_uid = matches[choice].uid
    elif not prompts.confirm(
        parent,
        title,
        QCoreApplication.translate(
            "ApplicationActions",
            "Accept {name} as a member of the Alliance? The authority and its membership, "
            "with the next participant number, will be created.",
        ).format(name=_name(record)),
    ):
        return None
    try:
        with recorded(services, undo_names.accepted) as step:
            step.uid = uid
            result = services.applications.accept(uid, version, authority_uid=authority_uid)
    except RefusedError as exc:
        _refused(
            parent,
            prompts,
            QCoreApplication.translate("ApplicationActions", "Not accepted"),
            exc,
            on_conflict,
        )
        return None
    prompts.info(
        parent,
        QCoreApplication.translate("ApplicationActions", "Application accepted"),
        accepted_text(result),
    )
    return result


def accepted_text(result: AcceptResult) -> str:
    return QCoreApplication.translate(
        "ApplicationActions", "Accepted: {name} is member no. {number}."
    ).format(name=result.membership.authority.display_name, number=result.membership.participant_no)


def _move(
    parent: QWidget | None,
    services: Services,
    prompts: Prompts,
    uid: str,
    version: int | None,
    *,
    title: str,
    label: str,
    required: bool,
    call: Callable[[str, int | None, str], ApplicationRecord],
    name: Callable[[str], str],
    on_conflict: OnConflict | None,
) -> ApplicationRecord | None:
    try:
        record = services.applications.get(uid)
    except RefusedError as exc:
        _refused(parent, prompts, title, exc, on_conflict)
        return None
    note = prompts.ask_text(parent, title, label.format(name=_name(record)), required=required)
    if note is None or (required and not note.strip()):
        return None
    try:
        with recorded(services, name) as step:
            step.uid = uid
            return call(uid, version, note)
    except RefusedError as exc:
        _refused(parent, prompts, title, exc, on_conflict)
        return None


def decline_application(
    parent: QWidget | None,
    services: Services,
    prompts: Prompts,
    uid: str,
    version: int | None,
    *,
    on_conflict: OnConflict | None = None,
) -> ApplicationRecord | None:
    """Decline, with the reason the user must give (kept in the history)."""
    return _move(
        parent,
        services,
        prompts,
        uid,
        version,
        title=QCoreApplication.translate("ApplicationActions", "Decline application"),
        label=QCoreApplication.translate(
            "ApplicationActions", "Why is the application of {name} declined? (required)"
        ),
        required=True,
        call=services.applications.decline,
        name=undo_names.declined,
        on_conflict=on_conflict,
    )


def request_information(
    parent: QWidget | None,
    services: Services,
    prompts: Prompts,
    uid: str,
    version: int | None,
    *,
    on_conflict: OnConflict | None = None,
) -> ApplicationRecord | None:
    """Mark that information was asked from the applicant, with what was asked; then propose
    a follow-up to check that the answer came (the user may change or decline it)."""

    def call(uid: str, version: int | None, note: str) -> ApplicationRecord:
        record = services.applications.request_information(uid, version, note)
        # Inside the undoable step: undoing the request takes its follow-up away too.
        propose_information_follow_up(parent, services, prompts, record, note)
        return record

    result = _move(
        parent,
        services,
        prompts,
        uid,
        version,
        title=QCoreApplication.translate("ApplicationActions", "Request information"),
        label=QCoreApplication.translate(
            "ApplicationActions", "What information was asked from {name}?"
        ),
        required=True,
        call=call,
        name=undo_names.information_requested,
        on_conflict=on_conflict,
    )
    return result


def withdraw_application(
    parent: QWidget | None,
    services: Services,
    prompts: Prompts,
    uid: str,
    version: int | None,
    *,
    on_conflict: OnConflict | None = None,
) -> ApplicationRecord | None:
    """The applicant withdrew; an optional note says how."""
    return _move(
        parent,
        services,
        prompts,
        uid,
        version,
        title=QCoreApplication.translate("ApplicationActions", "Withdraw application"),
        label=QCoreApplication.translate(
            "ApplicationActions", "{name} withdraws the application. Note (optional):"
        ),
        required=False,
        call=services.applications.withdraw,
        name=undo_names.withdrawn,
        on_conflict=on_conflict,
    )


def review_application(
    parent: QWidget | None,
    services: Services,
    prompts: Prompts,
    uid: str,
    version: int | None,
    *,
    on_conflict: OnConflict | None = None,
) -> ApplicationRecord | None:
    """Start (or resume) the review, with an optional note."""
    return _move(
        parent,
        services,
        prompts,
        uid,
        version,
        title=QCoreApplication.translate("ApplicationActions", "Start review"),
        label=QCoreApplication.translate(
            "ApplicationActions", "The application of {name} is now under review. Note (optional):"
        ),
        required=False,
        call=services.applications.review,
        name=undo_names.reviewed,
        on_conflict=on_conflict,
    )
