"""Which tables travel, and how their rows are packed into bundle parts.

A part is one table's rows as zlib-compressed JSON Lines; each line is a JSON array
of values in the order of the part's `columns`. `rev` is local and never travels.
Decoding checks every size and value type: the bytes come from outside. It streams:
a part is inflated a slice at a time and its rows come out in chunks, so a bundle's
memory does not grow with its row count.
"""

import json
import math
import zlib

from desktop.db.live import RECORD_TABLES
from desktop.sync.container import BundleRefused, Limits, refuse

# Record tables that sync, in an order where referenced records come first (a stage
# change may name an event, so events come before stage changes). The staff users
# of a laptop never travel: an actor id is only an id.
SYNC_TABLES: tuple[str, ...] = (
    "hamlets", "members", "households", "residents", "trainings", "bridge_points", "events",
    "visits", "visit_members", "stage_changes", "attendance", "targets", "duplicates")
# The hub's own kinds: trainings it organises (with their bridge points and attendance)
# and targets. Rows of these the hub makes (its own code, or a commune's for a target)
# are the hub's: they go to every commune concerned and change on the hub alone. Rows
# a hub's correction adds to a commune's other records (a visit's team, a step) are the
# commune's, which its laptops change again like any other.
HUB_TABLES = ("trainings", "bridge_points", "attendance", "targets")
# What a commune laptop may send its hub, and a hub its communes: the same tables.
DEVICE_TABLES = frozenset(SYNC_TABLES)
REFERENCE_TABLES = frozenset(SYNC_TABLES)
LOCAL_COLUMNS = ("rev",)
# Columns a part must always carry: identity, owner, clocks, tombstone.
REQUIRED_COLUMNS = ("id", "commune_code", "created_hlc", "hlc", "deleted")
ENCODING = "jsonl+zlib"
COMPRESS_LEVEL = 1  # speed over size: bundles are small next to a USB stick
CHUNK_ROWS = 500
CHUNK_BYTES = 4 * 1024 * 1024  # a chunk of rows holds at most about this much JSON
_INFLATE_STEP = 1024 * 1024
INFLATION_SLACK = 4096  # a tiny part may compress better than the ratio says


def table_columns(conn, table: str) -> list[str]:
    """The columns of `table` in this database that travel (all but `rev`)."""
    cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
    return [c for c in cols if c not in LOCAL_COLUMNS]


def table_schema(conn, table: str) -> list[tuple[str, bool, bool]]:
    """(column, not null, has a default) of each travelling column of `table`."""
    return [(r[1], bool(r[3]), r[4] is not None)
            for r in conn.execute(f"PRAGMA table_info({table})") if r[1] not in LOCAL_COLUMNS]


def encode_rows(rows, on_bytes=None) -> tuple[bytes, int, int]:
    """Pack row tuples; return (stored bytes, raw size, row count). `on_bytes`, if
    given, is told the size of each compressed piece as it is made (an exporter
    deciding where one bundle ends)."""
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
            if on_bytes is not None:
                on_bytes(len(out[-1]))
            batch = []
    if batch:
        chunk = ("\n".join(batch) + "\n").encode("utf-8")
        raw += len(chunk)
        out.append(comp.compress(chunk))
    out.append(comp.flush())
    return b"".join(out), raw, count


def _no_constant(name: str):
    raise ValueError(name)


_decoder = json.JSONDecoder(parse_constant=_no_constant)
_decode_line = _decoder.decode
_scan = _decoder.scan_once  # the C scanner `decode` wraps: (value, end) from a position
_VALUE_TYPES = frozenset((str, int, float, type(None)))
_INT_LOW, _INT_HIGH = -2 ** 63, 2 ** 63


def iter_rows(data, entry: dict, limits: Limits, chunk_rows: int = CHUNK_ROWS):
    """Yield the rows of one part (listed as `entry`, already checked) in lists of up
    to `chunk_rows` rows (and about CHUNK_BYTES of JSON); refuse anything off-spec.

    Inflation never goes past the declared raw size plus a step, so a small part that
    inflates to gigabytes is refused without being inflated; a line longer than the
    row cap is refused before it is parsed. Values must be strings, integers, finite
    reals or null, and each row as wide as the part's column list.
    """
    table = entry["table"]
    width = len(entry["columns"])
    rows: list[list] = []
    size = 0
    try:
        for line in _lines(data, entry, limits):
            row = _parsed(line)
            if type(row) is not list or len(row) != width:
                row = _row(line, width, table)  # refuses it (or takes it, spaces around)
            rows.append(row)
            size += len(line)
            if len(rows) >= chunk_rows or size >= CHUNK_BYTES:
                _check_types(rows, table)
                yield rows
                rows, size = [], 0
    except BundleRefused:
        # values are checked a chunk at a time: the rows read before a later line's
        # refusal (its JSON, its width, a size, a count) are checked first, so the
        # first fault of the part is still the one refused
        _check_types(rows, table)
        raise
    if rows:
        _check_types(rows, table)
        yield rows


def _parsed(line: bytes):
    """The JSON value of one line, or None when it is not one value alone (then
    `_row` parses it again and says why). The C scanner called directly: `decode`
    costs twice as much in its Python wrapping, for the same value."""
    try:
        text = line.decode("utf-8")
        value, end = _scan(text, 0)
    except (UnicodeDecodeError, ValueError, RecursionError, StopIteration):
        return None
    return value if end == len(text) else None


def _check_types(rows: list[list], table: str) -> None:
    """Refuse values that are not strings, 64-bit integers, finite reals or null: a
    column at a time (the types of a column are few); a chunk with any other type is
    looked at row by row, which refuses it."""
    for column in zip(*rows):
        kinds = set(map(type, column))
        if not kinds <= _VALUE_TYPES:
            break
        if int in kinds:
            ints = [v for v in column if type(v) is int]
            if not (_INT_LOW < min(ints) and max(ints) < _INT_HIGH):
                break
        if float in kinds and not all(math.isfinite(v) for v in column if type(v) is float):
            break
    else:
        return
    for row in rows:
        _values(row, table)


def iter_ids(data, entry: dict, limits: Limits):
    """The `id` of each row of a part already read once by iter_rows: sliced out of
    the line when it is the first column (as the exporter writes it), else parsed."""
    at = entry["columns"].index("id")
    width = len(entry["columns"])
    for line in _lines(data, entry, limits):
        if at == 0 and line[:2] == b'["' and line[38:40] in (b'",', b'"]'):
            yield line[2:38].decode("utf-8")
        else:
            yield _row(line, width, entry["table"])[at]


def _lines(data, entry: dict, limits: Limits):
    """The lines of one part, inflated a step at a time, within the caps."""
    table = entry["table"]
    declared = entry["raw_bytes"]
    expected = entry["rows"]
    inflater = zlib.decompressobj()
    pending = b""
    seen = 0
    total = 0
    view = memoryview(data)
    pos = 0
    step = 256 * 1024
    while True:
        try:
            if inflater.unconsumed_tail:
                piece = inflater.decompress(inflater.unconsumed_tail, _INFLATE_STEP)
            elif pos < len(view):
                piece = inflater.decompress(view[pos:pos + step], _INFLATE_STEP)
                pos += step
            elif not inflater.eof:
                piece = inflater.flush()
                if not piece:
                    raise refuse("bundle_damaged", detail=f"compression of {table}")
            else:
                break
        except zlib.error:
            raise refuse("bundle_damaged", detail=f"compression of {table}") from None
        total += len(piece)
        if total > declared:
            raise refuse("bundle_damaged", detail=f"size of {table}")
        if inflater.eof and (inflater.unused_data or pos < len(view)):
            raise refuse("bundle_damaged", detail=f"trailing bytes in {table}")
        if not piece:
            if inflater.eof:
                break
            continue
        pending += piece
        lines = pending.split(b"\n")
        pending = lines.pop()
        if len(pending) > limits.row_bytes:
            raise refuse("bundle_over_cap", what=f"row of {table}", size=len(pending),
                          limit=limits.row_bytes)
        for line in lines:
            if len(line) > limits.row_bytes:
                raise refuse("bundle_over_cap", what=f"row of {table}", size=len(line),
                              limit=limits.row_bytes)
            seen += 1
            if seen > expected:
                raise refuse("bundle_damaged", detail=f"row count of {table}")
            yield line
    if pending or total != declared or not inflater.eof:
        raise refuse("bundle_damaged", detail=f"size of {table}")
    if seen != expected:
        raise refuse("bundle_damaged", detail=f"row count of {table}")


def _row(line: bytes, width: int, table: str) -> list:
    # split on "\n" only: JSON escapes it inside strings, but not U+2028.
    try:
        row = _decode_line(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise refuse("bundle_damaged", detail=f"rows of {table}") from None
    if type(row) is not list or len(row) != width:
        raise refuse("bundle_damaged", detail=f"rows of {table}")
    _values(row, table)
    return row


def _values(row: list, table: str) -> None:
    """Refuse a row holding a value other than a string, a 64-bit integer, a finite
    real or null."""
    for v in row:
        t = type(v)
        if t is str or v is None or (t is int and -2 ** 63 < v < 2 ** 63):
            continue
        if t is float and math.isfinite(v):
            continue
        raise refuse("bundle_damaged", detail=f"value types in {table}")


def validate_part_entry(entry, schemas: dict[str, list[tuple[str, bool, bool]]],
                        allowed: frozenset, limits: Limits) -> None:
    """Refuse a part naming an unknown or forbidden table, an unknown column, or sizes
    past the caps. `schemas` are this database's travelling columns per table."""
    if not isinstance(entry, dict):
        raise refuse("bundle_damaged", detail="part entry")
    table = entry.get("table")
    if isinstance(table, str) and table in RECORD_TABLES and table not in allowed:
        raise refuse("bundle_table_not_allowed", table=table)
    if not isinstance(table, str) or table not in schemas or table not in allowed:
        raise refuse("bundle_damaged", detail=f"unknown table {str(table)[:40]!r}")
    columns = entry.get("columns")
    if (not isinstance(columns, list) or not columns or len(columns) > 64
            or not all(isinstance(c, str) for c in columns) or len(set(columns)) != len(columns)):
        raise refuse("bundle_damaged", detail=f"columns of {table}")
    schema = schemas[table]
    known = {name for name, _, _ in schema}
    unknown = [c for c in columns if c not in known]
    if unknown:
        raise refuse("bundle_damaged", detail=f"unknown columns {[u[:40] for u in unknown[:3]]} in {table}")
    needed = set(REQUIRED_COLUMNS) | {name for name, not_null, default in schema
                                      if not_null and not default}
    missing = sorted(needed - set(columns))
    if missing:
        raise refuse("bundle_damaged", detail=f"{table} lacks {', '.join(missing[:3])}")
    if entry.get("encoding") != ENCODING:
        raise refuse("bundle_damaged", detail=f"encoding of {table}")
    for key in ("rows", "raw_bytes", "bytes"):
        value = entry.get(key)
        if type(value) is not int or value < 0:
            raise refuse("bundle_damaged", detail=f"sizes of {table}")
    if entry["rows"] > limits.rows:
        raise refuse("bundle_over_cap", what=f"rows of {table}", size=entry["rows"],
                      limit=limits.rows)
    if entry["raw_bytes"] > limits.raw_part_bytes:
        raise refuse("bundle_over_cap", what=f"part {table}", size=entry["raw_bytes"],
                      limit=limits.raw_part_bytes)
    if entry["raw_bytes"] > limits.inflation * entry["bytes"] + INFLATION_SLACK:
        raise refuse("bundle_over_cap", what=f"compression of {table}", size=entry["raw_bytes"],
                      limit=limits.inflation * entry["bytes"] + INFLATION_SLACK)
