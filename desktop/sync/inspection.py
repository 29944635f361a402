"""`bundle inspect`: what can be said about a bundle without importing it."""

from desktop.db.meta import read_setup
from desktop.sync.container import BundleRefused, read_header
from desktop.sync.importer import already_imported, check_bundle
from desktop.sync.keys import device_keys, has_device_keys


def inspect_bundle(db, data: bytes, name: str = "") -> dict:
    """Describe a bundle: always its clear header; if it is addressed to this device,
    also its verified manifest (source, sequence, clocks, row counts per table), whether
    it would be accepted and why not, and whether it was already imported. Never
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
    mine = device_keys(conn).public.key_id
    out["for_this_device"] = mine in header.recipients
    try:
        checked = check_bundle(db, data)
        verdict, problem = "acceptable", None
    except BundleRefused as exc:
        checked, verdict, problem = None, exc.code, exc.problems[0]
    if checked is None:
        return {**out, "readable": False, "reason": verdict, "problem": problem}
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
        "signer": "new device (would be trusted)" if checked.decision == "new" else "known",
        "already_imported": already_imported(conn, m["bundle_id"]) is not None,
        **checked.notes,
    })
    return out
