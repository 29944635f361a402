"""The aggregate tables, one GROUP BY of a record table each: their definitions,
their triggers, and the SQL that rebuilds them."""

from dataclasses import dataclass, field

from desktop.db.aggregates.period_sql import period_start

# --- what is aggregated ------------------------------------------------------------
LEVELS = "(SELECT 'h' AS level UNION ALL SELECT 'c')"
# SQL: one commune's rows of a table keyed (level, commune_code, ...). Both levels
# named, the key finds them without statistics; "commune_code = :commune" alone
# needs the planner to know the level has two values (a skip-scan), and a hub that
# has merged its communes' first bundles has no statistics yet: every commune's
# rebuild then read the whole table (a bundle on a hub of 200 communes: 89 ms of
# rebuild, 31 ms on an empty one).
ONE_COMMUNE = "level IN ('h', 'c') AND commune_code = :commune"
SPANS = "(SELECT 0 AS total UNION ALL SELECT 1)"  # a period's row, and the all-time row
NOT_PAUSED = "NOT EXISTS (SELECT 1 FROM derived_paused)"
UNKNOWN_YEAR = 9999
# Birth years up to FLOOR_YEAR are kept as FLOOR_YEAR: whoever was born by then has
# reached every default age threshold (18 at most) in every report from 2020 on, so
# no reading of those needs them apart. Kept apart, they were most of the rows: on a
# province hub of a million visits, agg_stages held 1.57 million rows for 603,000
# stage changes (a row per birth year of some eighty), 0.48 million kept together.
# A threshold that reaches before it is read from the records (`exact_from_aggregates`).
FLOOR_YEAR = 2002


def stored_year(birth_year: str) -> str:
    """SQL: the birth year a row is counted under (unknown: UNKNOWN_YEAR; up to
    FLOOR_YEAR: FLOOR_YEAR)."""
    return f"max(ifnull({birth_year}, {UNKNOWN_YEAR}), {FLOOR_YEAR})"


def exact_from_aggregates(year: int, age: int | None) -> bool:
    """Whether the aggregates count those of age `age` in `year` (born in `year` − `age`
    or before) exactly: when that year is not before FLOOR_YEAR."""
    return age is None or year - age >= FLOOR_YEAR


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
_RESIDENT_YEAR = stored_year("(SELECT birth_year FROM residents WHERE id = {r}.resident_id)")
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
              joined={"birth": stored_year("res.birth_year"),
                      "resident_live": "r.resident_id NOT IN (SELECT id FROM residents "
                                       "WHERE deleted = 1)"}),
    Aggregate("agg_residents", "residents", "{r}.hamlet_id",
              {"birth_year": stored_year("{r}.birth_year")},
              {"n": "1", "smartphone": "({r}.has_smartphone = 1)",
               "payment": "({r}.has_payment_account = 1)",
               "signature": "({r}.has_digital_signature = 1)"},
              "{r}.deleted = 0",
              watch=("commune_code", "hamlet_id", "birth_year", "deleted", "has_smartphone",
                     "has_payment_account", "has_digital_signature")),
    Aggregate("agg_skills", "residents", "{r}.hamlet_id",
              {"birth_year": stored_year("{r}.birth_year"),
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
MEMBER_VISITS = "agg_member_visits"  # desktop/db/aggregates/members.py (schema 10)
MEMBER_HELPED = "agg_member_helped"  # desktop/db/aggregates/helped.py (schema 11)
FOLLOW_UPS = "agg_follow_ups"  # desktop/db/aggregates/follow_ups.py (schema 12)
OTHER_TABLES = ("agg_household_periods", "agg_households_visited", MEMBER_VISITS,
                MEMBER_HELPED, FOLLOW_UPS)
TABLES = (*(a.table for a in AGGREGATES), *OTHER_TABLES)


def ddl(agg: Aggregate) -> str:
    """CREATE TABLE of one aggregate."""
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
    delete = f"DELETE FROM {agg.table}" + (f" WHERE {ONE_COMMUNE}" if commune else "")
    # chunked, the all-time rows are added up from the periods' rows at the end
    # (`totals_sql`), not upserted again by every month
    insert = _expand(agg, f"SELECT {inner} FROM {agg.source} AS r{join} WHERE {where} "
                          f"GROUP BY {groups}", "1", totals=not chunked)
    return [delete, insert + (f" {_upsert(agg)}" if chunked else "")]


def totals_sql(agg: Aggregate, commune: bool = False) -> tuple[str, str]:
    """(the keys before `day` in the table's order of the period rows there are (of
    one commune, `:commune`), the all-time rows (day '') of those keys as the sum of
    their period rows): after a chunked rebuild, each counted row being in exactly
    one period row and in the all-time row. A statement per key (`:k0`, `:k1`, ...)
    keeps the sort of the sums small: one statement over all of a million visits'
    stage rows held tens of MB."""
    order = _pk_order(agg)
    head = order[:order.index("day")]
    keys = [c for c in agg.key_columns if c != "day"]
    sums = ", ".join(f"sum({c})" for c in agg.sums)
    prefix = (f"SELECT DISTINCT {', '.join(head)} FROM {agg.table} WHERE day != ''"
              + (f" AND {ONE_COMMUNE}" if commune else ""))
    match = " AND ".join(f"{c} = :k{i}" for i, c in enumerate(head))
    insert = (f"INSERT INTO {agg.table} ({', '.join(keys)}, day, {', '.join(agg.sums)}) "
              f"SELECT {', '.join(keys)}, '', {sums} FROM {agg.table} WHERE {match} "
              f"AND day != '' GROUP BY {', '.join(keys)}")
    return prefix, insert


def changed(columns) -> str:
    """SQL: true when any of `columns` differs between OLD and NEW."""
    return " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in columns)


def row_triggers(name: str, table: str, add, watch: tuple[str, ...],
                 inserted: str = "") -> list[str]:
    """Triggers `name`_ins, _del and _upd on `table`, quiet while paused: `add(sign,
    row)` is the SQL adding `sign` × the contribution of one row (NEW or OLD); an
    update of any of `watch` takes the old row's away and adds the new one's.
    `inserted` narrows the insert trigger's WHEN (" AND NEW...")."""
    return [
        f"CREATE TRIGGER {name}_ins AFTER INSERT ON {table} WHEN {NOT_PAUSED}{inserted} "
        f"BEGIN {add('1', 'NEW')}; END",
        f"CREATE TRIGGER {name}_del AFTER DELETE ON {table} WHEN {NOT_PAUSED} "
        f"BEGIN {add('-1', 'OLD')}; END",
        f"CREATE TRIGGER {name}_upd AFTER UPDATE OF {', '.join(watch)} ON {table} "
        f"WHEN {NOT_PAUSED} AND ({changed(watch)}) BEGIN {add('-1', 'OLD')}; "
        f"{add('1', 'NEW')}; END",
    ]


def triggers(agg: Aggregate) -> list[str]:
    """The insert, delete and update triggers keeping one aggregate."""
    return row_triggers(f"{agg.table}_{agg.source}", agg.source,
                        lambda sign, row: contribution(agg, row, sign), agg.watch)


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


def stage_resident_triggers() -> list[str]:
    """A resident's stage changes move with its birth year and its tombstone."""
    old_year, new_year = (stored_year(f"{r}.birth_year") for r in ("OLD", "NEW"))
    return [
        f"CREATE TRIGGER agg_stages_residents_upd AFTER UPDATE OF birth_year, deleted "
        f"ON residents WHEN {NOT_PAUSED} AND ({changed(('birth_year', 'deleted'))}) BEGIN "
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

