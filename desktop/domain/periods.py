"""Months and reporting periods: the one place that reads "2026-11" and knows its days.

Every caller (the list filters, `xaso list --month`, the reports, the dashboard's
month chooser) goes through `parse_month`, so a bad month is refused the same way
everywhere: InputRefused "month_invalid", exit 2 on the command line.
"""

import datetime as dt
import re
from dataclasses import dataclass

from desktop.domain.errors import InputRefused

_MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")
_MONTH_VN = re.compile(r"^\s*(\d{1,2})/(\d{4})\s*$")  # "11/2026", as the filters show it


@dataclass(frozen=True, order=True)
class Month:
    """One calendar month."""

    year: int
    month: int

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def start(self) -> str:
        """The first day, ISO ("2026-11-01")."""
        return dt.date(self.year, self.month, 1).isoformat()

    @property
    def end(self) -> str:
        """The first day of the next month, ISO: the half-open end of this month."""
        return dt.date(self.year + (self.month == 12), self.month % 12 + 1, 1).isoformat()

    @property
    def last_day(self) -> dt.date:
        """The month's last date."""
        return dt.date.fromisoformat(self.end) - dt.timedelta(days=1)

    def bounds(self) -> tuple[str, str]:
        """(start, end) as ISO dates, half open."""
        return self.start, self.end

    def previous(self) -> "Month":
        """The month before."""
        return Month(self.year - 1, 12) if self.month == 1 else Month(self.year, self.month - 1)

    def next(self) -> "Month":
        """The month after."""
        return Month(self.year + 1, 1) if self.month == 12 else Month(self.year, self.month + 1)

    def year_so_far(self) -> list["Month"]:
        """January to this month of its year."""
        return [Month(self.year, m) for m in range(1, self.month + 1)]

    def label(self) -> str:
        """"11/2026", as people write a month."""
        return f"{self.month:02d}/{self.year}"

    @classmethod
    def of(cls, date: dt.date) -> "Month":
        """The month a date falls in."""
        return cls(date.year, date.month)


def parse_month(value, field: str = "month") -> Month:
    """"2026-11" or "11/2026" -> Month; anything else is refused (InputRefused)."""
    if isinstance(value, Month):
        return value
    text = str(value or "")
    if m := _MONTH.match(text):
        year, month = int(m.group(1)), int(m.group(2))
    elif m := _MONTH_VN.match(text):
        month, year = int(m.group(1)), int(m.group(2))
    else:
        raise InputRefused.of("month_invalid", field, value=value)
    if not 1 <= month <= 12 or not 1900 <= year <= 9998:
        raise InputRefused.of("month_invalid", field, value=value)
    return Month(year, month)


def check_month(value, field: str = "month") -> str:
    """The month as "YYYY-MM" text, refused like `parse_month`."""
    return str(parse_month(value, field))


def month_bounds(month) -> tuple[str, str]:
    """"2026-11" -> ("2026-11-01", "2026-12-01"): the half-open ISO range of a month."""
    return parse_month(month).bounds()


def recent_months(today: dt.date, count: int = 24) -> list[Month]:
    """The `count` months ending with today's, newest first (the month choosers)."""
    out, month = [], Month.of(today)
    for _ in range(count):
        out.append(month)
        month = month.previous()
    return out


# Decree 09/2019/NĐ-CP, Art. 12: a monthly report's data run from the 15th of the month
# before to the 14th of the reporting month. A commune may also report on the calendar
# month (closing day 0, the default).
DECREE_09_CLOSING_DAY = 14
MAX_CLOSING_DAY = 28  # every month has this day


@dataclass(frozen=True)
class Period:
    """The reporting period named by a month.

    With `closing_day` 0 it is the calendar month. With a closing day d (1-28) it runs
    from the day after d in the month before to day d of the month: with d = 14,
    period "11/2026" is 15/10/2026 to 14/11/2026, and the year's periods start on
    15/12 of the year before.
    """

    month: Month
    closing_day: int = 0

    def __str__(self) -> str:
        return str(self.month)

    def _first(self, month: Month) -> dt.date:
        if not self.closing_day:
            return dt.date(month.year, month.month, 1)
        before = month.previous()
        return dt.date(before.year, before.month, self.closing_day) + dt.timedelta(days=1)

    @property
    def first_day(self) -> dt.date:
        """The period's first date."""
        return self._first(self.month)

    @property
    def last_day(self) -> dt.date:
        """The period's last date (the closing day, or the month's last day)."""
        return self._first(self.month.next()) - dt.timedelta(days=1)

    @property
    def start(self) -> str:
        """The first day, ISO."""
        return self.first_day.isoformat()

    @property
    def end(self) -> str:
        """The day after the last day, ISO: the half-open end."""
        return self._first(self.month.next()).isoformat()

    def bounds(self) -> tuple[str, str]:
        """(start, end) as ISO dates, half open."""
        return self.start, self.end

    def previous(self) -> "Period":
        """The period before."""
        return Period(self.month.previous(), self.closing_day)

    @property
    def year(self) -> int:
        """The year the period's month belongs to."""
        return self.month.year

    @property
    def year_start(self) -> str:
        """The first day of the year's first period, ISO ("2026-01-01", or "2025-12-15")."""
        return self._first(Month(self.month.year, 1)).isoformat()

    def year_so_far(self) -> list["Period"]:
        """The periods from January to this one."""
        return [Period(m, self.closing_day) for m in self.month.year_so_far()]

    @property
    def is_calendar(self) -> bool:
        """True for a calendar month."""
        return not self.closing_day

    def label(self) -> str:
        """"11/2026", as people name the period."""
        return self.month.label()

    def bucket_of(self, date: str | dt.date) -> str:
        """The month ("YYYY-MM") of the period a date (ISO text or date) falls in."""
        day = date if isinstance(date, dt.date) else dt.date.fromisoformat(str(date)[:10])
        month = Month.of(day)
        return str(month.next() if self.closing_day and day.day > self.closing_day else month)

    def bucket_sql(self, column: str) -> str:
        """SQL giving the period month ("YYYY-MM") of an ISO date column, as bucket_of."""
        if not self.closing_day:
            return f"substr({column}, 1, 7)"
        return (f"CASE WHEN CAST(substr({column}, 9, 2) AS INTEGER) > {int(self.closing_day)} "
                f"THEN strftime('%Y-%m', substr({column}, 1, 10), 'start of month', '+1 month') "
                f"ELSE substr({column}, 1, 7) END")


def check_closing_day(value, field: str = "report.closing_day") -> int:
    """A closing day: 0 (calendar month) or 1-28; anything else is refused."""
    text = str(value if value is not None else "").strip()
    if text in ("", "0"):
        return 0
    if not text.isdigit() or not 1 <= int(text) <= MAX_CLOSING_DAY:
        raise InputRefused.of("closing_day_invalid", field, value=value)
    return int(text)


def report_period(month, closing_day=0, field: str = "month") -> Period:
    """The reporting period of `month` ("2026-11", "11/2026" or a Month)."""
    return Period(parse_month(month, field), check_closing_day(closing_day))


def current_period(today: dt.date, closing_day: int = 0) -> Period:
    """The reporting period `today` falls in (with closing day 14, 23/11 is in 12/2026)."""
    probe = Period(Month.of(today), closing_day)
    return Period(parse_month(probe.bucket_of(today)), closing_day)


def recent_periods(today: dt.date, closing_day: int = 0, count: int = 24) -> list[Period]:
    """The `count` periods ending with today's, newest first (the month choosers)."""
    out, month = [], current_period(today, closing_day).month
    for _ in range(count):
        out.append(Period(month, closing_day))
        month = month.previous()
    return out
