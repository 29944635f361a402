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
