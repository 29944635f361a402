"""Every follow-up a household was asked for, with the day a later visit settled it:
the follow-ups due at the end of any period, past or present, are one index range
(desktop/reports/activity.py `collect_follow_ups`).

A household is due at the end E of a period when it is live and its latest live
visit before E (by date, then the clock it was entered with, then its id) asked for
a return due before E. `agg_follow_ups` keeps each live visit that asked for a return
(outcome 'follow_up' with a date) with `until`, the date of the household's next
live visit in that order, or OPEN when none came yet; only while the household is
live and of the visit's commune (schema 14), so a report reads no household but
those it shows. The visit is the latest before E exactly when its date is before E
and `until` is not (a visit on the same day entered later settles it: `until` is
then its own date). So the households due at E are the rows with date < E <= until
and a return due before E: read along `until` for a recent period (few rows reach
past its end) or along `date` for an early one (few rows start before it), whichever
range is shorter. Before schema 12 a past period looked up each household's latest
visit before its end: for January at a million visits, 0.45 s warm and 3 s from a
cold disk.

Triggers on visits recompute the rows of the household whose visits changed (a
household has a visit a month or so: a few index entries), and triggers on households
those of a household recorded, deleted, restored or moved; bulk work rebuilds the
table. Before schema 14 a report checked each follow-up's household against the list
of the commune's live households: at a million visits, 59,000 ids read for 4,000
follow-ups (870 of the 2,000 pages the follow-ups read from a cold disk).
"""

from desktop.db.aggregates.tables import FOLLOW_UPS as TABLE
from desktop.db.aggregates.tables import row_triggers

OPEN = "9999-12-31"  # `until` of a follow-up no later visit has settled yet
_WATCH = ("household_id", "commune_code", "date", "created_hlc", "outcome", "follow_up_date",
          "deleted")
# what decides whether a household's follow-ups count
_HOUSEHOLD_WATCH = ("commune_code", "deleted")
_COLUMNS = "(household_id, visit_id, commune_code, date, follow_up_date, until)"


def ddl() -> list[str]:
    """The table (a household's rows together: the triggers replace them) and its two
    ways in for a report: by the day a follow-up was settled, and by its visit's day."""
    return [
        f"CREATE TABLE {TABLE} (household_id TEXT NOT NULL, visit_id TEXT NOT NULL, "
        f"commune_code TEXT NOT NULL, date TEXT NOT NULL, follow_up_date TEXT NOT NULL, "
        f"until TEXT NOT NULL, PRIMARY KEY (household_id, visit_id)) WITHOUT ROWID",
        f"CREATE INDEX idx_{TABLE}_until ON {TABLE}(commune_code, until, date, "
        f"follow_up_date)",
        f"CREATE INDEX idx_{TABLE}_date ON {TABLE}(commune_code, date, until, follow_up_date)",
    ]


def _rows(where: str, partition: str) -> str:
    """SELECT of the table's rows from the live visits `where` says, each household's
    in their order (`partition`: by household, when there are several), of live
    households of the visit's commune."""
    return (f"SELECT household_id, id, commune_code, date, follow_up_date, until FROM "
            f"(SELECT v.household_id, v.id, v.commune_code, v.date, v.outcome, "
            f"v.follow_up_date, ifnull(lead(v.date) OVER ({partition}ORDER BY v.date, "
            f"v.created_hlc, v.id), '{OPEN}') AS until "
            f"FROM visits v INDEXED BY idx_visits_household_latest "
            f"WHERE v.deleted = 0 AND {where}) AS x "
            f"WHERE outcome = 'follow_up' AND follow_up_date IS NOT NULL "
            f"AND EXISTS (SELECT 1 FROM households h WHERE h.id = x.household_id "
            f"AND h.deleted = 0 AND h.commune_code = x.commune_code)")


def _household(h: str) -> str:
    """Recompute the rows of household `h` (an expression)."""
    return (f"DELETE FROM {TABLE} WHERE household_id = {h}; "
            f"INSERT INTO {TABLE} {_COLUMNS} {_rows(f'v.household_id = {h}', '')}")


def triggers() -> list[str]:
    """The triggers that keep the table as visits and households are written: each
    recomputes the household of the row (OLD and NEW), so the sign is not needed."""
    return (row_triggers(TABLE, "visits",
                         lambda _sign, visit: _household(f"{visit}.household_id"),
                         _WATCH, inserted=" AND NEW.deleted = 0")
            + row_triggers(f"{TABLE}_households", "households",
                           lambda _sign, home: _household(f"{home}.id"),
                           _HOUSEHOLD_WATCH))


def rebuild_sql(commune: bool) -> tuple[str, str]:
    """(DELETE, INSERT) recomputing the table from the visits: of one commune's
    households (`:commune`), read household by household along
    idx_visits_household_latest (no sort)."""
    homes = "household_id IN (SELECT id FROM households WHERE commune_code = :commune)"
    delete = f"DELETE FROM {TABLE}" + (f" WHERE {homes}" if commune else "")
    where = f"v.{homes}" if commune else "1"
    insert = f"INSERT INTO {TABLE} {_COLUMNS} {_rows(where, 'PARTITION BY v.household_id ')}"
    return delete, insert


def create(conn) -> None:
    """Create the table and its triggers, and fill it (schema 12)."""
    for sql in ddl() + triggers():
        conn.execute(sql)
    for sql in rebuild_sql(False):
        conn.execute(sql)
