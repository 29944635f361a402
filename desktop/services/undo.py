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

from desktop.db.meta import get_meta
from desktop.db.writer import write
from desktop.domain.errors import InputRefused
from desktop.domain.kinds import DETAIL_TABLES, KINDS
from desktop.services.changes import Changes

# what a person saves or deletes in the app; setup rows (the staff user) are not undone
UNDOABLE_KINDS = {"hamlet", "member", "household", "resident", "visit", "training",
                  "bridge_point", "attendance", "event", "target", "stage_change",
                  "visit_member"}
RECORD_ACTIONS = ("insert", "update", "delete")
# work that changes records without an entry per row: nothing before it is undone
BARRIERS = {"demo", "bundle_import", "restore"}
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


def _group(conn, hlc: str) -> dict:
    """A summary of the audit group written with clock value `hlc`."""
    first, at, size, actions = conn.execute(
        "SELECT min(seq), min(at), sum(action IN ('insert', 'update', 'delete')), "
        "group_concat(DISTINCT action) FROM audit_log WHERE hlc = ?", (hlc,)).fetchone()
    kinds = {r[0] for r in conn.execute(
        "SELECT DISTINCT kind FROM audit_log WHERE hlc = ? AND action IN "
        "('insert', 'update', 'delete')", (hlc,))}
    return {"first": first, "at": at, "size": size or 0,
            "actions": set((actions or "").split(",")), "kinds": kinds}


def last_step(db) -> UndoStep | None:
    """The save, delete or import that Ctrl+Z would undo now, or None."""
    conn = db.conn
    device_id = get_meta(conn, "device_id")
    if not device_id:
        return None
    undone: set[str] = set()
    before = None
    while True:
        row = conn.execute(
            "SELECT seq, hlc FROM audit_log WHERE device_id = ? AND hlc IS NOT NULL "
            + ("AND seq < ? " if before is not None else "") + "ORDER BY seq DESC LIMIT 1",
            (device_id, before) if before is not None else (device_id,)).fetchone()
        if row is None:
            return None
        hlc = row[1]
        group = _group(conn, hlc)
        before = group["first"]
        if "undo" in group["actions"]:
            undone.update(json.loads(r[0] or "{}").get("undone", "") for r in conn.execute(
                "SELECT changes FROM audit_log WHERE hlc = ? AND action = 'undo'", (hlc,)))
            continue
        if hlc in undone:
            continue
        if group["actions"] & BARRIERS:
            return None  # a merge or demo data came after: undo stops there
        if not group["size"]:
            continue  # a log line only (a report or an export written)
        if not group["kinds"] <= UNDOABLE_KINDS:
            return None  # setup, or changes made by sync: not the user's last save
        action, kind, record_id = conn.execute(
            "SELECT action, kind, record_id FROM audit_log WHERE hlc = ? AND action IN "
            "('insert', 'update', 'delete') ORDER BY seq LIMIT 1", (hlc,)).fetchone()
        return UndoStep(hlc, group["at"], action, kind, record_id, group["size"])


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
