"""Old databases for the migration tests, and a migration step that fails."""

import sqlite3

from desktop.db import connection
from desktop.db.migrations import STEPS


def schema_one(path):
    """A database left at schema 1 (as an early release made it)."""
    conn = connection.connect(path)
    STEPS[0][1](conn)
    conn.execute(f"PRAGMA application_id = {connection.APP_ID}")
    conn.execute("PRAGMA user_version = 1")
    conn.close()


def full_disk_at(step, monkeypatch):
    """Migration `step` runs out of disk space part-way (after writing some of its work)."""
    def full(conn, apply=dict(STEPS)[step]):
        apply(conn)
        raise sqlite3.OperationalError("database or disk is full")
    monkeypatch.setattr(connection, "STEPS", [(n, full if n == step else a) for n, a in STEPS])
