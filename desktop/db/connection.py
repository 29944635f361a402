"""Opening the database: the one place that sets PRAGMAs and runs migrations."""

import sqlite3
from pathlib import Path

import sqlite_utils

from desktop.db.migrations import LATEST, STEPS
from desktop.domain.clock import SYSTEM, Clock, clock_from_env
from desktop.domain.errors import DatabaseRefused

BUSY_TIMEOUT_MS = 10_000
APP_ID = 0x58415330  # "XAS0", written to PRAGMA application_id to recognise our files


def connect(path: str | Path) -> sqlite3.Connection:
    """A raw connection with the project's PRAGMAs, no migration (used by backup checks)."""
    # isolation_level=None: we issue BEGIN/COMMIT ourselves, so a transaction never
    # opens implicitly and lingers (sqlite-utils 3.39.1's lost-delete bug).
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


class Database(sqlite_utils.Database):
    """A sqlite-utils database that also carries the clock its rules read (`clock`)."""

    def __init__(self, conn: sqlite3.Connection, clock: Clock = SYSTEM):
        super().__init__(conn)
        self.clock = clock


def open_database(path: str | Path, migrate: bool = True, clock: Clock | None = None
                  ) -> Database:
    """Open (creating if needed) a Xã Số database at `path`.

    `clock` is what "now" and "today" mean for everything done through this handle
    (default: the system clock; tests pass a FrozenClock).

    WAL journal, synchronous=FULL so a confirmed save survives a power cut, foreign
    keys on, a busy timeout for the GUI's worker connections. The schema is brought
    up to date, after a backup of the file; a database from a newer version, or a
    file that is not ours, is refused with DatabaseRefused.
    """
    path = Path(path)
    existed = path.exists() and path.stat().st_size > 0
    if not existed:
        path.parent.mkdir(parents=True, exist_ok=True)
    conn = connect(path)
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise DatabaseRefused("db_not_xaso", path=str(path)) from exc
    if tables and app_id != APP_ID:
        conn.close()
        raise DatabaseRefused("db_not_xaso", path=str(path))
    if version > LATEST:
        conn.close()
        raise DatabaseRefused("db_newer", path=str(path), found=version, supported=LATEST)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA cache_size = -65536")  # 64 MB
    conn.execute("PRAGMA temp_store = MEMORY")
    # Checkpoint every ~40 MB of WAL rather than 4 MB: fewer stalls in the middle of
    # typing; the app also checkpoints when it closes.
    conn.execute("PRAGMA wal_autocheckpoint = 10000")
    if migrate and version < LATEST:
        if version > 0:
            backup_before_migration(conn, path, version, clock or SYSTEM)
        _migrate(conn, version)
    return Database(conn, clock or clock_from_env())


def _migrate(conn: sqlite3.Connection, version: int) -> None:
    for step, apply in STEPS:
        if step <= version:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            apply(conn)
            conn.execute(f"PRAGMA application_id = {APP_ID}")
            conn.execute(f"PRAGMA user_version = {step}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def backup_before_migration(conn: sqlite3.Connection, path: Path, version: int,
                            clock: Clock = SYSTEM) -> Path:
    """Copy the database, through the backup API, beside itself before migrating."""
    stamp = clock.stamp()
    target = path.with_name(f"{path.stem}.schema{version}-{stamp}.bak")
    dest = sqlite3.connect(str(target))
    try:
        conn.backup(dest)
    finally:
        dest.close()
    return target


def schema_version(db: sqlite_utils.Database) -> int:
    """The schema version of an open database."""
    return db.conn.execute("PRAGMA user_version").fetchone()[0]
