"""Follow-ups: add, edit, complete, reopen, delete; conflicts; counts by week; trash and erase."""

from __future__ import annotations

import datetime as dt

import pytest

from alliance_desktop.domain.errors import ConflictError, StateError, ValidationError
from alliance_desktop.domain.follow_ups import FollowUpDraft, FollowUpTarget, end_of_week
from alliance_desktop.domain.queries import ListQuery
from alliance_desktop.domain.records import (
    ApplicationDraft,
    AuthorityDraft,
    MembershipDraft,
    SignatureDraft,
)
from alliance_desktop.services.data_safety.opening import Services

MEMBER, SIGNATURE, APPLICATION = FollowUpTarget
# A Wednesday: its week runs from Monday 2026-11-30 to Sunday 2026-12-06.
WEDNESDAY = dt.date(2026, 12, 2)


def _member(services: Services, name: str = "Łódź") -> str:
    record, _ = services.members.create(
        AuthorityDraft(name=name, country_code="PL"),
        MembershipDraft(authority_uid="", joined_on=dt.date(2016, 1, 1)),
    )
    return record.meta.uid


def _signature(services: Services) -> str:
    draft = SignatureDraft(
        signer_name="Ana Ionescu", signed_on=dt.date(2018, 5, 2), country_code="RO"
    )
    return services.signatures.create(draft).meta.uid


def _application(services: Services, email: str = "jelena@example.org") -> str:
    draft = ApplicationDraft(
        applicant_name="Крагујевац",
        country_code="RS",
        received_on=dt.date(2026, 10, 1),
        contact_name="Jelena Petrović",
        contact_email=email,
    )
    return services.applications.create(draft).uid


def _draft(due: dt.date, what: str = "Call the focal point", who: str = "marie") -> FollowUpDraft:
    return FollowUpDraft(due_on=due, what=what, assignee=who)


def test_add_complete_reopen_delete_and_restore(services: Services) -> None:
    member = _member(services)
    added = services.follow_ups.add(MEMBER, member, _draft(WEDNESDAY))
    assert added.record_uid == member
    assert added.record_label == "Łódź (no. 1)"
    assert added.created_by == services.db.user
    assert not added.is_done
    done = services.follow_ups.complete(added.uid, added.meta.version, on=WEDNESDAY)
    assert (done.done_on, done.done_by) == (WEDNESDAY, services.db.user)
    assert done.meta.version == added.meta.version + 1
    with pytest.raises(StateError):
        services.follow_ups.complete(done.uid, done.meta.version)
    reopened = services.follow_ups.reopen(done.uid, done.meta.version)
    assert reopened.done_on is None and reopened.done_by == ""
    services.follow_ups.delete(reopened.uid, reopened.meta.version)
    assert services.follow_ups.for_record(MEMBER, member) == []
    services.follow_ups.restore(reopened.uid)
    assert [f.uid for f in services.follow_ups.for_record(MEMBER, member)] == [added.uid]
    actions = [e.action for e in services.audit.history(added.uid)]
    assert actions.count("update") == 2 and "create" in actions and "delete" in actions


def test_a_stale_copy_is_refused(services: Services) -> None:
    application = _application(services)
    added = services.follow_ups.add(APPLICATION, application, _draft(WEDNESDAY))
    services.follow_ups.update(added.uid, added.meta.version, _draft(WEDNESDAY, "Phone them"))
    with pytest.raises(ConflictError):
        services.follow_ups.update(added.uid, added.meta.version, _draft(WEDNESDAY, "E-mail"))
    with pytest.raises(ConflictError):
        services.follow_ups.complete(added.uid, added.meta.version)
    with pytest.raises(ConflictError):
        services.follow_ups.delete(added.uid, added.meta.version)
    assert services.follow_ups.get(added.uid).draft.what == "Phone them"


def test_what_to_do_is_required(services: Services) -> None:
    signature = _signature(services)
    with pytest.raises(ValidationError):
        services.follow_ups.add(SIGNATURE, signature, _draft(WEDNESDAY, "   "))


@pytest.mark.parametrize(
    ("today", "due_this_week", "overdue"),
    [
        (dt.date(2026, 11, 30), 5, 0),  # Monday: everything from Monday to Sunday is ahead
        (WEDNESDAY, 3, 2),  # Monday and Tuesday are late now
        (dt.date(2026, 12, 6), 1, 4),  # Sunday: only Sunday's is still due this week
        (dt.date(2026, 12, 7), 1, 5),  # next Monday: the next Monday's is due, all else late
    ],
)
def test_counts_around_the_week_boundaries(
    services: Services, today: dt.date, due_this_week: int, overdue: int
) -> None:
    application = _application(services)
    for day in (30, 1, 2, 4, 6):  # Mon 30 Nov, Tue 1, Wed 2, Fri 4, Sun 6 Dec
        month = 11 if day == 30 else 12
        services.follow_ups.add(APPLICATION, application, _draft(dt.date(2026, month, day)))
    services.follow_ups.add(APPLICATION, application, _draft(dt.date(2026, 12, 7)))
    done = services.follow_ups.add(APPLICATION, application, _draft(dt.date(2026, 11, 2)))
    services.follow_ups.complete(done.uid, done.meta.version)
    counts = services.follow_ups.counts(today)
    assert (counts.due_this_week, counts.overdue) == (due_this_week, overdue)
    listed = services.follow_ups.due(end_of_week(today))
    assert len(listed) == due_this_week + overdue
    assert [f.draft.due_on for f in listed] == sorted(f.draft.due_on for f in listed)
    assert len(services.follow_ups.due(overdue_on=today)) == overdue


def test_a_record_in_the_trash_takes_its_follow_ups_with_it(services: Services) -> None:
    member = _member(services)
    signature = _signature(services)
    services.follow_ups.add(MEMBER, member, _draft(WEDNESDAY))
    services.follow_ups.add(SIGNATURE, signature, _draft(WEDNESDAY, who="jean"))
    assert services.follow_ups.counts(WEDNESDAY).due_this_week == 2
    assert [f.target for f in services.follow_ups.due(assignee="Jean")] == [SIGNATURE]
    services.members.delete(member)
    assert services.follow_ups.counts(WEDNESDAY).due_this_week == 1
    assert [f.target for f in services.follow_ups.due()] == [SIGNATURE]
    services.members.restore(member)
    assert services.follow_ups.counts(WEDNESDAY).due_this_week == 2


def test_the_tabs_filter_keeps_the_records_with_a_follow_up_due(services: Services) -> None:
    first, second = _member(services, "Łódź"), _member(services, "Timișoara")
    services.follow_ups.add(MEMBER, second, _draft(WEDNESDAY))
    late = services.follow_ups.add(MEMBER, first, _draft(dt.date(2026, 12, 20)))
    application = _application(services)
    services.follow_ups.add(APPLICATION, application, _draft(dt.date(2026, 11, 1)))
    _application(services, "other@example.org")
    signature = _signature(services)
    done = services.follow_ups.add(SIGNATURE, signature, _draft(WEDNESDAY))
    services.follow_ups.complete(done.uid, done.meta.version)
    query = ListQuery(follow_up_due_by=end_of_week(WEDNESDAY), limit=50)
    assert [r.uid for r in services.members.list(query).rows] == [second]
    assert services.members.list(query).total == 1
    assert [r.uid for r in services.applications.list(query).rows] == [application]
    assert services.signatures.list(query).rows == ()
    services.follow_ups.update(late.uid, late.meta.version, _draft(WEDNESDAY))
    assert services.members.list(query).total == 2


def test_erasing_a_person_scrubs_their_name_from_follow_ups(services: Services) -> None:
    application = _application(services)
    added = services.follow_ups.add(
        APPLICATION, application, _draft(WEDNESDAY, "Ask Jelena Petrović for the decision")
    )
    person = services.applications.get(application).contact_uid
    assert person is not None
    services.privacy.erase(person)
    assert "Petrović" not in services.follow_ups.get(added.uid).draft.what


def test_the_information_days_setting(services: Services) -> None:
    assert services.follow_ups.information_days() == 21
    services.follow_ups.set_information_days(14)
    assert services.follow_ups.information_days() == 14
    with pytest.raises(ValidationError):
        services.follow_ups.set_information_days(0)
