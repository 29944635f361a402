"""Who we accept bundles from: the hub's key on a commune, enrolled devices on a hub.

A hub accepts a laptop's bundle only from a device enrolled for one commune: by the
enrollment token of a hub key file made with `--commune` (desktop/sync/enroll.py),
or by a person's `xaso trust approve`. A device it does not know is held, never
merged. Once enrolled, a device id is bound to its commune and its keys; a bundle
with that id and other keys is refused unless the old key signed the change
(`xaso keys rotate`). Revocation is by key: a revoked key is refused under any
device id, and forgetting a device never re-admits its keys. A commune accepts
reference bundles only from the hub whose key file it imported (after the
fingerprint was confirmed by phone).
"""

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

from desktop.db.meta import get_meta, require_setup, set_meta
from desktop.db.writer import clock_of, write
from desktop.domain.errors import InputRefused
from desktop.domain.units import find_commune
from desktop.sync.container import refuse
from desktop.sync.enroll import DEFAULT_DAYS, MAX_DAYS, expires, make_token, verify_token
from desktop.sync.keys import (PublicKeys, device_keys, fingerprint, follow_rotations,
                               rotate_device_keys)

HUB_KEY_FORMAT = "xaso-hub-key"
HUB_KEY_VERSION = 1
_TRUST_COLUMNS = ("device_id", "role", "commune_code", "device_name", "sign_public",
                  "box_public", "fingerprint", "first_seen_at", "last_seen_at", "status",
                  "revoked_at", "enrolled_by", "enrolled_at")
_ENROLLMENT = "sync_enrollment"


@dataclass(frozen=True)
class Signer:
    """The source of a bundle as its (verified, shape-checked) manifest names it."""

    device_id: str
    role: str
    commune_code: str | None
    device_name: str
    sign_public: str
    box_public: str
    enrollment: dict | None = None
    rotations: tuple = ()

    @property
    def fingerprint(self) -> str:
        return fingerprint(bytes.fromhex(self.sign_public), bytes.fromhex(self.box_public))

    @property
    def keys(self) -> tuple[str, str]:
        return self.sign_public, self.box_public


@dataclass(frozen=True)
class Decision:
    """What to do with a bundle from a signer: merge ("known", "enroll", "rotate"),
    or hold it for a person ("hold", with the reason code)."""

    action: str
    reason: str | None = None
    token: dict | None = None
    retired: tuple = ()           # (sign, box) pairs a rotation replaced
    params: dict = field(default_factory=dict)


def signer_of(manifest: dict) -> Signer:
    """The source block of a manifest (already checked by manifest.check_source)."""
    src = manifest["source"]
    return Signer(src["device_id"], src["role"], src.get("commune_code"),
                  str(src.get("device_name") or ""), src["sign_public"], src["box_public"],
                  src.get("enrollment"), tuple(src.get("rotations") or ()))


def trust_row(conn, device_id: str) -> dict | None:
    """The trust-list entry of `device_id`, or None."""
    cur = conn.execute(f"SELECT {', '.join(_TRUST_COLUMNS)} FROM sync_trust WHERE device_id = ?",
                       (device_id,))
    row = cur.fetchone()
    return dict(zip(_TRUST_COLUMNS, row)) if row else None


def key_refusal(conn, sign_public: str, box_public: str) -> str | None:
    """Why a key may no longer sign ('revoked', 'denied', 'rotated'), or None."""
    row = conn.execute("SELECT reason FROM sync_revoked_keys WHERE sign_public = ? "
                       "OR box_public = ? ORDER BY reason = 'rotated' LIMIT 1",
                       (sign_public, box_public)).fetchone()
    return row[0] if row else None


def _refuse_revoked_keys(conn, signer: Signer) -> None:
    reason = key_refusal(conn, *signer.keys)
    if reason == "rotated":
        raise refuse("bundle_key_retired", device=signer.device_id, fingerprint=signer.fingerprint)
    if reason:
        raise refuse("bundle_revoked", device=signer.device_id, fingerprint=signer.fingerprint)
    for item in signer.rotations:  # a key revoked before it was rotated away stays revoked
        statement = item.get("statement") if isinstance(item, dict) else None
        if isinstance(statement, dict):
            old = (statement.get("old_sign_public"), statement.get("old_box_public"))
            if all(isinstance(k, str) for k in old) and key_refusal(conn, *old) in (
                    "revoked", "denied"):
                raise refuse("bundle_revoked", device=signer.device_id,
                             fingerprint=signer.fingerprint)


def check_signer(conn, signer: Signer, is_hub: bool, now: dt.datetime) -> Decision:
    """Decide what to do with a bundle from `signer` (reads only: the caller records
    the decision in its transaction). Raises BundleRefused when it must be refused."""
    if is_hub and signer.role != "commune":
        raise refuse("bundle_not_from_commune", device=signer.device_id)
    _refuse_revoked_keys(conn, signer)
    row = trust_row(conn, signer.device_id)
    if not is_hub:
        if row is None or row["role"] != "hub" or signer.role != "hub":
            raise refuse("bundle_unknown_hub", device=signer.device_id,
                         fingerprint=signer.fingerprint)
    elif row is None:
        return _enrollment(conn, signer, now)
    if row["status"] in ("revoked", "denied"):
        raise refuse("bundle_revoked", device=signer.device_id, fingerprint=signer.fingerprint)
    same_keys = (row["sign_public"], row["box_public"]) == signer.keys
    if row["status"] == "pending":
        if not same_keys:
            raise refuse("bundle_key_changed", device=signer.device_id,
                         known=row["fingerprint"], found=signer.fingerprint)
        return Decision("hold", "bundle_held_pending")
    retired: tuple = ()
    if not same_keys:
        path = follow_rotations(list(signer.rotations), signer.device_id,
                                (row["sign_public"], row["box_public"]), signer.keys)
        if path is None:
            raise refuse("bundle_key_changed", device=signer.device_id,
                         known=row["fingerprint"], found=signer.fingerprint)
        retired = tuple(path[:-1])
    if is_hub and row["commune_code"] != signer.commune_code:
        raise refuse("bundle_commune_changed", device=signer.device_id,
                     known=row["commune_code"], found=signer.commune_code)
    return Decision("rotate", retired=retired) if retired else Decision("known")


def _enrollment(conn, signer: Signer, now: dt.datetime) -> Decision:
    """A device this hub has never seen: enrolled by a valid token, else held."""
    own = device_keys(conn).public.sign_public
    token = verify_token(signer.enrollment, own) if signer.enrollment is not None else None
    if token is None:
        return Decision("hold", "bundle_held_unenrolled")
    if token["commune_code"] != signer.commune_code:
        raise refuse("bundle_enrollment_other_commune", device=signer.device_id,
                     token=token["commune_code"], found=signer.commune_code)
    if now > expires(token):
        return Decision("hold", "bundle_held_enrollment_expired", token,
                        params={"expired": token["expires_at"][:10]})
    state = conn.execute("SELECT status FROM sync_tokens WHERE token_id = ?",
                         (token["token_id"],)).fetchone()
    if state and state[0] != "active":
        return Decision("hold", "bundle_held_enrollment_withdrawn", token)
    return Decision("enroll", token=token)


def record_signer(conn, signer: Signer, decision: Decision, now: str) -> None:
    """Remember a device after its first accepted bundle, learn its new keys, or touch
    its last-seen time (inside the importing transaction; `now` is its time)."""
    if decision.action == "enroll":
        conn.execute(
            "INSERT INTO sync_trust(device_id, role, commune_code, device_name, sign_public, "
            "box_public, fingerprint, first_seen_at, last_seen_at, status, enrolled_by, "
            "enrolled_at) VALUES (?, 'device', ?, ?, ?, ?, ?, ?, ?, 'trusted', ?, ?)",
            (signer.device_id, signer.commune_code, signer.device_name, signer.sign_public,
             signer.box_public, signer.fingerprint, now, now,
             f"token:{decision.token['token_id']}", now))
        return
    if decision.action == "rotate":
        for sign, box in decision.retired:
            conn.execute("INSERT OR IGNORE INTO sync_revoked_keys(sign_public, box_public, "
                         "fingerprint, device_id, reason, at) VALUES (?, ?, ?, ?, 'rotated', ?)",
                         (sign, box, fingerprint(bytes.fromhex(sign), bytes.fromhex(box)),
                          signer.device_id, now))
        conn.execute("UPDATE sync_trust SET sign_public = ?, box_public = ?, fingerprint = ? "
                     "WHERE device_id = ?", (signer.sign_public, signer.box_public,
                                             signer.fingerprint, signer.device_id))
    conn.execute("UPDATE sync_trust SET last_seen_at = ?, device_name = ? WHERE device_id = ?",
                 (now, signer.device_name or None, signer.device_id))


def record_pending(conn, signer: Signer, now: str) -> None:
    """Put an unknown device on the waiting list (its bundle is being held)."""
    conn.execute(
        "INSERT OR IGNORE INTO sync_trust(device_id, role, commune_code, device_name, "
        "sign_public, box_public, fingerprint, first_seen_at, last_seen_at, status) "
        "VALUES (?, 'device', ?, ?, ?, ?, ?, ?, ?, 'pending')",
        (signer.device_id, signer.commune_code, signer.device_name, signer.sign_public,
         signer.box_public, signer.fingerprint, now, now))
    conn.execute("UPDATE sync_trust SET last_seen_at = ? WHERE device_id = ?",
                 (now, signer.device_id))


def list_trust(db, status: str | None = None) -> list[dict]:
    """Known devices and hubs (optionally of one status), by commune."""
    where, params = ("WHERE status = ?", (status,)) if status else ("", ())
    cur = db.conn.execute(f"SELECT {', '.join(_TRUST_COLUMNS)} FROM sync_trust {where} "
                          "ORDER BY commune_code, first_seen_at", params)
    return [dict(zip(_TRUST_COLUMNS, r)) for r in cur.fetchall()]


def revoke_keys(conn, row: dict, reason: str, at: str) -> None:
    """Refuse a device's keys from now on, under any device id."""
    conn.execute("INSERT OR REPLACE INTO sync_revoked_keys(sign_public, box_public, "
                 "fingerprint, device_id, reason, at) VALUES (?, ?, ?, ?, ?, ?)",
                 (row["sign_public"], row["box_public"], row["fingerprint"], row["device_id"],
                  reason, at))


def revoke(db, device_id: str, forget: bool = False, actor_id: str | None = None) -> dict:
    """Stop accepting bundles from `device_id` and from its keys under any id (and
    stop encrypting to it); withdraw the enrollment token that enrolled it, so the
    key file cannot enroll a reinstalled laptop by itself.

    With `forget`, the entry is also removed from the list. Its keys stay refused:
    a laptop reinstalled with new keys enrolls again like a new one.
    """
    with write(db, actor_id) as tx:
        row = trust_row(tx.conn, device_id)
        if row is None:
            raise refuse("trust_unknown_device", device=device_id)
        at = tx.stamp.at
        revoke_keys(tx.conn, row, "revoked", at)
        enrolled_by = row.get("enrolled_by") or ""
        if enrolled_by.startswith("token:"):
            token = enrolled_by.removeprefix("token:")
            tx.conn.execute(
                "INSERT INTO sync_tokens(token_id, commune_code, issued_at, expires_at, status, "
                "withdrawn_at) VALUES (?, ?, '', '', 'withdrawn', ?) ON CONFLICT(token_id) "
                "DO UPDATE SET status = 'withdrawn', withdrawn_at = excluded.withdrawn_at",
                (token, row["commune_code"] or "", at))
        tx.conn.execute("UPDATE sync_inbox SET status = 'denied', data = NULL "
                        "WHERE device_id = ? AND status = 'held'", (device_id,))
        if forget:
            tx.conn.execute("DELETE FROM sync_trust WHERE device_id = ?", (device_id,))
            if get_meta(tx.conn, "sync_hub_device") == device_id:
                set_meta(tx.conn, "sync_hub_device", None)
        else:
            tx.conn.execute("UPDATE sync_trust SET status = 'revoked', revoked_at = ? "
                            "WHERE device_id = ?", (at, device_id))
        tx.audit("trust_forget" if forget else "trust_revoke", "device", device_id,
                 {"fingerprint": row["fingerprint"], "commune_code": row["commune_code"]})
    return {**row, "status": "forgotten" if forget else "revoked"}


def rotate_keys(db, actor_id: str | None = None) -> dict:
    """On a commune laptop: replace this device's keys. The old signing key signs a
    statement naming the new ones, which every later bundle carries, so the hub
    learns them without a phone call; a bundle signed by the old key is refused once
    the hub has learned the new one."""
    setup = require_setup(db.conn)
    if setup.is_hub:
        raise refuse("sync_rotate_on_hub")
    with write(db, actor_id) as tx:
        old, new = rotate_device_keys(tx.conn, tx.stamp.at)
        tx.audit("keys_rotate", "device", setup.device_id,
                 {"old_fingerprint": old.fingerprint, "fingerprint": new.fingerprint})
    return {"device_id": setup.device_id, "old_fingerprint": old.fingerprint,
            "fingerprint": new.fingerprint, "key_id": new.key_id}


def export_hub_key(db, out: Path, commune: str | None = None, days: int = DEFAULT_DAYS,
                   actor_id: str | None = None) -> dict:
    """Write this hub's public keys to `out` (JSON, nothing secret); return them.

    With `commune`, the file also carries a signed enrollment token for that commune,
    valid `days` days: a laptop of that commune that imports it is accepted by this
    hub without a person approving it. The token is recorded (and the export
    audited); without `commune` nothing is written to the database.
    """
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
    if commune is not None:
        found = find_commune(commune)
        if found is None:
            raise InputRefused.of("unknown_commune", "commune", code=commune)
        if not isinstance(days, int) or not 1 <= days <= MAX_DAYS:
            raise InputRefused.of("number_range", "days", low=1, high=MAX_DAYS)
        enrollment = make_token(keys, found.code, clock_of(db).now(), days)
        data["enrollment"] = enrollment
        token = enrollment["token"]
        with write(db, actor_id) as tx:
            tx.conn.execute("INSERT INTO sync_tokens(token_id, commune_code, issued_at, "
                            "expires_at, status) VALUES (?, ?, ?, ?, 'active')",
                            (token["token_id"], found.code, token["issued_at"],
                             token["expires_at"]))
            tx.audit("hub_key_export", "token", token["token_id"],
                     {"commune_code": found.code, "expires_at": token["expires_at"]})
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return data


def read_hub_key(path: Path) -> dict:
    """Parse a hub key file; refuse anything else (a token must verify)."""
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
        enrollment = data.get("enrollment")
        token = None
        if enrollment is not None:
            token = verify_token(enrollment, public.sign_public)
            if token is None or token["hub_device_id"] != device_id:
                raise ValueError("enrollment")
    except OSError as exc:
        raise refuse("file_unreadable", path=str(path), detail=exc.strerror or str(exc)) from None
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError, RecursionError):
        raise refuse("hub_key_invalid", path=str(path)) from None
    return {"device_id": device_id, "name": str(data.get("name") or ""),
            "sign_public": public.sign_public.hex(), "box_public": public.box_public.hex(),
            "fingerprint": public.fingerprint, "enrollment": enrollment,
            "commune_code": token["commune_code"] if token else None,
            "expires_at": token["expires_at"] if token else None}


def import_hub_key(db, path: Path, actor_id: str | None = None,
                   fingerprint: str | None = None) -> dict:
    """Make the hub in `path` the one this commune sends bundles to and accepts
    reference bundles from. Returns the key with its fingerprint to confirm.

    A key file that enrolls a commune must be for this laptop's commune; its token is
    kept and travels in every bundle from now on. A plain key file keeps an earlier
    token of the same hub (and drops one of another hub).

    With `fingerprint` (the one a person compared by phone), a file whose key is not
    that one is refused and nothing is trusted."""
    setup = require_setup(db.conn)
    if setup.is_hub:
        raise refuse("sync_hub_key_on_hub")
    key = read_hub_key(path)
    if fingerprint is not None and key["fingerprint"] != fingerprint:
        raise refuse("hub_key_not_compared", found=key["fingerprint"], expected=fingerprint)
    if key["commune_code"] and key["commune_code"] != setup.commune_code:
        raise refuse("hub_key_other_commune", found=key["commune_code"], ours=setup.commune_code)
    with write(db, actor_id) as tx:
        old = get_meta(tx.conn, "sync_hub_device")
        if old and old != key["device_id"]:
            tx.conn.execute("UPDATE sync_trust SET status = 'revoked', revoked_at = ? "
                            "WHERE device_id = ?", (tx.stamp.at, old))
        now = tx.stamp.at
        tx.conn.execute("DELETE FROM sync_revoked_keys WHERE sign_public = ? OR box_public = ?",
                        (key["sign_public"], key["box_public"]))
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
        kept = enrollment_of(tx.conn)
        if key["enrollment"] is not None:
            set_meta(tx.conn, _ENROLLMENT, json.dumps(key["enrollment"], sort_keys=True))
        elif kept and kept["token"].get("hub_sign_public") != key["sign_public"]:
            set_meta(tx.conn, _ENROLLMENT, None)
        tx.audit("hub_key_import", "device", key["device_id"],
                 {"fingerprint": key["fingerprint"], "name": key["name"],
                  "enrolled_until": key["expires_at"]})
    return {k: v for k, v in key.items() if k != "enrollment"}


def enrollment_of(conn) -> dict | None:
    """The enrollment this laptop carries in its bundles, or None."""
    text = get_meta(conn, _ENROLLMENT)
    return json.loads(text) if text else None


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
