"""Sync: export of 100,000 changed records and a hub merging 200 commune bundles of
5,000 records each, each next to a raw baseline over the same rows in the same run.

Export baseline: a plain JSON Lines dump of the same rows (SELECT, json.dumps of a
dict per row, write). Target: export at least 30% of it.
Merge baseline: a plain `INSERT ... ON CONFLICT(id) DO UPDATE` of the same rows into
a fresh database of the same schema, one transaction per bundle. Target: merge at
least 25% of it. Ours includes reading, decrypting, verifying, decoding, planning,
duplicate-CCCD checks and bookkeeping.
"""

import json
import os
import time
from pathlib import Path

from desktop.db import open_database
from desktop.db.writer import write
from desktop.domain.cccd import make_cccd
from desktop.domain.ids import new_id
from desktop.domain.units import LEGACY_PROVINCES, all_provinces, communes_of
from desktop.services.setup import init_commune, init_hub
from desktop.sync.changes import SYNC_TABLES
from desktop.sync.exporter import export_bundle
from desktop.sync.importer import import_bundle, read_file
from desktop.sync.trust import export_hub_key, import_hub_key

EXPORT_ROWS = int(os.environ.get("XASO_BENCH_EXPORT_ROWS", "100000"))
BUNDLES = int(os.environ.get("XASO_BENCH_BUNDLES", "200"))
BUNDLE_ROWS = int(os.environ.get("XASO_BENCH_BUNDLE_ROWS", "5000"))
SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi")
GIVEN = ("Văn An", "Thị Bình", "Văn Cường", "Thị Dung", "Minh Đức", "Thu Hà", "Quốc Huy")
PROVINCE_CODES = sorted(LEGACY_PROVINCES)  # a CCCD's first three digits


def fill(db, rows: int, seed: int) -> None:
    """`rows` records of a commune: hamlets, households (1 in 4) and residents, written
    in one transaction with the writer's stamp."""
    with write(db) as tx:
        s = tx.stamp
        code = s.commune_code
        common = (code, s.at, s.at, s.device_id, s.actor_id, s.hlc, s.hlc, None, s.rev, 0)
        head = ("id, commune_code, created_at, updated_at, device_id, actor_id, created_hlc, "
                "hlc, field_hlc, rev, deleted")
        hamlets = [(new_id(), *common, f"Thôn {i}", f"thon {i}", "thon") for i in range(10)]
        tx.conn.executemany(f"INSERT INTO hamlets ({head}, name, name_key, kind) VALUES "
                            f"({', '.join('?' * 14)})", hamlets)
        left = rows - len(hamlets)
        households, residents = [], []
        hh = None
        for i in range(left):
            hamlet = hamlets[i % 10][0]
            name = f"{SURNAMES[i % 8]} {GIVEN[(i // 8) % 7]}"
            if i % 4 == 0:
                hh = new_id()
                households.append((hh, *common, hamlet, name, name.lower(), f"Xóm {i}",
                                   f"09{(seed * 7919 + i) % 100000000:08d}", 4, i % 3 == 0))
            else:
                year = 1950 + i % 60
                cccd = make_cccd(PROVINCE_CODES[seed % len(PROVINCE_CODES)],
                                 "male" if i % 2 else "female", year,
                                 seed * 100003 + i) if i % 5 < 3 else None
                residents.append((new_id(), *common, hh, hamlet, name, name.lower(), year,
                                  "male" if i % 2 else "female", cccd, i % 3 == 0,
                                  "level2_activated" if i % 4 == 1 else "not_started"))
        tx.conn.executemany(
            f"INSERT INTO households ({head}, hamlet_id, head_name, head_name_key, address, "
            f"phone, members_count, has_smartphone) VALUES ({', '.join('?' * 18)})", households)
        tx.conn.executemany(
            f"INSERT INTO residents ({head}, household_id, hamlet_id, full_name, full_name_key, "
            f"birth_year, gender, cccd, has_smartphone, eid_stage) VALUES "
            f"({', '.join('?' * 20)})", residents)


def _communes(n: int) -> list[str]:
    out = []
    for province in all_provinces():
        out += [c.code for c in communes_of(province.code)]
        if len(out) >= n:
            break
    return out[:n]


def _rows_of(db) -> dict:
    data = {}
    for table in SYNC_TABLES:
        cur = db.conn.execute(f"SELECT * FROM {table}")
        names = [d[0] for d in cur.description]
        data[table] = (names, cur.fetchall())
    return data


def bench_export(scratch: Path) -> dict:
    hub = open_database(scratch / "ehub.db")
    init_hub(hub, "Hub", "91")
    export_hub_key(hub, scratch / "hub.key")
    db = open_database(scratch / "export.db")
    init_commune(db, _communes(1)[0], "bench")
    import_hub_key(db, scratch / "hub.key")
    fill(db, EXPORT_ROWS, 1)
    start = time.perf_counter()
    out = export_bundle(db, scratch / "export.xaso")
    ours = time.perf_counter() - start
    # baseline: the same rows as JSON Lines
    start = time.perf_counter()
    count = 0
    with open(scratch / "dump.jsonl", "w", encoding="utf-8") as fh:
        for table in SYNC_TABLES:
            cur = db.conn.execute(f"SELECT * FROM {table} WHERE rev > 0")
            names = [d[0] for d in cur.description]
            for r in cur:
                fh.write(json.dumps(dict(zip(names, r)), ensure_ascii=False) + "\n")
                count += 1
    raw = time.perf_counter() - start
    db.conn.close()
    hub.conn.close()
    ratio = (out["rows"] / ours) / (count / raw)
    return {"benchmark": f"Bundle export, {out['rows']:,} changed records "
                         f"({out['bytes'] / 1e6:.1f} MB, {ours:.2f} s)",
            "value": out["rows"] / ours, "unit": "rows/s", "baseline": count / raw,
            "baseline_label": "JSON Lines dump of the same rows",
            "note": f"target ≥ 0.30: {'met' if ratio >= 0.30 else 'NOT met'}"}


def bench_merge(scratch: Path) -> dict:
    hub = open_database(scratch / "hub.db")
    init_hub(hub, "Hub", "91")
    export_hub_key(hub, scratch / "hub.key")
    folder = scratch / "inbox"
    folder.mkdir()
    everything: list[dict] = []
    for n, code in enumerate(_communes(BUNDLES)):
        db = open_database(scratch / "laptop.db")
        init_commune(db, code, f"may-{n}")
        export_hub_key(hub, scratch / "hub.key", commune=code)  # enrolls this commune
        import_hub_key(db, scratch / "hub.key")
        fill(db, BUNDLE_ROWS, n + 2)
        export_bundle(db, folder / f"{n:03d}.xaso")
        everything.append(_rows_of(db))
        db.conn.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{scratch / 'laptop.db'}{suffix}").unlink(missing_ok=True)
    files = sorted(folder.iterdir())
    start = time.perf_counter()
    total = 0
    for path in files:
        total += import_bundle(hub, read_file(path))["rows"]
    ours = time.perf_counter() - start
    hub.conn.close()
    raw_db = open_database(scratch / "raw.db")
    conn = raw_db.conn
    start = time.perf_counter()
    count = 0
    for data in everything:
        conn.execute("BEGIN IMMEDIATE")
        for table, (names, rows) in data.items():
            if not rows:
                continue
            sets = ", ".join(f"{c} = excluded.{c}" for c in names if c != "id")
            conn.executemany(f"INSERT INTO {table} ({', '.join(names)}) VALUES "
                             f"({', '.join('?' for _ in names)}) ON CONFLICT(id) DO UPDATE "
                             f"SET {sets}", rows)
            count += len(rows)
        conn.execute("COMMIT")
    raw = time.perf_counter() - start
    conn.close()
    ratio = (total / ours) / (count / raw)
    return {"benchmark": f"Hub merge, {len(files)} bundles × {BUNDLE_ROWS:,} records "
                         f"({total:,} records, {ours:.0f} s)",
            "value": total / ours, "unit": "rows/s", "baseline": count / raw,
            "baseline_label": "INSERT … ON CONFLICT DO UPDATE of the same rows",
            "note": f"target ≥ 0.25: {'met' if ratio >= 0.25 else 'NOT met'}"}


def run(scratch: Path) -> list[dict]:
    """Both sync benchmarks (see the module docstring)."""
    return [bench_export(scratch), bench_merge(scratch)]


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        for result in run(Path(tmp)):
            print(result)
