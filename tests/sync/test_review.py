"""Reviewing what a merge could not decide: "keep this value" on a conflict, and the
merge of two records of one person from the duplicates queue. Both are ordinary
changes: they are audited and travel to the hub and the other laptops."""

import json

import pytest

from desktop.domain.errors import InputRefused
from desktop.services import records
from desktop.services.maintenance import check
from desktop.sync.conflicts import keep_value, list_conflicts, review
from desktop.sync.duplicates import list_duplicates, merge, merge_plan
from desktop.sync.exporter import export_bundle, export_reference
from desktop.sync.importer import import_bundle, read_file

from sync_helpers import COMMUNE_A, add_resident, edit, row

CCCD = "001190000009"  # a woman born in 1990


def send(db, hub, tmp_path):
    out = export_bundle(db, tmp_path / f"up-{len(list(tmp_path.iterdir()))}.xaso")
    return import_bundle(hub, read_file(out["path"]), out["path"])


def back(hub, dbs, tmp_path):
    ref = export_reference(hub, COMMUNE_A, tmp_path / f"ref-{len(list(tmp_path.iterdir()))}.xaso")
    return [import_bundle(db, read_file(ref["path"])) for db in dbs]


def _phone_conflict(tmp_path, hub, laptop, laptop2):
    """Two laptops change one phone; returns (the laptop that recorded the conflict,
    the other, the resident id, the losing phone)."""
    rid = add_resident(laptop, "Đỗ Văn Nam")
    send(laptop, hub, tmp_path)
    send(laptop2, hub, tmp_path)
    back(hub, [laptop, laptop2], tmp_path)
    edit(laptop, "residents", rid, phone="0912000001")
    edit(laptop2, "residents", rid, phone="0912000002")
    send(laptop, hub, tmp_path)
    send(laptop2, hub, tmp_path)
    back(hub, [laptop, laptop2], tmp_path)
    holder = laptop if list_conflicts(laptop) else laptop2
    other = laptop2 if holder is laptop else laptop
    [c] = list_conflicts(holder)
    return holder, other, rid, c


def test_keep_the_losing_value_writes_a_change_that_wins_everywhere(tmp_path, hub, laptop,
                                                                    laptop2):
    holder, other, rid, c = _phone_conflict(tmp_path, hub, laptop, laptop2)
    [shown] = review(holder, "vi")
    assert (shown["field_label"], shown["kept_text"], shown["lost_text"]) == (
        "Số điện thoại", c["kept_value"], c["lost_value"])
    assert shown["keepable"] and not shown["kept_now"]
    saved = keep_value(holder, c["seq"])
    assert saved["phone"] == c["lost_value"]
    assert saved.changes.touches("resident") and saved.changes.undo_step
    audit = holder.conn.execute("SELECT changes FROM audit_log WHERE action = 'update' AND "
                                "record_id = ? ORDER BY seq DESC LIMIT 1", (rid,)).fetchone()
    assert json.loads(audit[0])["phone"] == [c["kept_value"], c["lost_value"]]
    assert review(holder, "vi")[0]["kept_now"]
    # it travels: the hub and the other laptop take the value kept
    send(holder, hub, tmp_path)
    assert row(hub, "residents", rid)["phone"] == c["lost_value"]
    back(hub, [other], tmp_path)
    assert row(other, "residents", rid)["phone"] == c["lost_value"]


def test_keep_value_is_validated_and_refuses_what_it_cannot_set(tmp_path, hub, laptop, laptop2):
    holder, _, rid, c = _phone_conflict(tmp_path, hub, laptop, laptop2)
    holder.conn.execute("UPDATE sync_conflicts SET lost_value = ? WHERE seq = ?",
                        (json.dumps("12345"), c["seq"]))  # a value the form would refuse
    with pytest.raises(InputRefused) as err:
        keep_value(holder, c["seq"])
    assert "12345" in err.value.message("vi")
    assert row(holder, "residents", rid)["phone"] == c["kept_value"]
    holder.conn.execute("UPDATE sync_conflicts SET field = 'deleted' WHERE seq = ?", (c["seq"],))
    with pytest.raises(InputRefused):
        keep_value(holder, c["seq"])
    with pytest.raises(InputRefused):
        keep_value(holder, 9999)


def _person(db, name, phone, hamlet="Thôn Một", stage=None):
    h = records.add(db, "hamlet", {"name": hamlet})
    hh = records.add(db, "household", {"hamlet": h["id"], "head_name": name})
    r = records.add(db, "resident", {"household": hh["id"], "full_name": name, "birth": "1990",
                                     "gender": "female", "cccd": CCCD, "phone": phone})
    if stage:
        records.add(db, "visit", {"date": "2026-11-10", "household": hh["id"],
                                  "services": ["vneid_install"],
                                  "resident_updates": [{"resident": r["id"], **stage}]})
    return r["id"]


def test_merge_moves_the_history_copies_the_chosen_values_and_travels(tmp_path, hub, laptop,
                                                                       laptop2):
    a = _person(laptop, "Nguyễn Thị Uyên", "0912000111", stage={"eid_stage": "level1"})
    b = _person(laptop2, "Nguyễn Thị Uyển", "0987000222", "Thôn Hai",
                stage={"eid_stage": "level2_activated", "health_stage": "registered"})
    send(laptop, hub, tmp_path)
    send(laptop2, hub, tmp_path)
    back(hub, [laptop, laptop2], tmp_path)
    [d] = list_duplicates(laptop)
    plan = merge_plan(laptop, d["id"], a)
    assert plan["fields"]["phone"]["source"] == a
    assert plan["fields"]["eid_stage"]["source"] == b  # the further stage
    b_visit = laptop.conn.execute("SELECT visit_id FROM stage_changes WHERE resident_id = ?",
                                  (b,)).fetchone()[0]
    saved = merge(laptop, d["id"], keep=a, fields={"phone": b, "full_name": a})
    assert saved["status"] == "same" and saved["kept_id"] == a
    assert saved.changes.touches({"resident", "stage_change", "duplicate"})
    kept, gone = row(laptop, "residents", a), row(laptop, "residents", b)
    assert gone["deleted"] == 1 and kept["deleted"] == 0
    assert (kept["full_name"], kept["phone"]) == ("Nguyễn Thị Uyên", "0987000222")
    assert (kept["eid_stage"], kept["health_stage"]) == ("level2_activated", "registered")
    # b's history and the stage update of b's visit now belong to a
    assert laptop.conn.execute("SELECT count(*) FROM stage_changes WHERE resident_id = ?",
                               (b,)).fetchone()[0] == 0
    shown = records.get(laptop, "visit", b_visit)["resident_updates"]
    assert {u["resident_id"] for u in shown} == {a}
    assert [p for p in check(laptop)["problems"] if "lịch sử" in p["message"]
            or "history" in p["message"]] == []
    assert list_duplicates(laptop) == []
    # one change in the next bundle: the hub and the other laptop end the same way
    history = laptop.conn.execute("SELECT count(*) FROM live_stage_changes WHERE "
                                  "resident_id = ?", (a,)).fetchone()[0]
    assert history >= 3  # a's step, b's two, and one more if a's step came last
    send(laptop, hub, tmp_path)
    back(hub, [laptop2], tmp_path)
    for db in (hub, laptop2):
        assert row(db, "residents", b)["deleted"] == 1
        assert row(db, "residents", a)["phone"] == "0987000222"
        assert row(db, "residents", a)["eid_stage"] == "level2_activated"
        assert db.conn.execute("SELECT count(*) FROM live_stage_changes WHERE resident_id = ?",
                               (a,)).fetchone()[0] == history


def test_merge_refuses_a_wrong_field_a_stranger_and_a_second_merge(tmp_path, hub, laptop,
                                                                    laptop2):
    a = _person(laptop, "Trần Thị Hà", "0912000333")
    b = _person(laptop2, "Trần Thị Hà", "0912000444", "Thôn Hai")
    send(laptop, hub, tmp_path)
    send(laptop2, hub, tmp_path)
    [d] = list_duplicates(hub)
    for bad in ({"cccd_key": b}, {"phone": "not-in-pair"}):
        with pytest.raises(InputRefused):
            merge(hub, d["id"], keep=a, fields=bad)
    with pytest.raises(InputRefused):
        merge(hub, d["id"], keep="someone-else")
    assert row(hub, "residents", b)["deleted"] == 0  # nothing written
    merge(hub, d["id"], keep=b)
    with pytest.raises(InputRefused) as err:
        merge(hub, d["id"], keep=a)
    assert "đã được xử lý" in err.value.message("vi")
    assert row(hub, "residents", a)["deleted"] == 1


def test_the_command_line_merges_with_chosen_fields(tmp_path, hub, laptop, laptop2, capsys):
    from desktop.cli import main

    a = _person(laptop, "Lê Thị Mai", "0912000555")
    b = _person(laptop2, "Lê Thị Mai", "0912000666", "Thôn Hai")
    send(laptop, hub, tmp_path)
    send(laptop2, hub, tmp_path)
    [d] = list_duplicates(hub)
    hub_path = tmp_path / "hub.db"
    assert main(["--db", str(hub_path), "duplicates", "merge", d["id"], "--keep", a,
                 "--field", "nonsense"]) == 1
    assert main(["--db", str(hub_path), "duplicates", "merge", d["id"], "--keep", a,
                 "--field", "birth=" + a, "--field", f"phone={b}", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["ok"] and out["status"] == "same" and out["kept_id"] == a
    assert row(hub, "residents", a)["phone"] == "0912000666"
    assert row(hub, "residents", b)["deleted"] == 1
