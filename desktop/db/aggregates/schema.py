"""Making the aggregates of schema 7: tables, triggers, the closing day's, and a first
fill (the team members' visits came with schema 10: desktop/db/aggregates/members.py)."""

from desktop.db.aggregates.bulk import rebuild
from desktop.db.aggregates.households import (household_triggers, households_ddl,
                                              rebuild_households)
from desktop.db.aggregates.period_sql import closing_ddl, closing_triggers
from desktop.db.aggregates.tables import (AGGREGATES, BY_TABLE, DATED, ddl, rebuild_sql,
                                          stage_resident_triggers, triggers)


def closing_day_triggers() -> list[str]:
    """A new closing day moves every dated row to its new period: rebuild them (the
    triggers `agg_closing_insert`, `_update` and `_delete` on settings)."""
    statements = ["INSERT INTO derived_paused (reason) VALUES ('closing_day')"]
    for table in DATED:
        statements += rebuild_sql(BY_TABLE[table])
    statements += rebuild_households(False)
    statements.append("DELETE FROM derived_paused WHERE reason = 'closing_day'")
    return closing_triggers("agg_closing", "; ".join(statements))


# --- schema ---------------------------------------------------------------------------
def create(conn) -> None:
    """Create the aggregate tables, their triggers, and fill them (schema 7)."""
    conn.execute("CREATE TABLE derived_paused (reason TEXT)")
    for sql in closing_ddl():
        conn.execute(sql)
    for agg in AGGREGATES:
        conn.execute(ddl(agg))
    for sql in households_ddl():
        conn.execute(sql)
    for agg in AGGREGATES:
        for sql in triggers(agg):
            conn.execute(sql)
    for sql in stage_resident_triggers() + household_triggers() + closing_day_triggers():
        conn.execute(sql)
    rebuild(conn)


