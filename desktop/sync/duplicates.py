"""The duplicates queue: two records that may be one person, for a person to resolve.

Two kinds of pair are listed side by side: the same CCCD under two record ids (queued
by the merge that finds them), and residents whose names are alike, with the same
birth year in the same hamlet and no two CCCDs to tell them apart (computed from the
records as they are: desktop/services/identity.py `likely_pairs`; a decision about
such a pair is stored as a queue entry like any other).

Merging never joins two records on its own: two communes (or two laptops) may have
entered the same person, or someone mistyped a CCCD. A queue entry's id is derived
from the pair of record ids, so every database that notices the same pair makes the
same entry, and the entries merge like any other record. A resolution ("same person,
keep this one" or "different people") is an ordinary change that travels in bundles.
A merge ("same person", keeping one record with some values of the other) is one too.
"""

import uuid

from desktop.db.writer import write
from desktop.domain.kinds import get_kind
from desktop.domain.stages import STAGE_FIELDS, TRACKS
from desktop.services.identity import likely_pairs
from desktop.services.refs import fetch_row
from desktop.sync.container import refuse

_NAMESPACE = uuid.UUID("6f1b3f0e-8a4c-4f0e-9a61-3c2d5e7b9a10")
_CHUNK = 500


def pair_id(table: str, a: str, b: str) -> str:
    """The queue id of a pair of records, the same in every database."""
    first, second = sorted((a, b))
    return str(uuid.uuid5(_NAMESPACE, f"{table}:{first}:{second}"))


def find_pairs(conn, resident_ids: list[str]) -> list[tuple[str, str]]:
    """Sorted (id, other id) for each resident among `resident_ids` whose CCCD another
    record also has. Tombstoned records count too: which pairs are found must not
    depend on whether a delete arrived before or after the second record."""
    pairs = set()
    for start in range(0, len(resident_ids), _CHUNK):
        ids = resident_ids[start:start + _CHUNK]
        marks = ", ".join("?" for _ in ids)
        for a, b in conn.execute(
                f"SELECT r.id, o.id FROM residents r "
                f"JOIN residents o ON o.cccd = r.cccd AND o.id != r.id "
                f"WHERE r.id IN ({marks}) AND r.cccd IS NOT NULL AND r.cccd != ''", ids):
            pairs.add(tuple(sorted((a, b))))
    return sorted(pairs)


def queue_duplicates(tx, resident_ids: list[str]) -> int:
    """Queue every new pair sharing a CCCD with one of `resident_ids` (inside the
    importing transaction). Returns how many were new.

    The entry is stamped from the pair itself (the later record's creation clock,
    device, time and commune), not from this database's clock, so every database
    that finds the pair writes the very same row and merge order cannot matter.
    """
    added = 0
    for a, b in find_pairs(tx.conn, resident_ids):
        rid = pair_id("residents", a, b)
        if tx.conn.execute("SELECT 1 FROM duplicates WHERE id = ?", (rid,)).fetchone():
            continue
        later = tx.conn.execute(
            "SELECT created_hlc, created_at, commune_code FROM residents WHERE id IN (?, ?) "
            "ORDER BY created_hlc DESC LIMIT 1", (a, b)).fetchone()
        clock, at, code = later
        tx.conn.execute(
            "INSERT INTO duplicates(id, commune_code, created_at, updated_at, device_id, "
            "actor_id, created_hlc, hlc, field_hlc, rev, deleted, table_name, record_a, "
            "record_b, status, kept_id, note) VALUES (?, ?, ?, ?, ?, NULL, ?, ?, NULL, ?, 0, "
            "'residents', ?, ?, 'open', NULL, NULL)",
            (rid, code, at, at, clock[22:], clock, clock, tx.stamp.rev, a, b))
        tx.audit("duplicate_queued", "duplicate", rid, {"record_a": a, "record_b": b})
        added += 1
    return added


_LIST_SQL = """
SELECT d.id, d.status, d.kept_id, d.commune_code, d.note,
       a.id, a.full_name, a.birth_year, a.cccd, a.commune_code, a.device_id, a.deleted,
       b.id, b.full_name, b.birth_year, b.cccd, b.commune_code, b.device_id, b.deleted
FROM duplicates d
LEFT JOIN residents a ON a.id = d.record_a
LEFT JOIN residents b ON b.id = d.record_b
WHERE d.deleted = 0 {where}
ORDER BY d.status != 'open', d.created_hlc
"""


def _person(values) -> dict:
    keys = ("id", "full_name", "birth_year", "cccd", "commune_code", "device_id", "deleted")
    return dict(zip(keys, values))


def count_open(db) -> int:
    """How many stored queue entries wait for a decision (computed look-alike pairs
    not counted: working them out reads every resident)."""
    return db.conn.execute("SELECT count(*) FROM duplicates WHERE deleted = 0 "
                           "AND status = 'open'").fetchone()[0]


def list_duplicates(db, include_resolved: bool = False) -> list[dict]:
    """Queue entries (open ones first) and look-alike pairs not yet decided, each with
    both residents' names and CCCD, and its `reason`: "cccd" or "name"."""
    where = "" if include_resolved else "AND d.status = 'open'"
    out = []
    for r in db.conn.execute(_LIST_SQL.format(where=where)):
        entry = {"id": r[0], "status": r[1], "kept_id": r[2], "commune_code": r[3],
                 "note": r[4], "a": _person(r[5:12]), "b": _person(r[12:19])}
        same_cccd = entry["a"]["cccd"] and entry["a"]["cccd"] == entry["b"]["cccd"]
        out.append({**entry, "reason": "cccd" if same_cccd else "name"})
    decided = {r[0] for r in db.conn.execute("SELECT id FROM duplicates")}
    for a, b in likely_pairs(db.conn):
        rid = pair_id("residents", a, b)
        if rid in decided:
            continue
        people = {r[0]: _person(r) for r in db.conn.execute(
            "SELECT id, full_name, birth_year, cccd, commune_code, device_id, deleted "
            "FROM residents WHERE id IN (?, ?)", (a, b))}
        out.append({"id": rid, "status": "open", "kept_id": None,
                    "commune_code": people[a]["commune_code"], "note": None,
                    "a": people[a], "b": people[b], "reason": "name"})
    return out


def ensure_entry(tx, duplicate_id: str) -> tuple[str, str]:
    """The pair of a queue entry, writing the entry first when it is a look-alike pair
    still computed only (a person is deciding about it now). Refuses an unknown id."""
    row = tx.conn.execute("SELECT record_a, record_b FROM duplicates WHERE id = ? "
                          "AND deleted = 0", (duplicate_id,)).fetchone()
    if row is not None:
        return row
    for a, b in likely_pairs(tx.conn):
        if pair_id("residents", a, b) == duplicate_id:
            commune = tx.conn.execute("SELECT commune_code FROM residents WHERE id = ?",
                                      (a,)).fetchone()[0]
            tx.insert("duplicate", "duplicates", {"table_name": "residents", "record_a": a,
                                                  "record_b": b, "status": "open",
                                                  "kept_id": None, "note": None},
                      record_id=duplicate_id, commune_code=commune)
            return a, b
    raise refuse("duplicate_unknown", id=duplicate_id)


def resolve(db, duplicate_id: str, keep: str | None = None, different: bool = False,
            note: str | None = None, actor_id: str | None = None) -> dict:
    """Resolve one queue entry: `keep` one resident (the other is tombstoned, as the
    same person) or mark them `different` people. Returns the entry after."""
    if bool(keep) == bool(different):
        raise refuse("duplicate_resolve_how")
    with write(db, actor_id) as tx:
        a, b = ensure_entry(tx, duplicate_id)
        if keep:
            if keep not in (a, b):
                raise refuse("duplicate_keep_not_in_pair", id=keep, a=a, b=b)
            other = b if keep == a else a
            tx.update("duplicate", "duplicates", duplicate_id,
                      {"status": "same", "kept_id": keep, "note": note})
            tx.delete("resident", "residents", other)
        else:
            tx.update("duplicate", "duplicates", duplicate_id,
                      {"status": "different", "kept_id": None, "note": note})
    return next(d for d in list_duplicates(db, True) if d["id"] == duplicate_id)


# --- merging the two records of a pair into one ---------------------------------------

# The fields a merge may take from either record (a resident's own data; the stage
# history and the visits' stage updates always move to the survivor).
MERGE_FIELDS = ("full_name", "birth", "gender", "cccd", "phone", "household", "has_smartphone",
                "has_payment_account", "has_digital_signature", "digital_skills_date",
                "digital_skills_via", "eid_stage", "health_stage")
# the columns each field is stored in
_FIELD_COLUMNS = {"full_name": ("full_name", "full_name_key"),
                  "birth": ("birth_year", "birth_date"),
                  "household": ("household_id", "hamlet_id"),
                  "eid_stage": ("eid_stage", "eid_date"),
                  "health_stage": ("health_stage", "health_date")}
_STAGE_TRACK = {field: track for track, field in STAGE_FIELDS.items()}


def _columns_of(field: str) -> tuple[str, ...]:
    return _FIELD_COLUMNS.get(field, (field,))


def _pair(conn, duplicate_id: str, pair: tuple[str, str] | None = None) -> tuple[str, str, str]:
    """(record a, record b, status) of a queue entry, or of a look-alike pair still
    computed only ("open"). `pair`, when the caller has it (the listed entry), spares
    working out every look-alike pair; it is taken only if the id is derived from it."""
    row = conn.execute("SELECT record_a, record_b, status FROM duplicates "
                       "WHERE id = ? AND deleted = 0", (duplicate_id,)).fetchone()
    if row is not None:
        return row
    if pair and pair_id("residents", *pair) == duplicate_id:
        return (*sorted(pair), "open")
    for a, b in likely_pairs(conn):
        if pair_id("residents", a, b) == duplicate_id:
            return a, b, "open"
    raise refuse("duplicate_unknown", id=duplicate_id)


def _empty(value) -> bool:
    return value is None or value == "" or value == 0


def merge_plan(db, duplicate_id: str, keep: str, lang: str = "vi",
               pair: tuple[str, str] | None = None) -> dict:
    """What `merge` does by default when `keep` survives: for each field of
    MERGE_FIELDS, both values (and as people read them, in `lang`) and the record it
    is taken from. The survivor's own
    value, except where it is empty and the other's is not, and for the e-ID and
    health stages the further one (a stage reached is a fact of the person)."""
    a, b, _ = _pair(db.conn, duplicate_id, pair)
    if keep not in (a, b):
        raise refuse("duplicate_keep_not_in_pair", id=keep, a=a, b=b)
    from desktop.services.records import get

    other = b if keep == a else a
    kind = get_kind("resident")
    rows = {rid: get(db, "resident", rid) for rid in (keep, other)}
    plan = {}
    for field in MERGE_FIELDS:
        spec = kind.field(field)
        mine, theirs = (spec.ftype.read(spec, rows[keep]), spec.ftype.read(spec, rows[other]))
        source = keep
        if field in _STAGE_TRACK:
            stages = TRACKS[_STAGE_TRACK[field]]
            if theirs in stages and mine in stages and stages.index(theirs) > stages.index(mine):
                source = other
        elif _empty(mine) and not _empty(theirs):
            source = other
        plan[field] = {"values": {keep: mine, other: theirs}, "source": source,
                       "texts": {keep: _text(spec, mine, lang), other: _text(spec, theirs, lang)}}
    return {"keep": keep, "other": other, "fields": plan}


def _text(spec, value, lang: str) -> str:
    if value is None or value == "":
        return "—"
    return spec.ftype.show(spec, value, lang) or "—"


def merge(db, duplicate_id: str, keep: str, fields: dict[str, str] | None = None,
          note: str | None = None, actor_id: str | None = None,
          pair: tuple[str, str] | None = None):
    """Merge the pair of queue entry `duplicate_id` into resident `keep`.

    Each field takes the value of the resident `fields` names for it ({field:
    resident id}), else what `merge_plan` proposes. The other resident's stage
    history (with the visits' stage updates, which are rows of it) moves to the
    survivor; if the chosen stage is not where that history now ends, one more step
    is recorded today so the history and the stage agree. The other is tombstoned,
    the entry marked "same" (a look-alike pair still computed only gets its entry
    first, `ensure_entry`). One write transaction through the writer, so all of it
    travels in the next bundle. Returns the entry after, as `Saved` with `.changes`.
    """
    from desktop.services.changes import Changes, Saved

    fields = dict(fields or {})
    for field in fields:
        if field not in MERGE_FIELDS:
            raise refuse("duplicate_merge_field", field=field, choices=", ".join(MERGE_FIELDS))
    plan = merge_plan(db, duplicate_id, keep, pair=pair)
    other = plan["other"]
    for field, source in fields.items():
        if source not in (keep, other):
            raise refuse("duplicate_field_source", field=field, id=source, a=keep, b=other)
    chosen = {f: fields.get(f, p["source"]) for f, p in plan["fields"].items()}
    with write(db, actor_id) as tx:
        conn = tx.conn
        ensure_entry(tx, duplicate_id)  # a look-alike pair decided now gets its entry
        _, _, status = _pair(conn, duplicate_id)
        if status != "open":
            raise refuse("duplicate_resolved", id=duplicate_id)
        survivor, loser = fetch_row(conn, "residents", keep), fetch_row(conn, "residents", other)
        changes = {}
        for field, source in chosen.items():
            if source == other:
                changes.update({c: loser.get(c) for c in _columns_of(field)})
        stages = {f: changes.pop(f, survivor[f]) for f in _STAGE_TRACK}
        stage_dates = {f: changes.pop(_columns_of(f)[1], survivor[_columns_of(f)[1]])
                       for f in _STAGE_TRACK}
        for (sid,) in conn.execute("SELECT id FROM live_stage_changes WHERE resident_id = ?",
                                   (other,)).fetchall():
            tx.update("stage_change", "stage_changes", sid, {"resident_id": keep})
        tx.delete("resident", "residents", other)
        for field, stage in stages.items():
            track = _STAGE_TRACK[field]
            last = conn.execute(
                "SELECT to_stage, date FROM live_stage_changes WHERE resident_id = ? AND track = ? "
                "ORDER BY date DESC, created_hlc DESC, rowid DESC LIMIT 1",
                (keep, track)).fetchone()
            if last is not None and last[0] != stage:  # the history must end where it stands
                order = TRACKS[track]
                today = tx.stamp.at[:10]
                tx.insert("stage_change", "stage_changes", {
                    "resident_id": keep, "hamlet_id": changes.get("hamlet_id",
                                                                  survivor["hamlet_id"]),
                    "track": track, "from_stage": last[0], "to_stage": stage, "date": today,
                    "correction": int(order.index(stage) < order.index(last[0]))})
                stage_dates[field] = today
            changes[field] = stage
            changes[_columns_of(field)[1]] = stage_dates[field]
        tx.update("resident", "residents", keep, changes, current=survivor)
        tx.update("duplicate", "duplicates", duplicate_id,
                  {"status": "same", "kept_id": keep, "note": note})
        tx.audit("duplicate_merge", "duplicate", duplicate_id,
                 {"kept": keep, "removed": other,
                  "fields": {f: s for f, s in chosen.items() if s == other}})
    entry = next(d for d in list_duplicates(db, True) if d["id"] == duplicate_id)
    return Saved(entry, Changes.of(tx.touched, tx.stamp.hlc))
