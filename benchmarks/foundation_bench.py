"""Foundation: bulk demo generation and a single form save, each against raw sqlite3.

Bulk: `generate_demo(visits=1,000,000)` against raw `executemany` of the very same
rows into the same schema with the same PRAGMAs (target: at least 40% of raw
throughput). Single save: a visit with its team, services and a resident's e-ID
step through the service layer against a raw one-row INSERT + COMMIT with the same
PRAGMAs (target: p99 within 3x).
"""

import datetime as dt
import os
import statistics
import time
from pathlib import Path

from desktop.db import open_database
from desktop.services import records
from desktop.services.demo import generate_demo
from desktop.services.setup import init_commune

VISITS = int(os.environ.get("XASO_BENCH_VISITS", "1000000"))
SAVES = int(os.environ.get("XASO_BENCH_SAVES", "400"))
TODAY = dt.date(2026, 11, 23)
TABLES = ("hamlets", "members", "households", "residents", "visits", "visit_members",
          "stage_changes", "trainings", "bridge_points", "attendance", "events", "targets")


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def bulk(scratch: Path) -> list[dict]:
    db = open_database(scratch / "bulk.db")
    init_commune(db, "00070")
    start = time.perf_counter()
    counts = generate_demo(db, visits=VISITS, months=12, seed=1, today=TODAY)
    ours = time.perf_counter() - start
    total = sum(counts.values())
    # the same rows, read back, inserted raw into a fresh file with the same schema
    rows = {}
    for table in TABLES:
        cur = db.conn.execute(f"SELECT * FROM {table}")
        rows[table] = ([d[0] for d in cur.description], cur.fetchall())
    db.conn.close()
    raw_db = open_database(scratch / "raw.db")
    conn = raw_db.conn
    start = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    for table, (names, data) in rows.items():
        conn.executemany(f"INSERT INTO {table} ({', '.join(names)}) VALUES "
                         f"({', '.join('?' for _ in names)})", data)
    conn.execute("COMMIT")
    raw = time.perf_counter() - start
    conn.close()
    ours_rate, raw_rate = total / ours, total / raw
    return [{"benchmark": f"Bulk demo, {VISITS:,} visits ({total:,} rows, {ours:.0f} s)",
             "value": ours_rate, "unit": "rows/s", "baseline": raw_rate,
             "baseline_label": "executemany of the same rows",
             "note": f"target ≥ 0.40: {'met' if ours_rate / raw_rate >= 0.4 else 'NOT met'}"}]


def single_save(scratch: Path) -> list[dict]:
    db = open_database(scratch / "save.db")
    init_commune(db, "00070")
    generate_demo(db, households=300, months=12, seed=2, today=TODAY)
    homes = db.conn.execute("SELECT h.id, r.id, (SELECT m.id FROM members m WHERE "
                            "m.hamlet_id = h.hamlet_id LIMIT 1) FROM households h "
                            "JOIN residents r ON r.household_id = h.id "
                            "WHERE r.cccd IS NOT NULL").fetchall()
    ours = []
    for i in range(SAVES):
        home, resident, member = homes[i % len(homes)]
        data = {"date": "2026-11-20", "household": home, "members": [member] if member else [],
                "services": ["vneid_install", "eid_level2"], "outcome": "done",
                "resident_updates": [{"resident": resident, "eid_stage": "level2_activated"}]}
        start = time.perf_counter()
        records.add(db, "visit", data, today=TODAY)
        ours.append(time.perf_counter() - start)
    db.conn.close()
    raw_db = open_database(scratch / "raw-save.db")
    conn = raw_db.conn
    raw = []
    for i in range(SAVES):
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO visits (id, commune_code, created_at, updated_at, device_id, "
                     "created_hlc, hlc, rev, date, hamlet_id, household_id, outcome) "
                     "VALUES (?, '00070', 'now', 'now', 'd', 'h', 'h', ?, '2026-11-20', 'x', 'y', "
                     "'done')", (f"id-{i}", i))
        conn.execute("COMMIT")
        raw.append(time.perf_counter() - start)
    conn.close()
    ms = 1000
    p50, p99 = _pct(ours, 0.5) * ms, _pct(ours, 0.99) * ms
    r50, r99 = _pct(raw, 0.5) * ms, _pct(raw, 0.99) * ms
    return [
        {"benchmark": f"Single visit save p50 ({SAVES} saves)", "value": p50, "unit": "ms",
         "baseline": r50, "baseline_label": "one-row INSERT + COMMIT", "note": ""},
        {"benchmark": f"Single visit save p99 ({SAVES} saves)", "value": p99, "unit": "ms",
         "baseline": r99, "baseline_label": "one-row INSERT + COMMIT",
         "note": f"target ≤ 3x: {'met' if p99 <= 3 * r99 else 'NOT met'}; "
                 f"mean {statistics.mean(ours) * ms:.2f} ms"},
    ]


def run(scratch: Path) -> list[dict]:
    """The foundation benchmarks."""
    return single_save(scratch) + bulk(scratch)
