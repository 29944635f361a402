"""Connections for the reports: the sqlite3 connection of a handle, whether a table
exists, and reading independent queries side by side (`run_parallel`). What the
queries count is defined once, in desktop/domain/indicators.py (run by measures.py).
"""

import os
import sqlite3
import threading
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import quote


def conn_of(db):
    """The sqlite3 connection of a sqlite-utils Database (or the connection itself)."""
    return getattr(db, "conn", db)


def table_exists(conn, name: str) -> bool:
    """True if the database has table `name` (the sync tables are optional here)."""
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                        (name,)).fetchone() is not None


def database_file(conn) -> str | None:
    """The file of the main database of `conn`, or None for an in-memory database."""
    row = conn.execute("PRAGMA database_list").fetchone()
    return row[2] if row and row[2] else None


def run_parallel(conn, jobs: dict, workers: int | None = None) -> dict:
    """Run independent read jobs, each `job(connection) -> result`, and return the
    results by name.

    SQLite releases the GIL while it works, and WAL lets readers run side by side, so
    the jobs run on their own read-only connections in a small thread pool: on a
    two-core laptop the monthly report over a million visits takes about half the
    time. An in-memory database (or one that cannot be opened again) runs the jobs
    one after another on `conn`.
    """
    path = database_file(conn)
    workers = workers or min(4, max(2, os.cpu_count() or 2))
    if not path or len(jobs) < 2 or conn.in_transaction:
        return {name: job(conn) for name, job in jobs.items()}
    local = threading.local()
    opened: list = []
    lock = threading.Lock()

    def reader():
        c = getattr(local, "conn", None)
        if c is None:
            c = sqlite3.connect(f"file:{quote(path)}?mode=ro", uri=True,
                                check_same_thread=False, timeout=10)
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
    except sqlite3.OperationalError:
        return {name: job(conn) for name, job in jobs.items()}
    finally:
        for c in opened:
            c.close()
