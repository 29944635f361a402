"""Schema 10: each team member's visits per reporting period (desktop/db/aggregates/
members.py), kept by triggers like the other aggregates.

The monthly report's team list counted them from the records, looking up each of
the month's visits in visit_members: at a million visits the longest read of the
report, and most of a cold one. Counting them once here reads every visit and its
team: a few seconds for a million visits, once, in the login's background thread.
"""

from desktop.db.aggregates import members


def apply(conn) -> None:
    """Create schema 10."""
    members.create(conn)
