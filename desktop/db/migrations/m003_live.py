"""Schema 3: the live-record views, and the indexes undo and the views lean on."""

from desktop.db.live import create_views


def apply(conn) -> None:
    """Create the `live_*` views (desktop/db/live.py) and their supporting indexes."""
    create_views(conn)
    # the few deleted residents, found at once by live_stage_changes
    conn.execute("CREATE INDEX idx_residents_deleted ON residents(id) WHERE deleted = 1")
    # undo reads one save (all its audit entries share one clock value) whole
    conn.execute("CREATE INDEX idx_audit_hlc ON audit_log(hlc)")
