"""`xaso import attendance`: the matched bridge points and a sheet of another day said."""

import json

import pytest

from desktop.cli import main

SHEET = """DANH SÁCH ĐẠI BIỂU THAM DỰ HỘI NGHỊ TẬP HUẤN CHUYỂN ĐỔI SỐ
Thời gian: 8h00 ngày 15/03/2026 - Hình thức: trực tuyến

Họ và tên,Điểm cầu
Nguyễn Văn Hải,Điểm cầu Hội trường UBND xã
Trần Thị Bích,hoi truong ubnd xa
"""


@pytest.fixture
def xaso(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("XASO_DB", str(tmp_path / "xaso.db"))

    def run(*argv):
        code = main([str(a) for a in argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err
    return run


def test_matches_and_a_sheet_of_another_day_are_said(xaso, tmp_path):
    xaso("init", "--commune", "00070")
    xaso("add", "training", "--data", '{"title": "Buổi khác", "starts_at": "05/10/2026 8h00"}')
    sheet = tmp_path / "dang-ky.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    code, out, _ = xaso("import", "attendance", sheet, "--training", "Buổi khác")
    assert code == 0
    assert "hoi truong ubnd xa → Điểm cầu Hội trường UBND xã" in out
    assert "15/03/2026" in out and "05/10/2026" in out
    code, out, _ = xaso("--json", "import", "attendance", sheet, "--dry-run")
    data = json.loads(out)
    assert data["training"]["created"] and not data["date_differs"]
    assert data["columns"] == [{"column": "Họ và tên", "field": "full_name"},
                               {"column": "Điểm cầu", "field": "bridge_point"}]
