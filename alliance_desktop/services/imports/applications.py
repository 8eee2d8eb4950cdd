"""Importing applications: received ones only, offered a link to an authority of the register."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from alliance_desktop.db.models import Authority, Person, utcnow
from alliance_desktop.domain.enums import AuditAction, AuthorityKind, Language
from alliance_desktop.domain.errors import FieldError
from alliance_desktop.domain.messages import msg
from alliance_desktop.domain.records import PersonDraft, display_name
from alliance_desktop.domain.text import name_key
from alliance_desktop.domain.validation import clean_draft, validate_person
from alliance_desktop.exchange import ImportData, ListKind
from alliance_desktop.services.base import field_changes, plain
from alliance_desktop.services.imports.links import PlannedLink
from alliance_desktop.services.imports.plan import (
    AuthorityMatch,
    ImportPlan,
    PlannedRow,
    PlanRows,
    RowAction,
    Ticker,
    place_key,
    renamed,
    without_repeats,
)
from alliance_desktop.services.imports.records import (
    RecordImport,
    Stored,
    keep_uid,
)

# The contact person's fields as the application's columns name them.
_CONTACT_FIELDS = {
    "name": "contact_name",
    "function": "contact_function",
    "email": "contact_email",
    "phone": "contact_phone",
}


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
                errors.add(number, "uid", msg("this application is in the Trash; restore it first"))
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
                    msg(
                        "a new application is imported as received; decide it in the "
                        "Applications tab"
                    ),
                )
                continue
            if target is not None:
                old = target[2]
                for key in ("status", "decided_on", "decision_note"):
                    if plain(values[key]) != plain(old[key]) and (values[key] or old[key]):
                        errors.add(
                            number,
                            key,
                            msg(
                                "status and decision change in the Applications tab, not by import"
                            ),
                        )
                        break
                else:
                    old = {}
                if old:
                    continue
            authority_uid = values["authority_uid"] or ""
            if authority_uid and authority_uid not in labels:
                errors.add(number, "authority_uid", msg("no authority has this id"))
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
                problems.append(FieldError("received_on", msg("is required")))
            if not draft.contact_name and any(
                (draft.contact_function, draft.contact_email, draft.contact_phone)
            ):
                problems.append(FieldError("contact_name", msg("is required with contact details")))
            elif draft.contact_name:
                # The contact is stored as a person: the rules of the person dialog and check.
                person = PersonDraft(
                    name=draft.contact_name,
                    function=draft.contact_function,
                    email=draft.contact_email,
                    phone=draft.contact_phone,
                    language=draft.contact_language,
                )
                problems = without_repeats(
                    problems + renamed(validate_person(person), _CONTACT_FIELDS)
                )
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

    @staticmethod
    def planned_links(rows: list[PlannedRow], links: Mapping[int, str]) -> list[PlannedLink]:
        """The authorities applications are linked to, by the file or by the user's choice,
        where that link is new (an update keeping its stored link is not one)."""
        out = []
        for r in rows:
            uid = r.values["authority_uid"] or links.get(r.row)  # as apply reads it
            if uid and uid != (r.before or {}).get("authority_uid"):
                out.append(PlannedLink(r.row, uid, r.label))
        return out

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
