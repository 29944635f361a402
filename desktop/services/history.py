"""What happened when, read from the audit log: the last bundle exported, for the
status bar and the dashboard ("days since the last bundle").
"""

import datetime as dt

from desktop.db.writer import clock_of


def last_bundle_export(db) -> dt.datetime | None:
    """When this database last exported a bundle (UTC), or None if never."""
    row = db.conn.execute("SELECT max(at) FROM audit_log WHERE action = 'bundle_export'"
                          ).fetchone()
    if not row or not row[0]:
        return None
    moment = dt.datetime.fromisoformat(row[0])
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc)


def days_since_last_bundle(db, today: dt.date | None = None) -> int | None:
    """Whole days since the last bundle export, or None if there never was one."""
    last = last_bundle_export(db)
    if last is None:
        return None
    return ((today or clock_of(db).today()) - last.astimezone().date()).days
