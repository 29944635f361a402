"""Schema 12: the report's follow-ups read from indexes alone until the households
it shows (desktop/reports/activity.py `collect_follow_ups`).

A report counts every household whose latest visit asks for a return due by the end
of the month (4,000 at a million visits) and shows the first 200. It looked up each
one's household row (to know it is live and of the commune) and each one's latest
visit: on a cold disk a random read each, a second of the report. Now the live
households of a commune are one index range, and the latest visits due carry their
date in the index that finds them; only the households shown are read.
"""

STATEMENTS = [
    "CREATE INDEX idx_households_live ON households(commune_code, id) WHERE deleted = 0",
    "DROP INDEX idx_agg_latest_visit_due",
    "CREATE INDEX idx_agg_latest_visit_due ON agg_latest_visit(commune_code, outcome, "
    "follow_up_date, date)",
]


def apply(conn) -> None:
    """Create schema 12."""
    for sql in STATEMENTS:
        conn.execute(sql)
