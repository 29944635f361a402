"""SQL shared by the commune report and the hub roll-up.

Stage counts at a date are sums of flows: each recorded change adds one to the stage
it moves to and takes one from the stage it leaves, so the number of residents at a
stage at the end of a month is the sum of the flows up to that month. One grouped
pass over the history then gives every month of the year at once.
"""

import re

from desktop.domain.errors import InputRefused
import desktop.reports.messages  # noqa: F401  (registers the report message codes)

EID_LEVEL2 = ("level2_activated",)
EID_LEVEL1_OR_MORE = ("level1", "level2_submitted", "level2_activated")
HEALTH_LINKED = ("linked",)
BEFORE = "0000-00"  # the bucket of changes made before the year began

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def _in(stages: tuple[str, ...]) -> str:
    return "(" + ", ".join(f"'{s}'" for s in stages) + ")"


def _flow(track: str, stages: tuple[str, ...]) -> str:
    return (f"sum(CASE WHEN s.track = '{track}' THEN (s.to_stage IN {_in(stages)}) - "
            f"(coalesce(s.from_stage, '') IN {_in(stages)}) ELSE 0 END)")


# Net flows into e-ID level 2, e-ID level 1 or more, and linked health record.
STAGE_FLOWS = ", ".join((_flow("eid", EID_LEVEL2), _flow("eid", EID_LEVEL1_OR_MORE),
                         _flow("health", HEALTH_LINKED)))
MONTH_BUCKET = f"CASE WHEN s.date < :year_start THEN '{BEFORE}' ELSE substr(s.date, 1, 7) END"


def conn_of(db):
    """The sqlite3 connection of a sqlite-utils Database (or the connection itself)."""
    return getattr(db, "conn", db)


def check_month(month: str) -> str:
    """"2026-11" stays "2026-11"; anything else is refused (exit 2 on the command line)."""
    m = _MONTH.match(str(month or "").strip())
    if not m or not 1 <= int(m.group(2)) <= 12 or int(m.group(1)) < 1900:
        raise InputRefused.of("month_invalid", "month", value=month)
    return m.group(0)


def previous_month(month: str) -> str:
    """"2026-01" -> "2025-12"."""
    year, mon = int(month[:4]), int(month[5:])
    return f"{year - 1}-12" if mon == 1 else f"{year}-{mon - 1:02d}"


def months_of_year(month: str) -> list[str]:
    """January to `month` of its year: "2026-03" -> ["2026-01", "2026-02", "2026-03"]."""
    year, mon = month[:4], int(month[5:])
    return [f"{year}-{m:02d}" for m in range(1, mon + 1)]


def table_exists(conn, name: str) -> bool:
    """True if the database has table `name` (the sync tables are optional here)."""
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                        (name,)).fetchone() is not None
