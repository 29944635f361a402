"""Rules users rely on every day, each guarded by a test that fails when the rule is
broken (docs/how-we-test.md lists the planted bugs these catch)."""

import pytest

from desktop.domain.cccd import make_cccd
from desktop.domain.errors import ValidationError
from desktop.services import records
from desktop.services.imports import import_file
from desktop.services.queries import Filters, count_records, list_records
from tests.moment import TODAY


@pytest.fixture
def home(db):
    records.add(db, "hamlet", {"name": "Tân Ninh"})
    return records.add(db, "household", {"hamlet": "Tân Ninh", "head_name": "Nguyễn Văn An"})


@pytest.mark.parametrize("query", ["Nguyễn Thị", "nguyễn thị", "NGUYEN THI", "nguyen thi",
                                   "Nguye\u0302\u0303n Thi\u0323"])  # the last one decomposed
def test_search_finds_a_name_however_the_query_is_typed(db, home, query):
    records.add(db, "resident", {"household": home["id"], "full_name": "Nguyễn Thị Hoa"})
    records.add(db, "resident", {"household": home["id"], "full_name": "Trần Văn Nam"})
    found = [r["full_name"] for r in list_records(db, "resident", Filters(search=query))]
    assert found == ["Nguyễn Thị Hoa"]


def test_a_follow_up_on_the_day_of_the_visit_is_refused(db, home):
    with pytest.raises(ValidationError) as info:
        records.add(db, "visit", {"date": "20/11/2026", "household": home["id"],
                                  "outcome": "follow_up", "follow_up_date": "20/11/2026"},
                    today=TODAY)
    assert [p.code for p in info.value.problems] == ["followup_before_visit"]
    saved = records.add(db, "visit", {"date": "20/11/2026", "household": home["id"],
                                      "outcome": "follow_up", "follow_up_date": "21/11/2026"},
                        today=TODAY)
    assert saved["follow_up_date"] == "2026-11-21"


def test_a_deleted_residents_cccd_can_be_entered_again(db, home):
    cccd = make_cccd("001", "female", 1990, 17)
    first = records.add(db, "resident", {"household": home["id"], "full_name": "Lê Thị Mai",
                                         "birth": 1990, "gender": "female", "cccd": cccd})
    with pytest.raises(ValidationError):  # while she is recorded, the number is hers
        records.add(db, "resident", {"household": home["id"], "full_name": "Lê Thị Mai",
                                     "birth": 1990, "gender": "female", "cccd": cccd})
    records.delete(db, "resident", first["id"])
    again = records.add(db, "resident", {"household": home["id"], "full_name": "Lê Thị Mai",
                                         "birth": 1990, "gender": "female", "cccd": cccd})
    assert again["cccd"] == cccd and again["id"] != first["id"]


def test_chua_in_a_sheet_is_no(db, tmp_path):
    sheet = tmp_path / "ho.csv"
    sheet.write_text("Thôn,Chủ hộ,Có điện thoại thông minh,Bán hàng online\n"
                     "Tân Ninh,Nguyễn Văn An,chưa,Có\n"
                     "Tân Ninh,Trần Văn Bình,Chưa có,x\n"
                     "Tân Ninh,Lê Thị Cúc,Rồi,không\n", encoding="utf-8")
    report = import_file(db, "household", sheet)
    assert report.ok, report.as_dict()["errors"]
    rows = {r["head_name"]: r for r in list_records(db, "household", limit=None)}
    assert rows["Nguyễn Văn An"]["has_smartphone"] == 0
    assert rows["Trần Văn Bình"]["has_smartphone"] == 0
    assert rows["Lê Thị Cúc"]["has_smartphone"] == 1


def test_one_step_back_needs_a_correction_at_the_service(db, home):
    person = records.add(db, "resident", {"household": home["id"], "full_name": "Đỗ Văn Hải",
                                          "eid_stage": "level1", "health_stage": "registered"})
    for field, back in (("eid_stage", "app_installed"), ("health_stage", "app_installed")):
        with pytest.raises(ValidationError) as info:
            records.update(db, "resident", person["id"], {field: back})
        assert info.value.problems[0].code == "stage_backwards"
    fixed = records.update(db, "resident", person["id"], {"eid_stage": "app_installed",
                                                          "correction": True})
    assert fixed["eid_stage"] == "app_installed"
    assert fixed["history"][-1]["correction"] == 1


def test_a_list_month_is_checked_like_every_month(db):
    from desktop.domain.errors import InputRefused

    for bad in ("2026-13", "2026-00", "11-2026", "tháng 11"):
        with pytest.raises(InputRefused) as info:
            count_records(db, "visit", Filters(month=bad))
        assert info.value.problems[0].code == "month_invalid"
    assert count_records(db, "visit", Filters(month="11/2026")) == 0


def test_search_on_demo_data_skips_the_deleted_and_ignores_marks(demo_db):
    from desktop.domain.text import search_key

    gone = demo_db.conn.execute("SELECT full_name FROM residents WHERE deleted = 1 "
                                "LIMIT 1").fetchone()[0]
    live_same = demo_db.conn.execute("SELECT count(*) FROM live_residents WHERE full_name = ?",
                                     (gone,)).fetchone()[0]
    found = list_records(demo_db, "resident", Filters(search=gone), limit=None)
    assert len([r for r in found if r["full_name"] == gone]) == live_same
    bare = list_records(demo_db, "resident", Filters(search=search_key(gone)), limit=None)
    assert {r["id"] for r in bare} == {r["id"] for r in found}  # marks or none: the same


def test_check_reports_stored_numbers_no_living_person_has(db, home):
    from desktop.db.writer import write
    from desktop.services.maintenance import check

    with write(db) as tx:  # as an older release stored it, before such numbers were refused
        tx.insert("resident", "residents", {"household_id": home["id"],
                                            "hamlet_id": home["hamlet_id"],
                                            "full_name": "Lê Văn Cũ", "full_name_key": "le van cu",
                                            "cccd": "001330012356"})
    result = check(db, today=TODAY)
    assert not result["ok"], result
    assert any("2030" in p["message"] and "thứ 4" in p["message"] for p in result["problems"])


@pytest.mark.parametrize("typed, name, kind", [
    ("Thôn Tân Ninh", "Tân Ninh", "thon"), ("Khu phố 3", "Khu phố 3", "khu_pho"),
    ("buôn Ea Sup", "Ea Sup", "buon"), ("Tân Ninh", "Tân Ninh", "thon")])
def test_a_hamlet_typed_with_its_word_keeps_the_word_as_its_kind(db, typed, name, kind):
    saved = records.add(db, "hamlet", {"name": typed})
    assert (saved["name"], saved["kind"]) == (name, kind)
