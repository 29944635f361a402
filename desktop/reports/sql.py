"""Connections for the reports: the sqlite3 connection of a handle, its file, and
reading independent queries side by side (`run_parallel`). What the queries count is
defined once, in desktop/domain/indicators.py (run by measures.py).
"""

import os
import threading
from concurrent.futures import ThreadPoolExecutor

from desktop.db.connection import DatabaseError, connect


def conn_of(db):
    """The sqlite3 connection of a sqlite-utils Database (or the connection itself)."""
    return getattr(db, "conn", db)


def database_file(conn) -> str | None:
    """The file of the main database of `conn`, or None for an in-memory database."""
    row = conn.execute("PRAGMA database_list").fetchone()
    return row[2] if row and row[2] else None


# An encrypted database's pages are decrypted into each connection's own cache: new
# readers would decrypt every page again, while `conn`'s 64 MB cache already holds
# them. Below this size the jobs run on `conn`; above it, side by side.
ENCRYPTED_PARALLEL_BYTES = 64 * 1024 * 1024


def _cached(path: str, key: bytes | None) -> bool:
    if key is None:
        return False
    try:
        return os.path.getsize(path) < ENCRYPTED_PARALLEL_BYTES
    except OSError:
        return True


def run_parallel(conn, jobs: dict, workers: int | None = None, key: bytes | None = None) -> dict:
    """Run independent read jobs, each `job(connection) -> result`, and return the
    results by name.

    SQLite releases the GIL while it works, and WAL lets readers run side by side, so
    the jobs run on their own read-only connections in a small thread pool: on a
    two-core laptop the monthly report over a million visits takes about half the
    time. `key` is the database key of an encrypted database (`db.key`); one smaller
    than ENCRYPTED_PARALLEL_BYTES runs on `conn`, whose cache holds its decrypted
    pages. An
    in-memory database (or one that cannot be opened again) runs the jobs one after
    another on `conn`, and so does `workers=1` (work in the background of the window,
    which leaves the other core to what the user is doing).
    """
    path = database_file(conn)
    workers = workers or min(4, max(2, os.cpu_count() or 2))
    if (workers < 2 or not path or len(jobs) < 2 or conn.in_transaction
            or _cached(path, key)):
        return {name: job(conn) for name, job in jobs.items()}
    local = threading.local()
    opened: list = []
    lock = threading.Lock()

    def reader():
        c = getattr(local, "conn", None)
        if c is None:
            c = connect(path, key, readonly=True)
            c.execute("PRAGMA cache_size = -65536")
            local.conn = c
            with lock:
                opened.append(c)
        return c

    def run(item):
        name, job = item
        return name, job(reader())

    try:
        with ThreadPoolExecutor(max_workers=workers) as pool:
            return dict(pool.map(run, jobs.items()))
    except DatabaseError:
        return {name: job(conn) for name, job in jobs.items()}
    finally:
        for c in opened:
            c.close()
