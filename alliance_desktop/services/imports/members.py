"""Importing members: each row planned as an authority and its membership (members_bulk writes)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from alliance_desktop.db.models import Authority, Membership, Person, new_uid
from alliance_desktop.domain.enums import AuthorityKind, MembershipStatus
from alliance_desktop.domain.errors import FieldError
from alliance_desktop.domain.messages import msg
from alliance_desktop.domain.records import (
    AuthorityDraft,
    MembershipDraft,
    PersonDraft,
    display_name,
)
from alliance_desktop.domain.text import name_key
from alliance_desktop.domain.validation import (
    validate_authority,
    validate_membership,
    validate_person,
)
from alliance_desktop.exchange import ImportData, ListKind
from alliance_desktop.services.base import field_changes
from alliance_desktop.services.imports.links import PlannedLink
from alliance_desktop.services.imports.members_bulk import (
    AUTHORITY_FIELDS,
    FOCAL_POINT_FUNCTION,
    write_members,
)
from alliance_desktop.services.imports.plan import (
    ImportPlan,
    PlannedRow,
    PlanRows,
    RowAction,
    Ticker,
    place_key,
    renamed,
)

_MEMBERSHIP_FIELDS = ("participant_no", "joined_on", "status", "left_on", "membership_notes")
_MEMBER_FIELDS = (*AUTHORITY_FIELDS, *_MEMBERSHIP_FIELDS, "focal_point")


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
                *(getattr(Authority, f) for f in AUTHORITY_FIELDS),
            )
            .join(Authority, Membership.authority_id == Authority.id)
            .outerjoin(focal, Membership.focal_point_id == focal.c.id)
        )
        members: dict[str, _StoredMember] = {}
        for r in session.execute(stmt):
            values = dict(zip(AUTHORITY_FIELDS, r[11:], strict=True))
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
            Authority.uid, Authority.version, *(getattr(Authority, f) for f in AUTHORITY_FIELDS)
        ).where(Authority.deleted_at.is_(None))
        trashed = {m.authority_uid for m in members.values() if m.deleted}
        for r in session.execute(free_stmt):
            if r[0] not in member_of and r[0] not in trashed:
                self._free[r[0]] = (r[1], dict(zip(AUTHORITY_FIELDS, r[2:], strict=True)))
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
                errors.add(number, "uid", msg("this member is in the Trash; restore it first"))
                continue
            if uid is not None and uid in seen_uids:
                errors.add(number, "uid", msg("the same id is on row {row}", row=seen_uids[uid]))
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
                errors.add(number, "name", msg("this member is in the Trash; restore it first"))
                continue
            free = self._free.get(linked.uid) if linked is not None else None
            values = self._merged(raw, mapped, stored, free[1] if free else None)
            auth_draft, member_draft, focal_point, problems = self._validate(values)
            if problems or unreadable:
                errors.fields(number, problems, {"notes": "notes"})
                continue
            values = self._values_of(auth_draft, member_draft, focal_point)
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
                    errors.add(
                        number,
                        "participant_no",
                        msg("number {number} belongs to another member", number=no),
                    )
                    continue
                if first is None and no in seen_numbers:
                    errors.add(
                        number,
                        "participant_no",
                        msg(
                            "number {number} is also on row {row}",
                            number=no,
                            row=seen_numbers[no],
                        ),
                    )
                    continue
            if stored is None and linked is None and authority_uid in self._deleted_authorities:
                errors.add(number, "authority_uid", msg("this authority is in the Trash"))
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
                    after = {f: values[f] for f in AUTHORITY_FIELDS}
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
    ) -> tuple[AuthorityDraft, MembershipDraft, str, list[FieldError]]:
        """The row's authority, membership and focal point's name, and every problem of them
        by the rules the member dialog and ``check`` apply (the focal point is a person)."""
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
            problems.append(FieldError("joined_on", msg("is required")))
        else:
            problems += [
                FieldError("membership_notes" if e.field == "notes" else e.field, e.message)
                for e in validate_membership(member)
            ]
        focal_point = " ".join((values["focal_point"] or "").split())
        if focal_point:
            person = PersonDraft(name=focal_point, function=FOCAL_POINT_FUNCTION)
            problems += renamed(validate_person(person), {"name": "focal_point"})
        return auth, member, focal_point, problems

    @staticmethod
    def _values_of(
        auth: AuthorityDraft, member: MembershipDraft, focal_point: str
    ) -> dict[str, Any]:
        values: dict[str, Any] = {f: getattr(auth, f) for f in AUTHORITY_FIELDS}
        values["kind"] = auth.kind.value
        values.update(
            participant_no=member.participant_no,
            joined_on=member.joined_on,
            status=member.status.value,
            left_on=member.left_on,
            membership_notes=member.notes,
            focal_point=focal_point,
        )
        return values

    @staticmethod
    def planned_links(rows: list[PlannedRow], links: Mapping[int, str]) -> list[PlannedLink]:
        """The authorities rows make members of, as the plan compared them."""
        del links
        return [
            PlannedLink(
                r.row,
                r.values["_authority_uid"],
                r.label,
                r.values["_authority_version"],
                new_member=True,
            )
            for r in rows
            if r.action is RowAction.LINK
        ]

    def apply(
        self,
        session: Session,
        user: str,
        rows: list[PlannedRow],
        links: Mapping[int, str],
        progress: Ticker,
    ) -> tuple[int, int, int]:
        del links
        return write_members(session, user, rows, progress)
