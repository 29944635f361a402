"""The Excel workbook: one sheet per table, real numbers, frozen headers, fitting widths."""

import datetime as dt

import openpyxl
import pytest

from desktop.domain.indicators import INDICATORS
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
                             "Ngày hội", "Dịch vụ tại ngày hội", "Định nghĩa chỉ tiêu"]
    for ws in wb.worksheets:
        assert ws.freeze_panes == "A2", ws.title
        assert ws["A1"].font.bold


def test_cells_are_numbers_matching_the_report(workbook):
    report, wb = workbook
    ws = wb["Chỉ tiêu"]
    by_code = {row[1]: row for row in ws.iter_rows(min_row=2, values_only=True)}
    assert list(by_code) == list(INDICATORS)  # every indicator of the table, in order
    for code, row in by_code.items():
        fig = report.totals[code]
        assert row[2] == INDICATORS[code].label("vi")
        assert (row[3], row[4], row[6], row[7]) == (fig.month, fig.previous, fig.ytd,
                                                    fig.denominator), code
    eid = by_code["eid_level2"]
    fig = report.totals["eid_level2"]
    assert isinstance(eid[3], int)
    assert eid[8] == pytest.approx(fig.share / 100)
    assert ws.cell(row=2 + 3, column=9).number_format == "0.0%"
    services = {r[0]: r for r in wb["Dịch vụ tại ngày hội"].iter_rows(min_row=2, values_only=True)}
    assert services["Cài đặt VNeID"][1:] == (40, report.totals["event_vneid_install"].ytd)
    definitions = list(wb["Định nghĩa chỉ tiêu"].iter_rows(min_row=2, values_only=True))
    assert [d[0] for d in definitions] == list(INDICATORS)
    assert all(d[4] and d[5].startswith("SELECT") for d in definitions)
    hamlets = wb["Theo thôn"]
    total = list(hamlets.iter_rows(values_only=True))[-1]
    assert total[0] == "Tổng cộng" and total[1] == report.households_total
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
    assert wb["Indicators"].max_row == len(INDICATORS) + 1
