"""Signatures: certificate numbers, country from the authority, search, conflicts, trash."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from alliance_desktop.domain.errors import ConflictError, RefusedError, ValidationError
from alliance_desktop.domain.queries import ListQuery
from alliance_desktop.domain.records import AuthorityDraft, SignatureDraft
from alliance_desktop.services.data_safety.opening import Services


def _authority(services: Services, name: str, country: str, latin: str = "") -> str:
    record, _ = services.authorities.create(
        AuthorityDraft(name=name, name_latin=latin, country_code=country)
    )
    return record.uid


def test_numbers_are_assigned_per_year_and_never_reused(services: Services) -> None:
    uid = _authority(services, "Łódź", "PL", "Lodz")
    first = services.signatures.create(
        SignatureDraft(signer_name="Anna Nowak", signed_on=dt.date(2018, 4, 3), authority_uid=uid)
    )
    second = services.signatures.create(
        SignatureDraft(signer_name="Jan Kowalski", signed_on=dt.date(2018, 9, 1), country_code="PL")
    )
    other_year = services.signatures.create(
        SignatureDraft(signer_name="Eva", signed_on=dt.date(2019, 1, 5), country_code="SK")
    )
    assert first.draft.certificate_no == "DAG-2018-0001"
    assert second.draft.certificate_no == "DAG-2018-0002"
    assert other_year.draft.certificate_no == "DAG-2019-0001"
    assert first.draft.country_code == "PL"  # from the authority
    services.signatures.delete(second.uid)
    third = services.signatures.create(
        SignatureDraft(signer_name="Piotr", signed_on=dt.date(2018, 12, 1), country_code="PL")
    )
    assert third.draft.certificate_no == "DAG-2018-0003"


def test_given_number_must_be_free(services: Services) -> None:
    services.signatures.create(
        SignatureDraft(
            signer_name="A",
            signed_on=dt.date(2020, 1, 1),
            country_code="FR",
            certificate_no="DAG-2020-0007",
        )
    )
    with pytest.raises(RefusedError, match="DAG-2020-0007"):
        services.signatures.create(
            SignatureDraft(
                signer_name="B",
                signed_on=dt.date(2020, 1, 2),
                country_code="FR",
                certificate_no="DAG-2020-0007",
            )
        )


def test_rules_are_checked(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.signatures.create(
            SignatureDraft(signer_name="X", signed_on=dt.date(2017, 3, 8), country_code="FR")
        )
    assert caught.value.errors[0].field == "signed_on"
    with pytest.raises(ValidationError) as caught:
        services.signatures.create(SignatureDraft(signer_name="X", signed_on=dt.date(2018, 1, 1)))
    assert caught.value.errors[0].field == "country_code"


def test_search_sort_filter(services: Services) -> None:
    lodz = _authority(services, "Łódź", "PL", "Lodz")
    kragujevac = _authority(services, "Крагујевац", "RS", "Kragujevac")
    services.signatures.create(
        SignatureDraft(signer_name="Hanna", signed_on=dt.date(2018, 1, 1), authority_uid=lodz)
    )
    services.signatures.create(
        SignatureDraft(
            signer_name="Никола", signed_on=dt.date(2019, 2, 2), authority_uid=kragujevac
        )
    )
    services.signatures.create(
        SignatureDraft(signer_name="Ζωή Παππά", signed_on=dt.date(2019, 3, 3), country_code="GR")
    )
    names = lambda q: [r.name for r in services.signatures.list(q).rows]  # noqa: E731
    assert names(ListQuery(search="lodz")) == ["Łódź"]
    assert names(ListQuery(search="kragujevac")) == ["Крагујевац"]
    assert names(ListQuery(search="ζωη")) == ["Ζωή Παππά"]
    assert names(ListQuery(year=2019, sort="signed_on")) == ["Крагујевац", "Ζωή Παππά"]
    assert names(ListQuery(country="PL")) == ["Łódź"]
    assert names(ListQuery(sort="signed_on", descending=True))[0] == "Ζωή Παππά"
    page = services.signatures.list(ListQuery(limit=2))
    assert page.total == 3 and len(page.rows) == 2
    assert len(services.signatures.list_uids(ListQuery(year=2019))) == 2


def test_stale_update_is_a_conflict_and_restore_brings_back(services: Services) -> None:
    record = services.signatures.create(
        SignatureDraft(signer_name="Ana", signed_on=dt.date(2021, 5, 5), country_code="PT")
    )
    updated = services.signatures.update(
        record.uid, record.meta.version, replace(record.draft, signer_function="Mayor")
    )
    assert updated.draft.signer_function == "Mayor"
    assert updated.draft.certificate_no == record.draft.certificate_no
    with pytest.raises(ConflictError, match=r"changed by .* since you opened it") as conflict:
        services.signatures.update(record.uid, record.meta.version, record.draft)
    # The audit trail names who changed it, and when.
    assert conflict.value.by == services.db.user and conflict.value.at is not None
    services.db.user = "mbeos"  # a colleague on the shared database
    services.signatures.delete(record.uid, updated.meta.version)
    assert services.signatures.list().total == 0
    assert [(i.kind, i.deleted_by) for i in services.trash.list()] == [("signature", "mbeos")]
    services.trash.restore("signature", record.uid)
    assert services.signatures.list().total == 1
    actions = [e.action for e in services.audit.history(record.uid)]
    assert actions == ["create", "update", "delete", "restore"]
