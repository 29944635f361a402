"""The figures of a commune's monthly report, computed from the database.

`collect_monthly(db, "2026-11")` returns a `MonthlyReport`: every indicator of the
indicator table (desktop/domain/indicators.py) for the reporting period and the year
so far, per hamlet and for the commune, against the year's targets, the
month-by-month series, and the activity lists (trainings, team members, follow-ups,
digital transformation days). It only reads; nothing here knows about PDF or Excel.

The period is the calendar month, or the period closing on the 14th when the
`report.closing_day` setting says so (Decree 09/2019/NĐ-CP); the age thresholds come
from the settings too. A row whose hamlet is unknown or deleted counts in a row of
its own ("hamlet unknown"); a row that belongs to the commune as a whole (a digital
transformation day) counts only in the commune's total.
"""

from desktop.db.meta import read_setup
from desktop.domain.errors import InputRefused
from desktop.domain.indicators import INDICATORS
from desktop.domain.periods import Period, report_period
from desktop.domain.units import find_commune
from desktop.reports.activity import (collect_events, collect_follow_ups, collect_trainings,
                                      member_jobs, members_of)
from desktop.reports.measures import Scope, Values, assemble, indicator_jobs, total
from desktop.reports.model import Figure, Hamlet, MonthlyReport, MonthPoint
from desktop.reports.notes import read_notes
from desktop.reports.settings import stored
from desktop.reports.sql import conn_of, run_parallel

OTHER = None  # the key of the row of hamlets unknown or deleted


def figure_settings(conn) -> tuple[int, dict[str, int]]:
    """(closing day, {indicator: age threshold}) as set in this database."""
    from desktop.domain.periods import check_closing_day

    values = stored(conn)
    ages = {key.split(".", 1)[1]: int(value) for key, value in values.items()
            if key.startswith("threshold.")}
    return check_closing_day(values.get("report.closing_day", 0)), ages


def collect_monthly(db, month: str, commune: str | None = None,
                    figures_only: bool = False, workers: int | None = None) -> MonthlyReport:
    """The monthly report of `commune` (default: this database's commune) for `month`.

    `month` is "YYYY-MM". On a hub database `commune` is required. Raises InputRefused
    for a malformed month or a commune with no data in a hub. The independent queries
    run side by side on read-only connections (`run_parallel`). `figures_only` leaves
    the activity sections (team members, follow-ups, trainings, days, notes) empty:
    the dashboard shows only the figures, and the team members' counts are the longest
    reads of the report. `workers` caps the reads run side by side (`run_parallel`).
    """
    conn = conn_of(db)
    closing_day, ages = figure_settings(conn)
    period = report_period(month, closing_day)
    code, name, province = _identify(conn, commune)
    start, end = period.bounds()
    # the longest reads first, so that the pool's threads finish together
    jobs = {} if figures_only else {
        **member_jobs(code, start, end),
        "follow_ups": lambda c: collect_follow_ups(c, code, start, end),
        "trainings": lambda c: collect_trainings(c, code, start, end),
        "events": lambda c: collect_events(c, code, start, end),
    }
    jobs.update(indicator_jobs(period, Scope.commune(code), ages))
    jobs.update({
        "hamlets": _query("SELECT id, name, kind FROM live_hamlets WHERE commune_code = ? "
                          "ORDER BY name_key, name", (code,)),
        "targets": _query("SELECT indicator, hamlet_id, value FROM live_targets "
                          "WHERE commune_code = ? AND year = ? ORDER BY updated_at, hlc",
                          (code, period.year)),
        # the period's visits by outcome, from the per-period aggregate of the visits
        "outcomes": _query("SELECT outcome, sum(n) FROM agg_visits WHERE level = 'h' "
                           "AND commune_code = ? AND day >= ? AND day < ? AND n != 0 "
                           "GROUP BY 1", (code, start, end)),
    })
    results = run_parallel(conn, jobs, workers, key=getattr(db, "key", None))
    values = assemble(results, period, ages)
    hamlets = [Hamlet(*row) for row in results["hamlets"]]
    known = {h.id for h in hamlets}
    by_hamlet: dict[str | None, dict[str, Figure]] = {h.id: {} for h in hamlets}
    for code_, places in values.items():
        if not INDICATORS[code_].by_hamlet:
            continue
        other = {p: v for p, v in places.items() if p is not None and p not in known}
        for place, v in places.items():
            if place in known:
                by_hamlet[place][code_] = _figure(code_, v)
        if other:
            by_hamlet.setdefault(OTHER, {})[code_] = _figure(code_, total(code_, other))
    for figs in by_hamlet.values():
        for code_, ind in INDICATORS.items():
            if ind.by_hamlet and code_ not in figs:
                figs[code_] = _figure(code_, total(code_, {}))
    totals = {code_: _figure(code_, total(code_, places)) for code_, places in values.items()}
    _targets(results["targets"], by_hamlet, totals)
    for h in hamlets:
        _population(h, by_hamlet[h.id])
    if OTHER in by_hamlet:
        other = Hamlet(OTHER, "")
        _population(other, by_hamlet[OTHER])
        hamlets.append(other)
    trainings, units = results.get("trainings", ([], []))
    follow_ups, follow_ups_total = results.get("follow_ups", ([], 0))
    return MonthlyReport(
        period=period, commune_code=code, commune_name=name, province_name=province,
        hamlets=hamlets, totals=totals, by_hamlet=by_hamlet,
        series=_series(period, values, totals), outcomes=dict(results["outcomes"]),
        trainings=trainings, units=units,
        members=[] if figures_only else members_of(results),
        follow_ups=follow_ups, follow_ups_total=follow_ups_total,
        events=results.get("events", []),
        # on a hub, the sections saved there are the hub's own, not this commune's
        notes={} if figures_only or _is_hub(conn) else read_notes(conn, str(period.month)))


def _is_hub(conn) -> bool:
    setup = read_setup(conn)
    return bool(setup and setup.is_hub)


def _query(sql: str, params):
    return lambda conn: conn.execute(sql, params).fetchall()


def _figure(code: str, v: Values) -> Figure:
    return Figure(code, v.month, v.previous, v.ytd,
                  v.denominator if INDICATORS[code].denominator else None)


def _population(hamlet: Hamlet, figs: dict[str, Figure]) -> None:
    hamlet.households = int(figs["households_visited"].denominator or 0)
    hamlet.residents = int(figs["health_linked"].denominator or 0)


def _identify(conn, commune: str | None) -> tuple[str, str, str | None]:
    setup = read_setup(conn)
    if setup is None:
        raise InputRefused.of("no_commune")
    if not setup.is_hub and (commune is None or commune == setup.commune_code):
        return setup.commune_code, setup.commune_name or setup.commune_code, setup.province_name
    if commune is None:
        raise InputRefused.of("commune_not_in_hub", "commune", code="")
    code = commune.strip().zfill(5) if commune.strip().isdigit() else commune.strip()
    has_data = conn.execute("SELECT 1 FROM live_households WHERE commune_code = ? LIMIT 1",
                            (code,)).fetchone() or conn.execute(
        "SELECT 1 FROM live_hamlets WHERE commune_code = ? LIMIT 1", (code,)).fetchone()
    if not has_data:
        raise InputRefused.of("commune_not_in_hub", "commune", code=commune)
    official = find_commune(code)
    return (code, official.name if official else code,
            official.province_name if official else setup.province_name)


def _targets(rows, figures: dict, totals: dict[str, Figure]) -> None:
    """The year's targets: a hamlet's own, else (for shares) the commune-wide one."""
    commune_wide: dict[str, float] = {}
    own: dict[tuple[str, str], float] = {}
    for indicator, hamlet_id, value in rows:
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


def _series(period: Period, values: dict, totals: dict[str, Figure]) -> list[MonthPoint]:
    """The progress chart's points: visits in each period; households visited since
    the year began, e-ID level 2 and linked health records at each period's end, as
    shares of today's denominators."""
    sums = {code: total(code, values[code]).series
            for code in ("visits", "households_visited", "eid_level2", "health_linked")}
    points = []
    for i, p in enumerate(period.year_so_far()):
        point = MonthPoint(str(p.month), int(sums["visits"][i]) if sums["visits"] else 0)
        for attr, code in (("households_covered", "households_visited"),
                           ("eid_level2", "eid_level2"), ("health_linked", "health_linked")):
            whole = totals[code].denominator
            series = sums[code]
            setattr(point, attr, 100.0 * series[i] / whole if series and whole else None)
        points.append(point)
    return points
