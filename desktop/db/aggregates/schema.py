"""Making the aggregates: tables, triggers, the closing day's, and a first fill."""

from desktop.db.aggregates.bulk import rebuild
from desktop.db.aggregates.households import (household_triggers, households_ddl,
                                              rebuild_households)
from desktop.db.aggregates.period_sql import closing_ddl
from desktop.db.aggregates.tables import (AGGREGATES, BY_TABLE, DATED, ddl, rebuild_sql,
                                          stage_resident_triggers, triggers)


def _closing_triggers() -> list[str]:
    """A new closing day moves every dated row to its new period: rebuild them."""
    statements = ["INSERT INTO derived_paused (reason) VALUES ('closing_day')"]
    for table in DATED:
        statements += rebuild_sql(BY_TABLE[table])
    statements += rebuild_households(False)
    statements.append("DELETE FROM derived_paused WHERE reason = 'closing_day'")
    body = "; ".join(statements)
    out = []
    for event, when in (("INSERT", "NEW.key = 'report.closing_day'"),
                        ("UPDATE", "NEW.key = 'report.closing_day' AND OLD.value IS NOT NEW.value"),
                        ("DELETE", "OLD.key = 'report.closing_day'")):
        out.append(f"CREATE TRIGGER agg_closing_{event.lower()} AFTER {event} ON settings "
                   f"WHEN {when} BEGIN {body}; END")
    return out


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
    for sql in stage_resident_triggers() + household_triggers() + _closing_triggers():
        conn.execute(sql)
    rebuild(conn)


