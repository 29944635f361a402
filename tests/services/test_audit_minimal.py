"""The audit log keeps what changed, when and by whom; personal values only while
undo can still reach them."""

import json
import sqlite3

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.db import audit
from desktop.db.writer import write
from desktop.services import records, undo


def entries(db, rid):
    return [(a, json.loads(c) if c else None) for a, c in db.conn.execute(
        "SELECT action, changes FROM audit_log WHERE record_id = ? ORDER BY seq", (rid,))]


def test_values_leave_the_audit_once_undo_cannot_reach_them(db, monkeypatch):
    monkeypatch.setattr(audit, "UNDO_STEPS", 3)
    hamlet = records.add(db, "hamlet", {"name": "Tân Ninh"})
    home = records.add(db, "household", {"hamlet": hamlet["id"], "head_name": "Lê Văn Tư"})
    person = records.add(db, "resident", {"household": home["id"], "full_name": "Lê Thị Hai",
                                          "cccd": "001190001111"})
    records.update(db, "resident", person["id"], {"phone": "0912345678"})
    # within reach: the values undo needs are there, and undo uses them
    assert entries(db, person["id"])[1] == ("update", {"phone": [None, "0912345678"]})
    assert undo.undo_last(db).action == "update"
    assert records.get(db, "resident", person["id"])["phone"] is None
    for i in range(6):
        records.add(db, "hamlet", {"name": f"Thôn {i}"})
    # out of reach: the field names stay, the values are gone
    log = entries(db, person["id"])
    assert log[0] == ("insert", {k: None for k in log[0][1]})
    assert {"full_name", "cccd", "household_id"} <= set(log[0][1])
    assert log[1] == ("update", {"phone": None})
    who = db.conn.execute("SELECT actor_id, at FROM audit_log WHERE record_id = ?",
                          (person["id"],)).fetchall()
    assert all(actor and at for actor, at in who)
    # the newest entries keep theirs
    newest = db.conn.execute("SELECT changes FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    assert json.loads(newest[0])["name"] == "Thôn 5"


def test_nothing_before_a_merge_is_kept(db):
    hamlet = records.add(db, "hamlet", {"name": "Tân Ninh"})
    with write(db) as tx:
        tx.audit("bundle_import", "bundle", "b1", {"totals": {}})
    records.add(db, "hamlet", {"name": "Đông Xuân"})
    assert entries(db, hamlet["id"]) == [("insert", {k: None for k in
                                                     entries(db, hamlet["id"])[0][1]})]
    assert undo.last_step(db).kind == "hamlet"  # the save after the merge is still undoable


def test_bulk_work_leaves_no_values_in_the_audit_as_it_commits(demo_db):
    """Demo data (like a merge or a restore) is a barrier undo never crosses: its own
    entries lose their values in its own transaction, not in the save that later
    pushes it past undo's reach (that save would pay for the whole bulk job)."""
    kept = demo_db.conn.execute(
        "SELECT count(*), sum(changes IS NOT NULL AND EXISTS (SELECT 1 FROM "
        "json_each(audit_log.changes) WHERE value IS NOT NULL)) FROM audit_log "
        "WHERE action IN ('insert', 'update')").fetchone()
    assert kept[0] > 0 and kept[1] == 0  # the demo's edits are there, without values
    mark = int(demo_db.conn.execute(
        "SELECT value FROM meta WHERE key = 'audit_scrubbed'").fetchone()[0])
    assert mark == demo_db.conn.execute("SELECT max(seq) FROM audit_log").fetchone()[0]
    hamlet = records.add(demo_db, "hamlet", {"name": "Thôn Mới"})
    assert entries(demo_db, hamlet["id"])[0][1]["name"] == hamlet["name"]  # a save keeps its own
    assert undo.last_step(demo_db).kind == "hamlet"


def _groups_one_by_one(conn, device_id, floor):
    """The walk as audit.groups defines it, worked out from every entry at once: a
    group is all entries of one clock value, its first seq the smallest, newest first;
    the walk ends at the first group that starts at or below `floor` (actions None)."""
    rows = conn.execute("SELECT seq, hlc, device_id, action FROM audit_log "
                        "WHERE hlc IS NOT NULL ORDER BY seq").fetchall()
    first, newest, actions, device = {}, {}, {}, {}
    for seq, hlc, dev, action in rows:
        first.setdefault(hlc, seq)
        newest[hlc] = seq
        actions.setdefault(hlc, set()).add(action)
        device[hlc] = dev
    out = []
    for hlc in sorted(newest, key=newest.get, reverse=True):
        if device_id is not None and device[hlc] != device_id:
            continue
        if first[hlc] <= floor:
            out.append((hlc, first[hlc], None))
            break
        out.append((hlc, first[hlc], actions[hlc]))
    return out


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(log=st.lists(st.tuples(st.sampled_from(["aaaa", "bbbb"]), st.integers(1, 9),
                              st.sets(st.sampled_from(["insert", "update", "delete", "undo",
                                                       "demo", "report"]), min_size=1)),
                    max_size=30),
       floor=st.integers(0, 120), device=st.sampled_from([None, "aaaa", "bbbb"]))
def test_the_walk_back_through_the_audit_finds_every_group_whole(tmp_path, monkeypatch, log,
                                                                 floor, device):
    """Groups are read a batch of entries at a time; a group cut by a batch's end, or
    longer than a batch, is still found whole, with its first seq and all its actions
    (a wrong first seq would scrub values undo can still reach)."""
    monkeypatch.setattr(audit, "BATCH", 4)  # groups of up to 9 entries: cut, and longer
    conn = sqlite3.connect(tmp_path / "audit.sqlite3")
    conn.execute("CREATE TABLE IF NOT EXISTS audit_log (seq INTEGER PRIMARY KEY "
                 "AUTOINCREMENT, at TEXT NOT NULL, hlc TEXT, device_id TEXT, actor_id TEXT, "
                 "action TEXT NOT NULL, kind TEXT, record_id TEXT, changes TEXT)")
    conn.execute("CREATE INDEX IF NOT EXISTS idx_audit_hlc ON audit_log(hlc)")
    conn.execute("DELETE FROM audit_log")
    for n, (dev, size, actions) in enumerate(log):
        hlc = f"{n:015d}.00000.{dev}"
        kinds = sorted(actions)
        conn.executemany("INSERT INTO audit_log (at, hlc, device_id, action) VALUES "
                         "('2026-11-30T10:00:00', ?, ?, ?)",
                         [(hlc, dev, kinds[i % len(kinds)]) for i in range(max(size, len(kinds)))])
        if n % 7 == 3:  # an old entry without a clock, between groups
            conn.execute("INSERT INTO audit_log (at, action) VALUES ('2026-01-01', 'open')")
    assert list(audit.groups(conn, device, floor)) == _groups_one_by_one(conn, device, floor)
    conn.close()
