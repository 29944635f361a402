"""The households visited per period and year: their tables, triggers and rebuild."""

from desktop.db.aggregates.period_sql import period_end, period_start, year_end, year_start
from desktop.db.aggregates.tables import LEVELS, NOT_PAUSED, ONE_COMMUNE, changed

# --- households visited --------------------------------------------------------------
# A visit "found someone at home" (households_visited in desktop/domain/indicators.py).
_QUALIFIES = "{v}.deleted = 0 AND {v}.outcome != 'not_home'"


def _qualifies(v: str) -> str:
    return _QUALIFIES.format(v=v)


def _periods_add(v: str) -> str:
    """The household periods a qualifying visit `v` (NEW) adds."""
    ps, ys = period_start(f"{v}.date"), year_start(f"{v}.date")
    return (f"INSERT INTO agg_household_periods (household_id, kind, key, day) "
            f"SELECT {v}.household_id, 'p', {ps}, {ps} WHERE {_qualifies(v)} "
            f"ON CONFLICT (household_id, kind, key) DO NOTHING; "
            f"INSERT INTO agg_household_periods (household_id, kind, key, day) "
            f"SELECT {v}.household_id, 'y', {ys}, {ps} WHERE {_qualifies(v)} "
            f"ON CONFLICT (household_id, kind, key) DO UPDATE SET day = excluded.day "
            f"WHERE excluded.day < day")


def _periods_recount(v: str) -> str:
    """Recount the period and the year of a visit `v` (OLD) that no longer counts."""
    d = f"{v}.date"
    ps, pe, ys, ye = period_start(d), period_end(d), year_start(d), year_end(d)
    found = (f"FROM visits w WHERE w.household_id = {v}.household_id AND {_qualifies('w')} "
             f"AND w.date >= {{lo}} AND w.date < {{hi}}")
    return (f"DELETE FROM agg_household_periods WHERE household_id = {v}.household_id "
            f"AND kind = 'p' AND key = {ps} AND NOT EXISTS (SELECT 1 "
            f"{found.format(lo=ps, hi=pe)}); "
            f"DELETE FROM agg_household_periods WHERE household_id = {v}.household_id "
            f"AND kind = 'y' AND key = {ys}; "
            f"INSERT INTO agg_household_periods (household_id, kind, key, day) "
            f"SELECT {v}.household_id, 'y', {ys}, {period_start('min(w.date)')} "
            f"{found.format(lo=ys, hi=ye)} HAVING count(*) > 0")


_PERIOD_WATCH = ("household_id", "date", "outcome", "deleted")


def _period_count(sign: str, row: str) -> str:
    """Count one agg_household_periods row (NEW/OLD) for its household, if live."""
    return (f"INSERT INTO agg_households_visited (level, commune_code, hamlet_id, kind, day, n) "
            f"SELECT lv.level, h.commune_code, CASE lv.level WHEN 'h' THEN h.hamlet_id "
            f"ELSE '' END, {row}.kind, {row}.day, {sign} FROM households AS h, {LEVELS} AS lv "
            f"WHERE h.id = {row}.household_id AND h.deleted = 0 "
            f"ON CONFLICT (level, commune_code, hamlet_id, kind, day) DO UPDATE SET n = n + excluded.n")


def _household_move(sign: str, h: str) -> str:
    """Add `sign` × all periods of household `h` (OLD/NEW), counted where it lives."""
    return (f"INSERT INTO agg_households_visited (level, commune_code, hamlet_id, kind, day, n) "
            f"SELECT lv.level, {h}.commune_code, CASE lv.level WHEN 'h' THEN {h}.hamlet_id "
            f"ELSE '' END, x.kind, x.day, {sign} * count(*) FROM agg_household_periods AS x, "
            f"{LEVELS} AS lv WHERE x.household_id = {h}.id AND {h}.deleted = 0 "
            f"GROUP BY 1, 2, 3, 4, 5 "
            f"ON CONFLICT (level, commune_code, hamlet_id, kind, day) DO UPDATE SET n = n + excluded.n")


def household_triggers() -> list[str]:
    """The triggers that keep the household periods and their counts."""
    return [
        f"CREATE TRIGGER agg_household_periods_ins AFTER INSERT ON visits "
        f"WHEN {NOT_PAUSED} AND {_qualifies('NEW')} BEGIN {_periods_add('NEW')}; END",
        f"CREATE TRIGGER agg_household_periods_del AFTER DELETE ON visits "
        f"WHEN {NOT_PAUSED} AND {_qualifies('OLD')} BEGIN {_periods_recount('OLD')}; END",
        f"CREATE TRIGGER agg_household_periods_upd AFTER UPDATE OF {', '.join(_PERIOD_WATCH)} "
        f"ON visits WHEN {NOT_PAUSED} AND ({changed(_PERIOD_WATCH)}) BEGIN "
        f"{_periods_recount('OLD')}; {_periods_add('NEW')}; END",
        # the counts follow the household periods ...
        f"CREATE TRIGGER agg_households_visited_ins AFTER INSERT ON agg_household_periods "
        f"WHEN {NOT_PAUSED} BEGIN {_period_count('1', 'NEW')}; END",
        f"CREATE TRIGGER agg_households_visited_del AFTER DELETE ON agg_household_periods "
        f"WHEN {NOT_PAUSED} BEGIN {_period_count('-1', 'OLD')}; END",
        f"CREATE TRIGGER agg_households_visited_upd AFTER UPDATE ON agg_household_periods "
        f"WHEN {NOT_PAUSED} BEGIN {_period_count('-1', 'OLD')}; {_period_count('1', 'NEW')}; END",
        # ... and the household's commune, hamlet and tombstone
        f"CREATE TRIGGER agg_households_visited_move AFTER UPDATE OF commune_code, hamlet_id, "
        f"deleted ON households WHEN {NOT_PAUSED} AND "
        f"({changed(('commune_code', 'hamlet_id', 'deleted'))}) BEGIN "
        f"{_household_move('-1', 'OLD')}; {_household_move('1', 'NEW')}; END",
        f"CREATE TRIGGER agg_households_visited_hh_ins AFTER INSERT ON households "
        f"WHEN {NOT_PAUSED} BEGIN {_household_move('1', 'NEW')}; END",
        f"CREATE TRIGGER agg_households_visited_hh_del AFTER DELETE ON households "
        f"WHEN {NOT_PAUSED} BEGIN {_household_move('-1', 'OLD')}; END",
    ]


def households_ddl() -> list[str]:
    """The tables of households visited."""
    return [
        "CREATE TABLE agg_household_periods (household_id TEXT NOT NULL, kind TEXT NOT NULL, "
        "key TEXT NOT NULL, day TEXT NOT NULL, PRIMARY KEY (household_id, kind, key)) "
        "WITHOUT ROWID",
        "CREATE TABLE agg_households_visited (level TEXT NOT NULL, commune_code TEXT NOT NULL, "
        "hamlet_id TEXT NOT NULL, kind TEXT NOT NULL, day TEXT NOT NULL, n INTEGER NOT NULL, "
        "PRIMARY KEY (level, commune_code, kind, day, hamlet_id)) WITHOUT ROWID",
    ]


def rebuild_households(commune: bool, chunked: bool = False) -> list[str]:
    """Statements recomputing the household aggregates, with the triggers paused by the
    caller: of one commune's visits and households (`:commune`); with `chunked`, the
    household periods of one month's visits (`:lo`, `:hi`) and the years from the
    periods (`:ylo`, `:yhi`) are separate statements the caller runs per chunk
    (see `rebuild`). Household periods are kept for every visited household id, and
    counted for the households recorded (a visit and its household are of one
    commune)."""
    own = " AND h.commune_code = :commune" if commune else ""
    homes = ("household_id IN (SELECT id FROM households WHERE commune_code = :commune)"
             if commune else "1")
    visits = "visits v WHERE " + _qualifies("v") + (" AND v.commune_code = :commune"
                                                     if commune else "")
    ps = period_start("v.date")
    months = " AND v.date >= :lo AND v.date < :hi" if chunked else ""
    years = " AND key >= :ylo AND key < :yhi" if chunked else ""
    periods = (f"INSERT INTO agg_household_periods (household_id, kind, key, day) "
               f"SELECT v.household_id, 'p', {ps}, {ps} FROM {visits}{months} GROUP BY 1, 3 "
               f"ON CONFLICT (household_id, kind, key) DO NOTHING")
    # a household's year: the first of its periods in that year (PK order: no sort;
    # of one commune, its households one by one)
    source = ("households h CROSS JOIN agg_household_periods x ON x.household_id = h.id "
              "WHERE h.commune_code = :commune AND " if commune
              else "agg_household_periods x WHERE ")
    first = (f"INSERT INTO agg_household_periods (household_id, kind, key, day) "
             f"SELECT x.household_id, 'y', {year_start('min(x.key)')}, min(x.key) "
             f"FROM {source}x.kind = 'p'{years.replace('key', 'x.key')} "
             f"GROUP BY x.household_id{'' if chunked else ', ' + year_start('x.key')}")
    return [
        f"DELETE FROM agg_household_periods WHERE {homes}",
        "DELETE FROM agg_households_visited" + (f" WHERE {ONE_COMMUNE}" if commune else ""),
        periods,
        first,
        # counted by households, each adding its periods one by one (no sort)
        f"INSERT INTO agg_households_visited (level, commune_code, hamlet_id, kind, day, n) "
        f"SELECT lv.level, h.commune_code, CASE lv.level WHEN 'h' THEN h.hamlet_id ELSE '' END, "
        f"x.kind, x.day, 1 FROM households h CROSS JOIN agg_household_periods x "
        f"CROSS JOIN {LEVELS} AS lv WHERE x.household_id = h.id AND h.deleted = 0{own} "
        f"ON CONFLICT (level, commune_code, hamlet_id, kind, day) DO UPDATE SET n = n + 1",
    ]


