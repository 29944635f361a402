"""The figures of a commune's monthly report, computed from the database.

`collect_monthly(db, "2026-11")` returns a `MonthlyReport`: every indicator of
MISSION.md for the month and the year to date, per hamlet and for the commune,
against the year's targets, plus the month-by-month series of the year. It is pure
reading: nothing is written, and nothing here knows about PDF or Excel.

Definitions (the report's footnotes say the same in words):
- a household counts as visited when a visit found someone at home (any outcome
  but "not at home");
- ages are counted in whole years at the report's year (2026 - birth year); residents
  without a birth year are left out of the age-based shares;
- e-ID and health-record counts at the end of a month come from the stage history,
  so a past month's report shows the state of that month; a change counts in the
  hamlet where it was recorded;
- smartphone, payment account and e-commerce have no history: they show the state
  as recorded now.
"""


from desktop.db.meta import read_setup
from desktop.domain.periods import check_month, parse_month
from desktop.domain.errors import InputRefused
from desktop.domain.indicators import ADULT_AGE, INDICATORS, PAYMENT_AGE
from desktop.domain.units import find_commune
from desktop.reports.activity import (collect_events, collect_follow_ups, collect_members,
                                      collect_trainings)
from desktop.reports.model import (HAMLET_INDICATORS, Figure, Hamlet,
                                   MonthlyReport, MonthPoint)
from desktop.reports.sql import BEFORE, MONTH_BUCKET, STAGE_FLOWS, conn_of, run_parallel

OTHER = None  # the key of rows whose hamlet is unknown or deleted


def collect_monthly(db, month: str, commune: str | None = None) -> MonthlyReport:
    """The monthly report of `commune` (default: this database's commune) for `month`.

    `month` is "YYYY-MM". On a hub database `commune` is required. Raises InputRefused
    for a malformed month or a commune with no data in a hub. The independent queries
    run side by side on read-only connections (`run_parallel`).
    """
    month = check_month(month)
    conn = conn_of(db)
    code, name, province = _identify(conn, commune)
    p = _Period(month, code)
    results = run_parallel(conn, _jobs(p), key=getattr(db, "key", None))
    hamlets = [Hamlet(r[0], r[1]) for r in results["hamlets"]]
    names = {h.id: h.name for h in hamlets}
    figures: dict[str | None, dict[str, Figure]] = {
        h.id: {c: Figure(c) for c in HAMLET_INDICATORS} for h in hamlets}
    totals = {c: Figure(c) for c in INDICATORS}

    def put(hamlet_id, code_, **values):
        key = hamlet_id if hamlet_id in names else OTHER
        if key not in figures:
            figures[key] = {c: Figure(c) for c in HAMLET_INDICATORS}
        for fig in (figures[key][code_], totals[code_]):
            for attr, value in values.items():
                setattr(fig, attr, (getattr(fig, attr) or 0) + (value or 0))

    _population(results, p, hamlets, put)
    visits = _visits(results, p, put)
    series = _stages(results, p, put, visits)
    _commune_flows(results, totals)
    _targets(results, figures, totals)
    if OTHER in figures:
        hamlets.append(Hamlet(OTHER, "", *_other_population(hamlets, totals)))
    _fill_zeroes(figures, totals)
    report = MonthlyReport(
        month=month, commune_code=code, commune_name=name, province_name=province,
        hamlets=hamlets, totals=totals, by_hamlet=figures, series=series,
        visits_month=visits["month"], visits_previous=visits["previous"],
        visits_ytd=visits["ytd"], outcomes=visits["outcomes"],
        households_total=totals["households_visited"].denominator or 0,
        residents_total=totals["eid_level2"].denominator or 0)
    finish_series(report)
    report.trainings, report.units = results["trainings"]
    report.members = results["members"]
    report.follow_ups, report.follow_ups_total = results["follow_ups"]
    report.events = results["events"]
    return report


def _query(sql: str, params):
    return lambda conn: conn.execute(sql, params).fetchall()


def _jobs(p: "_Period") -> dict:
    """Every read the report needs, independent of each other; slowest first so
    the thread pool finishes them together."""
    c, params = p.commune, p.params
    first = min(p.prev_start, p.year_start)
    return {
        # one pass over the year's visits in index order (commune, date, hamlet), so
        # the grouping needs no sort; days are summed into months below
        "visits": _query(
            "SELECT date, hamlet_id, count(*), sum(svc_public_service) "
            "FROM visits WHERE commune_code = :c AND date >= :first AND date < :end "
            "AND deleted = 0 GROUP BY date, hamlet_id", {**params, "first": first}),
        # stage counts as sums of flows (sql.py), by the hamlet the change was made
        # in; a plain scan in row order is cheaper here than the (commune, track,
        # date) index with a lookup per row
        "stages": _query(
            f"SELECT {MONTH_BUCKET} AS bucket, s.hamlet_id, {STAGE_FLOWS} "
            "FROM stage_changes s WHERE +s.commune_code = :c AND s.deleted = 0 "
            "AND +s.date < :end AND s.resident_id NOT IN "
            "(SELECT id FROM residents WHERE commune_code = :c AND deleted = 1) "
            "GROUP BY 1, 2", params),
        # each household once, in the month of its first visit of the year: the
        # running sum is every month's year-to-date coverage
        "first_visits": _query(
            "SELECT substr(d, 1, 7), hamlet_id, count(*) FROM (SELECT h.hamlet_id, "
            " (SELECT min(v.date) FROM visits v WHERE v.household_id = h.id "
            "  AND v.date >= :year_start AND v.date < :end AND v.deleted = 0 "
            "  AND v.outcome != 'not_home') AS d "
            " FROM households h WHERE h.commune_code = :c AND h.deleted = 0) "
            "WHERE d IS NOT NULL GROUP BY 1, 2", params),
        "follow_ups": lambda conn: collect_follow_ups(conn, c, p.start, p.end),
        "members": lambda conn: collect_members(conn, c, p.start, p.end),
        "visited_month": _query(_DISTINCT, {"c": c, "s": p.start, "e": p.end}),
        "visited_previous": _query(_DISTINCT, {"c": c, "s": p.prev_start, "e": p.start}),
        "outcomes": _query(
            "SELECT outcome, count(*) FROM visits WHERE commune_code = :c "
            "AND date >= :start AND date < :end AND deleted = 0 GROUP BY 1", params),
        "households": _query(
            "SELECT hamlet_id, count(*), sum(sells_online) FROM households "
            "WHERE commune_code = :c AND deleted = 0 GROUP BY hamlet_id", params),
        "residents": _query(
            "SELECT hamlet_id, count(*), "
            "sum(birth_year <= :adult), sum(birth_year <= :adult AND has_smartphone), "
            "sum(birth_year <= :pay), sum(birth_year <= :pay AND has_payment_account) "
            "FROM residents WHERE commune_code = :c AND deleted = 0 GROUP BY hamlet_id",
            {**params, "adult": p.year - ADULT_AGE, "pay": p.year - PAYMENT_AGE}),
        "hamlets": _query("SELECT id, name FROM hamlets WHERE commune_code = ? AND deleted = 0 "
                          "ORDER BY name_key, name", (c,)),
        "targets": _query(
            "SELECT indicator, hamlet_id, value FROM targets WHERE commune_code = :c "
            "AND year = :year AND deleted = 0 ORDER BY updated_at, hlc", params),
        "flows": lambda conn: _flows(conn, p),
        "trainings": lambda conn: collect_trainings(conn, c, p.start, p.end),
        "events": lambda conn: collect_events(conn, c, p.start, p.end),
    }


_DISTINCT = ("SELECT hamlet_id, count(DISTINCT household_id) FROM visits "
             "WHERE commune_code = :c AND date >= :s AND date < :e AND deleted = 0 "
             "AND outcome != 'not_home' GROUP BY hamlet_id")


class _Period:
    """The date bounds of a report month, its month before and its year."""

    def __init__(self, month: str, commune: str):
        self.month = month
        self.commune = commune
        self.year = int(month[:4])
        parsed = parse_month(month)
        self.start, self.end = parsed.bounds()
        self.previous = str(parsed.previous())
        self.prev_start = parsed.previous().start
        self.year_start = f"{self.year}-01-01"
        self.months = [str(m) for m in parsed.year_so_far()]

    @property
    def params(self) -> dict:
        return {"c": self.commune, "start": self.start, "end": self.end,
                "prev_start": self.prev_start, "year_start": self.year_start,
                "year": self.year}


def _identify(conn, commune: str | None) -> tuple[str, str, str | None]:
    setup = read_setup(conn)
    if setup is None:
        raise InputRefused.of("no_commune")
    if not setup.is_hub and (commune is None or commune == setup.commune_code):
        return setup.commune_code, setup.commune_name or setup.commune_code, setup.province_name
    if commune is None:
        raise InputRefused.of("commune_not_in_hub", "commune", code="")
    code = commune.strip().zfill(5) if commune.strip().isdigit() else commune.strip()
    has_data = conn.execute("SELECT 1 FROM households WHERE commune_code = ? LIMIT 1",
                            (code,)).fetchone() or conn.execute(
        "SELECT 1 FROM hamlets WHERE commune_code = ? LIMIT 1", (code,)).fetchone()
    if not has_data:
        raise InputRefused.of("commune_not_in_hub", "commune", code=commune)
    official = find_commune(code)
    return (code, official.name if official else code,
            official.province_name if official else setup.province_name)


def _population(results: dict, p: _Period, hamlets: list[Hamlet], put) -> None:
    """Denominators and the snapshot indicators (smartphone, payment, e-commerce)."""
    by_id = {h.id: h for h in hamlets}
    for hamlet_id, households, selling in results["households"]:
        if hamlet_id in by_id:
            by_id[hamlet_id].households = households
        put(hamlet_id, "households_visited", denominator=households)
        put(hamlet_id, "ecommerce_households", month=selling)
    for hamlet_id, residents, adults, smart, pay_age, paying in results["residents"]:
        if hamlet_id in by_id:
            h = by_id[hamlet_id]
            h.residents, h.adults, h.payment_age = residents, adults or 0, pay_age or 0
        put(hamlet_id, "smartphone_adults", month=smart, denominator=adults)
        put(hamlet_id, "payment_account", month=paying, denominator=pay_age)
        for code in ("eid_level2", "eid_level1", "health_linked"):
            put(hamlet_id, code, denominator=residents)


def _visits(results: dict, p: _Period, put) -> dict:
    """Visit counts, public services and households visited, from the visit queries."""
    out = {"month": 0, "previous": 0, "ytd": 0, "by_month": {}, "first_visits": {},
           "outcomes": dict(results["outcomes"])}
    for day, hamlet_id, visits, public in results["visits"]:
        bucket = day[:7]
        if bucket >= p.year_start[:7]:
            out["ytd"] += visits
            out["by_month"][bucket] = out["by_month"].get(bucket, 0) + visits
            put(hamlet_id, "public_service", ytd=public)
        if bucket == p.month:
            out["month"] += visits
            put(hamlet_id, "public_service", month=public)
        elif bucket == p.previous:
            out["previous"] += visits
            put(hamlet_id, "public_service", previous=public)
    for attr in ("month", "previous"):
        for hamlet_id, households in results[f"visited_{attr}"]:
            put(hamlet_id, "households_visited", **{attr: households})
    for bucket, hamlet_id, households in results["first_visits"]:
        out["first_visits"][bucket] = out["first_visits"].get(bucket, 0) + households
        put(hamlet_id, "households_visited", ytd=households)
    return out


def _stages(results: dict, p: _Period, put, visits: dict) -> list[MonthPoint]:
    """e-ID and health counts at the end of the month, the month before, and each month."""
    codes = ("eid_level2", "eid_level1", "health_linked")
    by_bucket: dict[str, list[int]] = {}
    for bucket, hamlet_id, *flows in results["stages"]:
        flows = [f or 0 for f in flows]
        sums = by_bucket.setdefault(bucket, [0, 0, 0])
        for i, flow in enumerate(flows):
            sums[i] += flow
        for code, flow in zip(codes, flows):
            # at end of month = all flows; at end of previous month = all but this
            # month's; gained this year = flows since 1 January
            put(hamlet_id, code, month=flow,
                previous=flow if bucket < p.month else 0,
                ytd=flow if bucket != BEFORE else 0)
    return _series(p, by_bucket, visits)


def _series(p: _Period, by_bucket: dict, visits: dict) -> list[MonthPoint]:
    # running counts here; finish_series turns them into shares once the
    # denominators are known
    running = list(by_bucket.get(BEFORE, [0, 0, 0]))
    covered = 0
    points = []
    for month in p.months:
        for i, flow in enumerate(by_bucket.get(month, [0, 0, 0])):
            running[i] += flow
        covered += visits["first_visits"].get(month, 0)
        point = MonthPoint(month, visits["by_month"].get(month, 0))
        point.households_covered, point.eid_level2, point.health_linked = covered, running[0], running[2]
        points.append(point)
    return points


def _flows(conn, p: _Period) -> dict:
    """Trainings, participants and digital transformation days in each window."""
    windows = {"month": (p.start, p.end), "previous": (p.prev_start, p.start),
               "ytd": (p.year_start, p.end)}
    out = {}
    for attr, (start, end) in windows.items():
        held, present = conn.execute(
            "SELECT count(*), coalesce(sum((SELECT count(*) FROM attendance a "
            " WHERE a.training_id = t.id AND a.deleted = 0 AND a.status = 'present')), 0) "
            "FROM trainings t WHERE t.commune_code = ? AND t.deleted = 0 "
            "AND t.starts_at >= ? AND t.starts_at < ?", (p.commune, start, end)).fetchone()
        events, served = conn.execute(
            "SELECT count(*), coalesce(sum(people_served), 0) FROM events "
            "WHERE commune_code = ? AND deleted = 0 AND date >= ? AND date < ?",
            (p.commune, start, end)).fetchone()
        out[attr] = {"trainings": held, "training_participants": present, "events": events,
                     "people_served": served}
    return out


def _commune_flows(results: dict, totals: dict[str, Figure]) -> None:
    """Trainings, participants and digital transformation days: commune-wide flows."""
    for attr, values in results["flows"].items():
        for code, value in values.items():
            setattr(totals[code], attr, value)


def _targets(results: dict, figures: dict, totals: dict[str, Figure]) -> None:
    """The year's targets: a hamlet's own, else (for shares) the commune-wide one."""
    commune_wide: dict[str, float] = {}
    own: dict[tuple[str, str], float] = {}
    for indicator, hamlet_id, value in results["targets"]:
        if indicator not in INDICATORS:
            continue
        if hamlet_id:
            own[(hamlet_id, indicator)] = value
        else:
            commune_wide[indicator] = value
    for code, value in commune_wide.items():
        totals[code].target = value
    for hamlet_id, figs in figures.items():
        for code, fig in figs.items():
            fig.target = own.get((hamlet_id, code))
            if fig.target is None and INDICATORS[code].unit == "percent":
                fig.target = commune_wide.get(code)


def _other_population(hamlets: list[Hamlet], totals: dict[str, Figure]) -> tuple:
    """Households, residents, adults and people 15+ outside the listed hamlets."""
    def rest(total, attr):
        return (total or 0) - sum(getattr(h, attr) for h in hamlets)
    return (rest(totals["households_visited"].denominator, "households"),
            rest(totals["eid_level2"].denominator, "residents"),
            rest(totals["smartphone_adults"].denominator, "adults"),
            rest(totals["payment_account"].denominator, "payment_age"))


def _fill_zeroes(figures: dict, totals: dict[str, Figure]) -> None:
    """Known-zero counts are 0, not missing; snapshots have no month before."""
    for fig in [*totals.values(), *(f for figs in figures.values() for f in figs.values())]:
        fig.month = fig.month or 0
        if fig.is_snapshot:
            fig.previous = fig.ytd = None
        else:
            fig.previous = fig.previous or 0
            fig.ytd = fig.ytd or 0
        if fig.unit == "percent":
            fig.denominator = fig.denominator or 0


def finish_series(report: MonthlyReport) -> None:
    """Turn the series' running counts into shares of the current denominators."""
    households = report.households_total
    residents = report.residents_total
    for point in report.series:
        point.households_covered = _pct(point.households_covered, households)
        point.eid_level2 = _pct(point.eid_level2, residents)
        point.health_linked = _pct(point.health_linked, residents)


def _pct(value, whole):
    return None if value is None or not whole else 100.0 * value / whole

