"""Dates as commune staff type them (dd/mm/yyyy) and as stored (ISO yyyy-mm-dd)."""

import datetime as dt
import re

from desktop.domain.errors import Problem

_DMY = re.compile(r"^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_YEAR = re.compile(r"^\s*(\d{4})\s*$")


def parse_date(value) -> dt.date | None:
    """Read a date from a `date`, "yyyy-mm-dd", "dd/mm/yyyy" (also with . or -); None if not."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value)
    if m := _ISO.match(text):
        y, mo, d = (int(g) for g in m.groups())
    elif m := _DMY.match(text):
        d, mo, y = (int(g) for g in m.groups())
    else:
        return None
    try:
        return dt.date(y, mo, d)
    except ValueError:
        return None


def check_date(value, field: str, today: dt.date, allow_future: bool = False
               ) -> tuple[str | None, list[Problem]]:
    """Validate a date; return its ISO form. Visits and onboarding steps cannot be in the future."""
    date = parse_date(value)
    if date is None:
        return None, [Problem(field, "date_invalid", {"value": str(value)})]
    if not allow_future and date > today:
        return None, [Problem(field, "date_future", {"value": format_date(date)})]
    return date.isoformat(), []


def check_birth(value, field: str, today: dt.date) -> tuple[tuple[int, str | None] | None, list[Problem]]:
    """Validate a date of birth that may be a year alone; return (year, ISO date or None)."""
    if isinstance(value, int) or (isinstance(value, str) and _YEAR.match(value)):
        year = int(value)
        if not 1900 <= year <= today.year:
            return None, [Problem(field, "birth_range", {"value": year})]
        return (year, None), []
    date = parse_date(value)
    if date is None:
        return None, [Problem(field, "birth_invalid", {"value": str(value)})]
    if date > today:
        return None, [Problem(field, "date_future", {"value": format_date(date)})]
    if date.year < 1900:
        return None, [Problem(field, "birth_range", {"value": date.year})]
    return (date.year, date.isoformat()), []


def format_date(value: dt.date | str | None) -> str:
    """ISO or date -> "dd/mm/yyyy" as shown to users; "" for nothing."""
    if not value:
        return ""
    date = parse_date(value) if not isinstance(value, dt.date) else value
    return date.strftime("%d/%m/%Y") if date else str(value)


def format_local_time(when: dt.datetime | str) -> str:
    """A UTC time (datetime or ISO text) as this computer's "dd/mm/yyyy hh:mm"."""
    if isinstance(when, str):
        when = dt.datetime.fromisoformat(when)
    return when.astimezone().strftime("%d/%m/%Y %H:%M")
