import csv
import shutil
from pathlib import Path

import pytest

from desktop.domain.errors import InputRefused
from desktop.services.imports import import_file
from desktop.services.queries import count_records, list_records
from tests.conftest import TODAY
from tests.people import letters

FIXTURES = Path(__file__).resolve().parents[2].parent / "shared" / "fixtures"


def fixture(name):
    path = FIXTURES / name
    if not path.exists():
        pytest.skip(f"{path} not present")
    return path


def snapshot(db):
    return [db.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("hamlets", "households", "residents", "trainings", "attendance", "audit_log")]


def test_household_list_as_offices_type_it(db):
    path = fixture("danh-sach-ho-gia-dinh.csv")
    with path.open(encoding="utf-8-sig") as handle:
        source = list(csv.DictReader(handle))
    report = import_file(db, "household", path, today=TODAY)
    assert report.ok and report.created == len(source)
    assert sorted(report.created_hamlets) == sorted({r["Thôn"] for r in source})
    smart = {"có", "x"}
    expected = sum(1 for r in source if r["Có điện thoại thông minh"].strip().lower() in smart)
    got = db.conn.execute("SELECT sum(has_smartphone) FROM households").fetchone()[0]
    assert got == expected
    again = import_file(db, "household", path, today=TODAY)  # the same list twice adds nothing
    assert again.created == 0 and again.skipped_existing == len(source)
    assert count_records(db, "household") == len(source)


def test_attendance_sheet_with_title_rows_and_total_line(db):
    path = fixture("danh-sach-tap-huan.xlsx")
    report = import_file(db, "attendance", path, today=TODAY)
    assert report.ok and report.created == 60 and report.rows == 60
    training = list_records(db, "training")[0]
    assert training["starts_at"] == "2024-03-15T08:00" and training["mode"] == "hybrid"
    assert "tập huấn" in training["title"].lower()
    points = {r["bridge_point"] for r in list_records(db, "attendance", limit=None)}
    assert len(points) == len(report.created_bridge_points) == 3
    spaced = [r for r in list_records(db, "attendance", limit=None) if r["phone"]]
    assert all(len(r["phone"]) == 10 and r["phone"].isdigit() for r in spaced)


def _write_households(path: Path, rows: int, bad_row: int | None = None) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["STT", "Thon", "Ho va ten chu ho", "So dien thoai", "So nhan khau"])
        for i in range(1, rows + 1):
            phone = "0912" + f"{i:06d}"
            if i == bad_row:
                phone = "12345"
            out.writerow([i, ["Tân Ninh", "Lộc Hà"][i % 2], f"Nguyễn Văn {letters(i)}", phone, (i % 6) + 1])


def test_thousand_rows_with_one_bad_row_is_refused_whole(db, tmp_path):
    path = tmp_path / "ho-gia-dinh.csv"
    _write_households(path, 1000, bad_row=737)
    before = snapshot(db)
    report = import_file(db, "household", path, today=TODAY)
    assert not report.ok
    assert [(e.row, e.column) for e in report.errors] == [(738, "Số điện thoại")]  # header is row 1
    assert "12345" in report.errors[0].message
    assert snapshot(db) == before
    path.write_text(path.read_text(encoding="utf-8-sig").replace(",12345,", ",0912000737,"),
                    encoding="utf-8-sig")
    assert import_file(db, "household", path, today=TODAY).created == 1000


def test_dry_run_checks_everything_and_writes_nothing(db, tmp_path):
    path = tmp_path / "ho.csv"
    _write_households(path, 20)
    before = snapshot(db)
    report = import_file(db, "household", path, dry_run=True, today=TODAY)
    assert report.ok and report.created == 20 and snapshot(db) == before


def test_residents_find_or_create_their_household(db, tmp_path):
    path = tmp_path / "nguoi-dan.csv"
    path.write_text("Thôn,Chủ hộ,Họ và tên,Năm sinh,Giới tính,Số CCCD\n"
                    "Tân Ninh,Nguyễn Văn An,Nguyễn Văn An,1970,Nam,\n"
                    "Tân Ninh,Nguyễn Văn An,Trần Thị Bích,1972,nữ,042172000001\n"
                    "Tân Ninh,Nguyễn Văn An,Trần Thị Bích Em,1972,nữ,042172000001\n",
                    encoding="utf-8")
    report = import_file(db, "resident", path, today=TODAY)
    assert [e.row for e in report.errors] == [4]  # the duplicate CCCD inside the file
    assert count_records(db, "resident") == 0
    path.write_text("\n".join(path.read_text(encoding="utf-8").splitlines()[:3]) + "\n",
                    encoding="utf-8")
    assert import_file(db, "resident", path, today=TODAY).created == 2
    assert count_records(db, "household") == 1


def test_unreadable_files_are_refused_with_the_reason(db, tmp_path):
    garbage = tmp_path / "rac.xlsx"
    garbage.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(InputRefused) as info:
        import_file(db, "household", garbage)
    assert info.value.problems[0].code == "file_format"
    no_header = tmp_path / "khong-tieu-de.csv"
    no_header.write_text("a,b,c\n1,2,3\n", encoding="utf-8")
    with pytest.raises(InputRefused) as info:
        import_file(db, "household", no_header)
    assert info.value.problems[0].code == "header_missing"
    with pytest.raises(InputRefused):
        import_file(db, "household", tmp_path / "khong-co.csv")


def test_vietnamese_file_names(db, tmp_path):
    path = tmp_path / "Danh sách hộ thôn Đông Hà.csv"
    shutil.copy(fixture("danh-sach-ho-gia-dinh.csv"), path)
    assert import_file(db, "household", path, today=TODAY).ok


def test_an_english_export_imports_back(demo_db, tmp_path):
    from desktop.db import open_database
    from desktop.services.exports import export_records
    from desktop.services.setup import init_commune
    from tests.conftest import COMMUNE

    out = tmp_path / "households.csv"
    export_records(demo_db, "household", out, lang="en")
    assert "Head of household" in out.read_text(encoding="utf-8-sig").splitlines()[0]
    fresh = open_database(tmp_path / "fresh.db")
    init_commune(fresh, COMMUNE)
    report = import_file(fresh, "household", out, today=TODAY)
    assert report.ok and report.created == count_records(demo_db, "household")


def test_numbers_excel_stored_as_numbers(db, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Thôn", "Chủ hộ", "Họ và tên", "Năm sinh", "Giới tính", "Số CCCD", "Số điện thoại"])
    sheet.append(["Tân Ninh", "Lê Văn Tư", "Lê Văn Tư", 1970, "Nam", 42070000123, 912345678])
    path = tmp_path / "nguoi-dan.xlsx"
    book.save(path)
    report = import_file(db, "resident", path, today=TODAY)
    assert report.ok, report.errors
    row = list_records(db, "resident")[0]
    assert (row["cccd"], row["phone"]) == ("042070000123", "0912345678")


def test_numbered_hamlets_keep_their_word(db, tmp_path):
    path = tmp_path / "ho.csv"
    path.write_text("Thôn,Chủ hộ\nThôn 1,Lê Văn A\nthôn Tân Ninh,Lê Văn B\n", encoding="utf-8")
    report = import_file(db, "household", path, today=TODAY)
    assert sorted(report.created_hamlets) == ["Thôn 1", "Tân Ninh"]
