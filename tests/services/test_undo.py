"""Undo of the last save or delete (desktop/services/undo.py), without Qt."""

import json

from desktop.services import records, undo
from desktop.services.queries import count_records

from tests.conftest import TODAY
from tests.people import letters


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


def _households_csv(path, count: int) -> None:
    lines = ["Thôn,Họ và tên chủ hộ,Số điện thoại"]
    lines += [f"Tân Ninh,Hộ {letters(i)},09{i:08d}" for i in range(count)]
    path.write_text("\n".join(lines), encoding="utf-8")


def test_one_undo_reverses_a_whole_large_import_and_undo_goes_on(db, tmp_path):
    """1,200 households in one import: one Ctrl+Z removes all of them (the old limit
    left 701), and the next Ctrl+Z goes on to the save before the import."""
    from desktop.services.imports import import_file

    records.add(db, "hamlet", {"name": "Tân Ninh"})
    records.add(db, "hamlet", {"name": "Lộc Hà"})
    _households_csv(tmp_path / "ho.csv", 1200)
    report = import_file(db, "household", tmp_path / "ho.csv")
    assert report.ok and count_records(db, "household") == 1200
    assert report.changes.touches("household") and report.changes.undo_step
    step = undo.undo_last(db)
    assert step.hlc == report.changes.undo_step and step.size == 1200
    assert count_records(db, "household") == 0
    assert step.changes.touches("household")
    nxt = undo.undo_last(db)  # undo keeps working: the hamlet added before the import
    assert nxt.kind == "hamlet" and count_records(db, "hamlet") == 1


def test_an_undo_too_large_is_refused_whole(db, tmp_path, monkeypatch):
    from desktop.domain.errors import InputRefused
    from desktop.services.imports import import_file

    records.add(db, "hamlet", {"name": "Tân Ninh"})
    _households_csv(tmp_path / "ho.csv", 30)
    import_file(db, "household", tmp_path / "ho.csv")
    monkeypatch.setattr(undo, "MAX_UNDO", 20)
    before = db.conn.execute("SELECT count(*), max(seq) FROM audit_log").fetchone()
    try:
        undo.undo_last(db)
        raise AssertionError("refused expected")
    except InputRefused as exc:
        assert exc.problems[0].code == "undo_too_large"
    assert count_records(db, "household") == 30  # nothing changed
    assert db.conn.execute("SELECT count(*), max(seq) FROM audit_log").fetchone() == before


def test_a_save_says_what_it_changed(db):
    _, home, person = _household(db)
    saved = records.add(db, "visit", {"date": "2026-11-20", "household": home["id"],
                                      "resident_updates": [{"resident": person["id"],
                                                            "health_stage": "registered"}]},
                        today=TODAY)
    changes = saved.changes
    assert changes.kinds == {"visit", "stage_change", "resident"}
    assert saved["id"] in changes.ids and person["id"] in changes.ids
    assert changes.undo_step == undo.last_step(db).hlc
    assert not changes.touches("training")


def test_undo_reaches_as_far_as_the_audit_keeps_values(db, monkeypatch):
    """Undo and the audit's minimisation agree on one reach (desktop/db/audit.py):
    undo never reads a step whose values are gone."""
    from desktop.db import audit

    monkeypatch.setattr(audit, "UNDO_STEPS", 3)
    for name in ("Thôn Một", "Thôn Hai", "Thôn Ba", "Thôn Bốn", "Thôn Năm"):
        records.add(db, "hamlet", {"name": name})
    undone = [undo.undo_last(db) for _ in range(4)]
    assert [s.kind for s in undone[:2]] == ["hamlet", "hamlet"]
    assert undone[2] is None  # the third step back is out of reach: refused, not partial
    assert count_records(db, "hamlet") == 3
