"""Letter and e-mail templates kept in the database, with the shipped defaults.

The defaults ship as text files in ``resources/templates`` (welcome, invitation, request for
information, certificate cover letter; letter and e-mail; English and French). They are put
into the database the first time templates are listed, so staff edit copies everyone shares;
"Restore default" puts a shipped text back, and a deleted default comes back with it.
"""

from __future__ import annotations

import importlib.resources
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from alliance_desktop.db.correspondence_models import LetterTemplate
from alliance_desktop.domain.correspondence import (
    Audience,
    TemplateDraft,
    TemplateKind,
    TemplateRecord,
)
from alliance_desktop.domain.enums import AuditAction
from alliance_desktop.domain.errors import NotFoundError, RefusedError
from alliance_desktop.domain.messages import msg
from alliance_desktop.services.base import Service, audit, check_version, field_changes, now
from alliance_desktop.services.correspondence.templating import checked

ENTITY = "template"


@dataclass(frozen=True, slots=True)
class ShippedTemplate:
    key: str  # "welcome.letter.en"
    draft: TemplateDraft


def shipped_templates() -> list[ShippedTemplate]:
    """The default templates as shipped, in a stable order."""
    folder = importlib.resources.files("alliance_desktop").joinpath("resources", "templates")
    result = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".txt"):
            continue
        key = entry.name.removesuffix(".txt")
        _topic, kind, language = key.split(".")
        head, body = entry.read_text(encoding="utf-8").split("---\n", 1)
        fields = dict(line.split(": ", 1) for line in head.splitlines() if ": " in line)
        draft = TemplateDraft(
            name=fields["name"],
            kind=TemplateKind(kind),
            language=language,
            audience=Audience(fields["audience"]),
            subject=fields.get("subject", ""),
            body=body.strip("\n") + "\n",
        )
        result.append(ShippedTemplate(key, draft))
    return result


def template_record(row: LetterTemplate) -> TemplateRecord:
    return TemplateRecord(
        uid=row.uid,
        version=row.version,
        draft=TemplateDraft(
            name=row.name,
            kind=TemplateKind(row.kind),
            language=row.language,
            audience=Audience(row.audience),
            subject=row.subject,
            body=row.body,
        ),
        default_key=row.default_key,
        updated_at=row.updated_at,
        updated_by=row.updated_by,
    )


def _values(draft: TemplateDraft) -> dict[str, str]:
    return {
        "name": draft.name.strip(),
        "kind": draft.kind.value,
        "language": draft.language,
        "audience": draft.audience.value,
        "subject": draft.subject,
        "body": draft.body,
    }


def _taken(session: Session, draft: TemplateDraft, uid: str | None) -> None:
    for gone in session.scalars(
        select(LetterTemplate).where(
            LetterTemplate.kind == draft.kind.value,
            LetterTemplate.language == draft.language,
            LetterTemplate.name == draft.name.strip(),
            LetterTemplate.deleted_at.is_not(None),
        )
    ):
        # A deleted default gives its name up; "Restore defaults" skips a name in use.
        session.delete(gone)
    session.flush()
    stmt = select(LetterTemplate.uid).where(
        LetterTemplate.kind == draft.kind.value,
        LetterTemplate.language == draft.language,
        LetterTemplate.name == draft.name.strip(),
        LetterTemplate.deleted_at.is_(None),
    )
    other = session.scalars(stmt).first()
    if other is not None and other != uid:
        raise RefusedError(
            msg("A template named “{name}” already exists in this language.", name=draft.name)
        )


def find_template_in(
    session: Session, name: str, kind: TemplateKind, language: str
) -> TemplateRecord:
    """The live template ``name`` of ``kind`` in ``language``; refuses an unknown name."""
    row = session.scalars(
        select(LetterTemplate).where(
            LetterTemplate.name == name,
            LetterTemplate.kind == kind.value,
            LetterTemplate.language == language,
            LetterTemplate.deleted_at.is_(None),
        )
    ).first()
    if row is None:
        raise RefusedError(
            msg(
                "There is no {kind} template named “{name}” in {language}.",
                kind=kind.value,
                name=name,
                language=language,
            )
        )
    return template_record(row)


class TemplateService(Service):
    """Templates: list, save (checked first), delete, and the shipped defaults."""

    def list(self, kind: TemplateKind | None = None) -> list[TemplateRecord]:
        self.ensure_defaults()
        with self.db.read() as session:
            stmt = select(LetterTemplate).where(LetterTemplate.deleted_at.is_(None))
            if kind is not None:
                stmt = stmt.where(LetterTemplate.kind == kind.value)
            rows = session.scalars(
                stmt.order_by(LetterTemplate.kind, LetterTemplate.language, LetterTemplate.name)
            )
            return [template_record(row) for row in rows]

    def get(self, uid: str) -> TemplateRecord:
        with self.db.read() as session:
            row = session.scalars(select(LetterTemplate).where(LetterTemplate.uid == uid)).first()
            if row is None or row.deleted_at is not None:
                raise NotFoundError(ENTITY, uid)
            return template_record(row)

    def find(self, name: str, kind: TemplateKind, language: str) -> TemplateRecord:
        self.ensure_defaults()
        with self.db.read() as session:
            return find_template_in(session, name, kind, language)

    def save(
        self, draft: TemplateDraft, uid: str | None = None, version: int | None = None
    ) -> TemplateRecord:
        """Create (``uid`` None) or update a template; refuses one that does not render."""
        checked(draft)
        values = _values(draft)
        with self.db.write() as session:
            _taken(session, draft, uid)
            if uid is None:
                row = LetterTemplate(**values, default_key="", updated_by=self.user)
                session.add(row)
                session.flush()
                audit(
                    session,
                    self.user,
                    AuditAction.CREATE,
                    ENTITY,
                    row.uid,
                    row.name,
                    [(k, None, v) for k, v in values.items()],
                )
            else:
                row = session.scalars(select(LetterTemplate).where(LetterTemplate.uid == uid)).one()
                check_version(row, version, ENTITY, row.name)
                old = {k: getattr(row, k) for k in values}
                for key, value in values.items():
                    setattr(row, key, value)
                row.updated_by = self.user
                row.updated_at = now()
                session.flush()
                audit(
                    session,
                    self.user,
                    AuditAction.UPDATE,
                    ENTITY,
                    row.uid,
                    row.name,
                    field_changes(old, values),
                )
            return template_record(row)

    def delete(self, uid: str, version: int | None = None) -> None:
        with self.db.write() as session:
            row = session.scalars(select(LetterTemplate).where(LetterTemplate.uid == uid)).one()
            check_version(row, version, ENTITY, row.name)
            name = row.name
            if row.default_key:
                # Kept, marked deleted, so that it is not shipped again at the next start.
                row.deleted_at = now()
            else:
                session.delete(row)
            audit(session, self.user, AuditAction.DELETE, ENTITY, uid, name)

    def restore_default(self, uid: str) -> TemplateRecord:
        """Put a shipped template's text back (it keeps its place in the list)."""
        record = self.get(uid)
        shipped = {s.key: s for s in shipped_templates()}.get(record.default_key)
        if shipped is None:
            raise RefusedError(msg("This template is your own; it has no default to restore."))
        return self.save(shipped.draft, uid, record.version)

    def restore_all_defaults(self) -> int:
        """Every shipped template back as shipped (deleted ones too); returns how many."""
        with self.db.write() as session:
            rows = {
                row.default_key: row
                for row in session.scalars(
                    select(LetterTemplate).where(LetterTemplate.default_key != "")
                )
            }
            for row in rows.values():
                session.delete(row)
            session.flush()
            count = self._insert_defaults(session, set())
            audit(
                session,
                self.user,
                AuditAction.SETTINGS,
                ENTITY,
                "defaults",
                "Default templates restored",
            )
            return count

    def ensure_defaults(self) -> None:
        if self.db.read_only:
            return
        with self.db.read() as session:
            present = set(session.scalars(select(LetterTemplate.default_key)))
        if all(s.key in present for s in shipped_templates()):
            return
        with self.db.write() as session:
            present = set(session.scalars(select(LetterTemplate.default_key)))
            self._insert_defaults(session, present)

    def _insert_defaults(self, session: Session, present: set[str]) -> int:
        count = 0
        for shipped in shipped_templates():
            if shipped.key in present:
                continue
            clash = session.scalars(
                select(LetterTemplate.id).where(
                    LetterTemplate.kind == shipped.draft.kind.value,
                    LetterTemplate.language == shipped.draft.language,
                    LetterTemplate.name == shipped.draft.name,
                )
            ).first()
            if clash is not None:
                continue  # a colleague's own template took the name: theirs stays
            session.add(
                LetterTemplate(**_values(shipped.draft), default_key=shipped.key, updated_by="")
            )
            count += 1
        return count
