"""Who is who: when a row is the same person as a recorded one, and when it only
might be.

Namesakes are common (Nguyễn is about 38% of surnames, Văn and Thị fill the middle
names), so a name alone never makes two rows one person:

- the same CCCD, or the same phone, when the row has one, is the same person;
- otherwise the exact name with its diacritics ("Hà" is not "Hạ") plus what places
  the person: the unit, position and bridge point of an attendee, the birth year and
  household of a resident, the hamlet of a household or a team member;
- a row whose name matches ignoring diacritics and case, or within one edit, with the
  rest agreeing, only *might* be the same: it is kept apart and shown to a person with
  the record it resembles (import preview, `--dry-run`, the form, the duplicates queue).
"""

from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from desktop.domain.kinds import name_key


@dataclass(frozen=True)
class Match:
    """A recorded row that a new one is ("same") or might be ("maybe")."""

    verdict: str  # "same" or "maybe"
    record_id: str
    name: str


def close_names(key_a: str, key_b: str) -> bool:
    """Search keys (desktop/domain/text.search_key) alike, or within one edit."""
    return key_a == key_b or Levenshtein.distance(key_a, key_b, score_cutoff=1) <= 1


def _pick(candidates, name: str, same_rest, maybe_rest=None) -> Match | None:
    """The best match among (id, name, name key, *rest) candidates for `name`: the
    same person needs the exact name and `same_rest`; a look-alike a close name and
    `maybe_rest` (default: `same_rest`)."""
    key = name_key(name)
    maybe_rest = maybe_rest or same_rest
    maybe = None
    for rid, other, other_key, *rest in candidates:
        if other == name and same_rest(rest):
            return Match("same", rid, other)
        if maybe is None and close_names(other_key, key) and maybe_rest(rest):
            maybe = Match("maybe", rid, other)
    return maybe


def _by_number(row, name: str, maybe: bool = True) -> Match | None:
    """A recorded row with the same CCCD or phone: the same person when the names
    agree (within one edit); with another name, a person decides (or, for a CCCD, the
    save refuses it)."""
    rid, other, other_key = row
    if close_names(other_key, name_key(name)):
        return Match("same", rid, other)
    return Match("maybe", rid, other) if maybe else None


def find_person(conn, kind: str, values: dict, own_id: str | None = None) -> Match | None:
    """The recorded household, resident, member or attendee that `values` (cleaned
    column values of a new row) is, or might be; None if nobody."""
    other = own_id or ""
    if kind == "resident":
        if values.get("cccd"):
            row = conn.execute("SELECT id, full_name, full_name_key FROM live_residents "
                               "WHERE cccd = ? AND id != ? LIMIT 1",
                               (values["cccd"], other)).fetchone()
            if row:  # another name on the same number is refused when it is saved
                return _by_number(row, values["full_name"], maybe=False)
        year = values.get("birth_year")
        return _pick(conn.execute(
            "SELECT id, full_name, full_name_key, household_id FROM live_residents "
            "WHERE hamlet_id = ? AND birth_year IS ? AND id != ?",
            (values.get("hamlet_id"), year, other)),
            # the same person lives in the same household; a look-alike anywhere in the hamlet
            values["full_name"], lambda rest: rest[0] == values.get("household_id"),
            lambda rest: True)
    if kind in ("household", "member"):
        table, name = ("live_households", "head_name") if kind == "household" \
            else ("live_members", "full_name")
        if values.get("phone"):
            row = conn.execute(f"SELECT id, {name}, {name}_key FROM {table} WHERE phone = ? "
                               "AND id != ? LIMIT 1", (values["phone"], other)).fetchone()
            if row:
                return _by_number(row, values[name])
        return _pick(conn.execute(
            f"SELECT id, {name}, {name}_key, phone FROM {table} WHERE hamlet_id IS ? AND id != ?",
            (values.get("hamlet_id"), other)),
            values[name], lambda rest: not (rest[0] and values.get("phone")))
    if kind == "attendance":
        if values.get("phone"):
            row = conn.execute("SELECT id, full_name, full_name_key FROM live_attendance "
                               "WHERE training_id = ? AND phone = ? AND id != ? LIMIT 1",
                               (values["training_id"], values["phone"], other)).fetchone()
            if row:
                return _by_number(row, values["full_name"])
        # the same place (unit, position, bridge point) is part of who an attendee is
        return _pick(conn.execute(
            "SELECT id, full_name, full_name_key, phone FROM live_attendance "
            "WHERE training_id = ? AND unit IS ? AND position IS ? AND bridge_point_id IS ? "
            "AND id != ?", (values["training_id"], values.get("unit"), values.get("position"),
                            values.get("bridge_point_id"), other)),
            values["full_name"], lambda rest: not (rest[0] and values.get("phone")))
    return None


def _deletions(key: str) -> set[str]:
    """The key and every string one character shorter: two keys within one edit of each
    other (an insertion, a deletion or a substitution) always share one of these."""
    return {key, *(key[:i] + key[i + 1:] for i in range(len(key)))}


def likely_pairs(conn, commune: str | None = None) -> list[tuple[str, str]]:
    """Sorted (id, id) of live residents who may be one person recorded twice: names
    alike ignoring diacritics and case or within one edit, the same birth year, the
    same hamlet, and no two different CCCDs to tell them apart.

    Computed from the records as they are, never stored by a merge (a stored pair
    would depend on the order bundles arrive in); a person's decision about a pair is
    stored, as a duplicates-queue entry (desktop/sync/duplicates.py)."""
    where, params = ("AND commune_code = ?", (commune,)) if commune else ("", ())
    rows = conn.execute(
        "SELECT id, full_name_key, cccd, hamlet_id, birth_year FROM live_residents "
        f"WHERE birth_year IS NOT NULL AND full_name_key != '' {where} "
        "ORDER BY hamlet_id, birth_year", params)
    pairs: set[tuple[str, str]] = set()
    group, place = [], None
    for rid, key, cccd, hamlet, year in [*rows, (None, None, None, None, None)]:
        if (hamlet, year) != place:
            pairs.update(_alike_in(group))
            group, place = [], (hamlet, year)
        if rid is not None:
            group.append((rid, key, cccd))
    return sorted(pairs)


def _alike_in(group: list[tuple[str, str, str | None]]) -> set[tuple[str, str]]:
    """Look-alike pairs among the residents of one hamlet and birth year."""
    by_variant: dict[str, list[int]] = {}
    for index, (_, key, _) in enumerate(group):
        for variant in _deletions(key):
            by_variant.setdefault(variant, []).append(index)
    found = set()
    for members in by_variant.values():
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                (ida, ka, ca), (idb, kb, cb) = group[a], group[b]
                if ca and cb and ca != cb:
                    continue  # two different CCCDs: two people
                if ida != idb and close_names(ka, kb):
                    found.add(tuple(sorted((ida, idb))))
    return found
