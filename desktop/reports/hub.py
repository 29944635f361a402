"""The hub roll-up: one row per merged commune for a month, with the province's total.

The same indicator definitions as the commune report (desktop/domain/indicators.py),
grouped by commune instead of by hamlet: each indicator is one grouped query over all
communes, never one report per commune. Each commune's last merged bundle comes from
the sync tables (schema 2); on a database without them the column stays empty.

A hub that knows its province lists the province's official units
(`vietnam-provinces`): how many have reported (sent data that was merged here), and
which have not. A commune of another province is flagged and kept out of the total.
"""

import datetime as dt

from desktop.db.meta import read_setup, table_exists
from desktop.domain.errors import InputRefused
from desktop.domain.indicators import INDICATORS
from desktop.domain.periods import Period, report_period
from desktop.domain.text import search_key
from desktop.domain.units import communes_of, find_commune, unit_name
from desktop.reports.collect import _figure, figure_settings
from desktop.reports.labels import label
from desktop.reports.measures import Scope, assemble, indicator_jobs, total
from desktop.reports.model import CommuneRow, HubReport
from desktop.reports.notes import read_notes
from desktop.reports.sql import conn_of, run_parallel

STALE_DAYS = 30


def merged_communes(db) -> list[tuple[str, str]]:
    """(code, official name) of every commune this hub holds data or bundles of."""
    conn = conn_of(db)
    # the communes with live households are read from their per-commune aggregate
    # (desktop/db/aggregates): a hundred rows, where grouping the households
    # themselves read every one of them (a second, cold, on a province hub)
    codes = [r[0] for r in conn.execute(
        "SELECT commune_code FROM live_hamlets GROUP BY commune_code "
        "UNION SELECT commune_code FROM agg_households WHERE level = 'c' AND n > 0"
        + (" UNION SELECT commune_code FROM sync_bundles WHERE commune_code IS NOT NULL"
           if table_exists(conn, "sync_bundles") else ""))]
    return [(code, unit_name(code)) for code in sorted(codes)]


# The roll-up's forty reads wait on the disk more than on the processor when the hub's
# pages are not in memory yet (its first report after a start): four readers keep more
# of those waits in flight, even on two cores. At a million visits on the test machine,
# 2.5 s with two and 1.5-1.7 s with four from a cold disk; the same 1.0-1.1 s warm.
READERS = 4


def collect_hub(db, month: str, workers: int | None = None) -> HubReport:
    """The roll-up of every commune in this (hub) database for `month` ("YYYY-MM");
    `workers` caps the reads run side by side (`run_parallel`; READERS by default)."""
    conn = conn_of(db)
    setup = read_setup(conn)
    if setup is None:
        raise InputRefused.of("no_commune")
    closing_day, ages = figure_settings(conn)
    period = report_period(month, closing_day)
    bundles_known = table_exists(conn, "sync_bundles")
    merged = merged_communes(db)
    jobs = indicator_jobs(period, Scope.hub([code for code, _ in merged]), ages)
    if bundles_known:
        jobs["bundles"] = lambda c: c.execute(
            "SELECT commune_code, max(imported_at) FROM sync_bundles "
            "WHERE commune_code IS NOT NULL GROUP BY 1").fetchall()
    results = run_parallel(conn, jobs, workers or READERS, key=getattr(db, "key", None))
    values = assemble(results, period, ages)
    rows = {}
    for code, name in merged:
        official = find_commune(code) if code.isdigit() else None
        rows[code] = CommuneRow(code, name, province_code=official.province_code
                                if official else None)
    for indicator, places in values.items():
        for code, row in rows.items():
            row.figures[indicator] = _figure(indicator, places.get(code) or total(indicator, {}))
    for code, last in results.get("bundles", []):
        if code in rows:
            rows[code].last_bundle = last
    ordered = sorted(rows.values(), key=lambda r: (search_key(r.name), r.code))
    province = setup.province_code
    own = [r for r in ordered if not province or r.province_code == province]
    foreign = [r for r in ordered if province and r.province_code != province]
    included = {r.code for r in own}
    sums = CommuneRow("", label("total", "vi"), province_code=province)
    for indicator, places in values.items():
        sums.figures[indicator] = _figure(indicator, total(indicator, places,
                                                           keep=lambda p: p in included))
    expected = [(c.code, c.name) for c in communes_of(province)] if province else []
    missing = [(code, name) for code, name in expected if code not in rows]
    return HubReport(period=period, hub_name=setup.display_name or "",
                     province_name=setup.province_name, province_code=province,
                     communes=own, total=sums, bundles_known=bundles_known,
                     expected=expected, missing=missing, foreign=foreign,
                     notes=read_notes(conn, str(period.month)))


def hub_columns(lang: str = "vi", ages: dict | None = None
                ) -> list[tuple[str, str | None, str]]:
    """(heading, indicator code or None, value) of each roll-up column in Excel: for
    every indicator its count, and its share where it has one."""
    out = [(label("col_code", lang), None, "code"), (label("col_commune", lang), None, "name")]
    for code, ind in INDICATORS.items():
        name = ind.label(lang, (ages or {}).get(code))
        if ind.denominator:
            out.append((f"{name} – {label('col_base', lang)}", code, "denominator"))
        out.append((name, code, "basis"))
        if ind.unit == "percent":
            out.append((f"{name} – {label('col_share', lang)}", code, "share"))
    out.append((label("col_last_bundle", lang), None, "last_bundle"))
    return out


def hub_values(row: CommuneRow, lang: str = "vi") -> list:
    """The raw values of one roll-up row in `hub_columns` order (shares in percent)."""
    out = []
    for _, code, what in hub_columns(lang):
        if code is None:
            out.append(getattr(row, what))
        else:
            out.append(getattr(row.figures[code], what))
    return out


def is_stale(row: CommuneRow, month, today: dt.date, days: int = STALE_DAYS) -> bool:
    """True when the commune's last bundle is more than `days` older than the end of
    `month` (a month or a Period) or today, if earlier, or when none was ever merged."""
    if not row.last_bundle:
        return True
    end = month.last_day if isinstance(month, Period) else report_period(month).last_day
    reference = min(end, today)
    return (reference - dt.date.fromisoformat(row.last_bundle[:10])).days > days
