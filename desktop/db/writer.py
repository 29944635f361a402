"""The single write path: one transaction per save, stamped with one clock value.

Every row written in a transaction gets the same hybrid-logical-clock value and the
same local revision number. Field clocks are kept per row: `created_hlc` for fields
set at creation, and `field_hlc` (JSON) for fields changed since, so sync can merge
edits field by field. Every change also appends to the audit log.

The audit log says what changed, when and by whom. Personal values stay in it only
while undo may still need them (desktop/db/audit.py: the newest UNDO_STEPS saves,
never past a barrier such as a merge): an `insert` entry is {field: value} and an
`update` entry {field: [old, new]} until then; after that each becomes {field: null},
the names of the fields and nothing else. Erasure of a person
(desktop/services/privacy.py) scrubs their entries at once.
"""

import json
from contextlib import contextmanager
from dataclasses import dataclass

from desktop.db import audit
from desktop.db.meta import set_meta
from desktop.domain.clock import SYSTEM, Clock
from desktop.domain.errors import InputRefused
from desktop.domain.hlc import HybridClock, Timestamp
from desktop.domain.ids import new_id
from desktop.domain.kinds import TABLE_KINDS

# The entry of an insert or an update with its values replaced by null.
SCRUB_SQL = ("UPDATE audit_log SET changes = (SELECT json_group_object(key, NULL) "
             "FROM json_each(audit_log.changes)) WHERE action IN ('insert', 'update') "
             "AND changes IS NOT NULL AND json_valid(changes)")

# Columns managed here, never copied from input.
SYSTEM_COLUMNS = ("id", "commune_code", "created_at", "updated_at", "device_id", "actor_id",
                  "created_hlc", "hlc", "field_hlc", "rev", "deleted")


@dataclass(frozen=True)
class Stamp:
    """When, where and by whom a transaction writes."""

    hlc: str
    rev: int
    at: str
    device_id: str
    actor_id: str | None
    commune_code: str | None


def _literal(value) -> str:
    """A stamp value as SQL text (our own clock, ids and times: no user input)."""
    if value is None:
        return "NULL"
    if isinstance(value, int):
        return str(int(value))
    return "'" + str(value).replace("'", "''") + "'"


def _jsonable(value):
    return value if value is None or isinstance(value, (str, int, float)) else str(value)


class Transaction:
    """Writes inside one open transaction. Obtained from `write()`.

    `touched` collects {kind: ids} of every record written, so the service can say
    what changed (desktop/services/changes.py); a bulk insert records None for "many".
    """

    def __init__(self, conn, stamp: Stamp):
        self.conn = conn
        self.stamp = stamp
        self.touched: dict[str, set] = {}

    def _touch(self, kind: str, record_id: str | None) -> None:
        self.touched.setdefault(kind, set()).add(record_id)

    def insert(self, kind: str, table: str, values: dict, record_id: str | None = None,
               commune_code: str | None = None, audit: bool = True) -> str:
        """Insert a new record; return its id."""
        s = self.stamp
        rid = record_id or new_id()
        row = {"id": rid, "commune_code": commune_code or s.commune_code,
               "created_at": s.at, "updated_at": s.at, "device_id": s.device_id,
               "actor_id": s.actor_id, "created_hlc": s.hlc, "hlc": s.hlc,
               "field_hlc": None, "rev": s.rev, "deleted": 0, **values}
        cols = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        self.conn.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", tuple(row.values()))
        self._touch(kind, rid)
        if audit:
            self.audit("insert", kind, rid, {k: _jsonable(v) for k, v in values.items()})
        return rid

    def insert_many(self, table: str, columns: tuple[str, ...], rows) -> int:
        """Bulk-insert new records (bulk paths: demo data, imports); return the count.

        `rows` yields (id, *values for `columns`). Every row gets this transaction's
        stamp; the caller writes one summary audit entry instead of one per row.
        """
        s = self.stamp
        # the stamp is the same for every row: written once into the statement, so the
        # rows go to SQLite as they come (a million rows need no new tuples)
        common = (s.commune_code, s.at, s.at, s.device_id, s.actor_id, s.hlc, s.hlc, None, s.rev, 0)
        names = ("id", *columns, "commune_code", "created_at", "updated_at", "device_id",
                 "actor_id", "created_hlc", "hlc", "field_hlc", "rev", "deleted")
        marks = ["?"] * (1 + len(columns)) + [_literal(v) for v in common]
        sql = f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join(marks)})"
        count = max(0, self.conn.executemany(sql, rows).rowcount)
        if count:
            self._touch(TABLE_KINDS.get(table, table), None)
        return count

    def update(self, kind: str, table: str, record_id: str, changes: dict,
               audit: bool = True, current: dict | None = None) -> dict:
        """Change some fields of a record; return {field: [old, new]} of what changed.

        `current` is the row as the caller just read it inside this transaction.
        """
        if current is None:
            cur = self.conn.execute(f"SELECT * FROM {table} WHERE id = ?", (record_id,))
            names = [d[0] for d in cur.description]
            row = cur.fetchone()
            if row is None:
                raise KeyError(record_id)
            current = dict(zip(names, row))
        diff = {k: [current.get(k), v] for k, v in changes.items() if current.get(k) != v}
        if not diff:
            return {}
        s = self.stamp
        clocks = json.loads(current["field_hlc"] or "{}")
        clocks.update({k: s.hlc for k in diff})
        sets = {**{k: v[1] for k, v in diff.items()}, "field_hlc": json.dumps(clocks, sort_keys=True),
                "hlc": s.hlc, "rev": s.rev, "updated_at": s.at, "device_id": s.device_id,
                "actor_id": s.actor_id}
        assignments = ", ".join(f"{k} = ?" for k in sets)
        self.conn.execute(f"UPDATE {table} SET {assignments} WHERE id = ?",
                          (*sets.values(), record_id))
        self._touch(kind, record_id)
        if audit:
            self.audit("update", kind, record_id,
                       {k: [_jsonable(a), _jsonable(b)] for k, (a, b) in diff.items()})
        return diff

    def delete(self, kind: str, table: str, record_id: str) -> bool:
        """Tombstone a record: it stays, marked deleted, so the delete can travel."""
        diff = self.update(kind, table, record_id, {"deleted": 1}, audit=False)
        if diff:
            self.audit("delete", kind, record_id, {})
        return bool(diff)

    def delete_many(self, kind: str, table: str, record_ids) -> int:
        """Tombstone many records as `delete` does each (bulk paths: demo data); return
        how many were live. A record without field clocks yet, the usual case, gets
        its tombstone in one statement per batch; others go through `delete`."""
        s = self.stamp
        clocks = json.dumps({"deleted": s.hlc}, sort_keys=True)
        done = 0
        ids = list(record_ids)
        for start in range(0, len(ids), 500):
            batch = ids[start:start + 500]
            rows = self.conn.execute(
                f"SELECT id, field_hlc FROM {table} WHERE deleted = 0 AND id IN "
                f"({', '.join('?' for _ in batch)}) ORDER BY rowid", batch).fetchall()
            plain = [rid for rid, field_hlc in rows if field_hlc is None]
            self.conn.executemany(
                f"UPDATE {table} SET deleted = 1, field_hlc = ?, hlc = ?, rev = ?, "
                f"updated_at = ?, device_id = ?, actor_id = ? WHERE id = ?",
                [(clocks, s.hlc, s.rev, s.at, s.device_id, s.actor_id, rid) for rid in plain])
            self.conn.executemany(
                "INSERT INTO audit_log(at, hlc, device_id, actor_id, action, kind, record_id, "
                "changes) VALUES (?, ?, ?, ?, 'delete', ?, ?, '{}')",
                [(s.at, s.hlc, s.device_id, s.actor_id, kind, rid) for rid in plain])
            for rid in plain:
                self._touch(kind, rid)
            done += len(plain) + sum(self.delete(kind, table, rid) for rid, field_hlc in rows
                                     if field_hlc is not None)
        return done

    def audit(self, action: str, kind: str | None, record_id: str | None, changes) -> None:
        """Append one entry to the audit log."""
        s = self.stamp
        self.conn.execute(
            "INSERT INTO audit_log(at, hlc, device_id, actor_id, action, kind, record_id, changes) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (s.at, s.hlc, s.device_id, s.actor_id, action, kind, record_id,
             json.dumps(changes, ensure_ascii=False, sort_keys=True) if changes is not None else None))


def scrub_audit(conn, mark: int) -> None:
    """Remove the values from audit entries that undo can no longer reach (caller
    holds the write transaction). A watermark in meta (`mark`: its value, read with
    the rest of the save's meta) makes each entry scrubbed once.
    """
    limit = audit.reach(conn, floor=mark) - 1
    if limit <= mark:
        return
    conn.execute(SCRUB_SQL + " AND seq > ? AND seq <= ?", (mark, limit))
    set_meta(conn, "audit_scrubbed", limit)


def clock_of(db) -> Clock:
    """The clock a database handle carries (the system clock for a bare connection)."""
    return getattr(db, "clock", None) or SYSTEM


def _next_stamp(conn, meta: dict, clock: Clock) -> tuple[int, Timestamp]:
    """This save's local revision and its tick of the database's hybrid logical clock,
    both kept in meta by one statement (every save pays for it; caller holds the
    write lock)."""
    rev = int(meta.get("rev") or 0) + 1
    device_id = meta["device_id"]
    hlc = HybridClock(device_id, Timestamp.load(meta.get("hlc"), device_id),
                      now_ms=clock.now_ms).tick()
    conn.execute("INSERT INTO meta(key, value) VALUES ('rev', ?), ('hlc', ?) "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (str(rev), str(hlc)))
    return rev, hlc


def _owner(meta: dict) -> str:
    """The commune code new records carry. A hub's own records (trainings, targets for
    all its communes) carry its province code, or "hub": a code no commune has."""
    return meta.get("commune_code") or meta.get("province_code") or "hub"


@contextmanager
def write(db, actor_id: str | None = None):
    """Open one write transaction: all of it lands, or none of it does.

    The actor defaults to the user logged in on the handle (`db.actor_id`), else
    the database's staff user; a database not set up yet is
    refused (InputRefused "no_commune"). The time comes from the handle's clock
    (`db.clock`), so tests control it.

    BEGIN IMMEDIATE takes the write lock at once, so two writers (the GUI and a
    worker, or two processes) queue on the busy timeout instead of deadlocking.
    """
    conn = db.conn
    if conn.in_transaction:
        raise RuntimeError("nested write transaction")
    conn.execute("BEGIN IMMEDIATE")
    try:
        meta = dict(conn.execute("SELECT key, value FROM meta WHERE key IN ('device_id', "
                                 "'commune_code', 'province_code', 'hlc', 'rev', "
                                 "'default_actor', 'audit_scrubbed')"))
        if "device_id" not in meta:
            raise InputRefused.of("no_commune")
        device_id = meta["device_id"]
        clock = clock_of(db)
        rev, hlc = _next_stamp(conn, meta, clock)
        stamp = Stamp(str(hlc), rev, clock.now_iso(), device_id,
                      actor_id or getattr(db, "actor_id", None) or meta.get("default_actor"),
                      _owner(meta))
        yield Transaction(conn, stamp)
        scrub_audit(conn, int(meta.get("audit_scrubbed") or 0))
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
