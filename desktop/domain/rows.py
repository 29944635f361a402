"""One stored row of a record table, checked against the rules a form save applies.

A form save checks what a person typed (`kinds.clean_record`) and stores it in a
fixed form: codes for choices, ISO dates, 0/1 for yes/no, a birth year as an integer,
the 10-digit national phone, the 12-digit CCCD, NFC names. This module checks a row
*as stored* (a bundle's row, a restored backup, demo data) against the same rules,
so a value that no form could have saved is refused wherever it comes from.

The rules are data: each table's columns are derived from the kinds registry
(`desktop.domain.kinds`), plus the few stored-only columns listed in STORED, and
compiled once into a `TableRules` per table. Pure: no SQL, no Qt.

    rules = rules_for("residents", bounds=Bounds(today, max_clock))
    problems = rules.check(row)           # [] when the row is valid
    rules.references                      # (column, table) pairs the caller resolves
    rules.check_chunk(plan, rows)         # True: every row of a batch is valid

A bundle brings hundreds of thousands of rows, and the same commune, clocks, dates
and codes come back row after row. `check_chunk` applies the very same checks a
column at a time: each distinct value once, and the checks made of a pattern (ids,
clocks, times) as one match over the column's values joined. It only answers
"all valid"; when it cannot say so, the caller checks row by row (`check_values`,
`check_rules`), which names the first row at fault exactly as before.
"""

import datetime as dt
import json
import math
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Callable, Iterable, Mapping

from desktop.domain.cccd import check_cccd
from desktop.domain.dates import check_birth, parse_date
from desktop.domain.errors import Problem
from desktop.domain.hlc import MAX_WALL_MS
from desktop.domain.kinds import KINDS, Kind
from desktop.domain.phone import normalise_phone
from desktop.domain.stages import TRACKS

# Caps on stored values: far above anything typed in a commune, low enough that no
# row can carry a document. Bytes are UTF-8 bytes.
NAME_BYTES = 512        # names, titles, places, hamlet and unit names, search keys
TEXT_BYTES = 8192       # free text: notes, addresses, topics, partners
JSON_BYTES = 16384      # field clocks and per-service counts
COUNT_MAX = 10_000_000  # a count of people or services
INT_MAX = 2 ** 63 - 1   # what SQLite stores in an INTEGER

# Columns every record table has; checked the same way in every table.
SYSTEM = ("id", "commune_code", "created_at", "updated_at", "device_id", "actor_id",
          "created_hlc", "hlc", "field_hlc", "deleted")
# Codes a row's commune may carry: a commune (5 digits), or a hub's own records
# (its 2-digit province, or "hub" when it has none); see writer._owner.
COMMUNE_RE = re.compile(r"^\d{5}$")
HUB_CODE_RE = re.compile(r"^(\d{2}|hub)$")
UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
DEVICE_RE = re.compile(r"^[0-9a-f]{16}$")           # ids.new_device_id
ROW_CLOCK_RE = re.compile(r"^\d{15}\.\d{5}\.[0-9a-f]{16}$")  # hlc text form, device id
STAMP_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}:\d{2}|Z)?$")
ACTOR_RE = re.compile(r"^[0-9A-Za-z_.:-]{1,64}$")
ISO_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ISO_MINUTE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$")
ALL_STAGES = tuple(dict.fromkeys(s for stages in TRACKS.values() for s in stages))
DUPLICATE_STATUSES = ("open", "same", "different")


@dataclass(frozen=True)
class Column:
    """How one stored column is checked: its type and, for a reference, its table."""

    name: str
    type: str  # text name key phone cccd date day datetime birth_year birth_date int
    #            number bool choice counts ref
    required: bool = False
    choices: tuple[str, ...] = ()
    ref: str | None = None
    low: float | None = None
    high: float | None = None


@dataclass(frozen=True)
class Bounds:
    """What "not in the future" means where the row is checked.

    `today` is the latest date a date "not in the future" may have (the checking
    machine's today plus the clock tolerance); `max_clock` the largest clock text
    accepted (None: only the format's own bound).
    """

    today: dt.date
    max_clock: str | None = None


C = Column
# Stored columns that are not a form field of a kind: derived values, and the tables
# a form fills as a side effect (a visit's team, onboarding history, the duplicate
# queue). The same vocabulary as the kinds, so one checker reads both.
STORED: dict[str, tuple[Column, ...]] = {
    "residents": (C("hamlet_id", "ref", True, ref="hamlets"), C("eid_date", "day"),
                  C("health_date", "day")),
    "visits": (C("hamlet_id", "ref", True, ref="hamlets"),),
    "visit_members": (C("visit_id", "ref", True, ref="visits"),
                      C("member_id", "ref", True, ref="members")),
    "stage_changes": (C("resident_id", "ref", True, ref="residents"),
                      C("hamlet_id", "ref", ref="hamlets"),
                      C("track", "choice", True, choices=tuple(TRACKS)),
                      C("from_stage", "choice", choices=ALL_STAGES),
                      C("to_stage", "choice", True, choices=ALL_STAGES),
                      C("date", "date", True), C("helper_id", "ref", ref="members"),
                      C("visit_id", "ref", ref="visits"), C("event_id", "ref", ref="events"),
                      C("correction", "bool", True), C("note", "text")),
    "duplicates": (C("table_name", "choice", True, choices=("residents",)),
                   C("record_a", "ref", True, ref="residents"),
                   C("record_b", "ref", True, ref="residents"),
                   C("status", "choice", True, choices=DUPLICATE_STATUSES),
                   C("kept_id", "ref", ref="residents"), C("note", "text")),
}


def kind_columns(kind: Kind) -> list[Column]:
    """The stored columns of a kind's form fields (lists live in their own tables)."""
    out: list[Column] = []
    for spec in kind.fields:
        if spec.ftype.detail:
            continue  # a visit's team, a training's points, stage updates: own tables
        if spec.type == "services":
            out.extend(C(f"svc_{code}", "bool", True) for code in spec.choices)
        elif spec.type == "birth":
            out += [C("birth_year", "birth_year"), C("birth_date", "birth_date")]
        elif spec.type == "ref":
            out.append(C(spec.column, "ref", spec.required, ref=KINDS[spec.ref].table))
        else:
            out.append(C(spec.name, spec.type, spec.required, spec.choices,
                         low=spec.low, high=spec.high))
    for name in kind.keyed:
        out.append(C(f"{name}_key", "key", kind.field(name).required))
    return out


def table_columns(table: str) -> dict[str, Column]:
    """Every described data column of `table` (system columns aside)."""
    cols: dict[str, Column] = {}
    for kind in KINDS.values():
        if kind.table == table:
            cols.update((c.name, c) for c in kind_columns(kind))
    cols.update((c.name, c) for c in STORED.get(table, ()))
    return cols


def described_tables() -> tuple[str, ...]:
    """The tables these rules describe."""
    return tuple(dict.fromkeys([k.table for k in KINDS.values()] + list(STORED)))


# --- value checks ----------------------------------------------------------------
# Each returns None when the value is fine, else a Problem. `None` values never reach
# them: nullability is decided once, per column, in TableRules.

def _too_long(value: str, cap: int) -> bool:
    return len(value) * 4 > cap and len(value.encode("utf-8", "surrogatepass")) > cap


def _text(cap: int, nfc: bool, nonblank: bool):
    def check(col, v):
        if type(v) is not str:
            return Problem(col, "row_type", {"expected": "text"})
        if _too_long(v, cap):
            return Problem(col, "row_too_long", {"size": len(v.encode("utf-8", "surrogatepass")),
                                                 "limit": cap})
        if nfc and not unicodedata.is_normalized("NFC", v):
            return Problem(col, "row_not_nfc")
        if nonblank and not v.strip():
            return Problem(col, "required")
        return None

    def batch(values) -> bool:
        # (NFC never joins across the "\n" between values: a line break is a starter
        # that nothing composes with)
        return (max(map(len, values)) * 4 <= cap
                and (not nfc or unicodedata.is_normalized("NFC", "\n".join(values)))
                and (not nonblank or all(map(str.strip, values))))
    return _batched(check, batch, str)


def _phone(col, v):
    if type(v) is not str or len(v) > 32:
        return Problem(col, "row_type", {"expected": "text"})
    return None if normalise_phone(v) == v else Problem(col, "row_phone")


def _lines(regex: re.Pattern):
    """A test that a set of values all match `regex`: one match over the values joined
    by "\\n", each a whole line (so no value may hold a line break itself)."""
    lines = re.compile("(?:(?:" + regex.pattern.lstrip("^").rstrip("$") + ")\n)*")

    def test(values) -> bool:
        text = "\n".join(values) + "\n"
        return text.count("\n") == len(values) and lines.fullmatch(text) is not None
    return test


def _batched(check: Callable, batch: Callable, kind: type) -> Callable:
    """`check`, carrying `batch`: True when every one of a set of distinct values of
    type `kind` passes `check` (a faster way to the same answer)."""
    check.batch = batch
    check.kind = kind
    return check


def _matching(check: Callable, regex: re.Pattern, cap: int = 1 << 30) -> Callable:
    lines = _lines(regex)
    return _batched(check, lambda values: max(map(len, values)) <= cap and lines(values), str)


_CCCD_LINES = _lines(re.compile(r"^[0-9]{12}$"))


def _cccd(col, v):
    """The stored form only; what the digits say is checked by `_cccd_rule` below,
    together with the row's gender and birth year (one check_cccd per row)."""
    if type(v) is not str or len(v) > 32:
        return Problem(col, "row_type", {"expected": "text"})
    if len(v) == 12 and v.isascii() and v.isdigit():
        return None
    value, problems = check_cccd(v, col)
    if problems:
        return problems[0]
    return Problem(col, "row_stored_form")


def _iso_date(latest: str | None):
    def check(col, v):
        if type(v) is not str or not ISO_DATE_RE.match(v) or parse_date(v) is None:
            return Problem(col, "row_date")
        if latest is not None and v > latest:
            return Problem(col, "row_future")
        return None
    return check


def _datetime(col, v):
    if type(v) is not str or not ISO_MINUTE_RE.match(v):
        return Problem(col, "row_date")
    try:
        dt.datetime.fromisoformat(v)
    except ValueError:
        return Problem(col, "row_date")
    return None


def _birth_year(today: dt.date):
    def check(col, v):
        if type(v) is not int:
            return Problem(col, "row_type", {"expected": "integer"})
        _, problems = check_birth(v, col, today)
        return problems[0] if problems else None
    return check


def _birth_date(today: dt.date):
    def check(col, v):
        if type(v) is not str or not ISO_DATE_RE.match(v):
            return Problem(col, "row_date")
        _, problems = check_birth(v, col, today)
        return problems[0] if problems else None
    return check


def _number(integer: bool, low, high):
    low = -INT_MAX if low is None else low
    high = INT_MAX if high is None else high

    def check(col, v):
        if integer and type(v) is not int:
            return Problem(col, "row_type", {"expected": "integer"})
        if not integer and not (type(v) is int or (type(v) is float and math.isfinite(v))):
            return Problem(col, "row_type", {"expected": "number"})
        if not low <= v <= high:
            return Problem(col, "row_range", {"value": v, "low": low, "high": high})
        return None
    return check


def _bool(col, v):
    return None if type(v) is int and (v == 0 or v == 1) else Problem(col, "row_bool")


def _choice(choices: tuple[str, ...]):
    allowed = frozenset(choices)

    def check(col, v):
        if type(v) is not str or v not in allowed:
            return Problem(col, "row_choice", {"value": str(v)[:40], "choices": ", ".join(choices)})
        return None
    return check


def _counts(choices: tuple[str, ...]):
    allowed = frozenset(choices)

    def check(col, v):
        if type(v) is not str or len(v) > JSON_BYTES:
            return Problem(col, "row_type", {"expected": "JSON"})
        try:
            data = json.loads(v)
        except (ValueError, RecursionError):
            return Problem(col, "row_type", {"expected": "JSON"})
        if not isinstance(data, dict) or not all(
                k in allowed and type(n) is int and 0 < n <= COUNT_MAX for k, n in data.items()):
            return Problem(col, "row_counts", {"choices": ", ".join(choices)})
        return None
    return check


def _uuid(col, v):
    return None if type(v) is str and UUID_RE.match(v) else Problem(col, "row_uuid")


_matching(_uuid, UUID_RE)
_batched(_cccd, _CCCD_LINES, str)


def _remembered(check: Callable) -> Callable:
    """`check`, skipping text values it accepted lately: a bundle repeats the same
    commune, device, creation time and hamlet in row after row."""
    seen: dict[str, bool] = {}

    def cached(col, v):
        if type(v) is str and v in seen:
            return None
        bad = check(col, v)
        if bad is None and type(v) is str:
            if len(seen) >= 4096:
                seen.clear()
            seen[v] = True
        return bad
    if hasattr(check, "batch"):
        _batched(cached, check.batch, check.kind)
    return cached


def _value(col, v):
    """A column no rule describes: any scalar SQLite stores without surprise."""
    if v is None or type(v) is str and not _too_long(v, TEXT_BYTES):
        return None
    if type(v) is int and -INT_MAX <= v <= INT_MAX:
        return None
    if type(v) is float and math.isfinite(v):
        return None
    return Problem(col, "row_type", {"expected": "text"})


# The stored-value rule of each field type (desktop/domain/fieldtypes.py) and of the
# stored-only columns: (column, bounds) -> check(col, value). A field type without an
# entry here fails tests/domain/test_fieldtypes.py.
STORED_RULES: dict[str, Callable[[Column, Bounds], Callable]] = {
    "text": lambda c, b: _text(TEXT_BYTES, True, c.required),
    "note": lambda c, b: _text(TEXT_BYTES, True, c.required),
    "name": lambda c, b: _text(NAME_BYTES, True, c.required),
    "person": lambda c, b: _text(NAME_BYTES, True, c.required),
    "key": lambda c, b: _text(NAME_BYTES, False, False),
    "phone": lambda c, b: _phone,
    "cccd": lambda c, b: _cccd,
    "date": lambda c, b: _iso_date(b.today.isoformat()),
    "day": lambda c, b: _iso_date(None),
    "datetime": lambda c, b: _datetime,
    "birth_year": lambda c, b: _birth_year(b.today),
    "birth_date": lambda c, b: _birth_date(b.today),
    "int": lambda c, b: _number(True, c.low, c.high),
    "year": lambda c, b: _number(True, c.low, c.high),
    "number": lambda c, b: _number(False, c.low, c.high),
    "bool": lambda c, b: _bool,
    "choice": lambda c, b: _choice(c.choices),
    "counts": lambda c, b: _counts(c.choices),
    "ref": lambda c, b: _remembered(_uuid),
}


def _value_check(column: Column, bounds: Bounds) -> Callable:
    return STORED_RULES[column.type](column, bounds)


# --- system columns ----------------------------------------------------------------

def _pattern(regex, code: str, cap: int = 64):
    def check(col, v):
        return None if type(v) is str and len(v) <= cap and regex.match(v) else Problem(col, code)
    return _matching(check, regex, cap)


def _commune(col, v):
    if type(v) is str and (COMMUNE_RE.match(v) or HUB_CODE_RE.match(v)):
        return None
    return Problem(col, "row_commune")


_CLOCK_LINES = _lines(ROW_CLOCK_RE)


def _clock(max_clock: str | None):
    def check(col, v):
        if type(v) is not str or not ROW_CLOCK_RE.match(v):
            return Problem(col, "row_clock")
        if max_clock is not None and v > max_clock:
            return Problem(col, "row_clock_ahead")
        return None
    return _batched(check, lambda values: _CLOCK_LINES(values)
                    and (max_clock is None or max(values) <= max_clock), str)


def _system_checks(bounds: Bounds) -> dict[str, Callable]:
    return {"id": _uuid, "commune_code": _remembered(_commune),
            "created_at": _remembered(_pattern(STAMP_RE, "row_timestamp", 40)),
            "updated_at": _remembered(_pattern(STAMP_RE, "row_timestamp", 40)),
            "device_id": _remembered(_pattern(DEVICE_RE, "row_device")),
            "actor_id": _remembered(_pattern(ACTOR_RE, "row_actor")),
            "created_hlc": _remembered(_clock(bounds.max_clock)),
            "hlc": _remembered(_clock(bounds.max_clock)),
            "field_hlc": _field_hlc_text, "deleted": _bool}


def _field_hlc_text(col, v):
    if type(v) is not str or len(v) > JSON_BYTES:
        return Problem(col, "row_field_hlc")
    return None


# --- row rules: several columns together ---------------------------------------------

def _reads(*columns: str):
    """Mark a row rule with the columns it reads (check_chunk gives it just those)."""
    def mark(rule):
        rule.reads = columns
        return rule
    return mark


def _cccd_rule(column: str):
    """A CCCD is valid (province, gender-and-century digit) and agrees with the row's
    gender and birth year, as a form save checks it."""
    @_reads(column, "gender", "birth_year")
    def rule(row: dict) -> Problem | None:
        cccd = row.get(column)
        if cccd:
            _, problems = check_cccd(cccd, column, row.get("gender"), row.get("birth_year"))
            if problems:
                return problems[0]
        return None
    return rule


@_reads("birth_year", "birth_date")
def _resident_rule(row: dict) -> Problem | None:
    """The birth date agrees with the birth year."""
    year, birth_date = row.get("birth_year"), row.get("birth_date")
    if birth_date is not None and year is not None and birth_date[:4] != f"{year:04d}":
        return Problem("birth_date", "row_birth_mismatch")
    return None


@_reads("track", "from_stage", "to_stage")
def _stage_rule(row: dict) -> Problem | None:
    stages = TRACKS.get(row.get("track"), ())
    for col in ("from_stage", "to_stage"):
        value = row.get(col)
        if value is not None and value not in stages:
            return Problem(col, "row_stage_track", {"value": value, "track": row.get("track")})
    return None


@_reads("follow_up_date", "date")
def _visit_rule(row: dict) -> Problem | None:
    follow, date = row.get("follow_up_date"), row.get("date")
    if follow and date and follow <= date:
        return Problem("follow_up_date", "followup_before_visit")
    return None


@_reads("starts_at", "ends_at")
def _training_rule(row: dict) -> Problem | None:
    start, end = row.get("starts_at"), row.get("ends_at")
    if start and end and end < start:
        return Problem("ends_at", "end_before_start")
    return None


@_reads("record_a", "record_b", "kept_id", "status")
def _duplicate_rule(row: dict) -> Problem | None:
    a, b, kept, status = (row.get(k) for k in ("record_a", "record_b", "kept_id", "status"))
    if a is not None and b is not None and not a < b:
        return Problem("record_b", "row_pair_order")
    if kept is not None and kept not in (a, b):
        return Problem("kept_id", "row_pair_kept")
    if status is not None and (status == "same") != (kept is not None):
        return Problem("kept_id", "row_pair_kept")
    return None


ROW_RULES: dict[str, tuple[Callable[[dict], Problem | None], ...]] = {
    "residents": (_resident_rule,),
    "stage_changes": (_stage_rule,),
    "visits": (_visit_rule,),
    "trainings": (_training_rule,),
    "duplicates": (_duplicate_rule,),
}


@dataclass(frozen=True)
class Reference:
    """A column holding another record's id: the caller checks the record exists."""

    column: str
    table: str


@dataclass
class TableRules:
    """The compiled rules of one table: `check(row)` returns its problems.

    For many rows of the same columns (a bundle's part), `plan(columns)` once, then
    `check_values(plan, values)` per row and `check_rules(row)` on those that pass.
    """

    table: str
    checks: dict[str, Callable]
    nullable: frozenset
    data_columns: frozenset
    references: tuple[Reference, ...]
    max_clock: str | None
    rules: tuple = field(default_factory=tuple)

    def plan(self, columns) -> list[tuple[str, Callable, bool]]:
        """(column, value check, may be None) for each of `columns`, in order."""
        return [(c, self.checks.get(c, _value), c in self.nullable) for c in columns]

    def check_values(self, plan: list, values) -> list[Problem]:
        """The problems of each value on its own (type, form, size, code, range)."""
        problems = []
        for (name, fn, nullable), value in zip(plan, values):
            if value is None:
                if not nullable:
                    problems.append(Problem(name, "required"))
                continue
            bad = fn(name, value)
            if bad is not None:
                problems.append(bad)
        return problems

    def check_rules(self, row: Mapping) -> list[Problem]:
        """The problems of values together: clocks in order, CCCD against gender and
        birth year, stages of their track, dates in order."""
        bad = self._clocks(row)
        if bad is not None:
            return [bad]
        for rule in self.rules:
            bad = rule(row)
            if bad is not None:
                return [bad]
        return []

    def check_chunk(self, plan: list, rows: list) -> bool:
        """True when every row of `rows` (value lists in `plan`'s column order) passes
        check_values and check_rules; False when any may not (then check row by row:
        that names the first row at fault). The same checks, a column at a time: each
        distinct value once, a pattern over a column's values joined."""
        if not rows:
            return True
        columns = list(zip(*rows))
        if len(columns) != len(plan):
            return False
        values_of = {}
        for (name, fn, nullable), values in zip(plan, columns):
            values_of[name] = values
            kinds = set(map(type, values))
            if type(None) in kinds:
                if not nullable:
                    return False
                kinds.discard(type(None))
            if not kinds:
                continue
            if len(kinds) > 1:  # (1 and 1.0 are one member of a set: never mix them)
                if any(fn(name, v) is not None for v in values if v is not None):
                    return False
                continue
            distinct = set(values)
            distinct.discard(None)
            batch = getattr(fn, "batch", None)
            if batch is not None and kinds == {fn.kind}:
                if not batch(distinct):
                    return False
            elif any(fn(name, v) is not None for v in distinct):
                return False
        return self._chunk_rules(values_of, len(rows))

    def _chunk_rules(self, values_of: dict, count: int) -> bool:
        created = values_of.get("created_hlc", (None,) * count)
        top = values_of.get("hlc", (None,) * count)
        if any(c is not None and t is not None and c > t for c, t in zip(created, top)):
            return False
        raw = values_of.get("field_hlc")
        if raw is not None:
            for i in (i for i, value in enumerate(raw) if value is not None):
                row = {"created_hlc": created[i], "hlc": top[i], "field_hlc": raw[i]}
                if self._clocks(row) is not None:
                    return False
        missing = (None,) * count
        for rule in self.rules:
            reads = getattr(rule, "reads", None)
            if reads is None:  # a rule that does not say what it reads sees whole rows
                reads = tuple(values_of)
            seen = set(zip(*(values_of.get(c, missing) for c in reads)))
            if any(rule(dict(zip(reads, combo))) is not None for combo in seen):
                return False
        return True

    def check(self, row: Mapping) -> list[Problem]:
        """Every problem of `row` (a dict of stored column values), or []."""
        return self.check_values(self.plan(row), row.values()) or self.check_rules(row)

    def _clocks(self, row: Mapping) -> Problem | None:
        created, top = row.get("created_hlc"), row.get("hlc")
        if created is not None and top is not None and created > top:
            return Problem("hlc", "row_clock_order")
        raw = row.get("field_hlc")
        if raw is None:
            return None
        try:
            clocks = json.loads(raw)
        except (ValueError, RecursionError):
            return Problem("field_hlc", "row_field_hlc")
        if not isinstance(clocks, dict):
            return Problem("field_hlc", "row_field_hlc")
        for name, clock in clocks.items():
            if name not in self.data_columns or type(clock) is not str \
                    or not ROW_CLOCK_RE.match(clock):
                return Problem("field_hlc", "row_field_hlc")
            if (created is not None and clock < created) or (top is not None and clock > top):
                return Problem("field_hlc", "row_clock_order")
            if self.max_clock is not None and clock > self.max_clock:
                return Problem("field_hlc", "row_clock_ahead")
        return None


def rules_for(table: str, schema: Iterable[tuple[str, bool]] | None = None,
              bounds: Bounds | None = None) -> TableRules:
    """Compile the rules of `table`.

    `schema` lists the table's stored columns as (name, not_null) (from PRAGMA
    table_info); a NOT NULL column refuses None even where the form has a default.
    Without it, the described columns are used and only required fields refuse None.
    """
    bounds = bounds or Bounds(dt.date(9999, 12, 31))
    described = table_columns(table)
    checks = _system_checks(bounds)
    nullable = {"actor_id", "field_hlc"}
    for col in described.values():
        checks[col.name] = _value_check(col, bounds)
        if not col.required:
            nullable.add(col.name)
    if schema is not None:
        for name, not_null in schema:
            if name in SYSTEM:
                continue
            if not_null:
                nullable.discard(name)
            elif name not in described:
                nullable.add(name)
    data = frozenset(set(described) | {"deleted"} | {n for n, _ in (schema or ())
                                                     if n not in SYSTEM})
    refs = tuple(Reference(c.name, c.ref) for c in described.values() if c.type == "ref")
    max_clock = bounds.max_clock
    if max_clock is None:
        max_clock = f"{MAX_WALL_MS:015d}.99999.ffffffffffffffff"
    rules = tuple(_cccd_rule(c.name) for c in described.values() if c.type == "cccd")
    return TableRules(table, checks, frozenset(nullable), data - {"rev"}, refs, max_clock,
                      rules + ROW_RULES.get(table, ()))


def check_row(table: str, row: Mapping, bounds: Bounds | None = None) -> list[Problem]:
    """The problems of one stored row (compiles the rules: for one-off checks)."""
    return rules_for(table, bounds=bounds).check(row)


def undescribed(table: str, columns: Iterable[str]) -> list[str]:
    """Stored columns of `table` that no rule describes (they get the generic check)."""
    described = table_columns(table)
    return [c for c in columns if c not in described and c not in SYSTEM and c != "rev"]
