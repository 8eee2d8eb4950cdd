"""Applications: status history, decisions, and accept creating the member in one transaction."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from alliance_desktop.domain.enums import ApplicationStatus
from alliance_desktop.domain.errors import ConflictError, StateError, ValidationError
from alliance_desktop.domain.queries import ListQuery
from alliance_desktop.domain.records import ApplicationDraft, AuthorityDraft, MembershipDraft
from alliance_desktop.services import applications as applications_module
from alliance_desktop.services.data_safety.opening import Services

TODAY = dt.date.today()


def _apply(services: Services, name: str = "Крагујевац", **fields: object) -> str:
    draft = ApplicationDraft(
        applicant_name=name,
        applicant_name_latin=str(fields.pop("latin", "Kragujevac")),
        country_code=str(fields.pop("country", "RS")),
        received_on=fields.pop("received_on", TODAY - dt.timedelta(days=74)),  # type: ignore[arg-type]
        contact_name="Jelena Petrović",
        contact_email="jelena@example.org",
        **fields,  # type: ignore[arg-type]
    )
    return services.applications.create(draft).uid


def test_accept_creates_authority_and_member_with_next_number(services: Services) -> None:
    services.members.create(
        AuthorityDraft(name="Łódź", country_code="PL"),
        MembershipDraft(authority_uid="", joined_on=dt.date(2016, 1, 1)),
    )
    uid = _apply(services)
    record = services.applications.get(uid)
    result = services.applications.accept(uid, record.meta.version)
    assert result.authority_created
    assert result.membership.draft.participant_no == 2
    assert result.membership.authority.draft.name == "Крагујевац"
    assert result.membership.focal_point is not None
    assert result.membership.focal_point.draft.name == "Jelena Petrović"
    accepted = services.applications.get(uid)
    assert accepted.status is ApplicationStatus.ACCEPTED
    assert accepted.decided_on == TODAY
    assert [h.status for h in accepted.history] == [
        ApplicationStatus.RECEIVED,
        ApplicationStatus.ACCEPTED,
    ]
    assert services.stats.members().count == 2
    with pytest.raises(StateError):
        services.applications.decline(uid, None, "too late")


def test_accept_links_an_existing_authority(services: Services) -> None:
    existing, _ = services.authorities.create(
        AuthorityDraft(name="Крагујевац", name_latin="Kragujevac", country_code="RS")
    )
    uid = _apply(services, name="Kragujevac", latin="")
    assert [a.uid for a in services.applications.matches(uid)] == [existing.uid]
    result = services.applications.accept(uid, None, authority_uid=existing.uid)
    assert not result.authority_created
    assert result.membership.authority.uid == existing.uid


def test_failure_while_accepting_leaves_everything_as_it_was(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    uid = _apply(services)

    def crash(*args: object, **kwargs: object) -> None:
        raise RuntimeError("power cut")

    monkeypatch.setattr(applications_module, "create_membership_in", crash)
    with pytest.raises(RuntimeError):
        services.applications.accept(uid, None)
    assert services.applications.get(uid).status is ApplicationStatus.RECEIVED
    assert services.authorities.search("kragujevac") == []
    assert services.members.list().total == 0


def test_decline_needs_a_reason_and_history_is_dated(services: Services) -> None:
    uid = _apply(services)
    with pytest.raises(ValidationError):
        services.applications.decline(uid, None, "  ")
    services.applications.review(uid, None)
    services.applications.request_information(uid, None, "Please send the council's decision")
    declined = services.applications.decline(uid, None, "No commitment letter")
    assert declined.status is ApplicationStatus.DECLINED
    assert declined.decision_note == "No commitment letter"
    assert [(h.previous, h.status) for h in declined.history][1:] == [
        (ApplicationStatus.RECEIVED, ApplicationStatus.UNDER_REVIEW),
        (ApplicationStatus.UNDER_REVIEW, ApplicationStatus.INFORMATION_REQUESTED),
        (ApplicationStatus.INFORMATION_REQUESTED, ApplicationStatus.DECLINED),
    ]
    assert declined.history[2].note == "Please send the council's decision"


def test_withdraw_and_stale_version(services: Services) -> None:
    uid = _apply(services)
    record = services.applications.get(uid)
    services.applications.update(uid, record.meta.version, replace(record.draft, notes="Called"))
    with pytest.raises(ConflictError):
        services.applications.withdraw(uid, record.meta.version)
    assert services.applications.withdraw(uid, None).status is ApplicationStatus.WITHDRAWN


def test_pending_list_days_waiting_and_stats(services: Services) -> None:
    old = _apply(services, name="Şişli", latin="", country="TR")
    _apply(services, name="Lyon", latin="", country="FR", received_on=TODAY - dt.timedelta(5))
    decided = _apply(services, name="Gent", latin="", country="BE")
    services.applications.withdraw(decided, None)
    pending = services.applications.list(ListQuery(status="pending", sort="days_waiting"))
    assert [r.applicant_name for r in pending.rows] == ["Lyon", "Şişli"]
    assert [r.days_waiting for r in pending.rows] == [5, 74]
    longest_first = services.applications.list(
        ListQuery(status="pending", sort="days_waiting", descending=True)
    )
    assert longest_first.rows[0].uid == old
    assert [
        r.applicant_name for r in services.applications.list(ListQuery(search="sisli")).rows
    ] == ["Şişli"]
    assert services.applications.list(ListQuery(status="decided")).total == 1
    assert services.stats.pending() == (2, 74)
    figures = services.stats.figures()
    assert figures.pending == 2 and figures.oldest_pending_days == 74


def test_contact_details_stay_out_of_the_audit_trail(services: Services) -> None:
    uid = _apply(services)
    record = services.applications.get(uid)
    services.applications.update(
        uid, record.meta.version, replace(record.draft, contact_email="new@example.org")
    )
    everything = services.audit.list(limit=None)
    text = repr(everything)
    assert "jelena@example.org" not in text and "new@example.org" not in text
    # Which field changed is recorded, without its values.
    person_changes = [c for e in everything if e.entity == "person" for c in e.changes]
    assert [(c.field, c.old, c.new) for c in person_changes] == [("email", None, None)]


def test_the_pending_range_holds_exactly_the_pending_statuses() -> None:
    """The lists test "pending" as a range of status values; it must stay one alphabetical run
    with a first letter per status, whatever the database's collation."""
    from alliance_desktop.domain.enums import PENDING_STATUSES
    from alliance_desktop.services.lists.applications import PENDING_RANGE

    values = sorted(s.value for s in ApplicationStatus)
    low, high = PENDING_RANGE
    assert {v for v in values if low <= v <= high} == {s.value for s in PENDING_STATUSES}
    assert len({v[0] for v in values}) == len(values)


def test_a_step_taken_earlier_is_dated_when_it_was_taken(services: Services) -> None:
    uid = _apply(services, received_on=TODAY - dt.timedelta(days=60))
    meeting = TODAY - dt.timedelta(days=20)
    services.applications.review(uid, None, on=TODAY - dt.timedelta(days=50))
    with pytest.raises(ValidationError, match="last step"):
        services.applications.accept(uid, None, on=TODAY - dt.timedelta(days=55))
    with pytest.raises(ValidationError, match="future"):
        services.applications.accept(uid, None, on=TODAY + dt.timedelta(days=1))
    result = services.applications.accept(uid, None, on=meeting)
    assert result.application.decided_on == meeting
    assert [h.changed_on for h in result.application.history] == [
        TODAY - dt.timedelta(days=60),
        TODAY - dt.timedelta(days=50),
        meeting,
    ]
    assert result.membership.draft.joined_on == meeting  # joins on the day of the decision


def test_a_step_cannot_be_dated_before_the_application_arrived(services: Services) -> None:
    uid = _apply(services, received_on=TODAY - dt.timedelta(days=10))
    with pytest.raises(ValidationError, match="last step"):
        services.applications.decline(uid, None, "Not eligible", on=TODAY - dt.timedelta(days=11))
    assert services.applications.get(uid).status is ApplicationStatus.RECEIVED
