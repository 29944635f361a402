"""The reporting period: the calendar month, or the period closing on the 14th
(Decree 09/2019/NĐ-CP), the same for the report, the roll-up and the dashboard."""

import datetime as dt
import sqlite3

import pytest

from desktop.cli import main
from desktop.domain.errors import InputRefused
from desktop.domain.periods import current_period, recent_periods, report_period
from desktop.reports.collect import collect_monthly
from desktop.reports.settings import set_setting
from desktop.services import records
from tests.pdf_tools import pdf_text
from tests.reports.conftest import new_commune


def test_period_closing_on_the_14th():
    p = report_period("2026-11", 14)
    assert p.bounds() == ("2026-10-15", "2026-11-15")
    assert (p.first_day, p.last_day) == (dt.date(2026, 10, 15), dt.date(2026, 11, 14))
    assert p.previous().bounds() == ("2026-09-15", "2026-10-15")
    assert p.year_start == "2025-12-15"
    january = report_period("2026-01", 14)
    assert january.bounds() == ("2025-12-15", "2026-01-15")
    assert january.previous().bounds() == ("2025-11-15", "2025-12-15")
    assert report_period("2026-03", 28).start == "2026-03-01"  # 28/02 closes February
    calendar = report_period("2026-11")
    assert calendar.bounds() == ("2026-11-01", "2026-12-01") and calendar.year_start == "2026-01-01"


@pytest.mark.parametrize("closing", [0, 14, 28])
def test_sql_buckets_agree_with_python(closing):
    """Every day of two years falls in the same period in SQL and in Python, and in
    the period whose bounds contain it."""
    conn = sqlite3.connect(":memory:")
    p = report_period("2026-06", closing)
    day = dt.date(2025, 1, 1)
    while day < dt.date(2027, 1, 1):
        iso = day.isoformat()
        sql = conn.execute(f"SELECT {p.bucket_sql(':d')}", {"d": iso}).fetchone()[0]
        assert sql == p.bucket_of(iso), iso
        start, end = report_period(sql, closing).bounds()
        assert start <= iso < end, iso
        day += dt.timedelta(days=1)


def test_bad_closing_days_are_refused(empty):
    for value in ("31", "-1", "x", "29"):
        with pytest.raises(InputRefused):
            set_setting(empty, "report.closing_day", value)
    with pytest.raises(InputRefused):
        report_period("2026-11", 30)


def test_current_period_and_choices():
    assert str(current_period(dt.date(2026, 11, 23), 14)) == "2026-12"
    assert str(current_period(dt.date(2026, 11, 14), 14)) == "2026-11"
    assert str(current_period(dt.date(2026, 11, 23))) == "2026-11"
    assert [str(p) for p in recent_periods(dt.date(2026, 11, 23), 14, 3)] == \
        ["2026-12", "2026-11", "2026-10"]


def test_report_counts_the_period_set(tmp_path, capsys):
    """Visits of 15/10 to 14/11 count in November's report once the period closes on
    the 14th; the report prints its dates."""
    db = new_commune(tmp_path / "p.db")
    hamlet = records.add(db, "hamlet", {"name": "Thôn Đông"})
    home = records.add(db, "household", {"hamlet": hamlet["id"], "head_name": "Lê Văn Tư"})
    for day in ("2026-10-14", "2026-10-15", "2026-11-14", "2026-11-15"):
        records.add(db, "visit", {"date": day, "household": home["id"]})
    assert collect_monthly(db, "2026-11").totals["visits"].month == 2  # 11-14, 11-15
    set_setting(db, "report.closing_day", "14")
    report = collect_monthly(db, "2026-11")
    assert report.period.bounds() == ("2026-10-15", "2026-11-15")
    assert report.totals["visits"].month == 2  # 10-15 and 11-14
    assert report.totals["visits"].previous == 1  # 10-14
    assert report.totals["visits"].ytd == 3
    assert [p.visits for p in report.series][-2:] == [1, 2]
    path = db.conn.execute("PRAGMA database_list").fetchone()[2]
    db.conn.close()
    pdf = tmp_path / "p.pdf"
    assert main(["--db", path, "report", "monthly", "--month", "2026-11",
                 "--out", str(pdf)]) == 0
    text = " ".join(pdf_text(pdf).split())
    assert "(số liệu từ ngày 15/10/2026 đến ngày 14/11/2026)" in text
