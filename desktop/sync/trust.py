"""Who we accept bundles from: the hub's key on a commune, devices' keys on a hub.

Like SSH known_hosts: a hub trusts a commune laptop on its first bundle and from then
on refuses a bundle carrying that device id but signed by another key. A commune
accepts reference bundles only from the hub whose key file it imported (after the
fingerprint was confirmed by phone).
"""

import json
from dataclasses import dataclass
from pathlib import Path

from desktop.db.meta import get_meta, require_setup, set_meta
from desktop.db.writer import write
from desktop.sync.container import refuse
from desktop.sync.keys import PublicKeys, device_keys, fingerprint

HUB_KEY_FORMAT = "xaso-hub-key"
HUB_KEY_VERSION = 1
_TRUST_COLUMNS = ("device_id", "role", "commune_code", "device_name", "sign_public",
                  "box_public", "fingerprint", "first_seen_at", "last_seen_at", "status",
                  "revoked_at")


@dataclass(frozen=True)
class Signer:
    """The source of a bundle as its (verified) manifest names it."""

    device_id: str
    role: str
    commune_code: str | None
    device_name: str
    sign_public: str
    box_public: str

    @property
    def fingerprint(self) -> str:
        return fingerprint(bytes.fromhex(self.sign_public), bytes.fromhex(self.box_public))


def signer_of(manifest: dict) -> Signer:
    """The source block of a manifest, checked for shape."""
    src = manifest.get("source")
    try:
        signer = Signer(str(src["device_id"]), str(src["role"]), src.get("commune_code"),
                        str(src.get("device_name") or ""), str(src["sign_public"]),
                        str(src["box_public"]))
        if len(bytes.fromhex(signer.sign_public)) != 32 or len(bytes.fromhex(signer.box_public)) != 32:
            raise ValueError
    except (TypeError, KeyError, ValueError):
        raise refuse("bundle_damaged", detail="source") from None
    return signer


def trust_row(conn, device_id: str) -> dict | None:
    """The trust-list entry of `device_id`, or None."""
    cur = conn.execute(f"SELECT {', '.join(_TRUST_COLUMNS)} FROM sync_trust WHERE device_id = ?",
                       (device_id,))
    row = cur.fetchone()
    return dict(zip(_TRUST_COLUMNS, row)) if row else None


def check_signer(conn, signer: Signer, is_hub: bool) -> str:
    """Decide whether a bundle from `signer` may be merged here.

    Returns "new" (hub: trust on first use) or "known"; raises BundleRefused with the
    reason otherwise. Reads only: the caller records the decision in its transaction.
    """
    row = trust_row(conn, signer.device_id)
    if is_hub:
        if signer.role != "commune":
            raise refuse("bundle_not_from_commune", device=signer.device_id)
        if row is None:
            return "new"
    elif row is None or row["role"] != "hub":
        raise refuse("bundle_unknown_hub", device=signer.device_id, fingerprint=signer.fingerprint)
    if row["status"] == "revoked":
        raise refuse("bundle_revoked", device=signer.device_id)
    if row["sign_public"] != signer.sign_public or row["box_public"] != signer.box_public:
        raise refuse("bundle_key_changed", device=signer.device_id,
                     known=row["fingerprint"], found=signer.fingerprint)
    if is_hub and row["commune_code"] != signer.commune_code:
        raise refuse("bundle_commune_changed", device=signer.device_id,
                     known=row["commune_code"], found=signer.commune_code)
    return "known"


def record_signer(conn, signer: Signer, decision: str, now: str) -> None:
    """Remember a device after its first accepted bundle, or touch its last-seen time
    (inside the importing transaction; `now` is the transaction's time)."""
    if decision == "new":
        conn.execute(
            "INSERT INTO sync_trust(device_id, role, commune_code, device_name, sign_public, "
            "box_public, fingerprint, first_seen_at, last_seen_at, status) "
            "VALUES (?, 'device', ?, ?, ?, ?, ?, ?, ?, 'trusted')",
            (signer.device_id, signer.commune_code, signer.device_name, signer.sign_public,
             signer.box_public, signer.fingerprint, now, now))
    else:
        conn.execute("UPDATE sync_trust SET last_seen_at = ?, device_name = ? WHERE device_id = ?",
                     (now, signer.device_name or None, signer.device_id))


def list_trust(db) -> list[dict]:
    """Every known device and hub, newest first."""
    cur = db.conn.execute(f"SELECT {', '.join(_TRUST_COLUMNS)} FROM sync_trust "
                          "ORDER BY commune_code, first_seen_at")
    return [dict(zip(_TRUST_COLUMNS, r)) for r in cur.fetchall()]


def revoke(db, device_id: str, forget: bool = False, actor_id: str | None = None) -> dict:
    """Stop accepting bundles from `device_id` (and stop encrypting to it).

    With `forget`, the entry is removed instead, so that device's next bundle is
    trusted anew (a laptop reinstalled with new keys but the same database).
    """
    with write(db, actor_id) as tx:
        row = trust_row(tx.conn, device_id)
        if row is None:
            raise refuse("trust_unknown_device", device=device_id)
        if forget:
            tx.conn.execute("DELETE FROM sync_trust WHERE device_id = ?", (device_id,))
            if get_meta(tx.conn, "sync_hub_device") == device_id:
                set_meta(tx.conn, "sync_hub_device", None)
        else:
            tx.conn.execute("UPDATE sync_trust SET status = 'revoked', revoked_at = ? "
                            "WHERE device_id = ?", (tx.stamp.at, device_id))
        tx.audit("trust_forget" if forget else "trust_revoke", "device", device_id,
                 {"fingerprint": row["fingerprint"], "commune_code": row["commune_code"]})
    return {**row, "status": "forgotten" if forget else "revoked"}


def export_hub_key(db, out: Path) -> dict:
    """Write this hub's public keys to `out` (JSON, nothing secret); return them."""
    setup = require_setup(db.conn)
    if not setup.is_hub:
        raise refuse("sync_not_hub")
    keys = device_keys(db.conn)
    data = {"format": HUB_KEY_FORMAT, "version": HUB_KEY_VERSION,
            "device_id": setup.device_id, "name": setup.display_name,
            "province_code": setup.province_code,
            "sign_public": keys.public.sign_public.hex(),
            "box_public": keys.public.box_public.hex(),
            "fingerprint": keys.public.fingerprint}
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return data


def read_hub_key(path: Path) -> dict:
    """Parse a hub key file; refuse anything else."""
    try:
        raw = Path(path).read_bytes()
        if len(raw) > 64 * 1024:
            raise ValueError("too large")
        data = json.loads(raw.decode("utf-8"))
        if data.get("format") != HUB_KEY_FORMAT or data.get("version") != HUB_KEY_VERSION:
            raise ValueError("format")
        public = PublicKeys(bytes.fromhex(data["sign_public"]), bytes.fromhex(data["box_public"]))
        if len(public.sign_public) != 32 or len(public.box_public) != 32:
            raise ValueError("key length")
        device_id = str(data["device_id"])
    except OSError as exc:
        raise refuse("file_unreadable", path=str(path), detail=exc.strerror or str(exc)) from None
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
        raise refuse("hub_key_invalid", path=str(path)) from None
    return {"device_id": device_id, "name": str(data.get("name") or ""),
            "sign_public": public.sign_public.hex(), "box_public": public.box_public.hex(),
            "fingerprint": public.fingerprint}


def import_hub_key(db, path: Path, actor_id: str | None = None,
                   fingerprint: str | None = None) -> dict:
    """Make the hub in `path` the one this commune sends bundles to and accepts
    reference bundles from. Returns the key with its fingerprint to confirm.

    With `fingerprint` (the one a person compared by phone), a file whose key is not
    that one is refused and nothing is trusted."""
    setup = require_setup(db.conn)
    if setup.is_hub:
        raise refuse("sync_hub_key_on_hub")
    key = read_hub_key(path)
    if fingerprint is not None and key["fingerprint"] != fingerprint:
        raise refuse("hub_key_not_compared", found=key["fingerprint"], expected=fingerprint)
    with write(db, actor_id) as tx:
        old = get_meta(tx.conn, "sync_hub_device")
        if old and old != key["device_id"]:
            tx.conn.execute("UPDATE sync_trust SET status = 'revoked', revoked_at = ? "
                            "WHERE device_id = ?", (tx.stamp.at, old))
        now = tx.stamp.at
        tx.conn.execute(
            "INSERT INTO sync_trust(device_id, role, commune_code, device_name, sign_public, "
            "box_public, fingerprint, first_seen_at, last_seen_at, status) "
            "VALUES (?, 'hub', NULL, ?, ?, ?, ?, ?, ?, 'trusted') "
            "ON CONFLICT(device_id) DO UPDATE SET device_name = excluded.device_name, "
            "sign_public = excluded.sign_public, box_public = excluded.box_public, "
            "fingerprint = excluded.fingerprint, last_seen_at = excluded.last_seen_at, "
            "status = 'trusted', revoked_at = NULL",
            (key["device_id"], key["name"], key["sign_public"], key["box_public"],
             key["fingerprint"], now, now))
        set_meta(tx.conn, "sync_hub_device", key["device_id"])
        tx.audit("hub_key_import", "device", key["device_id"],
                 {"fingerprint": key["fingerprint"], "name": key["name"]})
    return key


def current_hub(conn) -> dict | None:
    """The hub this commune exports to (trusted), or None before `hub-key import`."""
    device = get_meta(conn, "sync_hub_device")
    row = trust_row(conn, device) if device else None
    return row if row and row["status"] == "trusted" else None


def commune_devices(conn, commune_code: str) -> list[dict]:
    """Trusted devices of one commune (the recipients of its reference bundle)."""
    cur = conn.execute(f"SELECT {', '.join(_TRUST_COLUMNS)} FROM sync_trust "
                       "WHERE role = 'device' AND commune_code = ? AND status = 'trusted' "
                       "ORDER BY device_id", (commune_code,))
    return [dict(zip(_TRUST_COLUMNS, r)) for r in cur.fetchall()]
