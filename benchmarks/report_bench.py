"""Reports: the commune's monthly report over 1,000,000 visits, and the hub roll-up
over 200 communes, each next to a raw GROUP BY over the same file in the same run.

Commune: `generate_demo(visits=1,000,000)`, then `collect_monthly` (the aggregation)
and collect + PDF (what an officer waits for), median of five runs (target: under
2 s). Baseline: one raw `GROUP BY month, hamlet` over the year's visits, the least a
report of monthly figures by hamlet has to read.

Hub: a demo commune of 5,000 visits copied under 200 official commune codes into a
hub database (1,000,000 visits), then `collect_hub` + PDF. Baseline: a raw `GROUP BY
commune_code` of the month's visits.
"""

import datetime as dt
import os
import statistics
import time
from pathlib import Path

from desktop.db import open_database
from desktop.db.migrations.m001_initial import TABLES
from desktop.domain.units import _index as official_units
from desktop.reports.collect import collect_monthly
from desktop.reports.hub import collect_hub
from desktop.reports.pdf_hub import render_hub_pdf
from desktop.reports.pdf_monthly import render_monthly_pdf
from desktop.services.demo import generate_demo
from desktop.services.setup import init_commune, init_hub

VISITS = int(os.environ.get("XASO_BENCH_VISITS", "1000000"))
HUB_COMMUNES = int(os.environ.get("XASO_BENCH_COMMUNES", "200"))
HUB_VISITS_EACH = int(os.environ.get("XASO_BENCH_HUB_VISITS", "5000"))
RUNS = 5
TODAY = dt.date(2026, 11, 23)
MONTH = "2026-11"
ISSUED = dt.date(2026, 11, 30)


def _median(fn, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def commune(scratch: Path) -> list[dict]:
    """Monthly report of one commune with VISITS visits."""
    db = open_database(scratch / "report-commune.db")
    init_commune(db, "10237")
    generate_demo(db, visits=VISITS, months=12, seed=1, today=TODAY)
    conn = db.conn
    conn.execute("ANALYZE")
    pdf = scratch / "report.pdf"
    collect_monthly(db, MONTH)  # warm the page cache as an officer's second click would

    def raw():
        conn.execute("SELECT substr(date, 1, 7), hamlet_id, count(*) FROM visits "
                     "WHERE commune_code = ? AND date >= '2026-01-01' AND date < '2026-12-01' "
                     "GROUP BY 1, 2", ("10237",)).fetchall()

    def month_raw():
        conn.execute("SELECT hamlet_id, count(*) FROM visits WHERE commune_code = ? "
                     "AND date >= '2026-11-01' AND date < '2026-12-01' GROUP BY 1",
                     ("10237",)).fetchall()

    def full():
        render_monthly_pdf(collect_monthly(db, MONTH), pdf, "vi", ISSUED)

    # interleaved, so drift in the machine's load touches every figure alike
    runs: dict[str, list[float]] = {"raw": [], "month_raw": [], "collect": [], "full": []}
    for _ in range(RUNS):
        for name, fn in (("raw", raw), ("month_raw", month_raw),
                         ("collect", lambda: collect_monthly(db, MONTH)), ("full", full)):
            start = time.perf_counter()
            fn()
            runs[name].append(time.perf_counter() - start)
    baseline, month_baseline, collect, total = (statistics.median(runs[k]) for k in
                                                ("raw", "month_raw", "collect", "full"))
    db.conn.close()
    return [
        {"benchmark": f"Monthly report aggregation (collect_monthly), {VISITS:,} visits",
         "value": collect, "unit": "s", "baseline": baseline,
         "baseline_label": "raw GROUP BY month, hamlet over the year",
         "note": f"every indicator, month and year to date, by hamlet; raw monthly GROUP BY "
                 f"hamlet alone: {month_baseline * 1000:.0f} ms"},
        {"benchmark": f"Monthly report collect + PDF, {VISITS:,} visits",
         "value": total, "unit": "s", "baseline": baseline,
         "baseline_label": "raw GROUP BY month, hamlet over the year",
         "note": f"median of {RUNS}; target < 2 s: {'met' if total < 2 else 'NOT met'}"},
    ]


def hub(scratch: Path) -> list[dict]:
    """Roll-up over HUB_COMMUNES communes of HUB_VISITS_EACH visits each."""
    source_path = scratch / "report-hub-source.db"
    source = open_database(source_path)
    init_commune(source, "10237")
    generate_demo(source, visits=HUB_VISITS_EACH, months=12, seed=2, today=TODAY)
    source.conn.close()
    db = open_database(scratch / "report-hub.db")
    init_hub(db, "Trung tâm Chuyển đổi số tỉnh", "01")
    conn = db.conn
    codes = sorted(official_units()[0])[:HUB_COMMUNES]
    conn.execute("ATTACH DATABASE ? AS src", (str(source_path),))
    conn.execute("PRAGMA cache_size = -262144")
    conn.execute("BEGIN")
    for code in codes:
        for table in TABLES:
            cols = [r[1] for r in conn.execute(f"PRAGMA src.table_info({table})")]
            # ids stay unique per commune: the code replaces the first five characters
            select = ", ".join(f"'{code}' || substr({c}, 6)" if c in _ID_COLUMNS else
                               f"'{code}'" if c == "commune_code" else c for c in cols)
            conn.execute(f"INSERT INTO main.{table} ({', '.join(cols)}) "
                         f"SELECT {select} FROM src.{table}")
        conn.execute("INSERT INTO sync_bundles (bundle_id, device_id, commune_code, stream, "
                     "seq, full, since_rev, upto_rev, manifest_sha256, imported_at) VALUES "
                     "(?, ?, ?, 'main', 1, 1, 0, 1, '', ?)",
                     (f"b-{code}", f"d-{code}", code, f"2026-11-{1 + int(code) % 22:02d}"))
    conn.execute("COMMIT")
    conn.execute("DETACH DATABASE src")
    conn.execute("ANALYZE")
    visits = conn.execute("SELECT count(*) FROM visits").fetchone()[0]
    pdf = scratch / "hub.pdf"

    def raw():
        conn.execute("SELECT commune_code, count(*) FROM visits WHERE date >= '2026-11-01' "
                     "AND date < '2026-12-01' GROUP BY 1").fetchall()

    def full():
        render_hub_pdf(collect_hub(db, MONTH), pdf, "vi", ISSUED)

    collect_hub(db, MONTH)
    baseline = _median(raw, 3)
    total = _median(full, 3)
    conn.close()
    return [{"benchmark": f"Hub roll-up collect + PDF, {len(codes)} communes, {visits:,} visits",
             "value": total, "unit": "s", "baseline": baseline,
             "baseline_label": "raw GROUP BY commune of the month's visits",
             "note": "one row per commune: households, visits, coverage, e-ID, health, "
                     "trainings, events, last bundle; median of 3"}]


_ID_COLUMNS = {"id", "hamlet_id", "household_id", "resident_id", "visit_id", "member_id",
               "training_id", "bridge_point_id", "helper_id", "event_id", "actor_id"}


def run(scratch: Path) -> list[dict]:
    """The report benchmarks (see the module docstring)."""
    return commune(scratch) + hub(scratch)


if __name__ == "__main__":
    import sys
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        for row in run(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(folder)):
            print(row)
