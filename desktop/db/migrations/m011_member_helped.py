"""Schema 11: the residents each team member helped per reporting period (desktop/db/
aggregates/helped.py), kept by triggers like the other aggregates.

The monthly report's team list counted them from the records, looking up each of
the month's stage changes in the visits and their teams: at a million visits the
longest read of the report. Counting them once here reads every stage change with
its visit and team: about ten seconds for a million visits, once, in the login's
background thread.
"""

from desktop.db.aggregates import helped


def apply(conn) -> None:
    """Create schema 11."""
    helped.create(conn)
