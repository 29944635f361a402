"""A person's rights (Law 91/2025/QH15; Decree 356/2025/NĐ-CP): see everything held
about them, and have their personal data erased.

Erasure keeps what the counts of past reports need and nothing else: the resident
stays in its hamlet with its birth year, its smartphone and payment-account flags and
its onboarding stages and their history (dates, stages, who helped, which visit), so
every past monthly report still adds up. Its name, CCCD, phone, date of birth,
gender and household link go, and so do the notes of its history; if it was the head
of its household, the household's head name and phone go too. Its audit entries
keep only the names of the fields, and the merge conflicts about it are deleted.

The erasure travels like any other edit: the erased fields get a new clock, which
beats every older value under the per-field last-writer-wins merge, so an old bundle
replayed later cannot bring anything back. Where a bundle brings an erased resident,
`after_merge` clears what this database held about it locally (conflicts, audit
values) and any value an edit made elsewhere before it knew of the erasure.
"""

import json
import re
from pathlib import Path

from desktop.db.live import live
from desktop.db.meta import require_setup
from desktop.db.writer import clock_of, write
from desktop.domain.errors import InputRefused
from desktop.domain.ids import is_uuid
from desktop.domain.text import search_key
from desktop.security.files import write_private

# The name an erased resident keeps: the column is NOT NULL, and this says why it is empty.
ERASED_NAME = "(đã xoá theo yêu cầu)"
# resident column -> value after erasure
ERASED_FIELDS = {"full_name": ERASED_NAME, "full_name_key": "", "cccd": None, "phone": None,
                 "birth_date": None, "gender": None}
HOUSEHOLD_FIELDS = {"head_name": ERASED_NAME, "head_name_key": "", "phone": None}
_CCCD = re.compile(r"^\d{12}$")
_SCRUB = ("UPDATE audit_log SET changes = (SELECT json_group_object(key, NULL) FROM "
          "json_each(audit_log.changes)) WHERE changes IS NOT NULL AND json_valid(changes) "
          "AND action IN ('insert', 'update') AND record_id IN ({ids})")


def find_resident(conn, text: str) -> str:
    """The resident named by `text`: its id (deleted ones too), its CCCD, or its full
    name (diacritics optional). InputRefused if none or several match."""
    text = str(text).strip()
    if is_uuid(text):
        rows = conn.execute("SELECT id FROM residents WHERE id = ?", (text,)).fetchall()
    elif _CCCD.match(text):
        rows = conn.execute("SELECT id FROM residents WHERE cccd = ? LIMIT 2", (text,)).fetchall()
    else:
        rows = conn.execute(f"SELECT id FROM {live('residents')} WHERE full_name_key = ? LIMIT 2",
                            (search_key(text),)).fetchall()
    if not rows:
        raise InputRefused.of("privacy_not_found", "resident", value=text)
    if len(rows) > 1:
        raise InputRefused.of("privacy_ambiguous", "resident", value=text)
    return rows[0][0]


def is_erased(row: dict) -> bool:
    """True if a resident row has been erased."""
    return row.get("full_name") == ERASED_NAME


def log_view(db, kind: str, record_id: str) -> None:
    """Record that someone opened a resident's full record (the audit of processing)."""
    if kind != "resident":
        return
    with write(db) as tx:
        tx.audit("view", kind, record_id, None)


def _rows(conn, sql: str, params=()) -> list[dict]:
    cur = conn.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def _stage_ids(conn, resident_id: str) -> list[str]:
    return [r[0] for r in conn.execute("SELECT id FROM stage_changes WHERE resident_id = ?",
                                       (resident_id,))]


def _is_head(household: dict | None, resident: dict) -> bool:
    return bool(household and resident.get("full_name_key")
                and household.get("head_name_key") == resident["full_name_key"])


def collect(db, resident_id: str) -> dict:
    """Everything this database holds about one resident, as plain data."""
    conn = db.conn
    setup = require_setup(conn)
    person = _rows(conn, "SELECT * FROM residents WHERE id = ?", (resident_id,))[0]
    household = (_rows(conn, "SELECT * FROM households WHERE id = ?", (person["household_id"],))
                 or [None])[0]
    hamlet = conn.execute("SELECT name FROM hamlets WHERE id = ?", (person["hamlet_id"],)
                          ).fetchone()
    stage_ids = _stage_ids(conn, resident_id)
    ids = [resident_id, *stage_ids] + ([household["id"]] if _is_head(household, person) else [])
    marks = ", ".join("?" for _ in ids)
    history = _rows(conn, "SELECT s.date, s.track, s.from_stage, s.to_stage, s.correction, "
                          "s.note, m.full_name AS helper, v.date AS visit_date, s.deleted "
                          "FROM stage_changes s LEFT JOIN members m ON m.id = s.helper_id "
                          "LEFT JOIN visits v ON v.id = s.visit_id WHERE s.resident_id = ? "
                          "ORDER BY s.date, s.created_hlc", (resident_id,))
    audit = _rows(conn, f"SELECT a.at, a.action, a.kind, a.record_id, a.changes, "
                        f"coalesce(u.full_name, a.actor_id) AS by_user FROM audit_log a "
                        f"LEFT JOIN users u ON u.id = a.actor_id WHERE a.record_id IN ({marks}) "
                        f"ORDER BY a.seq", ids)
    for entry in audit:
        entry["changes"] = json.loads(entry["changes"]) if entry["changes"] else None
    conflicts = _rows(conn, f"SELECT at, table_name, field, kept_value, lost_value FROM "
                            f"sync_conflicts WHERE record_id IN ({marks}) ORDER BY seq", ids)
    duplicates = _rows(conn, "SELECT id, record_a, record_b, status, note FROM duplicates "
                             "WHERE record_a = ? OR record_b = ?", (resident_id, resident_id))
    hidden = ("field_hlc", "rev", "full_name_key", "head_name_key")
    return {
        "format": "xaso-person", "version": 1, "made_at": clock_of(db).now_iso(),
        "controller": {"commune_code": setup.commune_code, "commune_name": setup.commune_name,
                       "province_name": setup.province_name, "hub_name": setup.hub_name},
        "resident": {k: v for k, v in person.items() if k not in hidden},
        "erased": is_erased(person),
        "hamlet": hamlet[0] if hamlet else None,
        "household": ({k: household[k] for k in ("id", "head_name", "address", "phone")}
                      if household else None),
        "stage_history": history,
        "audit": audit,
        "conflicts": conflicts,
        "duplicates": duplicates,
    }


def export_person(db, resident_id: str, out) -> dict:
    """Write everything held about a resident, for that person: JSON at `out` and a
    Vietnamese PDF beside it (or the PDF at `out` and the JSON beside it when `out`
    ends in .pdf). Both 0600: they hold personal data. The export is in the audit."""
    from desktop.services.privacy_pdf import render_person_pdf

    out = Path(out)
    if out.suffix.lower() == ".pdf":
        pdf, data_file = out, out.with_suffix(".json")
    else:
        data_file = out
        pdf = out.with_suffix(".pdf") if out.suffix else out.with_name(out.name + ".pdf")
    data = collect(db, resident_id)
    write_private(data_file, (json.dumps(data, ensure_ascii=False, indent=2, default=str)
                              + "\n").encode("utf-8"))
    render_person_pdf(data, pdf)
    with write(db) as tx:
        tx.audit("privacy_export", "resident", resident_id,
                 {"files": [data_file.name, pdf.name]})
    return {"ok": True, "resident": resident_id, "json": str(data_file), "pdf": str(pdf)}


def _scrub(conn, ids: list[str]) -> None:
    """Drop the values of audit entries and the merge conflicts about `ids`."""
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ", ".join("?" for _ in chunk)
        conn.execute(_SCRUB.format(ids=marks), chunk)
        conn.execute(f"DELETE FROM sync_conflicts WHERE record_id IN ({marks})", chunk)


def erase(db, resident_id: str) -> dict:
    """Erase one resident's personal data here, in one transaction that travels in
    the next bundle; return what was erased."""
    conn = db.conn
    rows = _rows(conn, "SELECT * FROM residents WHERE id = ?", (resident_id,))
    if not rows:
        raise InputRefused.of("privacy_not_found", "resident", value=resident_id)
    person = rows[0]
    if is_erased(person) and all(person.get(k) == v for k, v in ERASED_FIELDS.items()):
        raise InputRefused.of("privacy_already_erased", "resident", id=resident_id)
    household = (_rows(conn, "SELECT * FROM households WHERE id = ?",
                       (person["household_id"],)) or [None])[0]
    stage_ids = _stage_ids(conn, resident_id)
    with write(db) as tx:
        changed = tx.update("resident", "residents", resident_id, dict(ERASED_FIELDS),
                            audit=False, current=person)
        erased_ids = [resident_id]
        for sid in stage_ids:
            tx.update("stage_change", "stage_changes", sid, {"note": None}, audit=False)
            erased_ids.append(sid)
        if _is_head(household, person):
            tx.update("household", "households", household["id"], dict(HOUSEHOLD_FIELDS),
                      audit=False, current=household)
            erased_ids.append(household["id"])
        for dup_id, note in conn.execute("SELECT id, note FROM duplicates WHERE (record_a = ? "
                                         "OR record_b = ?)", (resident_id, resident_id)).fetchall():
            if note is not None:
                tx.update("duplicate", "duplicates", dup_id, {"note": None}, audit=False)
        _scrub(conn, erased_ids)
        tx.audit("erase", "resident", resident_id, {k: None for k in changed})
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # no old page left in the WAL
    return {"ok": True, "resident": resident_id, "fields": sorted(changed),
            "history": len(stage_ids), "household_head": _is_head(household, person)}


def after_merge(conn, rev: int, bundle_id: str) -> int:
    """After a bundle's rows are merged (inside its transaction, whose revision is
    `rev`): for each erased resident the bundle touched (a row written, or a value
    that lost to the erasure and was kept as a conflict), clear values edited elsewhere
    before the erasure was known, history notes, audit values and conflicts kept here.
    Returns how many."""
    erased = [r[0] for r in conn.execute(
        "SELECT id FROM residents WHERE full_name = ? AND (rev = ? "
        "OR id IN (SELECT resident_id FROM stage_changes WHERE rev = ?) "
        "OR id IN (SELECT record_id FROM sync_conflicts WHERE bundle_id = ? "
        "AND table_name = 'residents') "
        "OR id IN (SELECT s.resident_id FROM sync_conflicts c JOIN stage_changes s "
        "ON s.id = c.record_id WHERE c.bundle_id = ? AND c.table_name = 'stage_changes'))",
        (ERASED_NAME, rev, rev, bundle_id, bundle_id))]
    for rid in erased:
        # the value an edit from elsewhere brought after the erasure's clock is set
        # back; its clock stays, and null wins a tie, so every copy ends the same
        sets = ", ".join(f"{k} = ?" for k in ERASED_FIELDS)
        conn.execute(f"UPDATE residents SET {sets} WHERE id = ?", (*ERASED_FIELDS.values(), rid))
        conn.execute("UPDATE stage_changes SET note = NULL WHERE resident_id = ? AND "
                     "note IS NOT NULL", (rid,))
        _scrub(conn, [rid, *_stage_ids(conn, rid)])
    return len(erased)
