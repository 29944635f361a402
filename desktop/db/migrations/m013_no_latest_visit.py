"""Schema 13: each household's latest visit (`agg_latest_visit`, schema 7) is no longer
kept.

The report read the follow-ups due from it until schema 12, which keeps every
follow-up with the day a later visit settled it (desktop/db/aggregates/follow_ups.py).
Nothing has read it since, and its triggers still ran on every visit written: a
delete, and an insert that looked up the household's visits. The closing day's
triggers of schema 7 rebuilt it too, so they are made again without it.
"""

from desktop.db.aggregates.schema import closing_day_triggers

TRIGGERS = ("agg_latest_visit_ins", "agg_latest_visit_del", "agg_latest_visit_upd",
            "agg_closing_insert", "agg_closing_update", "agg_closing_delete")


def apply(conn) -> None:
    """Create schema 13."""
    for name in TRIGGERS:
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")
    conn.execute("DROP TABLE IF EXISTS agg_latest_visit")  # and its two indexes
    for sql in closing_day_triggers():
        conn.execute(sql)
