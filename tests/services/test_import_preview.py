"""What the import preview shows comes from the import itself: columns, first rows, the
rows left out and why, the bridge points matched, the session and its date."""

from desktop.services import records
from desktop.services.imports import import_file, sheet_date, sheet_session
from desktop.services.queries import Filters, list_records
from tests.conftest import TODAY

SHEET = """UBND XÃ AN BIÊN
DANH SÁCH ĐẠI BIỂU THAM DỰ HỘI NGHỊ TẬP HUẤN CHUYỂN ĐỔI SỐ
Thời gian: 8h00 ngày 15/03/2026 - Hình thức: trực tiếp kết hợp trực tuyến

STT,Họ và tên,Đơn vị công tác,Điểm cầu,Ký tên
1,Nguyễn Văn Hải,UBND xã,Điểm cầu UBND xã,
2,Trần Thị Bích,Trạm Y tế,ubnd xa,
3,Lê Văn Khoa,Công an xã,Điểm cầu Nhà văn hóa thôn Tân Ninh,
4,Phạm Thị Dung,Trường TH,NHÀ VĂN HÓA THÔN TÂN NINH,
5,Võ Văn Em,Thôn Tân Ninh,Điểm cầu UBND xã,
6,Đỗ Thị Gấm,Thôn Đông,Điểm cầu UBND xã,
Tổng cộng,6,,,
"""


def _write(tmp_path, text=SHEET, name="dang-ky.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_session_and_its_date_come_from_the_title_rows():
    titles = ["UBND XÃ AN BIÊN", "DANH SÁCH ĐẠI BIỂU THAM DỰ HỘI NGHỊ TẬP HUẤN CHUYỂN ĐỔI SỐ",
              "Thời gian: 8h00 ngày 15/03/2026 - Hình thức: trực tuyến"]
    session = sheet_session(titles)
    assert session["title"].startswith("Hội nghị tập huấn")
    assert session["starts_at"] == "15/03/2026 8:00" and session["mode"] == "online"
    assert str(sheet_date(titles)) == "2026-03-15"
    assert sheet_session(["Ngày 15/03/2026"]) is None  # a date alone names no session
    assert str(sheet_date(["Ngày 15/03/2026"])) == "2026-03-15"
    assert sheet_date(["Số 31/45/2026"]) is None


def test_bridge_points_written_otherwise_are_one_point_and_the_matches_are_listed(db, tmp_path):
    report = import_file(db, "attendance", _write(tmp_path), today=TODAY)
    assert report.ok and report.created == 6 and report.training_created
    assert report.created_bridge_points == ["Điểm cầu UBND xã",
                                            "Điểm cầu Nhà văn hóa thôn Tân Ninh"]
    assert report.matched_bridge_points == [
        ("ubnd xa", "Điểm cầu UBND xã"),
        ("NHÀ VĂN HÓA THÔN TÂN NINH", "Điểm cầu Nhà văn hóa thôn Tân Ninh")]
    rows = list_records(db, "attendance", Filters(training=report.training_id), limit=None)
    assert {r["bridge_point"] for r in rows} == {"Điểm cầu UBND xã",
                                                 "Điểm cầu Nhà văn hóa thôn Tân Ninh"}


def test_a_form_and_a_session_reuse_a_point_named_without_its_prefix(db):
    training = records.add(db, "training", {
        "title": "Kỹ năng số", "starts_at": "2026-10-05 08:00",
        "bridge_points": ["Hội trường UBND xã", "Điểm cầu hội trường ubnd xa"]})
    assert [p["name"] for p in training["bridge_points"]] == ["Hội trường UBND xã"]
    person = records.add(db, "attendance", {"training": training["id"], "full_name": "Lê An",
                                            "bridge_point": "ĐIỂM CẦU Hội Trường UBND Xã"})
    assert person["bridge_point"] == "Hội trường UBND xã"
    assert len(records.get(db, "training", training["id"])["bridge_points"]) == 1


def test_a_point_recorded_with_the_old_key_still_matches(db):
    training = records.add(db, "training", {"title": "Kỹ năng số",
                                            "starts_at": "2026-10-05 08:00",
                                            "bridge_points": ["Điểm cầu Thôn Đông"]})
    # recorded by an earlier release: its key kept the prefix
    db.conn.execute("UPDATE bridge_points SET name_key = 'diem cau thon dong'")
    person = records.add(db, "attendance", {"training": training["id"], "full_name": "Lê An",
                                            "bridge_point": "Thôn Đông"})
    assert person["bridge_point"] == "Điểm cầu Thôn Đông"


def test_the_preview_holds_columns_first_rows_and_rows_left_out(db, tmp_path):
    path = _write(tmp_path)
    first = import_file(db, "attendance", path, today=TODAY)
    again = import_file(db, "attendance", path, dry_run=True, today=TODAY).as_dict()
    assert again["training_id"] == first.training_id and not again["training"]["created"]
    assert again["columns"] == [
        {"column": "STT", "field": None}, {"column": "Họ và tên", "field": "full_name"},
        {"column": "Đơn vị công tác", "field": "unit"},
        {"column": "Điểm cầu", "field": "bridge_point"}, {"column": "Ký tên", "field": None}]
    assert [s["row"] for s in again["sample"]] == [6, 7, 8, 9, 10]
    assert again["sample"][0]["cells"][:2] == ["1", "Nguyễn Văn Hải"]
    skipped = {s["row"]: s["message"] for s in again["skipped"]}
    assert skipped[6] == "Đã có: Nguyễn Văn Hải." and len(skipped) == 7
    assert skipped[12] == "Dòng tổng cộng."
    assert again["would_create"] == 0 and again["skipped_existing"] == 6


def test_a_sheet_put_into_a_session_of_another_day_says_so(db, tmp_path):
    other = records.add(db, "training", {"title": "Buổi khác", "starts_at": "2026-10-05 08:00"})
    report = import_file(db, "attendance", _write(tmp_path), dry_run=True,
                         training=other["id"], today=TODAY)
    assert report.sheet_date == "2026-03-15" and report.date_differs
    assert report.training_title == "Buổi khác" and not report.training_created
    made = import_file(db, "attendance", _write(tmp_path), dry_run=True, today=TODAY)
    assert made.training_created and not made.date_differs
    assert made.as_dict()["training_id"] is None  # a dry run makes nothing to point at
