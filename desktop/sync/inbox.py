"""The import history of what was turned away: refused bundles, and held ones.

Kept in `sync_inbox`, outside the record tables, so the hub's staff see every bundle
that did not merge and why. A held bundle keeps its bytes (still encrypted to this
hub) until a person approves or denies its device. Nothing personal is stored: the
reason code and its parameters, with any value of a field replaced by "…".
"""

import json
import sqlite3

from desktop.db.writer import write
from desktop.domain.errors import InputRefused
from desktop.sync.container import BundleRefused, Limits, refuse


class BundleHeld(BundleRefused):
    """A bundle from a device this hub has not enrolled: kept, not merged."""


def _safe(params: dict) -> dict:
    out = {}
    for k, v in params.items():
        if k == "value":
            v = "…"
        out[k] = v if isinstance(v, (str, int, float, bool, type(None))) else str(v)
    return out


def detail_of(exc: BundleRefused) -> list[dict]:
    """The problems of a refusal as storable data (no personal values)."""
    return [{"code": p.code, "field": p.field, "params": _safe(p.params)} for p in exc.problems]


def record_refusal(db, name: str, exc: BundleRefused, info: dict) -> None:
    """Add a refused bundle to the history (its own small transaction). Never raises:
    a history that cannot be written must not hide the refusal itself."""
    try:
        with write(db) as tx:
            tx.conn.execute(
                "INSERT INTO sync_inbox(at, file, bundle_id, device_id, commune_code, "
                "fingerprint, bundle_seq, status, reason, detail) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, 'refused', ?, ?)",
                (tx.stamp.at, name[:500], info.get("bundle_id"), info.get("device_id"),
                 info.get("commune_code"), info.get("fingerprint"), info.get("seq"), exc.code,
                 json.dumps(detail_of(exc), ensure_ascii=False)))
            tx.audit("bundle_refused", "bundle", info.get("bundle_id"),
                     {"file": name[:200], "reason": exc.code, "device_id": info.get("device_id")})
    except (InputRefused, sqlite3.Error):
        pass


def hold(tx, name: str, data: bytes, info: dict, reason: BundleHeld,
         limits: Limits) -> bool:
    """Keep a bundle of an unknown device (inside `tx`). Returns False if the same
    bundle was already held; refuses once the device has too many bundles waiting."""
    conn = tx.conn
    if conn.execute("SELECT 1 FROM sync_inbox WHERE bundle_id = ? AND status = 'held'",
                    (info["bundle_id"],)).fetchone():
        return False
    waiting = conn.execute("SELECT count(*) FROM sync_inbox WHERE device_id = ? AND "
                           "status = 'held'", (info["device_id"],)).fetchone()[0]
    if waiting >= limits.held_per_device:
        raise refuse("bundle_held_full", device=info["device_id"], count=waiting)
    stored = conn.execute("SELECT coalesce(sum(length(data)), 0) FROM sync_inbox "
                          "WHERE status = 'held'").fetchone()[0]
    if stored + len(data) > limits.held_total_bytes:
        raise refuse("bundle_over_cap", what="held bundles", size=stored + len(data),
                     limit=limits.held_total_bytes)
    conn.execute(
        "INSERT INTO sync_inbox(at, file, bundle_id, device_id, commune_code, fingerprint, "
        "bundle_seq, status, reason, detail, data) VALUES (?, ?, ?, ?, ?, ?, ?, 'held', ?, ?, ?)",
        (tx.stamp.at, name[:500], info["bundle_id"], info["device_id"], info["commune_code"],
         info["fingerprint"], info["seq"], reason.code,
         json.dumps(detail_of(reason), ensure_ascii=False), bytes(data)))
    tx.audit("bundle_held", "bundle", info["bundle_id"],
             {"file": name[:200], "reason": reason.code, "device_id": info["device_id"],
              "commune_code": info["commune_code"], "fingerprint": info["fingerprint"]})
    return True


def held_bundles(conn, device_id: str):
    """(inbox seq, file name, bytes) of a device's held bundles, in sequence order,
    read one at a time (each may be tens of megabytes)."""
    entries = conn.execute("SELECT seq, file FROM sync_inbox WHERE device_id = ? AND "
                           "status = 'held' ORDER BY bundle_seq, seq", (device_id,)).fetchall()
    for seq, name in entries:
        row = conn.execute("SELECT data FROM sync_inbox WHERE seq = ?", (seq,)).fetchone()
        if row and row[0] is not None:
            yield seq, name, row[0]


def turned_away(conn, limit: int = 200) -> list[dict]:
    """Refused and held bundles, newest first, shaped like import reports."""
    out = []
    for r in conn.execute(
            "SELECT at, file, bundle_id, device_id, commune_code, fingerprint, bundle_seq, "
            "status, reason, detail FROM sync_inbox ORDER BY seq DESC LIMIT ?", (limit,)):
        at, name, bundle_id, device, commune, fp, seq, status, reason, detail = r
        out.append({"file": name or "", "status": status, "reason": reason,
                    "bundle_id": bundle_id, "device_id": device, "commune_code": commune,
                    "fingerprint": fp, "seq": seq, "imported_at": at, "totals": {},
                    "problems": json.loads(detail or "[]")})
    return out
