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


def last_backup(db) -> dt.datetime | None:
    """When this database was last backed up (UTC), or None if never."""
    row = db.conn.execute("SELECT at FROM audit_log WHERE action = 'backup' "
                          "ORDER BY seq DESC LIMIT 1").fetchone()
    if not row or not row[0]:
        return None
    moment = dt.datetime.fromisoformat(row[0])
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc)


def backup_overdue(db, days: int = 7) -> int | None:
    """Whole days since the last backup when that is more than `days` (counted from
    the first entry of the audit log, the set-up, when there was never one); None
    when a backup is recent enough, or on a database with nothing recorded yet."""
    last = last_backup(db)
    if last is None:
        first = db.conn.execute("SELECT at FROM audit_log ORDER BY seq LIMIT 1").fetchone()
        if not first or not first[0]:
            return None
        last = dt.datetime.fromisoformat(first[0])
        last = last if last.tzinfo else last.replace(tzinfo=dt.timezone.utc)
    age = (clock_of(db).now() - last).days
    return age if age > days else None
