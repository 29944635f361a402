"""Schema 16: the aggregates count birth years up to 2002 as one.

The age-based indicators ask how many were born in the report's year less a threshold
(14, 15 or 18) or before. The aggregates kept a row per birth year, some eighty of
them, so agg_stages held 1.57 million rows for the 603,000 stage changes of a
province hub of a million visits, and each of the roll-up's three stage readings
read a quarter of a million of them (a second each from a cold disk). Birth years up
to FLOOR_YEAR (desktop/db/aggregates/tables.py) are now kept together: 0.48 million
rows, a third of a second each. A threshold that reaches before FLOOR_YEAR is read
from the records (desktop/reports/measures.py).

The triggers that work out a row's birth year (of agg_stages, agg_residents and
agg_skills, a resident's stage changes, and the closing day's rebuild) are made
again with the new rule, and the three tables are recomputed from the records.
"""

from desktop.db.aggregates.bulk import paused, rebuild_table
from desktop.db.aggregates.schema import closing_day_triggers
from desktop.db.aggregates.tables import BY_TABLE, stage_resident_triggers, triggers

AGED = ("agg_stages", "agg_residents", "agg_skills")


def apply(conn) -> None:
    """Create schema 16."""
    statements = [sql for table in AGED for sql in triggers(BY_TABLE[table])]
    statements += stage_resident_triggers() + closing_day_triggers()
    for sql in statements:
        # every one of them exists since schema 7; each is made again from this code
        conn.execute(f"DROP TRIGGER {sql.split()[2]}")
        conn.execute(sql)
    with paused(conn, "rebuild"):
        for table in AGED:
            rebuild_table(conn, BY_TABLE[table])
