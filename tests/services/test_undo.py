"""Undo of the last save or delete (desktop/services/undo.py), without Qt."""

import json

from desktop.services import records, undo
from desktop.services.queries import count_records

from tests.conftest import TODAY


def _household(db):
    hamlet = records.add(db, "hamlet", {"name": "Tân Ninh"})
    home = records.add(db, "household", {"hamlet": hamlet["id"], "head_name": "Nguyễn Văn Tâm"})
    person = records.add(db, "resident", {"household": home["id"], "full_name": "Nguyễn Thị Lan"})
    return hamlet, home, person


def test_undo_a_visit_reverses_its_stage_moves_in_one_recorded_change(db):
    _, home, person = _household(db)
    records.add(db, "visit", {"date": "2026-11-20", "household": home["id"], "outcome": "done",
                              "resident_updates": [{"resident": person["id"],
                                                    "eid_stage": "level2_activated"}]},
                today=TODAY)
    step = undo.undo_last(db)
    assert step.kind == "visit" and step.action == "insert"
    assert count_records(db, "visit") == 0
    assert records.get(db, "resident", person["id"])["eid_stage"] == "not_started"
    rows = db.conn.execute("SELECT action, changes FROM audit_log WHERE hlc = "
                           "(SELECT hlc FROM audit_log WHERE action = 'undo')").fetchall()
    actions = {r[0] for r in rows}
    assert {"undo", "delete", "update"} <= actions  # recorded like any other change
    assert json.loads([r[1] for r in rows if r[0] == "undo"][0])["undone"] == step.hlc


def test_undo_update_then_delete_then_further_back(db):
    _, home, person = _household(db)
    records.update(db, "resident", person["id"], {"full_name": "Nguyễn Thị Lành"})
    records.delete(db, "household", home["id"])
    assert undo.undo_last(db).action == "delete"
    assert count_records(db, "household") == 1
    assert undo.undo_last(db).action == "update"
    assert records.get(db, "resident", person["id"])["full_name"] == "Nguyễn Thị Lan"
    assert records.get(db, "resident", person["id"])["full_name_key"] == "nguyen thi lan"
    assert undo.undo_last(db).kind == "resident"  # the resident's creation
    assert count_records(db, "resident") == 0


def test_nothing_to_undo_on_a_fresh_database(db):
    assert undo.last_step(db) is None
    assert undo.undo_last(db) is None
    assert count_records(db, "user") == 1
