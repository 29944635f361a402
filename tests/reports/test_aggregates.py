"""The per-period aggregates give the figures the indicator definitions give.

Every indicator with a `fast` reading is run both ways (from the aggregates, and its
definition over the live records) on the demo commune with edits and deletions, by
hamlet and by commune, for months across the year and the one before, on the
calendar month and with the period closing on the 14th (which moves every dated row
to another period: a trigger on the settings rebuilds them). And the aggregates the
triggers kept equal a fresh rebuild from the records after all that.
"""

import datetime as dt
import sqlite3

import pytest

from desktop.db import aggregates
from desktop.domain.indicators import INDICATORS
from desktop.domain.periods import report_period
from desktop.reports.collect import figure_settings
from desktop.reports.measures import Scope, assemble, indicator_jobs
from desktop.reports.settings import set_setting, set_settings
from desktop.services import records
from tests.reports.conftest import XA

MONTHS = ["2026-11", "2026-06", "2026-01", "2025-12", "2025-11"]
FAST = [code for code, ind in INDICATORS.items() if ind.fast]


def figures(db, month: str, scope: Scope, source: str) -> dict:
    """{code: {place: (month, previous, ytd, denominator, series)}}, places whose
    figures are all zero left out (a reading may or may not name them)."""
    closing, ages = figure_settings(db.conn)
    period = report_period(month, closing)
    jobs = indicator_jobs(period, scope, ages, FAST, source)
    results = {name: job(db.conn) for name, job in jobs.items()}
    out = {}
    for code, places in assemble(results, period, ages, FAST).items():
        out[code] = {p: (v.month, v.previous, v.ytd, v.denominator, v.series)
                     for p, v in places.items()
                     if any([v.month, v.previous, v.ytd, v.denominator, *v.series])}
    return out


def test_every_big_indicator_has_a_fast_reading():
    big = {"households_visited", "visits", "eid_level2", "eid_level1", "health_linked",
           "public_service", "smartphone_adults", "payment_account", "digital_skills"}
    assert big <= set(FAST)
    for code in FAST:
        numerator, denominator = INDICATORS[code].fast
        assert "IN_SCOPE(" in numerator and ":level" in numerator, code
        assert (denominator is None) == (INDICATORS[code].denominator is None), code


@pytest.mark.parametrize("closing", [0, 14])
@pytest.mark.parametrize("level", ["hamlet", "commune"])
def test_aggregates_give_the_definitions_figures(demo, closing, level):
    set_setting(demo, "report.closing_day", closing)
    try:
        scope = Scope.commune(XA) if level == "hamlet" else Scope.hub([XA])
        for month in MONTHS:
            fast = figures(demo, month, scope, "aggregates")
            slow = figures(demo, month, scope, "records")
            for code in FAST:
                assert fast[code] == slow[code], (month, code)
        assert aggregates.differences(demo.conn) == {}
    finally:
        set_setting(demo, "report.closing_day", 0)


@pytest.mark.parametrize("span_rows", [None, 0])
def test_triggers_keep_the_aggregates_as_a_rebuild_would(demo, span_rows, monkeypatch):
    """The demo was generated in bulk (rebuilt) and then edited and deleted from
    through the services (triggers): both agree with the records. Rebuilt in one
    statement for all dates (the rows are few), and a month at a time (as when they
    are many: span_rows 0)."""
    if span_rows is not None:
        from desktop.db.aggregates import bulk

        monkeypatch.setattr(bulk, "SPAN_ROWS", span_rows)
    assert aggregates.differences(demo.conn) == {}
    counts = {t: demo.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in aggregates.TABLES}
    assert all(counts.values()), counts


def test_every_write_keeps_them_right(tmp_path):
    """Moves that change what counts where: a visit moved to another day and
    household, a household moved to another hamlet and deleted, a resident's birth
    year and tombstone, a stage step deleted, skills recorded and cleared."""
    from tests.reports.conftest import new_commune
    from desktop.services.demo import generate_demo
    from tests.moment import TODAY

    db = new_commune(tmp_path / "w.db")
    generate_demo(db, households=40, months=3, seed=9, today=TODAY)
    conn = db.conn
    one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
    visit = one("SELECT id FROM visits WHERE deleted = 0 AND outcome = 'done' ORDER BY id")
    other_home = one("SELECT id FROM households WHERE deleted = 0 ORDER BY id DESC")
    records.update(db, "visit", visit, {"date": "2026-10-03", "household": other_home,
                                        "outcome": "follow_up",
                                        "follow_up_date": "2026-10-20"})
    assert aggregates.differences(conn) == {}
    hamlets = [r[0] for r in conn.execute("SELECT id FROM hamlets WHERE deleted = 0 "
                                          "ORDER BY id")]
    home = one("SELECT household_id FROM visits WHERE deleted = 0 ORDER BY id")
    records.update(db, "household", home, {"hamlet": hamlets[-1]})
    assert aggregates.differences(conn) == {}
    resident = one("SELECT s.resident_id FROM stage_changes s JOIN residents r ON "
                   "r.id = s.resident_id WHERE s.deleted = 0 AND r.cccd IS NULL ORDER BY s.id")
    records.update(db, "resident", resident, {"birth": "2015",
                                              "digital_skills_date": "2026-09-30",
                                              "digital_skills_via": "class"})
    assert aggregates.differences(conn) == {}
    records.delete(db, "resident", resident)
    records.delete(db, "household", home)
    records.delete(db, "visit", one("SELECT id FROM visits WHERE deleted = 0 "
                                    "AND outcome != 'not_home' ORDER BY date DESC"))
    assert aggregates.differences(conn) == {}
    # a raw write the services never make: the triggers still follow
    conn.execute("BEGIN")
    conn.execute("UPDATE stage_changes SET deleted = 1 WHERE id = (SELECT id FROM "
                 "stage_changes WHERE deleted = 0 ORDER BY id LIMIT 1)")
    conn.execute("UPDATE visits SET outcome = 'not_home' WHERE id = (SELECT id FROM "
                 "visits WHERE deleted = 0 AND outcome = 'done' ORDER BY id LIMIT 1)")
    conn.execute("COMMIT")
    assert aggregates.differences(conn) == {}


def test_a_step_from_no_stage_counts_as_the_definition_counts_it(tmp_path):
    """A stage change may come without its `from_stage` (a bundle or an older laptop;
    the services always name it): the aggregates read it as a step from none, into
    every stage set it enters, as the definitions do."""
    from tests.reports.conftest import new_commune
    from desktop.services.demo import generate_demo
    from tests.moment import TODAY

    db = new_commune(tmp_path / "n.db")
    generate_demo(db, households=40, months=3, seed=9, today=TODAY)
    conn = db.conn
    conn.execute("BEGIN")
    changed = conn.execute("UPDATE stage_changes SET from_stage = NULL WHERE deleted = 0 "
                           "AND from_stage = 'not_started'").rowcount
    conn.execute("COMMIT")
    assert changed > 10
    stages = ("eid_level2", "eid_level1", "health_linked")
    for scope in (Scope.commune(XA), Scope.hub([XA])):
        for month in MONTHS[:2]:
            fast = figures(db, month, scope, "aggregates")
            slow = figures(db, month, scope, "records")
            assert all(fast[code] for code in stages), month
            for code in stages:
                assert fast[code] == slow[code], (month, code)
    assert aggregates.differences(conn) == {}


def test_a_paused_bulk_write_is_rebuilt(tmp_path):
    from tests.reports.conftest import new_commune

    from desktop.services.demo import generate_demo
    from tests.moment import TODAY

    db = new_commune(tmp_path / "p.db")
    generate_demo(db, households=10, months=2, seed=3, today=TODAY)
    conn = db.conn
    hamlet, home = conn.execute("SELECT hamlet_id, id FROM households LIMIT 1").fetchone()
    conn.execute("BEGIN")
    with aggregates.paused(conn):
        conn.execute("INSERT INTO visits (id, commune_code, created_at, updated_at, device_id, "
                     "created_hlc, hlc, rev, date, hamlet_id, household_id, outcome) VALUES "
                     "('v1', ?, 'x', 'x', 'd', 'h', 'h', 1, '2026-11-02', ?, ?, 'done')",
                     (XA, hamlet, home))
    assert aggregates.differences(conn) != {}  # the triggers kept quiet
    aggregates.rebuild(conn, XA)
    assert aggregates.differences(conn) == {}
    conn.execute("ROLLBACK")


def test_one_communes_rebuild_reads_its_own_rows_without_statistics(tmp_path):
    """A hub rebuilds each commune's aggregates as its first bundle lands, before any
    statistics exist (the hub started empty). Every statement of that rebuild must find
    the commune's rows by a key, never read a whole aggregate table: read whole, each
    commune's rebuild cost more the more communes the hub held (on 200 communes, a
    bundle's rebuild took 89 ms instead of 31)."""
    from tests.reports.conftest import new_commune

    from desktop.services.demo import generate_demo
    from tests.moment import TODAY

    db = new_commune(tmp_path / "p.db")
    generate_demo(db, households=10, months=2, seed=3, today=TODAY)
    conn = db.conn
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone():
        conn.execute("DELETE FROM sqlite_stat1")
    conn.execute("ANALYZE sqlite_schema")  # the statistics, none now, read again
    asked: list[str] = []
    conn.execute("BEGIN")
    conn.set_trace_callback(asked.append)
    try:
        aggregates.rebuild(conn, XA)
    finally:
        conn.set_trace_callback(None)
        conn.execute("ROLLBACK")
    scans = set()
    for sql in asked:
        if sql.lstrip().upper().startswith(("SAVEPOINT", "RELEASE", "ROLLBACK")):
            continue
        for step in conn.execute("EXPLAIN QUERY PLAN " + sql):
            words = step[3].split()
            if (words[0] == "SCAN" and words[1].startswith("agg_")
                    and words[1] != "agg_closing"):  # a view of one setting
                scans.add((words[1], " ".join(sql.split())[:60]))
    assert len(asked) > 20
    assert not scans
    # and, its rows few, each aggregate in one statement, not one per month (each
    # builds the list of every commune's deleted residents afresh)
    monthly = [sql for sql in asked if sql.startswith("INSERT INTO agg_stages")
               and "FROM stage_changes" in sql]
    assert len(monthly) == 1


@pytest.mark.parametrize("closing", list(range(0, 29)))
def test_period_sql_agrees_with_python(closing):
    """Every day from December 2023 to February 2029 (two leap years) falls in the same
    period, with the same year, in the aggregates' SQL as in desktop/domain/periods.py."""
    conn = sqlite3.connect(":memory:")
    cl = str(closing)
    exprs = [aggregates.period_start(":d", cl), aggregates.period_end(":d", cl),
             aggregates.year_start(":d", cl), aggregates.year_end(":d", cl)]
    sql = "SELECT " + ", ".join(exprs)
    day = dt.date(2023, 12, 1)
    while day < dt.date(2029, 3, 1):
        iso = day.isoformat()
        period = report_period(report_period("2026-01", closing).bucket_of(iso), closing)
        following = report_period(f"{period.year + 1}-01", closing)
        expected = (period.start, period.end, period.year_start, following.year_start)
        assert conn.execute(sql, {"d": iso}).fetchone() == expected, (closing, iso)
        day += dt.timedelta(days=1)


def _members_by_period(conn) -> dict:
    """{(commune, period start, member): live visits}, worked out in Python from every
    row: a live link of a live visit, each visit once per member, in the period of
    its date under the closing day set."""
    closing = figure_settings(conn)[0]
    live = {vid: (commune, date) for vid, commune, date in conn.execute(
        "SELECT id, commune_code, date FROM visits WHERE deleted = 0")}
    pairs = {(vid, member) for vid, member in conn.execute(
        "SELECT visit_id, member_id FROM visit_members WHERE deleted = 0") if vid in live}
    out: dict = {}
    for vid, member in pairs:
        commune, date = live[vid]
        day = report_period(date[:7], closing).bucket_of(dt.date.fromisoformat(date))
        key = (commune, str(report_period(day, closing).bounds()[0]), member)
        out[key] = out.get(key, 0) + 1
    return out


def _members_kept(conn) -> dict:
    return {(c, d, m): n for c, d, m, n in conn.execute(
        "SELECT commune_code, day, member_id, n FROM agg_member_visits WHERE n != 0")}


def test_a_members_visits_count_each_visit_once_however_its_team_is_written(tmp_path):
    """The team members' visits per period (schema 10) follow a team changed on the
    form, a link a second laptop wrote again, a visit moved to another month, a
    deleted visit and link, and a new closing day; each time they are what the
    records say, and a rebuild gives the same."""
    from tests.reports.conftest import new_commune
    from desktop.services.demo import generate_demo
    from tests.moment import TODAY

    db = new_commune(tmp_path / "m.db")
    generate_demo(db, households=30, months=3, seed=4, today=TODAY)
    conn = db.conn
    one = lambda sql: conn.execute(sql).fetchone()  # noqa: E731

    def check():
        assert _members_kept(conn) == _members_by_period(conn)
        assert aggregates.differences(conn) == {}

    check()
    assert _members_kept(conn)  # the demo's teams are counted
    members = [r[0] for r in conn.execute("SELECT id FROM members WHERE deleted = 0 "
                                          "ORDER BY id")]
    visit = one("SELECT v.id FROM visits v WHERE v.deleted = 0 AND EXISTS (SELECT 1 FROM "
                "visit_members vm WHERE vm.visit_id = v.id AND vm.deleted = 0) ORDER BY v.id")[0]
    records.update(db, "visit", visit, {"members": members[:2]})  # the team changed
    check()
    # the same member linked again, as a second laptop's bundle would bring it
    link = one(f"SELECT * FROM visit_members WHERE visit_id = '{visit}' AND deleted = 0")
    names = [d[1] for d in conn.execute("PRAGMA table_info(visit_members)")]
    row = dict(zip(names, link), id="01900000-0000-7000-8000-000000000001")
    conn.execute("BEGIN")
    conn.execute(f"INSERT INTO visit_members ({', '.join(row)}) VALUES "
                 f"({', '.join('?' for _ in row)})", tuple(row.values()))
    conn.execute("COMMIT")
    check()
    conn.execute("BEGIN")  # one of the two links deleted: the visit still counts once
    conn.execute("UPDATE visit_members SET deleted = 1 WHERE id = ?", (link[0],))
    conn.execute("COMMIT")
    check()
    moved = one(f"SELECT date FROM visits WHERE id = '{visit}'")[0]
    moved = "2026-09-03" if moved[:7] != "2026-09" else "2026-10-03"
    before = _members_kept(conn)
    records.update(db, "visit", visit, {"date": moved})  # to another month
    check()
    assert _members_kept(conn) != before
    records.delete(db, "visit", visit)
    check()
    set_setting(db, "report.closing_day", 14)  # every visit to its new period
    check()
    conn.execute("BEGIN")  # a link whose visit comes later (a bundle's order)
    lone = dict(row, id="01900000-0000-7000-8000-000000000002",
                visit_id="01900000-0000-7000-8000-0000000000aa", deleted=0)
    conn.execute(f"INSERT INTO visit_members ({', '.join(lone)}) VALUES "
                 f"({', '.join('?' for _ in lone)})", tuple(lone.values()))
    vrow = dict(zip([d[1] for d in conn.execute("PRAGMA table_info(visits)")],
                    one("SELECT * FROM visits WHERE deleted = 0 ORDER BY id")))
    vrow.update(id=lone["visit_id"], date="2026-10-20")
    conn.execute(f"INSERT INTO visits ({', '.join(vrow)}) VALUES "
                 f"({', '.join('?' for _ in vrow)})", tuple(vrow.values()))
    conn.execute("COMMIT")
    check()
    assert _members_by_period(conn).get((vrow["commune_code"], "2026-10-15", lone["member_id"]))


def _helped_by_period(conn) -> dict:
    """{(commune, period start, member, resident): pairs}, worked out in Python from
    every row: a live stage change of a resident not deleted, on a live visit, with
    each live link of that visit; in the period of the stage change's date."""
    closing = figure_settings(conn)[0]
    dead = {r for (r,) in conn.execute("SELECT id FROM residents WHERE deleted = 1")}
    visits = {v for (v,) in conn.execute("SELECT id FROM visits WHERE deleted = 0")}
    links: dict = {}
    for vid, member in conn.execute(
            "SELECT visit_id, member_id FROM visit_members WHERE deleted = 0"):
        links.setdefault(vid, []).append(member)
    out: dict = {}
    for commune, date, resident, vid in conn.execute(
            "SELECT commune_code, date, resident_id, visit_id FROM stage_changes "
            "WHERE deleted = 0"):
        if resident in dead or vid not in visits:
            continue
        day = report_period(date[:7], closing).bucket_of(dt.date.fromisoformat(date[:10]))
        start = str(report_period(day, closing).bounds()[0])
        for member in links.get(vid, []):
            key = (commune, start, member, resident)
            out[key] = out.get(key, 0) + 1
    return out


def _helped_kept(conn) -> dict:
    return {(c, d, m, r): n for c, d, m, r, n in conn.execute(
        "SELECT commune_code, day, member_id, resident_id, n FROM agg_member_helped "
        "WHERE n != 0")}


def _insert_like(conn, table: str, row: dict, **changes) -> dict:
    """Insert a copy of `row` with `changes`, as a bundle would write it."""
    row = dict(row, **changes)
    conn.execute(f"INSERT INTO {table} ({', '.join(row)}) VALUES "
                 f"({', '.join('?' for _ in row)})", tuple(row.values()))
    return row


def test_the_residents_a_member_helped_follow_every_table_that_decides_them(tmp_path):
    """The residents each team member helped per period (schema 11) follow the team
    of a visit changed on the form, a link written twice, a stage change moved to
    another visit and month, a deleted and a restored resident, a deleted visit,
    rows a bundle brings out of order (a stage change and its link before their
    visit, a resident's tombstone after its stage change) and a new closing day;
    each time they are what the records say, and a rebuild gives the same."""
    from tests.reports.conftest import new_commune
    from desktop.services.demo import generate_demo
    from desktop.services.undo import undo_last
    from tests.moment import TODAY

    db = new_commune(tmp_path / "h.db")
    generate_demo(db, households=30, months=3, seed=5, today=TODAY)
    conn = db.conn
    one = lambda sql, *p: conn.execute(sql, p).fetchone()  # noqa: E731
    names = lambda table: [d[1] for d in conn.execute(f"PRAGMA table_info({table})")]  # noqa: E731

    def check():
        assert _helped_kept(conn) == _helped_by_period(conn)
        assert aggregates.differences(conn) == {}

    def tx(*statements):
        conn.execute("BEGIN")
        for sql, params in statements:
            conn.execute(sql, params)
        conn.execute("COMMIT")

    check()
    assert len(_helped_kept(conn)) > 20  # the demo's teams helped residents
    # a visit with stage changes and a team
    visit = one("SELECT s.visit_id FROM stage_changes s JOIN visit_members vm ON "
                "vm.visit_id = s.visit_id AND vm.deleted = 0 JOIN visits v ON "
                "v.id = s.visit_id AND v.deleted = 0 WHERE s.deleted = 0 ORDER BY s.id")[0]
    members = [r[0] for r in conn.execute("SELECT id FROM members WHERE deleted = 0 "
                                          "ORDER BY id")]
    before = _helped_kept(conn)
    records.update(db, "visit", visit, {"members": members[-2:]})  # the team changed
    check()
    assert _helped_kept(conn) != before
    link = dict(zip(names("visit_members"),
                    one("SELECT * FROM visit_members WHERE visit_id = ? AND deleted = 0",
                        visit)))
    conn.execute("BEGIN")  # the same member linked again by a second laptop
    _insert_like(conn, "visit_members", link, id="01900000-0000-7000-8000-000000000011")
    conn.execute("COMMIT")
    check()
    tx(("UPDATE visit_members SET deleted = 1 WHERE id = ?", (link["id"],)))
    check()
    stage = dict(zip(names("stage_changes"),
                     one("SELECT * FROM stage_changes WHERE visit_id = ? AND deleted = 0 "
                         "ORDER BY id", visit)))
    other = one("SELECT v.id, v.date FROM visits v WHERE v.deleted = 0 AND v.id != ? AND "
                "substr(v.date, 1, 7) != substr(?, 1, 7) AND EXISTS (SELECT 1 FROM "
                "visit_members vm WHERE vm.visit_id = v.id AND vm.deleted = 0) ORDER BY v.id",
                visit, stage["date"])
    tx(("UPDATE stage_changes SET visit_id = ?, date = ? WHERE id = ?",
        (other[0], other[1], stage["id"])))  # to another visit and month
    check()
    resident = stage["resident_id"]
    records.delete(db, "resident", resident)
    check()
    assert all(k[3] != resident for k in _helped_kept(conn))
    undo_last(db)  # the resident back
    check()
    assert any(k[3] == resident for k in _helped_kept(conn))
    records.delete(db, "visit", other[0])
    check()
    # a bundle's order: a stage change and a link before their visit, a resident's
    # tombstone after its stage change, then the tombstone removed
    vrow = dict(zip(names("visits"), one("SELECT * FROM visits WHERE deleted = 0 ORDER BY id")))
    lone = "01900000-0000-7000-8000-0000000000bb"
    ghost = "01900000-0000-7000-8000-0000000000cc"
    conn.execute("BEGIN")
    _insert_like(conn, "visit_members", link, id="01900000-0000-7000-8000-000000000013",
                 visit_id=lone, deleted=0)
    _insert_like(conn, "stage_changes", stage, id="01900000-0000-7000-8000-000000000012",
                 visit_id=lone, resident_id=ghost, date="2026-10-20", deleted=0)
    conn.execute("COMMIT")
    check()
    conn.execute("BEGIN")
    _insert_like(conn, "visits", vrow, id=lone, date="2026-10-20")
    conn.execute("COMMIT")
    check()
    assert any(k[3] == ghost for k in _helped_kept(conn))
    rrow = dict(zip(names("residents"), one("SELECT * FROM residents ORDER BY id")))
    conn.execute("BEGIN")
    _insert_like(conn, "residents", rrow, id=ghost, cccd=None, deleted=1)
    conn.execute("COMMIT")
    check()
    assert all(k[3] != ghost for k in _helped_kept(conn))
    tx(("DELETE FROM residents WHERE id = ?", (ghost,)))
    check()
    assert any(k[3] == ghost for k in _helped_kept(conn))
    set_setting(db, "report.closing_day", 14)  # every stage change to its new period
    check()
    assert _helped_by_period(conn).get((vrow["commune_code"], "2026-10-15", link["member_id"],
                                        ghost))


def _follow_ups_by_definition(conn) -> set:
    """Every live visit that asked for a return, with the date of its household's next
    live visit in the order (date, clock, id), worked out in Python from the rows; of
    live households of the visit's commune only (schema 14)."""
    live_homes = set(conn.execute("SELECT id, commune_code FROM households WHERE deleted = 0"))
    homes: dict = {}
    for row in conn.execute("SELECT household_id, id, commune_code, date, created_hlc, "
                            "outcome, follow_up_date FROM visits WHERE deleted = 0"):
        homes.setdefault(row[0], []).append(row)
    out = set()
    for visits in homes.values():
        visits.sort(key=lambda v: (v[3], v[4], v[1]))
        for v, after in zip(visits, visits[1:] + [None]):
            if v[5] == "follow_up" and v[6] is not None and (v[0], v[2]) in live_homes:
                out.add((v[0], v[1], v[2], v[3], v[6], after[3] if after else "9999-12-31"))
    return out


def test_each_follow_up_is_kept_with_the_day_a_later_visit_settled_it(tmp_path):
    """The follow-ups and the day each was settled (schema 12) follow a later visit,
    one on the same day entered later, a visit moved to another day and to another
    household, a deleted visit and its undo; each time they are what the visits say,
    and a rebuild gives the same."""
    from tests.reports.conftest import new_commune
    from desktop.services.demo import generate_demo
    from desktop.services.undo import undo_last
    from tests.moment import TODAY

    db = new_commune(tmp_path / "f.db")
    generate_demo(db, households=30, months=3, seed=6, today=TODAY)
    conn = db.conn
    kept = lambda: set(conn.execute("SELECT household_id, visit_id, commune_code, date, "  # noqa: E731
                                    "follow_up_date, until FROM agg_follow_ups"))

    def check():
        assert kept() == _follow_ups_by_definition(conn)
        assert aggregates.differences(conn) == {}

    check()
    assert any(r[5] == "9999-12-31" for r in kept()) and any(r[5] != "9999-12-31"
                                                              for r in kept())
    # a live household whose visits all came before the 20th
    home, other = [r[0] for r in conn.execute(
        "SELECT h.id FROM households h WHERE h.deleted = 0 AND NOT EXISTS (SELECT 1 FROM "
        "visits v WHERE v.household_id = h.id AND v.date >= '2026-11-20') ORDER BY h.id "
        "LIMIT 2")]
    asked = records.add(db, "visit", {"date": "2026-11-20", "household": home,
                                      "outcome": "follow_up", "follow_up_date": "2026-11-27"},
                        today=TODAY)
    check()
    assert (asked["id"], "9999-12-31") in {(r[1], r[5]) for r in kept()}
    later = records.add(db, "visit", {"date": "2026-11-20", "household": home,
                                      "outcome": "done"}, today=TODAY)  # the same day
    check()
    assert (asked["id"], "2026-11-20") in {(r[1], r[5]) for r in kept()}
    records.update(db, "visit", later["id"], {"date": "2026-11-22"})
    check()
    assert (asked["id"], "2026-11-22") in {(r[1], r[5]) for r in kept()}
    records.update(db, "visit", later["id"], {"household": other})  # to another home
    check()
    records.delete(db, "visit", asked["id"])
    check()
    assert asked["id"] not in {r[1] for r in kept()}
    undo_last(db)
    check()
    assert asked["id"] in {r[1] for r in kept()}
    # the household deleted, its visits still live (a bundle brings them so), and
    # restored; then moved to another commune by a raw write the services never make
    records.delete(db, "household", home)
    check()
    assert home not in {r[0] for r in kept()}
    undo_last(db)
    check()
    assert asked["id"] in {r[1] for r in kept()}
    conn.execute("BEGIN")
    conn.execute("UPDATE households SET commune_code = '99999' WHERE id = ?", (home,))
    conn.execute("COMMIT")
    check()
    assert home not in {r[0] for r in kept()}


def test_schema_14_keeps_the_follow_ups_of_live_households_only(tmp_path):
    """Migration 14 drops the follow-ups that schema 12 kept for a deleted household,
    and makes the triggers that keep them so."""
    from desktop.db.aggregates.follow_ups import triggers
    from desktop.db.migrations import m014_follow_ups_of_live_households as m014
    from tests.moment import TODAY
    from tests.reports.conftest import new_commune

    db = new_commune(tmp_path / "m.db")
    conn = db.conn
    hamlet = records.add(db, "hamlet", {"name": "Tân Ninh"})
    homes = [records.add(db, "household", {"hamlet": hamlet["id"], "head_name": head})["id"]
             for head in ("Võ Văn An", "Võ Văn Bình", "Võ Văn Cường")]
    for home in homes:
        records.add(db, "visit", {"date": "2026-11-02", "household": home,
                                  "outcome": "follow_up", "follow_up_date": "2026-11-09"},
                    today=TODAY)
    # schema 13: the visits' triggers of schema 12 (no household rule), none on
    # households, and the follow-up of a household deleted since still kept
    rule = triggers()[0].split("WHERE outcome = 'follow_up' AND follow_up_date IS NOT NULL")[1]
    rule = rule.split(";")[0]
    assert rule.startswith(" AND EXISTS")
    conn.execute("BEGIN")
    for (name, sql) in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = "
                                    "'trigger' AND name GLOB 'agg_follow_ups_*'").fetchall():
        conn.execute(f"DROP TRIGGER {name}")
        if not name.startswith("agg_follow_ups_households_"):  # the visits' own
            conn.execute(sql.replace(rule, ""))
    conn.execute("UPDATE households SET deleted = 1 WHERE id = ?", (homes[0],))
    conn.execute("COMMIT")
    assert {r[0] for r in conn.execute("SELECT household_id FROM agg_follow_ups")} == set(homes)
    conn.execute("BEGIN")
    m014.apply(conn)
    conn.execute("COMMIT")
    kept = lambda: {r[0] for r in conn.execute("SELECT household_id FROM agg_follow_ups")}  # noqa: E731
    assert kept() == set(homes[1:])
    assert aggregates.differences(conn) == {}
    records.delete(db, "household", homes[1])
    assert kept() == {homes[2]}
    assert aggregates.differences(conn) == {}


AGED = ("agg_stages", "agg_residents", "agg_skills")


def _years_kept(conn) -> dict[str, list[int]]:
    """{table: the birth years its rows up to FLOOR_YEAR are kept under}."""
    floor = aggregates.FLOOR_YEAR
    return {t: [r[0] for r in conn.execute(f"SELECT DISTINCT birth_year FROM {t} "
                                           "WHERE birth_year <= ? ORDER BY 1", (floor,))]
            for t in AGED}


def test_birth_years_up_to_the_floor_are_kept_as_one_and_a_threshold_before_it_reads_the_records(
        tmp_path):
    """Schema 16: the aggregates keep every birth year up to FLOOR_YEAR as one (each
    default threshold counts them all in every report from 2020). A threshold set high
    enough to reach before it (60 in 2026: born by 1966) is read from the records, and
    gives the definitions' figures; so do the defaults, read from the aggregates."""
    from desktop.domain.indicators import threshold_key
    from desktop.services.demo import generate_demo
    from tests.moment import TODAY
    from tests.reports.conftest import new_commune

    db = new_commune(tmp_path / "y.db")
    generate_demo(db, households=40, months=3, seed=9, today=TODAY)
    conn = db.conn
    floor = aggregates.FLOOR_YEAR
    older = conn.execute("SELECT count(DISTINCT r.birth_year) FROM live_residents r JOIN "
                         "stage_changes s ON s.resident_id = r.id WHERE r.birth_year < ?",
                         (floor,)).fetchone()[0]
    assert older > 20  # residents of many birth years before it, with stage steps
    assert _years_kept(conn) == {t: [floor] for t in AGED}
    codes = ("eid_level2", "smartphone_adults", "digital_skills")
    default = figures(db, "2026-11", Scope.commune(XA), "aggregates")
    set_settings(db, {threshold_key(code): 60 for code in codes})
    for scope in (Scope.commune(XA), Scope.hub([XA])):
        for month in MONTHS[:2]:
            fast = figures(db, month, scope, "aggregates")
            slow = figures(db, month, scope, "records")
            for code in codes:
                assert fast[code] == slow[code], (scope.level, month, code)
    # the comparison is of real figures: the threshold counts fewer residents, not none
    sixty = figures(db, "2026-11", Scope.commune(XA), "aggregates")
    for code in ("eid_level2", "smartphone_adults"):
        old, new = (sum(v[3] or 0 for v in f[code].values()) for f in (default, sixty))
        assert 0 < new < old, code


def test_schema_16_keeps_birth_years_up_to_the_floor_as_one(tmp_path):
    """Migration 16 recomputes the aggregates of schema 15 (a row per birth year) with
    the birth years up to FLOOR_YEAR as one, and makes the triggers that keep them so."""
    import re

    from desktop.db.migrations import m016_birth_years_together as m016
    from desktop.services.demo import generate_demo
    from tests.moment import TODAY
    from tests.reports.conftest import new_commune

    db = new_commune(tmp_path / "m.db")
    generate_demo(db, households=30, months=2, seed=4, today=TODAY)
    conn = db.conn
    floor = aggregates.FLOOR_YEAR
    # schema 15: each birth year its own, in the rows and in every trigger
    kept_apart = lambda sql: re.sub(rf"max\(ifnull\((.*?), 9999\), {floor}\)",  # noqa: E731
                                    r"ifnull(\1, 9999)", sql)
    conn.execute("BEGIN")
    for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = "
                                  "'trigger' AND name GLOB 'agg_*'").fetchall():
        if kept_apart(sql) != sql:
            conn.execute(f"DROP TRIGGER {name}")
            conn.execute(kept_apart(sql))
    with aggregates.paused(conn):
        for table in AGED:
            for sql in aggregates.rebuild_sql(aggregates.BY_TABLE[table]):
                conn.execute(kept_apart(sql))
    conn.execute("COMMIT")
    assert all(len(years) > 10 for years in _years_kept(conn).values())
    conn.execute("BEGIN")
    m016.apply(conn)
    conn.execute("COMMIT")
    assert _years_kept(conn) == {t: [floor] for t in AGED}
    assert aggregates.differences(conn) == {}
    # the triggers made again keep them: a resident born long before moves to another
    # year kept with it, then to one after the floor (raw writes: the CCCD would refuse)
    resident = conn.execute("SELECT s.resident_id FROM stage_changes s JOIN residents r ON "
                            "r.id = s.resident_id WHERE s.deleted = 0 "
                            "AND r.birth_year < 1970 ORDER BY s.id").fetchone()[0]
    for year in (1975, 2010):
        conn.execute("BEGIN")
        conn.execute("UPDATE residents SET birth_year = ?, digital_skills_date = '2026-10-30', "
                     "digital_skills_via = 'class' WHERE id = ?", (year, resident))
        conn.execute("COMMIT")
        assert _years_kept(conn) == {t: [floor] for t in AGED}
        assert aggregates.differences(conn) == {}
