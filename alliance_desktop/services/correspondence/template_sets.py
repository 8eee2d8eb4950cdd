"""A template in each language: the English and French versions of one letter or e-mail.

A shipped template's versions share their topic (``welcome.letter.en`` / ``welcome.letter.fr``),
even after staff edited or renamed them; a template of the user's own pairs with the template
of the same name in the other language.
"""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from alliance_desktop.db.correspondence_models import LetterTemplate
from alliance_desktop.domain.correspondence import TemplateKind, TemplateRecord
from alliance_desktop.domain.errors import RefusedError
from alliance_desktop.domain.messages import msg
from alliance_desktop.services.correspondence.template_store import template_record


def template_set_in(session: Session, name: str, kind: TemplateKind) -> dict[str, TemplateRecord]:
    """The versions of the template ``name`` (in either language), by language."""
    live = select(LetterTemplate).where(
        LetterTemplate.kind == kind.value, LetterTemplate.deleted_at.is_(None)
    )
    named = session.scalars(live.where(LetterTemplate.name == name)).all()
    if not named:
        raise RefusedError(msg("There is no template named “{name}”.", name=name))
    result: dict[str, TemplateRecord] = {row.language: template_record(row) for row in named}
    for row in named:
        if row.default_key:
            topic = row.default_key.rsplit(".", 1)[0]
            keys = [f"{topic}.{language}" for language in ("en", "fr")]
            for other in session.scalars(live.where(or_(LetterTemplate.default_key.in_(keys)))):
                result.setdefault(other.language, template_record(other))
    return result


def version_for(templates: dict[str, TemplateRecord], language: str, name: str) -> TemplateRecord:
    found = templates.get(language)
    if found is None:
        raise RefusedError(
            msg(
                "The template “{name}” has no version in {language}; some recipients are "
                "written to in that language. Write one with the same name, or choose one "
                "language for everyone.",
                name=name,
                language=language,
            )
        )
    return found
