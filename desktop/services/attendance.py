"""Taking attendance: who came to a session, marked one by one or a bridge point at once.

Each mark is one save with its own undo step; "all present at this bridge point" is
one save too, so one Ctrl+Z takes it back whole.
"""

from desktop.db.writer import clock_of, write
from desktop.domain.kinds import clean_record, get_kind
from desktop.services.changes import Changes, Saved
from desktop.services.records import save_changes
from desktop.services.refs import require_row

_ROWS = ("SELECT a.id, a.full_name, a.full_name_key, a.unit, a.position, a.status, "
         "a.bridge_point_id, bp.name AS bridge_point FROM live_attendance a "
         "LEFT JOIN live_bridge_points bp ON bp.id = a.bridge_point_id ")


def _dicts(cur) -> list[dict]:
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur]


def participants(db, training_id: str) -> list[dict]:
    """Everyone registered for a session, by name (diacritics ignored), with their
    bridge point's id and name and their status."""
    return _dicts(db.conn.execute(_ROWS + "WHERE a.training_id = ? ORDER BY a.full_name_key, "
                                  "a.id", (training_id,)))


def participant_rows(db, ids) -> list[dict]:
    """The same rows for some participants (deleted ones are left out)."""
    ids = list(ids)
    if not ids:
        return []
    marks = ", ".join("?" for _ in ids)
    return _dicts(db.conn.execute(_ROWS + f"WHERE a.id IN ({marks})", ids))


def set_status(db, ids, status: str, actor: str | None = None) -> Saved:
    """Mark participants present, absent or excused, in one save; those already so are
    left as they are. Returns {"status", "changed": [ids]} with `.changes`."""
    kind = get_kind("attendance")
    today = clock_of(db).today()
    clean = clean_record(kind, {"status": status}, today, partial=True)
    changed = []
    with write(db, actor) as tx:
        for record_id in ids:
            current = require_row(tx.conn, "attendance", record_id)
            if current["status"] != clean["status"]:
                save_changes(tx, kind, current, clean, today, {"status": status})
                changed.append(record_id)
    return Saved({"status": clean["status"], "changed": changed},
                 Changes.of(tx.touched, tx.stamp.hlc))


def present_at(db, training_id: str, bridge_point_id: str, actor: str | None = None) -> Saved:
    """Everyone at one bridge point present, except those excused (who said they would
    not come): one save, one undo step."""
    ids = [r[0] for r in db.conn.execute(
        "SELECT id FROM live_attendance WHERE training_id = ? AND bridge_point_id = ? "
        "AND status NOT IN ('present', 'excused')", (training_id, bridge_point_id))]
    return set_status(db, ids, "present", actor)

