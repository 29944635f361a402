"""What a live record is, defined once: the `live_*` views every list and report reads.

A delete is a tombstone (`deleted = 1`), kept so the delete can travel in bundles. A
live record is one that is not deleted; a stage change is live only while its
resident is, so a deleted resident's onboarding history never counts. Queries read
`live_visits` instead of repeating `deleted = 0`; SQLite flattens these views into
the query, so the indexes serve them as they serve the tables.
"""

# Every table of records with a tombstone column.
RECORD_TABLES = ("hamlets", "users", "members", "households", "residents", "visits",
                 "visit_members", "stage_changes", "trainings", "bridge_points",
                 "attendance", "events", "targets")

# Conditions beyond "not deleted", for records that live only while their owner does.
EXTRA = {
    "stage_changes": "resident_id NOT IN (SELECT id FROM residents WHERE deleted = 1)",
}


def live(table: str) -> str:
    """The name of the view of `table`'s live records ("visits" -> "live_visits")."""
    if table not in RECORD_TABLES:
        raise KeyError(table)
    return f"live_{table}"


def view_sql(table: str) -> str:
    """The CREATE VIEW statement of one live view. A view has no rowid of its own, so
    the table's is passed through as a column of that name: rows written in one bulk
    transaction share a clock, and their rowid is what orders them."""
    where = "deleted = 0" + (f" AND {EXTRA[table]}" if table in EXTRA else "")
    return f"CREATE VIEW {live(table)} AS SELECT rowid AS rowid, * FROM {table} WHERE {where}"


def create_views(conn) -> None:
    """(Re)create every live view: views hold no data, so a migration that changes
    what "live" means drops and recreates them by calling this again."""
    for table in RECORD_TABLES:
        conn.execute(f"DROP VIEW IF EXISTS {live(table)}")
        conn.execute(view_sql(table))
