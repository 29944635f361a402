"""One stored row of a record table, checked against the rules a form save applies.

A form save checks what a person typed (`kinds.clean_record`) and stores it in a
fixed form: codes for choices, ISO dates, 0/1 for yes/no, a birth year as an integer,
the 10-digit national phone, the 12-digit CCCD, NFC names. This module checks a row
*as stored* (a bundle's row, a restored backup, demo data) against the same rules,
so a value that no form could have saved is refused wherever it comes from.

The rules are data: each table's columns are derived from the kinds registry
(`desktop.domain.kinds`), plus the few stored-only columns listed in STORED, and
compiled once into a `TableRules` per table. The check of each column's stored values
(per field type, and of the system columns) is in desktop/domain/stored_values.py;
this module adds the rules that read several columns of a row. Pure: no SQL, no Qt.

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
from dataclasses import dataclass, field
from typing import Callable, Iterable, Mapping

from desktop.domain.cccd import check_cccd
from desktop.domain.errors import Problem
from desktop.domain.hlc import MAX_WALL_MS
from desktop.domain.kinds import KINDS, Kind
from desktop.domain.stages import TRACKS
from desktop.domain.stored_values import (ROW_CLOCK_RE, Bounds, Column, any_value,
                                          system_checks, value_check)

# Columns every record table has; checked the same way in every table.
SYSTEM = ("id", "commune_code", "created_at", "updated_at", "device_id", "actor_id",
          "created_hlc", "hlc", "field_hlc", "deleted")
ALL_STAGES = tuple(dict.fromkeys(s for stages in TRACKS.values() for s in stages))
DUPLICATE_STATUSES = ("open", "same", "different")

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
        return [(c, self.checks.get(c, any_value), c in self.nullable) for c in columns]

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
    checks = system_checks(bounds)
    nullable = {"actor_id", "field_hlc"}
    for col in described.values():
        checks[col.name] = value_check(col, bounds)
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
