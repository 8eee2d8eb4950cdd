"""Property: for any records and links, unmerge(merge(a, b)) leaves every table as it was."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from alliance_desktop.domain.duplicates import DuplicateKind
from alliance_desktop.services.data_safety.opening import Services
from alliance_desktop.services.duplicates.merging import FIELDS
from tests.services.duplicates.samples import application, authority, dump, member, signature

NAMES = st.sampled_from(["Łódź", "Lodz", "City of Łódź", "Београд", "Beograd", "Timişoara"])
SIDE = st.fixed_dictionaries(
    {
        "name": NAMES,
        "email": st.sampled_from(["", "info@example.org", "office@example.org"]),
        "member": st.booleans(),
        "focal": st.booleans(),
        "signatures": st.integers(0, 2),
        "applications": st.integers(0, 2),
    }
)
CHOICES = st.dictionaries(
    st.sampled_from([*FIELDS[DuplicateKind.AUTHORITY], "membership"]),
    st.sampled_from(["keep", "drop"]),
)


def _make(services: Services, side: dict[str, object], n: int) -> str:
    uid = authority(services, str(side["name"]), email=str(side["email"]), notes=f"record {n}")
    if side["member"]:
        member(services, uid, "Anna Nowak" if side["focal"] else "")
    for i in range(int(side["signatures"])):  # type: ignore[call-overload]
        signature(services, uid, f"Signer {n}-{i}", certificate=i == 0)
    for i in range(int(side["applications"])):  # type: ignore[call-overload]
        application(services, uid, f"Applicant {n}-{i}", "Ewa Lis" if i else "")
    return uid


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(keep=SIDE, drop=SIDE, choices=CHOICES)
def test_unmerge_after_merge_is_the_identity(
    services: Services, keep: dict[str, object], drop: dict[str, object], choices: dict[str, str]
) -> None:
    # Each example adds its own records to the test's database: the dump covers them all.
    keep_uid, drop_uid = _make(services, keep, 1), _make(services, drop, 2)
    before = dump(services)
    versions = [services.authorities.get(u).meta.version for u in (keep_uid, drop_uid)]
    result = services.duplicates.merge(
        DuplicateKind.AUTHORITY, keep_uid, drop_uid, choices, *versions
    )
    assert dump(services) != before
    services.duplicates.unmerge(result.merge_uid)
    assert dump(services) == before
