"""Merging bundles: check everything that can be checked first, then apply each
bundle in one transaction that lands whole or not at all.

Order of work for one bundle: read the file within the size cap; decrypt and verify;
check every manifest field and every cap; decide about the signer (enrolled, known,
rotated its keys, or unknown: then the bundle is held for a person, not merged).
Only then does one write transaction stream the parts, check every row and merge
it (desktop/sync/apply.py), queue duplicate CCCDs, record the bundle, observe its
clocks and write the audit entry. A refusal at any step leaves the record tables as
they were; refused and held bundles are written to the import history
(desktop/sync/inbox.py). No content of a bundle can raise anything but
BundleRefused: every parse of it is checked, and the last line of defence below turns
what slipped through into a refusal too.
"""

import hashlib
import json
import sqlite3
import zlib
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from desktop.db import aggregates, search_index
from desktop.db.connection import schema_version
from desktop.db.meta import get_meta, require_setup, set_meta
from desktop.db.writer import clock_of, write
from desktop.domain.clock import Clock
from desktop.domain.hlc import HybridClock, Timestamp
from desktop.services.privacy import after_merge
from desktop.sync.apply import BundleMerge, Sender
from desktop.sync.changes import (DEVICE_TABLES, REFERENCE_TABLES, SYNC_TABLES, table_schema,
                                  validate_part_entry)
from desktop.sync.clocks import import_bounds
from desktop.sync.container import (DEFAULT_LIMITS, BundleRefused, Limits, Opened, open_bundle,
                                    refuse)
from desktop.sync.inbox import BundleHeld, hold, record_refusal, turned_away
from desktop.sync.keys import device_keys
from desktop.sync.manifest import check_manifest
from desktop.sync.trust import (Decision, Signer, check_signer, record_pending, record_signer,
                                signer_of)

TOTAL_KEYS = ("new", "updated", "unchanged", "conflicting", "duplicate")
MAX_GAP_RANGES = 10
# What bundle content can make Python raise if a check above ever missed a case.
_CONTENT_ERRORS = (ValueError, TypeError, KeyError, IndexError, AttributeError,
                   OverflowError, RecursionError, UnicodeError, zlib.error,
                   sqlite3.IntegrityError, sqlite3.InterfaceError)


@dataclass
class Checked:
    """A bundle whose manifest, caps and signer passed: ready to merge (or hold)."""

    opened: Opened
    signer: Signer
    decision: Decision
    entries: list = field(default_factory=list)   # (table, entry, part) in merge order
    schemas: dict = field(default_factory=dict)


class _DryRun(Exception):
    """Raised inside the transaction to roll a trial merge back."""


def read_file(path: Path, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """Read one bundle file, refusing it unread if it is larger than the cap."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > limits.file_bytes:
            raise refuse("bundle_too_large", size=size, limit=limits.file_bytes)
        with path.open("rb") as fh:
            data = fh.read(limits.file_bytes + 1)
    except OSError as exc:
        raise refuse("file_unreadable", path=str(path), detail=exc.strerror or str(exc)) from None
    if len(data) > limits.file_bytes:
        raise refuse("bundle_too_large", size=len(data), limit=limits.file_bytes)
    return data


def already_imported(conn, bundle_id: str) -> dict | None:
    """The record of an earlier import of this bundle, or None."""
    row = conn.execute("SELECT imported_at, summary FROM sync_bundles WHERE bundle_id = ?",
                       (bundle_id,)).fetchone()
    return {"imported_at": row[0], "summary": json.loads(row[1] or "{}")} if row else None


def _info(m: dict, signer: Signer | None = None) -> dict:
    """What the history keeps about a bundle: who sent it, never what it holds."""
    src = m.get("source") if isinstance(m.get("source"), dict) else {}
    return {"bundle_id": m.get("bundle_id") if isinstance(m.get("bundle_id"), str) else None,
            "device_id": str(src.get("device_id"))[:64] if src.get("device_id") else None,
            "commune_code": (str(src.get("commune_code"))[:16] if src.get("commune_code")
                             else (str(m.get("for_commune"))[:16] if m.get("for_commune")
                                   else None)),
            "fingerprint": signer.fingerprint if signer else None,
            "seq": m.get("seq") if type(m.get("seq")) is int and 0 < m["seq"] < 2 ** 62 else None}


def check_bundle(db, data: bytes, limits: Limits = DEFAULT_LIMITS, info: dict | None = None
                 ) -> Checked:
    """Every check that needs no write; BundleRefused, else what to merge.

    `info` (a dict) is filled with what is known of the sender as soon as it is
    known, for the history of a refusal."""
    info = {} if info is None else info
    conn = db.conn
    setup = require_setup(conn)
    keys = device_keys(conn)
    opened = open_bundle(data, keys.box_keys, limits)
    m = opened.manifest
    info.update(_info(m))
    check_manifest(m, limits)
    if not set(keys.key_ids) & set(m["recipients"]):
        raise refuse("bundle_not_for_us", key_id=keys.public.key_id)
    if m["schema"] > schema_version(db):
        raise refuse("bundle_schema_newer", found=m["schema"], supported=schema_version(db))
    signer = signer_of(m)
    info.update(_info(m, signer))
    if signer.device_id == setup.device_id:
        raise refuse("bundle_own", device=signer.device_id)
    if setup.is_hub and m["kind"] != "device":
        raise refuse("bundle_not_from_commune", device=signer.device_id)
    if not setup.is_hub and (m["kind"] != "reference" or m["for_commune"] != setup.commune_code):
        raise refuse("bundle_other_commune", found=m.get("for_commune"), ours=setup.commune_code)
    schemas = {t: table_schema(conn, t) for t in SYNC_TABLES}
    allowed = DEVICE_TABLES if setup.is_hub else REFERENCE_TABLES
    by_table = {}
    raw_total = 0
    for entry, part in zip(m["parts"], opened.parts):
        validate_part_entry(entry, schemas, allowed, limits)
        if entry["table"] in by_table:
            raise refuse("bundle_damaged", detail=f"{entry['table']} twice")
        if entry["bytes"] != len(part):
            raise refuse("bundle_damaged", detail=f"size of {entry['table']}")
        raw_total += entry["raw_bytes"]
        if raw_total > limits.raw_total_bytes:
            raise refuse("bundle_over_cap", what="total", size=raw_total,
                          limit=limits.raw_total_bytes)
        by_table[entry["table"]] = (entry, part)
    bounds, tolerance = import_bounds(db)
    top = m["clock"].get("max")
    if top is not None and top > bounds.max_clock:
        raise refuse("bundle_clock_ahead", device=signer.device_id,
                     hours=tolerance // 3_600_000, table="-", id="-")
    decision = check_signer(conn, signer, setup.is_hub, clock_of(db).now())
    entries = [(t, *by_table[t]) for t in SYNC_TABLES if t in by_table]
    return Checked(opened, signer, decision, entries, schemas)


def _gaps(conn, device_id: str, stream: str, seq: int, full: bool) -> tuple[list, int]:
    """Missing sequence numbers of a stream, as at most ten [first, last] ranges and a
    count: computed between the numbers seen, never by listing the range."""
    rows = conn.execute("SELECT seq, full FROM sync_bundles WHERE device_id = ? AND stream = ?",
                        (device_id, stream)).fetchall()
    seen = sorted({r[0] for r in rows} | {seq})
    floor = max([r[0] for r in rows if r[1]] + ([seq] if full else []) + [0])
    ranges, missing = [], 0
    previous = floor
    for s in seen:
        if s <= floor:
            continue
        if s > previous + 1:
            missing += s - previous - 1
            if len(ranges) < MAX_GAP_RANGES:
                ranges.append([previous + 1, s - 1])
        previous = s
    return ranges, missing


def import_history(db, limit: int = 200) -> list[dict]:
    """Bundles merged into this database and bundles refused or held, newest first,
    shaped like import reports ("file" of a merged one names the sending device and
    its sequence number, as files are not kept)."""
    rows = db.conn.execute(
        "SELECT device_id, commune_code, seq, imported_at, summary FROM sync_bundles "
        "ORDER BY imported_at DESC, rowid DESC LIMIT ?", (limit,)).fetchall()
    out = []
    for device_id, commune_code, seq, imported_at, summary in rows:
        data = json.loads(summary or "{}")
        out.append({"file": f"{device_id} #{seq}", "status": "imported",
                    "commune_code": commune_code, "imported_at": imported_at,
                    "totals": data.get("totals") or {}, "gaps": data.get("gaps") or []})
    out.extend(turned_away(db.conn, limit))
    out.sort(key=lambda r: r.get("imported_at") or "", reverse=True)
    return out[:limit]


def import_bundle(db, data: bytes | Path, name: str = "", actor_id: str | None = None,
                  limits: Limits = DEFAULT_LIMITS, dry_run: bool = False) -> dict:
    """Check and merge one bundle (its bytes, or the path of its file); return its
    report.

    Status "imported" with totals, or "already_imported". Raises BundleHeld (a
    bundle of a device not enrolled here: kept for `xaso trust approve`) or
    BundleRefused (the record tables untouched); both are added to the import
    history. With `dry_run` everything is checked and merged, then rolled back, and
    nothing is recorded: the answer to "would it be accepted?".
    """
    if isinstance(data, Path):
        name = name or str(data)
    info: dict = {}
    held = [data]  # handed over, so the file's bytes can be freed once decrypted
    del data
    try:
        if isinstance(held[0], Path):
            held[0] = read_file(held[0], limits)
        return _import(db, held, name, actor_id, limits, dry_run, info)
    except BundleRefused as exc:
        if not dry_run and not isinstance(exc, BundleHeld):
            record_refusal(db, name, exc, info)
        raise
    except _CONTENT_ERRORS as exc:  # the last line of defence: never an unexpected error
        refused = refuse("bundle_damaged", detail=f"unexpected content ({type(exc).__name__})")
        if not dry_run:
            record_refusal(db, name, refused, info)
        raise refused from exc


def _import(db, held: list, name: str, actor_id, limits: Limits, dry_run: bool,
            info: dict) -> dict:
    conn = db.conn
    setup = require_setup(conn)
    data = held.pop()
    checked = check_bundle(db, data, limits, info)
    m = checked.opened.manifest
    earlier = already_imported(conn, m["bundle_id"])
    if earlier:
        return _report(m, name, "already_imported", {k: 0 for k in TOTAL_KEYS}, [], 0,
                       {"imported_at": earlier["imported_at"]})
    if checked.decision.action == "hold":
        return _hold(db, data, name, checked, info, limits, actor_id, dry_run)
    del data  # the parts are views into the decrypted body; the file bytes can go
    signer = checked.signer
    bounds, tolerance = import_bounds(db)
    sender = Sender(signer.device_id,
                    signer.commune_code if setup.is_hub else setup.commune_code,
                    setup.is_hub, setup.device_id if setup.is_hub else None)
    with write(db, actor_id) as tx:
        if already_imported(conn, m["bundle_id"]):  # another process won the race
            return _report(m, name, "already_imported", {k: 0 for k in TOTAL_KEYS}, [], 0, {})
        merge = BundleMerge(tx, sender, bounds, limits, m["bundle_id"], checked.schemas,
                            tolerance // 3_600_000)
        # A commune's first bundle on a hub brings all its records at once: the
        # aggregates and search index are filled set-based afterwards, not row by row
        # (every row it writes is the commune's, and none of the commune's was here).
        # Their triggers are dropped meanwhile, not only paused: a paused trigger still
        # runs for every row to find itself paused (a third of a visit's insert).
        first = setup.is_hub and _first_of_commune(conn, sender.commune)
        with (aggregates.paused(conn, "merge") if first else nullcontext(),
              aggregates.dropped(conn, SYNC_TABLES) if first else nullcontext()):
            for table, entry, part in checked.entries:
                merge.part(table, entry, part)
            after_merge(conn, tx.stamp.rev, m["bundle_id"])  # erasures: nothing comes back
            if first:
                aggregates.rebuild(conn, sender.commune)
                search_index.add_commune(conn, sender.commune)
        totals = merge.totals
        gaps, missing = _gaps(conn, signer.device_id, m["stream"], m["seq"], m["full"])
        record_signer(conn, signer, checked.decision, tx.stamp.at)
        notes = _notes(checked.decision)
        summary = {"totals": totals, "gaps": gaps, "missing": missing, **notes}
        conn.execute(
            "INSERT INTO sync_bundles(bundle_id, device_id, commune_code, stream, seq, full, "
            "since_rev, upto_rev, manifest_sha256, imported_at, hlc, summary) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (m["bundle_id"], signer.device_id, sender.commune, m["stream"], m["seq"],
             int(m["full"]), m["since_rev"], m["upto_rev"],
             hashlib.sha256(checked.opened.manifest_bytes).hexdigest(), tx.stamp.at,
             merge.max_clock, json.dumps(summary, sort_keys=True)))
        if merge.max_clock:
            _observe(conn, tx.stamp.device_id, merge.max_clock, clock_of(db))
        report = _report(m, name, "imported", totals, gaps, missing, notes)
        report["trusted_now"] = checked.decision.action == "enroll"
        tx.audit("bundle_import", "bundle", m["bundle_id"],
                 {k: v for k, v in report.items() if k not in ("file",)})
        if dry_run:
            raise _DryRun(report)
    return report


def _first_of_commune(conn, commune: str) -> bool:
    """True when the hub holds no record of `commune` yet (stage changes and the rest
    name its residents and households, so these three tables answer, by index)."""
    return not any(conn.execute(f"SELECT 1 FROM {t} WHERE commune_code = ? LIMIT 1",
                                (commune,)).fetchone()
                   for t in ("households", "residents", "visits"))


def _notes(decision: Decision) -> dict:
    if decision.action == "enroll":
        return {"enrolled_by": decision.token["token_id"]}
    if decision.action == "rotate":
        return {"keys_rotated": len(decision.retired)}
    return {}


def _hold(db, data: bytes, name: str, checked: Checked, info: dict, limits: Limits,
          actor_id, dry_run: bool) -> dict:
    """Keep a bundle of a device not enrolled here; raise BundleHeld with its reason."""
    signer, decision = checked.signer, checked.decision
    held = BundleHeld.of(decision.reason, file=Path(name).name if name else "-",
                         device=signer.device_id, commune=signer.commune_code,
                         fingerprint=signer.fingerprint, **decision.params)
    if not dry_run:
        with write(db, actor_id) as tx:
            record_pending(tx.conn, signer, tx.stamp.at)
            hold(tx, name, data, info, held, limits)
    raise held


def _observe(conn, device_id: str, clock: str, wall: Clock) -> None:
    """Move this database's clock past the merged clocks (HLC receive rule)."""
    hc = HybridClock(device_id, Timestamp.load(get_meta(conn, "hlc"), device_id),
                     now_ms=wall.now_ms)
    set_meta(conn, "hlc", str(hc.observe(Timestamp.parse(clock))))


def trial_merge(db, data: bytes, limits: Limits = DEFAULT_LIMITS) -> dict:
    """Check and merge a bundle, then roll it back: its report, or BundleRefused."""
    try:
        return import_bundle(db, data, limits=limits, dry_run=True)
    except _DryRun as done:
        return done.args[0]


def _report(m: dict, name: str, status: str, totals: dict, gaps: list, missing: int,
            notes: dict) -> dict:
    src = m.get("source") or {}
    return {"file": name, "status": status, "bundle_id": m.get("bundle_id"),
            "kind": m.get("kind"), "device_id": src.get("device_id"),
            "commune_code": src.get("commune_code") or m.get("for_commune"),
            "seq": m.get("seq"), "full": bool(m.get("full")), "rows": m.get("rows"),
            "totals": totals, "gaps": gaps, "missing": missing, **notes}

