"""Schema 9: when the last bundle was exported and the last backup made, without
reading the audit log through.

The status bar, the dashboard and the backup reminder ask for these at every
opening of the window (desktop/services/history.py). Every save writes to the audit
log, so after years of a commune's work it holds millions of entries, and reading
them all held the window each time. Two small partial indexes, one entry per export
or backup, answer both at once.
"""

STATEMENTS = (
    "CREATE INDEX idx_audit_bundle_export ON audit_log(at) WHERE action = 'bundle_export'",
    "CREATE INDEX idx_audit_backup ON audit_log(at) WHERE action = 'backup'",
)


def apply(conn) -> None:
    """Create schema 9."""
    for sql in STATEMENTS:
        conn.execute(sql)
