"""The audit log keeps what changed, when and by whom; personal values only while
undo can still reach them."""

import json

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
