"""Opening the database: the one place that sets PRAGMAs and runs migrations.

Every connection goes through SQLCipher 4 (`sqlcipher3`). With a key the whole file,
its WAL and its temporary tables are encrypted; the key is a random 32-byte database
key, given raw (`x'...'`), so SQLCipher's own password derivation is skipped: the
password work (Argon2id) happens once, in desktop/security, when a user logs in.
Without a key the same driver reads and writes an ordinary SQLite file: the tests'
quick databases, and a database of an older release until `xaso encrypt`.

sqlcipher3 raises its own exception classes, not sqlite3's: catch DatabaseError and
OperationalError from here (each a tuple of both) wherever a database error is caught.
"""

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

import sqlite_utils
import sqlite_utils.plugins
from sqlcipher3 import dbapi2 as sqlcipher

from desktop.db.migrations import LATEST, STEPS
from desktop.domain.clock import SYSTEM, Clock, clock_from_env
from desktop.domain.errors import DatabaseRefused

BUSY_TIMEOUT_MS = 10_000
APP_ID = 0x58415330  # "XAS0", written to PRAGMA application_id to recognise our files
KEY_BYTES = 32

# No sqlite-utils plugins: one installed beside the app would run inside every
# connection to the encrypted database (its prepare_connection hook), and looking for
# them reads every installed package's metadata, about 60 ms at every start of every
# command and of the window. Marked as loaded, sqlite-utils never looks.
sqlite_utils.plugins._plugins_loaded = True

# The exception classes of both drivers, for `except` clauses.
DatabaseError = (sqlite3.DatabaseError, sqlcipher.DatabaseError)
OperationalError = (sqlite3.OperationalError, sqlcipher.OperationalError)


def apply_key(conn, key: bytes | None, schema: str = "main") -> None:
    """Give SQLCipher the raw database key (first statement on a connection)."""
    if key is None:
        return
    if len(key) != KEY_BYTES:
        raise ValueError("a database key is 32 bytes")
    conn.execute(f"PRAGMA {schema}.key = \"x'{key.hex()}'\"")


def private_file(path: Path) -> None:
    """Create `path` empty with mode 0600 if it does not exist (SQLite then gives its
    WAL and shared-memory files the same mode); tighten it if it does (POSIX)."""
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    elif os.name == "posix" and path.stat().st_mode & 0o077:
        os.chmod(path, 0o600)


def private_dir(path: Path) -> None:
    """Create the folder `path` (and its parents) with mode 0700 where it is missing."""
    if not path.exists():
        private_dir(path.parent)
        path.mkdir(mode=0o700)


# ANALYZE reads at most about this many rows of each index (PRAGMA optimize below)
ANALYSIS_LIMIT = 1000


def _bind_none(value: None) -> None:
    return value


class _Connection(sqlcipher.Connection):
    """A connection that refreshes the planner's statistics when it closes after
    writing (the product keeps its own statistics; nothing else runs ANALYZE)."""

    def close(self) -> None:
        try:
            if self.total_changes and not self.in_transaction:
                optimize(self)
        except DatabaseError:
            pass
        super().close()


def connect(path: str | Path, key: bytes | None = None, readonly: bool = False):
    """A raw connection with the project's PRAGMAs, no migration (backups, checks).

    With `key`, the file is read and written through SQLCipher's encryption; a wrong
    key fails on the first read with a DatabaseError ("file is not a database").
    """
    # isolation_level=None: we issue BEGIN/COMMIT ourselves, so a transaction never
    # opens implicitly and lingers (sqlite-utils 3.39.1's lost-delete bug).
    # The driver binds int, float, str and bytearray directly; None goes through its
    # adapter protocol, whose failed attribute look-ups cost about 3 µs a value (a hub
    # merge binds ~800k NULLs per 100k visits). An adapter registered for None is
    # found in a dict and gives the same NULL in a tenth of the time. (The registry
    # is the driver's, process-wide; registering again replaces it with itself.)
    sqlcipher.register_adapter(type(None), _bind_none)
    target = f"file:{quote(Path(path).as_posix())}?mode=ro" if readonly else str(path)
    conn = sqlcipher.connect(target, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000,
                             uri=readonly, check_same_thread=not readonly,
                             factory=sqlcipher.Connection if readonly else _Connection)
    # SQLCipher logs a failed key to stderr; the caller says it in plain words instead
    conn.execute("PRAGMA cipher_log_level = NONE")
    apply_key(conn, key)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    # deleted and overwritten values are zeroed in the file, not left in free space:
    # an erased person's name is gone, not merely unlinked
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute(f"PRAGMA analysis_limit = {ANALYSIS_LIMIT}")
    return conn


def optimize(conn) -> None:
    """Refresh the query planner's statistics where they are stale (`PRAGMA optimize`):
    after bulk work, and when a connection that wrote closes. It costs milliseconds
    unless a table it used has an index without statistics or has grown tenfold since
    they were gathered: then that table is analysed, about two seconds for a million
    visits even with `analysis_limit` (each index is read through). Migrations that add
    an index to a large table analyse it themselves (m008)."""
    try:
        conn.execute("PRAGMA optimize")
    except DatabaseError:
        pass  # a busy or read-only database keeps its old statistics


def load_schema(conn) -> None:
    """Read and parse the schema now: SQLite does it at a connection's first statement,
    which on a schema of a few hundred tables, indexes and triggers is a few ms."""
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()


def is_encrypted(path: str | Path) -> bool:
    """True if `path` exists and is not a plain SQLite file (SQLCipher encrypts the
    header too, so a plain file starts with "SQLite format 3")."""
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        return False
    with open(path, "rb") as f:
        return f.read(16) != b"SQLite format 3\x00"


class Database(sqlite_utils.Database):
    """A sqlite-utils database that also carries the clock its rules read (`clock`),
    the key it was opened with (`key`: workers and readers open the file again) and
    the logged-in user whose name goes on every write (`actor_id`, `login`)."""

    def __init__(self, conn, clock: Clock = SYSTEM, key: bytes | None = None):
        super().__init__(conn)
        self.clock = clock
        self.key = key
        self.actor_id: str | None = None
        self.login = None  # desktop.security.login.Login, once a user logged in

    def is_open(self) -> bool:
        """Whether the connection still answers (False once it was closed)."""
        try:
            self.conn.execute("SELECT 1")
        except DatabaseError:
            return False
        return True


def open_database(path: str | Path, migrate: bool = True, clock: Clock | None = None,
                  key: bytes | None = None, keep_copy: bool = True) -> Database:
    """Open (creating if needed) a Xã Số database at `path`.

    `key` is the 32-byte database key (desktop/security unwraps it from a password);
    None opens a plain SQLite file. `clock` is what "now" and "today" mean for
    everything done through this handle (default: the system clock; tests pass a
    FrozenClock).

    WAL journal, synchronous=FULL so a confirmed save survives a power cut, foreign
    keys on, a busy timeout for the GUI's worker connections. The schema is brought
    up to date, after a copy of the file (encrypted like the file, `keep_copy`); a
    database from a newer version, a file that is not ours, or a wrong key is refused
    with DatabaseRefused; so is one whose migration fails (`db_migration_failed`).
    """
    path = Path(path)
    existed = path.exists() and path.stat().st_size > 0
    if not existed:
        private_dir(path.parent)
    if key is not None or not existed:
        private_file(path)
    conn = connect(path, key)
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except DatabaseError as exc:
        conn.close()
        if key is not None:
            raise DatabaseRefused("db_wrong_key", path=str(path)) from exc
        if is_encrypted(path):
            raise DatabaseRefused("db_locked", path=str(path)) from exc
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
    # Checkpoint every ~40 MB of WAL rather than 4 MB: fewer stalls in the middle of
    # typing; the app also checkpoints when it closes.
    conn.execute("PRAGMA wal_autocheckpoint = 10000")
    if migrate and version < LATEST:
        copy = (backup_before_migration(conn, path, version, clock or SYSTEM, key)
                if version > 0 and keep_copy else None)
        try:
            _migrate(conn, version)
        except Exception as exc:
            raise _migration_failed(conn, path, copy, exc) from exc
    return Database(conn, clock or clock_from_env(), key)


def _migrate(conn, version: int) -> None:
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


def _migration_failed(conn, path: Path, copy: Path | None, exc: Exception) -> DatabaseRefused:
    """The refusal of a database whose migration stopped (a full disk, most likely, on
    a copy and an index rebuilt): each step commits alone, so the file stays whole at
    the last step done; the connection is closed, and the refusal says which step
    failed, where the file stopped and where the copy made before it is."""
    try:
        reached = conn.execute("PRAGMA user_version").fetchone()[0]
    except DatabaseError:
        reached = None
    conn.close()
    step = next((s for s, _ in STEPS if reached is None or s > reached), LATEST)
    return DatabaseRefused("db_migration_failed", path=str(path), step=step,
                           reached="?" if reached is None else reached,
                           backup=str(copy) if copy else "-",
                           detail=f"{type(exc).__name__}: {exc}"[:300])


def backup_before_migration(conn, path: Path, version: int, clock: Clock = SYSTEM,
                            key: bytes | None = None) -> Path:
    """Copy the database beside itself before migrating.

    With a key the copy is a backup file (desktop/security/backupfile.py): encrypted
    with the same key and carrying the users' wrapped keys, so `xaso restore` takes
    it back with the same password. A plain database gets a plain copy.
    """
    stamp = clock.stamp()
    target = path.with_name(f"{path.stem}.schema{version}-{stamp}.bak")
    if key is not None:
        from desktop.security.backupfile import write_backup
        from desktop.security.keyring import KeyRing

        write_backup(conn, key, KeyRing.load(path).document(), target, clock)
        return target
    dest = sqlcipher.connect(str(target))
    try:
        conn.backup(dest)
    finally:
        dest.close()
    return target


def schema_version(db: sqlite_utils.Database) -> int:
    """The schema version of an open database."""
    return db.conn.execute("PRAGMA user_version").fetchone()[0]
