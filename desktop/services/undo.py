"""Undo of the last save, delete or import, whole, and itself recorded like any change.

A save writes all its audit entries with one clock value (`hlc`), however many rows
it touched (one visit, or an import of thousands of households). Undo finds the newest
such group written on this device that is not an undo and has not been undone, and
writes its inverse in one new transaction: inserted records are tombstoned, changed
fields get their old values back, deleted records come back. An "undo" audit entry in
the same transaction names the group it reverses, so a second Ctrl+Z goes one step
further back instead of redoing.

Undo is whole or refused: a group is read and reversed entirely (the audit index on
`hlc` finds it at once, whatever its size), and a group too large to reverse in one
go is refused with a reason, changing nothing.
"""

import json
from dataclasses import dataclass, field

from desktop.db import audit
from desktop.db.audit import RECORD_ACTIONS
from desktop.db.meta import get_meta
from desktop.db.writer import write
from desktop.domain.errors import InputRefused
from desktop.domain.kinds import DETAIL_TABLES, KINDS
from desktop.services.changes import Changes

# what a person saves or deletes in the app; setup rows (the staff user) are not undone
UNDOABLE_KINDS = {"hamlet", "member", "household", "resident", "visit", "training",
                  "bridge_point", "attendance", "event", "target", "stage_change",
                  "visit_member"}
# the most record changes one undo reverses; larger groups are refused whole
MAX_UNDO = 200_000


@dataclass(frozen=True)
class UndoStep:
    """One save, delete or import that can be undone."""

    hlc: str
    at: str
    action: str      # the main action: "insert", "update" or "delete"
    kind: str        # the kind of the main record
    record_id: str | None
    size: int        # how many record changes it made
    changes: Changes = field(default_factory=Changes)  # set once undone: what undo changed


def _table(kind: str) -> str | None:
    if kind in KINDS:
        return KINDS[kind].table
    return DETAIL_TABLES.get(kind)


def last_step(db) -> UndoStep | None:
    """The save, delete or import that Ctrl+Z would undo now, or None (nothing, or only
    what lies beyond undo's reach: desktop/db/audit.py)."""
    conn = db.conn
    device_id = get_meta(conn, "device_id")
    if not device_id:
        return None
    undone: set[str] = set()
    steps = 0
    # entries at or below the scrub's watermark have lost their values: out of reach
    scrubbed = int(get_meta(conn, "audit_scrubbed", "0"))
    for hlc, first, actions in audit.groups(conn, device_id, scrubbed):
        if actions is None:
            return None
        if actions & set(audit.UNDO_BARRIERS):
            return None  # a merge, demo data or an erasure came after: undo stops there
        if "undo" in actions:
            undone.update(json.loads(r[0] or "{}").get("undone", "") for r in conn.execute(
                "SELECT changes FROM audit_log WHERE hlc = ? AND action = 'undo'", (hlc,)))
            steps += 1
            continue
        if not actions & set(RECORD_ACTIONS):
            continue  # a log line only (a report or an export written)
        steps += 1
        if steps > audit.UNDO_STEPS:
            return None
        if hlc in undone:
            continue
        at, size = conn.execute(
            "SELECT min(at), sum(action IN ('insert', 'update', 'delete')) FROM audit_log "
            "WHERE hlc = ?", (hlc,)).fetchone()
        kinds = {r[0] for r in conn.execute(
            "SELECT DISTINCT kind FROM audit_log WHERE hlc = ? AND action IN "
            "('insert', 'update', 'delete')", (hlc,))}
        if not kinds <= UNDOABLE_KINDS:
            return None  # setup, or changes made by sync: not the user's last save
        action, kind, record_id = conn.execute(
            "SELECT action, kind, record_id FROM audit_log WHERE hlc = ? AND action IN "
            "('insert', 'update', 'delete') ORDER BY seq LIMIT 1", (hlc,)).fetchone()
        return UndoStep(hlc, at, action, kind, record_id, size)
    return None


def undo_last(db, actor: str | None = None) -> UndoStep | None:
    """Reverse the last save, delete or import whole, in one transaction; return what
    was undone (its `changes` say what the undo itself changed).

    Returns None when there is nothing to undo. Raises InputRefused "undo_too_large",
    changing nothing, for a group of more than MAX_UNDO record changes.
    """
    step = last_step(db)
    if step is None:
        return None
    if step.size > MAX_UNDO:
        raise InputRefused.of("undo_too_large", count=step.size, limit=MAX_UNDO)
    with write(db, actor) as tx:
        # newest first, so a visit's stage moves are reversed before the visit itself
        entries = tx.conn.execute(
            "SELECT action, kind, record_id, changes FROM audit_log WHERE hlc = ? "
            "AND action IN ('insert', 'update', 'delete') ORDER BY seq DESC",
            (step.hlc,)).fetchall()
        for action, kind, record_id, changes in entries:
            table = _table(kind)
            if table is None or record_id is None:
                continue
            if action == "insert":
                tx.delete(kind, table, record_id)
            elif action == "update":
                old = {name: pair[0] for name, pair in json.loads(changes or "{}").items()
                       if isinstance(pair, list) and len(pair) == 2}
                if old:
                    tx.update(kind, table, record_id, old)
            else:
                tx.update(kind, table, record_id, {"deleted": 0})
        tx.audit("undo", step.kind, step.record_id, {"undone": step.hlc})
    return UndoStep(step.hlc, step.at, step.action, step.kind, step.record_id, step.size,
                    Changes.of(tx.touched, tx.stamp.hlc))
