"""Undo of the last save or delete, itself recorded like any other change.

A save writes all its audit entries with one clock value (`hlc`). Undo finds the
newest such group written on this device that is not an undo and has not been undone,
and writes its inverse in one new transaction: inserted records are tombstoned,
changed fields get their old values back, deleted records come back. An "undo" audit
entry in the same transaction names the group it reverses, so a second Ctrl+Z goes one
step further back instead of redoing.
"""

import json
from dataclasses import dataclass

from desktop.db.meta import get_meta
from desktop.db.writer import write
from desktop.domain.kinds import KINDS

# audit kinds that are not record kinds of the registry
EXTRA_TABLES = {"stage_change": "stage_changes", "visit_member": "visit_members"}
# what a person saves or deletes in the app; setup rows (the staff user) are not undone
UNDOABLE_KINDS = {"hamlet", "member", "household", "resident", "visit", "training",
                  "bridge_point", "attendance", "event", "target", "stage_change",
                  "visit_member"}
RECORD_ACTIONS = {"insert", "update", "delete"}
# work that changes records without an entry per row: nothing before it is undone
BARRIERS = {"demo", "bundle_import", "restore"}
SCAN_LIMIT = 500


@dataclass(frozen=True)
class UndoStep:
    """One save or delete that can be undone."""

    hlc: str
    at: str
    action: str      # the main action: "insert", "update" or "delete"
    kind: str        # the kind of the main record
    record_id: str
    entries: tuple   # (action, kind, record_id, changes) in the order written


def _table(kind: str) -> str | None:
    if kind in KINDS:
        return KINDS[kind].table
    return EXTRA_TABLES.get(kind)


def _groups(conn, device_id: str):
    """Audit groups of this device, newest first: (hlc, [rows])."""
    rows = conn.execute(
        "SELECT seq, at, hlc, action, kind, record_id, changes FROM audit_log "
        "WHERE device_id = ? AND hlc IS NOT NULL ORDER BY seq DESC LIMIT ?",
        (device_id, SCAN_LIMIT)).fetchall()
    groups: dict[str, list] = {}
    for row in rows:
        groups.setdefault(row[2], []).append(row)
    return groups.items()


def last_step(db) -> UndoStep | None:
    """The save or delete that Ctrl+Z would undo now, or None."""
    conn = db.conn
    device_id = get_meta(conn, "device_id")
    if not device_id:
        return None
    undone: set[str] = set()
    for hlc, rows in _groups(conn, device_id):
        undo_rows = [r for r in rows if r[3] == "undo"]
        if undo_rows:
            for r in undo_rows:
                undone.add(json.loads(r[6] or "{}").get("undone", ""))
            continue
        if hlc in undone:
            continue
        entries = tuple((r[3], r[4], r[5], json.loads(r[6]) if r[6] else {})
                        for r in sorted(rows, key=lambda r: r[0]))
        if {e[0] for e in entries} & BARRIERS:
            return None  # a merge or demo data came after: undo stops there
        changes = [e for e in entries if e[0] in RECORD_ACTIONS]
        if not changes:
            continue  # a log line only (a report or an export written)
        if not all(e[1] in UNDOABLE_KINDS for e in changes):
            return None  # setup, or changes made by sync: not the user's last save
        main = changes[0]
        return UndoStep(hlc, rows[0][1], main[0], main[1], main[2], entries)
    return None


def undo_last(db, actor: str | None = None) -> UndoStep | None:
    """Reverse the last save or delete in one transaction; return what was undone.

    Returns None when there is nothing to undo.
    """
    step = last_step(db)
    if step is None:
        return None
    with write(db, actor) as tx:
        for action, kind, record_id, changes in reversed(step.entries):
            table = _table(kind)
            if table is None or record_id is None or action not in RECORD_ACTIONS:
                continue
            if action == "insert":
                tx.delete(kind, table, record_id)
            elif action == "update":
                old = {field: pair[0] for field, pair in changes.items()
                       if isinstance(pair, list) and len(pair) == 2}
                if old:
                    tx.update(kind, table, record_id, old)
            elif action == "delete":
                tx.update(kind, table, record_id, {"deleted": 0})
        tx.audit("undo", step.kind, step.record_id, {"undone": step.hlc})
    return step
