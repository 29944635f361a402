"""Schema 8: a team member's visits in a period, read from an index alone.

The monthly report counts each member's visits of the period (desktop/reports/
activity.py `member_jobs`): the period's visits joined to their team by the
visit's id. `idx_visits_period` held everything but the id, so each of a month's
~80,000 visits (at a million) was fetched from the table: 0.6 s of the report. The
same index with `id` last serves it alone (0.3 s). Rebuilding it reads the visits
once: about ten seconds for a million, once. Its statistics are gathered here too:
else the first `PRAGMA optimize` (when the app or a command closes) would ANALYZE
every index of the visits, seconds at a million, on the UI thread.
"""

STATEMENTS = (
    "DROP INDEX IF EXISTS idx_visits_period",
    "CREATE INDEX idx_visits_period ON visits(commune_code, date, hamlet_id, deleted, outcome, "
    "household_id, svc_public_service, dossiers, id)",
    "ANALYZE idx_visits_period",
)


def apply(conn) -> None:
    """Create schema 8."""
    for sql in STATEMENTS:
        conn.execute(sql)
