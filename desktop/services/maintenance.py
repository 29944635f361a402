"""Keeping the database healthy: integrity and consistency checks, backup, restore."""

import datetime as dt
import sqlite3
from pathlib import Path

from desktop.db.connection import APP_ID, connect
from desktop.db.migrations import LATEST
from desktop.db.writer import clock_of
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
    """Copy the live database to `out` through SQLite's backup API, then verify the copy."""
    out = Path(out)
    source = Path(db.conn.execute("PRAGMA database_list").fetchone()[2] or "")
    if source and out.exists() and out.resolve() == source.resolve():
        raise InputRefused.of("backup_same_file", "out", path=str(out))
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".partial")
    dest = sqlite3.connect(str(partial))
    try:
        db.conn.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()
    _verify(partial)
    partial.replace(out)  # the finished copy appears at once, never half-written
    return {"ok": True, "file": str(out), "bytes": out.stat().st_size}


def _verify(path: Path) -> int:
    """Check a backup file is a whole Xã Số database we can open; return its schema."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise InputRefused.of("backup_invalid", "file", path=str(path), detail=str(exc)) from exc
    if app_id != APP_ID:
        raise InputRefused.of("backup_invalid", "file", path=str(path), detail="not Xã Số")
    if version > LATEST:
        raise InputRefused.of("backup_invalid", "file", path=str(path),
                              detail=f"schema {version} > {LATEST}")
    if result != "ok":
        raise InputRefused.of("backup_invalid", "file", path=str(path), detail=result)
    return version


def restore(source, db_path, clock: Clock = SYSTEM) -> dict:
    """Replace the database at `db_path` with the backup `source`, keeping the previous file.

    The backup is verified first; the current database is copied (backup API) to
    "<name>.before-restore-<time>.db" beside it, so a wrong restore can be undone.
    """
    source, db_path = Path(source), Path(db_path)
    if not source.exists():
        raise InputRefused.of("file_missing", "file", path=str(source))
    _verify(source)
    previous = None
    if db_path.exists():
        stamp = clock.stamp()
        previous = db_path.with_name(f"{db_path.stem}.before-restore-{stamp}.db")
        current = connect(db_path)
        keep = sqlite3.connect(str(previous))
        try:
            current.backup(keep)
        finally:
            keep.close()
            current.close()
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dest = connect(db_path)
    try:
        src.backup(dest)
    finally:
        src.close()
        dest.close()
    return {"ok": True, "restored_from": str(source), "db": str(db_path),
            "previous": str(previous) if previous else None}
