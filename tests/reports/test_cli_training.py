"""`xaso report monthly|training` end to end, and the attendance sheet's figures."""

import json

import openpyxl

from desktop.cli import main
from desktop.reports.training import collect_training_sheet
from desktop.services import records
from tests.pdf_tools import pdf_text
from tests.reports.conftest import new_commune


def run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_monthly_command_writes_pdf_and_xlsx(demo, tmp_path, capsys):
    db_file = demo.conn.execute("PRAGMA database_list").fetchone()[2]
    pdf, xlsx = tmp_path / "bc.pdf", tmp_path / "bc.xlsx"
    code, out, err = run(capsys, "--db", db_file, "--json", "report", "monthly", "--month",
                         "2026-10", "--out", str(pdf), "--xlsx", str(xlsx))
    assert code == 0, err
    data = json.loads(out)
    assert data["ok"] and data["kind"] == "commune" and data["pdf"] == str(pdf)
    assert "tháng 10/2026" in pdf_text(pdf)
    assert openpyxl.load_workbook(xlsx).sheetnames[0] == "Chỉ tiêu"
    logged = demo.conn.execute("SELECT changes FROM audit_log WHERE action = 'report_monthly' "
                               "ORDER BY seq DESC LIMIT 1").fetchone()
    assert logged and str(pdf) in logged[0]


def test_monthly_command_refuses_bad_input(demo, tmp_path, capsys):
    db_file = demo.conn.execute("PRAGMA database_list").fetchone()[2]
    out = str(tmp_path / "x.pdf")
    assert run(capsys, "--db", db_file, "report", "monthly", "--month", "2026-13",
               "--out", out)[0] == 2
    code, _, err = run(capsys, "--db", db_file, "report", "monthly", "--month", "2026-11",
                       "--out", out, "--commune", "00070")
    assert code == 2 and "hub" in err
    assert run(capsys, "--db", db_file, "report", "monthly", "--month", "2026-11",
               "--out", out, "--lang", "fr")[0] == 1
    assert not (tmp_path / "x.pdf").exists()


def test_training_sheet_counts_and_pdf(tmp_path, capsys):
    db = new_commune(tmp_path / "t.db")
    training = records.add(db, "training", {"title": "Tập huấn VNeID mức 2",
                                            "starts_at": "2026-11-05 08:00",
                                            "venue": "Hội trường UBND xã",
                                            "bridge_points": ["Hội trường UBND xã",
                                                              "Nhà văn hóa thôn Đông"]})
    people = [("Nguyễn Thị Hằng", "Hội trường UBND xã", "Hội Phụ nữ", "Chi hội trưởng", "present"),
              ("Trần Văn Đức", "Hội trường UBND xã", "Công an xã", "Công an viên", "absent"),
              ("Lê Thị Ngọc", "Nhà văn hóa thôn Đông", "Trạm Y tế", "Y sĩ", "present"),
              ("Phạm Quang Vũ", "Nhà văn hóa thôn Đông", "Đoàn Thanh niên", "Bí thư", "excused")]
    for name, point, unit, position, status in people:
        records.add(db, "attendance", {"training": training["id"], "bridge_point": point,
                                       "full_name": name, "unit": unit, "position": position,
                                       "status": status})
    sheet = collect_training_sheet(db, training["id"])
    totals = sheet.totals()
    assert (totals.registered, totals.present, totals.absent, totals.excused) == (4, 2, 1, 1)
    assert [p.name for p in sheet.points] == ["Hội trường UBND xã", "Nhà văn hóa thôn Đông"]
    db.conn.close()
    pdf = tmp_path / "dd.pdf"
    code, _, err = run(capsys, "--db", str(tmp_path / "t.db"), "report", "training",
                       training["id"], "--out", str(pdf))
    assert code == 0, err
    text = " ".join(pdf_text(pdf).split())
    assert "DANH SÁCH ĐIỂM DANH" in text
    assert "Tập huấn VNeID mức 2" in text
    for name, *_ in people:
        assert name in text
    assert "Ký tên" in text and "Vắng có phép" in text
    assert "Tổng cộng 4 2 1 1 50,0%" in text
    # dated on the day of the session, not on the day it is printed (23/11)
    assert "ngày 05 tháng 11 năm 2026" in text and "ngày 23 tháng 11" not in text
