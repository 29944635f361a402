"""Fuzzing the hub with validly signed bundles (issue 11, point 7).

Hypothesis starts from a laptop's real records, signs them with the laptop's real
keys, and mutates the manifest, the parts, the shape of rows and their values. Each
bundle must either be refused with a reason code, the record tables unchanged, or
merge into rows that all pass the stored-row rules, name only records that exist,
and leave the other commune's records alone. Anything else (an unexpected
exception) fails the test.

XASO_FUZZ_EXAMPLES sets the number of examples (default 40, a few seconds); a long
run: XASO_FUZZ_EXAMPLES=10000 pytest tests/sync/test_fuzz.py.
"""

import hashlib
import os
import shutil

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from desktop.domain.clock import FrozenClock
from desktop.domain.hlc import MAX_WALL_MS
from desktop.domain.rows import rules_for
from desktop.services import records
from desktop.sync.changes import SYNC_TABLES, table_schema
from desktop.sync.clocks import import_bounds
from desktop.sync.container import BundleRefused
from desktop.sync.exporter import export_bundle
from desktop.sync.importer import import_bundle, read_file
from hostile import Forger
from tests.logins import copy_database
from tests.moment import NOW

from sync_helpers import COMMUNE_A, COMMUNE_B, link, new_commune, new_hub, record_hash

EXAMPLES = int(os.environ.get("XASO_FUZZ_EXAMPLES", "40"))


def _close(db):
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()


@pytest.fixture(scope="module")
def templates(tmp_path_factory):
    """A hub that merged a bundle from each of two communes, and commune A's laptop."""
    base = tmp_path_factory.mktemp("fuzz")
    hub = new_hub(base / "hub.db")
    a = new_commune(base / "a.db", COMMUNE_A, "may-a")
    b = new_commune(base / "b.db", COMMUNE_B, "may-b")
    for name, db in (("a", a), ("b", b)):
        link(hub, db, base)
        hamlet = records.add(db, "hamlet", {"name": "Thôn Một"})["id"]
        member = records.add(db, "member", {"full_name": "Tổ Viên", "hamlet": hamlet,
                                            "phone": "0912345678"})["id"]
        hh = records.add(db, "household", {"hamlet": hamlet, "head_name": "Nguyễn Văn An",
                                           "phone": "0987654321", "members_count": 3})["id"]
        records.add(db, "resident", {"household": hh, "full_name": "Nguyễn Thị Bình",
                                     "birth": "1990", "gender": "female",
                                     "cccd": "001190000123", "eid_stage": "level1"})
        records.add(db, "visit", {"date": "2026-11-20", "household": hh, "members": [member],
                                  "services": ["vneid_install", "payment"],
                                  "resident_updates": [{"resident": "Nguyễn Thị Bình",
                                                        "eid_stage": "level2_activated"}]})
        records.add(db, "event", {"date": "2026-11-21", "place": "Sân UBND",
                                  "services": {"vneid_install": 12}, "people_served": 40})
        records.add(db, "target", {"year": 2026, "indicator": "eid_level2", "value": 80})
        training = records.add(db, "training", {"title": "Tập huấn", "starts_at": "2026-11-02 08:00",
                                                "bridge_points": ["Hội trường"]})["id"]
        records.add(db, "attendance", {"training": training, "full_name": "Lê Văn Học",
                                       "bridge_point": "Hội trường"})
        import_bundle(hub, read_file(export_bundle(db, base / f"{name}.xaso")["path"]))
    for db in (hub, a, b):
        _close(db)
    return base


def _open(templates, work, name):
    return copy_database(templates / name, work / name, FrozenClock(NOW))


TABLE_NAMES = st.sampled_from([*SYNC_TABLES, "users", "meta", "sync_trust", "../x", ""])
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(-(2 ** 70), 2 ** 70), st.integers(-2, 3000),
    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=30),
    st.integers(8000, 9000).map(lambda n: "ạ" * (n // 3)),  # around the 8 KiB text cap
    st.sampled_from(["", " ", "0912345678", "001190000123", "2026-11-20", "2099-01-01",
                     "2026-11-02T08:00", "level9", "level2_activated", "not_started", "thon",
                     "male", "female", COMMUNE_A, COMMUNE_B, "hub", "91", "eid", "health",
                     "{}", '{"x": 1}', "[]", "Nguye\u0302\u0303n",
                     f"{MAX_WALL_MS:015d}.99999.0123456789abcdef",
                     "000000000000001.00000.0123456789abcdef",
                     "00000000-0000-0000-0000-000000000000"]))
JSONISH = st.recursive(SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)),
    max_leaves=6)
MANIFEST_KEYS = ["format", "schema", "app", "bundle_id", "created_at", "kind", "for_commune",
                 "stream", "seq", "full", "since_rev", "upto_rev", "clock", "rows",
                 "recipients", "parts", "zzz"]
SOURCE_KEYS = ["device_id", "device_name", "role", "commune_code", "sign_public",
               "box_public", "enrollment", "rotations"]
MUTATION = st.one_of(
    st.tuples(st.just("manifest"), st.sampled_from(MANIFEST_KEYS), JSONISH),
    st.tuples(st.just("drop"), st.sampled_from(MANIFEST_KEYS)),
    st.tuples(st.just("source"), st.sampled_from(SOURCE_KEYS), JSONISH),
    st.tuples(st.just("table"), st.integers(0, 20), TABLE_NAMES),
    st.tuples(st.just("entry"), st.integers(0, 20),
              st.sampled_from(["rows", "raw_bytes", "bytes", "encoding", "columns"]), JSONISH),
    st.tuples(st.just("value"), st.integers(0, 20), st.integers(0, 50), st.integers(0, 40),
              SCALARS),
    st.tuples(st.just("value"), st.integers(0, 20), st.integers(0, 50), st.integers(0, 40),
              SCALARS),
    st.tuples(st.just("foreign"), st.integers(0, 20), st.integers(0, 50), st.integers(0, 40),
              st.integers(0, 200)),
    st.tuples(st.just("width"), st.integers(0, 20), st.integers(0, 50), st.booleans()),
    st.tuples(st.just("dup"), st.integers(0, 20), st.integers(0, 50)),
    st.tuples(st.just("column"), st.integers(0, 20), st.integers(0, 40), st.text(max_size=12)),
)


def _tables(forger, mutations, foreign: list[str]):
    """The laptop's rows of every table, with the row-level mutations applied (a
    "foreign" one puts the id of another commune's record in a column); returns them
    and the mutations left for the manifest."""
    out = {}
    for table in SYNC_TABLES:
        rows = forger.rows(table)
        if rows:
            out[table] = (list(rows[0]), [list(r.values()) for r in rows])
    names = list(out)
    entries_mut = []
    for m in mutations:
        if m[0] in ("value", "foreign", "width", "dup", "column") and names:
            columns, rows = out[names[m[1] % len(names)]]
            if m[0] == "value" and rows:
                row = rows[m[2] % len(rows)]
                row[m[3] % len(row)] = m[4]
            elif m[0] == "foreign" and rows:
                row = rows[m[2] % len(rows)]
                row[m[3] % len(row)] = foreign[m[4] % len(foreign)]
            elif m[0] == "width" and rows:
                row = rows[m[2] % len(rows)]
                row.append(None) if m[3] else row.pop()
            elif m[0] == "dup" and rows:
                rows.append(list(rows[m[2] % len(rows)]))
            elif m[0] == "column":
                columns[m[2] % len(columns)] = m[3]
        else:
            entries_mut.append(m)
    return out, entries_mut


def _mutator(mutations):
    def mutate(manifest):
        for m in mutations:
            if m[0] == "manifest":
                manifest[m[1]] = m[2]
            elif m[0] == "drop":
                manifest.pop(m[1], None)
            elif m[0] == "source" and isinstance(manifest.get("source"), dict):
                manifest["source"][m[1]] = m[2]
            elif m[0] in ("table", "entry") and isinstance(manifest.get("parts"), list) \
                    and manifest["parts"]:
                entry = manifest["parts"][m[1] % len(manifest["parts"])]
                if isinstance(entry, dict):
                    if m[0] == "table":
                        entry["table"] = m[2]
                    else:
                        entry[m[2]] = m[3]
    return mutate


def _digest(db, table, commune, ids=None):
    """A digest of one commune's rows of `table` (only `ids`, if given)."""
    h = hashlib.sha256()
    for r in db.conn.execute(f"SELECT * FROM {table} WHERE commune_code = ? ORDER BY id",
                             (commune,)):
        if ids is None or r[0] in ids:
            h.update(repr(r).encode())
    return h.hexdigest()


def _other_commune(db, before=None) -> dict:
    """Commune B's records. The hub may queue a new duplicate-CCCD pair of a B resident
    and one from the bundle (that is how it notices one CCCD in two communes), so of
    the queue only the entries that existed before count."""
    out = {t: _digest(db, t, COMMUNE_B) for t in SYNC_TABLES if t != "duplicates"}
    existing = before["_queue"] if before else {r[0] for r in db.conn.execute(
        "SELECT id FROM duplicates WHERE commune_code = ?", (COMMUNE_B,))}
    out["duplicates"] = _digest(db, "duplicates", COMMUNE_B, existing)
    out["_queue"] = existing
    return out


def _all_valid(hub):
    bounds, _ = import_bounds(hub)
    for table in SYNC_TABLES:
        schema = table_schema(hub.conn, table)
        rules = rules_for(table, [(n, nn) for n, nn, _ in schema], bounds)
        cur = hub.conn.execute(f"SELECT * FROM {table}")
        names = [d[0] for d in cur.description]
        for values in cur.fetchall():
            row = {k: v for k, v in zip(names, values) if k != "rev"}
            assert rules.check(row) == [], (table, row["id"], rules.check(row))
            for ref in rules.references:
                if row.get(ref.column) is not None:
                    assert hub.conn.execute(f"SELECT 1 FROM {ref.table} WHERE id = ?",
                                            (row[ref.column],)).fetchone(), (table, ref)


@settings(max_examples=EXAMPLES, deadline=None, derandomize=EXAMPLES <= 100,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large])
@given(mutations=st.lists(MUTATION, min_size=1, max_size=3))
def test_signed_mutated_bundles_are_refused_or_merge_valid_rows(templates, tmp_path_factory,
                                                                mutations):
    work = tmp_path_factory.mktemp("case")
    hub = _open(templates, work, "hub.db")
    laptop = _open(templates, work, "a.db")
    try:
        forger = Forger(laptop)
        foreign = [r[0] for t in SYNC_TABLES for r in hub.conn.execute(
            f"SELECT id FROM {t} WHERE commune_code = ?", (COMMUNE_B,))]
        tables, rest = _tables(forger, mutations, foreign)
        data = forger.bundle(tables, mutate=_mutator(rest))
        before = record_hash(hub)
        other = _other_commune(hub)
        try:
            report = import_bundle(hub, data, "fuzz.xaso")
        except BundleRefused as exc:
            event(f"refused: {exc.code}")
            assert exc.code and exc.problems
            assert "unexpected content" not in exc.message("en"), exc.message("en")
            assert record_hash(hub) == before
            return
        event(f"merged: {report['status']}")
        assert report["status"] in ("imported", "already_imported")
        _all_valid(hub)
        assert _other_commune(hub, other) == other
    finally:
        hub.conn.close()
        laptop.conn.close()
        shutil.rmtree(work, ignore_errors=True)
