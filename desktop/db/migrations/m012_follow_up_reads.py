"""Schema 12: the report's follow-ups read from indexes alone, in a past period as in
the present one, until the households it shows (desktop/reports/activity.py
`collect_follow_ups`).

A report counts every household whose latest visit before the end of the period
asks for a return due by then (4,000 at a million visits) and shows the first 200.
It looked up each one's household row (to know it is live and of the commune): on a
cold disk a random read each, a second of the report. And a past period looked up
each household's latest visit before its end: 0.45 s for January at a million
visits, 3 s from a cold disk. Now the live households of a commune are one index
range, and every follow-up is kept with the day a later visit settled it
(desktop/db/aggregates/follow_ups.py), so the households due at any end are one
index range too; only the households shown are read.
"""

from desktop.db.aggregates import follow_ups

STATEMENTS = [
    "CREATE INDEX idx_households_live ON households(commune_code, id) WHERE deleted = 0",
]


def apply(conn) -> None:
    """Create schema 12."""
    for sql in STATEMENTS:
        conn.execute(sql)
    follow_ups.create(conn)
