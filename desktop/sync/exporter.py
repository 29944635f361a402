"""Making bundles: a commune laptop's changes for the hub, and the hub's reference
bundle for one commune.

Incremental by default (rows whose local revision is past the last export of this
stream), `full` for everything. The file is written before the export is recorded,
in the same transaction, so a failed write records nothing and a recorded export
always has its file.
"""

import os
import tempfile
from dataclasses import dataclass
from itertools import chain
from pathlib import Path

from desktop import __version__
from desktop.db.connection import schema_version
from desktop.db.meta import get_meta, require_setup, set_meta
from desktop.db.writer import write
from desktop.domain.ids import new_id
from desktop.domain.rows import rules_for
from desktop.sync.changes import (ENCODING, HUB_TABLES, SYNC_TABLES, encode_rows,
                                  table_columns)
from desktop.sync.container import FORMAT_VERSION, part_digest, refuse, seal
from desktop.sync.keys import device_keys, key_id, rotations
from desktop.sync.trust import commune_devices, current_hub, enrollment_of

EXTENSION = ".xaso"


def export_bundle(db, out: Path, full: bool = False, actor_id: str | None = None) -> dict:
    """Export this commune laptop's changes, encrypted to its hub, to `out`.

    `out` may be a folder: the file is then named by the bundle id, which says
    nothing about the commune or its people. Returns the summary (no personal data).
    """
    conn = db.conn
    setup = require_setup(conn)
    if setup.is_hub:
        raise refuse("sync_hub_needs_for")
    hub = current_hub(conn)
    if hub is None:
        raise refuse("sync_no_hub_key")
    recipients = [bytes.fromhex(hub["box_public"])]
    return _export(db, out, "device", None, "sync_export", recipients, full, actor_id,
                   hub_device=hub["device_id"])


def export_reference(db, commune_code: str, out: Path, full: bool = False,
                     actor_id: str | None = None) -> dict:
    """On a hub: the reference bundle for one commune, encrypted to each of its known
    devices: the hub's trainings and targets, and every record of that commune that
    its laptops (or the hub) contributed."""
    conn = db.conn
    setup = require_setup(conn)
    if not setup.is_hub:
        raise refuse("sync_not_hub")
    devices = commune_devices(conn, commune_code)
    if not devices:
        raise refuse("sync_no_devices", commune=commune_code)
    recipients = [bytes.fromhex(d["box_public"]) for d in devices]
    # Incremental from the oldest point any recipient has been sent, so a laptop that
    # joins later still receives everything its commune has.
    rev_keys = [f"sync_ref_rev:{d['device_id']}" for d in devices]
    return _export(db, out, "reference", commune_code, f"sync_ref:{commune_code}", recipients,
                   full, actor_id, rev_keys)


def _scope(table: str, commune: str | None, own: str | None,
           hub_device: str | None) -> tuple[str, tuple]:
    """Which rows of `table` a bundle may carry, as an SQL condition and its values."""
    if commune is None and table in HUB_TABLES:
        # a laptop sends its commune's records only; those the hub made (its trainings,
        # its targets) change on the hub alone, so they never travel back
        return "commune_code = ? AND substr(created_hlc, 23) != ?", (own, hub_device or "")
    if commune is None:
        return "commune_code = ?", (own,)
    if table == "duplicates":
        # a pair goes to a commune only when both residents are its own
        return ("commune_code = ? AND record_a IN (SELECT id FROM residents WHERE "
                "commune_code = ?) AND record_b IN (SELECT id FROM residents WHERE "
                "commune_code = ?)", (commune, commune, commune))
    if table in HUB_TABLES:
        return ("(commune_code = ? OR commune_code NOT GLOB '[0-9][0-9][0-9][0-9][0-9]')",
                (commune,))
    return "commune_code = ?", (commune,)


@dataclass
class _Part:
    """One table's rows as stored in the bundle, and what the manifest says of them."""

    columns: list[str]
    data: bytes
    raw: int
    rows: int
    low: str | None
    high: str | None


def _encoded_parts(conn, since: int, commune: str | None, own: str | None,
                   hub_device: str | None) -> dict[str, _Part]:
    """The rows changed since revision `since`, per table, plus every record they name
    (a household for its resident, a visit for its team...), changed or not, so that
    each bundle holds whatever its rows refer to and bundles can arrive in any order.
    Each table's rows go from the cursor into the compressor as they are read, never
    held all at once (a full export of a million visits held 4.8 GB of rows)."""
    out: dict[str, _Part] = {}
    needed: dict[str, set] = {}
    for table in reversed(SYNC_TABLES):  # children before the tables they refer to
        columns = table_columns(conn, table)
        ends: list = []
        data, raw, count = encode_rows(_table_rows(conn, table, columns, since, commune, own,
                                                   hub_device, needed, ends))
        if count:
            out[table] = _Part(columns, data, raw, count, *ends)
    return out


def _table_rows(conn, table: str, columns: list[str], since: int, commune: str | None,
                own: str | None, hub_device: str | None, needed: dict[str, set], ends: list):
    """Yield one table's rows to send, as they are read: those changed since `since`,
    then those of the records named by rows already yielded (`needed`, filled by the
    tables read before) that were not among them. Adds the ids these rows name to
    `needed`, and their lowest and highest clock to `ends` once all are yielded."""
    where, params = _scope(table, commune, own, hub_device)
    select = f"SELECT {', '.join(columns)} FROM {table} WHERE "
    refs = [(ref.table, columns.index(ref.column)) for ref in rules_for(table).references]
    at_id, at_hlc = columns.index("id"), columns.index("hlc")
    wanted = needed.pop(table, set())
    have: set = set()
    low = high = None
    changed = conn.execute(select + f"rev > ? AND {where} ORDER BY rev, id", (since, *params))
    for row in chain(changed, _named(conn, select, where, params, wanted, have)):
        if wanted:
            have.add(row[at_id])
        clock = row[at_hlc]
        if clock and (low is None or clock < low):
            low = clock
        if clock and (high is None or clock > high):
            high = clock
        for target, at in refs:
            if row[at] is not None:
                needed.setdefault(target, set()).add(row[at])
        yield row
    ends.extend((low, high))


def _named(conn, select: str, where: str, params: tuple, wanted: set, have: set):
    """Yield the rows of the records in `wanted` and not in `have`, within the scope
    `where`, 500 to a statement. The ids are taken when the first row is asked for:
    chained after the changed rows, once `have` holds them all."""
    ids = sorted(wanted - have)
    for start in range(0, len(ids), 500):
        batch = ids[start:start + 500]
        yield from conn.execute(select + f"id IN ({', '.join('?' for _ in batch)}) AND {where} "
                                f"ORDER BY id", (*batch, *params))


def _export(db, out: Path, kind: str, commune: str | None, stream_key: str,
            recipients: list[bytes], full: bool, actor_id: str | None,
            rev_keys: list[str] | None = None, hub_device: str | None = None) -> dict:
    conn = db.conn
    setup = require_setup(conn)
    keys = device_keys(conn)
    with write(db, actor_id) as tx:
        rev_keys = rev_keys or [f"{stream_key}_rev"]
        since = 0 if full else min(int(get_meta(conn, k, "0")) for k in rev_keys)
        seq = int(get_meta(conn, f"{stream_key}_seq", "0")) + 1
        bundle_id = new_id()
        parts, entries = [], []
        total = 0
        changed = _encoded_parts(conn, since, commune, setup.commune_code, hub_device)
        for table in SYNC_TABLES:
            if table not in changed:
                continue
            part = changed[table]
            total += part.rows
            parts.append(part.data)
            entries.append({"table": table, "columns": part.columns, "rows": part.rows,
                            "encoding": ENCODING, "bytes": len(part.data),
                            "raw_bytes": part.raw, "sha256": part_digest(part.data)})
        clocks = [c for p in changed.values() for c in (p.low, p.high) if c]
        low, high = (min(clocks), max(clocks)) if clocks else (None, None)
        source = manifest_source(conn, setup, keys, kind)
        manifest = {
            "format": FORMAT_VERSION, "schema": schema_version(db), "app": f"xaso {__version__}",
            "bundle_id": bundle_id, "created_at": tx.stamp.at, "kind": kind,
            "source": source,
            "for_commune": commune, "stream": "device" if kind == "device" else f"ref:{commune}",
            "seq": seq, "full": bool(full), "since_rev": since, "upto_rev": tx.stamp.rev,
            "clock": {"min": low, "max": high}, "rows": total,
            "recipients": [key_id(r) for r in recipients], "parts": entries,
        }
        blob = seal(manifest, parts, keys.signing_key, recipients)
        path = _target(out, bundle_id)
        _write_atomic(path, blob)
        set_meta(conn, f"{stream_key}_seq", seq)
        for key in rev_keys:
            set_meta(conn, key, tx.stamp.rev)
        summary = {"bundle_id": bundle_id, "kind": kind, "for_commune": commune, "seq": seq,
                   "full": bool(full), "rows": total, "bytes": len(blob), "path": str(path),
                   "tables": {e["table"]: e["rows"] for e in entries},
                   "recipients": manifest["recipients"], "clock": manifest["clock"]}
        tx.audit("bundle_export", "bundle", bundle_id,
                 {k: v for k, v in summary.items() if k != "path"} | {"file": path.name})
    return summary


def manifest_source(conn, setup, keys, kind: str) -> dict:
    """The `source` block: this device, its keys, and for a laptop its enrollment
    token and key rotations (how the hub knows it and its keys)."""
    source = {"device_id": setup.device_id, "device_name": setup.device_name,
              "role": setup.role,
              "commune_code": setup.commune_code if kind == "device" else None,
              "sign_public": keys.public.sign_public.hex(),
              "box_public": keys.public.box_public.hex()}
    if kind == "device":
        enrollment = enrollment_of(conn)
        if enrollment:
            source["enrollment"] = enrollment
        chain = rotations(conn)
        if chain:
            source["rotations"] = chain
    return source


def _target(out, bundle_id: str) -> Path:
    """`out` itself, or a file named by the bundle id if `out` is (or ends like) a folder."""
    text = str(out)
    if Path(text).is_dir() or text.endswith(("/", os.sep)):
        return Path(text) / f"{bundle_id}{EXTENSION}"
    return Path(text)


def _write_atomic(path: Path, blob: bytes) -> None:
    """Write via a temporary file in the same folder, flushed to disk, then renamed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".xaso-", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(blob)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
