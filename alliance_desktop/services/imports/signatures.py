"""Importing signatures: an authority linked or made per row, through the signature service."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from alliance_desktop.db.models import Authority, utcnow
from alliance_desktop.domain.enums import AuditAction, Language
from alliance_desktop.domain.errors import FieldError
from alliance_desktop.domain.messages import msg
from alliance_desktop.domain.records import AuthorityDraft
from alliance_desktop.domain.text import search_key
from alliance_desktop.domain.validation import clean_draft, validate_authority
from alliance_desktop.exchange import ImportData, ListKind
from alliance_desktop.services.imports.links import PlannedLink
from alliance_desktop.services.imports.plan import (
    ImportPlan,
    PlannedRow,
    PlanRows,
    RowAction,
    Ticker,
    place_key,
    without_repeats,
)
from alliance_desktop.services.imports.records import (
    RecordImport,
    Stored,
    clean_line_of,
    create_authority_with_uid,
    keep_uid,
)


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
                errors.add(number, "uid", msg("this signature is in the Trash; restore it first"))
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
                        problem = (
                            msg("this authority is in the Trash")
                            if authority_uid in deleted
                            else msg("this authority is unknown")
                        )
                        errors.add(number, "authority_uid", problem)
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
                problems.append(FieldError("signed_on", msg("is required")))
            if not draft.country_code:
                problems.append(FieldError("country_code", msg("is required without an authority")))
            if target is None and not authority_uid and values["name"]:
                # The row makes an authority: the rules of the authority dialog and check.
                made = AuthorityDraft(
                    name=values["name"],
                    name_latin=values["name_latin"] or "",
                    country_code=draft.country_code,
                )
                problems = without_repeats(problems + validate_authority(clean_draft(made)))
            if problems or unreadable:
                errors.fields(number, problems, {})
                continue
            owner = by_number.get(draft.certificate_no) if draft.certificate_no else None
            if owner is not None and owner != target_uid:
                errors.add(
                    number, "certificate_no", msg("this number belongs to another signature")
                )
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

    @staticmethod
    def planned_links(rows: list[PlannedRow], links: Mapping[int, str]) -> list[PlannedLink]:
        """The authorities new signatures are linked to."""
        del links
        return [
            PlannedLink(r.row, r.values["authority_uid"], r.label)
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
                added += 1
                linked += r.action is RowAction.LINK
            progress.tick(index + 1)
        return added, updated, linked
