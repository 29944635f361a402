"""The history of values that lost a merge, for the hub and the commune to review."""

import json

_COLUMNS = ("seq", "at", "bundle_id", "table_name", "record_id", "field", "kept_value",
            "kept_hlc", "lost_value", "lost_hlc", "lost_device")


def _value(text):
    return None if text is None else json.loads(text)


def list_conflicts(db, record_id: str | None = None, limit: int | None = None) -> list[dict]:
    """Losing values, newest first; optionally of one record only."""
    sql = f"SELECT {', '.join(_COLUMNS)} FROM sync_conflicts"
    params: list = []
    if record_id:
        sql += " WHERE record_id = ?"
        params.append(record_id)
    sql += " ORDER BY seq DESC"
    if limit:
        sql += " LIMIT ?"
        params.append(int(limit))
    out = []
    for r in db.conn.execute(sql, params):
        d = dict(zip(_COLUMNS, r))
        d["kept_value"], d["lost_value"] = _value(d["kept_value"]), _value(d["lost_value"])
        out.append(d)
    return out
