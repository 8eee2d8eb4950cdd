"""Writing planned member rows in bulk: authorities, memberships and focal points, with audit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from alliance_desktop.db.models import Authority, Membership, Person, new_uid, utcnow
from alliance_desktop.domain.enums import AuditAction, Language, RecordKind
from alliance_desktop.services.base import in_chunks
from alliance_desktop.services.imports.plan import (
    PlannedRow,
    RowAction,
    Ticker,
    audit_row,
    audit_rows,
    cached_fold,
    cached_name_key,
    check_all_matched,
    created_audit_row,
    new_record_params,
    rowcount,
    table_of,
)

AUTHORITY_FIELDS = (  # the authority columns a members import writes
    "name",
    "name_latin",
    "name_en",
    "name_fr",
    "country_code",
    "kind",
    "population",
    "roma_population",
    "roma_population_note",
    "website",
    "email",
    "phone",
    "address",
    "notes",
)
FOCAL_POINT_FUNCTION = "Focal point"  # the function of a focal point an import names


def write_members(
    session: Session,
    user: str,
    rows: list[PlannedRow],
    progress: Ticker,
) -> tuple[int, int, int]:
    """Write the planned rows with bulk INSERT/UPDATE statements.

    Returns (added, updated, linked): the members added, the members updated, and how many
    of the added are authorities already in the register.
    """
    now = utcnow()
    audit: list[dict[str, Any]] = []
    adds = [r for r in rows if r.action in (RowAction.ADD, RowAction.LINK)]
    updates = [r for r in rows if r.action is RowAction.UPDATE]
    authority_ids = _authority_ids(
        session, [r.values["_authority_uid"] for r in rows if r.action is not RowAction.ADD]
    )
    # New authorities.
    new_authorities = [r for r in adds if r.action is RowAction.ADD]
    if new_authorities:
        params = []
        for r in new_authorities:
            v = r.values
            a = {f: v[f] for f in AUTHORITY_FIELDS}
            params.append(new_record_params(a, v["_authority_uid"], now, **_authority_keys(a)))
            audit.append(
                created_audit_row(user, RecordKind.AUTHORITY, v["_authority_uid"], v["name"], a)
            )
        # A plain executemany, then the ids by uid: RETURNING makes SQLite insert row by row.
        session.execute(insert(table_of(Authority)), params)
        authority_ids.update(_authority_ids(session, [p["uid"] for p in params]))
    # Participant numbers: as given, else the next free ones in file order.
    taken = set(session.scalars(select(Membership.participant_no)).all()) | {
        r.values["participant_no"] for r in adds if r.values["participant_no"]
    }
    next_no = max(taken, default=0) + 1
    # Focal points named in the file that are not the stored one become new persons.
    focal_ids = _focal_points(session, user, rows, authority_ids, now, audit)
    if adds:
        params = []
        for r in adds:
            v = r.values
            no = v["participant_no"]
            if no is None:
                no = next_no
                next_no += 1
            m = {
                "participant_no": no,
                "joined_on": v["joined_on"],
                "status": v["status"],
                "left_on": v["left_on"],
                "notes": v["membership_notes"],
            }
            focal = focal_ids.get(r.row)
            # The list keys the triggers would set, so that they leave the row alone; a
            # linked authority's key is the stored one, which the trigger fills in.
            new = r.action is RowAction.ADD
            keys = {
                "list_search_key": _authority_keys(v)["search_key"] if new else "",
                "focal_sort_key": cached_fold(v["focal_point"])[:200] if focal else "",
            }
            params.append(
                new_record_params(
                    m,
                    v["_uid"],
                    now,
                    authority_id=authority_ids[v["_authority_uid"]],
                    focal_point_id=focal,
                    **keys,
                )
            )
            label = f"{v['name']} (no. {no})"
            audit.append(created_audit_row(user, RecordKind.MEMBERSHIP, v["_uid"], label, m))
            progress.tick(len(audit))
        session.execute(insert(table_of(Membership)), params)
    # Linked authorities take the row's fields (only authority changes: no membership yet).
    changed = updates + [r for r in adds if r.action is RowAction.LINK and r.changes]
    if changed:
        _update(session, user, changed, authority_ids, focal_ids, now, audit, progress)
    audit_rows(session, audit)
    linked = sum(1 for r in adds if r.action is RowAction.LINK)
    return len(adds), len(updates), linked


def _authority_ids(session: Session, uids: list[str]) -> dict[str, int]:
    return _ids_by_uid(session, Authority, uids)


def _focal_points(
    session: Session,
    user: str,
    rows: list[PlannedRow],
    authority_ids: Mapping[str, int],
    now: dt.datetime,
    audit: list[dict[str, Any]],
) -> dict[int, int]:
    wanted = [
        r
        for r in rows
        if r.values["focal_point"]
        and (r.action is not RowAction.UPDATE or any(c[0] == "focal_point" for c in r.changes))
    ]
    if not wanted:
        return {}
    params = []
    for r in wanted:
        uid = new_uid()
        person = {
            "name": r.values["focal_point"],
            "function": FOCAL_POINT_FUNCTION,
            "language": Language.EN.value,
            "authority_id": authority_ids[r.values["_authority_uid"]],
        }
        params.append(new_record_params(person, uid, now))
        # Personal data stays out of the audit label (as PersonService does).
        audit.append(
            audit_row(
                user,
                AuditAction.CREATE,
                RecordKind.PERSON.value,
                uid,
                "contact person",
            )
        )
    session.execute(insert(table_of(Person)), params)
    ids = _ids_by_uid(session, Person, [p["uid"] for p in params])
    return {r.row: ids[p["uid"]] for r, p in zip(wanted, params, strict=True)}


def _update(
    session: Session,
    user: str,
    rows: list[PlannedRow],
    authority_ids: Mapping[str, int],
    focal_ids: Mapping[int, int],
    now: dt.datetime,
    audit: list[dict[str, Any]],
    progress: Ticker,
) -> None:
    a_table, m_table = table_of(Authority), table_of(Membership)
    a_params: list[dict[str, Any]] = []
    m_params: list[dict[str, Any]] = []
    for r in rows:
        v = r.values
        changed = {c[0] for c in r.changes}
        a_changes = [c for c in r.changes if c[0] in AUTHORITY_FIELDS]
        m_changes = [c for c in r.changes if c[0] not in AUTHORITY_FIELDS]
        if a_changes:
            a = {f: v[f] for f in AUTHORITY_FIELDS}
            a_params.append(
                {
                    **{f"n_{k}": val for k, val in a.items()},
                    **{f"n_{k}": val for k, val in _authority_keys(a).items()},
                    "b_uid": v["_authority_uid"],
                    "b_version": v["_authority_version"],
                    "n_updated_at": now,
                }
            )
            audit.append(
                audit_row(
                    user,
                    AuditAction.UPDATE,
                    RecordKind.AUTHORITY.value,
                    v["_authority_uid"],
                    v["name"],
                    a_changes,
                )
            )
        if m_changes:
            m_params.append(
                {
                    "n_participant_no": v["participant_no"],
                    "n_joined_on": v["joined_on"],
                    "n_status": v["status"],
                    "n_left_on": v["left_on"],
                    "n_notes": v["membership_notes"],
                    "n_focal_point_id": focal_ids.get(r.row),
                    "n_updated_at": now,
                    "b_uid": r.target_uid,
                    "b_version": r.target_version,
                    "keep_focal": "focal_point" not in changed or not v["focal_point"],
                    "clear_focal": "focal_point" in changed and not v["focal_point"],
                    "moves": "participant_no" in changed,
                }
            )
            audit.append(
                audit_row(
                    user,
                    AuditAction.UPDATE,
                    RecordKind.MEMBERSHIP.value,
                    r.target_uid or "",
                    f"{v['name']} (no. {v['participant_no']})",
                    m_changes,
                )
            )
        progress.tick(len(audit))
    if a_params:
        cols = (*AUTHORITY_FIELDS, "search_key", "name_key", "sort_key", "updated_at")
        stmt = (
            update(a_table)
            .where(a_table.c.uid == bindparam("b_uid"))
            .where(a_table.c.version == bindparam("b_version"))
            .values({c: bindparam(f"n_{c}") for c in cols} | {"version": a_table.c.version + 1})
        )
        check_all_matched(rowcount(session.execute(stmt, a_params)), len(a_params), "authority")
    if m_params:
        # Participant numbers move in two steps so that swapping two numbers works.
        from sqlalchemy import case

        m_cols = ("participant_no", "joined_on", "status", "left_on", "notes", "updated_at")
        focal = case(
            (bindparam("clear_focal"), None),
            (bindparam("keep_focal"), m_table.c.focal_point_id),
            else_=bindparam("n_focal_point_id"),
        )
        moving = [{"b_uid": p["b_uid"]} for p in m_params if p["moves"]]
        if moving:
            park = (
                update(m_table)
                .where(m_table.c.uid == bindparam("b_uid"))
                .values(participant_no=m_table.c.id + _PARKED)
            )
            session.execute(park, moving)
        stmt = (
            update(m_table)
            .where(m_table.c.uid == bindparam("b_uid"))
            .where(m_table.c.version == bindparam("b_version"))
            .values(
                {c: bindparam(f"n_{c}") for c in m_cols}
                | {"version": m_table.c.version + 1, "focal_point_id": focal}
            )
        )
        check_all_matched(rowcount(session.execute(stmt, m_params)), len(m_params), "member")
    del authority_ids


_PARKED = 1_000_000_000  # a participant number no member has, while numbers are swapped


def _ids_by_uid(session: Session, model: Any, uids: list[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for chunk in in_chunks(uids):
        stmt = select(model.uid, model.id).where(model.uid.in_(chunk))
        out.update({uid: id_ for uid, id_ in session.execute(stmt)})
    return out


def _authority_keys(values: Mapping[str, Any]) -> dict[str, str]:
    """The folded forms AuthorityService keeps in step (see apply_authority)."""
    return {
        # search_key() of domain.text, over the cached fold.
        "search_key": "\x1f".join(
            cached_fold(v)
            for v in (values["name"], values["name_latin"], values["name_en"], values["name_fr"])
            if v
        ),
        "name_key": cached_name_key(values["name"])[:200],
        "sort_key": cached_fold(values["name_latin"] or values["name"])[:200],
    }
