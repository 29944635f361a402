"""A stored value of one column, checked as a form save would have stored it.

The check of each field type (`STORED_RULES`, one per type of
desktop/domain/fieldtypes.py) and of the system columns every record table has
(`system_checks`), for desktop/domain/rows.py, which puts them together per table
with the rules that read several columns. Each check carries, where it has one, a
faster test of a whole set of distinct values (`batch`, see rows.TableRules.check_chunk).
Pure: no SQL, no Qt.
"""

import datetime as dt
import json
import math
import re
import unicodedata
from dataclasses import dataclass
from typing import Callable

from desktop.domain.cccd import check_cccd
from desktop.domain.dates import check_birth, parse_date
from desktop.domain.errors import Problem
from desktop.domain.phone import normalise_phone

# Caps on stored values: far above anything typed in a commune, low enough that no
# row can carry a document. Bytes are UTF-8 bytes.
NAME_BYTES = 512        # names, titles, places, hamlet and unit names, search keys
TEXT_BYTES = 8192       # free text: notes, addresses, topics, partners
JSON_BYTES = 16384      # field clocks and per-service counts
COUNT_MAX = 10_000_000  # a count of people or services
INT_MAX = 2 ** 63 - 1   # what SQLite stores in an INTEGER

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


def is_hub_code(code) -> bool:
    """True for the commune code a hub's own records carry (province, or "hub")."""
    return isinstance(code, str) and HUB_CODE_RE.match(code) is not None


def may_name(owner: str | None, target: str | None) -> bool:
    """Whether a record of commune `owner` may name (by a reference) a record of
    commune `target`: one of its own commune, or one of a hub (the province's
    trainings). A merge refuses a row that names any other (desktop/sync/apply.py), so
    a save refuses it too: on a hub, where every commune's "Thôn 1" is at hand."""
    return target == owner or is_hub_code(target)


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


def any_value(col, v):
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


def value_check(column: Column, bounds: Bounds) -> Callable:
    """The check of one described column's stored values."""
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


def system_checks(bounds: Bounds) -> dict[str, Callable]:
    """The checks of the system columns (rows.SYSTEM), by column."""
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
