"""Keeping the database healthy: integrity and consistency checks, encrypted backup
and restore."""

import datetime as dt
import os
from pathlib import Path

from desktop.db.connection import connect, is_encrypted, open_database, private_dir
from desktop.db.writer import clock_of, write
from desktop.reports.sql import database_file
from desktop.security.accounts import login_of
from desktop.security.backupfile import (extract_database, read_header, verify_database,
                                         write_backup)
from desktop.security.files import remove_quietly, sqlite_companions
from desktop.security.keyring import KeyRing, key_file, parse_recovery_key
from desktop.security.roles import require
from desktop.domain.clock import SYSTEM, Clock
from desktop.domain.cccd import check_cccd
from desktop.domain.errors import InputRefused, Problem
from desktop.domain.labels import field_label, kind_label, value_label
from desktop.domain.phone import check_phone
from desktop.domain.stages import STAGE_FIELDS

# (kind, table, column, target kind, target table) links that must point at a live row
LINKS = [
    ("household", "households", "hamlet_id", "hamlet", "hamlets"),
    ("resident", "residents", "household_id", "household", "households"),
    ("visit", "visits", "household_id", "household", "households"),
    ("visit", "visit_members", "visit_id", "visit", "visits"),
    ("stage_change", "stage_changes", "resident_id", "resident", "residents"),
    ("bridge_point", "bridge_points", "training_id", "training", "trainings"),
    ("attendance", "attendance", "training_id", "training", "trainings"),
]


def check(db, today: dt.date | None = None, lang: str = "vi", limit: int = 200) -> dict:
    """SQLite integrity check plus domain consistency; return {"ok", "problems", "counts"}."""
    conn = db.conn
    today = (today or clock_of(db).today()).isoformat()
    problems: list[Problem] = []
    result = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    integrity = "ok" if result == ["ok"] else "; ".join(result[:5])
    if integrity != "ok":
        problems.append(Problem(None, "check_integrity", {"detail": integrity}))
    for kind, table, column, target, target_table in LINKS:
        for (rid,) in conn.execute(
                f"SELECT t.id FROM live_{table} t LEFT JOIN {target_table} x ON x.id = t.{column} "
                f"WHERE t.{column} IS NOT NULL AND x.id IS NULL LIMIT ?", (limit,)):
            problems.append(Problem(None, "check_orphan", {"kind": kind_label(kind, lang),
                                                           "id": rid,
                                                           "target": kind_label(target, lang)}))
    for track, field in STAGE_FIELDS.items():
        for rid, current, last in conn.execute(
                f"SELECT r.id, r.{field}, (SELECT s.to_stage FROM live_stage_changes s "
                f"WHERE s.resident_id = r.id AND s.track = ? "
                f"ORDER BY s.date DESC, s.created_hlc DESC, s.rowid DESC LIMIT 1) AS last "
                f"FROM live_residents r WHERE r.{field} != 'not_started' "
                f"AND r.{field} != coalesce(last, '') LIMIT ?", (track, limit)):
            if last is None:
                continue  # set before history was kept (imports); nothing contradicts it
            problems.append(Problem(None, "check_stage_history", {
                "id": rid, "track": field_label(field, lang),
                "current": value_label(field, current, lang),
                "last": value_label(field, last, lang)}))
    for kind, table, column in (("visit", "visits", "date"), ("stage_change", "stage_changes", "date")):
        for rid, date in conn.execute(f"SELECT id, {column} FROM live_{table} WHERE "
                                      f"{column} > ? LIMIT ?", (today, limit)):
            problems.append(Problem(None, "check_future", {"kind": kind_label(kind, lang),
                                                           "id": rid, "date": date}))
    for cccd, count, ids in conn.execute(
            "SELECT cccd, count(*), group_concat(id, ', ') FROM live_residents WHERE "
            "cccd IS NOT NULL GROUP BY commune_code, cccd HAVING count(*) > 1 LIMIT ?", (limit,)):
        problems.append(Problem(None, "cccd_duplicate", {"cccd": cccd,
                                                         "name": f"{count}× ({ids})", "id": ids}))
    for rid, cccd, gender, year in conn.execute(
            "SELECT id, cccd, gender, birth_year FROM live_residents WHERE cccd IS NOT NULL"):
        _, errs = check_cccd(cccd, "cccd", gender, year, today=dt.date.fromisoformat(today))
        if errs:
            problems.append(Problem(None, "check_invalid", {"kind": kind_label("resident", lang),
                                                            "id": rid,
                                                            "detail": errs[0].message(lang)}))
    for table, kind in (("residents", "resident"), ("households", "household"), ("members", "member")):
        for rid, phone in conn.execute(f"SELECT id, phone FROM live_{table} WHERE "
                                       f"phone IS NOT NULL"):
            value, errs = check_phone(phone)
            if errs or value != phone:
                problems.append(Problem(None, "check_invalid", {
                    "kind": kind_label(kind, lang), "id": rid,
                    "detail": errs[0].message(lang) if errs else phone}))
    counts = {t: conn.execute(f"SELECT count(*) FROM live_{t}").fetchone()[0]
              for t in ("hamlets", "members", "households", "residents", "visits", "trainings",
                        "attendance", "events", "targets")}
    return {"ok": not problems, "integrity": integrity,
            "problems": [{"code": p.code, "message": p.message(lang)} for p in problems],
            "counts": counts}


def backup(db, out) -> dict:
    """Write an encrypted backup of the open database to `out` and log it.

    A consistent copy through SQLite's backup API, encrypted with the database's key
    and carrying its wrapped keys, checked before it appears under its name
    (desktop/security/backupfile.py): it restores with a password of this database
    or its recovery key, and with nothing else.
    """
    out = Path(out)
    source = Path(database_file(db.conn) or "")
    if source and out.exists() and out.resolve() == source.resolve():
        raise InputRefused.of("backup_same_file", "out", path=str(out))
    keys = KeyRing.load(source).document() if db.key is not None and key_file(source).exists() \
        else None
    result = write_backup(db.conn, db.key, keys, out, clock_of(db))
    with write(db) as tx:
        tx.audit("backup", None, None, {"file": out.name, "bytes": result["bytes"]})
    return {"ok": True, "file": str(out), "bytes": result["bytes"]}


def _backup_key(header: dict, user: str | None, password: str | None,
                recovery: str | None, key: bytes | None) -> bytes | None:
    """The key that opens a backup: given, or unwrapped from the backup's own keys
    with the recovery key or a user's password."""
    if key is not None or not header.get("encrypted"):
        return key
    ring = KeyRing(header.get("keys") or {})
    if recovery:
        return ring.unlock_recovery(parse_recovery_key(recovery))
    if not password:
        raise InputRefused.of("password_missing")
    return ring.unlock(user or "admin", password)


def check_backup(source, user: str | None = None, password: str | None = None,
                 recovery: str | None = None) -> dict:
    """Whether `source` is a whole backup file these credentials open, asked before
    anything is closed or replaced (the window does, then restores). Returns when it
    was made and its size; InputRefused otherwise (not a backup, cut short, a wrong
    password or recovery key)."""
    header, _ = read_header(source)
    _backup_key(header, user, password, recovery, None)
    return {"created_at": header.get("created_at"), "bytes": header["db_bytes"]}


def restore(source, db_path, clock: Clock = SYSTEM, *, current=None, user: str | None = None,
            password: str | None = None, recovery: str | None = None,
            key: bytes | None = None) -> dict:
    """Replace the database at `db_path` with the backup `source`, keeping the previous one.

    The backup opens only with a password of the database it came from (`user`,
    `password`: an enabled admin there) or its recovery key. It is checked first; the
    current database (`current`, the open handle of `db_path`, closed here) is kept
    beside it as an encrypted backup "<name>.before-restore-<time>.bak", so a wrong
    restore can be undone with `xaso restore` too. `key` opens a backup directly
    (tests). Nothing is replaced if anything is refused.
    """
    source, db_path = Path(source), Path(db_path)
    header, offset = read_header(source)
    backup_key = _backup_key(header, user, password, recovery, key)
    tmp = db_path.with_name(f".{db_path.name}.restoring")
    leftovers = [tmp, *sqlite_companions(tmp)]
    remove_quietly(*leftovers)
    try:
        private_dir(db_path.parent)
        extract_database(source, header, offset, tmp)
        verify_database(tmp, backup_key, source)
        actor = _restoring_admin(tmp, backup_key, user, password, recovery)
        previous = None
        if current is not None:
            previous = db_path.with_name(f"{db_path.stem}.before-restore-{clock.stamp()}.bak")
            keys = (KeyRing.load(db_path).document()
                    if current.key is not None and key_file(db_path).exists() else None)
            write_backup(current.conn, current.key, keys, previous, clock)
            current.conn.close()
        elif db_path.exists() and db_path.stat().st_size > 0:
            if key_file(db_path).exists() or is_encrypted(db_path):
                raise InputRefused.of("db_locked", path=str(db_path))
            previous = db_path.with_name(f"{db_path.stem}.before-restore-{clock.stamp()}.bak")
            plain = connect(db_path)  # a plain database (tests): a plain copy
            try:
                write_backup(plain, None, None, previous, clock)
            finally:
                plain.close()
        for companion in sqlite_companions(db_path):
            remove_quietly(companion)
        if header.get("keys"):
            KeyRing(header["keys"]).save(tmp)
            os.replace(key_file(tmp), key_file(db_path))
        os.replace(tmp, db_path)
    finally:
        remove_quietly(*leftovers, key_file(tmp))
    restored = open_database(db_path, clock=clock, key=backup_key)
    try:
        with write(restored, actor) as tx:
            tx.audit("restore", None, None, {"file": source.name})
    finally:
        restored.conn.close()
    return {"ok": True, "restored_from": str(source), "db": str(db_path),
            "previous": str(previous) if previous else None}


def _restoring_admin(path: Path, key, user, password, recovery) -> str | None:
    """The user id of the admin restoring with a password (checked inside the
    backup); None with the recovery key or for a backup made without users."""
    if recovery or not password:
        return None
    conn = connect(path, key, readonly=True)
    try:
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'accounts'").fetchone():
            return None
        login = login_of(conn, user or "admin")
    finally:
        conn.close()
    require(login, "admin")
    return login.user_id
