"""Each team member's visits per reporting period, for the team list of the monthly
report (desktop/reports/activity.py).

Counting them from the records looks up every visit of the month in visit_members:
at a million visits, 0.2–0.4 s of every report, and most of a cold one (the lookups
land all over an index of a million links). `agg_member_visits` keeps, per commune
(the visit's), period (`day`, as the other aggregates) and member, how many live
visits the member was on: a live link of a live visit. Two live links of one member
to one visit (the team edited on two laptops) count once, so each trigger asks
whether another live link of the same pair is there.

Triggers on visit_members follow the links; triggers on visits move every member of
a visit whose commune, date or tombstone changes. Like the other aggregates they are
quiet while `paused` (or dropped) and rebuilt after bulk work, and a new closing day
rebuilds the table (schema 10, desktop/db/migrations/m010_member_visits.py).
"""

from desktop.db.aggregates.period_sql import closing_triggers as on_closing_day
from desktop.db.aggregates.period_sql import period_start
from desktop.db.aggregates.tables import MEMBER_VISITS as TABLE
from desktop.db.aggregates.tables import row_triggers

_UPSERT = "ON CONFLICT (commune_code, day, member_id) DO UPDATE SET n = n + excluded.n"
_LINK_WATCH = ("visit_id", "member_id", "deleted")
_VISIT_WATCH = ("commune_code", "date", "deleted")


def ddl() -> list[str]:
    """The table: the report reads one commune's periods, and sums them by member."""
    return [f"CREATE TABLE {TABLE} (commune_code TEXT NOT NULL, day TEXT NOT NULL, "
            f"member_id TEXT NOT NULL, n INTEGER NOT NULL, "
            f"PRIMARY KEY (commune_code, day, member_id)) WITHOUT ROWID"]


def _link(sign: str, link: str) -> str:
    """Add `sign` × the visit of one link (NEW/OLD) for its member, when the link and
    its visit are live and no other live link of the same member and visit counts it."""
    return (f"INSERT INTO {TABLE} (commune_code, day, member_id, n) "
            f"SELECT v.commune_code, {period_start('v.date')}, {link}.member_id, {sign} "
            f"FROM visits v WHERE v.id = {link}.visit_id AND v.deleted = 0 "
            f"AND {link}.deleted = 0 AND NOT EXISTS (SELECT 1 FROM visit_members o "
            f"WHERE o.visit_id = {link}.visit_id AND o.member_id = {link}.member_id "
            f"AND o.deleted = 0 AND o.rowid != {link}.rowid) {_UPSERT}")


def _visit(sign: str, visit: str) -> str:
    """Add `sign` × one visit (NEW/OLD) for each member with a live link to it."""
    return (f"INSERT INTO {TABLE} (commune_code, day, member_id, n) "
            f"SELECT {visit}.commune_code, {period_start(f'{visit}.date')}, m.member_id, "
            f"{sign} FROM (SELECT DISTINCT member_id FROM visit_members "
            f"WHERE visit_id = {visit}.id AND deleted = 0) AS m WHERE {visit}.deleted = 0 "
            f"{_UPSERT}")


def triggers() -> list[str]:
    """The triggers that keep the table as links and visits are written."""
    return [*row_triggers(f"{TABLE}_visit_members", "visit_members", _link, _LINK_WATCH),
            # a visit written after its links (a bundle may bring them first)
            *row_triggers(f"{TABLE}_visits", "visits", _visit, _VISIT_WATCH)]


def rebuild_sql(commune: bool, chunked: bool) -> tuple[str, str]:
    """(DELETE, INSERT) recomputing the table from the records: of one commune's
    visits (`:commune`); with `chunked`, the INSERT counts the visits dated in
    [`:lo`, `:hi`) and is run once per month (a period may span two: it adds up)."""
    where = " AND v.commune_code = :commune" if commune else ""
    if chunked:
        where += " AND v.date >= :lo AND v.date < :hi"
    delete = f"DELETE FROM {TABLE}" + (" WHERE commune_code = :commune" if commune else "")
    insert = (f"INSERT INTO {TABLE} (commune_code, day, member_id, n) "
              f"SELECT x.c, {period_start('x.d')}, x.member_id, count(*) FROM "
              f"(SELECT DISTINCT v.commune_code AS c, v.date AS d, v.id, vm.member_id "
              f"FROM visits v JOIN visit_members vm ON vm.visit_id = v.id "
              f"WHERE v.deleted = 0 AND vm.deleted = 0{where}) AS x "
              f"GROUP BY 1, 2, 3 {_UPSERT}")
    return delete, insert


def closing_triggers() -> list[str]:
    """A new closing day moves every visit to its new period: recount the table."""
    return on_closing_day(f"{TABLE}_closing", "; ".join(rebuild_sql(False, False)))


def create(conn) -> None:
    """Create the table and its triggers, and count the records (schema 10)."""
    for sql in ddl() + triggers() + closing_triggers():
        conn.execute(sql)
    for sql in rebuild_sql(False, False):
        conn.execute(sql)
