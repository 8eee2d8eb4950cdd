"""indexes over the country rank (by English name), so a sort by country walks an index

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# Frozen copy of db.models.country_rank_sql("country_code") at this revision: a later change of
# country names needs a migration of its own, or the lists' ORDER BY no longer matches the index.
COUNTRY_RANK = "CASE country_code WHEN 'AL' THEN 0 WHEN 'AD' THEN 1 WHEN 'AM' THEN 2 WHEN 'AT' THEN 3 WHEN 'AZ' THEN 4 WHEN 'BE' THEN 5 WHEN 'BA' THEN 6 WHEN 'BG' THEN 7 WHEN 'HR' THEN 8 WHEN 'CY' THEN 9 WHEN 'CZ' THEN 10 WHEN 'DK' THEN 11 WHEN 'EE' THEN 12 WHEN 'FI' THEN 13 WHEN 'FR' THEN 14 WHEN 'GE' THEN 15 WHEN 'DE' THEN 16 WHEN 'GR' THEN 17 WHEN 'HU' THEN 18 WHEN 'IS' THEN 19 WHEN 'IE' THEN 20 WHEN 'IT' THEN 21 WHEN 'LV' THEN 22 WHEN 'LI' THEN 23 WHEN 'LT' THEN 24 WHEN 'LU' THEN 25 WHEN 'MT' THEN 26 WHEN 'MC' THEN 27 WHEN 'ME' THEN 28 WHEN 'NL' THEN 29 WHEN 'MK' THEN 30 WHEN 'NO' THEN 31 WHEN 'PL' THEN 32 WHEN 'PT' THEN 33 WHEN 'MD' THEN 34 WHEN 'RO' THEN 35 WHEN 'RU' THEN 36 WHEN 'SM' THEN 37 WHEN 'RS' THEN 38 WHEN 'SK' THEN 39 WHEN 'SI' THEN 40 WHEN 'ES' THEN 41 WHEN 'SE' THEN 42 WHEN 'CH' THEN 43 WHEN 'TR' THEN 44 WHEN 'UA' THEN 45 WHEN 'GB' THEN 46 ELSE 47 END"
INDEXES = (("authority", "sort_key"), ("signature", "certificate_no"), ("application", "sort_key"))


def upgrade() -> None:
    where = sa.text("deleted_at IS NULL")
    for table, then in INDEXES:
        op.create_index(
            f"ix_{table}_live_country_rank",
            table,
            [sa.text(f"({COUNTRY_RANK})"), then],
            sqlite_where=where,
            postgresql_where=where,
        )


def downgrade() -> None:
    for table, _ in INDEXES:
        op.drop_index(f"ix_{table}_live_country_rank", table_name=table)
