"""Merging bundles: check everything first, then apply each bundle in one transaction.

Order of work for one bundle: read the file within caps; decrypt and verify; check
the manifest, the signer against the trust list, and the schema; decode and check
every row. Only then does one write transaction merge the rows (planned by the pure
`merge_rows`), queue duplicate CCCDs, record the bundle, observe its clocks and write
the audit entry. A refusal at any step before leaves the database untouched; a crash
during the transaction leaves it as it was before that bundle.
"""

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from desktop.db.connection import schema_version
from desktop.db.meta import get_meta, require_setup, set_meta
from desktop.db.writer import clock_of, write
from desktop.domain.clock import Clock
from desktop.domain.hlc import DAY_MS, HybridClock, Timestamp
from desktop.services.privacy import after_merge
from desktop.sync.changes import SYNC_TABLES, decode_rows, table_columns, validate_part_entry
from desktop.sync.container import DEFAULT_LIMITS, Limits, Opened, open_bundle, refuse
from desktop.sync.duplicates import queue_duplicates
from desktop.sync.keys import device_keys
from desktop.sync.merge import BadRow, check_row, merge_rows
from desktop.sync.trust import Signer, check_signer, record_signer, signer_of

TOTAL_KEYS = ("new", "updated", "unchanged", "conflicting", "duplicate")
_CHUNK = 500


@dataclass
class Checked:
    """A bundle that passed every check and is ready to apply."""

    opened: Opened
    signer: Signer
    decision: str
    tables: dict[str, tuple[list[str], list[list]]]
    max_clock: str | None
    notes: dict = field(default_factory=dict)


def read_file(path: Path, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """Read one bundle file, refusing it unread if it is larger than the cap."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > limits.file_bytes:
            raise refuse("bundle_too_large", size=size, limit=limits.file_bytes)
        with path.open("rb") as fh:
            return fh.read(limits.file_bytes + 1)
    except OSError as exc:
        raise refuse("file_unreadable", path=str(path), detail=exc.strerror or str(exc)) from None


def already_imported(conn, bundle_id: str) -> dict | None:
    """The record of an earlier import of this bundle, or None."""
    row = conn.execute("SELECT imported_at, summary FROM sync_bundles WHERE bundle_id = ?",
                       (bundle_id,)).fetchone()
    return {"imported_at": row[0], "summary": json.loads(row[1] or "{}")} if row else None


def check_bundle(db, data: bytes, limits: Limits = DEFAULT_LIMITS) -> Checked:
    """Every check that needs no write: refuse with BundleRefused, else the rows."""
    conn = db.conn
    setup = require_setup(conn)
    keys = device_keys(conn)
    opened = open_bundle(data, keys.box_key, limits)
    m = opened.manifest
    if not isinstance(m.get("bundle_id"), str) or not isinstance(m.get("seq"), int):
        raise refuse("bundle_damaged", detail="manifest fields")
    if keys.public.key_id not in (m.get("recipients") or []):
        raise refuse("bundle_not_for_us", key_id=keys.public.key_id)
    schema = m.get("schema")
    if not isinstance(schema, int) or schema > schema_version(db):
        raise refuse("bundle_schema_newer", found=schema, supported=schema_version(db))
    signer = signer_of(m)
    if signer.device_id == setup.device_id:
        raise refuse("bundle_own", device=signer.device_id)
    decision = check_signer(conn, signer, setup.is_hub)
    if not setup.is_hub and m.get("for_commune") != setup.commune_code:
        raise refuse("bundle_other_commune", found=m.get("for_commune"), ours=setup.commune_code)
    local_columns = {t: table_columns(conn, t) for t in SYNC_TABLES}
    tables: dict[str, tuple[list[str], list[list]]] = {}
    max_clock = None
    raw_total = 0
    for entry, part in zip(m["parts"], opened.parts):
        validate_part_entry(entry, local_columns)
        if entry["table"] in tables:
            raise refuse("bundle_damaged", detail=f"{entry['table']} twice")
        raw_total += entry.get("raw_bytes") or 0
        if raw_total > limits.raw_total_bytes:
            raise refuse("bundle_over_cap", what="total", size=raw_total,
                          limit=limits.raw_total_bytes)
        rows = decode_rows(part, entry, limits)
        columns = entry["columns"]
        h = columns.index("hlc")
        try:
            for r in rows:
                check_row(dict(zip(columns, r)))
        except BadRow as exc:
            raise refuse("bundle_damaged", detail=f"{entry['table']}: {exc}") from None
        if setup.is_hub and signer.commune_code:
            _refuse_foreign_rows(entry["table"], columns, rows, signer.commune_code)
        if rows:
            top = max(r[h] for r in rows)
            max_clock = top if max_clock is None or top > max_clock else max_clock
        tables[entry["table"]] = (columns, rows)
    notes = {}
    if max_clock:
        now_ms = clock_of(db).now_ms()
        ahead = Timestamp.parse(max_clock)
        if ahead.wall_ms - now_ms > DAY_MS:
            notes["clock_ahead_days"] = round((ahead.wall_ms - now_ms) / DAY_MS, 1)
    return Checked(opened, signer, decision, tables, max_clock, notes)


def _refuse_foreign_rows(table: str, columns: list[str], rows: list[list], own: str) -> None:
    """A commune laptop speaks for its own commune only. Rows with another commune's
    5-digit code are refused; rows with a hub's code (its province, or "hub") came
    from the hub's reference bundles and may travel back."""
    if "commune_code" not in columns:
        return
    c = columns.index("commune_code")
    for row in rows:
        code = row[c]
        if code != own and isinstance(code, str) and len(code) == 5 and code.isdigit():
            raise refuse("bundle_foreign_rows", ours=own, found=code, table=table)


def _gaps(conn, device_id: str, stream: str, seq: int, full: bool) -> list[int]:
    rows = conn.execute("SELECT seq, full FROM sync_bundles WHERE device_id = ? AND stream = ?",
                        (device_id, stream)).fetchall()
    seen = {r[0] for r in rows} | {seq}
    floor = max([r[0] for r in rows if r[1]] + ([seq] if full else []) + [0])
    return [s for s in range(floor + 1, max(seen)) if s not in seen][:100]


def import_history(db, limit: int = 200) -> list[dict]:
    """Bundles merged into this database, newest first, shaped like import reports
    ("file" names the sending device and its sequence number, as files are not kept)."""
    rows = db.conn.execute(
        "SELECT device_id, commune_code, seq, imported_at, summary FROM sync_bundles "
        "ORDER BY imported_at DESC, rowid DESC LIMIT ?", (limit,)).fetchall()
    out = []
    for device_id, commune_code, seq, imported_at, summary in rows:
        data = json.loads(summary or "{}")
        out.append({"file": f"{device_id} #{seq}", "status": "imported",
                    "commune_code": commune_code, "imported_at": imported_at,
                    "totals": data.get("totals") or {}, "gaps": data.get("gaps") or []})
    return out


def import_bundle(db, data: bytes, name: str = "", actor_id: str | None = None,
                  limits: Limits = DEFAULT_LIMITS) -> dict:
    """Check and merge one bundle; return its report.

    Status "imported" with totals, or "already_imported". Raises BundleRefused (the
    database untouched) when the bundle must not be merged.
    """
    conn = db.conn
    checked = check_bundle(db, data, limits)
    m = checked.opened.manifest
    earlier = already_imported(conn, m["bundle_id"])
    if earlier:
        return _report(m, name, "already_imported", {k: 0 for k in TOTAL_KEYS}, [],
                       {"imported_at": earlier["imported_at"]})
    with write(db, actor_id) as tx:
        if already_imported(conn, m["bundle_id"]):  # another process won the race
            return _report(m, name, "already_imported", {k: 0 for k in TOTAL_KEYS}, [], {})
        totals = {k: 0 for k in TOTAL_KEYS}
        resident_ids: list[str] = []
        for table in SYNC_TABLES:
            if table not in checked.tables:
                continue
            columns, rows = checked.tables[table]
            changed = _merge_table(conn, tx.stamp, table, columns, rows, totals, m["bundle_id"])
            if table == "residents":
                resident_ids = changed
        totals["duplicate"] = queue_duplicates(tx, resident_ids)
        after_merge(conn, checked.tables)  # erasures: nothing personal comes back
        gaps = _gaps(conn, checked.signer.device_id, m["stream"], m["seq"], bool(m.get("full")))
        record_signer(conn, checked.signer, checked.decision, tx.stamp.at)
        summary = {"totals": totals, "gaps": gaps, **checked.notes}
        conn.execute(
            "INSERT INTO sync_bundles(bundle_id, device_id, commune_code, stream, seq, full, "
            "since_rev, upto_rev, manifest_sha256, imported_at, hlc, summary) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (m["bundle_id"], checked.signer.device_id,
             checked.signer.commune_code or m.get("for_commune"), str(m["stream"]), m["seq"],
             int(bool(m.get("full"))), int(m.get("since_rev") or 0), int(m.get("upto_rev") or 0),
             hashlib.sha256(checked.opened.manifest_bytes).hexdigest(), tx.stamp.at,
             checked.max_clock, json.dumps(summary, sort_keys=True)))
        if checked.max_clock:
            _observe(conn, tx.stamp.device_id, checked.max_clock, clock_of(db))
        report = _report(m, name, "imported", totals, gaps, checked.notes)
        report["trusted_now"] = checked.decision == "new"
        tx.audit("bundle_import", "bundle", m["bundle_id"],
                 {k: v for k, v in report.items() if k not in ("file",)})
    return report


def _observe(conn, device_id: str, clock: str, wall: Clock) -> None:
    """Move this database's clock past the merged clocks (HLC receive rule)."""
    last = get_meta(conn, "hlc")
    hc = HybridClock(device_id, Timestamp.parse(last) if last else None, now_ms=wall.now_ms)
    set_meta(conn, "hlc", str(hc.observe(Timestamp.parse(clock))))


def _merge_table(conn, stamp, table: str, columns: list[str], rows: list[list],
                 totals: dict, bundle_id: str) -> list[str]:
    """Merge one table's rows; return the ids of records written (new or changed)."""
    written: list[str] = []
    id_at = columns.index("id")
    local_cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
    inserts: list[tuple] = []
    updates: list[dict] = []
    losses: list[tuple] = []
    for start in range(0, len(rows), _CHUNK):
        chunk = rows[start:start + _CHUNK]
        ids = [r[id_at] for r in chunk]
        marks = ", ".join("?" for _ in ids)
        cur = conn.execute(f"SELECT * FROM {table} WHERE id IN ({marks})", ids)
        names = [d[0] for d in cur.description]
        local = {r[0]: dict(zip(names, r)) for r in cur.fetchall()}
        for row in chunk:
            rid = row[id_at]
            current = local.get(rid)
            if current is None and not row[columns.index("field_hlc")]:
                inserts.append((*row, stamp.rev))  # fast path: a record new here
                local[rid] = {**dict(zip(columns, row)), "rev": stamp.rev}
                totals["new"] += 1
                written.append(rid)
                continue
            outcome = merge_rows(current, dict(zip(columns, row)))
            totals[outcome.status] += 1
            for loss in outcome.losses:
                losses.append((stamp.at, bundle_id, table, rid, loss.field,
                               _text(loss.kept_value), loss.kept_hlc, _text(loss.lost_value),
                               loss.lost_hlc, loss.lost_hlc[22:]))
            if outcome.row is not None:
                merged = {**outcome.row, "rev": stamp.rev}
                local[rid] = merged
                if current is None:
                    inserts.append(tuple(merged.get(c) for c in columns) + (stamp.rev,))
                else:
                    updates.append(merged)
                written.append(rid)
        _flush(conn, table, columns, local_cols, inserts, updates)
        inserts, updates = [], []
    if losses:
        conn.executemany(
            "INSERT INTO sync_conflicts(at, bundle_id, table_name, record_id, field, kept_value, "
            "kept_hlc, lost_value, lost_hlc, lost_device) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            losses)
    return written


def _flush(conn, table, columns, local_cols, inserts, updates) -> None:
    if inserts:
        cols = [*columns, "rev"]
        conn.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES "
                         f"({', '.join('?' for _ in cols)})", inserts)
    if updates:
        cols = [c for c in local_cols if c != "id"]
        conn.executemany(f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in cols)} WHERE id = ?",
                         [tuple(u.get(c) for c in cols) + (u["id"],) for u in updates])


def _text(value) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def _report(m: dict, name: str, status: str, totals: dict, gaps: list, notes: dict) -> dict:
    src = m.get("source") or {}
    return {"file": name, "status": status, "bundle_id": m.get("bundle_id"),
            "kind": m.get("kind"), "device_id": src.get("device_id"),
            "commune_code": src.get("commune_code") or m.get("for_commune"),
            "seq": m.get("seq"), "full": bool(m.get("full")), "rows": m.get("rows"),
            "totals": totals, "gaps": gaps, **notes}
