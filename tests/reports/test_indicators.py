"""Every indicator against an independent, deliberately simple recount.

The reference reads whole tables into Python (`deleted = 0` written here, not the
live views) and counts row by row: no GROUP BY, no flow sums, no shared code with
desktop/reports. Stage counts at a period's end replay each resident's history in
order. The data is the demo commune with edits and deletions made through the
services (conftest.enrich). A test fails when an indicator of the table has no
recount here.
"""

import json

import pytest

from desktop.domain.indicators import EVENT_SERVICES, INDICATORS
from desktop.domain.periods import report_period
from desktop.reports.collect import collect_monthly
from desktop.reports.settings import set_setting

MONTHS = ["2026-11", "2026-06", "2026-01", "2025-12"]
EID2 = {"level2_activated"}
EID1 = {"level1", "level2_submitted", "level2_activated"}
HEALTH = {"linked"}


def rows(conn, sql, *params):
    cur = conn.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur]


class Reference:
    """Every indicator computed the long way, for one period's windows."""

    def __init__(self, conn, ages=None):
        live = "WHERE deleted = 0"
        self.ages = {"smartphone_adults": 18, "eid_level2": 14, "eid_level1": 14,
                     "payment_account": 15, "digital_signature": 18, "digital_skills": 18,
                     "digital_skills_vneid": 18, "digital_skills_class": 18, **(ages or {})}
        self.hamlets = rows(conn, f"SELECT * FROM hamlets {live}")
        self.households = rows(conn, f"SELECT * FROM households {live}")
        self.residents = rows(conn, f"SELECT * FROM residents {live}")
        self.visits = rows(conn, f"SELECT * FROM visits {live}")
        self.changes = rows(conn, f"SELECT * FROM stage_changes {live} "
                                  "ORDER BY date, created_hlc, id")
        self.trainings = rows(conn, f"SELECT * FROM trainings {live}")
        self.attendance = rows(conn, f"SELECT * FROM attendance {live}")
        self.events = rows(conn, f"SELECT * FROM events {live}")
        self.members = rows(conn, f"SELECT * FROM members {live}")
        self.links = rows(conn, f"SELECT * FROM visit_members {live}")

    # --- helpers ---------------------------------------------------------------------
    def aged(self, code, year, hamlet=None):
        age = self.ages[code]
        return [r for r in self.residents if r["birth_year"] is not None
                and year - r["birth_year"] >= age and (hamlet is None or r["hamlet_id"] == hamlet)]

    def stage(self, track, stages, end, year, code=None, hamlet=None):
        people = {r["id"]: r for r in (self.aged(code, year) if code else self.residents)}
        current = {}
        for c in self.changes:
            if c["track"] == track and c["date"] < end and c["resident_id"] in people:
                current[c["resident_id"]] = c["to_stage"]
        return sum(1 for rid, s in current.items() if s in stages
                   and (hamlet is None or people[rid]["hamlet_id"] == hamlet))

    def skills(self, end, year, via=None, code="digital_skills"):
        return sum(1 for r in self.aged(code, year) if r["digital_skills_date"]
                   and r["digital_skills_date"] < end and (via is None or
                                                           r["digital_skills_via"] == via))

    def sessions(self, start, end, literacy=False):
        return [t for t in self.trainings if start <= t["starts_at"][:10] < end
                and (not literacy or t["literacy_class"])]

    def present(self, start, end, literacy=False):
        ids = {t["id"] for t in self.sessions(start, end, literacy)}
        return sum(1 for a in self.attendance if a["training_id"] in ids
                   and a["status"] == "present")

    def events_in(self, start, end):
        return [e for e in self.events if start <= e["date"] < end]

    def event_service(self, service, start, end):
        return sum(json.loads(e["services"] or "{}").get(service, 0)
                   for e in self.events_in(start, end))

    # --- the indicators: flows in a window, states at a date, snapshots now ---------
    def flow(self, code, start, end, hamlet=None):
        v = [x for x in self.visits if start <= x["date"] < end
             and (hamlet is None or x["hamlet_id"] == hamlet)]
        if code == "households_visited":  # live households, in their own hamlet
            homes = {h["id"] for h in self.households
                     if hamlet is None or h["hamlet_id"] == hamlet}
            return len({x["household_id"] for x in self.visits if start <= x["date"] < end
                        and x["outcome"] != "not_home"} & homes)
        if code == "visits":
            return len(v)
        if code == "public_service":
            dossiers = sum(max(x["dossiers"] or 0, x["svc_public_service"]) for x in v)
            return dossiers + (self.event_service("public_service", start, end)
                               if hamlet is None else 0)
        if code == "trainings":
            return len(self.sessions(start, end))
        if code == "training_participants":
            return self.present(start, end)
        if code == "literacy_classes":
            return len(self.sessions(start, end, literacy=True))
        if code == "literacy_learners":
            return self.present(start, end, literacy=True)
        if code == "events":
            return len(self.events_in(start, end))
        if code == "people_served":
            return sum(e["people_served"] for e in self.events_in(start, end))
        if code.startswith("event_"):
            return self.event_service(code[len("event_"):], start, end)
        raise KeyError(code)

    def state(self, code, end, year, hamlet=None):
        if code == "eid_level2":
            return self.stage("eid", EID2, end, year, code, hamlet)
        if code == "eid_level1":
            return self.stage("eid", EID1, end, year, code, hamlet)
        if code == "health_linked":
            return self.stage("health", HEALTH, end, year, None, hamlet)
        if code == "digital_skills":
            return self.skills(end, year)
        if code == "digital_skills_vneid":
            return self.skills(end, year, "vneid", code)
        if code == "digital_skills_class":
            return self.skills(end, year, "class", code)
        raise KeyError(code)

    def snapshot(self, code, year, hamlet=None):
        """(numerator, denominator or None)."""
        homes = [h for h in self.households if hamlet is None or h["hamlet_id"] == hamlet]
        flags = {"smartphone_adults": "has_smartphone", "payment_account": "has_payment_account",
                 "digital_signature": "has_digital_signature"}
        if code in flags:
            people = self.aged(code, year, hamlet)
            return sum(1 for r in people if r[flags[code]]), len(people)
        if code == "fibre_households":
            return sum(1 for h in homes if h["has_fibre"]), len(homes)
        if code == "ecommerce_households":
            return sum(1 for h in homes if h["sells_online"]), None
        hamlet_ids = {h["id"] for h in self.hamlets}
        if code == "team_hamlets":
            active = {m["hamlet_id"] for m in self.members if m["active"]}
            return len(hamlet_ids & active), len(hamlet_ids)
        if code == "team_members":
            return len(self.members), None
        if code == "team_members_active":
            return sum(1 for m in self.members if m["active"]), len(self.members)
        raise KeyError(code)

    def denominator(self, code, year, hamlet=None):
        if code == "households_visited":
            return len([h for h in self.households if hamlet is None or h["hamlet_id"] == hamlet])
        if code == "health_linked":
            return len([r for r in self.residents if hamlet is None or r["hamlet_id"] == hamlet])
        if code in ("eid_level2", "eid_level1", "digital_skills"):
            return len(self.aged(code, year, hamlet))
        return None


def expected(ref: Reference, code: str, period) -> tuple:
    """(month, previous, ytd, denominator) as the report must show them."""
    ind = INDICATORS[code]
    start, end = period.bounds()
    prev_start, year_start, year = period.previous().start, period.year_start, period.year
    if ind.measure == "flow":
        return (ref.flow(code, start, end), ref.flow(code, prev_start, start),
                ref.flow(code, year_start, end), ref.denominator(code, year))
    if ind.measure == "state":
        now = ref.state(code, end, year)
        return (now, ref.state(code, start, year), now - ref.state(code, year_start, year),
                ref.denominator(code, year))
    value, whole = ref.snapshot(code, year)
    return value, None, None, whole


@pytest.fixture(scope="module")
def ref(demo):
    return Reference(demo.conn)


def test_every_indicator_has_a_recount(ref):
    period = report_period("2026-11")
    for code in INDICATORS:
        expected(ref, code, period)  # KeyError: an indicator the recount lacks


@pytest.mark.parametrize("month", MONTHS)
def test_every_indicator_matches_the_recount(demo, ref, month):
    report = collect_monthly(demo, month)
    for code in INDICATORS:
        fig = report.totals[code]
        assert (fig.month, fig.previous, fig.ytd, fig.denominator) == \
            expected(ref, code, report.period), code


def test_the_demo_exercises_every_indicator(demo):
    """Non-zero figures for every indicator this year, so the recount proves something."""
    report = collect_monthly(demo, "2026-11")
    quiet = [code for code, fig in report.totals.items()
             if not (fig.ytd if fig.is_flow else fig.month)
             and code not in ("event_payment", "event_ecommerce", "event_online_safety",
                              "event_other", "team_members_active")]
    assert quiet == []
    assert report.totals["team_members_active"].share < 100  # one member made inactive


@pytest.mark.parametrize("month", ["2026-11", "2026-03"])
def test_hamlet_figures_match_the_recount(demo, ref, month):
    report = collect_monthly(demo, month)
    period = report.period
    start, end, year = period.start, period.end, period.year
    named = [h for h in report.hamlets if h.id is not None]
    assert len(named) >= 8
    for hamlet in named:
        f = report.by_hamlet[hamlet.id]
        assert f["households_visited"].month == ref.flow("households_visited", start, end,
                                                         hamlet.id)
        assert f["visits"].month == ref.flow("visits", start, end, hamlet.id)
        assert f["public_service"].month == ref.flow("public_service", start, end, hamlet.id)
        for code in ("eid_level2", "eid_level1", "health_linked"):
            assert f[code].month == ref.state(code, end, year, hamlet.id), code
            assert f[code].denominator == ref.denominator(code, year, hamlet.id), code
        for code in ("smartphone_adults", "payment_account", "digital_signature",
                     "fibre_households", "ecommerce_households"):
            assert (f[code].month, f[code].denominator) == \
                ref.snapshot(code, year, hamlet.id), code


def test_deleted_hamlet_counts_in_a_row_of_its_own(demo):
    """Households of a deleted hamlet are "hamlet unknown", and every hamlet-level
    figure adds up to the commune's (a day's dossiers count only in the total)."""
    report = collect_monthly(demo, "2026-11")
    assert report.hamlets[-1].id is None and report.hamlets[-1].households > 0
    for code in ("households_visited", "visits", "eid_level2", "health_linked",
                 "smartphone_adults", "fibre_households"):
        assert sum(report.by_hamlet[h.id][code].month for h in report.hamlets) == \
            report.totals[code].month, code
    by_hamlets = sum(report.by_hamlet[h.id]["public_service"].month for h in report.hamlets)
    assert report.totals["public_service"].month == by_hamlets + 12  # the day's 12 dossiers


def test_deletions_and_corrections_are_not_counted(demo, ref):
    """The recount with deleted rows included would differ: the test data holds them."""
    conn = demo.conn
    deleted = {t: conn.execute(f"SELECT count(*) FROM {t} WHERE deleted = 1").fetchone()[0]
               for t in ("visits", "residents", "households", "events", "attendance",
                         "trainings", "members", "hamlets")}
    assert all(deleted.values()), deleted
    corrected = demo.enriched["corrected"]
    history = [c for c in ref.changes if c["resident_id"] == corrected and c["track"] == "eid"]
    assert history[-1]["to_stage"] == "level1" and history[-1]["correction"] == 1


def test_age_thresholds_come_from_the_settings(tmp_path):
    """A province changes a threshold in the settings; the figures follow."""
    from tests.reports.conftest import TODAY, new_commune
    from desktop.services.demo import generate_demo

    db = new_commune(tmp_path / "t.db")
    generate_demo(db, households=40, months=3, seed=9, today=TODAY)
    before = collect_monthly(db, "2026-11").totals["eid_level2"]
    set_setting(db, "threshold.eid_level2", "40")
    after = collect_monthly(db, "2026-11").totals["eid_level2"]
    ref = Reference(db.conn, {"eid_level2": 40})
    assert after.denominator == ref.denominator("eid_level2", 2026) < before.denominator
    assert after.month == ref.state("eid_level2", "2026-12-01", 2026) < before.month
    db.conn.close()


def test_members_and_follow_ups_match_the_recount(demo, ref):
    report = collect_monthly(demo, "2026-11")
    start, end = report.period.bounds()
    assert report.members
    visit_ids = {v["id"] for v in ref.visits if start <= v["date"] < end}
    for member in report.members:
        mine = {link["visit_id"] for link in ref.links if link["member_id"] == member.id
                and link["visit_id"] in visit_ids}
        assert member.visits == len(mine), member.name
        # residents whose stage moved in the period during one of the member's live visits
        # (a deleted resident's history does not count)
        all_mine = {link["visit_id"] for link in ref.links if link["member_id"] == member.id}
        live_people = {r["id"] for r in ref.residents}
        helped = {c["resident_id"] for c in ref.changes if c["visit_id"] in all_mine
                  and c["visit_id"] in {v["id"] for v in ref.visits}
                  and c["resident_id"] in live_people and start <= c["date"] < end}
        assert member.residents_helped == len(helped), member.name
    assert sum(m.residents_helped for m in report.members) > 0
    shown = {m.id for m in report.members}
    assert shown == {m["id"] for m in ref.members if m["active"]} | {
        m["id"] for m in ref.members
        if any(link["member_id"] == m["id"] and link["visit_id"] in visit_ids
               for link in ref.links)}
    latest = {}
    for v in sorted(ref.visits, key=lambda v: (v["date"], v["created_hlc"], v["id"])):
        if v["date"] < end:
            latest[v["household_id"]] = v
    live_homes = {h["id"] for h in ref.households}
    due = [v for hid, v in latest.items() if hid in live_homes and v["outcome"] == "follow_up"
           and v["follow_up_date"] and v["follow_up_date"] < end]
    assert due, "the demo has open follow-ups"
    assert report.follow_ups_total == len(due)
    assert report.follow_ups[0].due == min(v["follow_up_date"] for v in due)


def test_a_past_months_follow_ups_match_the_recount(demo, ref):
    """A past month's report: households visited again since then are judged by their
    latest visit before that month's end, not by the latest of all."""
    live_homes = {h["id"] for h in ref.households}
    revisited = 0
    for month in ("2026-10", "2026-09", "2026-08"):
        report = collect_monthly(demo, month)
        _start, end = report.period.bounds()
        latest, last_ever = {}, {}
        for v in sorted(ref.visits, key=lambda v: (v["date"], v["created_hlc"], v["id"])):
            last_ever[v["household_id"]] = v
            if v["date"] < end:
                latest[v["household_id"]] = v
        due = sorted((v["follow_up_date"], v["date"]) for hid, v in latest.items()
                     if hid in live_homes and v["outcome"] == "follow_up"
                     and v["follow_up_date"] and v["follow_up_date"] < end)
        revisited += sum(1 for hid, v in latest.items() if hid in live_homes
                         and last_ever[hid] is not v and v["outcome"] == "follow_up")
        assert report.follow_ups_total == len(due), month
        assert sorted((f.due, f.visit_date) for f in report.follow_ups) == due[:len(report.follow_ups)]
    assert revisited, "some follow-ups were settled only after the month's end"


def test_series_ends_at_the_month_and_matches_totals(demo):
    report = collect_monthly(demo, "2026-11")
    assert [p.month for p in report.series] == [f"2026-{m:02d}" for m in range(1, 12)]
    last = report.series[-1]
    assert last.eid_level2 == pytest.approx(report.totals["eid_level2"].share)
    assert last.households_covered == pytest.approx(report.totals["households_visited"].share)
    assert sum(p.visits for p in report.series) == report.visits_ytd


def test_targets_are_read_for_the_year(demo):
    report = collect_monthly(demo, "2026-11")
    assert report.totals["eid_level2"].target == 80
    hamlet = report.hamlets[0]
    assert report.by_hamlet[hamlet.id]["eid_level2"].target == 80
    fig = report.totals["eid_level2"]
    assert fig.achievement == pytest.approx(fig.share / 80 * 100)


def test_event_services_by_type(demo, ref):
    report = collect_monthly(demo, "2026-11")
    assert report.totals["event_vneid_install"].month == 40
    assert sum(report.totals[c].month for c in EVENT_SERVICES) == 77


@pytest.mark.parametrize("level", ["hamlet", "commune"])
def test_the_attendance_counted_is_read_from_an_index_alone(demo, level):
    """Schema 15: the present attendance of a period's trainings comes from
    `idx_attendance_present`, not from a row read per attendance (the figures
    themselves are the recount's: test_every_indicator_matches_the_recount)."""
    from desktop.reports.measures import Scope, indicator_jobs
    from tests.reports.conftest import XA

    scope = Scope.commune(XA) if level == "hamlet" else Scope.hub([XA])
    codes = ["training_participants", "literacy_learners"]
    jobs = indicator_jobs(report_period("2026-11", 0), scope, {}, codes)
    asked = []
    demo.conn.set_trace_callback(asked.append)
    try:
        counted = [job(demo.conn) for job in jobs.values()]
    finally:
        demo.conn.set_trace_callback(None)
    assert all(counted) and len(asked) == len(jobs) == 2
    for sql in asked:
        plan = " ".join(r[3] for r in demo.conn.execute("EXPLAIN QUERY PLAN " + sql))
        assert "COVERING INDEX idx_attendance_present" in plan, plan


def test_the_team_list_shows_active_members_and_inactive_ones_who_went_out(tmp_path):
    """An inactive member is listed only for a month they visited households in; an
    active one always, with no visits if none."""
    from desktop.services import records
    from tests.reports.conftest import new_commune

    db = new_commune(tmp_path / "team.db")
    hamlet = records.add(db, "hamlet", {"name": "Tân Ninh"})["id"]
    idle = records.add(db, "member", {"full_name": "Đỗ Văn Nghỉ", "hamlet": hamlet,
                                      "active": False})["id"]
    out = records.add(db, "member", {"full_name": "Lý Thị Đi", "hamlet": hamlet,
                                     "active": False})["id"]
    here = records.add(db, "member", {"full_name": "Hồ Văn Trực", "hamlet": hamlet})["id"]
    home = records.add(db, "household", {"hamlet": hamlet, "head_name": "Mai Văn Sáu"})["id"]
    records.add(db, "visit", {"household": home, "date": "2026-11-20", "outcome": "done",
                              "members": [out]})
    shown = {m.id: m.visits for m in collect_monthly(db, "2026-11").members}
    assert shown == {out: 1, here: 0} and idle not in shown
    db.conn.close()


@pytest.mark.parametrize("how", ["since", "before"])
def test_a_past_months_follow_ups_are_the_same_whichever_way_they_are_read(demo, ref, how):
    """A past period's follow-ups are found from the households visited since its end
    (a recent period) or from the visits before it (an early one, little history
    before it): both give the recount, early months and late, and the report picks
    the way that reads less."""
    from desktop.reports.activity import _cheaper_way, collect_follow_ups
    from tests.reports.conftest import XA

    live_homes = {h["id"] for h in ref.households}
    chosen = set()
    for month in ("2026-10", "2026-06", "2026-01", "2025-12"):
        start, end = report_period(month).bounds()
        latest = {}
        for v in sorted(ref.visits, key=lambda v: (v["date"], v["created_hlc"], v["id"])):
            if v["date"] < end:
                latest[v["household_id"]] = v
        due = sorted((v["follow_up_date"], v["date"]) for hid, v in latest.items()
                     if hid in live_homes and v["outcome"] == "follow_up"
                     and v["follow_up_date"] and v["follow_up_date"] < end)
        shown, total = collect_follow_ups(demo.conn, XA, start, end, limit=10_000, how=how)
        assert total == len(due), month
        assert sorted((f.due, f.visit_date) for f in shown) == due, month
        # the shorter of the two ranges, counted whole, however small the first bound
        params = {"c": XA, "end": end}
        sizes = {way: demo.conn.execute(f"SELECT count(*) FROM agg_follow_ups WHERE "
                                        f"commune_code = :c AND {side}", params).fetchone()[0]
                 for way, side in (("since", "until >= :end"), ("before", "date < :end"))}
        for first in (1024, 16, 3, 1):
            way = _cheaper_way(demo.conn, params, first)
            assert sizes[way] == min(sizes.values()), (month, first, sizes)
            chosen.add(way)
    assert chosen == {"since", "before"}  # the demo's early months read the visits before



def _follow_ups_recount(ref, end: str) -> list[tuple]:
    """(visit date, due, hamlet, head) of every follow-up due by `end`, in the
    report's order: due date, then visit date, then the head of household's name."""
    homes = {h["id"]: h for h in ref.households}
    hamlets = {h["id"]: h["name"] for h in ref.hamlets}
    latest = {}
    for v in sorted(ref.visits, key=lambda v: (v["date"], v["created_hlc"], v["id"])):
        if v["date"] < end:
            latest[v["household_id"]] = v
    due = [(v["date"], v["follow_up_date"], hamlets.get(homes[hid]["hamlet_id"], ""),
            homes[hid]["head_name"]) for hid, v in latest.items() if hid in homes
           and v["outcome"] == "follow_up" and v["follow_up_date"]
           and v["follow_up_date"] < end]
    return sorted(due, key=lambda r: (r[1], r[0], r[3]))


def test_the_follow_ups_shown_are_the_first_by_due_date_visit_and_head(demo, ref, tmp_path):
    """However few are shown, they are the first of the recount by due date, then
    visit date, then the head of household's name, each with its hamlet and head.
    Households tied at the cut are read for their names too (schema 12 reads only
    the households shown): six visits on one day, due on one day, whose heads were
    entered in the reverse of their names' order."""
    from desktop.reports.activity import collect_follow_ups
    from desktop.services import records
    from tests.reports.conftest import TODAY, XA, new_commune

    def check(db, ref, months):
        for month in months:
            start, end = report_period(month).bounds()
            due = _follow_ups_recount(ref, end)
            for limit in (1, 2, 3, 5, 8, 13, len(due)):
                shown, total = collect_follow_ups(db.conn, XA, start, end, limit=limit)
                assert total == len(due), month
                assert [(f.visit_date, f.due, f.hamlet, f.household) for f in shown] == \
                    due[:limit], (month, limit)
                assert all(f.overdue == (f.due < start) for f in shown)

    check(demo, ref, ("2026-11", "2026-08", "2026-02"))
    db = new_commune(tmp_path / "ties.db")
    hamlet = records.add(db, "hamlet", {"name": "Tân Ninh"})
    for head in ("Võ Văn Phúc", "Võ Văn Em", "Võ Văn Dũng", "Võ Văn Cường", "Võ Văn Bình",
                 "Võ Văn An"):
        home = records.add(db, "household", {"hamlet": hamlet["id"], "head_name": head})
        records.add(db, "visit", {"date": "2026-11-02", "household": home["id"],
                                  "outcome": "follow_up", "follow_up_date": "2026-11-09"},
                    today=TODAY)
    check(db, Reference(db.conn), ("2026-11",))
    shown, total = collect_follow_ups(db.conn, XA, "2026-11-01", "2026-12-01", limit=2)
    assert total == 6 and [f.household for f in shown] == ["Võ Văn An", "Võ Văn Bình"]
    # a household's tombstone, its visit still live (a bundle brings them so): not due
    db.conn.execute("BEGIN")
    db.conn.execute("UPDATE households SET deleted = 1 WHERE head_name = 'Võ Văn An'")
    db.conn.execute("COMMIT")
    check(db, Reference(db.conn), ("2026-11",))
    shown, total = collect_follow_ups(db.conn, XA, "2026-11-01", "2026-12-01", limit=2)
    assert total == 5 and [f.household for f in shown] == ["Võ Văn Bình", "Võ Văn Cường"]
