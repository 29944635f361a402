"""Applying one bundle's rows: every row checked, then merged, inside one transaction.

For each part, in an order where referenced tables come first, rows stream in
chunks. Each row must pass the stored-row rules of its table (desktop/domain/rows.py:
types, codes, CCCD, phone, stages, dates, lengths, clocks within the tolerance),
belong to the sender (ownership below) and name only records that exist, here or
earlier in the same bundle (earlier parts are already written in this transaction).
Then it merges (desktop/sync/merge.py). The first row that fails raises
BundleRefused naming the table, the row id and the rule; the caller's transaction
rolls back, so the record tables are as before.

Ownership, on a hub merging a laptop's bundle (the sender's enrolled commune C):
a row must carry C; no new record may claim the hub created it; a record that exists
here keeps its commune and its creation clock; a record of the hub's own kinds
(changes.HUB_TABLES) that the hub created changes only on the hub (an unchanged echo
from an older laptop is skipped), while what a hub's correction added to C's other
records is C's to change; a duplicate-CCCD entry must pair two residents of C. On a
laptop merging its hub's reference bundle: rows of its own commune, or hub records.
"""

import json
from array import array
from dataclasses import dataclass
from operator import itemgetter

from desktop.domain.errors import Problem
from desktop.domain.rows import Bounds, TableRules, rules_for
from desktop.domain.stored_values import is_hub_code, may_name
from desktop.sync.changes import CHUNK_ROWS, HUB_TABLES, iter_ids, iter_rows
from desktop.sync.container import BundleRefused, Limits, refuse
from desktop.sync.duplicates import pair_id, queue_duplicates
from desktop.sync.merge import canonical_clocks, merge_rows

_LOOKUP = 500
# ids remembered with their commune, all tables together: the records a commune's rows
# name (100k visits: 6k households, 20k residents, 100k visits), about 30 MB at most
_CACHE_MAX = 150_000


@dataclass(frozen=True)
class Sender:
    """Who the rows come from, as far as ownership goes."""

    device_id: str
    commune: str            # a hub: the sender's enrolled commune; a laptop: its own
    to_hub: bool            # True when a hub merges a laptop's bundle
    hub_device: str | None  # the hub's device id (records it created name it)


class BundleMerge:
    """The merge of one bundle's parts into the open transaction `tx`."""

    def __init__(self, tx, sender: Sender, bounds: Bounds, limits: Limits, bundle_id: str,
                 schemas: dict, tolerance_hours: int):
        self.tx = tx
        self.conn = tx.conn
        self.sender = sender
        self.bounds = bounds
        self.limits = limits
        self.bundle_id = bundle_id
        self.schemas = schemas
        self.tolerance_hours = tolerance_hours
        self.totals = {"new": 0, "updated": 0, "unchanged": 0, "conflicting": 0,
                       "duplicate": 0}
        self.max_clock: str | None = None
        self._known: dict[str, dict[str, str]] = {}  # table -> id -> commune (cache)
        # only records that rows can name are worth remembering (a duplicate-CCCD
        # entry names two residents)
        self._named = {ref.table for t in schemas for ref in rules_for(t).references}
        self._named.add("residents")
        self._cached = 0
        self._stage: tuple[str, str] | None = None  # (TEMP table, its columns)

    # --- one part -------------------------------------------------------------------
    def part(self, table: str, entry: dict, data) -> None:
        """Check and merge every row of one part.

        A chunk whose rows all pass (`TableRules.check_chunk`), all belong to the
        sender and all name records of their commune is checked column by column,
        and its rows new here are inserted as they came, in one statement; rows of
        records already here are merged one by one. Where a chunk may hold a fault,
        its rows are checked one by one instead, so the refusal names the first row
        at fault just as before."""
        schema = self.schemas[table]
        rules = rules_for(table, [(n, nn) for n, nn, _ in schema], self.bounds)
        columns = entry["columns"]
        plan = rules.plan(columns)
        local_cols = [n for n, _, _ in schema] + ["rev"]
        at = {c: i for i, c in enumerate(columns)}
        seen = _SeenIds(entry["rows"])
        for chunk in iter_rows(data, entry, self.limits, CHUNK_ROWS):
            if not rules.check_chunk(plan, chunk):
                for values in chunk:  # the first row at fault names the refusal
                    row = dict(zip(columns, values))
                    self._check(table, rules, row, rules.check_values(plan, values)
                                or rules.check_rules(row))
            top = max(values[at["hlc"]] for values in chunk)
            if self.max_clock is None or top > self.max_clock:
                self.max_clock = top
            ids = [values[at["id"]] for values in chunk]
            seen.add_all(ids)
            local = self._local(table, ids)
            fresh = [values for values in chunk if values[at["id"]] not in local]
            if (table == "duplicates" or len(set(ids)) != len(ids) or not self._owned(fresh, at)
                    or not self._references_fast(rules, chunk, at)):
                rows = [dict(zip(columns, values)) for values in chunk]
                echoes = self._ownership(table, rows, local)
                self._references(table, rules, rows)
                self._merge_chunk(table, columns, local_cols, rows, local, echoes)
                continue
            older = [dict(zip(columns, values)) for values in chunk
                     if values[at["id"]] in local]
            echoes = self._ownership(table, older, local)
            self._merge_fresh(table, columns, at, fresh, local)
            if older:
                self._merge_chunk(table, columns, local_cols, older, local, echoes)
        self._drop_stage()
        self._refuse_duplicate_ids(table, entry, data, seen.repeated())

    def _owned(self, fresh: list, at: dict) -> bool:
        """True when every row of records new here belongs to the sender: its commune
        (a laptop also takes the hub's own), and on a hub none claims the hub made it."""
        s = self.sender
        communes = {values[at["commune_code"]] for values in fresh}
        if s.to_hub:
            if communes - {s.commune}:
                return False
            created = at["created_hlc"]
            return not any(values[created][22:] == s.hub_device for values in fresh)
        return all(c == s.commune or is_hub_code(c) for c in communes)

    def _references_fast(self, rules: TableRules, chunk: list, at: dict) -> bool:
        """True when every id the chunk's rows name exists (here, or earlier in this
        bundle) and belongs to the row's commune or to a hub."""
        commune = at["commune_code"]
        for ref in rules.references:
            if ref.column not in at:
                continue
            col = at[ref.column]
            pairs = {(values[col], values[commune]) for values in chunk}
            known = self._lookup(ref.table, {t for t, _ in pairs if t is not None})
            for target, code in pairs:
                if target is None:
                    continue
                found = known.get(target)
                if found is None or not may_name(code, found):
                    return False
        return True

    def _merge_fresh(self, table: str, columns: list[str], at: dict, fresh: list,
                     local: dict) -> None:
        """Insert the rows of records new here: as they came when they carry no field
        clocks (the merge of a new record is the record), else in canonical form."""
        rev = self.tx.stamp.rev
        clocks = at.get("field_hlc")
        plain = [(*values, rev) for values in fresh if clocks is None or not values[clocks]]
        if clocks is not None:
            created, top = at["created_hlc"], at["hlc"]
            for values in fresh:
                if values[clocks]:
                    row = [*values, rev]
                    row[clocks], row[top] = canonical_clocks(values[clocks], values[created],
                                                             values[top])
                    plain.append(tuple(row))
        self._flush(table, columns, [], plain, [], staged=True)
        self.totals["new"] += len(fresh)
        ids = [values[at["id"]] for values in fresh]
        self._remember(table, zip(ids, (values[at["commune_code"]] for values in fresh)))
        if table == "residents" and ids:
            self.totals["duplicate"] += queue_duplicates(self.tx, ids)

    def _check(self, table: str, rules: TableRules, row: dict, problems: list) -> None:
        """Refuse the bundle at the first row with a problem; note the largest clock."""
        if not problems:
            top = row["hlc"]
            if self.max_clock is None or top > self.max_clock:
                self.max_clock = top
            return
        first = problems[0]
        rid = row.get("id") if isinstance(row.get("id"), str) else "?"
        if first.code == "row_clock_ahead":
            raise refuse("bundle_clock_ahead", device=self.sender.device_id,
                         hours=self.tolerance_hours, table=table, id=rid[:40])
        raise BundleRefused([Problem(None, "bundle_invalid_row",
                                     {"table": table, "id": rid[:40], "column": first.field,
                                      "rule": first.code}), first])

    def _refuse_duplicate_ids(self, table: str, entry: dict, data, suspects: set) -> None:
        """Two rows with one id in a part: ids whose hash was seen twice are suspects;
        a second reading of the part tells a real repeat from a hash collision."""
        if not suspects:
            return
        found: set[str] = set()
        for rid in iter_ids(data, entry, self.limits):
            if hash(rid) in suspects:
                if rid in found:
                    raise refuse("bundle_duplicate_id", table=table, id=rid[:40])
                found.add(rid)

    # --- references -------------------------------------------------------------------
    def _references(self, table: str, rules: TableRules, rows: list[dict]) -> None:
        """Every id a row names exists (here, or written earlier from this bundle) and
        belongs to the row's commune or to a hub."""
        for ref in rules.references:
            wanted = {row[ref.column] for row in rows if row.get(ref.column) is not None}
            known = self._lookup(ref.table, wanted)
            for row in rows:
                target = row.get(ref.column)
                if target is None:
                    continue
                commune = known.get(target)
                if commune is None:
                    raise refuse("bundle_missing_reference", table=table, id=row["id"],
                                 column=ref.column, target=ref.table)
                if not may_name(row["commune_code"], commune):
                    raise refuse("bundle_foreign_reference", table=table, id=row["id"],
                                 column=ref.column, found=commune)

    def _remember(self, table: str, pairs) -> None:
        """Keep (id, commune) pairs for later lookups, within a bounded memory: a batch
        that would pass the bound empties the cache first (lookups then ask the
        database). Updated a batch at a time, in C, not pair by pair."""
        if table not in self._named:
            return
        pairs = pairs if isinstance(pairs, list) else list(pairs)
        if self._cached + len(pairs) > _CACHE_MAX:
            for kept in self._known.values():
                kept.clear()
            self._cached = 0
        cache = self._known.setdefault(table, {})
        before = len(cache)
        cache.update(pairs)
        self._cached += len(cache) - before

    def _lookup(self, table: str, ids: set[str]) -> dict[str, str]:
        cache = self._known.setdefault(table, {})
        found = {i: cache[i] for i in ids if i in cache}
        missing = [i for i in ids if i not in found]
        for start in range(0, len(missing), _LOOKUP):
            batch = missing[start:start + _LOOKUP]
            marks = ", ".join("?" for _ in batch)
            rows = self.conn.execute(f"SELECT id, commune_code FROM {table} WHERE id IN ({marks})",
                                     batch).fetchall()
            found.update(rows)
            self._remember(table, rows)
        return found

    # --- ownership and merge ---------------------------------------------------------
    def _owner_problem(self, table: str, row: dict, current: dict | None) -> str | None:
        """Why this row may not touch this record, or None. "skip" for an unchanged
        echo of a hub record (decided after planning the merge)."""
        s = self.sender
        code = row["commune_code"]
        if s.to_hub:
            if code != s.commune:
                return "hub_echo" if is_hub_code(code) and current is not None else "foreign"
            if current is None and row["created_hlc"][22:] == s.hub_device:
                return "hub_owned"
        elif code != s.commune and not is_hub_code(code):
            return "foreign"
        if current is not None:
            if current["commune_code"] != code:
                return "foreign"
            if current["created_hlc"] != row["created_hlc"]:
                return "creation"
            if s.to_hub and table in HUB_TABLES and current["created_hlc"][22:] == s.hub_device:
                return "hub_echo"
        return None

    def _refuse_owner(self, why: str, table: str, row: dict, current: dict | None):
        found = current["commune_code"] if current is not None else row["commune_code"]
        if why == "foreign":
            return refuse("bundle_foreign_rows", ours=self.sender.commune, found=found,
                          table=table, id=row["id"])
        if why == "creation":
            return refuse("bundle_creation_changed", table=table, id=row["id"])
        return refuse("bundle_hub_owned", table=table, id=row["id"])

    def _pair(self, row: dict) -> None:
        """A duplicate-CCCD entry: its id is the pair's, both residents are the
        sender's (or, on a laptop, its commune's)."""
        if row["id"] != pair_id(row["table_name"], row["record_a"], row["record_b"]):
            raise refuse("bundle_invalid_pair", id=row["id"])
        known = self._lookup("residents", {row["record_a"], row["record_b"]})
        for rid in (row["record_a"], row["record_b"]):
            if known.get(rid) != self.sender.commune:
                raise refuse("bundle_foreign_rows", ours=self.sender.commune,
                             found=known.get(rid), table="duplicates", id=row["id"])

    def _local(self, table: str, ids: list[str]) -> dict[str, dict]:
        """The records of this chunk as they are here (none for new ones)."""
        cur = self.conn.execute(f"SELECT * FROM {table} WHERE id IN "
                                f"({', '.join('?' for _ in ids)})", ids)
        names = [d[0] for d in cur.description]
        return {r[0]: dict(zip(names, r)) for r in cur.fetchall()}

    def _ownership(self, table: str, rows: list[dict], local: dict) -> set[str]:
        """Refuse rows the sender may not write; return the ids of hub-record echoes."""
        echoes = set()
        for row in rows:
            current = local.get(row["id"])
            why = self._owner_problem(table, row, current)
            if why == "hub_echo":
                echoes.add(row["id"])
            elif why is not None:
                raise self._refuse_owner(why, table, row, current)
            if table == "duplicates":
                self._pair(row)
        return echoes

    def _merge_chunk(self, table: str, columns: list[str], local_cols: list[str],
                     rows: list[dict], local: dict, echoes: set[str]) -> None:
        conn, stamp, totals = self.conn, self.tx.stamp, self.totals
        pick = itemgetter(*columns) if len(columns) > 1 else (lambda r: (r[columns[0]],))
        inserts: list[tuple] = []
        updates: list[dict] = []
        losses: list[tuple] = []
        written: list[str] = []
        for row in rows:
            rid = row["id"]
            current = local.get(rid)
            if current is None and not row.get("field_hlc"):
                inserts.append((*pick(row), stamp.rev))  # new here
                local[rid] = {**row, "rev": stamp.rev}
                totals["new"] += 1
                written.append(rid)
                continue
            outcome = merge_rows(current, row)
            if rid in echoes:
                if outcome.row is not None or any(x.incoming_lost for x in outcome.losses):
                    raise self._refuse_owner("hub_owned", table, row, current)
                totals["unchanged"] += 1
                continue
            totals[outcome.status] += 1
            for loss in outcome.losses:
                losses.append((stamp.at, self.bundle_id, table, rid, loss.field,
                               _text(loss.kept_value), loss.kept_hlc, _text(loss.lost_value),
                               loss.lost_hlc, loss.lost_hlc[22:]))
            if outcome.row is not None:
                merged = {**outcome.row, "rev": stamp.rev}
                local[rid] = merged
                if current is None:
                    inserts.append(tuple(merged.get(c) for c in columns) + (stamp.rev,))
                else:
                    updates.append(merged)
                written.append(rid)
        self._flush(table, columns, local_cols, inserts, updates)
        self._remember(table, ((rid, local[rid]["commune_code"]) for rid in written))
        if losses:
            conn.executemany(
                "INSERT INTO sync_conflicts(at, bundle_id, table_name, record_id, field, "
                "kept_value, kept_hlc, lost_value, lost_hlc, lost_device) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", losses)
        if table == "residents" and written:
            totals["duplicate"] += queue_duplicates(self.tx, written)

    def _flush(self, table, columns, local_cols, inserts, updates, staged=False) -> None:
        """Write merged rows: `inserts` (value tuples in `columns` order, then rev) and
        `updates` (dicts). With `staged`, the inserts go through a TEMP table and one
        INSERT … SELECT (see _insert_staged)."""
        if inserts and staged:
            self._insert_staged(table, columns, inserts)
        elif inserts:
            cols = [*columns, "rev"]
            self.conn.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES "
                                  f"({', '.join('?' for _ in cols)})", inserts)
        if updates:
            cols = [c for c in local_cols if c != "id"]
            self.conn.executemany(
                f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in cols)} WHERE id = ?",
                [tuple(u.get(c) for c in cols) + (u["id"],) for u in updates])


    def _insert_staged(self, table: str, columns: list[str], rows: list[tuple]) -> None:
        """Insert `rows` into `table` by way of an index-free TEMP table: one
        statement then writes them all. Row by row, SQLite starts the INSERT afresh
        for each row, with a descent of every index and the (paused) triggers' check;
        one INSERT … SELECT keeps its cursors where the previous row left them (a
        third less CPU for visits). The rows land in the same order, with the same
        values and affinities: the TEMP table's columns have none of their own."""
        cols = ", ".join([*columns, "rev"])
        stage = f"merge_stage_{table}"
        if self._stage != (stage, cols):
            self._drop_stage()
            self.conn.execute(f"CREATE TEMP TABLE {stage} ({cols})")
            self._stage = (stage, cols)
        self.conn.executemany(f"INSERT INTO temp.{stage} ({cols}) VALUES "
                              f"({', '.join('?' for _ in rows[0])})", rows)
        self.conn.execute(f"INSERT INTO main.{table} ({cols}) SELECT {cols} FROM temp.{stage}")
        self.conn.execute(f"DELETE FROM temp.{stage}")

    def _drop_stage(self) -> None:
        """Drop the TEMP table of the last part staged (it lives until the connection
        closes otherwise); a rolled-back merge takes it away with the transaction."""
        if self._stage is not None:
            self.conn.execute(f"DROP TABLE IF EXISTS temp.{self._stage[0]}")
            self._stage = None


class _SeenIds:
    """The ids of a part, remembered in a fixed bitmap of their hashes (at most 32 MB,
    however many rows) and the list of the hashes themselves (8 bytes a row: 16 MB
    at the 2M-row cap). An id whose bit is already set becomes a suspect; the bitmap
    has false alarms (about one id in forty), so `repeated` keeps the suspects whose
    very hash came twice: only a repeated id, or two ids of one 64-bit hash, makes
    the part worth reading again."""

    def __init__(self, rows: int):
        bits = 1 << 16
        while bits < 32 * rows and bits < 1 << 28:
            bits <<= 1
        self.mask = bits - 1
        self.bitmap = bytearray(bits >> 3)
        self.suspects: set[int] = set()
        self.hashes = array("q")

    def add(self, rid: str) -> None:
        """Remember one id."""
        self.add_all([rid])

    def add_all(self, ids: list[str]) -> None:
        """`add` each of `ids`."""
        bitmap, mask, suspects = self.bitmap, self.mask, self.suspects
        hashes = list(map(hash, ids))
        self.hashes.extend(hashes)
        for h in hashes:
            spot = h & mask
            byte, bit = spot >> 3, 1 << (spot & 7)
            if bitmap[byte] & bit:
                suspects.add(h)
            else:
                bitmap[byte] |= bit

    def repeated(self) -> set[int]:
        """The suspects whose hash was seen more than once."""
        suspects = self.suspects
        counts: dict[int, int] = {}
        for h in self.hashes if suspects else ():
            if h in suspects:
                counts[h] = counts.get(h, 0) + 1
        return {h for h, n in counts.items() if n > 1}


def _text(value) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)
