"""Stored-row rules (desktop/domain/rows.py): complete for every table, true to the
form's rules, and satisfied by everything the app itself writes."""

import datetime as dt

import pytest

from desktop.domain.hlc import MAX_WALL_MS, HybridClock, Timestamp
from desktop.domain.rows import Bounds, check_row, described_tables, rules_for, undescribed
from desktop.services.demo import generate_demo
from tests.moment import TODAY

TABLES = ("hamlets", "users", "members", "households", "residents", "visits", "visit_members",
          "stage_changes", "trainings", "bridge_points", "attendance", "events", "targets",
          "duplicates")


def _schema(db, table):
    return [(r[1], bool(r[3])) for r in db.conn.execute(f"PRAGMA table_info({table})")
            if r[1] != "rev"]


def test_every_stored_column_of_every_record_table_is_described(db):
    assert set(TABLES) <= set(described_tables())
    for table in TABLES:
        columns = [r[1] for r in db.conn.execute(f"PRAGMA table_info({table})")]
        assert undescribed(table, columns) == [], table


def test_everything_demo_data_writes_passes(db):
    generate_demo(db, households=80, months=4, seed=5, today=TODAY)
    bounds = Bounds(TODAY)
    for table in TABLES:
        rules = rules_for(table, _schema(db, table), bounds)
        cur = db.conn.execute(f"SELECT * FROM {table}")
        names = [d[0] for d in cur.description]
        for values in cur.fetchall():
            row = {k: v for k, v in zip(names, values) if k != "rev"}
            assert rules.check(row) == [], (table, row)


def _resident(**change):
    row = {"id": "01a20000-0000-7000-8000-000000000001", "commune_code": "30985",
           "created_at": "2026-11-30T02:00:00+00:00", "updated_at": "2026-11-30T02:00:00+00:00",
           "device_id": "0123456789abcdef", "actor_id": None,
           "created_hlc": "001795485600000.00000.0123456789abcdef",
           "hlc": "001795485600000.00000.0123456789abcdef", "field_hlc": None, "deleted": 0,
           "household_id": "01a20000-0000-7000-8000-000000000002",
           "hamlet_id": "01a20000-0000-7000-8000-000000000003", "full_name": "Nguyễn Thị Bình",
           "full_name_key": "nguyen thi binh", "birth_year": 1990, "birth_date": None,
           "gender": "female", "cccd": "001190000123", "phone": "0912345678",
           "has_smartphone": 1, "has_payment_account": 0, "eid_stage": "level1",
           "eid_date": None, "health_stage": "not_started", "health_date": None}
    return {**row, **change}


@pytest.mark.parametrize("change, code", [
    ({}, None),
    ({"cccd": "001090000123"}, "cccd_gender"),          # the CCCD says male
    ({"cccd": "001185000123"}, "cccd_year"),
    ({"cccd": "0011900001"}, "cccd_length"),
    ({"phone": "+84912345678"}, "row_phone"),           # typed form, not stored form
    ({"birth_year": 2099}, "birth_range"),
    ({"birth_date": "1990-02-30"}, "birth_invalid"),
    ({"eid_stage": "linked"}, "row_choice"),
    ({"has_smartphone": True}, "row_bool"),
    ({"full_name": None}, "required"),
    ({"commune_code": None}, "required"),
    ({"commune_code": "3098"}, "row_commune"),
    ({"hlc": "001795485600000.00000.0123456789ABCDEF"}, "row_clock"),
    ({"created_hlc": "001795485600001.00000.0123456789abcdef"}, "row_clock_order"),
    ({"field_hlc": '{"id": "001795485600000.00000.0123456789abcdef"}'}, "row_field_hlc"),
    ({"notes_unknown": "x" * 9000}, "row_type"),
])
def test_resident_rules(change, code):
    problems = check_row("residents", _resident(**change), Bounds(TODAY))
    assert [p.code for p in problems][:1] == ([code] if code else [])


def test_clock_bound_and_future_dates():
    bounds = Bounds(TODAY, f"{1_795_485_600_000:015d}.99999.ffffffffffffffff")
    ahead = "001795485600001.00000.0123456789abcdef"
    assert check_row("residents", _resident(hlc=ahead), bounds)[0].code == "row_clock_ahead"
    visit_day = (TODAY + dt.timedelta(days=1)).isoformat()
    row = {**{k: v for k, v in _resident().items() if k in (
        "id", "commune_code", "created_at", "updated_at", "device_id", "actor_id",
        "created_hlc", "hlc", "field_hlc", "deleted", "household_id", "hamlet_id")},
        "date": visit_day, "outcome": "done"}
    assert check_row("visits", row, bounds)[0].code == "row_future"
    assert check_row("visits", {**row, "date": TODAY.isoformat()}, bounds) == []


def test_the_clock_never_leaves_its_format():
    top = Timestamp(MAX_WALL_MS, 99_999, "dev")
    clock = HybridClock("dev", top, now_ms=lambda: 10 ** 20)
    for _ in range(3):
        for stamp in (clock.tick(), clock.observe(top)):
            assert Timestamp.parse(str(stamp)) == stamp and len(str(stamp).split(".")[0]) == 15
    with pytest.raises(ValueError):
        Timestamp.parse("1000000000000000.00000.dev")
    with pytest.raises(ValueError):
        Timestamp(MAX_WALL_MS + 1, 0, "dev")
    assert Timestamp.load("1000000000000000.00000.dev", "x") == top.__class__(MAX_WALL_MS, 0, "dev")
    assert Timestamp.load("rubbish", "x") is None


# --- check_chunk: the column-wise answer is the row-by-row answer --------------------
BAD_VALUES = [None, "", " ", "x", 1, 0, -1, 2, 1.0, 2 ** 62, "1", "0", "2026-02-30",
              "2099-01-01", "2026-11-01", "e\u0301", "\u00e9", "a\nb", "x" * 600,
              "001190000123", "0912345678", "+84912345678", "level1", "linked", "eid",
              "001795485600000.00000.0123456789abcdef",
              "001795485600000.00000.0123456789ABCDEF", '{"x": 1}', "{}", "[]", "male",
              "01a20000-0000-7000-8000-000000000009", "01A20000-0000-7000-8000-000000000009"]


@pytest.fixture(scope="module")
def demo_rows(tmp_path_factory):
    from desktop.db import open_database
    from desktop.services.setup import init_commune

    db = open_database(tmp_path_factory.mktemp("rows") / "r.db")
    init_commune(db, "30985")
    generate_demo(db, households=30, months=3, seed=7, today=TODAY)
    out = {}
    for table in TABLES:
        cur = db.conn.execute(f"SELECT * FROM {table} ORDER BY rowid LIMIT 40")
        names = [d[0] for d in cur.description if d[0] != "rev"]
        keep = [i for i, d in enumerate(cur.description) if d[0] != "rev"]
        rows = [[r[i] for i in keep] for r in cur.fetchall()]
        out[table] = (_schema(db, table), names, rows)
    db.conn.close()
    return out


def test_a_chunk_is_valid_when_and_only_when_every_row_is(demo_rows):
    """Every table, with each column in turn given each kind of wrong (or right)
    value in one row: check_chunk says "valid" exactly when row-by-row finds nothing."""
    import random

    rng = random.Random(4)
    bounds = Bounds(TODAY)
    checked = 0
    for table, (schema, names, rows) in demo_rows.items():
        if not rows:
            continue
        rules = rules_for(table, schema, bounds)
        plan = rules.plan(names)
        assert rules.check_chunk(plan, rows) is True, table
        for col in range(len(names)):
            for bad in BAD_VALUES:
                chunk = [list(r) for r in rows]
                chunk[rng.randrange(len(chunk))][col] = bad
                per_row = all(not (rules.check_values(plan, r) or
                                   rules.check_rules(dict(zip(names, r)))) for r in chunk)
                assert rules.check_chunk(plan, chunk) == per_row, (table, names[col], bad)
                checked += 1
    assert checked > 5000
