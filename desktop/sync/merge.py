"""Pure merge planning: field-level last-writer-wins by hybrid logical clock.

Every field of a record carries a clock (`field_hlc.get(field, created_hlc)`). Two
versions of a record merge field by field: the later clock wins; equal clocks (the
same change seen twice) keep the value, and in the impossible case of equal clocks
with different values the larger JSON text wins, so the result never depends on
order. Each field is thus a max over a total order, which makes merging idempotent,
commutative and associative. `deleted` is an ordinary field: a tombstone wins over
every older edit and only a later explicit undelete revives a record.

A value that loses is kept for a person's review when it was an edit (not the value
the record was created with) made on another device than the winner's: a device's
own edits are ordered, so its older value losing to its newer one (an old bundle
arriving late) is no conflict, and editing a record someone else created is normal
work. Two devices editing the same field are always reported; so, without version
vectors, is an edit that followed another device's edit of that field.

Row-level metadata (hlc, updated_at, device_id, actor_id) comes from the version with
the latest row clock; creation metadata from the version with the earliest
`created_hlc` (the importer refuses a version whose creation differs, so in practice
both agree). A record's commune is fixed when it is created: the local one is kept. `field_hlc` is stored canonically: only fields whose clock differs
from `created_hlc`, as sorted JSON, or NULL.
"""

import json
from dataclasses import dataclass, field

from desktop.domain.hlc import is_clock

# Columns that describe the record rather than hold its data.
SYSTEM_COLUMNS = frozenset(("id", "commune_code", "created_at", "updated_at", "device_id",
                            "actor_id", "created_hlc", "hlc", "field_hlc", "rev"))
ROW_META = ("hlc", "updated_at", "device_id", "actor_id")
CREATION_META = ("created_hlc", "created_at")


class BadRow(ValueError):
    """A row whose field clocks are malformed (the importer checks every row first,
    with desktop/domain/rows.py, so a bundle never gets here with one)."""


@dataclass(frozen=True)
class Loss:
    """One value that lost a merge, kept for review."""

    field: str
    kept_value: object
    kept_hlc: str
    lost_value: object
    lost_hlc: str
    incoming_lost: bool  # True if the bundle's value lost to the local one


@dataclass
class Outcome:
    """The plan for one incoming record."""

    status: str  # "new", "updated", "unchanged" or "conflicting"
    row: dict | None  # the merged row to write, None if nothing changes
    losses: list[Loss] = field(default_factory=list)


def field_clocks(row: dict) -> dict:
    """The parsed `field_hlc` of a row (only fields changed after creation)."""
    raw = row.get("field_hlc")
    if not raw:
        return {}
    try:
        clocks = json.loads(raw)
    except (TypeError, ValueError, RecursionError):
        raise BadRow("field_hlc is not JSON") from None
    if not isinstance(clocks, dict) or not all(
            isinstance(k, str) and is_clock(v) for k, v in clocks.items()):
        raise BadRow("field_hlc is not a map of clocks")
    return clocks


def canonical_field_hlc(clocks: dict, created: str) -> str | None:
    """The stored form of field clocks: sorted JSON of those after creation, or None."""
    kept = {k: v for k, v in clocks.items() if v != created}
    return json.dumps(kept, sort_keys=True) if kept else None


def canonical(row: dict) -> dict:
    """`row` with its field clocks in canonical form (used for new records)."""
    if not field_clocks(row):
        return row if row.get("field_hlc") is None else {**row, "field_hlc": None}
    field_hlc, top = canonical_clocks(row["field_hlc"], row["created_hlc"], row["hlc"])
    return {**row, "field_hlc": field_hlc, "hlc": top}


def canonical_clocks(field_hlc: str | None, created: str, hlc: str) -> tuple[str | None, str]:
    """(field_hlc, hlc) of a new record in canonical form: the field clocks after its
    creation as sorted JSON (or None), and its row clock at least the latest of them.
    The values alone, for a merge that holds rows as value lists."""
    clocks = field_clocks({"field_hlc": field_hlc})
    if not clocks:
        return None, hlc
    return canonical_field_hlc(clocks, created), max([hlc, *clocks.values()])


def _device(clock: str) -> str:
    return clock[22:]


def _value_key(value) -> str:
    return json.dumps(value, sort_keys=True)


def merge_rows(local: dict | None, incoming: dict) -> Outcome:
    """Plan the merge of one incoming version of a record into the local one."""
    if local is None:
        return Outcome("new", canonical(incoming))
    lc, ic = field_clocks(local), field_clocks(incoming)
    l_created, i_created = local["created_hlc"], incoming["created_hlc"]
    merged = dict(local)
    clocks = {}
    losses = []
    for name in local.keys() | incoming.keys():
        if name in SYSTEM_COLUMNS:
            continue
        if name not in incoming:
            clocks[name] = lc.get(name, l_created)
            continue
        if name not in local:
            merged[name] = incoming[name]
            clocks[name] = ic.get(name, i_created)
            continue
        a_clock, a_value = lc.get(name, l_created), local[name]
        b_clock, b_value = ic.get(name, i_created), incoming[name]
        incoming_wins = b_clock > a_clock or (
            b_clock == a_clock and a_value != b_value and _value_key(b_value) > _value_key(a_value))
        if incoming_wins:
            merged[name], clocks[name] = b_value, b_clock
            if a_value != b_value and a_clock != l_created and _device(a_clock) != _device(b_clock):
                losses.append(Loss(name, b_value, b_clock, a_value, a_clock, False))
        else:
            clocks[name] = a_clock
            if a_value != b_value and b_clock != i_created and _device(a_clock) != _device(b_clock):
                losses.append(Loss(name, a_value, a_clock, b_value, b_clock, True))
    first = incoming if i_created < l_created else local
    for name in CREATION_META:
        merged[name] = first.get(name)
    merged["commune_code"] = local.get("commune_code")
    latest = incoming if incoming["hlc"] > local["hlc"] else local
    for name in ROW_META:
        if name in latest:
            merged[name] = latest[name]
    top = max([merged["hlc"], *clocks.values()])
    merged["hlc"] = top
    merged["field_hlc"] = canonical_field_hlc(clocks, merged["created_hlc"])
    if all(merged.get(k) == local.get(k) for k in merged if k != "rev"):
        status = "conflicting" if any(x.incoming_lost for x in losses) else "unchanged"
        return Outcome(status, None, losses)
    status = "conflicting" if any(x.incoming_lost for x in losses) else "updated"
    return Outcome(status, merged, losses)
