"""The databases and bundles the benchmarks measure, made through the product and kept
between runs (a million-visit commune takes minutes; a province hub most of an hour).

Everything here is what a user would have made: `xaso init` and `xaso demo` on the
command line for the big communes (encrypted, with a password, as a commune sets up
its laptop), the hub's key files and each commune's full bundle through the sync
services, and a province hub filled by merging those bundles. Nothing is ANALYZEd
or tuned behind the product's back: what the product leaves (its own `PRAGMA
optimize`) is what is measured.

The cache folder is `$XASO_BENCH_CACHE`, else `xaso-bench-cache` in the system's
temporary folder, outside the repository. Each entry's name carries a fingerprint of
the code that shapes the data (migrations, demo data, the write path): a change
there makes new entries; `python -m benchmarks.corpus clean` removes old ones.
"""

import dataclasses
import datetime as dt
import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CACHE = Path(os.environ.get("XASO_BENCH_CACHE") or Path(tempfile.gettempdir()) / "xaso-bench-cache")
PASSWORD = "mật khẩu đo hiệu năng"
NOW = "2026-11-23T10:00:00+07:00"  # the demo data's "today"; bundles are merged after it
TODAY = dt.date(2026, 11, 23)
MONTH = "2026-11"
SHAPERS = ("desktop/db", "desktop/services/demo.py", "desktop/sync/exporter.py",
           "desktop/sync/changes.py", "desktop/domain/kinds.py")


def fingerprint() -> str:
    """8 hex digits of the code that shapes cached data."""
    h = hashlib.sha256()
    for name in SHAPERS:
        path = ROOT / name
        for f in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            h.update(f.relative_to(ROOT).as_posix().encode())
            h.update(f.read_bytes())
    return h.hexdigest()[:8]


def entry(name: str) -> Path:
    """The cache folder of one corpus item (made if missing)."""
    folder = CACHE / f"{name}-{fingerprint()}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def env() -> dict:
    """The environment of every command run here: the password, the frozen "now"."""
    return {**os.environ, "XASO_PASSWORD": PASSWORD, "XASO_NOW": NOW, "XASO_LANG": "en",
            "QT_QPA_PLATFORM": "offscreen"}


@dataclass
class Run:
    """What one child process cost: wall and CPU seconds, peak memory (MB), output."""

    wall: float
    cpu: float
    peak_mb: float
    out: str


def run(args: list[str], environ: dict | None = None) -> Run:
    """Run a child process as a user would; its wall time, its CPU seconds and its
    peak memory, counted for that process alone (os.wait4 in a small wrapper)."""
    cmd = [sys.executable, "-m", "benchmarks.corpus", "_measure", *map(str, args)]
    proc = subprocess.run(cmd, cwd=ROOT, env=environ or env(), capture_output=True, text=True)
    lines = proc.stdout.rstrip("\n").split("\n")
    try:
        wall, cpu, peak, code = lines[-1].split()
    except ValueError:
        raise RuntimeError(f"{args} failed:\n{proc.stderr[-3000:]}") from None
    if int(code):
        raise RuntimeError(f"{' '.join(map(str, args))} failed ({code}):\n{proc.stderr[-3000:]}")
    return Run(float(wall), float(cpu), float(peak), "\n".join(lines[:-1]))


def xaso(db: Path, *args: str, json_out: bool = True) -> tuple[dict | str, Run]:
    """Run `xaso --db DB ARGS` as a user does; (its JSON output, the run's costs)."""
    result = run([sys.executable, "-m", "desktop", "--db", str(db),
                  *(["--json"] if json_out else []), *args])
    return (json.loads(result.out) if json_out and result.out.strip() else result.out), result


def _measure(argv: list[str]) -> int:
    """`python -m benchmarks.corpus _measure CMD...`: run CMD, pass its output on, then
    print its wall and CPU seconds, peak memory (MB) and exit code on a last line."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    sys.stdout.buffer.write(out)
    code = os.waitstatus_to_exitcode(status)
    sys.stdout.write(f"\n{wall} {usage.ru_utime + usage.ru_stime} {usage.ru_maxrss / 1024} "
                     f"{code}\n")
    return 0


def database_key(path: Path) -> bytes:
    """The key of the encrypted database at `path` (Argon2id: about half a second)."""
    from desktop.security.keyring import KeyRing

    return KeyRing.load(path).unlock("admin", PASSWORD)


def copy_db(source: Path, dest: Path) -> Path:
    """Copy a closed database and its key file."""
    from desktop.security.keyring import key_file

    dest.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("-wal", "-shm"):
        Path(f"{dest}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(source, dest)
    shutil.copyfile(key_file(source), key_file(dest))
    return dest


def commune(code: str, visits: int, households: int, months: int = 12, seed: int = 1,
            name: str | None = None) -> tuple[Path, dict]:
    """A commune made by `xaso init` and `xaso demo` (cached): (its path, what the
    demo command cost and made; "fresh" when it was made by this call)."""
    folder = entry(name or f"commune-{code}-{visits}-{households}")
    path = folder / "xaso.db"
    info = folder / "made.json"
    if info.exists() and path.exists():
        return path, json.loads(info.read_text())
    for old in folder.iterdir():
        old.unlink()
    xaso(path, "init", "--commune", code, "--device-name", "may-do", json_out=False)
    made, cost = xaso(path, "demo", "--visits", str(visits), "--households", str(households),
                      "--months", str(months), "--seed", str(seed))
    data = {"made": made, "wall": cost.wall, "cpu": cost.cpu, "peak_mb": cost.peak_mb,
            "visits": visits, "households": households, "months": months}
    info.write_text(json.dumps(data, indent=1))
    return path, {**data, "fresh": True}


def keep_made(path: Path, **more) -> None:
    """Add `more` to what was kept of how the commune at `path` (`commune`) was made."""
    info = path.parent / "made.json"
    info.write_text(json.dumps({**json.loads(info.read_text()), **more}, indent=1))


def hub(folder: Path, province: str = "01") -> Path:
    """An empty, set-up hub database in `folder` (made once; copy it before merging)."""
    path = folder / "hub.db"
    if not path.exists():
        xaso(path, "init", "--hub", "Trung tâm chuyển đổi số tỉnh", "--province", province,
             json_out=False)
    return path


def commune_bundle(hub_path: Path, code: str, visits: int | None, households: int,
                   folder: Path, months: int = 12, seed: int = 1,
                   keep: Path | None = None) -> Path:
    """A commune laptop set up through the services (encrypted, a password, enrolled
    by the hub's key file for its commune), filled with demo data, and its first full
    bundle exported into `folder`; the laptop's database is thrown away. Returns the
    bundle. (In-process: two hundred of them would spend most of their time starting
    the command line.)"""
    from desktop.security import accounts, login
    from desktop.services.demo import generate_demo
    from desktop.services.setup import init_commune
    from desktop.sync.exporter import export_bundle
    from desktop.sync.trust import export_hub_key, import_hub_key
    from desktop.domain.clock import FrozenClock

    clock = FrozenClock(NOW)
    hub_db = login.open_as(hub_path, "admin", PASSWORD, clock)
    with tempfile.TemporaryDirectory(prefix="xaso-laptop-") as tmp:
        key_file = Path(tmp) / "hub.key"
        export_hub_key(hub_db, key_file, commune=code)
        hub_db.conn.close()
        path = Path(tmp) / "xaso.db"
        db, ring, _ = login.create_database(path, clock)
        init_commune(db, code, f"may-{code}")
        login.attach(db, accounts.add_account(db, ring, path, "admin", "admin", PASSWORD))
        import_hub_key(db, key_file)
        generate_demo(db, households=households, visits=visits, months=months, seed=seed,
                      today=TODAY)
        out = export_bundle(db, folder / f"{code}.xaso", full=True)
        db.conn.close()
        if keep is not None:  # the laptop is kept for later bundles (province_bench)
            copy_db(path, keep / f"{code}.db")
    return Path(out["path"])


def bundles(name: str, codes: list[str], visits: int | None, households: int,
            province: str = "01", keep: bool = False) -> tuple[Path, list[Path]]:
    """A hub (its template, empty) and one full bundle for it per commune in `codes`,
    each from a commune of `visits` demo visits and `households` households (cached
    together: the bundles are encrypted to that hub)."""
    folder = entry(f"bundles-{name}")
    hub_path = hub(folder, province)
    done = folder / "done.json"
    if not done.exists():
        for code in codes:
            if not (folder / f"{code}.xaso").exists():
                laptops = folder / "laptops" if keep else None
                if laptops is not None:
                    laptops.mkdir(exist_ok=True)
                commune_bundle(hub_path, code, visits, households, folder, keep=laptops)
        done.write_text(json.dumps(codes))
    return hub_path, [folder / f"{code}.xaso" for code in json.loads(done.read_text())]


def communes_of(n: int, province: str | None = None) -> list[str]:
    """The first `n` official commune codes (of one province, or across provinces)."""
    from desktop.domain.units import all_provinces
    from desktop.domain.units import communes_of as of

    out: list[str] = []
    for p in all_provinces():
        if province and p.code != province:
            continue
        out += [c.code for c in of(p.code)]
        if len(out) >= n:
            break
    return out[:n]


def clean() -> None:
    """Remove cache entries made by other versions of the code."""
    keep = fingerprint()
    for folder in CACHE.iterdir() if CACHE.exists() else []:
        if folder.is_dir() and not folder.name.endswith(keep):
            shutil.rmtree(folder)


def peak_mb() -> float:
    """This process's own peak resident memory (MB)."""
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def reset_peak() -> None:
    """Start counting this process's peak memory afresh (Linux), e.g. after the
    Argon2id login, whose memory (192 MiB) is freed as soon as the key is unwrapped."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
    except OSError:
        pass


def bundle_as_sqlite(bundle: Path | list[Path], hub_path: Path, out: Path) -> int:
    """The rows of `bundle` (or of each of a list of bundles; opened with the hub's
    key, as the importer does) written to a plain SQLite file `out`, one table per
    part, the columns as the bundle names them: the input of the raw ATTACH baseline.
    Returns the number of rows."""
    import sqlite3

    from desktop.sync.changes import iter_rows
    from desktop.sync.container import DEFAULT_LIMITS, open_bundle
    from desktop.sync.keys import device_keys

    db = login_db(hub_path)
    keys = device_keys(db.conn)
    db.conn.close()
    limits = dataclasses.replace(DEFAULT_LIMITS, file_bytes=1 << 32, part_bytes=1 << 32,
                                 raw_part_bytes=1 << 34, raw_total_bytes=1 << 35, rows=10 ** 9)
    out.unlink(missing_ok=True)
    conn = sqlite3.connect(out)
    total = 0
    for one in bundle if isinstance(bundle, list) else [bundle]:
        opened = open_bundle(one.read_bytes(), keys.box_keys, limits)
        for entry, part in zip(opened.manifest["parts"], opened.parts):
            cols = entry["columns"]
            conn.execute(f"CREATE TABLE IF NOT EXISTS {entry['table']} ({', '.join(cols)})")
            sql = f"INSERT INTO {entry['table']} VALUES ({', '.join('?' for _ in cols)})"
            for chunk in iter_rows(part, entry, limits):
                conn.executemany(sql, chunk)
                total += len(chunk)
    conn.commit()
    conn.close()
    return total


def login_db(path: Path):
    """The database at `path` opened as its admin with the benchmark password, at the
    frozen "now" the commands see too (a later command must not find its clock behind
    the last save: it would then count every record stamped ahead)."""
    from desktop.domain.clock import FrozenClock
    from desktop.security import login

    return login.open_as(path, "admin", PASSWORD, FrozenClock(NOW))


def raw_upsert(conn, source: Path, schema_name: str = "src") -> int:
    """The raw baseline of a merge: ATTACH the rows and one INSERT … SELECT … ON
    CONFLICT(id) DO UPDATE per table, in one transaction, on `conn` (the hub). The
    aggregate and search-index triggers are dropped meanwhile (as the product does
    for a commune's first bundle), so this is the least any merge of these rows into
    this schema must write. Returns the rows written."""
    from desktop.db.aggregates import dropped
    from desktop.sync.changes import SYNC_TABLES

    # a plain file beside an encrypted database: SQLCipher's empty key
    conn.execute(f"ATTACH DATABASE ? AS {schema_name} KEY ''", (str(source),))
    tables = {r[0] for r in conn.execute(f"SELECT name FROM {schema_name}.sqlite_master "
                                         "WHERE type = 'table'")}
    conn.execute("BEGIN IMMEDIATE")
    total = 0
    with dropped(conn, SYNC_TABLES):
        for table in SYNC_TABLES:
            if table not in tables:
                continue
            cols = [r[1] for r in conn.execute(f"PRAGMA {schema_name}.table_info({table})")]
            sets = ", ".join(f"{c} = excluded.{c}" for c in cols if c != "id")
            total += conn.execute(
                f"INSERT INTO main.{table} ({', '.join(cols)}, rev) SELECT {', '.join(cols)}, "
                f"1 FROM {schema_name}.{table} WHERE true ON CONFLICT(id) DO UPDATE SET {sets}"
            ).rowcount
    conn.execute("COMMIT")
    conn.execute(f"DETACH DATABASE {schema_name}")
    return total


if __name__ == "__main__":
    if sys.argv[1:2] == ["_measure"]:
        sys.exit(_measure(sys.argv[2:]))
    if sys.argv[1:2] == ["clean"]:
        clean()
