"""Every foreign key to an authority or a person is a link a merge moves."""

from __future__ import annotations

from alliance_desktop.db.models import Base
from alliance_desktop.domain.duplicates import DuplicateKind
from alliance_desktop.services.duplicates.links import LINKS

TARGETS = {"authority": DuplicateKind.AUTHORITY, "person": DuplicateKind.PERSON}


def test_every_foreign_key_to_a_mergeable_record_is_declared() -> None:
    declared = {
        (kind, link.table.name, link.column) for kind, links in LINKS.items() for link in links
    }
    found = {
        (TARGETS[fk.column.table.name], table.name, fk.parent.name)
        for table in Base.metadata.tables.values()
        for fk in table.foreign_keys
        if fk.column.table.name in TARGETS
    }
    assert found == declared
