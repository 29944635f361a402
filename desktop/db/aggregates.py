"""Per-period aggregates of the big record tables, kept up to date by the database
itself and rebuildable from the records at any time.

A million visits cannot be read in the half second a monthly report may take, and a
province hub holds ten million. So the report reads small tables of counts instead
(`agg_*`), each a GROUP BY of the live records (desktop/db/live.py) by commune,
hamlet, reporting period and what the indicators distinguish:

- agg_visits: visits by period and outcome, with their online public-service dossiers;
- agg_stages: onboarding steps (stage_changes) by period, track, the stages left and
  entered, and the resident's birth year (ages are thresholds on it);
- agg_residents / agg_skills / agg_households: residents and households as recorded
  now, by birth year; basic digital skills by the period they were completed in;
- agg_household_periods: each household once per period it had a visit that found
  someone at home ('p'), and once per year on the period of its first such visit
  ('y'); agg_households_visited counts them by the household's commune and hamlet;
- agg_latest_visit: each household's latest live visit (the follow-ups due).

Every count is kept at two levels: 'h' per hamlet (a commune's report) and 'c' per
commune with hamlet '' (a hub's roll-up, which would otherwise add up a hundred
communes' hamlets). A hamlet of '' at level 'h' is "no hamlet"; a birth year of
9999 is "unknown" (never of age); a day of '' is "all time" (agg_stages and
agg_skills keep all-time totals, so the state before a year is the total less the
year: the work of one month does not grow with years of history).

Periods: `day` is the first day of the reporting period a date falls in, under this
database's `report.closing_day` setting (desktop/domain/periods.py: the calendar month,
or e.g. 15/10–14/11 with closing day 14). Changing the setting rebuilds the dated
aggregates in the same transaction (a trigger on `settings`).

Triggers on the record tables add and subtract each row's contribution as it is
inserted, changed or deleted, so the service layer, the merge, undo, erasure and
anything else that writes keeps them right without knowing of them. Bulk work (demo
data, a commune's first full bundle) pauses them (`paused`) and rebuilds what it
touched set-based, which is several times faster than row by row. `rebuild`
recomputes them from the records; `differences` compares the two (tests, checks).
"""

from contextlib import contextmanager
from dataclasses import dataclass, field

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


# --- what is aggregated ------------------------------------------------------------
LEVELS = "(SELECT 'h' AS level UNION ALL SELECT 'c')"
SPANS = "(SELECT 0 AS total UNION ALL SELECT 1)"  # a period's row, and the all-time row
NOT_PAUSED = "NOT EXISTS (SELECT 1 FROM derived_paused)"
UNKNOWN_YEAR = 9999


@dataclass(frozen=True)
class Aggregate:
    """One aggregate table over one record table: `keys` and `sums` are SQL over the
    row (`{r}`), `live` says when a row counts. `hamlet` is the hamlet expression
    ('' at level 'c'); `date`, if any, is bucketed into periods as `day` (and, with
    `totals`, also counted in the all-time row, day '')."""

    table: str
    source: str
    hamlet: str
    keys: dict[str, str]
    sums: dict[str, str]
    live: str
    date: str | None = None
    totals: bool = False
    # columns of the source whose change moves a row's contribution
    watch: tuple[str, ...] = ()
    # resident columns the expressions read through `{birth}` / `{resident_live}`:
    # by a lookup per row (triggers), or from a join (`join`, a rebuild)
    extra: dict[str, str] = field(default_factory=dict)
    join: str | None = None
    joined: dict[str, str] | None = None
    by_day: bool = False  # a rebuild groups by the day first (see `_inner`)

    @property
    def columns(self) -> list[str]:
        return ["level", "commune_code", "hamlet_id", *self.keys,
                *(["day"] if self.date else []), *self.sums]

    @property
    def key_columns(self) -> list[str]:
        return ["level", "commune_code", "hamlet_id", *self.keys,
                *(["day"] if self.date else [])]


# a stage change counts while it and its resident are live (live_stage_changes), in
# the age group of its resident's birth year (a resident not recorded: unknown year)
_RESIDENT_YEAR = (f"ifnull((SELECT birth_year FROM residents WHERE id = {{r}}.resident_id), "
                  f"{UNKNOWN_YEAR})")
_RESIDENT_LIVE = "NOT EXISTS (SELECT 1 FROM residents WHERE id = {r}.resident_id AND deleted = 1)"

AGGREGATES = (
    Aggregate("agg_visits", "visits", "{r}.hamlet_id",
              {"outcome": "{r}.outcome"},
              {"n": "1", "dossiers": "(CASE WHEN {r}.svc_public_service = 1 THEN "
                                     "max(coalesce({r}.dossiers, 0), 1) ELSE 0 END)"},
              "{r}.deleted = 0", date="{r}.date", by_day=True,
              watch=("commune_code", "hamlet_id", "date", "outcome", "deleted",
                     "svc_public_service", "dossiers")),
    Aggregate("agg_stages", "stage_changes", "ifnull({r}.hamlet_id, '')",
              {"track": "{r}.track", "from_stage": "ifnull({r}.from_stage, '')",
               "to_stage": "{r}.to_stage", "birth_year": "{birth}"},
              {"n": "1"}, "{r}.deleted = 0 AND {resident_live}", date="{r}.date", totals=True,
              watch=("commune_code", "hamlet_id", "track", "from_stage", "to_stage", "date",
                     "deleted", "resident_id"),
              extra={"birth": _RESIDENT_YEAR, "resident_live": _RESIDENT_LIVE},
              # a rebuild reads both from indexes (idx_residents_age of the live ones;
              # the few deleted, once, as live_stage_changes does), never a resident's row
              join="LEFT JOIN residents AS res ON res.id = r.resident_id AND res.deleted = 0",
              joined={"birth": f"ifnull(res.birth_year, {UNKNOWN_YEAR})",
                      "resident_live": "r.resident_id NOT IN (SELECT id FROM residents "
                                       "WHERE deleted = 1)"}),
    Aggregate("agg_residents", "residents", "{r}.hamlet_id",
              {"birth_year": f"ifnull({{r}}.birth_year, {UNKNOWN_YEAR})"},
              {"n": "1", "smartphone": "({r}.has_smartphone = 1)",
               "payment": "({r}.has_payment_account = 1)",
               "signature": "({r}.has_digital_signature = 1)"},
              "{r}.deleted = 0",
              watch=("commune_code", "hamlet_id", "birth_year", "deleted", "has_smartphone",
                     "has_payment_account", "has_digital_signature")),
    Aggregate("agg_skills", "residents", "{r}.hamlet_id",
              {"birth_year": f"ifnull({{r}}.birth_year, {UNKNOWN_YEAR})",
               "via": "ifnull({r}.digital_skills_via, '')"},
              {"n": "1"}, "{r}.deleted = 0 AND {r}.digital_skills_date IS NOT NULL",
              date="{r}.digital_skills_date", totals=True,
              watch=("commune_code", "hamlet_id", "birth_year", "deleted", "digital_skills_date",
                     "digital_skills_via")),
    Aggregate("agg_households", "households", "{r}.hamlet_id", {},
              {"n": "1", "fibre": "({r}.has_fibre = 1)", "online": "({r}.sells_online = 1)"},
              "{r}.deleted = 0",
              watch=("commune_code", "hamlet_id", "deleted", "has_fibre", "sells_online")),
)
BY_TABLE = {a.table: a for a in AGGREGATES}
DATED = ("agg_visits", "agg_stages", "agg_skills")
OTHER_TABLES = ("agg_household_periods", "agg_households_visited", "agg_latest_visit")
TABLES = (*(a.table for a in AGGREGATES), *OTHER_TABLES)


def _ddl(agg: Aggregate) -> str:
    key_types = {"birth_year": "INTEGER"}
    cols = [f"{c} {key_types.get(c, 'TEXT')} NOT NULL" for c in agg.key_columns]
    cols += [f"{c} INTEGER NOT NULL" for c in agg.sums]
    return (f"CREATE TABLE {agg.table} ({', '.join(cols)}, "
            f"PRIMARY KEY ({', '.join(_pk_order(agg))})) WITHOUT ROWID")


def _pk_order(agg: Aggregate) -> list[str]:
    """Key order of the table: the report reads one level, some communes, a range of
    periods; so those lead."""
    head = ["level", "commune_code"]
    if agg.table == "agg_stages":
        head += ["track", "to_stage", "from_stage"]
    if agg.date:
        head.append("day")
    return head + [c for c in agg.key_columns if c not in head]


def _expr(agg: Aggregate, text: str, row: str, **extra) -> str:
    values = {k: v.format(r=row) for k, v in agg.extra.items()}
    values.update(extra)
    return text.format(r=row, **values)


def _inner(agg: Aggregate, row: str, grouped: bool, **extra) -> tuple[str, int]:
    """The SELECT list of a row's (or, `grouped`, rows') contribution before levels and
    spans: commune, date (as recorded), hamlet, keys, sums; and how many columns lead
    the sums. Grouping by the date as recorded follows the indexes' order."""
    e = lambda text: _expr(agg, text, row, **extra)  # noqa: E731
    cols = [f"{e('{r}.commune_code')} AS c"]
    if agg.date:
        # visits group by the day as recorded, the order of idx_visits_period (no sort);
        # rows that are sorted anyway group by their period at once (fewer to expand)
        day = e(agg.date)
        cols.append(f"{day if agg.by_day else period_start(day)} AS d")
    cols += [f"{e(agg.hamlet)} AS hm", *(f"{e(k)} AS k{i}" for i, k in enumerate(agg.keys.values()))]
    width = len(cols)
    cols += [f"{'sum' if grouped else ''}({e(v)}) AS s{i}" for i, v in enumerate(agg.sums.values())]
    return ", ".join(cols), width


def _expand(agg: Aggregate, inner: str, sign: str, totals: bool = True) -> str:
    """INSERT … SELECT of the rows of `inner` (a subquery of `_inner`'s columns) at both
    levels, dated rows in their period, and with totals also as all-time rows (unless
    not `totals`: see `totals_sql`)."""
    cols = ["lv.level", "x.c", "(CASE lv.level WHEN 'h' THEN x.hm ELSE '' END)",
            *(f"x.k{i}" for i in range(len(agg.keys)))]
    if agg.date:
        day = f"ifnull({period_start('x.d')}, '0000-01-01')"
        cols.append(f"(CASE WHEN sp.total = 1 THEN '' ELSE {day} END)" if agg.totals and totals
                    else day)
    width = len(cols)
    cols += [f"{sign} * sum(x.s{i})" for i in range(len(agg.sums))]
    # CROSS JOIN keeps x outermost: its rows are worked out once, not once per level
    spans = f" CROSS JOIN {SPANS} AS sp" if agg.totals and totals else ""
    groups = ", ".join(str(i) for i in range(1, width + 1))
    return (f"INSERT INTO {agg.table} ({', '.join(agg.columns)}) SELECT {', '.join(cols)} "
            f"FROM ({inner}) AS x CROSS JOIN {LEVELS} AS lv{spans} WHERE true "
            f"GROUP BY {groups}")


def _upsert(agg: Aggregate) -> str:
    adds = ", ".join(f"{c} = {c} + excluded.{c}" for c in agg.sums)
    return f"ON CONFLICT ({', '.join(agg.key_columns)}) DO UPDATE SET {adds}"


def contribution(agg: Aggregate, row: str, sign: str, **extra) -> str:
    """INSERT … ON CONFLICT adding `sign` × the contribution of one row (NEW, OLD).
    The row's values are worked out once (LIMIT keeps SQLite from repeating them for
    each level)."""
    inner, _ = _inner(agg, row, False, **extra)
    live = _expr(agg, agg.live, row, **extra)
    return f"{_expand(agg, f'SELECT {inner} WHERE {live} LIMIT 1', sign)} {_upsert(agg)}"


def rebuild_sql(agg: Aggregate, commune: bool = False, chunked: bool = False) -> list[str]:
    """Statements recomputing one aggregate from the records: DELETE, then INSERT (of
    one commune, `:commune`; of the dates in [`:lo`, `:hi`) when `chunked`, run once
    per month: the sort of one month, not of all history, is held in memory)."""
    extra = agg.joined or {}
    inner, width = _inner(agg, "r", True, **extra)
    join = f" {agg.join}" if agg.join else ""
    where = _expr(agg, agg.live, "r", **extra)
    if commune:
        where += " AND r.commune_code = :commune"
    if chunked:
        date = _expr(agg, agg.date, "r")
        where += f" AND {date} >= :lo AND {date} < :hi"
    groups = ", ".join(str(i) for i in range(1, width + 1))
    delete = f"DELETE FROM {agg.table}" + (" WHERE commune_code = :commune" if commune else "")
    # chunked, the all-time rows are added up from the periods' rows at the end
    # (`totals_sql`), not upserted again by every month
    insert = _expand(agg, f"SELECT {inner} FROM {agg.source} AS r{join} WHERE {where} "
                          f"GROUP BY {groups}", "1", totals=not chunked)
    return [delete, insert + (f" {_upsert(agg)}" if chunked else "")]


def totals_sql(agg: Aggregate) -> tuple[str, str]:
    """(the keys before `day` in the table's order of the period rows there are, the
    all-time rows (day '') of those keys as the sum of their period rows): after a
    chunked rebuild, each counted row being in exactly one period row and in the
    all-time row. A statement per key (`:k0`, `:k1`, ...) keeps the sort of the sums
    small: one statement over all of a million visits' stage rows held tens of MB."""
    order = _pk_order(agg)
    head = order[:order.index("day")]
    keys = [c for c in agg.key_columns if c != "day"]
    sums = ", ".join(f"sum({c})" for c in agg.sums)
    prefix = (f"SELECT DISTINCT {', '.join(head)} FROM {agg.table} WHERE day != '' "
              f"AND commune_code = ifnull(:commune, commune_code)")
    match = " AND ".join(f"{c} = :k{i}" for i, c in enumerate(head))
    insert = (f"INSERT INTO {agg.table} ({', '.join(keys)}, day, {', '.join(agg.sums)}) "
              f"SELECT {', '.join(keys)}, '', {sums} FROM {agg.table} WHERE {match} "
              f"AND day != '' GROUP BY {', '.join(keys)}")
    return prefix, insert


def _changed(columns) -> str:
    return " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in columns)


def _triggers(agg: Aggregate) -> list[str]:
    name = f"{agg.table}_{agg.source}"
    return [
        f"CREATE TRIGGER {name}_ins AFTER INSERT ON {agg.source} WHEN {NOT_PAUSED} BEGIN "
        f"{contribution(agg, 'NEW', '1')}; END",
        f"CREATE TRIGGER {name}_del AFTER DELETE ON {agg.source} WHEN {NOT_PAUSED} BEGIN "
        f"{contribution(agg, 'OLD', '-1')}; END",
        f"CREATE TRIGGER {name}_upd AFTER UPDATE OF {', '.join(agg.watch)} ON {agg.source} "
        f"WHEN {NOT_PAUSED} AND ({_changed(agg.watch)}) BEGIN "
        f"{contribution(agg, 'OLD', '-1')}; {contribution(agg, 'NEW', '1')}; END",
    ]


# --- a resident's stage changes follow its birth year and its tombstone -------------
def _restage(sign: str, birth: str, live: str, resident: str) -> str:
    """Add `sign` × every live stage change of one resident, counted with the
    resident's birth year `birth` and liveness `live` given (OLD or NEW values)."""
    agg = BY_TABLE["agg_stages"]
    inner, width = _inner(agg, "s", True, birth=birth, resident_live=live)
    groups = ", ".join(str(i) for i in range(1, width + 1))
    rows = (f"SELECT {inner} FROM stage_changes AS s WHERE s.resident_id = {resident} "
            f"AND s.deleted = 0 AND {live} GROUP BY {groups}")
    return f"{_expand(agg, rows, sign)} {_upsert(agg)}"


def _stage_resident_triggers() -> list[str]:
    old_year, new_year = (f"ifnull({r}.birth_year, {UNKNOWN_YEAR})" for r in ("OLD", "NEW"))
    return [
        f"CREATE TRIGGER agg_stages_residents_upd AFTER UPDATE OF birth_year, deleted "
        f"ON residents WHEN {NOT_PAUSED} AND ({_changed(('birth_year', 'deleted'))}) BEGIN "
        f"{_restage('-1', old_year, 'OLD.deleted != 1', 'OLD.id')}; "
        f"{_restage('1', new_year, 'NEW.deleted != 1', 'NEW.id')}; END",
        # changes recorded before their resident (counted as of an unknown year)
        f"CREATE TRIGGER agg_stages_residents_ins AFTER INSERT ON residents "
        f"WHEN {NOT_PAUSED} AND EXISTS (SELECT 1 FROM stage_changes WHERE resident_id = NEW.id) "
        f"BEGIN {_restage('-1', str(UNKNOWN_YEAR), '1', 'NEW.id')}; "
        f"{_restage('1', new_year, 'NEW.deleted != 1', 'NEW.id')}; END",
        f"CREATE TRIGGER agg_stages_residents_del AFTER DELETE ON residents "
        f"WHEN {NOT_PAUSED} BEGIN {_restage('-1', old_year, 'OLD.deleted != 1', 'OLD.id')}; "
        f"{_restage('1', str(UNKNOWN_YEAR), '1', 'OLD.id')}; END",
    ]


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


def _latest(h: str) -> str:
    """Recompute the latest live visit of household `h` (an expression)."""
    return (f"DELETE FROM agg_latest_visit WHERE household_id = {h}; "
            f"INSERT INTO agg_latest_visit (household_id, commune_code, visit_id, date, "
            f"created_hlc, outcome, follow_up_date) SELECT household_id, commune_code, id, "
            f"date, created_hlc, outcome, follow_up_date FROM visits WHERE household_id = {h} "
            f"AND deleted = 0 ORDER BY date DESC, created_hlc DESC, id DESC LIMIT 1")


_LATEST_WATCH = ("household_id", "commune_code", "date", "created_hlc", "outcome",
                 "follow_up_date", "deleted")


def _visit_triggers() -> list[str]:
    return [
        f"CREATE TRIGGER agg_household_periods_ins AFTER INSERT ON visits "
        f"WHEN {NOT_PAUSED} AND {_qualifies('NEW')} BEGIN {_periods_add('NEW')}; END",
        f"CREATE TRIGGER agg_household_periods_del AFTER DELETE ON visits "
        f"WHEN {NOT_PAUSED} AND {_qualifies('OLD')} BEGIN {_periods_recount('OLD')}; END",
        f"CREATE TRIGGER agg_household_periods_upd AFTER UPDATE OF {', '.join(_PERIOD_WATCH)} "
        f"ON visits WHEN {NOT_PAUSED} AND ({_changed(_PERIOD_WATCH)}) BEGIN "
        f"{_periods_recount('OLD')}; {_periods_add('NEW')}; END",
        f"CREATE TRIGGER agg_latest_visit_ins AFTER INSERT ON visits WHEN {NOT_PAUSED} "
        f"AND NEW.deleted = 0 BEGIN {_latest('NEW.household_id')}; END",
        f"CREATE TRIGGER agg_latest_visit_del AFTER DELETE ON visits WHEN {NOT_PAUSED} "
        f"BEGIN {_latest('OLD.household_id')}; END",
        f"CREATE TRIGGER agg_latest_visit_upd AFTER UPDATE OF {', '.join(_LATEST_WATCH)} "
        f"ON visits WHEN {NOT_PAUSED} AND ({_changed(_LATEST_WATCH)}) BEGIN "
        f"{_latest('OLD.household_id')}; {_latest('NEW.household_id')}; END",
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
        f"({_changed(('commune_code', 'hamlet_id', 'deleted'))}) BEGIN "
        f"{_household_move('-1', 'OLD')}; {_household_move('1', 'NEW')}; END",
        f"CREATE TRIGGER agg_households_visited_hh_ins AFTER INSERT ON households "
        f"WHEN {NOT_PAUSED} BEGIN {_household_move('1', 'NEW')}; END",
        f"CREATE TRIGGER agg_households_visited_hh_del AFTER DELETE ON households "
        f"WHEN {NOT_PAUSED} BEGIN {_household_move('-1', 'OLD')}; END",
    ]


def _other_ddl() -> list[str]:
    return [
        "CREATE TABLE agg_household_periods (household_id TEXT NOT NULL, kind TEXT NOT NULL, "
        "key TEXT NOT NULL, day TEXT NOT NULL, PRIMARY KEY (household_id, kind, key)) "
        "WITHOUT ROWID",
        "CREATE TABLE agg_households_visited (level TEXT NOT NULL, commune_code TEXT NOT NULL, "
        "hamlet_id TEXT NOT NULL, kind TEXT NOT NULL, day TEXT NOT NULL, n INTEGER NOT NULL, "
        "PRIMARY KEY (level, commune_code, kind, day, hamlet_id)) WITHOUT ROWID",
        "CREATE TABLE agg_latest_visit (household_id TEXT PRIMARY KEY, commune_code TEXT NOT NULL, "
        "visit_id TEXT NOT NULL, date TEXT NOT NULL, created_hlc TEXT NOT NULL, "
        "outcome TEXT NOT NULL, follow_up_date TEXT) WITHOUT ROWID",
        "CREATE INDEX idx_agg_latest_visit_due ON agg_latest_visit(commune_code, outcome, "
        "follow_up_date)",
        "CREATE INDEX idx_agg_latest_visit_date ON agg_latest_visit(commune_code, date)",
    ]


def _rebuild_others(commune: bool, chunked: bool = False) -> list[str]:
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
        "DELETE FROM agg_households_visited" + (" WHERE commune_code = :commune" if commune
                                                else ""),
        f"DELETE FROM agg_latest_visit WHERE {homes}",
        periods,
        first,
        # counted by households, each adding its periods one by one (no sort)
        f"INSERT INTO agg_households_visited (level, commune_code, hamlet_id, kind, day, n) "
        f"SELECT lv.level, h.commune_code, CASE lv.level WHEN 'h' THEN h.hamlet_id ELSE '' END, "
        f"x.kind, x.day, 1 FROM households h CROSS JOIN agg_household_periods x "
        f"CROSS JOIN {LEVELS} AS lv WHERE x.household_id = h.id AND h.deleted = 0{own} "
        f"ON CONFLICT (level, commune_code, hamlet_id, kind, day) DO UPDATE SET n = n + 1",
        # each household's latest visit, read along idx_visits_household_latest in its
        # order (the row with the largest date, clock and id of each household: the
        # clock has a fixed width, so the joined text orders as the three do)
        f"INSERT INTO agg_latest_visit (household_id, commune_code, visit_id, date, created_hlc, "
        f"outcome, follow_up_date) SELECT household_id, commune_code, id, date, created_hlc, "
        f"outcome, follow_up_date FROM (SELECT v.household_id, v.commune_code, v.id, v.date, "
        f"v.created_hlc, v.outcome, v.follow_up_date, max(v.date || ' ' || v.created_hlc || ' ' "
        f"|| v.id) FROM visits v INDEXED BY idx_visits_household_latest WHERE v.deleted = 0"
        f"{' AND v.' + homes if commune else ''} GROUP BY v.household_id)",
    ]


# --- the closing day -------------------------------------------------------------------
def _closing_ddl() -> list[str]:
    setting = "(SELECT value FROM settings WHERE key = 'report.closing_day')"
    return [f"CREATE VIEW agg_closing AS SELECT coalesce(CAST({setting} AS INTEGER), 0) AS cl"]


def _closing_triggers() -> list[str]:
    """A new closing day moves every dated row to its new period: rebuild them."""
    statements = ["INSERT INTO derived_paused (reason) VALUES ('closing_day')"]
    for table in DATED:
        statements += rebuild_sql(BY_TABLE[table])
    statements += _rebuild_others(False)
    statements.append("DELETE FROM derived_paused WHERE reason = 'closing_day'")
    body = "; ".join(statements)
    out = []
    for event, when in (("INSERT", "NEW.key = 'report.closing_day'"),
                        ("UPDATE", "NEW.key = 'report.closing_day' AND OLD.value IS NOT NEW.value"),
                        ("DELETE", "OLD.key = 'report.closing_day'")):
        out.append(f"CREATE TRIGGER agg_closing_{event.lower()} AFTER {event} ON settings "
                   f"WHEN {when} BEGIN {body}; END")
    return out


# --- schema ---------------------------------------------------------------------------
def create(conn) -> None:
    """Create the aggregate tables, their triggers, and fill them (schema 7)."""
    conn.execute("CREATE TABLE derived_paused (reason TEXT)")
    for sql in _closing_ddl():
        conn.execute(sql)
    for agg in AGGREGATES:
        conn.execute(_ddl(agg))
    for sql in _other_ddl():
        conn.execute(sql)
    for agg in AGGREGATES:
        for sql in _triggers(agg):
            conn.execute(sql)
    for sql in _stage_resident_triggers() + _visit_triggers() + _closing_triggers():
        conn.execute(sql)
    rebuild(conn)


# the big tables are rebuilt a month at a time
CHUNKED = ("agg_visits", "agg_stages")


def rebuild(conn, commune: str | None = None) -> None:
    """Recompute every aggregate from the records (of one commune), inside the
    caller's transaction. The big ones go a month of records at a time, so what a
    rebuild holds in memory does not grow with the years recorded."""
    params = {"commune": commune}
    one = commune is not None
    with paused(conn, "rebuild"):
        for agg in AGGREGATES:
            chunked = agg.table in CHUNKED
            delete, insert = rebuild_sql(agg, one, chunked)
            conn.execute(delete, params)
            for lo, hi in (_months(conn, agg.source, agg.date, commune) if chunked
                           else [(None, None)]):
                conn.execute(insert, {**params, "lo": lo, "hi": hi})
            if chunked and agg.totals:
                prefix, totals = totals_sql(agg)
                for key in conn.execute(prefix, params).fetchall():
                    conn.execute(totals, {f"k{i}": v for i, v in enumerate(key)})
        (drop_periods, drop_counts, drop_latest, periods, first, counts,
         latest) = _rebuild_others(one, chunked=True)
        for sql in (drop_periods, drop_counts, drop_latest):
            conn.execute(sql, params)
        spans = _months(conn, "visits", "{r}.date", commune)
        for lo, hi in spans:
            conn.execute(periods, {**params, "lo": lo, "hi": hi})
        for ylo, yhi in _years(conn, spans):
            conn.execute(first, {**params, "ylo": ylo, "yhi": yhi})
        conn.execute(counts, params)
        conn.execute(latest, params)


def _months(conn, table: str, date: str, commune: str | None) -> list[tuple[str, str]]:
    """[lo, hi) date ranges, a calendar month each, covering every date of `table`'s
    `date` column (of one commune); a first and a last open range catch anything
    outside (a date before year 1, text that is no date)."""
    column = date.format(r=table)
    where = " WHERE deleted = 0" + (" AND commune_code = ?" if commune else "")
    args = (commune,) if commune else ()
    ends = [conn.execute(f"SELECT {column} FROM {table}{where} ORDER BY {column} {way} "
                         f"LIMIT 1", args).fetchone() for way in ("ASC", "DESC")]
    if ends[0] is None:
        return []
    low, high = ends[0][0], ends[1][0]
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


def _years(conn, spans) -> list[tuple[str, str]]:
    """[lo, hi) ranges of period starts, one reporting year each, covering `spans`."""
    if not spans:
        return []
    low = spans[0][1][:4]
    high = spans[-1][0][:4] or low
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
    if table == "agg_household_periods":
        return sorted(conn.execute(f"SELECT * FROM {table}").fetchall())
    if table == "agg_latest_visit":
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
