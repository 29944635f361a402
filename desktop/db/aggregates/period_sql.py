"""The reporting period of a date, as SQL expressions (the aggregates' `day`)."""

# --- periods in SQL ----------------------------------------------------------------
# `cl` is the closing day (0: calendar month); `d` an ISO date (or date-time) text.
# These mirror desktop/domain/periods.Period (tests/db/test_aggregates.py compares
# them day by day for every closing day).
CLOSING = "(SELECT cl FROM agg_closing)"


def _day(d: str) -> str:
    return f"CAST(substr({d}, 9, 2) AS INTEGER)"


def _first(d: str) -> str:
    return f"(substr({d}, 1, 7) || '-01')"


def period_start(d: str, cl: str = CLOSING) -> str:
    """SQL: the first day of the reporting period the date `d` falls in."""
    return (f"(CASE WHEN {cl} = 0 THEN {_first(d)} "
            f"WHEN {_day(d)} > {cl} THEN date({_first(d)}, '+' || {cl} || ' days') "
            f"ELSE date({_first(d)}, '-1 month', '+' || {cl} || ' days') END)")


def _bucket_first(d: str, cl: str) -> str:
    """The first of the month that names d's period (Period.bucket_of)."""
    return (f"(CASE WHEN {cl} > 0 AND {_day(d)} > {cl} THEN date({_first(d)}, '+1 month') "
            f"ELSE {_first(d)} END)")


def _period_of_month(m: str, cl: str) -> str:
    """The first day of the period named by the month whose first day is `m`."""
    return f"(CASE WHEN {cl} = 0 THEN {m} ELSE date({m}, '-1 month', '+' || {cl} || ' days') END)"


def period_end(d: str, cl: str = CLOSING) -> str:
    """SQL: the day after the last day of d's period (its half-open end)."""
    return _period_of_month(f"date({_bucket_first(d, cl)}, '+1 month')", cl)


def year_start(d: str, cl: str = CLOSING) -> str:
    """SQL: the first day of the first period of the year d's period belongs to."""
    return _period_of_month(f"(substr({_bucket_first(d, cl)}, 1, 4) || '-01-01')", cl)


def year_end(d: str, cl: str = CLOSING) -> str:
    """SQL: the first day of the next year's first period."""
    return _period_of_month(f"date(substr({_bucket_first(d, cl)}, 1, 4) || '-01-01', "
                            f"'+1 year')", cl)



def closing_triggers(name: str, body: str) -> list[str]:
    """Triggers `name`_insert/_update/_delete on `settings` running `body` (statements
    joined by "; ") when the closing day is set, changed or removed."""
    out = []
    for event, when in (("INSERT", "NEW.key = 'report.closing_day'"),
                        ("UPDATE", "NEW.key = 'report.closing_day' AND OLD.value IS NOT NEW.value"),
                        ("DELETE", "OLD.key = 'report.closing_day'")):
        out.append(f"CREATE TRIGGER {name}_{event.lower()} AFTER {event} ON settings "
                   f"WHEN {when} BEGIN {body}; END")
    return out


def closing_ddl() -> list[str]:
    """The view `agg_closing`: this database's closing day (`CLOSING` reads it)."""
    setting = "(SELECT value FROM settings WHERE key = 'report.closing_day')"
    return [f"CREATE VIEW agg_closing AS SELECT coalesce(CAST({setting} AS INTEGER), 0) AS cl"]

