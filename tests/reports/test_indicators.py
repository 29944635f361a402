"""The report's figures against an independent, deliberately simple computation.

The reference path reads whole tables into Python and counts row by row: no GROUP
BY, no flow sums, no shared code with desktop/reports. Stage counts at a month's end
are found by replaying each resident's history in order.
"""

import pytest

from desktop.reports.collect import collect_monthly

MONTHS = ["2026-11", "2026-06", "2026-01", "2025-12"]


def rows(conn, sql, *params):
    cur = conn.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur]


def month_end(month):
    y, m = int(month[:4]), int(month[5:])
    return f"{y + (m == 12)}-{m % 12 + 1:02d}-01"


def prev_month(month):
    y, m = int(month[:4]), int(month[5:])
    return f"{y - 1}-12" if m == 1 else f"{y}-{m - 1:02d}"


class Reference:
    """Every indicator computed the long way."""

    def __init__(self, conn):
        live = "WHERE deleted = 0"
        self.households = rows(conn, f"SELECT * FROM households {live}")
        self.residents = rows(conn, f"SELECT * FROM residents {live}")
        self.visits = rows(conn, f"SELECT rowid AS row_number, * FROM visits {live}")
        self.changes = rows(conn, f"SELECT * FROM stage_changes {live} ORDER BY date, created_hlc, id")
        self.trainings = rows(conn, f"SELECT * FROM trainings {live}")
        self.attendance = rows(conn, f"SELECT * FROM attendance {live}")
        self.events = rows(conn, f"SELECT * FROM events {live}")
        self.links = rows(conn, f"SELECT * FROM visit_members {live}")

    def visited(self, start, end, hamlet=None):
        return len({v["household_id"] for v in self.visits
                    if start <= v["date"] < end and v["outcome"] != "not_home"
                    and (hamlet is None or v["hamlet_id"] == hamlet)})

    def stage_count(self, track, stages, end, hamlet=None):
        live = {r["id"]: r for r in self.residents}
        current = {}
        for c in self.changes:
            if c["track"] == track and c["date"] < end and c["resident_id"] in live:
                current[c["resident_id"]] = c["to_stage"]
        return sum(1 for rid, stage in current.items() if stage in stages
                   and (hamlet is None or live[rid]["hamlet_id"] == hamlet))

    def public_service(self, start, end, hamlet=None):
        return sum(1 for v in self.visits if start <= v["date"] < end and v["svc_public_service"]
                   and (hamlet is None or v["hamlet_id"] == hamlet))

    def adults(self, year, age, flag, hamlet=None):
        people = [r for r in self.residents if r["birth_year"] is not None
                  and year - r["birth_year"] >= age and (hamlet is None or r["hamlet_id"] == hamlet)]
        return sum(1 for r in people if r[flag]), len(people)

    def trainings_in(self, start, end):
        ids = {t["id"] for t in self.trainings if start <= t["starts_at"][:10] < end}
        present = sum(1 for a in self.attendance if a["training_id"] in ids and a["status"] == "present")
        return len(ids), present

    def events_in(self, start, end):
        chosen = [e for e in self.events if start <= e["date"] < end]
        return len(chosen), sum(e["people_served"] for e in chosen)

    def member_visits(self, member, start, end):
        visit_ids = {v["id"] for v in self.visits if start <= v["date"] < end}
        return len({link["visit_id"] for link in self.links
                    if link["member_id"] == member and link["visit_id"] in visit_ids})


EID2 = {"level2_activated"}
EID1 = {"level1", "level2_submitted", "level2_activated"}
HEALTH = {"linked"}


@pytest.fixture(scope="module")
def ref(demo):
    return Reference(demo.conn)


@pytest.mark.parametrize("month", MONTHS)
def test_commune_totals_match_reference(demo, ref, month):
    report = collect_monthly(demo, month)
    t = report.totals
    start, end = f"{month}-01", month_end(month)
    prev_start = f"{prev_month(month)}-01"
    year_start = f"{month[:4]}-01-01"
    assert t["households_visited"].month == ref.visited(start, end)
    assert t["households_visited"].previous == ref.visited(prev_start, start)
    assert t["households_visited"].ytd == ref.visited(year_start, end)
    assert t["households_visited"].denominator == len(ref.households)
    for code, track, stages in (("eid_level2", "eid", EID2), ("eid_level1", "eid", EID1),
                                ("health_linked", "health", HEALTH)):
        assert t[code].month == ref.stage_count(track, stages, end), code
        assert t[code].previous == ref.stage_count(track, stages, start), code
        assert t[code].ytd == (ref.stage_count(track, stages, end)
                               - ref.stage_count(track, stages, year_start)), code
        assert t[code].denominator == len(ref.residents)
    assert t["public_service"].month == ref.public_service(start, end)
    assert t["public_service"].ytd == ref.public_service(year_start, end)
    year = int(month[:4])
    assert (t["smartphone_adults"].month, t["smartphone_adults"].denominator) == \
        ref.adults(year, 18, "has_smartphone")
    assert (t["payment_account"].month, t["payment_account"].denominator) == \
        ref.adults(year, 15, "has_payment_account")
    assert t["ecommerce_households"].month == sum(h["sells_online"] for h in ref.households)
    held, present = ref.trainings_in(start, end)
    assert (t["trainings"].month, t["training_participants"].month) == (held, present)
    assert (t["trainings"].ytd, t["training_participants"].ytd) == ref.trainings_in(year_start, end)
    assert (t["events"].month, t["people_served"].month) == ref.events_in(start, end)
    assert (t["events"].ytd, t["people_served"].ytd) == ref.events_in(year_start, end)
    assert report.visits_month == sum(1 for v in ref.visits if start <= v["date"] < end)


@pytest.mark.parametrize("month", ["2026-11", "2026-03"])
def test_hamlet_figures_match_reference_and_add_up(demo, ref, month):
    report = collect_monthly(demo, month)
    start, end = f"{month}-01", month_end(month)
    year_start = f"{month[:4]}-01-01"
    assert report.hamlets, "the demo has hamlets"
    for hamlet in report.hamlets:
        f = report.by_hamlet[hamlet.id]
        assert f["households_visited"].month == ref.visited(start, end, hamlet.id)
        assert f["households_visited"].ytd == ref.visited(year_start, end, hamlet.id)
        assert f["eid_level2"].month == ref.stage_count("eid", EID2, end, hamlet.id)
        assert f["health_linked"].month == ref.stage_count("health", HEALTH, end, hamlet.id)
        assert f["public_service"].month == ref.public_service(start, end, hamlet.id)
        assert f["smartphone_adults"].month == ref.adults(int(month[:4]), 18, "has_smartphone",
                                                           hamlet.id)[0]
    for code in ("eid_level2", "health_linked", "public_service", "households_visited"):
        assert sum(report.by_hamlet[h.id][code].month for h in report.hamlets) == \
            report.totals[code].month, code


def test_members_and_follow_ups_match_reference(demo, ref):
    month = "2026-11"
    start, end = f"{month}-01", month_end(month)
    report = collect_monthly(demo, month)
    assert report.members
    for member in report.members:
        assert member.visits == ref.member_visits(member.id, start, end), member.name
    assert sum(m.visits for m in report.members) >= report.visits_month
    latest = {}
    for v in sorted(ref.visits, key=lambda v: (v["date"], v["row_number"])):
        if v["date"] < end:
            latest[v["household_id"]] = v
    due = [v for v in latest.values() if v["outcome"] == "follow_up"
           and v["follow_up_date"] and v["follow_up_date"] < end]
    assert due, "the demo has open follow-ups"
    assert report.follow_ups_total == len(due)
    assert report.follow_ups[0].due == min(v["follow_up_date"] for v in due)


def test_series_ends_at_the_month_and_matches_totals(demo):
    report = collect_monthly(demo, "2026-11")
    assert [p.month for p in report.series] == [f"2026-{m:02d}" for m in range(1, 12)]
    last = report.series[-1]
    assert last.eid_level2 == pytest.approx(report.totals["eid_level2"].share)
    assert last.households_covered == pytest.approx(report.totals["households_visited"].share)
    assert sum(p.visits for p in report.series) == report.visits_ytd
    shares = [p.eid_level2 for p in report.series]
    assert shares == sorted(shares), "demo uptake only rises"


def test_targets_are_read_for_the_year(demo):
    report = collect_monthly(demo, "2026-11")
    assert report.totals["eid_level2"].target == 80
    hamlet = report.hamlets[0]
    assert report.by_hamlet[hamlet.id]["eid_level2"].target == 80
    fig = report.totals["eid_level2"]
    assert fig.achievement == pytest.approx(fig.share / 80 * 100)
