"""Encryption at rest: the same work on an encrypted database (SQLCipher 4, the app's
way) and on a plain SQLite file, side by side in the same run.

- bulk insert: demo data (households, residents, a year of visits) in one go;
- save: one resident saved through the services, the median of many;
- report: the monthly report's figures (collect_monthly, parallel readers);
- merge: a commune bundle merged by a hub.

Target: encryption costs at most 25% (ratio <= 1.25). Each figure's baseline is the
plain database; the login itself (Argon2id, ~0.4 s once per start) is not in them.
"""

import os
import shutil
import statistics
import time
from pathlib import Path

from desktop.db import open_database
from desktop.reports.collect import collect_monthly
from desktop.security.keyring import new_database_key
from desktop.services import records
from desktop.services.demo import generate_demo
from desktop.services.setup import init_commune, init_hub
from desktop.sync.exporter import export_bundle
from desktop.sync.importer import import_bundle, read_file
from desktop.sync.trust import export_hub_key, import_hub_key

HOUSEHOLDS = int(os.environ.get("XASO_BENCH_ENC_HOUSEHOLDS", "3000"))
MONTHS = 12
SAVES = int(os.environ.get("XASO_BENCH_ENC_SAVES", "200"))
ROUNDS = int(os.environ.get("XASO_BENCH_ENC_ROUNDS", "3"))


def _timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def _commune(folder: Path, name: str, key: bytes | None):
    db = open_database(folder / f"{name}.db", key=key)
    init_commune(db, "00070", "bench")
    return db


def run(scratch: Path) -> list[dict]:
    """Plain and encrypted measured alternately (the machine is shared and noisy):
    each figure is the best of ROUNDS alternated rounds, the save the median of its
    saves in the best round."""
    keys = {"plain": None, "encrypted": new_database_key()}
    best = {m: {} for m in keys}

    def keep(mode, name, value):
        best[mode][name] = min(value, best[mode].get(name, value))

    dbs = {}
    for r in range(ROUNDS):
        for mode, key in keys.items():
            folder = scratch / f"{mode}-{r}"
            folder.mkdir()
            db = _commune(folder, "xa", key)
            keep(mode, "bulk", _timed(lambda: generate_demo(db, households=HOUSEHOLDS,
                                                            months=MONTHS, seed=3)))
            if r:
                db.conn.close()
            else:
                dbs[mode] = (db, folder)
    for r in range(ROUNDS):
        for mode, (db, folder) in dbs.items():
            home = db.conn.execute("SELECT id FROM households LIMIT 1").fetchone()[0]
            times = [_timed(lambda i=i: records.add(db, "resident", {
                "household": home, "full_name": f"Người thử {r} {i}", "birth": "1990",
                "phone": f"0912{r}{i:05d}"})) for i in range(SAVES)]
            keep(mode, "save", statistics.median(times) * 1000)
            month = db.conn.execute("SELECT max(substr(date, 1, 7)) FROM visits").fetchone()[0]
            keep(mode, "report", _timed(lambda: collect_monthly(db, month)))
    bundles = {}
    for mode, (db, folder) in dbs.items():
        template = open_database(folder / "hub-template.db", key=keys[mode])
        init_hub(template, "Hub", "01")
        export_hub_key(template, folder / "hub.key")
        import_hub_key(db, folder / "hub.key")
        bundles[mode] = export_bundle(db, folder / "b.xaso", full=True)
        template.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        template.conn.close()
    for r in range(ROUNDS):
        for mode, (db, folder) in dbs.items():
            # the same empty hub every round: a copy of the template
            shutil.copy(folder / "hub-template.db", folder / f"hub-{r}.db")
            hub = open_database(folder / f"hub-{r}.db", key=keys[mode])
            data = read_file(bundles[mode]["path"])
            keep(mode, "merge", _timed(lambda: import_bundle(hub, data)))
            hub.conn.close()
    for db, _ in dbs.values():
        db.conn.close()
    plain, enc = best["plain"], best["encrypted"]
    rows = []
    for key, name, unit in (("bulk", f"bulk insert: demo, {HOUSEHOLDS:,} households, "
                                     f"{MONTHS} months", "s"),
                            ("save", "save: one resident (median)", "ms"),
                            ("report", "report: monthly figures", "s"),
                            ("merge", f"merge: a {bundles['plain']['rows']:,}-row bundle "
                                      "into a hub", "s")):
        ratio = enc[key] / plain[key]
        rows.append({"benchmark": name, "value": enc[key], "unit": unit,
                     "baseline": plain[key], "baseline_label": "plain SQLite file",
                     "ratio": ratio,
                     "note": "encrypted (SQLCipher 4); target ratio <= 1.25"
                             + ("" if ratio <= 1.25 else " — OVER TARGET")})
    return rows
