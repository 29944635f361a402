"""The Excel workbook: one sheet per table, real numbers, frozen headers, fitting widths."""

import datetime as dt

import openpyxl
import pytest

from desktop.reports.collect import collect_monthly
from desktop.reports.xlsx import render_monthly_xlsx


@pytest.fixture(scope="module")
def workbook(demo, tmp_path_factory):
    report = collect_monthly(demo, "2026-11")
    path = tmp_path_factory.mktemp("xlsx") / "bao-cao.xlsx"
    render_monthly_xlsx(report, path, "vi")
    return report, openpyxl.load_workbook(path)


def test_one_sheet_per_table_with_frozen_bold_headers(workbook):
    _, wb = workbook
    assert wb.sheetnames == ["Chỉ tiêu", "Theo thôn", "Theo tháng", "Tập huấn",
                             "Tập huấn theo đơn vị", "Tổ công nghệ số", "Hộ cần quay lại",
                             "Ngày hội"]
    for ws in wb.worksheets:
        assert ws.freeze_panes == "A2", ws.title
        assert ws["A1"].font.bold


def test_cells_are_numbers_matching_the_report(workbook):
    report, wb = workbook
    ws = wb["Chỉ tiêu"]
    by_name = {row[1]: row for row in ws.iter_rows(min_row=2, values_only=True)}
    eid = by_name["Người dân kích hoạt định danh điện tử mức 2"]
    fig = report.totals["eid_level2"]
    assert eid[2] == fig.month and isinstance(eid[2], int)
    assert eid[6] == pytest.approx(fig.share / 100)
    assert ws.cell(row=2 + 2, column=7).number_format == "0.0%"
    hamlets = wb["Theo thôn"]
    total = list(hamlets.iter_rows(values_only=True))[-1]
    assert total[0] == "Toàn xã" and total[1] == report.households_total
    follow = wb["Hộ cần quay lại"]
    if follow.max_row > 1:
        assert isinstance(follow.cell(2, 3).value, dt.datetime)


def test_columns_fit_their_text(workbook):
    _, wb = workbook
    ws = wb["Tổ công nghệ số"]
    longest = max(len(str(c.value or "")) for c in ws["A"])
    assert ws.column_dimensions["A"].width >= longest
    assert all(ws.column_dimensions[c].width <= 62 for c in "ABCDE")


def test_empty_commune_workbook(empty, tmp_path):
    report = collect_monthly(empty, "2026-01")
    path = tmp_path / "empty.xlsx"
    render_monthly_xlsx(report, path, "en")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[0] == "Indicators"
    assert wb["Indicators"].max_row == 13
