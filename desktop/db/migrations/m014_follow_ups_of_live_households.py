"""Schema 14: the follow-ups kept (`agg_follow_ups`, schema 12) are only those of live
households of the visit's commune, so the report no longer checks each one against
the list of the commune's live households.

That list was 59,000 ids at a million visits, for the 4,000 follow-ups due: 870 of
the 2,000 pages the follow-ups read from a cold disk. Triggers on households
now keep the table when one is recorded, deleted, restored or moved to another
commune; the visits' triggers are made again with the new rule, and the table is
recomputed.
"""

from desktop.db.aggregates import follow_ups


def apply(conn) -> None:
    """Create schema 14."""
    # the table's triggers as schema 12 made them (on a new database, as this code
    # makes them: schema 12 calls the same module), made again below
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                "AND name GLOB 'agg_follow_ups_*'").fetchall():
        conn.execute(f"DROP TRIGGER {name}")
    for sql in follow_ups.triggers() + list(follow_ups.rebuild_sql(False)):
        conn.execute(sql)
