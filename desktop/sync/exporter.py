"""Making bundles: a commune laptop's changes for the hub, and the hub's reference
bundle for one commune.

Incremental by default (rows whose local revision is past the last export of this
stream), `full` for everything. An export larger than one bundle may be (Split, well
within the hub's caps) goes out as several bundles with consecutive sequence
numbers, each complete in itself: a million-visit commune's history is about 3
million rows. The files are written before the export is recorded, in the same
transaction, so a failed write records nothing, leaves no file, and a recorded
export always has its files.
"""

import os
import tempfile
from contextlib import closing
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


@dataclass(frozen=True)
class Split:
    """How much one bundle may hold before the rest of an export goes into the next
    bundle of the sequence. Well below the hub's caps (container.Limits: 64 MiB a
    file, 2,000,000 rows), because the records a bundle's rows name are added after
    the cut: the count of those still to come is part of the measure, and the
    records they in turn name (a named visit's household) are at most as many again."""

    rows: int = 800_000
    bytes: int = 30 * 1024 * 1024   # compressed, the rows still to come counted at the mean


SPLIT = Split()


def export_bundle(db, out: Path, full: bool = False, actor_id: str | None = None,
                  split: Split = SPLIT) -> dict:
    """Export this commune laptop's changes, encrypted to its hub, to `out`.

    `out` may be a folder: the file is then named by the bundle id, which says
    nothing about the commune or its people. An export past `split` is written as
    several bundles in sequence (see _target for their names). Returns the summary
    (no personal data): that of the first bundle with the rows, bytes and tables of
    all, and each bundle's own under "bundles".
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
                   hub_device=hub["device_id"], split=split)


def export_reference(db, commune_code: str, out: Path, full: bool = False,
                     actor_id: str | None = None, split: Split = SPLIT) -> dict:
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
                   full, actor_id, rev_keys, split=split)


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


class _Piece:
    """What one bundle of an export holds so far, measured against its Split."""

    def __init__(self, split: Split):
        self.split = split
        self.rows = 0      # rows taken
        self.named = 0     # records named by them and not yet read: rows still to come
        self.bytes = 0     # compressed bytes made

    def add_bytes(self, size: int) -> None:
        self.bytes += size

    def full(self) -> bool:
        """True once this bundle, with the records its rows name, reaches the split."""
        rows = self.rows + self.named
        return rows >= self.split.rows or self.bytes * rows >= self.split.bytes * max(self.rows, 1)


class _Changed:
    """One table's rows changed since the export's start, read once by the bundles of
    an export in turn: each takes rows while it has room."""

    def __init__(self, cursor):
        self._cursor = cursor
        self._rows = iter(cursor)
        self._next = next(self._rows, None)

    def close(self) -> None:
        self._cursor.close()

    @property
    def done(self) -> bool:
        return self._next is None

    def take(self, piece: _Piece):
        """Yield rows until none are left or `piece` is full."""
        while self._next is not None and not piece.full():
            row, self._next = self._next, next(self._rows, None)
            yield row


class _Sent:
    """The records an export has already sent as ones named by other rows, by table,
    kept in a temporary table (ids only, in memory: temp_store): a later bundle's
    changed rows leave them out. Without this a million-visit commune's history went
    out as 5.3 million rows instead of 3.1: every visit once named by its team's rows,
    then again as a changed visit."""

    def __init__(self, conn):
        self.conn = conn
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS export_sent "
                     "(tbl TEXT, id TEXT, PRIMARY KEY (tbl, id)) WITHOUT ROWID")
        conn.execute("DELETE FROM temp.export_sent")

    def add(self, table: str, ids: list) -> None:
        self.conn.executemany("INSERT OR IGNORE INTO temp.export_sent VALUES (?, ?)",
                              ((table, i) for i in ids))

    @staticmethod
    def unless(table: str) -> str:
        """The condition leaving out the sent records of `table` (one parameter)."""
        return (f" AND NOT EXISTS (SELECT 1 FROM temp.export_sent AS s "
                f"WHERE s.tbl = ? AND s.id = {table}.id)")

    def close(self) -> None:
        self.conn.execute("DROP TABLE IF EXISTS temp.export_sent")


def _pieces(conn, since: int, commune: str | None, own: str | None, hub_device: str | None,
            split: Split):
    """Each bundle's parts ({table: _Part}, in SYNC_TABLES order) in turn: the rows
    changed since revision `since`, as many as fit, plus every record they name (a
    household for its resident, a visit for its team...), changed or not, so that
    each bundle holds whatever its rows refer to and bundles can arrive in any order.
    A table's rows go from the cursor into the compressor as they are read, never
    held all at once, nor sorted (a full export of a million visits held 4.8 GB of
    rows, then a sort of 1.2 GB), and one bundle is made at a time. Always at least
    one bundle, perhaps empty."""
    columns = {t: table_columns(conn, t) for t in SYNC_TABLES}
    changed: dict[str, _Changed] = {}
    sent = _Sent(conn)
    try:
        while True:
            piece = _Piece(split)
            out: dict[str, _Part] = {}
            needed: dict[str, set] = {}
            for table in reversed(SYNC_TABLES):  # children before the tables they refer to
                where, params = _scope(table, commune, own, hub_device)
                select = f"SELECT {', '.join(columns[table])} FROM {table} WHERE "
                if table not in changed and not piece.full():
                    # opened once a bundle has room for it: every table naming this one
                    # has been read whole by then, so what was sent of it is known
                    changed[table] = _Changed(conn.execute(
                        select + f"rev > ? AND {where}" + sent.unless(table),
                        (since, *params, table)))
                ends: list = []
                made = piece.bytes
                data, raw, count = encode_rows(
                    _table_rows(conn, table, columns[table], select, where, params,
                                changed.get(table), piece, needed, ends,
                                None if table in changed else sent), piece.add_bytes)
                piece.bytes = made + len(data)
                if count:
                    out[table] = _Part(columns[table], data, raw, count, *ends)
            yield {t: out[t] for t in SYNC_TABLES if t in out}  # the manifest's order
            if len(changed) == len(SYNC_TABLES) and all(c.done for c in changed.values()):
                return
    finally:  # the statements first: a table being read cannot be dropped
        for rows in changed.values():
            rows.close()
        sent.close()


def _table_rows(conn, table: str, columns: list[str], select: str, where: str, params: tuple,
                changed: _Changed | None, piece: _Piece, needed: dict[str, set], ends: list,
                sent: _Sent | None):
    """Yield one table's rows for this bundle, as they are read: changed rows while
    the bundle has room, then those of the records named by rows already yielded
    (`needed`, filled by the tables read before) that were not among them (noted in
    `sent` if given: the table's changed rows are still to come). Adds the ids these
    rows name to `needed`, and their lowest and highest clock to `ends` once all are
    yielded."""
    wanted = needed.pop(table, set())
    refs = [(needed.setdefault(ref.table, set()), columns.index(ref.column))
            for ref in rules_for(table).references]
    at_id, at_hlc = columns.index("id"), columns.index("hlc")
    have: set = set()
    low = high = None
    mine = changed.take(piece) if changed is not None else ()
    for row in chain(mine, _named(conn, table, select, where, params, wanted, have, sent)):
        piece.rows += 1
        if wanted:
            have.add(row[at_id])
        clock = row[at_hlc]
        if clock and (low is None or clock < low):
            low = clock
        if clock and (high is None or clock > high):
            high = clock
        for ids, at in refs:
            value = row[at]
            if value is not None and value not in ids:
                ids.add(value)
                piece.named += 1
        yield row
    piece.named -= len(wanted)  # now read (or among the changed rows): counted as rows
    ends.extend((low, high))


def _named(conn, table: str, select: str, where: str, params: tuple, wanted: set, have: set,
           sent: _Sent | None):
    """Yield the rows of the records in `wanted` and not in `have`, within the scope
    `where`, 500 to a statement, noting their ids in `sent` if given. The ids are
    taken when the first row is asked for: chained after the changed rows, once
    `have` holds them all."""
    ids = sorted(wanted - have)
    for start in range(0, len(ids), 500):
        batch = ids[start:start + 500]
        if sent is not None:
            sent.add(table, batch)
        yield from conn.execute(select + f"id IN ({', '.join('?' for _ in batch)}) AND {where} "
                                f"ORDER BY id", (*batch, *params))


def _export(db, out: Path, kind: str, commune: str | None, stream_key: str,
            recipients: list[bytes], full: bool, actor_id: str | None,
            rev_keys: list[str] | None = None, hub_device: str | None = None,
            split: Split = SPLIT) -> dict:
    """Write the bundles of one export (one, or several in sequence past `split`) and
    record it; a failure anywhere removes the files already written."""
    conn = db.conn
    setup = require_setup(conn)
    keys = device_keys(conn)
    written: list[Path] = []
    try:
        with write(db, actor_id) as tx:
            rev_keys = rev_keys or [f"{stream_key}_rev"]
            since = 0 if full else min(int(get_meta(conn, k, "0")) for k in rev_keys)
            seq = int(get_meta(conn, f"{stream_key}_seq", "0"))
            source = manifest_source(conn, setup, keys, kind)
            bundles = []
            with closing(_pieces(conn, since, commune, setup.commune_code, hub_device,
                                 split)) as pieces:  # closed at once if a bundle fails
                for parts in pieces:
                    seq += 1
                    # Only the first of a full export says so: it covers the gaps before
                    # it, and the hub still sees one of the others missing as a gap.
                    manifest = _manifest(db, tx, kind, commune, source, seq,
                                         full and not bundles, since, parts, recipients)
                    summary = _write_bundle(out, len(bundles), manifest, parts, keys,
                                            recipients, written)
                    tx.audit("bundle_export", "bundle", summary["bundle_id"],
                             {k: v for k, v in summary.items() if k != "path"}
                             | {"file": Path(summary["path"]).name})
                    bundles.append(summary)
            set_meta(conn, f"{stream_key}_seq", seq)
            for key in rev_keys:
                set_meta(conn, key, tx.stamp.rev)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    first = bundles[0]
    return {**first, "full": bool(full), "rows": sum(b["rows"] for b in bundles),
            "bytes": sum(b["bytes"] for b in bundles),
            "tables": {t: sum(b["tables"].get(t, 0) for b in bundles)
                       for t in SYNC_TABLES if any(t in b["tables"] for b in bundles)},
            "bundles": bundles}


def _write_bundle(out, n: int, manifest: dict, parts: dict, keys, recipients: list[bytes],
                  written: list[Path]) -> dict:
    """Seal the `n`th bundle (from 0) of an export and write its file (added to
    `written`); its summary."""
    blob = seal(manifest, [p.data for p in parts.values()], keys.signing_key, recipients)
    path = _target(out, manifest["bundle_id"], n)
    _write_atomic(path, blob)
    written.append(path)
    return {"bundle_id": manifest["bundle_id"], "kind": manifest["kind"],
            "for_commune": manifest["for_commune"], "seq": manifest["seq"],
            "full": manifest["full"], "rows": manifest["rows"], "bytes": len(blob),
            "path": str(path), "tables": {e["table"]: e["rows"] for e in manifest["parts"]},
            "recipients": manifest["recipients"], "clock": manifest["clock"]}


def _manifest(db, tx, kind: str, commune: str | None, source: dict, seq: int, full: bool,
              since: int, parts: dict, recipients: list[bytes]) -> dict:
    """The manifest of one bundle holding `parts` ({table: _Part})."""
    entries = [{"table": table, "columns": part.columns, "rows": part.rows,
                "encoding": ENCODING, "bytes": len(part.data), "raw_bytes": part.raw,
                "sha256": part_digest(part.data)}
               for table, part in parts.items()]
    clocks = [c for p in parts.values() for c in (p.low, p.high) if c]
    return {
        "format": FORMAT_VERSION, "schema": schema_version(db), "app": f"xaso {__version__}",
        "bundle_id": new_id(), "created_at": tx.stamp.at, "kind": kind, "source": source,
        "for_commune": commune, "stream": "device" if kind == "device" else f"ref:{commune}",
        "seq": seq, "full": full, "since_rev": since, "upto_rev": tx.stamp.rev,
        "clock": {"min": min(clocks) if clocks else None, "max": max(clocks) if clocks else None},
        "rows": sum(e["rows"] for e in entries),
        "recipients": [key_id(r) for r in recipients], "parts": entries,
    }


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


def _target(out, bundle_id: str, n: int = 0) -> Path:
    """Where the `n`th bundle (from 0) of an export goes: a file named by its id if
    `out` is (or ends like) a folder; else `out` itself, and `NAME_2.xaso`,
    `NAME_3.xaso`… beside it for the bundles after the first."""
    text = str(out)
    if Path(text).is_dir() or text.endswith(("/", os.sep)):
        return Path(text) / f"{bundle_id}{EXTENSION}"
    path = Path(text)
    return path if n == 0 else path.with_name(f"{path.stem}_{n + 1}{path.suffix or EXTENSION}")


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
