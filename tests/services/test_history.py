"""When the last bundle was exported and the last backup made: asked at every
opening of the window, answered from two small indexes, never by reading the audit
log through (it grows by every save, millions of entries after years)."""

import datetime as dt

from desktop.db import open_database
from desktop.db.writer import write
from desktop.services.history import backup_overdue, last_backup, last_bundle_export
from desktop.services.setup import init_commune
from tests.conftest import COMMUNE


def test_the_last_export_and_backup_are_read_from_their_indexes(tmp_path):
    db = open_database(tmp_path / "x.db")
    init_commune(db, COMMUNE)
    assert last_bundle_export(db) is None and last_backup(db) is None
    stamps = []
    for i in range(300):  # the everyday entries the moments must be found among
        with write(db) as tx:
            tx.audit("update", "visit", f"v{i}", {"notes": str(i)})
            if i in (40, 120):
                tx.audit("bundle_export", None, None, {"n": i})
                stamps.append(db.conn.execute("SELECT max(at) FROM audit_log").fetchone()[0])
            if i == 200:
                tx.audit("backup", None, None, {})
    asked = []
    db.conn.set_trace_callback(asked.append)
    exported = last_bundle_export(db)
    assert last_backup(db) is not None and backup_overdue(db) is None
    db.conn.set_trace_callback(None)
    last = dt.datetime.fromisoformat(stamps[-1])
    assert exported.replace(tzinfo=None) == last.replace(tzinfo=None)
    # each question the services asked is answered from an index of the moments
    assert len(asked) >= 2
    for sql in asked:
        plan = " ".join(r[3] for r in db.conn.execute("EXPLAIN QUERY PLAN " + sql))
        assert "INDEX idx_audit_" in plan, (sql, plan)
