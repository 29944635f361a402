"""Merging a bundle at the caps stays under 300 MB (issue 11, point 5). Slow: each
builds a large bundle, then imports it in a fresh process and reads its peak
resident memory (VmHWM, Linux)."""

import base64
import os
import subprocess
import sys
import textwrap
import uuid
from pathlib import Path

import pytest

from desktop.services import records
from desktop.sync.container import Limits
from desktop.sync.exporter import export_bundle
from hostile import Forger

from sync_helpers import add_resident

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="Linux /proc")]

CHILD = textwrap.dedent("""
    import sys
    from pathlib import Path
    from desktop.sync.importer import import_bundle
    from tests.logins import reopen

    def peak():
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM"):
                return int(line.split()[1]) // 1024

    db = reopen(sys.argv[1])
    report = import_bundle(db, Path(sys.argv[2]))
    print(report["status"], report["totals"]["new"], peak())
""")


def _import_peak(hub, path) -> tuple[str, int, int]:
    hub_path = hub.conn.execute("PRAGMA database_list").fetchone()[2]
    hub.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    done = subprocess.run([sys.executable, "-c", CHILD, hub_path, str(path)],
                          capture_output=True, text=True, timeout=1200,
                          env={**os.environ, "PYTHONPATH": os.getcwd()})
    assert done.returncode == 0, done.stderr
    status, new, peak = done.stdout.split()
    return status, int(new), int(peak)


def test_a_bundle_at_the_file_cap(tmp_path, hub, laptop):
    """Close to 64 MiB of text that does not compress, every row valid."""
    hamlet = records.add(laptop, "hamlet", {"name": "Thôn Một"})["id"]
    hh = records.add(laptop, "household", {"hamlet": hamlet, "head_name": "Chủ Hộ"})["id"]
    forger = Forger(laptop)
    base = forger.row("households", hh)
    rows = [dict(base, id=str(uuid.uuid4()),
                 notes=base64.b64encode(os.urandom(6000)).decode()[:8000])
            for _ in range(int(Limits().file_bytes * 0.95) // 6000)]
    path = tmp_path / "big.xaso"
    path.write_bytes(forger.bundle({"hamlets": forger.rows("hamlets"), "households": rows}))
    del rows
    assert Limits().file_bytes * 0.9 < path.stat().st_size <= Limits().file_bytes
    status, new, peak = _import_peak(hub, path)
    assert status == "imported" and new > 10_000
    assert peak < 300, f"{peak} MB"


def test_many_rows(tmp_path, hub, laptop):
    """Memory does not grow with the number of rows (1.5 million: 205 MB, run once)."""
    from benchmarks.sync_bench import fill

    fill(laptop, 300_000, 3)
    add_resident(laptop, "Người Cuối")
    out = export_bundle(laptop, tmp_path / "rows.xaso")
    status, new, peak = _import_peak(hub, Path(out["path"]))
    assert status == "imported" and new == out["rows"]
    assert peak < 300, f"{peak} MB"
