"""JSON in equals JSON out: a record as `show --json` prints it is accepted back.

`records.get` prints a record with its stored columns, its references both as ids
(`hamlet_id`) and as names (`hamlet`), and details it derives (a resident's history,
a visit's team and stage moves). `accept` turns such a record, or any part of it, back
into the input `add` and `update` take:

- a field given by name or by column (`hamlet` or `hamlet_id`; `birth`, `birth_year`
  or `birth_date`) is input; an id and a name of the same reference must agree;
- read-only and derived keys (`id`, clocks, `rev`, search keys, `svc_*`, the history)
  are ignored when they agree with the record, or with what the new input derives,
  and refused when they contradict it: an edit made from an old copy is caught;
- any other key is refused as unknown.
"""

from desktop.domain.errors import Problem, ValidationError
from desktop.domain.kinds import Kind, get_kind, name_key
from desktop.services.refs import fetch_row

# kept by the database, never set from input
READ_ONLY = frozenset({"id", "commune_code", "created_at", "updated_at", "device_id",
                       "actor_id", "created_hlc", "hlc", "field_hlc", "rev", "deleted", "kind",
                       "rowid"})
# shown with a record, worked out from other records: never input
SHOWN_ONLY = frozenset({"history", "attendance"})
BIRTH_PARTS = ("birth_year", "birth_date")


def accept(conn, kind: Kind, data: dict, show=None) -> dict:
    """The input in `data` for `add` (show None) or `update` (show(): the record as
    `records.get` prints it now, read only if `data` has more than plain fields).
    Raises ValidationError naming each key at fault."""
    if all(key == "correction" or (kind.field(key) is not None and key == kind.field(key).name
                                   and kind.field(key).type != "updates") for key in data):
        return data  # plain input, as the forms send it
    shown = show() if show is not None else None
    out: dict = {}
    by_id: dict[str, object] = {}
    by_name: dict[str, object] = {}
    birth: dict[str, object] = {}
    rest: dict[str, object] = {}
    problems: list[Problem] = []
    for key, value in data.items():
        spec = kind.field(key)
        if key == "correction":
            out[key] = value
        elif spec is not None and spec.type == "ref":
            (by_id if key == spec.column else by_name)[spec.name] = value
        elif spec is not None:
            out[spec.name] = value
        elif key in BIRTH_PARTS and kind.field("birth") is not None:
            birth[key] = value
        else:
            rest[key] = value
    for name in {**by_name, **by_id}:
        ref_id, label = by_id.get(name), by_name.get(name)
        if ref_id not in (None, ""):
            out[name] = ref_id
            if label not in (None, "") and label != _title(conn, kind, name, ref_id):
                problems.append(Problem(name, "json_contradicts", {"key": name, "value": label}))
        else:
            out[name] = label
    if birth and "birth" not in out:
        out["birth"] = birth.get("birth_date") or birth.get("birth_year")
    _details(kind, out, shown, problems)
    if rest.get("kind") not in (None, kind.name):
        problems.append(Problem("kind", "json_contradicts", {"key": "kind", "value": rest["kind"]}))
    for key, value in rest.items():
        if key == "kind":
            continue
        if key not in READ_ONLY and key not in SHOWN_ONLY and not _derived(kind, key):
            problems.append(Problem(key, "unknown_field"))
        elif shown is not None and value != shown.get(key) and not _agrees(kind, key, value, out):
            problems.append(Problem(key, "json_contradicts", {"key": key, "value": value}))
    if problems:
        raise ValidationError(problems)
    return out


def _title(conn, kind: Kind, field: str, ref_id) -> object:
    ref_kind = get_kind(kind.field(field).ref)
    row = fetch_row(conn, ref_kind.table, str(ref_id))
    return row.get(ref_kind.title) if row else None


def _details(kind: Kind, out: dict, shown: dict | None, problems: list) -> None:
    """A visit's team and stage moves, and a training's points, as `show` prints them."""
    if isinstance(out.get("members"), list):  # [{"id", "full_name"}] -> ids
        out["members"] = [m.get("id") if isinstance(m, dict) else m for m in out["members"]]
    updates = out.get("resident_updates")
    if isinstance(updates, list) and any(isinstance(u, dict) and "track" in u for u in updates):
        # the stage moves this visit made, as shown: history, not new moves
        if shown is not None and updates != shown.get("resident_updates"):
            problems.append(Problem("resident_updates", "json_contradicts",
                                    {"key": "resident_updates", "value": "…"}))
        out.pop("resident_updates")


def _derived(kind: Kind, key: str) -> bool:
    """Whether `key` is a column this kind derives from its fields."""
    if key.endswith("_key") and key[:-4] in kind.keyed:
        return True
    if key.startswith("svc_") and kind.field("services") is not None:
        return True
    return key in ("hamlet_id", "eid_date", "health_date") and kind.name in ("resident", "visit")


def _agrees(kind: Kind, key: str, value, out: dict) -> bool:
    """Whether a derived value agrees with what the new input derives."""
    if key.endswith("_key") and key[:-4] in out:
        return value == name_key(str(out[key[:-4]] or ""))
    if key.startswith("svc_") and isinstance(out.get("services"), list):
        return bool(value) == (key[4:] in out["services"])
    if key == "hamlet_id":
        return "household" in out  # a new household brings its own hamlet
    if key in ("eid_date", "health_date"):
        return key.replace("_date", "_stage") in out  # a stage moved sets its date
    return False
