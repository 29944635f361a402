"""Devices waiting for a person: `xaso trust pending`, `approve`, `deny`.

A bundle from a device the hub has not enrolled is held (desktop/sync/inbox.py) and
its device listed as pending, with the commune it claims and its key fingerprint.
Hub staff confirm the fingerprint with the commune by phone, then approve (the
device is enrolled for the commune it claimed and its held bundles are merged, each
checked like any other) or deny (its keys are refused from then on and its held
bundles dropped).
"""

from desktop.db.writer import write
from desktop.sync.container import BundleRefused, refuse
from desktop.sync.importer import import_bundle
from desktop.sync.inbox import held_bundles
from desktop.sync.trust import list_trust, revoke_keys, trust_row


def pending_devices(db) -> list[dict]:
    """Devices waiting for approval, each with its held bundles and their reasons."""
    out = []
    for row in list_trust(db, "pending"):
        held = db.conn.execute(
            "SELECT count(*), group_concat(DISTINCT reason) FROM sync_inbox "
            "WHERE device_id = ? AND status = 'held'", (row["device_id"],)).fetchone()
        out.append({**row, "held": held[0], "reasons": (held[1] or "").split(",") if held[1]
                    else []})
    return out


def _pending(conn, device_id: str) -> dict:
    row = trust_row(conn, device_id)
    if row is None or row["role"] != "device":
        raise refuse("trust_unknown_device", device=device_id)
    if row["status"] != "pending":
        raise refuse("trust_not_pending", device=device_id, status=row["status"])
    return row


def approve(db, device_id: str, actor_id: str | None = None) -> dict:
    """Enroll a pending device for the commune it claimed, then merge its held
    bundles in sequence order. Returns the device and one report per bundle (a
    bundle refused now is reported, and recorded, like any refusal)."""
    with write(db, actor_id) as tx:
        row = _pending(tx.conn, device_id)
        tx.conn.execute("UPDATE sync_trust SET status = 'trusted', enrolled_by = 'approved', "
                        "enrolled_at = ? WHERE device_id = ?", (tx.stamp.at, device_id))
        tx.audit("trust_approve", "device", device_id,
                 {"fingerprint": row["fingerprint"], "commune_code": row["commune_code"]})
    reports = []
    for seq, name, data in held_bundles(db.conn, device_id):
        held = [data]
        del data
        try:
            reports.append(import_bundle(db, held.pop(), name or "", actor_id))
        except BundleRefused as exc:
            reports.append({"file": name or "", "status": "refused", "reason": exc.code,
                            "error": exc})
        with write(db, actor_id) as tx:
            tx.conn.execute("UPDATE sync_inbox SET status = 'released', data = NULL "
                            "WHERE seq = ?", (seq,))
    return {**row, "status": "trusted", "enrolled_by": "approved", "bundles": reports}


def deny(db, device_id: str, actor_id: str | None = None) -> dict:
    """Refuse a pending device: its keys are refused from now on, under any device
    id, and its held bundles are dropped (the history keeps that they came)."""
    with write(db, actor_id) as tx:
        row = _pending(tx.conn, device_id)
        revoke_keys(tx.conn, row, "denied", tx.stamp.at)
        tx.conn.execute("UPDATE sync_trust SET status = 'denied', revoked_at = ? "
                        "WHERE device_id = ?", (tx.stamp.at, device_id))
        dropped = tx.conn.execute("UPDATE sync_inbox SET status = 'denied', data = NULL "
                                  "WHERE device_id = ? AND status = 'held'",
                                  (device_id,)).rowcount
        tx.audit("trust_deny", "device", device_id,
                 {"fingerprint": row["fingerprint"], "commune_code": row["commune_code"],
                  "dropped": dropped})
    return {**row, "status": "denied", "dropped": dropped}
