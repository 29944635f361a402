"""The history of values that lost a merge, for the hub and the commune to review, and
"keep this value", which puts a losing value back as an ordinary change."""

import json

from desktop.db.writer import SYSTEM_COLUMNS
from desktop.domain.errors import InputRefused
from desktop.domain.kinds import KINDS, TABLE_KINDS, get_kind
from desktop.domain.labels import field_label, kind_label
from desktop.domain.stages import STAGE_FIELDS, TRACKS
from desktop.messages import message
from desktop.services.refs import fetch_row

_COLUMNS = ("seq", "at", "bundle_id", "table_name", "record_id", "field", "kept_value",
            "kept_hlc", "lost_value", "lost_hlc", "lost_device")


def _value(text):
    return None if text is None else json.loads(text)


def count_conflicts(db) -> int:
    """How many losing values are kept for review."""
    return db.conn.execute("SELECT count(*) FROM sync_conflicts").fetchone()[0]


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


# --- review in the window: each losing value beside the winner, and "keep this one" ----

def field_of(kind, column: str):
    """The input field that stores `column` of a record of `kind`, or None. Derived
    columns (a name's search key, a resident's or a visit's hamlet) have no field of
    their own: their field's conflict is the one a person reviews."""
    if column in SYSTEM_COLUMNS or column == "deleted":
        return None
    for spec in kind.fields:
        if spec.ftype.detail:
            continue
        if column in spec.ftype.columns(spec, None):
            return spec
    return None


def _kind_of(table: str):
    name = TABLE_KINDS.get(table)
    return KINDS.get(name) if name else None


def _input_value(kind, spec, column: str, value, current: dict) -> dict:
    """The input, as `records.update` takes it, that puts `value` back in `column`."""
    if spec.type == "services":  # one service's tick: the others stay as they are
        code = column.removeprefix("svc_")
        ticked = [c for c in spec.choices if (current.get(f"svc_{c}") if c != code else value)]
        return {spec.name: ticked}
    if spec.type == "birth":
        if column == "birth_year":
            return {spec.name: value}
        return {spec.name: value or current.get("birth_year")}
    if spec.type == "counts":
        return {spec.name: json.loads(value) if isinstance(value, str) else value}
    if spec.type == "bool":
        return {spec.name: bool(value) if value is not None else None}
    data = {spec.name: value}
    if spec.name in STAGE_FIELDS.values():
        track = next(t for t, f in STAGE_FIELDS.items() if f == spec.name)
        stages = TRACKS[track]
        if value in stages and current.get(spec.name) in stages \
                and stages.index(value) < stages.index(current[spec.name]):
            data["correction"] = True  # going back to the losing stage is a correction
    return data


def _shown(db, kind, spec, column: str, value, lang: str) -> str:
    if value is None or value == "":
        return "—"
    if spec is None:
        if column == "deleted":
            return message("conflict_deleted" if value else "conflict_live", lang)
        return str(value)
    if spec.type == "ref":
        ref = get_kind(spec.ref)
        row = db.conn.execute(f"SELECT {ref.title} FROM {ref.table} WHERE id = ?",
                              (value,)).fetchone()
        return str(row[0]) if row and row[0] is not None else str(value)
    if spec.type == "services":
        return spec.ftype.show(spec, [column.removeprefix("svc_")], lang) \
            + (" ✓" if value else " ✗")
    if spec.type == "birth":
        return str(value)
    if spec.type == "counts":
        value = json.loads(value) if isinstance(value, str) else value
    try:
        return spec.ftype.show(spec, value, lang)
    except (TypeError, ValueError, KeyError, AttributeError):
        return str(value)


def review(db, lang: str = "vi", limit: int | None = 500) -> list[dict]:
    """The conflicts for a person to review, newest first: for each, the record it is
    on, the field, the value kept (and the value the record holds now) beside the one
    that lost, whether "keep this value" applies, and whether it was already kept.
    Conflicts on derived columns are left out (their field has its own)."""
    out = []
    for c in list_conflicts(db, limit=limit):
        kind = _kind_of(c["table_name"])
        if kind is None:
            continue
        spec = field_of(kind, c["field"])
        if spec is None and c["field"] != "deleted":
            continue  # a search key or a hamlet that follows a household
        row = fetch_row(db.conn, kind.table, c["record_id"])
        if row is None:
            continue
        now = row.get(c["field"])
        title = row.get(kind.title)
        out.append({
            **c, "kind": kind.name, "kind_label": kind_label(kind.name, lang),
            "record": _shown(db, kind, kind.field(kind.title), kind.title, title, lang)
            if kind.field(kind.title) else str(title or c["record_id"]),
            "field_label": field_label(spec.name if spec else c["field"], lang),
            "kept_text": _shown(db, kind, spec, c["field"], c["kept_value"], lang),
            "lost_text": _shown(db, kind, spec, c["field"], c["lost_value"], lang),
            "current_text": _shown(db, kind, spec, c["field"], now, lang),
            "keepable": spec is not None and not row["deleted"],
            "kept_now": now == c["lost_value"],
        })
    return out


def keep_value(db, seq: int, actor_id: str | None = None):
    """"Giữ giá trị này": put the value that lost conflict `seq` back on its record.

    An ordinary change through `records.update`: validated like a typed edit,
    audited, undoable, and carried by the next bundle with a fresh clock, so it wins
    everywhere the other value won. Returns the record after (`Saved`, with
    `.changes`). Refused when the conflict is unknown, on a field that cannot be
    set (a delete, a derived column) or on a deleted record.
    """
    from desktop.services import records

    row = db.conn.execute(f"SELECT {', '.join(_COLUMNS)} FROM sync_conflicts WHERE seq = ?",
                          (int(seq),)).fetchone()
    if row is None:
        raise InputRefused.of("conflict_unknown", id=seq)
    c = dict(zip(_COLUMNS, row))
    kind = _kind_of(c["table_name"])
    spec = field_of(kind, c["field"]) if kind else None
    if spec is None:
        raise InputRefused.of("conflict_not_keepable", field=c["field"])
    current = fetch_row(db.conn, kind.table, c["record_id"]) or {}
    data = _input_value(kind, spec, c["field"], _value(c["lost_value"]), current)
    return records.update(db, kind.name, c["record_id"], data, actor_id)
