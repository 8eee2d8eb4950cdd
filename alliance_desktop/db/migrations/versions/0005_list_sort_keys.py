"""sort and search keys the lists read from one table, kept by triggers, with live indexes

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25

A sort by the focal point, the signatory's name or the applicant's contact, and a search over
a signature's or application's authority, used to read a joined table for every row and sort
them all. The keys are now copied onto the listed row by triggers, which every writer (the
services, bulk imports, a colleague's older copy) sets off alike, and each sort has a live index.
"""

from __future__ import annotations

import importlib

import sqlalchemy as sa
from alembic import op

from alliance_desktop.domain.text import fold

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# A search reads a whole search-key index (a term matches anywhere in a key): narrower than the
# table and holding the columns the other filters test, so that a search never reads the table.
# Not partial: the searches keep SQLite off the live indexes (see db.models.search_index).
SEARCH = (
    ("membership", ("list_search_key", "deleted_at", "status", "joined_on")),
    ("signature", ("list_search_key", "deleted_at", "language", "country_code", "signed_on")),
    ("application", ("list_search_key", "deleted_at", "status", "country_code", "received_on")),
)
# A search sorted by name (the lists' first sort) walks the name index and tests each row's
# search key there, without reading the row: so the key rides in that index. These replace
# the name indexes of revision 0002.
REPLACED = (
    ("authority", ("sort_key",), ("sort_key", "search_key")),
    ("application", ("sort_key",), ("sort_key", "received_on", "list_search_key")),
)
LIVE = (
    ("membership", ("focal_sort_key", "participant_no")),
    ("signature", ("name_sort_key", "certificate_no", "list_search_key")),
    ("signature", ("sort_key", "certificate_no")),
    ("signature", ("signer_function", "certificate_no")),
    ("signature", ("place", "certificate_no")),
    ("signature", ("language", "certificate_no")),
    ("application", ("channel", "received_on")),
    ("application", ("status", "received_on")),
    ("application", ("decided_on", "received_on", "status")),
    ("application", ("contact_sort_key", "received_on", "status")),
    ("authority", ("country_code", "sort_key")),
)
COLUMNS = (
    ("person", "sort_key", sa.String(200)),
    ("membership", "focal_sort_key", sa.String(200)),
    ("membership", "list_search_key", sa.Text()),
    ("signature", "name_sort_key", sa.String(200)),
    ("signature", "list_search_key", sa.Text()),
    ("application", "contact_sort_key", sa.String(200)),
    ("application", "list_search_key", sa.Text()),
)

# The values each trigger sets, for the row NEW of its table (the same on both databases but
# for the separator: the unit separator that search_key puts between fields).
FOCAL = "COALESCE((SELECT sort_key FROM person WHERE id = NEW.focal_point_id), '')"
CONTACT = "COALESCE((SELECT sort_key FROM person WHERE id = NEW.contact_id), '')"
# A member's authority in the trash leaves an empty key: a search never lists it.
# (deleted_at is tested in the value, not the WHERE clause: there it let PostgreSQL walk a whole
# live index for the one row.)
MEMBER_SEARCH = (
    "COALESCE((SELECT CASE WHEN deleted_at IS NULL THEN search_key END FROM authority "
    "WHERE id = NEW.authority_id), '')"
)
SIGNATURE_NAME = (
    "COALESCE((SELECT sort_key FROM authority WHERE id = NEW.authority_id), NEW.sort_key)"
)


def _search(sep: str) -> str:
    return (
        f"NEW.search_key || {sep} || "
        "COALESCE((SELECT search_key FROM authority WHERE id = NEW.authority_id), '')"
    )


# (table, columns whose change re-computes, {column: value}) for the listed rows.
def _own(sep: str) -> list[tuple[str, str, dict[str, str]]]:
    return [
        (
            "membership",
            "authority_id, focal_point_id",
            {"focal_sort_key": FOCAL, "list_search_key": MEMBER_SEARCH},
        ),
        (
            "signature",
            "authority_id, sort_key, search_key",
            {"name_sort_key": SIGNATURE_NAME, "list_search_key": _search(sep)},
        ),
        (
            "application",
            "authority_id, contact_id, search_key",
            {"contact_sort_key": CONTACT, "list_search_key": _search(sep)},
        ),
    ]


# (source table, its columns, statements spreading NEW's keys to the rows that copy them).
def _spread(sep: str) -> list[tuple[str, str, list[str]]]:
    return [
        (
            "person",
            "sort_key",
            [
                "UPDATE membership SET focal_sort_key = NEW.sort_key WHERE focal_point_id = NEW.id",
                "UPDATE application SET contact_sort_key = NEW.sort_key WHERE contact_id = NEW.id",
            ],
        ),
        (
            "authority",
            "sort_key, search_key, deleted_at",
            [
                "UPDATE membership SET list_search_key = "
                "CASE WHEN NEW.deleted_at IS NULL THEN NEW.search_key ELSE '' END "
                "WHERE authority_id = NEW.id",
                "UPDATE signature SET name_sort_key = NEW.sort_key, "
                f"list_search_key = search_key || {sep} || NEW.search_key "
                "WHERE authority_id = NEW.id",
                f"UPDATE application SET list_search_key = search_key || {sep} || NEW.search_key "
                "WHERE authority_id = NEW.id",
            ],
        ),
    ]


def _sqlite_triggers() -> list[str]:
    sep = "char(31)"
    out = []
    for table, watched, values in _own(sep):
        sets = ", ".join(f"{column} = {value}" for column, value in values.items())
        body = f"UPDATE {table} SET {sets} WHERE id = NEW.id;"
        # SQLite's triggers cannot change NEW, so they update the row just written, unless the
        # writer gave the right keys already (a bulk import does: most of the triggers' cost).
        stale = " OR ".join(f"NEW.{column} IS NOT {value}" for column, value in values.items())
        out.append(
            f"CREATE TRIGGER tr_{table}_keys_insert AFTER INSERT ON {table} WHEN {stale} "
            f"BEGIN {body} END"
        )
        out.append(
            f"CREATE TRIGGER tr_{table}_keys_update AFTER UPDATE OF {watched} ON {table} "
            f"BEGIN {body} END"
        )
    for table, watched, statements in _spread(sep):
        body = " ".join(f"{s};" for s in statements)
        out.append(
            f"CREATE TRIGGER tr_{table}_keys_spread AFTER UPDATE OF {watched} ON {table} "
            f"BEGIN {body} END"
        )
    return out


# Every statement in these functions finds its rows by an indexed id. PostgreSQL, whose
# statistics still describe the tables as an import found them (empty, say), may otherwise scan
# a whole table or index for every row written (5,000 members: 14 s, then 23 s, then 33 s).
INDEXED = "SET enable_seqscan = off"


def _postgresql_triggers() -> list[str]:
    sep = "chr(31)"
    out = []
    for table, watched, values in _own(sep):
        sets = " ".join(f"NEW.{column} := {value};" for column, value in values.items())
        out.append(
            f"CREATE FUNCTION {table}_keys() RETURNS trigger LANGUAGE plpgsql {INDEXED} AS $$ "
            f"BEGIN {sets} RETURN NEW; END $$"
        )
        out.append(
            f"CREATE TRIGGER tr_{table}_keys BEFORE INSERT OR UPDATE OF {watched} ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {table}_keys()"
        )
    for table, watched, statements in _spread(sep):
        body = " ".join(f"{s};" for s in statements)
        out.append(
            f"CREATE FUNCTION {table}_keys_spread() RETURNS trigger LANGUAGE plpgsql {INDEXED} "
            "AS $$ "
            f"BEGIN {body} RETURN NULL; END $$"
        )
        out.append(
            f"CREATE TRIGGER tr_{table}_keys_spread AFTER UPDATE OF {watched} ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {table}_keys_spread()"
        )
    return out


def _fill_person_keys() -> None:
    # fold() is Python (accents, casefold), so the existing names are folded here.
    conn = op.get_bind()
    person = sa.table("person", sa.column("id"), sa.column("name"), sa.column("sort_key"))
    rows = conn.execute(sa.select(person.c.id, person.c.name)).all()
    if rows:
        stmt = (
            sa.update(person)
            .where(person.c.id == sa.bindparam("b_id"))
            .values(sort_key=sa.bindparam("b_key"))
        )
        conn.execute(stmt, [{"b_id": i, "b_key": fold(name)[:200]} for i, name in rows])


def upgrade() -> None:
    for table, column, type_ in COLUMNS:
        op.add_column(table, sa.Column(column, type_, nullable=False, server_default=""))
    _fill_person_keys()
    dialect = op.get_bind().dialect.name
    sep = "chr(31)" if dialect == "postgresql" else "char(31)"
    # The copies of the rows already there, as the triggers would have made them.
    for table, _watched, values in _own(sep):
        sets = ", ".join(
            f"{column} = {value.replace('NEW.', f'{table}.')}" for column, value in values.items()
        )
        op.execute(f"UPDATE {table} SET {sets}")
    triggers = _postgresql_triggers() if dialect == "postgresql" else _sqlite_triggers()
    for statement in triggers:
        op.execute(statement)
    for table, columns in SEARCH:
        op.create_index(f"ix_{table}_search", table, list(columns))
    where = sa.text("deleted_at IS NULL")
    for table, old, _new in REPLACED:
        op.drop_index(_live_name(table, old), table_name=table)
    for table, columns in (*LIVE, *((t, new) for t, _old, new in REPLACED)):
        op.create_index(
            _live_name(table, columns),
            table,
            list(columns),
            sqlite_where=where,
            postgresql_where=where,
        )


def _live_name(table: str, columns: tuple[str, ...]) -> str:
    return f"ix_{table}_live_{'_'.join(columns)}"


def downgrade() -> None:
    for table, _columns in SEARCH:
        op.drop_index(f"ix_{table}_search", table_name=table)
    for table, columns in (*LIVE, *((t, new) for t, _old, new in REPLACED)):
        op.drop_index(_live_name(table, columns), table_name=table)
    where = sa.text("deleted_at IS NULL")
    for table, old, _new in REPLACED:
        op.create_index(
            _live_name(table, old), table, list(old), sqlite_where=where, postgresql_where=where
        )
    postgresql = op.get_bind().dialect.name == "postgresql"
    for table, _watched, _values in _own(""):
        if postgresql:
            op.execute(f"DROP TRIGGER tr_{table}_keys ON {table}")
            op.execute(f"DROP FUNCTION {table}_keys()")
        else:
            op.execute(f"DROP TRIGGER tr_{table}_keys_insert")
            op.execute(f"DROP TRIGGER tr_{table}_keys_update")
    for table, _watched, _statements in _spread(""):
        if postgresql:
            op.execute(f"DROP TRIGGER tr_{table}_keys_spread ON {table}")
            op.execute(f"DROP FUNCTION {table}_keys_spread()")
        else:
            op.execute(f"DROP TRIGGER tr_{table}_keys_spread")
    for table, column, _type in reversed(COLUMNS):
        with op.batch_alter_table(table) as batch:
            batch.drop_column(column)
    if not postgresql:
        # SQLite's batch mode rebuilt the tables without the expression indexes (which it
        # cannot reflect): revision 0003's country-rank indexes are put back.
        rank = importlib.import_module(
            "alliance_desktop.db.migrations.versions.0003_country_rank_indexes"
        )
        where = sa.text("deleted_at IS NULL")
        for table, then in rank.INDEXES:
            if table in {t for t, _c, _ty in COLUMNS}:
                op.create_index(
                    f"ix_{table}_live_country_rank",
                    table,
                    [sa.text(f"({rank.COUNTRY_RANK})"), then],
                    sqlite_where=where,
                )
