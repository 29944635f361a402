import json

import pytest

from desktop.domain.cccd import make_cccd
from desktop.domain.errors import InputRefused, ValidationError
from desktop.services import records
from desktop.services.queries import Filters, count_records, list_records
from tests.conftest import TODAY


def counts(db):
    tables = ("visits", "visit_members", "stage_changes", "residents", "audit_log")
    return {t: db.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


@pytest.fixture
def family(db):
    records.add(db, "hamlet", {"name": "Tân Ninh"})
    member = records.add(db, "member", {"full_name": "Lê Văn Tâm", "hamlet": "Tân Ninh"})
    home = records.add(db, "household", {"hamlet": "tan ninh", "head_name": "Nguyễn Văn An",
                                         "phone": "0912 345 678"})
    a = records.add(db, "resident", {"household": home["id"], "full_name": "Nguyễn Thị Diệu Bình",
                                     "birth": "1990", "gender": "female",
                                     "cccd": make_cccd("042", "female", 1990, 1)}, today=TODAY)
    b = records.add(db, "resident", {"household": home["id"], "full_name": "Nguyễn Văn Cường",
                                     "birth": "12/05/1988", "gender": "male"}, today=TODAY)
    return {"member": member, "home": home, "a": a, "b": b}


def test_every_record_carries_identity_clock_and_author(db, family):
    row = records.get(db, "household", family["home"]["id"])
    assert row["phone"] == "0912345678"  # normalised on save
    assert row["commune_code"] == "00070" and len(row["device_id"]) == 16
    assert row["created_hlc"] == row["hlc"] and row["actor_id"]
    audit = db.conn.execute("SELECT action, kind, changes FROM audit_log WHERE record_id = ?",
                            (row["id"],)).fetchall()
    assert audit[0][:2] == ("insert", "household")
    assert json.loads(audit[0][2])["head_name"] == "Nguyễn Văn An"


def test_update_keeps_a_clock_per_field_and_audits_the_diff(db, family):
    rid = family["a"]["id"]
    before = records.get(db, "resident", rid)
    after = records.update(db, "resident", rid, {"phone": "0987654321"})
    clocks = json.loads(db.conn.execute("SELECT field_hlc FROM residents WHERE id = ?",
                                        (rid,)).fetchone()[0])
    assert set(clocks) == {"phone"} and clocks["phone"] > before["created_hlc"]
    assert after["hlc"] == clocks["phone"]
    changes = db.conn.execute("SELECT changes FROM audit_log WHERE action = 'update' AND "
                              "record_id = ?", (rid,)).fetchone()[0]
    assert json.loads(changes) == {"phone": [None, "0987654321"]}


def test_delete_is_a_tombstone(db, family):
    rid = family["b"]["id"]
    records.delete(db, "resident", rid)
    assert db.conn.execute("SELECT deleted FROM residents WHERE id = ?", (rid,)).fetchone()[0] == 1
    assert count_records(db, "resident") == 1
    with pytest.raises(InputRefused):
        records.update(db, "resident", rid, {"phone": "0987654321"})


def test_duplicate_cccd_is_refused_naming_the_existing_record(db, family):
    with pytest.raises(ValidationError) as info:
        records.add(db, "resident", {"household": family["home"]["id"], "full_name": "Trần Thị X",
                                     "birth": "1990", "gender": "female",
                                     "cccd": make_cccd("042", "female", 1990, 1)}, today=TODAY)
    assert info.value.problems[0].field == "cccd"
    assert "Nguyễn Thị Diệu Bình (Tân Ninh, Nguyễn Văn An)" in info.value.message("vi")
    assert family["a"]["id"] not in info.value.message("en")  # people, not ids
    assert info.value.problems[0].params["id"] == family["a"]["id"]  # --json keeps it


def test_cccd_must_agree_with_gender_and_birth_year(db, family):
    with pytest.raises(ValidationError) as info:
        records.add(db, "resident", {"household": family["home"]["id"], "full_name": "Trần Văn Y",
                                     "birth": "1991", "gender": "male",
                                     "cccd": make_cccd("042", "female", 1990, 9)}, today=TODAY)
    assert {p.code for p in info.value.problems} == {"cccd_gender", "cccd_year"}


def test_a_visit_moves_residents_in_the_same_save(db, family):
    visit = records.add(db, "visit", {
        "date": "20/11/2026", "household": "Nguyễn Văn An", "members": ["Lê Văn Tâm"],
        "services": ["vneid_install", "Sổ sức khỏe điện tử"], "outcome": "done",
        "resident_updates": [
            {"resident": family["a"]["id"], "eid_stage": "level2_activated"},
            {"resident": "nguyen van cuong", "eid_stage": "level2_activated",
             "health_stage": "linked"}]}, today=TODAY)
    assert visit["services"] == ["vneid_install", "health_book"]
    assert [m["full_name"] for m in visit["members"]] == ["Lê Văn Tâm"]
    assert len(visit["resident_updates"]) == 3
    a = records.get(db, "resident", family["a"]["id"])
    assert a["eid_stage"] == "level2_activated" and a["eid_date"] == "2026-11-20"
    assert a["history"][0]["visit_id"] == visit["id"]
    same_save = db.conn.execute("SELECT action, record_id FROM audit_log WHERE hlc = ?",
                                (visit["hlc"],)).fetchall()
    assert ("insert", visit["id"]) in same_save  # one clock for the whole visit save
    assert ("update", family["a"]["id"]) in same_save and ("update", family["b"]["id"]) in same_save


def test_a_visits_form_shows_the_live_residents_steps_only(db, family):
    """A deleted resident's steps leave the visit's form and come back when the
    resident is restored; a deleted step leaves it too (the form reads its few rows
    through live_residents, not live_stage_changes)."""
    visit = records.add(db, "visit", {
        "date": "20/11/2026", "household": "Nguyễn Văn An", "outcome": "done",
        "resident_updates": [
            {"resident": family["a"]["id"], "eid_stage": "level1"},
            {"resident": family["b"]["id"], "eid_stage": "level1",
             "health_stage": "linked"}]}, today=TODAY)

    def steps():
        return sorted((u["full_name"], u["track"]) for u in
                      records.get(db, "visit", visit["id"])["resident_updates"])
    assert steps() == [("Nguyễn Thị Diệu Bình", "eid"), ("Nguyễn Văn Cường", "eid"),
                       ("Nguyễn Văn Cường", "health")]
    records.delete(db, "resident", family["b"]["id"])
    assert steps() == [("Nguyễn Thị Diệu Bình", "eid")]
    db.conn.execute("UPDATE residents SET deleted = 0 WHERE id = ?", (family["b"]["id"],))
    db.conn.execute("UPDATE stage_changes SET deleted = 1 WHERE resident_id = ? "
                    "AND track = 'health'", (family["b"]["id"],))
    assert steps() == [("Nguyễn Thị Diệu Bình", "eid"), ("Nguyễn Văn Cường", "eid")]
    assert [h["track"] for h in records.get(db, "resident", family["b"]["id"])["history"]] == [
        "eid"]


def test_a_visit_with_one_bad_update_leaves_nothing(db, family):
    before = counts(db)
    with pytest.raises(ValidationError) as info:
        records.add(db, "visit", {
            "date": "20/11/2026", "household": family["home"]["id"], "outcome": "done",
            "members": ["Lê Văn Tâm"],
            "resident_updates": [
                {"resident": family["a"]["id"], "eid_stage": "level2_activated"},
                {"resident": "Không Có Ai", "eid_stage": "level1"}]}, today=TODAY)
    assert info.value.problems[0].code == "reference_missing"
    assert counts(db) == before
    assert records.get(db, "resident", family["a"]["id"])["eid_stage"] == "not_started"


def test_going_back_needs_a_correction_which_is_recorded(db, family):
    rid = family["a"]["id"]
    records.update(db, "resident", rid, {"eid_stage": "level2_activated"}, today=TODAY)
    with pytest.raises(ValidationError) as info:
        records.update(db, "resident", rid, {"eid_stage": "level1"}, today=TODAY)
    assert info.value.problems[0].code == "stage_backwards"
    after = records.update(db, "resident", rid, {"eid_stage": "level1", "correction": True},
                           today=TODAY)
    assert after["eid_stage"] == "level1"
    assert [(h["to_stage"], h["correction"]) for h in after["history"]] == [
        ("level2_activated", 0), ("level1", 1)]


def test_visits_cannot_be_in_the_future_and_follow_ups_come_after(db, family):
    with pytest.raises(ValidationError) as info:
        records.add(db, "visit", {"date": "24/11/2026", "household": family["home"]["id"]},
                    today=TODAY)
    assert info.value.problems[0].code == "date_future"
    with pytest.raises(ValidationError) as info:
        records.add(db, "visit", {"date": "20/11/2026", "household": family["home"]["id"],
                                  "follow_up_date": "19/11/2026"}, today=TODAY)
    assert info.value.problems[0].field == "follow_up_date"


def test_search_ignores_diacritics_and_matches_cccd_and_phone(db, family):
    names = [r["full_name"] for r in list_records(db, "resident", Filters(search="nguyen thi dieu"))]
    assert names == ["Nguyễn Thị Diệu Bình"]
    cccd = family["a"]["cccd"]
    assert list_records(db, "resident", Filters(search=cccd[-6:]))[0]["id"] == family["a"]["id"]
    assert list_records(db, "household", Filters(search="0912 345"))[0]["head_name"] == "Nguyễn Văn An"
    records.add(db, "visit", {"date": "20/11/2026", "household": family["home"]["id"]}, today=TODAY)
    assert count_records(db, "visit", Filters(search="NGUYEN van an")) == 1
    assert count_records(db, "visit", Filters(search="tran")) == 0
    assert count_records(db, "visit", Filters(month="2026-11", hamlet="Tân Ninh")) == 1
    assert count_records(db, "visit", Filters(month="2026-10")) == 0


def test_training_with_bridge_points_and_attendance(db):
    training = records.add(db, "training", {"title": "Tập huấn VNeID", "starts_at": "15/03/2026 8h00",
                                            "bridge_points": ["UBND xã", "Thôn Tân Ninh"]})
    assert training["starts_at"] == "2026-03-15T08:00"
    person = records.add(db, "attendance", {"training": training["id"], "bridge_point": "ubnd xa",
                                            "full_name": "Trần Văn B"})
    assert person["bridge_point"] == "UBND xã"
    new_point = records.add(db, "attendance", {"training": "Tập huấn VNeID",
                                               "bridge_point": "Nhà văn hóa", "full_name": "C"})
    assert new_point["bridge_point"] == "Nhà văn hóa"
    assert len(records.get(db, "training", training["id"])["bridge_points"]) == 3


def test_unknown_kind_and_unknown_reference_are_refused(db):
    with pytest.raises(InputRefused) as info:
        records.add(db, "spaceship", {})
    assert info.value.problems[0].code == "kind_unknown"
    with pytest.raises(InputRefused) as info:
        records.add(db, "household", {"hamlet": "Không Có", "head_name": "X"})
    assert info.value.problems[0].field == "hamlet"


def test_a_hub_can_record_trainings_and_targets(tmp_path):
    from desktop.db import open_database
    from desktop.services.setup import init_hub

    hub = open_database(tmp_path / "hub.db")
    init_hub(hub, "Sở KH&CN Hà Tĩnh", "42")
    training = records.add(hub, "training", {"title": "Tập huấn cho tổ CNSCĐ",
                                             "starts_at": "01/11/2026 8h00"})
    target = records.add(hub, "target", {"year": 2026, "indicator": "eid_level2", "value": 80})
    assert training["commune_code"] == target["commune_code"] == "42"


def test_names_sort_without_regard_to_diacritics(db):
    for name in ("Đông Hà", "Xuân Hải", "An Lạc", "Bắc Sơn"):
        records.add(db, "hamlet", {"name": name})
    assert [r["name"] for r in list_records(db, "hamlet")] == ["An Lạc", "Bắc Sơn", "Đông Hà",
                                                               "Xuân Hải"]


def test_residents_filter_by_either_stage(db, family):
    records.update(db, "resident", family["a"]["id"], {"health_stage": "linked"}, today=TODAY)
    linked = Filters(status="linked", status_field="health_stage")
    assert [r["id"] for r in list_records(db, "resident", linked)] == [family["a"]["id"]]
    assert count_records(db, "resident", Filters(status="not_started")) == 2  # e-ID by default
