"""The databases the stall benchmark drives the window on, made by the product's own
command line and cached between runs.

`xaso demo --visits 1000000` takes about a minute, so the result is kept in a folder
of the system's temporary directory, named after everything that shapes it (the
volumes, the moment, and the source of the demo data, the schema and the sync code):
change any of them and a fresh set is made. Each run works on a copy.

The set: laptop A of a commune with a million visits (what the window opens), the
province hub, and a reference bundle from that hub carrying the records of laptop B
of the same commune (what "merge" imports on A). A sends the hub one bundle before
its demo data, so the hub knows it and encrypts the reference bundle to it too.
"""

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VISITS = int(os.environ.get("XASO_BENCH_VISITS", "1000000"))
HOUSEHOLDS = int(os.environ.get("XASO_BENCH_HOUSEHOLDS", "60000"))  # about 200,000 residents
B_HOUSEHOLDS = 1500
B_VISITS = 20000
NOW = "2026-11-23T09:00:00+07:00"
COMMUNE = "21385"  # Xã Đình Cương, Quảng Ngãi
PROVINCE = "51"
PASSWORD = "bench-password-1"
# what shapes the data (the demo, the schema, the bundle format): a change here makes
# a new set
SHAPING = ("desktop/services/demo.py", "desktop/db/migrations", "desktop/sync/container.py",
           "desktop/sync/exporter.py", "desktop/sync/manifest.py")


def env() -> dict:
    """The environment every command (and the window) of the benchmark runs with."""
    return {**os.environ, "XASO_NOW": NOW, "XASO_PASSWORD": PASSWORD, "XASO_USER": "admin",
            "XASO_LANG": "en", "QT_QPA_PLATFORM": "offscreen"}


def _fingerprint() -> str:
    h = hashlib.sha256(f"{VISITS}:{HOUSEHOLDS}:{B_HOUSEHOLDS}:{B_VISITS}:{NOW}".encode())
    for name in SHAPING:
        path = ROOT / name
        files = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        for f in files:
            h.update(f.relative_to(ROOT).as_posix().encode())
            h.update(f.read_bytes())
    return h.hexdigest()[:16]


def _xaso(db: Path, *args: str) -> str:
    out = subprocess.run([sys.executable, "-m", "desktop", "--db", str(db), *args],
                         capture_output=True, text=True, env=env(), cwd=ROOT)
    if out.returncode != 0:
        raise RuntimeError(f"xaso {' '.join(args)}: {out.returncode}\n{out.stderr}")
    return out.stdout


def _build(folder: Path) -> None:
    a, b, hub = folder / "a.db", folder / "b.db", folder / "hub.db"
    _xaso(hub, "init", "--hub", "Trung tâm CNTT tỉnh Quảng Ngãi", "--province", PROVINCE)
    key = folder / "hub-key.json"
    _xaso(hub, "hub-key", "export", "--out", str(key), "--commune", COMMUNE)
    for db, name in ((a, "may-xa-1"), (b, "may-xa-2")):
        _xaso(db, "init", "--commune", COMMUNE, "--device-name", name)
        _xaso(db, "hub-key", "import", str(key))
    _xaso(a, "bundle", "export", "--out", str(folder / "a-first.xaso"))
    _xaso(hub, "bundle", "import", str(folder / "a-first.xaso"))
    _xaso(b, "demo", "--households", str(B_HOUSEHOLDS), "--visits", str(B_VISITS),
          "--months", "3", "--seed", "2")
    _xaso(b, "bundle", "export", "--out", str(folder / "b.xaso"))
    _xaso(hub, "bundle", "import", str(folder / "b.xaso"))
    _xaso(hub, "bundle", "export", "--for", COMMUNE, "--out", str(folder / "reference.xaso"))
    _xaso(a, "demo", "--households", str(HOUSEHOLDS), "--visits", str(VISITS), "--months", "12",
          "--seed", "1")


def cached() -> Path:
    """The folder of the cached set (made first if missing): a.db (+ keys), reference.xaso."""
    folder = Path(tempfile.gettempdir()) / "xaso-bench-cache" / f"stall-{_fingerprint()}"
    if not (folder / "done").exists():
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        _build(folder)
        (folder / "done").write_text("ok\n")
    return folder


def working_copy(scratch: Path) -> tuple[Path, Path]:
    """A copy of laptop A's database (with its key file) in `scratch`, and the
    reference bundle; the cached originals stay as they were made."""
    folder = cached()
    for name in ("a.db", "a.db.keys", "a.db-wal"):
        if (folder / name).exists():
            shutil.copyfile(folder / name, scratch / name)
    bundle = scratch / "reference.xaso"
    shutil.copyfile(folder / "reference.xaso", bundle)
    return scratch / "a.db", bundle


if __name__ == "__main__":
    print(cached())
