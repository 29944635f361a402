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
REPEAT = 3


def _timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def _one_mode(folder: Path, key: bytes | None) -> dict:
    folder.mkdir()
    out = {}
    db = open_database(folder / "xa.db", key=key)
    init_commune(db, "00070", "bench")
    out["bulk"] = _timed(lambda: generate_demo(db, households=HOUSEHOLDS, months=MONTHS, seed=3))
    home = db.conn.execute("SELECT id FROM households LIMIT 1").fetchone()[0]
    times = []
    for i in range(SAVES):
        data = {"household": home, "full_name": f"Người thử {i}", "birth": "1990",
                "phone": f"09120{i:05d}"}
        times.append(_timed(lambda d=data: records.add(db, "resident", d)))
    out["save"] = statistics.median(times) * 1000
    month = db.conn.execute("SELECT max(substr(date, 1, 7)) FROM visits").fetchone()[0]
    out["report"] = min(_timed(lambda: collect_monthly(db, month)) for _ in range(REPEAT))
    hub = open_database(folder / "hub.db", key=key)
    init_hub(hub, "Hub", "01")
    export_hub_key(hub, folder / "hub.key")
    import_hub_key(db, folder / "hub.key")
    bundle = export_bundle(db, folder / "b.xaso", full=True)
    data = read_file(bundle["path"])
    out["merge"] = _timed(lambda: import_bundle(hub, data))
    out["rows"] = bundle["rows"]
    db.conn.close()
    hub.conn.close()
    return out


def run(scratch: Path) -> list[dict]:
    """Both modes, plain first, then the ratios."""
    plain = _one_mode(scratch / "plain", None)
    enc = _one_mode(scratch / "encrypted", new_database_key())
    rows = []
    for key, name, unit in (("bulk", f"bulk insert: demo, {HOUSEHOLDS:,} households, "
                                     f"{MONTHS} months", "s"),
                            ("save", "save: one resident (median)", "ms"),
                            ("report", "report: monthly figures", "s"),
                            ("merge", f"merge: a {plain['rows']:,}-row bundle into a hub", "s")):
        ratio = enc[key] / plain[key]
        rows.append({"benchmark": name, "value": enc[key], "unit": unit,
                     "baseline": plain[key], "baseline_label": "plain SQLite file",
                     "ratio": ratio,
                     "note": "encrypted (SQLCipher 4); target ratio <= 1.25"
                             + ("" if ratio <= 1.25 else " — OVER TARGET")})
    return rows
