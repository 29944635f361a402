"""Adding, changing, deleting and reading records of every kind.

Input is validated by `desktop.domain.kinds`; here references are resolved against
the database, cross-record rules are checked (duplicate CCCD, onboarding stages),
and each save is written in one transaction with its audit entries.
"""

import datetime as dt
import json

from desktop.db.writer import Transaction, clock_of, write
from desktop.domain.bridge_points import bridge_point_key
from desktop.domain.cccd import check_cccd
from desktop.domain.errors import InputRefused, NotFound, Problem, ValidationError
from desktop.domain.ids import is_uuid
from desktop.domain.hamlets import split_hamlet
from desktop.domain.kinds import SERVICES, Kind, clean_record, get_kind, name_key
from desktop.domain.stages import STAGE_FIELDS, TRACKS, check_transition
from desktop.domain.text import nfc
from desktop.domain.values import parse_choice
from desktop.services.changes import Changes, Saved
from desktop.services.record_json import accept
from desktop.services.refs import fetch_row, find_bridge_point, require_row, resolve

HIDDEN = ("field_hlc",)


def _today(db, today: dt.date | None) -> dt.date:
    return today or clock_of(db).today()


def add(db, kind_name: str, data: dict, actor: str | None = None,
        today: dt.date | None = None) -> Saved:
    """Validate and save a new record; return it as `get` would, with `.changes`."""
    kind = get_kind(kind_name)
    data = accept(db.conn, kind, data, None)
    clean = clean_record(kind, data, _today(db, today))
    with write(db, actor) as tx:
        record_id = save_new(tx, kind, clean, _today(db, today), data)
    return Saved(get(db, kind.name, record_id), Changes.of(tx.touched, tx.stamp.hlc))


def update(db, kind_name: str, record_id: str, data: dict, actor: str | None = None,
           today: dt.date | None = None) -> Saved:
    """Change the given fields of a record; return the record after the change, with
    `.changes` (what the save touched, and its undo step)."""
    kind = get_kind(kind_name)
    data = accept(db.conn, kind, data, lambda: get(db, kind.name, record_id))
    clean = clean_record(kind, data, _today(db, today), partial=True)
    with write(db, actor) as tx:
        current = require_row(tx.conn, kind.name, record_id)
        save_changes(tx, kind, current, clean, _today(db, today), data)
    return Saved(get(db, kind.name, record_id), Changes.of(tx.touched, tx.stamp.hlc))


def delete(db, kind_name: str, record_id: str, actor: str | None = None) -> Saved:
    """Tombstone a record (it stays, marked deleted, so the delete can sync)."""
    kind = get_kind(kind_name)
    with write(db, actor) as tx:
        require_row(tx.conn, kind.name, record_id)
        tx.delete(kind.name, kind.table, record_id)
    return Saved({"id": record_id, "kind": kind.name, "deleted": True},
                 Changes.of(tx.touched, tx.stamp.hlc))


def look_alikes(db, kind_name: str, data: dict) -> list[dict]:
    """Recorded residents a new one may be (same name ignoring diacritics and case, or
    within one edit, same birth year, same hamlet): what the form shows before saving,
    "có thể trùng với …". Empty for other kinds or input that would be refused anyway."""
    from desktop.services.identity import find_person

    kind = get_kind(kind_name)
    if kind.name != "resident":
        return []
    try:
        clean = clean_record(kind, accept(db.conn, kind, data, None), _today(db, None))
        household = resolve(db.conn, "household", "household", clean["household"])
    except InputRefused:
        return []
    home = fetch_row(db.conn, "households", household)
    values = {**clean, "household_id": household, "hamlet_id": home["hamlet_id"],
              "birth_year": clean["birth"][0] if clean.get("birth") else None}
    match = find_person(db.conn, "resident", values)
    if match is None:
        return []
    other = get(db, "resident", match.record_id)
    return [{"id": other["id"], "full_name": other["full_name"],
             "birth_year": other.get("birth_year"), "household": other.get("household"),
             "same": match.verdict == "same"}]


def get(db, kind_name: str, record_id: str) -> dict:
    """One record with its references named and its details (members, history...)."""
    kind = get_kind(kind_name)
    conn = db.conn
    row = require_row(conn, kind.name, record_id, allow_deleted=True)
    out = {k: v for k, v in row.items() if k not in HIDDEN}
    if kind.field("kind") is None:  # a hamlet's own `kind` (thôn, bản...) is a field
        out["kind"] = kind.name
    for spec in kind.fields:
        if spec.type == "ref" and row.get(spec.column):
            ref = fetch_row(conn, get_kind(spec.ref).table, row[spec.column])
            if ref:
                out[spec.name] = ref.get(get_kind(spec.ref).title)
    if kind.name == "visit":
        out["services"] = [s for s in SERVICES if row.get(f"svc_{s}")]
        out["members"] = [{"id": r[0], "full_name": r[1]} for r in conn.execute(
            "SELECT m.id, m.full_name FROM live_visit_members vm JOIN members m "
            "ON m.id = vm.member_id WHERE vm.visit_id = ? ORDER BY m.full_name", (record_id,))]
        out["resident_updates"] = _stage_rows(conn, "visit_id", record_id)
    elif kind.name == "resident":
        out["history"] = _stage_rows(conn, "resident_id", record_id)
    elif kind.name == "training":
        out["bridge_points"] = [{"id": r[0], "name": r[1], "location": r[2]} for r in conn.execute(
            "SELECT id, name, location FROM live_bridge_points WHERE training_id = ? "
            "ORDER BY name", (record_id,))]
        out["attendance"] = conn.execute(
            "SELECT count(*) FROM live_attendance WHERE training_id = ?",
            (record_id,)).fetchone()[0]
    elif kind.name == "event" and row.get("services"):
        out["services"] = json.loads(row["services"])
    return out


def _stage_rows(conn, column: str, value: str) -> list[dict]:
    # A stage change is live while it and its resident are (desktop/db/live.py). The
    # view live_stage_changes lists every deleted resident first, once per query: right
    # for reading many rows, but 1-2.5 ms for the few of one form (each save reads them
    # back) in a commune with 5,000 deleted residents. Joined with live_residents, each
    # row looks up its own resident instead.
    cur = conn.execute(
        "SELECT s.id, s.resident_id, r.full_name, s.track, s.from_stage, s.to_stage, s.date, "
        "s.correction, s.visit_id FROM stage_changes s JOIN live_residents r "
        f"ON r.id = s.resident_id WHERE s.deleted = 0 AND s.{column} = ? "
        "ORDER BY s.date, s.created_hlc, s.rowid", (value,))
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur]


# --- writing -------------------------------------------------------------------

def save_new(tx: Transaction, kind: Kind, clean: dict, today: dt.date, raw: dict) -> str:
    """Insert a cleaned record inside `tx`; return its id. Used by add, import and undo."""
    owner = tx.stamp.commune_code
    values, extras = _columns(tx.conn, kind, clean, None, raw, owner)
    if kind.name == "resident":
        _check_resident(tx.conn, values, None, owner)
    _check_unique(tx.conn, kind, values, None, owner)
    record_id = tx.insert(kind.name, kind.table, values)
    _after_save(tx, kind, record_id, values, extras, None, today, raw)
    return record_id


def save_changes(tx: Transaction, kind: Kind, current: dict, clean: dict, today: dt.date,
                 raw: dict) -> dict:
    """Apply cleaned changes to `current` inside `tx`; return the field diff."""
    values, extras = _columns(tx.conn, kind, clean, current, raw, current["commune_code"])
    _check_unique(tx.conn, kind, {**current, **values}, current["id"], current["commune_code"])
    if kind.name == "resident":
        merged = {**current, **values}
        _check_resident(tx.conn, merged, current["id"], current["commune_code"])
        stage_values = {f: values.pop(f) for f in ("eid_stage", "health_stage") if f in values}
    else:
        stage_values = {}
    diff = tx.update(kind.name, kind.table, current["id"], values, current=current) if values else {}
    if stage_values:
        _move_stages(tx, current["id"], stage_values, today.isoformat(),
                     bool(raw.get("correction")), None, None)
    _after_save(tx, kind, current["id"], {**current, **values}, extras, current, today, raw)
    return diff


def _columns(conn, kind: Kind, clean: dict, current: dict | None, raw: dict,
             owner: str) -> tuple[dict, dict]:
    """Turn cleaned fields into column values; lists and nested data go to `extras`.
    References resolve among the records a record of commune `owner` may name."""
    values: dict = {}
    extras: dict = {}
    problems: list[Problem] = []
    # in the kind's field order, so a training is known before its bridge point
    for spec in [f for f in kind.fields if f.name in clean]:
        name, value = spec.name, clean[spec.name]
        if value is None and spec.default is not None:
            value = spec.default  # a field emptied in an update goes back to its default
        if spec.ftype.detail:
            extras[name] = value  # team links, bridge points, stage updates: saved after
            continue
        if spec.type == "ref" and value not in (None, ""):
            scope = None
            if spec.ref == "bridge_point":
                training_id = values.get("training_id") or (current or {}).get("training_id")
                scope = {"training_id": training_id}
                if training_id and not is_uuid(str(value)):
                    found = find_bridge_point(conn, training_id, value)
                    if found is None:
                        extras["new_bridge_point"] = value
                        continue
                    value = found[0]
            try:
                value = resolve(conn, spec.name, spec.ref, value, scope, owner)
            except NotFound as exc:
                problems.extend(exc.problems)
                continue
        elif spec.type == "ref":
            value = None
        values.update(spec.ftype.columns(spec, value))
    if kind.name == "hamlet" and values.get("name"):
        # "Thôn Tân Ninh" is the hamlet Tân Ninh of kind thôn (a number keeps its word)
        word, name = split_hamlet(values["name"])
        if word and raw.get("kind") in (None, "", word):
            values["name"], values["kind"] = name, word
    for field in kind.keyed:
        if field in values:
            values[f"{field}_key"] = name_key(values[field])
    if kind.name in ("resident", "visit") and values.get("household_id"):
        values["hamlet_id"] = fetch_row(conn, "households", values["household_id"])["hamlet_id"]
    if kind.name == "visit":
        date = values.get("date") or (current or {}).get("date")
        follow = values.get("follow_up_date")
        if follow and date and follow <= date:
            problems.append(Problem("follow_up_date", "followup_before_visit"))
    if kind.name == "training":
        start = values.get("starts_at") or (current or {}).get("starts_at")
        end = values.get("ends_at")
        if end and start and end < start:
            problems.append(Problem("ends_at", "end_before_start"))
    if problems:
        raise ValidationError(problems)
    return values, extras


def _check_unique(conn, kind: Kind, values: dict, own_id: str | None, owner: str) -> None:
    """One hamlet of a name in a commune (ignoring diacritics and case; a hub holds a
    "Thôn 1" of every commune), and one active team leader per hamlet at a time: the
    message names who has the name or the role now."""
    if kind.name == "hamlet" and values.get("name_key"):
        row = conn.execute("SELECT name FROM live_hamlets WHERE name_key = ? AND id != ? "
                           "AND commune_code = ? LIMIT 1",
                           (values["name_key"], own_id or "", owner)).fetchone()
        if row:
            raise ValidationError([Problem("name", "hamlet_duplicate", {"name": row[0]})])
    if kind.name == "member" and values.get("role") == "leader" and values.get("hamlet_id") \
            and values.get("active", 1):
        row = conn.execute("SELECT m.full_name, h.name FROM live_members m JOIN hamlets h "
                           "ON h.id = m.hamlet_id WHERE m.hamlet_id = ? AND m.role = 'leader' "
                           "AND m.active = 1 AND m.id != ? LIMIT 1",
                           (values["hamlet_id"], own_id or "")).fetchone()
        if row:
            raise ValidationError([Problem("role", "leader_taken", {"name": row[0],
                                                                    "hamlet": row[1]})])


def current_leader(db, hamlet_id: str) -> str | None:
    """The name of the hamlet's active team leader now, or None (the form shows it)."""
    row = db.conn.execute("SELECT full_name FROM live_members WHERE hamlet_id = ? AND "
                          "role = 'leader' AND active = 1 LIMIT 1", (hamlet_id,)).fetchone()
    return row[0] if row else None


def _check_resident(conn, values: dict, own_id: str | None, commune: str | None) -> None:
    """CCCD agrees with gender and birth year, and is not already someone else's in
    the commune."""
    cccd = values.get("cccd")
    if not cccd:
        return
    _, problems = check_cccd(cccd, "cccd", values.get("gender"), values.get("birth_year"))
    # (a birth in the future was refused when the number was typed: fieldtypes._cccd)
    if problems:
        raise ValidationError(problems)
    row = conn.execute(
        "SELECT r.id, r.full_name, h.name, hh.head_name FROM live_residents r "
        "LEFT JOIN hamlets h ON h.id = r.hamlet_id "
        "LEFT JOIN households hh ON hh.id = r.household_id "
        "WHERE r.cccd = ? AND r.commune_code = ? AND r.id != ? LIMIT 1",
        (cccd, commune, own_id or "")).fetchone()
    if row:
        # named as people know them (name, hamlet, head of household), never by id
        where = ", ".join(part for part in (row[2], row[3]) if part)
        raise ValidationError([Problem("cccd", "cccd_duplicate", {
            "cccd": cccd, "name": f"{row[1]} ({where})" if where else row[1], "id": row[0]})])


def _after_save(tx: Transaction, kind: Kind, record_id: str, values: dict, extras: dict,
                current: dict | None, today: dt.date, raw: dict) -> None:
    """The parts of a save beyond the record's own row, in the same transaction."""
    if kind.name == "resident" and current is None:
        initial = {f: values[f] for f in ("eid_stage", "health_stage")
                   if values.get(f) and values[f] != "not_started"}
        for track, field in STAGE_FIELDS.items():
            if field in initial:
                _record_stage(tx, record_id, values.get("hamlet_id"), track, "not_started",
                              initial[field], today.isoformat(), False, None, None)
    elif kind.name == "visit":
        _save_visit_parts(tx, record_id, values, extras, current is not None)
    elif kind.name == "training" and extras.get("bridge_points"):
        add_bridge_points(tx, record_id, extras["bridge_points"])
    elif kind.name == "attendance" and extras.get("new_bridge_point"):
        point = add_bridge_points(tx, values["training_id"], [extras["new_bridge_point"]])[0]
        tx.update("attendance", "attendance", record_id, {"bridge_point_id": point}, audit=False)


def add_bridge_points(tx: Transaction, training_id: str, points: list) -> list[str]:
    """Add bridge points (names or {"name", "location"}) to a training; a name that
    names an existing point ("Điểm cầu Xã A" for "Xã A") reuses it."""
    ids = []
    for point in points:
        name = point.get("name") if isinstance(point, dict) else str(point)
        location = point.get("location") if isinstance(point, dict) else None
        if not name or not str(name).strip():
            continue
        found = find_bridge_point(tx.conn, training_id, name)
        if found is None:
            found = (tx.insert("bridge_point", "bridge_points", {
                "training_id": training_id, "name": nfc(name),
                "name_key": bridge_point_key(name), "location": location}), nfc(name))
        ids.append(found[0])
    return ids


def _save_visit_parts(tx: Transaction, visit_id: str, values: dict, extras: dict,
                      is_update: bool) -> None:
    conn = tx.conn
    # the visit's own commune (an edit, on a hub too), else this database's (a new visit)
    owner = values.get("commune_code") or tx.stamp.commune_code
    if "members" in extras:
        member_ids = []
        problems = []
        for member in extras["members"]:
            try:
                member_ids.append(resolve(conn, "members", "member", member, owner=owner))
            except NotFound as exc:
                problems.extend(exc.problems)
        if problems:
            raise ValidationError(problems)
        existing = {} if not is_update else {r[1]: r[0] for r in conn.execute(
            "SELECT id, member_id FROM live_visit_members WHERE visit_id = ?", (visit_id,))}
        for member_id in dict.fromkeys(member_ids):
            if member_id not in existing:
                tx.insert("visit_member", "visit_members",
                          {"visit_id": visit_id, "member_id": member_id}, commune_code=owner)
        for member_id, link_id in existing.items():
            if member_id not in member_ids:
                tx.delete("visit_member", "visit_members", link_id)
    updates = extras.get("resident_updates") or []
    if "members" in extras:
        helper = member_ids[0] if member_ids else None
    elif updates:  # only the steps recorded below name who helped
        row = conn.execute("SELECT member_id FROM live_visit_members WHERE visit_id = ? "
                           "LIMIT 1", (visit_id,)).fetchone()
        helper = row[0] if row else None
    problems: list[Problem] = []
    for index, item in enumerate(updates, 1):
        if not isinstance(item, dict) or not item.get("resident"):
            problems.append(Problem("resident_updates", "json_invalid",
                                    {"detail": f"#{index}: {{\"resident\": ..., \"eid_stage\": ...}}"}))
            continue
        try:
            resident_id = resolve(conn, "resident", "resident", item["resident"],
                                  {"household_id": values["household_id"]}, owner)
        except NotFound as exc:
            problems.extend(exc.problems)
            continue
        stages = {}
        for field in ("eid_stage", "health_stage"):
            if item.get(field):
                stages[field] = item[field]
        try:
            _move_stages(tx, resident_id, stages, values["date"], bool(item.get("correction")),
                         helper, visit_id)
        except ValidationError as exc:
            problems.extend(exc.problems)
    if problems:
        raise ValidationError(problems)


def _move_stages(tx: Transaction, resident_id: str, stages: dict, date: str, correction: bool,
                 helper: str | None, visit_id: str | None) -> None:
    """Move a resident's e-ID/health stages, recording each step in the history."""
    resident = fetch_row(tx.conn, "residents", resident_id)
    problems: list[Problem] = []
    changes: dict = {}
    for track, field in STAGE_FIELDS.items():
        if field not in stages:
            continue
        try:
            target = parse_choice(field, stages[field], TRACKS[track])
        except ValueError:
            problems.append(Problem(field, "choice_invalid",
                                    {"value": stages[field], "choices": ", ".join(TRACKS[track])}))
            continue
        current = resident[field]
        errs = check_transition(track, current, target, correction)
        problems.extend(errs)
        if not errs and target != current:
            changes[field] = target
            changes[f"{track}_date"] = date
            _record_stage(tx, resident_id, resident["hamlet_id"], track, current, target, date,
                          correction, helper, visit_id, resident["commune_code"])
    if problems:
        raise ValidationError(problems)
    if changes:
        tx.update("resident", "residents", resident_id, changes, current=resident)


def _record_stage(tx: Transaction, resident_id: str, hamlet_id: str | None, track: str,
                  from_stage: str, to_stage: str, date: str, correction: bool,
                  helper: str | None, visit_id: str | None, commune: str | None = None) -> None:
    """One step of a resident's history, of the resident's commune (`commune`; a new
    resident's is the transaction's own): a step a hub records belongs to the commune."""
    tx.insert("stage_change", "stage_changes", {
        "resident_id": resident_id, "hamlet_id": hamlet_id, "track": track,
        "from_stage": from_stage, "to_stage": to_stage, "date": date, "helper_id": helper,
        "visit_id": visit_id, "correction": int(correction)}, commune_code=commune)


