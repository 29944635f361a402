"""Finding records by id or by name, as people type them ("Tân Ninh", "nguyen van a")."""

from desktop.db.live import live
from desktop.domain.bridge_points import bridge_point_key
from desktop.domain.errors import NotFound, Problem
from desktop.domain.hamlets import split_hamlet
from desktop.domain.ids import is_uuid
from desktop.domain.kinds import KINDS, get_kind
from desktop.domain.stored_values import may_name
from desktop.domain.text import search_key


def fetch_row(conn, table: str, record_id: str) -> dict | None:
    """One row of `table` by id as a dict (deleted rows included), or None."""
    cur = conn.execute(f"SELECT * FROM {table} WHERE id = ?", (record_id,))
    row = cur.fetchone()
    return dict(zip([d[0] for d in cur.description], row)) if row else None


def require_row(conn, kind_name: str, record_id: str, allow_deleted: bool = False) -> dict:
    """The live row of `kind_name` with this id; NotFound otherwise."""
    kind = get_kind(kind_name)
    row = fetch_row(conn, kind.table, str(record_id))
    if row is None or (row["deleted"] and not allow_deleted):
        code = "not_found" if row is None else "deleted"
        raise NotFound([Problem(None, code, {"kind": kind.name, "id": record_id})])
    return row


def resolve(conn, field: str, ref_kind: str, value, scope: dict | None = None,
            owner: str | None = None) -> str:
    """The id of the `ref_kind` record that `value` names (an id, or its title).

    `scope` narrows a name lookup (bridge points by training). With `owner`, the
    commune of the record that names it, only records it may name count (`may_name`:
    its own commune's, or a hub's): a name finds that commune's "Thôn 1" among a
    hub's hundred, and another commune's record, named by its id, is refused. Raises
    NotFound on no match or on several matches, naming `field`.
    """
    kind = KINDS[ref_kind]
    text = str(value).strip()
    label = ref_kind  # named in the reader's language by Problem.message
    if is_uuid(text):
        row = conn.execute(f"SELECT id, commune_code FROM {live(kind.table)} WHERE id = ?",
                           (text,)).fetchone()
        if row and owner is not None and not may_name(owner, row[1]):
            raise NotFound([Problem(field, "reference_other_commune",
                                    {"kind": label, "value": text})])
        if row:
            return row[0]
        raise NotFound([Problem(field, "reference_missing", {"kind": label, "value": text})])
    key_column = f"{kind.title}_key" if kind.title in kind.keyed else kind.title
    sql = f"SELECT id, commune_code FROM {live(kind.table)} WHERE {key_column} = ?"
    params: list = [search_key(text) if kind.title in kind.keyed else text]
    for column, scoped in (scope or {}).items():
        sql += f" AND {column} = ?"
        params.append(scoped)
    # two are enough to say "several", unless other communes' namesakes are left out
    sql += " LIMIT 2" if owner is None else ""
    elsewhere = False  # found, but only in other communes

    def named() -> list[str]:
        nonlocal elsewhere
        rows = conn.execute(sql, params).fetchall()
        ids = [rid for rid, commune in rows if owner is None or may_name(owner, commune)]
        elsewhere = elsewhere or (bool(rows) and not ids)
        return ids[:2]

    ids = named()
    if not ids and ref_kind == "hamlet":  # "Thôn Tây" names the hamlet Tây
        params[0] = search_key(split_hamlet(text)[1])
        ids = named()
    if not ids:
        code = "reference_other_commune" if elsewhere else "reference_missing"
        raise NotFound([Problem(field, code, {"kind": label, "value": text})])
    if len(ids) > 1:
        raise NotFound([Problem(field, "reference_ambiguous", {"kind": label, "value": text})])
    return ids[0]


def find_by_key(conn, table: str, key_column: str, text: str, scope: dict | None = None
                ) -> str | None:
    """The id of a live row whose `key_column` equals the search key of `text`, or None
    (a hamlet is also found by its name typed with its word: "Thôn Tây")."""
    sql = f"SELECT id FROM {live(table)} WHERE {key_column} = ?"
    params: list = [search_key(text)]
    for column, scoped in (scope or {}).items():
        sql += f" AND {column} = ?"
        params.append(scoped)
    row = conn.execute(sql + " LIMIT 1", params).fetchone()
    if row is None and table == "hamlets":
        params[0] = search_key(split_hamlet(text)[1])
        row = conn.execute(sql + " LIMIT 1", params).fetchone()
    return row[0] if row else None


def find_bridge_point(conn, training_id: str, name: str) -> tuple[str, str] | None:
    """(id, name as recorded) of the training's live bridge point that `name` names,
    ignoring diacritics, case and a leading "Điểm cầu" (domain/bridge_points.py), or None.

    Points recorded before the key dropped the prefix keep "diem cau ..." as their
    key: they are compared by their name, so they still match.
    """
    key = bridge_point_key(name)
    if not key:
        return None
    rows = conn.execute(
        f"SELECT id, name FROM {live('bridge_points')} WHERE training_id = ? "
        "AND (name_key = ? OR name_key LIKE 'diem cau%') ORDER BY created_hlc, id",
        (training_id, key)).fetchall()
    return next(((r[0], r[1]) for r in rows if bridge_point_key(r[1]) == key), None)
