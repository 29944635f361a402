"""A compromised laptop: its real keys and enrollment, and any manifest or rows it likes.

Builds bundles the way a laptop whose software was tampered with would: the same
container and signature as the exporter (so the hub's outer checks all pass), with
rows and manifest fields chosen by the test.
"""

import json
import struct
import zlib

import nacl.secret
import nacl.utils
from nacl.public import PublicKey, SealedBox

from desktop import __version__
from desktop.db.connection import schema_version
from desktop.db.meta import require_setup
from desktop.domain.ids import new_id
from desktop.sync.changes import ENCODING, encode_rows, table_columns
from desktop.sync.container import (FORMAT_VERSION, INNER_MAGIC, MAGIC, SIGN_CONTEXT,
                                    canonical_json, part_digest)
from desktop.sync.exporter import manifest_source
from desktop.sync.keys import device_keys, key_id
from desktop.sync.trust import current_hub


class Forger:
    """Signs whatever it is given with `laptop`'s keys, encrypted to its hub."""

    def __init__(self, laptop):
        self.db = laptop
        self.seq = 100

    def rows(self, table: str, where: str = "1", params=()) -> list[dict]:
        """Rows of the laptop's own database, as dicts of travelling columns."""
        cols = table_columns(self.db.conn, table)
        cur = self.db.conn.execute(f"SELECT {', '.join(cols)} FROM {table} WHERE {where}",
                                   params)
        return [dict(zip(cols, r)) for r in cur.fetchall()]

    def row(self, table: str, record_id: str) -> dict:
        """One row of the laptop's database."""
        return self.rows(table, "id = ?", (record_id,))[0]

    def bundle(self, tables: dict | None = None, mutate=None, parts=None, rewrite=None,
               **fields) -> bytes:
        """A signed, encrypted bundle.

        `tables` maps a table to a list of row dicts (columns from the first row, or
        the table's columns), or to (columns, list of value lists). `parts` replaces
        the encoded parts: a list of (entry, bytes) used as given. `fields` override
        manifest fields; `mutate(manifest)` may change anything after that (the part
        list and hashes are already in it); `rewrite(bytes)` may change the manifest's
        bytes just before they are signed.
        """
        conn = self.db.conn
        setup = require_setup(conn)
        keys = device_keys(conn)
        hub = current_hub(conn)
        recipient = bytes.fromhex(hub["box_public"])
        entries, blobs = [], []
        for table, rows in (tables or {}).items():
            if isinstance(rows, tuple):
                columns, values = rows
            else:
                columns = list(rows[0]) if rows else table_columns(conn, table)
                values = [[r.get(c) for c in columns] for r in rows]
            data, raw, count = encode_rows(values)
            entries.append({"table": table, "columns": columns, "rows": count,
                            "encoding": ENCODING, "bytes": len(data), "raw_bytes": raw,
                            "sha256": part_digest(data)})
            blobs.append(data)
        if parts is not None:
            entries = [dict(e, sha256=part_digest(b), bytes=e.get("bytes", len(b)))
                       for e, b in parts]
            blobs = [b for _, b in parts]
        self.seq += 1
        clocks = [v for e, b in zip(entries, blobs) for v in _clocks(e, b)]
        manifest = {
            "format": FORMAT_VERSION, "schema": schema_version(self.db),
            "app": f"xaso {__version__}", "bundle_id": new_id(), "created_at": "2026-11-30T02:00:00+00:00",
            "kind": "device", "source": manifest_source(conn, setup, keys, "device"),
            "for_commune": None, "stream": "device", "seq": self.seq, "full": False,
            "since_rev": 0, "upto_rev": 1,
            "clock": {"min": min(clocks) if clocks else None, "max": max(clocks) if clocks else None},
            "rows": sum(e["rows"] for e in entries if isinstance(e.get("rows"), int)),
            "recipients": [key_id(recipient)], "parts": entries}
        manifest.update(fields)
        if mutate is not None:
            mutate(manifest)
        manifest_bytes = canonical_json(manifest)
        if rewrite is not None:
            manifest_bytes = rewrite(manifest_bytes)
        return seal_bytes(manifest_bytes, blobs, keys.signing_key, recipient)


def seal_bytes(manifest_bytes: bytes, parts: list[bytes], signing_key, recipient: bytes) -> bytes:
    """The container of docs/bundle-format.md around manifest bytes given as they are."""
    signature = signing_key.sign(SIGN_CONTEXT + manifest_bytes).signature
    body = b"".join([INNER_MAGIC, struct.pack(">I", len(manifest_bytes)), manifest_bytes,
                     signature, struct.pack(">I", len(parts)),
                     b"".join(struct.pack(">I", len(p)) for p in parts), *parts])
    content_key = nacl.utils.random(nacl.secret.SecretBox.KEY_SIZE)
    head = MAGIC + struct.pack(">HH", FORMAT_VERSION, 1) + bytes.fromhex(key_id(recipient))
    head += SealedBox(PublicKey(recipient)).encrypt(content_key)
    return head + bytes(nacl.secret.SecretBox(content_key).encrypt(body))


def _clocks(entry: dict, blob: bytes) -> list[str]:
    try:
        columns = entry["columns"]
        h = columns.index("hlc")
        lines = zlib.decompress(blob).decode("utf-8").splitlines()
        return [v for v in (json.loads(line)[h] for line in lines) if isinstance(v, str)]
    except Exception:  # noqa: BLE001 - hostile parts need not decode
        return []

