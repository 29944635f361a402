"""`bundle inspect`: what can be said about a bundle without importing it."""

from desktop.db.meta import read_setup
from desktop.sync.container import BundleRefused, read_header
from desktop.sync.importer import _CONTENT_ERRORS, already_imported, check_bundle, trial_merge
from desktop.sync.keys import device_keys, has_device_keys


def inspect_bundle(db, data: bytes, name: str = "") -> dict:
    """Describe a bundle: always its clear header; if it is addressed to this device,
    also its verified manifest (source, sequence, clocks, row counts per table), whether
    it would be accepted, held or refused and why (every row is checked and merged in
    a transaction that is rolled back), and whether it was already imported. Never
    writes, and shows no personal data."""
    out: dict = {"file": name, "size": len(data)}
    try:
        header = read_header(data)
    except BundleRefused as exc:
        return {**out, "readable": False, "reason": exc.code, "problem": exc.problems[0]}
    out.update({"format": header.format, "recipients": list(header.recipients)})
    conn = db.conn
    if read_setup(conn) is None or not has_device_keys(conn):
        return {**out, "readable": False, "reason": "sync_no_keys"}
    mine = device_keys(conn).key_ids
    out["for_this_device"] = bool(set(mine) & set(header.recipients))
    try:
        checked = check_bundle(db, data)
    except BundleRefused as exc:
        return {**out, "readable": False, "reason": exc.code, "problem": exc.problems[0]}
    except _CONTENT_ERRORS as exc:
        return {**out, "readable": False, "reason": "bundle_damaged",
                "detail": type(exc).__name__}
    m = checked.opened.manifest
    src = m["source"]
    out.update({
        "readable": True, "bundle_id": m["bundle_id"], "kind": m.get("kind"),
        "schema": m.get("schema"), "created_at": m.get("created_at"), "app": m.get("app"),
        "source": {k: src.get(k) for k in ("device_id", "device_name", "role", "commune_code")},
        "fingerprint": checked.signer.fingerprint, "for_commune": m.get("for_commune"),
        "seq": m.get("seq"), "full": m.get("full"), "clock": m.get("clock"),
        "rows": m.get("rows"),
        "tables": {e["table"]: e["rows"] for e in m.get("parts", [])},
        "signer": {"known": "known", "rotate": "known (new keys, signed by the old ones)",
                   "enroll": "new device, enrolled by its token",
                   "hold": "not enrolled here: would be held"}[checked.decision.action],
        "already_imported": already_imported(conn, m["bundle_id"]) is not None,
    })
    try:
        report = trial_merge(db, data)
    except BundleRefused as exc:
        out.update({"verdict": "held" if checked.decision.action == "hold" else "refused",
                    "reason": exc.code, "problem": exc.problems[0]})
        return out
    out.update({"verdict": "acceptable", "totals": report.get("totals")})
    return out
