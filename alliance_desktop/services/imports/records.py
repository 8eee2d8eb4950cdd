"""Importing signatures and applications, through the services' own create and update helpers."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from alliance_desktop.db.models import Authority, Person, utcnow
from alliance_desktop.domain.enums import (
    AuditAction,
    AuthorityKind,
    Language,
)
from alliance_desktop.domain.errors import FieldError
from alliance_desktop.domain.records import AuthorityDraft, display_name
from alliance_desktop.domain.text import name_key, search_key
from alliance_desktop.domain.validation import clean_draft
from alliance_desktop.exchange import ImportData, ListKind
from alliance_desktop.services.base import field_changes, plain
from alliance_desktop.services.imports.plan import (
    AuthorityMatch,
    Duplicate,
    ImportPlan,
    PlannedRow,
    PlanRows,
    RowAction,
    Ticker,
    clean_line_of,
    create_authority_with_uid,
    keep_uid,
    place_key,
)

# --- signatures and applications: fewer rows, written through the services' own helpers ----


Stored = dict[str, tuple[int, bool, dict[str, Any]]]
"""uid -> (version, in the Trash, values) of the stored records."""


class RecordImport:
    """Shared planning of signatures and applications: stored values, merging, duplicates."""

    kind: ListKind
    fields: tuple[str, ...]
    defaults: dict[str, Any]
    compared: tuple[str, ...]  # the fields whose change makes a row an update

    @staticmethod
    def _stored_label(values: Mapping[str, Any]) -> str:
        raise NotImplementedError

    def _duplicate(
        self,
        plan: PlanRows,
        number: int,
        label: str,
        keys: list[Any],
        db_dup: str | None,
        stored: Stored,
    ) -> Duplicate | None:
        """The earlier row or the stored record (db_dup) the row repeats, if any."""
        existing = self._stored_label(stored[db_dup][2]) if db_dup is not None else ""
        return plan.duplicate(number, label, keys, db_dup, existing)

    def _add_update(
        self,
        plan: PlanRows,
        number: int,
        values: dict[str, Any],
        label: str,
        target: tuple[str, tuple[int, bool, dict[str, Any]]],
        dup: Duplicate | None,
    ) -> None:
        uid, (version, _, stored) = target
        before = {f: stored[f] for f in self.compared}
        after = {f: values[f] for f in self.compared}
        plan.add_update(number, values, label, (uid, version), before, after, dup)

    def _merged(
        self, raw: Mapping[str, Any], mapped: set[str], stored: dict[str, Any] | None
    ) -> dict[str, Any]:
        values = dict(stored) if stored is not None else dict(self.defaults)
        for key in self.fields:
            if key not in mapped:
                continue
            value = raw.get(key)
            if value is None and isinstance(self.defaults.get(key), StrEnum | bool):
                continue  # an empty cell keeps the stored value (or the default)
            values[key] = "" if value is None and isinstance(self.defaults.get(key), str) else value
        return values

    @staticmethod
    def _authority_index(
        session: Session,
    ) -> tuple[dict[str, tuple[str, str]], dict[tuple[str, str], list[str]]]:
        """uid -> (label, country) of authorities, and (country, name key) -> uids."""
        labels: dict[str, tuple[str, str]] = {}
        names: dict[tuple[str, str], list[str]] = {}
        stmt = select(
            Authority.uid, Authority.name, Authority.name_latin, Authority.country_code
        ).where(Authority.deleted_at.is_(None))
        for uid, name, latin, country in session.execute(stmt):
            labels[uid] = (display_name(name, latin), country)
            for n in {name_key(name), name_key(latin)} - {""}:
                names.setdefault((country, n), []).append(uid)
        return labels, names


class SignaturesImport(RecordImport):
    kind = ListKind.SIGNATORIES
    fields = (
        "certificate_no",
        "name",
        "name_latin",
        "country_code",
        "signer_name",
        "signer_function",
        "signed_on",
        "place",
        "language",
        "notes",
        "authority_uid",
    )
    defaults: dict[str, Any] = {  # noqa: RUF012 - read only
        "certificate_no": "",
        "name": "",
        "name_latin": "",
        "country_code": "",
        "signer_name": "",
        "signer_function": "",
        "signed_on": None,
        "place": "",
        "language": Language.EN,
        "notes": "",
        "authority_uid": "",
    }
    compared = (
        "certificate_no",
        "country_code",
        "signer_name",
        "signer_function",
        "signed_on",
        "place",
        "language",
        "notes",
    )

    @staticmethod
    def _stored_label(values: Mapping[str, Any]) -> str:
        return f"{values['name'] or values['signer_name']} ({values['certificate_no']})"

    def plan(self, session: Session, data: ImportData, file_name: str) -> ImportPlan:
        from alliance_desktop.db.models import Signature
        from alliance_desktop.domain.records import SignatureDraft
        from alliance_desktop.domain.validation import validate_signature

        labels, names = self._authority_index(session)
        deleted = set(
            session.scalars(select(Authority.uid).where(Authority.deleted_at.is_not(None)))
        )
        stored: Stored = {}
        by_number: dict[str, str] = {}
        by_authority: dict[str, str] = {}
        stmt = select(Signature, Authority.uid, Authority.name, Authority.name_latin).outerjoin(
            Authority, Signature.authority_id == Authority.id
        )
        for sig, a_uid, a_name, a_latin in session.execute(stmt):
            values: dict[str, Any] = {
                "certificate_no": sig.certificate_no,
                "name": a_name or "",
                "name_latin": a_latin or "",
                "country_code": sig.country_code,
                "signer_name": sig.signer_name,
                "signer_function": sig.signer_function,
                "signed_on": sig.signed_on,
                "place": sig.place,
                "language": sig.language,
                "notes": sig.notes,
                "authority_uid": a_uid or "",
            }
            stored[sig.uid] = (sig.version, sig.deleted_at is not None, values)
            by_number[sig.certificate_no] = sig.uid
            if a_uid and sig.deleted_at is None:
                by_authority[a_uid] = sig.uid
        plan = PlanRows(data, self.kind)
        errors, mapped = plan.errors, plan.mapped
        for raw, number in zip(data.rows, data.row_numbers, strict=True):
            unreadable = number in errors.cell_rows
            uid = raw.get("uid") or None
            target = stored.get(uid) if uid else None
            if target is not None and target[1]:
                errors.add(number, "uid", "this signature is in the Trash; restore it first")
                continue
            target_uid = uid if target is not None else None
            db_dup: str | None = None
            values = self._merged(raw, mapped, target[2] if target else None)
            # The authority: stored one, the id given, or one with the same name and country.
            authority_uid = values["authority_uid"] or ""
            new_authority = ""
            if target is None:
                if authority_uid and authority_uid not in labels:
                    # An authority from another database: made here with the same id.
                    if authority_uid in deleted or not values["name"]:
                        problem = "is in the Trash" if authority_uid in deleted else "is unknown"
                        errors.add(number, "authority_uid", f"this authority {problem}")
                        continue
                    new_authority, authority_uid = authority_uid, ""
                if not authority_uid and values["name"]:
                    for n in (values["name"], values["name_latin"]):
                        k = place_key(values["country_code"] or "", n or "")
                        if k and k in names:
                            authority_uid = names[k][0]
                            break
                number_owner = by_number.get(values["certificate_no"] or "")
                if number_owner is not None:
                    db_dup = number_owner
                elif authority_uid and authority_uid in by_authority:
                    db_dup = by_authority[authority_uid]
                if db_dup is not None:
                    target_uid, target = db_dup, stored[db_dup]
                    keep = target[2]
                    values = self._merged(raw, mapped, keep)
                    authority_uid = keep["authority_uid"]
            values["authority_uid"] = authority_uid
            values["_new_authority_uid"] = new_authority if not authority_uid else ""
            if not values["country_code"] and authority_uid:
                values["country_code"] = labels[authority_uid][1]
            draft = clean_draft(
                SignatureDraft(
                    signer_name=values["signer_name"] or "",
                    signed_on=values["signed_on"] or dt.date.today(),
                    authority_uid=authority_uid or None,
                    country_code=values["country_code"] or "",
                    signer_function=values["signer_function"] or "",
                    place=values["place"] or "",
                    language=Language(values["language"]),
                    certificate_no=values["certificate_no"] or "",
                    notes=values["notes"] or "",
                )
            )
            problems = validate_signature(draft)
            if values["signed_on"] is None:
                problems.append(FieldError("signed_on", "is required"))
            if not draft.country_code:
                problems.append(FieldError("country_code", "is required without an authority"))
            if problems or unreadable:
                errors.fields(number, problems, {})
                continue
            owner = by_number.get(draft.certificate_no) if draft.certificate_no else None
            if owner is not None and owner != target_uid:
                errors.add(number, "certificate_no", "this number belongs to another signature")
                continue
            values.update(
                {f: getattr(draft, f) for f in self.compared},
                language=draft.language.value,
                name=clean_line_of(values["name"]),
                name_latin=clean_line_of(values["name_latin"]),
            )
            who = values["name"] or draft.signer_name
            label = f"{who} ({draft.country_code})"
            keys: list[Any] = [("uid", target_uid)] if target_uid else []
            if draft.certificate_no:
                keys.append(("no", draft.certificate_no))
            name_k = place_key(draft.country_code, who)
            if name_k:
                keys.append(("name", name_k))
            dup = self._duplicate(plan, number, label, keys, db_dup, stored)
            if target is not None and target_uid is not None:
                self._add_update(plan, number, values, label, (target_uid, target), dup)
            else:
                values["_uid"] = uid or ""
                action = RowAction.LINK if authority_uid else RowAction.ADD
                plan.rows.append(PlannedRow(number, action, values, label, duplicate=dup))
        return plan.plan(file_name)

    def apply(
        self,
        session: Session,
        user: str,
        rows: list[PlannedRow],
        links: Mapping[int, str],
        progress: Ticker,
    ) -> tuple[int, int, int]:
        from alliance_desktop.db.models import Signature
        from alliance_desktop.domain.records import SignatureDraft
        from alliance_desktop.services import signatures as sig
        from alliance_desktop.services.base import audit, check_version, load

        added = updated = linked = 0
        made: dict[Any, str] = {}
        for index, r in enumerate(rows):
            v = r.values
            authority_uid = v["authority_uid"] or None
            if r.action is RowAction.ADD and v["name"]:
                # Rows naming the same new authority share the one made for the first.
                key = v["_new_authority_uid"] or place_key(v["country_code"], v["name"])
                authority_uid = made.get(key) if key else None
                if authority_uid is None:
                    authority_uid = create_authority_with_uid(
                        session,
                        user,
                        AuthorityDraft(
                            name=v["name"],
                            name_latin=v["name_latin"],
                            country_code=v["country_code"],
                        ),
                        v["_new_authority_uid"] or None,
                    )
                    if key:
                        made[key] = authority_uid
            draft = SignatureDraft(
                signer_name=v["signer_name"],
                signed_on=v["signed_on"],
                authority_uid=authority_uid,
                country_code=v["country_code"],
                signer_function=v["signer_function"],
                place=v["place"],
                language=Language(v["language"]),
                certificate_no=v["certificate_no"],
                notes=v["notes"],
            )
            if r.action is RowAction.UPDATE:
                assert r.target_uid is not None
                row = load(session, Signature, r.target_uid, sig.KIND)
                check_version(row, r.target_version, sig.KIND, sig._label(row))
                number = draft.certificate_no or row.certificate_no
                sig._check_number_free(session, number, row.uid)
                draft = dataclasses.replace(draft, certificate_no=number)
                sig._apply(session, row, draft)
                row.certificate_no = number
                row.search_key = search_key(row.signer_name, row.place, number)
                row.updated_at = utcnow()
                session.flush()
                audit(
                    session,
                    user,
                    AuditAction.UPDATE,
                    sig.KIND,
                    row.uid,
                    sig._label(row),
                    list(r.changes),
                )
                updated += 1
            else:
                keep_uid(session, sig.create_signature_in(session, user, draft), v["_uid"])
                added += r.action is RowAction.ADD
                linked += r.action is RowAction.LINK
            progress.tick(index + 1)
        return added, updated, linked


class ApplicationsImport(RecordImport):
    kind = ListKind.APPLICATIONS
    fields = (
        "applicant_name",
        "applicant_name_latin",
        "applicant_kind",
        "country_code",
        "channel",
        "received_on",
        "status",
        "decided_on",
        "decision_note",
        "contact_name",
        "contact_function",
        "contact_email",
        "contact_phone",
        "contact_language",
        "commitment_letter",
        "notes",
        "authority_uid",
    )
    # The fields an import may change; status and decision go through the Applications tab.
    _written = (
        "applicant_name",
        "applicant_name_latin",
        "applicant_kind",
        "country_code",
        "channel",
        "received_on",
        "contact_name",
        "contact_function",
        "contact_email",
        "contact_phone",
        "contact_language",
        "commitment_letter",
        "notes",
        "authority_uid",
    )
    compared = _written

    @staticmethod
    def _stored_label(values: Mapping[str, Any]) -> str:
        return (
            f"{values['applicant_name']} ({values['country_code']}, received "
            f"{values['received_on'].isoformat()})"
        )

    @property
    def defaults(self) -> dict[str, Any]:  # type: ignore[override]
        from alliance_desktop.domain.enums import ApplicationChannel, ApplicationStatus

        return {
            "applicant_name": "",
            "applicant_name_latin": "",
            "applicant_kind": AuthorityKind.MUNICIPALITY,
            "country_code": "",
            "channel": ApplicationChannel.WEB_FORM,
            "received_on": None,
            "status": ApplicationStatus.RECEIVED,
            "decided_on": None,
            "decision_note": "",
            "contact_name": "",
            "contact_function": "",
            "contact_email": "",
            "contact_phone": "",
            "contact_language": Language.EN,
            "commitment_letter": False,
            "notes": "",
            "authority_uid": "",
        }

    def plan(self, session: Session, data: ImportData, file_name: str) -> ImportPlan:
        from alliance_desktop.db.models import Application
        from alliance_desktop.domain.enums import ApplicationChannel, ApplicationStatus
        from alliance_desktop.domain.records import ApplicationDraft
        from alliance_desktop.domain.validation import validate_application

        labels, names = self._authority_index(session)
        contact = Person.__table__.alias("contact")
        stmt = (
            select(
                Application.uid,
                Application.version,
                Application.deleted_at,
                Authority.uid,
                contact.c.name,
                contact.c.function,
                contact.c.email,
                contact.c.phone,
                contact.c.language,
                *(
                    getattr(Application, f)
                    for f in (
                        "applicant_name",
                        "applicant_name_latin",
                        "applicant_kind",
                        "country_code",
                        "channel",
                        "received_on",
                        "status",
                        "decided_on",
                        "decision_note",
                        "commitment_letter",
                        "notes",
                    )
                ),
            )
            .outerjoin(Authority, Application.authority_id == Authority.id)
            .outerjoin(contact, Application.contact_id == contact.c.id)
        )
        stored: Stored = {}
        by_name: dict[tuple[str, str], str] = {}
        for r in session.execute(stmt):
            values: dict[str, Any] = {
                "authority_uid": r[3] or "",
                "contact_name": r[4] or "",
                "contact_function": r[5] or "",
                "contact_email": r[6] or "",
                "contact_phone": r[7] or "",
                "contact_language": r[8] or "en",
                "applicant_name": r[9],
                "applicant_name_latin": r[10],
                "applicant_kind": r[11],
                "country_code": r[12],
                "channel": r[13],
                "received_on": r[14],
                "status": r[15],
                "decided_on": r[16],
                "decision_note": r[17],
                "commitment_letter": bool(r[18]),
                "notes": r[19],
            }
            stored[r[0]] = (r[1], r[2] is not None, values)
            if r[2] is None:
                for n in {name_key(r[9]), name_key(r[10])} - {""}:
                    by_name.setdefault((r[12], n), r[0])
        plan = PlanRows(data, self.kind)
        errors, mapped = plan.errors, plan.mapped
        for raw, number in zip(data.rows, data.row_numbers, strict=True):
            unreadable = number in errors.cell_rows
            uid = raw.get("uid") or None
            target = stored.get(uid) if uid else None
            if target is not None and target[1]:
                errors.add(number, "uid", "this application is in the Trash; restore it first")
                continue
            target_uid = uid if target is not None else None
            values = self._merged(raw, mapped, target[2] if target else None)
            db_dup: str | None = None
            if target is None:
                for n in (values["applicant_name"], values["applicant_name_latin"]):
                    k = place_key(values["country_code"] or "", n or "")
                    if k and k in by_name:
                        db_dup = by_name[k]
                        break
                if db_dup is not None:
                    target_uid, target = db_dup, stored[db_dup]
                    values = self._merged(raw, mapped, target[2])
            status = ApplicationStatus(values["status"])
            if target is None and status is not ApplicationStatus.RECEIVED:
                errors.add(
                    number,
                    "status",
                    "a new application is imported as received; decide it in the Applications tab",
                )
                continue
            if target is not None:
                old = target[2]
                for key in ("status", "decided_on", "decision_note"):
                    if plain(values[key]) != plain(old[key]) and (values[key] or old[key]):
                        errors.add(
                            number,
                            key,
                            "status and decision change in the Applications tab, not by import",
                        )
                        break
                else:
                    old = {}
                if old:
                    continue
            authority_uid = values["authority_uid"] or ""
            if authority_uid and authority_uid not in labels:
                errors.add(number, "authority_uid", "no authority has this id")
                continue
            draft = clean_draft(
                ApplicationDraft(
                    applicant_name=values["applicant_name"] or "",
                    country_code=values["country_code"] or "",
                    received_on=values["received_on"] or dt.date.today(),
                    channel=ApplicationChannel(values["channel"]),
                    applicant_kind=AuthorityKind(values["applicant_kind"]),
                    applicant_name_latin=values["applicant_name_latin"] or "",
                    authority_uid=authority_uid or None,
                    contact_name=values["contact_name"] or "",
                    contact_function=values["contact_function"] or "",
                    contact_email=values["contact_email"] or "",
                    contact_phone=values["contact_phone"] or "",
                    contact_language=Language(values["contact_language"]),
                    commitment_letter=bool(values["commitment_letter"]),
                    notes=values["notes"] or "",
                )
            )
            problems = validate_application(draft)
            if values["received_on"] is None:
                problems.append(FieldError("received_on", "is required"))
            if not draft.contact_name and any(
                (draft.contact_function, draft.contact_email, draft.contact_phone)
            ):
                problems.append(FieldError("contact_name", "is required with contact details"))
            if problems or unreadable:
                errors.fields(number, problems, {})
                continue
            for f in self._written:
                value = getattr(draft, f, None) if f != "authority_uid" else authority_uid
                values[f] = value.value if isinstance(value, StrEnum) else value
            label = f"{display_name(draft.applicant_name, draft.applicant_name_latin)}"
            label += f" ({draft.country_code})"
            keys: list[Any] = [("uid", target_uid)] if target_uid else []
            name_k = place_key(draft.country_code, draft.applicant_name)
            if name_k:
                keys.append(("name", name_k))
            dup = self._duplicate(plan, number, label, keys, db_dup, stored)
            if target is not None and target_uid is not None:
                self._add_update(plan, number, values, label, (target_uid, target), dup)
                continue
            if not authority_uid:
                found: list[str] = []
                for n in (draft.applicant_name, draft.applicant_name_latin):
                    k = place_key(draft.country_code, n)
                    found += [u for u in names.get(k, []) if u not in found] if k else []
                if found:
                    plan.matches[number] = tuple(
                        AuthorityMatch(u, labels[u][0], labels[u][1]) for u in found
                    )
            values["_uid"] = uid or ""
            plan.rows.append(PlannedRow(number, RowAction.ADD, values, label, duplicate=dup))
        return plan.plan(file_name)

    def apply(
        self,
        session: Session,
        user: str,
        rows: list[PlannedRow],
        links: Mapping[int, str],
        progress: Ticker,
    ) -> tuple[int, int, int]:
        from alliance_desktop.db.models import Application
        from alliance_desktop.domain.enums import ApplicationChannel
        from alliance_desktop.domain.records import ApplicationDraft
        from alliance_desktop.services import applications as app
        from alliance_desktop.services.base import audit, check_version, load

        added = updated = linked = 0
        for index, r in enumerate(rows):
            v = r.values
            authority_uid = v["authority_uid"] or links.get(r.row) or None
            draft = ApplicationDraft(
                applicant_name=v["applicant_name"],
                country_code=v["country_code"],
                received_on=v["received_on"],
                channel=ApplicationChannel(v["channel"]),
                applicant_kind=AuthorityKind(v["applicant_kind"]),
                applicant_name_latin=v["applicant_name_latin"],
                authority_uid=authority_uid,
                contact_name=v["contact_name"],
                contact_function=v["contact_function"],
                contact_email=v["contact_email"],
                contact_phone=v["contact_phone"],
                contact_language=Language(v["contact_language"]),
                commitment_letter=bool(v["commitment_letter"]),
                notes=v["notes"],
            )
            if r.action is RowAction.UPDATE:
                assert r.target_uid is not None
                row = load(session, Application, r.target_uid, app.KIND)
                check_version(row, r.target_version, app.KIND, app._label(row))
                old = app._values(app.application_record(row).draft)
                app._apply(session, user, row, draft)
                changes = field_changes(old, app._values(draft))
                if changes:
                    row.updated_at = utcnow()
                    session.flush()
                    audit(
                        session,
                        user,
                        AuditAction.UPDATE,
                        app.KIND,
                        row.uid,
                        app._label(row),
                        changes,
                    )
                updated += 1
            else:
                # create_application_in loads the linked authority after adding the row;
                # no autoflush, or the half-filled row is flushed first.
                with session.no_autoflush:
                    made_row = app.create_application_in(session, user, draft)
                keep_uid(session, made_row, v["_uid"])
                added += 1
                linked += authority_uid is not None and not v["authority_uid"]
            progress.tick(index + 1)
        return added, updated, linked
