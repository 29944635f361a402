"""Bulk work on the aggregates: pausing or dropping their triggers while many rows
are written, rebuilding from the records, and checking them against a rebuild."""

from contextlib import contextmanager

from desktop.db.aggregates import follow_ups, helped, members
from desktop.db.aggregates.households import rebuild_households
from desktop.db.aggregates.period_sql import year_end, year_start
from desktop.db.aggregates.tables import (AGGREGATES, BY_TABLE, FOLLOW_UPS, MEMBER_HELPED,
                                          MEMBER_VISITS, TABLES, Aggregate, rebuild_sql,
                                          totals_sql)
from desktop.db.meta import table_exists

# the big tables are rebuilt a month at a time
CHUNKED = ("agg_visits", "agg_stages")
# ... unless their rows (of the commune rebuilt) are at most this many (`_spans`)
SPAN_ROWS = 50_000


def rebuild(conn, commune: str | None = None) -> None:
    """Recompute every aggregate from the records (of one commune), inside the
    caller's transaction. The big ones go a month of records at a time, so what a
    rebuild holds in memory does not grow with the years recorded (unless the rows
    are few: `_spans`)."""
    params = {"commune": commune}
    one = commune is not None
    with paused(conn, "rebuild"):
        for agg in AGGREGATES:
            rebuild_table(conn, agg, commune)
        drop_periods, drop_counts, periods, first, counts = rebuild_households(one, chunked=True)
        for sql in (drop_periods, drop_counts):
            conn.execute(sql, params)
        ends = _ends(conn, "visits", "{r}.date", commune)
        spans = _spans(conn, "visits", commune, ends)
        for lo, hi in spans:
            conn.execute(periods, {**params, "lo": lo, "hi": hi})
        for ylo, yhi in _years(conn, ends):
            conn.execute(first, {**params, "ylo": ylo, "yhi": yhi})
        conn.execute(counts, params)
        if table_exists(conn, MEMBER_VISITS):
            delete, insert = members.rebuild_sql(one, chunked=True)
            conn.execute(delete, params)
            for lo, hi in spans:
                conn.execute(insert, {**params, "lo": lo, "hi": hi})
        if table_exists(conn, MEMBER_HELPED):
            delete, insert = helped.rebuild_sql(one, chunked=True)
            conn.execute(delete, params)
            for lo, hi in _spans(conn, "stage_changes", commune,
                                 _ends(conn, "stage_changes", "{r}.date", commune)):
                conn.execute(insert, {**params, "lo": lo, "hi": hi})
        if table_exists(conn, FOLLOW_UPS):
            for sql in follow_ups.rebuild_sql(one):
                conn.execute(sql, params)


def rebuild_table(conn, agg: Aggregate, commune: str | None = None) -> None:
    """Recompute one aggregate of `tables.AGGREGATES` (of one commune) inside the
    caller's transaction, its triggers paused by the caller (`paused`)."""
    params = {"commune": commune}
    chunked = agg.table in CHUNKED
    delete, insert = rebuild_sql(agg, commune is not None, chunked)
    conn.execute(delete, params)
    for lo, hi in (_spans(conn, agg.source, commune, _ends(conn, agg.source, agg.date, commune))
                   if chunked else [(None, None)]):
        conn.execute(insert, {**params, "lo": lo, "hi": hi})
    if chunked and agg.totals:
        prefix, totals = totals_sql(agg, commune is not None)
        for key in conn.execute(prefix, params).fetchall():
            conn.execute(totals, {f"k{i}": v for i, v in enumerate(key)})


def _ends(conn, table: str, date: str, commune: str | None) -> tuple[str, str] | None:
    """The first and the last value of `table`'s `date` column among its live rows
    (of one commune), each found by the index on (commune, date); None without rows."""
    column = date.format(r=table)
    where, args = _live(commune)
    ends = [conn.execute(f"SELECT {column} FROM {table}{where} ORDER BY {column} {way} "
                         f"LIMIT 1", args).fetchone() for way in ("ASC", "DESC")]
    return None if ends[0] is None else (ends[0][0], ends[1][0])


def _spans(conn, table: str, commune: str | None, ends: tuple[str, str] | None
           ) -> list[tuple[str, str]]:
    """[lo, hi) date ranges covering every date between `ends` of `table`'s live rows
    (of one commune): a calendar month each, so that what a statement sorts does not
    grow with the years recorded; but a single range when the rows are few (at most
    SPAN_ROWS), as a commune's first bundle on a hub: a statement per month then
    costs more than its sort (each builds its lists afresh: the deleted residents of
    every commune, for the stage changes)."""
    if ends is None:
        return []
    where, args = _live(commune)
    rows = conn.execute(f"SELECT count(*) FROM (SELECT 1 FROM {table}{where} "
                        f"LIMIT {SPAN_ROWS + 1})", args).fetchone()[0]
    return [("", "\uffff")] if rows <= SPAN_ROWS else _months(*ends)


def _live(commune: str | None) -> tuple[str, tuple]:
    """The WHERE clause (and its values) of a record table's live rows, of one commune
    if given: what the commune's (commune, date) index holds."""
    return (" WHERE deleted = 0" + (" AND commune_code = ?" if commune else ""),
            (commune,) if commune else ())


def _months(low: str, high: str) -> list[tuple[str, str]]:
    """[lo, hi) date ranges, a calendar month each, from the month of `low` to the
    month of `high`; a first and a last open range catch anything outside (a date
    before year 1, text that is no date)."""
    try:
        year, month = int(low[:4]), int(low[5:7])
        last = (int(high[:4]), int(high[5:7]))
    except (ValueError, TypeError):
        return [("", "\uffff")]
    spans, lo = [], ""
    while (year, month) <= last:
        year, month = (year, month + 1) if month < 12 else (year + 1, 1)
        hi = f"{year:04d}-{month:02d}-01"
        spans.append((lo, hi))
        lo = hi
    spans[-1] = (spans[-1][0], "\uffff")
    return spans


def _years(conn, ends: tuple[str, str] | None) -> list[tuple[str, str]]:
    """[lo, hi) ranges of period starts, one reporting year each, covering the dates
    between `ends` (and the periods a closing day moves into the next or last year)."""
    if ends is None:
        return []
    low, high = (str(end)[:4] for end in ends)
    if not (low.isdigit() and high.isdigit()):
        return [("", "\uffff")]
    out = []
    for year in range(int(low) - 1, int(high) + 2):
        start = conn.execute(f"SELECT {year_start(':d')}, {year_end(':d')}",
                             {"d": f"{year:04d}-06-01"}).fetchone()
        out.append(start)
    out[0] = ("", out[0][1])
    out[-1] = (out[-1][0], "\uffff")
    return out


@contextmanager
def paused(conn, reason: str = "bulk"):
    """Inside the caller's write transaction: the aggregate and search-index triggers
    stay quiet; the caller rebuilds what it wrote before the transaction ends."""
    conn.execute("INSERT INTO derived_paused (reason) VALUES (?)", (reason,))
    try:
        yield
    finally:
        conn.execute("DELETE FROM derived_paused WHERE reason = ?", (reason,))


# the names of the triggers that keep the aggregates (agg_*) and the search indexes
# (desktop/db/search_index.py: <table>_fts_*)
DERIVED_TRIGGERS = "name GLOB 'agg_*' OR name GLOB '*_fts_*'"


@contextmanager
def dropped(conn, tables: tuple[str, ...]):
    """Inside the caller's write transaction, for bulk inserts into `tables`: the
    triggers on them (the aggregates' and the search indexes') are dropped, and made
    again as they were when the block ends; the caller rebuilds what it wrote, as
    after `paused`. A paused trigger still costs every row a call of its program to
    find it paused (a third of a visit's insert); a dropped one costs nothing. On an
    error the caller's transaction rolls back, and the triggers with it."""
    marks = ", ".join("?" for _ in tables)
    # only the derived tables' triggers: any other trigger (a rule the records keep)
    # stays in force while a bundle from outside is written
    saved = conn.execute(f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                         f"AND tbl_name IN ({marks}) AND ({DERIVED_TRIGGERS}) ORDER BY rowid",
                         tuple(tables)).fetchall()
    for name, _ in saved:
        conn.execute(f"DROP TRIGGER {name}")
    yield
    for _, sql in saved:
        conn.execute(sql)


def snapshot(conn, table: str) -> list[tuple]:
    """The rows of one aggregate table that count (no zero rows), sorted."""
    if table in ("agg_household_periods", FOLLOW_UPS):
        return sorted(conn.execute(f"SELECT * FROM {table}").fetchall())
    agg = BY_TABLE.get(table)
    sums = agg.sums if agg else {"n": "1"}
    nonzero = " OR ".join(f"{c} != 0" for c in sums)
    return sorted(conn.execute(f"SELECT * FROM {table} WHERE {nonzero}").fetchall())


def differences(conn) -> dict[str, int]:
    """{table: rows that differ} between the aggregates and a fresh rebuild (rolled
    back): empty when they agree. Used by tests and checks; reads everything."""
    before = {t: snapshot(conn, t) for t in TABLES}
    outer = conn.in_transaction
    conn.execute("SAVEPOINT agg_check" if outer else "BEGIN")
    try:
        rebuild(conn)
        after = {t: snapshot(conn, t) for t in TABLES}
    finally:
        if outer:
            conn.execute("ROLLBACK TO agg_check")
            conn.execute("RELEASE agg_check")
        else:
            conn.execute("ROLLBACK")
    return {t: len(set(before[t]) ^ set(after[t])) for t in TABLES
            if set(before[t]) != set(after[t])}
