"""Which tables travel, and how their rows are packed into bundle parts.

A part is one table's rows as zlib-compressed JSON Lines; each line is a JSON array
of values in the order of the part's `columns`. `rev` is local and never travels.
Decoding checks every size and value type: the bytes come from outside.
"""

import json
import zlib

from desktop.db.migrations.m001_initial import TABLES
from desktop.sync.container import Limits, refuse

# Record tables that sync, in an order where referenced records come first.
SYNC_TABLES: tuple[str, ...] = (*TABLES, "duplicates")
LOCAL_COLUMNS = ("rev",)
ENCODING = "jsonl+zlib"
COMPRESS_LEVEL = 1  # speed over size: bundles are small next to a USB stick


def table_columns(conn, table: str) -> list[str]:
    """The columns of `table` in this database that travel (all but `rev`)."""
    cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
    return [c for c in cols if c not in LOCAL_COLUMNS]


def encode_rows(rows) -> tuple[bytes, int, int]:
    """Pack row tuples; return (stored bytes, raw size, row count)."""
    comp = zlib.compressobj(COMPRESS_LEVEL)
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    out = []
    raw = 0
    count = 0
    batch = []
    for row in rows:
        batch.append(dumps(row))
        count += 1
        if len(batch) >= 2000:
            chunk = ("\n".join(batch) + "\n").encode("utf-8")
            raw += len(chunk)
            out.append(comp.compress(chunk))
            batch = []
    if batch:
        chunk = ("\n".join(batch) + "\n").encode("utf-8")
        raw += len(chunk)
        out.append(comp.compress(chunk))
    out.append(comp.flush())
    return b"".join(out), raw, count


_SCALARS = (str, int, float, type(None))


def decode_rows(data: bytes, entry: dict, limits: Limits) -> list[list]:
    """Unpack one part listed as `entry` in the manifest; refuse anything off-spec.

    Decompression stops at the declared raw size (and the cap), so a small part that
    inflates to gigabytes is refused without being inflated.
    """
    table = entry.get("table")
    columns = entry.get("columns")
    declared = entry.get("raw_bytes")
    expected_rows = entry.get("rows")
    if entry.get("encoding") != ENCODING:
        raise refuse("bundle_damaged", detail=f"encoding of {table}")
    if not isinstance(declared, int) or not isinstance(expected_rows, int) or declared < 0:
        raise refuse("bundle_damaged", detail=f"sizes of {table}")
    if declared > limits.raw_part_bytes:
        raise refuse("bundle_over_cap", what="part", size=declared, limit=limits.raw_part_bytes)
    inflater = zlib.decompressobj()
    try:
        raw = inflater.decompress(data, declared + 1)
    except zlib.error:
        raise refuse("bundle_damaged", detail=f"compression of {table}") from None
    if len(raw) != declared or inflater.unconsumed_tail or not inflater.eof:
        raise refuse("bundle_damaged", detail=f"size of {table}")
    width = len(columns)
    rows = []
    try:
        # split on "\n" only: JSON escapes it inside strings, but not U+2028.
        for line in raw.decode("utf-8").split("\n")[:-1]:
            row = json.loads(line)
            if not isinstance(row, list) or len(row) != width:
                raise ValueError("row shape")
            for v in row:
                if not isinstance(v, _SCALARS):
                    raise ValueError("value type")
            rows.append(row)
    except (UnicodeDecodeError, ValueError):
        raise refuse("bundle_damaged", detail=f"rows of {table}") from None
    if not raw.endswith(b"\n") and raw:
        raise refuse("bundle_damaged", detail=f"rows of {table}")
    if len(rows) != expected_rows:
        raise refuse("bundle_damaged", detail=f"row count of {table}")
    return rows


def validate_part_entry(entry, local_columns: dict[str, list[str]]) -> None:
    """Refuse a part naming an unknown table or column (no names are trusted)."""
    if not isinstance(entry, dict):
        raise refuse("bundle_damaged", detail="part entry")
    table = entry.get("table")
    if table not in SYNC_TABLES or table not in local_columns:
        raise refuse("bundle_damaged", detail=f"unknown table {str(table)[:40]!r}")
    columns = entry.get("columns")
    if (not isinstance(columns, list) or not columns or "id" not in columns
            or len(set(columns)) != len(columns)):
        raise refuse("bundle_damaged", detail=f"columns of {table}")
    known = set(local_columns[table])
    unknown = [c for c in columns if c not in known]
    if unknown:
        raise refuse("bundle_damaged", detail=f"unknown columns {unknown[:3]} in {table}")
    for required in ("id", "commune_code", "created_hlc", "hlc", "deleted"):
        if required not in columns:
            raise refuse("bundle_damaged", detail=f"{table} lacks {required}")
