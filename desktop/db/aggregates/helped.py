"""The residents each team member helped per reporting period, for the team list of
the monthly report (desktop/reports/activity.py).

A member helped a resident in a period when one of the resident's onboarding steps
(a live stage change, of a live resident) dated in the period was recorded on a live
visit the member was on (a live link). The report counts them distinct per member.
Counting them from the records looks up each of the month's stage changes in the
visits and their teams: at a million visits 0.2–0.5 s of every report, its longest
read, and far more on a fresh connection (the lookups land all over the visits).

`agg_member_helped` keeps, per commune and period of the stage change, member and
resident, how many (stage change, link) pairs say so. The report counts the rows
whose `n` is not zero: a month holds about as many rows as stage changes, read in
key order. Triggers on the four tables whose rows decide it (stage changes, links,
visits, residents) add and subtract a row's pairs. Like the other aggregates they
are quiet while `paused` (or dropped) and rebuilt after bulk work, and a new closing
day recounts the table (schema 11, desktop/db/migrations/m011_member_helped.py).
"""

from desktop.db.aggregates.period_sql import closing_triggers as on_closing_day
from desktop.db.aggregates.period_sql import period_start
from desktop.db.aggregates.tables import MEMBER_HELPED as TABLE
from desktop.db.aggregates.tables import NOT_PAUSED, row_triggers

_COLUMNS = "(commune_code, day, member_id, resident_id, n)"
_UPSERT = ("ON CONFLICT (commune_code, day, member_id, resident_id) "
           "DO UPDATE SET n = n + excluded.n")
# a pair counts while each of its rows is live (the views of desktop/db/live.py: a
# stage change of a resident not recorded as deleted)
_RESIDENT_LIVE = ("NOT EXISTS (SELECT 1 FROM residents r WHERE r.id = {s}.resident_id "
                  "AND r.deleted = 1)")
_VISIT_LIVE = "EXISTS (SELECT 1 FROM visits v WHERE v.id = {id} AND v.deleted = 0)"
_STAGE_WATCH = ("commune_code", "date", "deleted", "resident_id", "visit_id")
_LINK_WATCH = ("visit_id", "member_id", "deleted")


def ddl() -> list[str]:
    """The table: the report reads one commune's period, member by member."""
    return [f"CREATE TABLE {TABLE} (commune_code TEXT NOT NULL, day TEXT NOT NULL, "
            f"member_id TEXT NOT NULL, resident_id TEXT NOT NULL, n INTEGER NOT NULL, "
            f"PRIMARY KEY (commune_code, day, member_id, resident_id)) WITHOUT ROWID"]


def _insert(sign: str, stage: str, member: str, source: str, where: str, groups: str) -> str:
    return (f"INSERT INTO {TABLE} {_COLUMNS} SELECT {stage}.commune_code, "
            f"{period_start(f'{stage}.date')}, {member}, {stage}.resident_id, "
            f"{sign} * count(*) FROM {source} WHERE {where} GROUP BY {groups} {_UPSERT}")


def _stage(sign: str, s: str) -> str:
    """Add `sign` × the pairs of one stage change (NEW/OLD) with its visit's links."""
    return _insert(sign, s, "vm.member_id", "visit_members vm",
                   f"vm.visit_id = {s}.visit_id AND vm.deleted = 0 AND {s}.deleted = 0 AND "
                   f"{_RESIDENT_LIVE.format(s=s)} AND {_VISIT_LIVE.format(id=f'{s}.visit_id')}",
                   "vm.member_id")


def _link(sign: str, link: str) -> str:
    """Add `sign` × the pairs of one link (NEW/OLD) with its visit's stage changes."""
    return _insert(sign, "s", f"{link}.member_id", "stage_changes s",
                   f"s.visit_id = {link}.visit_id AND s.deleted = 0 AND {link}.deleted = 0 "
                   f"AND {_RESIDENT_LIVE.format(s='s')} AND "
                   f"{_VISIT_LIVE.format(id=f'{link}.visit_id')}",
                   "1, 2, 4")


def _visit(sign: str, visit: str) -> str:
    """Add `sign` × every pair of one visit (NEW/OLD), as live as `visit` says."""
    return _insert(sign, "s", "vm.member_id",
                   "stage_changes s JOIN visit_members vm ON vm.visit_id = s.visit_id "
                   "AND vm.deleted = 0",
                   f"s.visit_id = {visit}.id AND s.deleted = 0 AND {visit}.deleted = 0 "
                   f"AND {_RESIDENT_LIVE.format(s='s')}", "1, 2, 3, 4")


def _resident(sign: str, resident: str) -> str:
    """Add `sign` × every pair of one resident's stage changes (its liveness is the
    caller's to decide: these triggers fire only when it changes)."""
    return _insert(sign, "s", "vm.member_id",
                   "stage_changes s JOIN visit_members vm ON vm.visit_id = s.visit_id "
                   "AND vm.deleted = 0",
                   f"s.resident_id = {resident}.id AND s.deleted = 0 AND "
                   f"{_VISIT_LIVE.format(id='s.visit_id')}", "1, 2, 3, 4")


def triggers() -> list[str]:
    """The triggers that keep the table as stage changes, links, visits and residents
    are written."""
    name = f"{TABLE}_residents"
    return [
        *row_triggers(f"{TABLE}_stage_changes", "stage_changes", _stage, _STAGE_WATCH),
        *row_triggers(f"{TABLE}_visit_members", "visit_members", _link, _LINK_WATCH),
        # a visit written after its links and stage changes (a bundle may bring them
        # first), or deleted
        *row_triggers(f"{TABLE}_visits", "visits", _visit, ("deleted",)),
        # a resident absent from the table counts as live: only a tombstone (deleted =
        # 1) written, removed or changed moves its pairs
        f"CREATE TRIGGER {name}_ins AFTER INSERT ON residents "
        f"WHEN {NOT_PAUSED} AND NEW.deleted = 1 BEGIN {_resident('-1', 'NEW')}; END",
        f"CREATE TRIGGER {name}_del AFTER DELETE ON residents "
        f"WHEN {NOT_PAUSED} AND OLD.deleted = 1 BEGIN {_resident('1', 'OLD')}; END",
        f"CREATE TRIGGER {name}_upd AFTER UPDATE OF deleted ON residents "
        f"WHEN {NOT_PAUSED} AND (OLD.deleted = 1) IS NOT (NEW.deleted = 1) BEGIN "
        f"{_resident('(CASE NEW.deleted WHEN 1 THEN -1 ELSE 1 END)', 'NEW')}; END",
    ]


def rebuild_sql(commune: bool, chunked: bool) -> tuple[str, str]:
    """(DELETE, INSERT) recomputing the table from the records: of one commune's
    stage changes (`:commune`); with `chunked`, the INSERT counts the stage changes
    dated in [`:lo`, `:hi`) and is run once per month (a period may span two: the
    upsert adds them up)."""
    where = " AND s.commune_code = :commune" if commune else ""
    if chunked:
        where += " AND s.date >= :lo AND s.date < :hi"
    delete = f"DELETE FROM {TABLE}" + (" WHERE commune_code = :commune" if commune else "")
    insert = _insert("1", "s", "vm.member_id",
                     "stage_changes s JOIN visits v ON v.id = s.visit_id AND v.deleted = 0 "
                     "JOIN visit_members vm ON vm.visit_id = s.visit_id AND vm.deleted = 0",
                     # the few deleted residents read once, as live_stage_changes does
                     f"s.deleted = 0 AND s.resident_id NOT IN (SELECT id FROM residents "
                     f"WHERE deleted = 1){where}", "1, 2, 3, 4")
    return delete, insert


def closing_triggers() -> list[str]:
    """A new closing day moves every stage change to its new period: recount."""
    return on_closing_day(f"{TABLE}_closing", "; ".join(rebuild_sql(False, False)))


def create(conn) -> None:
    """Create the table and its triggers, and count the records (schema 11)."""
    for sql in ddl() + triggers() + closing_triggers():
        conn.execute(sql)
    for sql in rebuild_sql(False, False):
        conn.execute(sql)
