"""Importing members: an authority and its membership per row, written in bulk."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from alliance_desktop.db.models import Authority, Membership, Person, new_uid, utcnow
from alliance_desktop.domain.enums import (
    AuditAction,
    AuthorityKind,
    Language,
    MembershipStatus,
    RecordKind,
)
from alliance_desktop.domain.errors import FieldError
from alliance_desktop.domain.records import AuthorityDraft, MembershipDraft, display_name
from alliance_desktop.domain.text import name_key
from alliance_desktop.domain.validation import validate_authority, validate_membership
from alliance_desktop.exchange import ImportData, ListKind
from alliance_desktop.services.base import field_changes, in_chunks
from alliance_desktop.services.imports.plan import (
    ImportPlan,
    PlannedRow,
    PlanRows,
    RowAction,
    Ticker,
    audit_row,
    audit_rows,
    cached_fold,
    cached_name_key,
    check_all_matched,
    created_audit_row,
    new_record_params,
    place_key,
    rowcount,
    table_of,
)

# --- members ------------------------------------------------------------------------------

_AUTHORITY_FIELDS = (
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
_MEMBERSHIP_FIELDS = ("participant_no", "joined_on", "status", "left_on", "membership_notes")
_MEMBER_FIELDS = (*_AUTHORITY_FIELDS, *_MEMBERSHIP_FIELDS, "focal_point")


@dataclass(slots=True)
class _StoredMember:
    uid: str
    version: int
    deleted: bool
    authority_uid: str
    authority_version: int
    values: dict[str, Any]


@dataclass(slots=True)
class _StoredAuthority:
    uid: str
    label: str
    country_code: str
    member_uid: str | None


class MembersImport:
    """Members: an authority (its fields) and its membership (number, dates, status)."""

    kind = ListKind.MEMBERS

    def _load(
        self, session: Session
    ) -> tuple[dict[str, _StoredMember], dict[str, _StoredAuthority], dict[Any, list[str]]]:
        focal = Person.__table__.alias("focal")
        stmt = (
            select(
                Membership.uid,
                Membership.version,
                Membership.deleted_at,
                Authority.uid,
                Authority.version,
                Membership.participant_no,
                Membership.joined_on,
                Membership.status,
                Membership.left_on,
                Membership.notes,
                focal.c.name,
                *(getattr(Authority, f) for f in _AUTHORITY_FIELDS),
            )
            .join(Authority, Membership.authority_id == Authority.id)
            .outerjoin(focal, Membership.focal_point_id == focal.c.id)
        )
        members: dict[str, _StoredMember] = {}
        for r in session.execute(stmt):
            values = dict(zip(_AUTHORITY_FIELDS, r[11:], strict=True))
            values.update(
                participant_no=r[5],
                joined_on=r[6],
                status=r[7],
                left_on=r[8],
                membership_notes=r[9],
                focal_point=r[10] or "",
            )
            members[r[0]] = _StoredMember(r[0], r[1], r[2] is not None, r[3], r[4], values)
        authorities: dict[str, _StoredAuthority] = {}
        names: dict[Any, list[str]] = {}
        member_of = {m.authority_uid: m.uid for m in members.values() if not m.deleted}
        stmt2 = select(
            Authority.uid, Authority.name, Authority.name_latin, Authority.country_code
        ).where(Authority.deleted_at.is_(None))
        for uid, name, latin, country in session.execute(stmt2):
            authorities[uid] = _StoredAuthority(
                uid, display_name(name, latin), country, member_of.get(uid)
            )
            for n in {name_key(name), name_key(latin)} - {""}:
                names.setdefault((country, n), []).append(uid)
        self._numbers = {m.values["participant_no"]: m.uid for m in members.values()}
        # Authorities that are not members yet (they applied or signed): a row may link one.
        self._free: dict[str, tuple[int, dict[str, Any]]] = {}
        free_stmt = select(
            Authority.uid, Authority.version, *(getattr(Authority, f) for f in _AUTHORITY_FIELDS)
        ).where(Authority.deleted_at.is_(None))
        trashed = {m.authority_uid for m in members.values() if m.deleted}
        for r in session.execute(free_stmt):
            if r[0] not in member_of and r[0] not in trashed:
                self._free[r[0]] = (r[1], dict(zip(_AUTHORITY_FIELDS, r[2:], strict=True)))
        self._deleted_authorities = set(
            session.scalars(select(Authority.uid).where(Authority.deleted_at.is_not(None)))
        )
        return members, authorities, names

    def plan(self, session: Session, data: ImportData, file_name: str) -> ImportPlan:
        members, authorities, names = self._load(session)
        plan = PlanRows(data, self.kind)
        errors, mapped = plan.errors, plan.mapped
        seen_numbers: dict[int, int] = {}
        seen_uids: dict[str, int] = {}
        for raw, number in zip(data.rows, data.row_numbers, strict=True):
            unreadable = number in errors.cell_rows
            uid = raw.get("uid") or None
            authority_uid = raw.get("authority_uid") or None
            stored = members.get(uid) if uid else None
            if stored is not None and stored.deleted:
                errors.add(number, "uid", "this member is in the Trash; restore it first")
                continue
            if uid is not None and uid in seen_uids:
                errors.add(number, "uid", f"the same id is on row {seen_uids[uid]}")
                continue
            if uid is not None:
                seen_uids[uid] = number
            # What a row without a known uid stands for: a stored authority (by id or name).
            linked: _StoredAuthority | None = None
            name_dup: _StoredAuthority | None = None
            if stored is None:
                if authority_uid and authority_uid in authorities:
                    linked = authorities[authority_uid]
                else:
                    country = raw.get("country_code") or ""
                    for n in (raw.get("name", ""), raw.get("name_latin", "")):
                        k = place_key(country, n or "")
                        if k and k in names:
                            linked = authorities[names[k][0]]
                            break
                if linked is not None and linked.member_uid is not None:
                    name_dup = linked
                    stored = members[linked.member_uid]
                    linked = None
            if linked is not None and linked.uid not in self._free:
                errors.add(number, "name", "this member is in the Trash; restore it first")
                continue
            free = self._free.get(linked.uid) if linked is not None else None
            values = self._merged(raw, mapped, stored, free[1] if free else None)
            auth_draft, member_draft, problems = self._validate(values)
            if problems or unreadable:
                errors.fields(number, problems, {"notes": "notes"})
                continue
            values = self._values_of(auth_draft, member_draft, values["focal_point"])
            label = display_name(values["name"], values["name_latin"])
            label = f"{label} ({values['country_code']})"
            # Rows of the file that stand for the same record or name.
            target_key = stored.uid if stored else (linked.uid if linked else None)
            name_k = place_key(values["country_code"], values["name"])
            keys: list[Any] = [("uid", target_key)] if target_key else []
            if name_k is not None:
                keys.append(("name", name_k))
            first = plan.first_row(keys)
            no = values["participant_no"]
            if no is not None:
                owner = self._numbers.get(no)
                if owner is not None and (stored is None or owner != stored.uid):
                    errors.add(number, "participant_no", f"number {no} belongs to another member")
                    continue
                if first is None and no in seen_numbers:
                    errors.add(
                        number, "participant_no", f"number {no} is also on row {seen_numbers[no]}"
                    )
                    continue
            if stored is None and linked is None and authority_uid in self._deleted_authorities:
                errors.add(number, "authority_uid", "this authority is in the Trash")
                continue
            if first is None and no is not None:
                seen_numbers[no] = number
            if name_dup is not None:
                dup = plan.duplicate(number, label, keys, name_dup.member_uid, name_dup.label)
            else:
                dup = plan.duplicate(number, label, keys)
            if stored is not None:
                # Compared before the hidden "_" values join the row's values.
                target = (stored.uid, stored.version)
                plan.add_update(number, values, label, target, stored.values, values, dup)
                values["_authority_uid"] = stored.authority_uid
                values["_authority_version"] = stored.authority_version
            else:
                values["_uid"] = uid or new_uid()
                if linked is not None:
                    # The row's authority fields are written to the authority it links.
                    version, before = self._free[linked.uid]
                    after = {f: values[f] for f in _AUTHORITY_FIELDS}
                    changes = tuple(field_changes(before, after))
                    values["_authority_uid"] = linked.uid
                    values["_authority_version"] = version
                    plan.rows.append(
                        PlannedRow(
                            number, RowAction.LINK, values, label, changes=changes, duplicate=dup
                        )
                    )
                else:
                    values["_authority_uid"] = authority_uid or new_uid()
                    plan.rows.append(
                        PlannedRow(number, RowAction.ADD, values, label, duplicate=dup)
                    )
        return plan.plan(file_name)

    @staticmethod
    def _merged(
        raw: Mapping[str, Any],
        mapped: set[str],
        stored: _StoredMember | None,
        authority: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """The stored values (or defaults) overlaid with the columns the file has."""
        if stored is not None:
            values = dict(stored.values)
        elif authority is not None:
            values = {f: "" for f in _MEMBER_FIELDS}
            values.update(
                status=MembershipStatus.ACTIVE, participant_no=None, joined_on=None, left_on=None
            )
            values.update(authority)
        else:
            values = {f: "" for f in _MEMBER_FIELDS}
            values.update(
                kind=AuthorityKind.MUNICIPALITY,
                status=MembershipStatus.ACTIVE,
                participant_no=None,
                population=None,
                roma_population=None,
                joined_on=None,
                left_on=None,
            )
        for key in _MEMBER_FIELDS:
            if key not in mapped:
                continue
            value = raw.get(key)
            if key in ("kind", "status", "participant_no") and value is None:
                continue  # an empty cell keeps the stored value (or the default)
            values[key] = value
        return values

    @staticmethod
    def _validate(
        values: Mapping[str, Any],
    ) -> tuple[AuthorityDraft, MembershipDraft, list[FieldError]]:
        # convert_rows cleaned every cell as clean_draft would, and stored values are clean.
        auth = AuthorityDraft(
            name=values["name"] or "",
            country_code=values["country_code"] or "",
            kind=AuthorityKind(values["kind"]),
            name_latin=values["name_latin"] or "",
            name_en=values["name_en"] or "",
            name_fr=values["name_fr"] or "",
            population=values["population"],
            roma_population=values["roma_population"],
            roma_population_note=values["roma_population_note"] or "",
            website=values["website"] or "",
            email=values["email"] or "",
            phone=values["phone"] or "",
            address=values["address"] or "",
            notes=values["notes"] or "",
        )
        problems = validate_authority(auth)
        joined = values["joined_on"]
        member = MembershipDraft(
            authority_uid="",
            joined_on=joined or dt.date.today(),
            participant_no=values["participant_no"],
            status=MembershipStatus(values["status"]),
            left_on=values["left_on"],
            notes=values["membership_notes"] or "",
        )
        if joined is None:
            problems.append(FieldError("joined_on", "is required"))
        else:
            problems += [
                FieldError("membership_notes" if e.field == "notes" else e.field, e.message)
                for e in validate_membership(member)
            ]
        return auth, member, problems

    @staticmethod
    def _values_of(
        auth: AuthorityDraft, member: MembershipDraft, focal_point: str | None
    ) -> dict[str, Any]:
        values: dict[str, Any] = {f: getattr(auth, f) for f in _AUTHORITY_FIELDS}
        values["kind"] = auth.kind.value
        values.update(
            participant_no=member.participant_no,
            joined_on=member.joined_on,
            status=member.status.value,
            left_on=member.left_on,
            membership_notes=member.notes,
            focal_point=" ".join((focal_point or "").split()),
        )
        return values

    def apply(
        self,
        session: Session,
        user: str,
        rows: list[PlannedRow],
        links: Mapping[int, str],
        progress: Ticker,
    ) -> tuple[int, int, int]:
        del links
        now = utcnow()
        audit: list[dict[str, Any]] = []
        adds = [r for r in rows if r.action in (RowAction.ADD, RowAction.LINK)]
        updates = [r for r in rows if r.action is RowAction.UPDATE]
        authority_ids = self._authority_ids(
            session, [r.values["_authority_uid"] for r in rows if r.action is not RowAction.ADD]
        )
        # New authorities.
        new_authorities = [r for r in adds if r.action is RowAction.ADD]
        if new_authorities:
            params = []
            for r in new_authorities:
                v = r.values
                a = {f: v[f] for f in _AUTHORITY_FIELDS}
                params.append(new_record_params(a, v["_authority_uid"], now, **_authority_keys(a)))
                audit.append(
                    created_audit_row(user, RecordKind.AUTHORITY, v["_authority_uid"], v["name"], a)
                )
            # A plain executemany, then the ids by uid: RETURNING makes SQLite insert row by row.
            session.execute(insert(table_of(Authority)), params)
            authority_ids.update(self._authority_ids(session, [p["uid"] for p in params]))
        # Participant numbers: as given, else the next free ones in file order.
        taken = set(session.scalars(select(Membership.participant_no)).all()) | {
            r.values["participant_no"] for r in adds if r.values["participant_no"]
        }
        next_no = max(taken, default=0) + 1
        # Focal points named in the file that are not the stored one become new persons.
        focal_ids = self._focal_points(session, user, rows, authority_ids, now, audit)
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
            self._update(session, user, changed, authority_ids, focal_ids, now, audit, progress)
        audit_rows(session, audit)
        linked = sum(1 for r in adds if r.action is RowAction.LINK)
        return len(adds) - linked, len(updates), linked

    @staticmethod
    def _authority_ids(session: Session, uids: list[str]) -> dict[str, int]:
        return _ids_by_uid(session, Authority, uids)

    @staticmethod
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
                "function": "Focal point",
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

    @staticmethod
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
            a_changes = [c for c in r.changes if c[0] in _AUTHORITY_FIELDS]
            m_changes = [c for c in r.changes if c[0] not in _AUTHORITY_FIELDS]
            if a_changes:
                a = {f: v[f] for f in _AUTHORITY_FIELDS}
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
            cols = (*_AUTHORITY_FIELDS, "search_key", "name_key", "sort_key", "updated_at")
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
