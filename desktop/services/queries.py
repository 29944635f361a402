"""Lists and search: the read side of every record page and of `xaso list`.

Filtering, sorting and paging all happen in SQL so a page of a million visits costs
what a page of ten does. Search ignores diacritics ("nguyen" finds "Nguyễn") and also
matches CCCD and phone digits.
"""

from dataclasses import dataclass

from desktop.db import search_index
from desktop.db.live import live
from desktop.domain.periods import month_bounds
from desktop.domain.kinds import get_kind
from desktop.domain.text import digits_only, search_key
from desktop.services.refs import resolve

# kind -> [(key, SQL expression)]; the first table alias is always "t".
COLUMNS: dict[str, list[tuple[str, str]]] = {
    "hamlet": [("name", "t.name"), ("kind", "t.kind"), ("notes", "t.notes")],
    "member": [("full_name", "t.full_name"), ("role", "t.role"), ("hamlet", "h.name"),
               ("phone", "t.phone"), ("active", "t.active")],
    "household": [("head_name", "t.head_name"), ("hamlet", "h.name"), ("address", "t.address"),
                  ("phone", "t.phone"), ("members_count", "t.members_count"),
                  ("has_smartphone", "t.has_smartphone")],
    "resident": [("full_name", "t.full_name"), ("hamlet", "h.name"),
                 ("household", "hh.head_name"), ("birth_year", "t.birth_year"),
                 ("gender", "t.gender"), ("cccd", "t.cccd"), ("phone", "t.phone"),
                 ("eid_stage", "t.eid_stage"), ("health_stage", "t.health_stage")],
    "visit": [("date", "t.date"), ("hamlet", "h.name"), ("household", "hh.head_name"),
              ("outcome", "t.outcome"), ("follow_up_date", "t.follow_up_date"),
              ("notes", "t.notes")],
    "training": [("starts_at", "t.starts_at"), ("title", "t.title"), ("mode", "t.mode"),
                 ("venue", "t.venue"),
                 ("participants", "(SELECT count(*) FROM live_attendance a "
                                  "WHERE a.training_id = t.id AND a.status = 'present')")],
    "attendance": [("full_name", "t.full_name"), ("training", "tr.title"),
                   ("bridge_point", "bp.name"), ("unit", "t.unit"), ("position", "t.position"),
                   ("phone", "t.phone"), ("status", "t.status")],
    "event": [("date", "t.date"), ("place", "t.place"), ("title", "t.title"),
              ("people_served", "t.people_served")],
    "target": [("year", "t.year"), ("indicator", "t.indicator"), ("hamlet", "h.name"),
               ("value", "t.value")],
}

# on a hub, the lists in the window also say whose each record is (`with_commune`)
COMMUNE_COLUMN = ("commune", "t.commune_code")

JOINS = {
    "h": "LEFT JOIN hamlets h ON h.id = t.hamlet_id",
    "hh": "LEFT JOIN households hh ON hh.id = t.household_id",
    "tr": "LEFT JOIN trainings tr ON tr.id = t.training_id",
    "bp": "LEFT JOIN bridge_points bp ON bp.id = t.bridge_point_id",
}

# the kind each join alias reads, and kinds read inside a column's subquery
ALIAS_KINDS = {"h": "hamlet", "hh": "household", "tr": "training", "bp": "bridge_point"}
SUBQUERY_KINDS = {"training": ("attendance",), "visit": ("visit_member",)}

DATE_COLUMN = {"visit": "date", "training": "starts_at", "event": "date",
               "attendance": None, "resident": None}
STATUS_COLUMN = {"visit": "outcome", "attendance": "status", "resident": "eid_stage",
                 "member": "role"}
# other columns a status filter may name instead (the health page filters residents by
# their health-record stage)
OTHER_STATUS_COLUMNS = {"resident": ("health_stage",)}
DEFAULT_ORDER = {"visit": ("date", True), "training": ("starts_at", True),
                 "event": ("date", True), "target": ("year", True)}


@dataclass
class Filters:
    """What a list shows: every field optional."""

    hamlet: str | None = None      # id or name
    search: str | None = None
    month: str | None = None       # "YYYY-MM"
    status: str | None = None
    member: str | None = None      # visits by this team member (id or name)
    training: str | None = None    # attendance of this training (id or title)
    household: str | None = None   # residents/visits of this household id
    status_field: str | None = None  # the column `status` applies to, if not the kind's usual
    commune: str | None = None     # on a hub: one commune's records (5-digit code)
    include_deleted: bool = False


def shown_kinds(kind_name: str) -> frozenset[str]:
    """Every kind whose change can alter a list of `kind_name` (the list refreshes then)."""
    kind = get_kind(kind_name)
    used = {expr.split(".")[0] for _, expr in COLUMNS.get(kind.name, []) if "." in expr}
    return frozenset({kind.name, *(ALIAS_KINDS[a] for a in used if a in ALIAS_KINDS),
                      *SUBQUERY_KINDS.get(kind.name, ())})


def columns(kind_name: str) -> list[str]:
    """The keys of a list row of this kind (after "id")."""
    return [key for key, _ in COLUMNS[get_kind(kind_name).name]]


def _where(conn, kind_name: str, f: Filters) -> tuple[list[str], list]:
    kind = get_kind(kind_name)
    clauses: list[str] = []  # live records only, unless asked: see _table
    params: list = []
    if f.commune:
        clauses.append("t.commune_code = ?")
        params.append(f.commune.strip().zfill(5) if f.commune.strip().isdigit() else f.commune)
    if f.hamlet and kind.name in ("member", "household", "resident", "visit", "target"):
        clauses.append("t.hamlet_id = ?")
        params.append(resolve(conn, "hamlet", "hamlet", f.hamlet))
    if f.household and kind.name in ("resident", "visit"):
        clauses.append("t.household_id = ?")
        params.append(f.household)
    if f.month and DATE_COLUMN.get(kind.name):
        start, end = month_bounds(f.month)
        col = DATE_COLUMN[kind.name]
        clauses.append(f"t.{col} >= ? AND t.{col} < ?")
        params += [start, end]
    if f.status and STATUS_COLUMN.get(kind.name):
        column = STATUS_COLUMN[kind.name]
        if f.status_field in OTHER_STATUS_COLUMNS.get(kind.name, ()):
            column = f.status_field
        clauses.append(f"t.{column} = ?")
        params.append(f.status)
    if f.member and kind.name == "visit":
        clauses.append("EXISTS (SELECT 1 FROM live_visit_members vm WHERE vm.visit_id = t.id "
                       "AND vm.member_id = ?)")
        params.append(resolve(conn, "member", "member", f.member))
    if f.training and kind.name in ("attendance", "bridge_point"):
        clauses.append("t.training_id = ?")
        params.append(resolve(conn, "training", "training", f.training))
    if f.search and f.search.strip():
        clause, values = _search_clause(kind.name, f.search)
        clauses.append(clause)
        params += values
    return clauses, params


def _search_clause(kind_name: str, text: str) -> tuple[str, list]:
    """Diacritic-free name match, plus digit match on CCCD and phone.

    Residents and households (the visits' search names their household) are found
    through their trigram index (desktop/db/search_index.py) when the text is long
    enough for it (three characters): the same LIKE, answered from the index. Shorter
    text, and the small tables, compare every key."""
    key = f"%{search_key(text)}%"
    digits = digits_only(text)
    if kind_name == "visit":
        homes, params = _matches("households", "head_name_key", key, digits)
        if homes:
            return f"t.household_id IN (SELECT id FROM live_households WHERE rowid IN ({homes}))", params
        sub = "SELECT id FROM live_households WHERE (head_name_key LIKE ?"
        params = [key]
        if len(digits) >= 3:
            sub += " OR phone LIKE ?"
            params.append(f"%{digits}%")
        return f"t.household_id IN ({sub}))", params
    kind = get_kind(kind_name)
    if kind.table in search_index.INDEXED and kind.keyed:
        found, params = _matches(kind.table, f"{kind.keyed[0]}_key", key, digits)
        if found:
            return f"t.rowid IN ({found})", params
    parts, params = [], []
    for name in kind.keyed:
        parts.append(f"t.{name}_key LIKE ?")
        params.append(key)
    if kind_name in ("event",):
        parts.append("t.place LIKE ?")
        params.append(f"%{text.strip()}%")
    if len(digits) >= 3:
        for col in ("cccd", "phone"):
            if kind.field(col):
                parts.append(f"t.{col} LIKE ?")
                params.append(f"%{digits}%")
    if not parts:
        return "0", []
    return "(" + " OR ".join(parts) + ")", params


def _matches(table: str, key_column: str, key: str, digits: str) -> tuple[str | None, list]:
    """The rowids of `table` whose key is LIKE `key` (or whose CCCD or phone holds
    `digits`, three or more), from its trigram index; (None, []) when the key is too
    short for the index (fewer than three characters between the wildcards)."""
    if len(key.strip("%")) < 3:
        return None, []
    parts = [search_index.matching(table, key_column)]
    params = [key]
    if len(digits) >= 3:
        for col in search_index.INDEXED[table]:
            if col in ("cccd", "phone"):
                parts.append(search_index.matching(table, col))
                params.append(f"%{digits}%")
    return " UNION ALL ".join(parts), params


def _table(kind_name: str, f: Filters) -> str:
    """The live records of the kind (desktop/db/live.py), or every row with --deleted."""
    table = get_kind(kind_name).table
    return table if f.include_deleted else live(table)


def _from(kind_name: str, f: Filters) -> str:
    kind = get_kind(kind_name)
    used = {expr.split(".")[0] for _, expr in COLUMNS[kind.name] if "." in expr and "(" not in expr}
    joins = " ".join(JOINS[a] for a in ("h", "hh", "tr", "bp") if a in used)
    return f"FROM {_table(kind_name, f)} t {joins}"


# a list in the window counts its records up to this many; past it, it says "more
# than" (counting every one of a million visits reads them all: a second and more)
COUNT_CAP = 10_000


def count_records(db, kind_name: str, filters: Filters | None = None,
                  cap: int | None = None) -> int:
    """How many records a list with these filters holds; with `cap`, counting stops
    past it (the answer is then cap + 1, shown as "more than cap"): counting a
    million visits reads the whole table, about a second and a half."""
    kind = get_kind(kind_name)
    filters = filters or Filters()
    clauses, params = _where(db.conn, kind.name, filters)
    where = " WHERE " + " AND ".join(clauses) if clauses else ""
    rows = f"SELECT 1 FROM {_table(kind.name, filters)} t{where}"
    if cap is not None:
        rows += " LIMIT ?"
        params = [*params, cap + 1]
    return db.conn.execute(f"SELECT count(*) FROM ({rows})", params).fetchone()[0]


def list_records(db, kind_name: str, filters: Filters | None = None, limit: int | None = 50,
                 offset: int = 0, order_by: str | None = None, descending: bool | None = None,
                 with_commune: bool = False) -> list[dict]:
    """One page of a list: dicts with "id" and the kind's list columns (and, with
    `with_commune`, the record's commune code as "commune")."""
    kind = get_kind(kind_name)
    cols = COLUMNS[kind.name] + [COMMUNE_COLUMN] * with_commune
    filters = filters or Filters()
    clauses, params = _where(db.conn, kind.name, filters)
    where = " WHERE " + " AND ".join(clauses) if clauses else ""
    default_col, default_desc = DEFAULT_ORDER.get(kind.name, (cols[0][0], False))
    order_key = order_by if order_by in dict(cols) else default_col
    desc = default_desc if descending is None else descending
    # names sort by their diacritic-free key, so "Đông Hà" sorts among the D's
    expr = f"t.{order_key}_key" if order_key in kind.keyed else dict(cols)[order_key]
    select = ", ".join(f"{e} AS {k}" for k, e in cols)
    order = f"ORDER BY {expr} {'DESC' if desc else 'ASC'}, t.id"
    if limit is not None and expr.startswith("t."):
        # one page of a large list: the page's rows are chosen from the record's own
        # table first, and only those 200 are joined to their hamlet and household
        # (a search among a million visits otherwise joined all 27,000 it matched)
        page = (f"SELECT t.rowid FROM {_table(kind.name, filters)} t{where} {order} "
                f"LIMIT ? OFFSET ?")
        sql = (f"SELECT t.id AS id, {select} {_from(kind.name, filters)} "
               f"WHERE t.rowid IN ({page}) {order}")
        params = [*params, limit, offset]
    else:
        sql = f"SELECT t.id AS id, {select} {_from(kind.name, filters)}{where} {order}"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params = [*params, limit, offset]
    cur = db.conn.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur]


def follow_ups_due(db, start: str, end: str) -> list[dict]:
    """Visits whose follow-up date falls in [start, end] (ISO dates), soonest first."""
    cur = db.conn.execute(
        "SELECT t.id, t.follow_up_date, t.date, hh.head_name AS household, h.name AS hamlet, "
        "hh.phone FROM live_visits t JOIN households hh ON hh.id = t.household_id "
        "LEFT JOIN hamlets h ON h.id = t.hamlet_id "
        "WHERE t.follow_up_date BETWEEN ? AND ? ORDER BY t.follow_up_date",
        (start, end))
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur]


# types whose stored value a spreadsheet keeps as it is (numbers stay numbers)
_RAW_IN_SHEETS = ("int", "number", "year", "text", "note", "name", "phone", "cccd")


def readable_row(kind_name: str, row: dict, lang: str, for_sheet: bool = False) -> dict:
    """A list row for people: each field shown by its type (labels for coded values,
    yes/no, dd/mm/yyyy dates, grouped numbers in text). `for_sheet` keeps numbers as
    numbers for Excel. --json output keeps codes and ISO dates instead."""
    kind = get_kind(kind_name)

    def shown(key, value):
        spec = kind.field(key)
        if value is None or spec is None or spec.ftype.detail or spec.type == "ref":
            return value
        if for_sheet and spec.type in _RAW_IN_SHEETS:
            return value
        return spec.ftype.show(spec, value, lang)

    return {k: shown(k, v) for k, v in row.items()}
