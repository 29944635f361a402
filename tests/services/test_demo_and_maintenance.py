import sqlite3

import pytest

from desktop.db import open_database
from desktop.domain.cccd import check_cccd
from desktop.domain.errors import DatabaseRefused, InputRefused
from desktop.services.demo import generate_demo
from desktop.services.exports import export_records
from desktop.services.imports import import_file
from desktop.services.maintenance import backup, check, restore
from desktop.services.queries import count_records
from desktop.services.setup import init_commune
from tests.conftest import COMMUNE, TEST_KEY, TODAY
from tests.migrating import full_disk_at, schema_one


def residents(db):
    return db.conn.execute("SELECT id, full_name, birth_year, gender, cccd, eid_stage "
                           "FROM residents ORDER BY id").fetchall()


def test_demo_is_deterministic(tmp_path):
    made = []
    for name in ("a.db", "b.db"):
        db = open_database(tmp_path / name)
        init_commune(db, COMMUNE)
        generate_demo(db, households=40, months=4, seed=3, today=TODAY)
        made.append(residents(db))
    assert made[0] == made[1] and len(made[0]) > 40


def test_demo_is_realistic(demo_db):
    db = demo_db
    hamlets = db.conn.execute("SELECT count(*) FROM hamlets").fetchone()[0]
    assert 8 <= hamlets <= 15
    for _, name, year, gender, cccd, _ in residents(db):
        assert name != name.encode("ascii", "ignore").decode() or " " in name
        if cccd:
            assert check_cccd(cccd, "cccd", gender, year)[1] == []
    latest = db.conn.execute("SELECT max(date) FROM visits").fetchone()[0]
    assert latest <= TODAY.isoformat()
    monthly = db.conn.execute(
        "SELECT substr(date, 1, 7), count(*) FROM stage_changes WHERE track = 'eid' AND "
        "to_stage = 'level2_activated' AND visit_id IS NOT NULL GROUP BY 1 ORDER BY 1").fetchall()
    assert len(monthly) >= 4
    assert sum(c for _, c in monthly[-2:]) > sum(c for _, c in monthly[:2])  # uptake rises
    participants = db.conn.execute("SELECT count(*) FROM attendance").fetchone()[0]
    assert participants >= 100
    assert check(db, today=TODAY)["ok"]


def test_demo_refuses_a_hub(tmp_path):
    from desktop.services.setup import init_hub

    db = open_database(tmp_path / "hub.db")
    init_hub(db, "Hub Hà Tĩnh")
    with pytest.raises(InputRefused):
        generate_demo(db)


def test_export_reimports(demo_db, tmp_path):
    out = tmp_path / "ho.xlsx"
    live = count_records(demo_db, "household")
    assert live < 60  # the demo deleted some: they are not exported
    result = export_records(demo_db, "household", out)
    assert result["rows"] == live
    fresh = open_database(tmp_path / "fresh.db")
    init_commune(fresh, COMMUNE)
    report = import_file(fresh, "household", out, today=TODAY)
    assert report.ok and report.created == live


def test_check_finds_inconsistencies(demo_db):
    rid = demo_db.conn.execute("SELECT id FROM residents WHERE eid_stage = 'level2_activated' "
                               "LIMIT 1").fetchone()[0]
    demo_db.conn.execute("UPDATE residents SET eid_stage = 'level1' WHERE id = ?", (rid,))
    demo_db.conn.execute("UPDATE households SET phone = '123' WHERE rowid = 1")
    result = check(demo_db, today=TODAY)
    codes = {p["code"] for p in result["problems"]}
    assert not result["ok"] and {"check_stage_history", "check_invalid"} <= codes


def test_backup_and_restore_keep_the_previous_file(demo_db, db_path, tmp_path):
    out = tmp_path / "sao-lưu" / "bản sao.db"
    backup(demo_db, out)
    visits = demo_db.conn.execute("SELECT count(*) FROM visits").fetchone()[0]
    demo_db.conn.execute("DELETE FROM visits")  # a disaster
    result = restore(out, db_path, current=demo_db, key=TEST_KEY)
    db = open_database(db_path, key=TEST_KEY)
    assert db.conn.execute("SELECT count(*) FROM visits").fetchone()[0] == visits
    # the file kept before the restore is a backup too: it restores elsewhere
    restore(result["previous"], tmp_path / "kept.db", key=TEST_KEY)
    kept = open_database(tmp_path / "kept.db", key=TEST_KEY)
    assert kept.conn.execute("SELECT count(*) FROM visits").fetchone()[0] == 0


def test_restore_refuses_what_is_not_a_backup(db_path, db, tmp_path):
    bad = tmp_path / "rac.db"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    with pytest.raises(InputRefused):
        restore(bad, db_path)
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(InputRefused):
        restore(other, db_path)


def test_database_pragmas_and_refusals(db, tmp_path):
    conn = db.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    plans = " ".join(r[3] for r in conn.execute(
        "EXPLAIN QUERY PLAN SELECT * FROM residents WHERE commune_code = ? AND full_name_key LIKE ?",
        ("1", "a%")))
    assert "INDEX" in plans
    newer = tmp_path / "newer.db"
    open_database(newer).conn.execute("PRAGMA user_version = 999")
    with pytest.raises(DatabaseRefused) as info:
        open_database(newer)
    assert "999" in info.value.message("vi")
    foreign = tmp_path / "foreign.db"
    sqlite3.connect(foreign).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(DatabaseRefused):
        open_database(foreign)
    text = tmp_path / "notes.db"
    text.write_text("hello, this is not a database at all" * 50)
    with pytest.raises(DatabaseRefused):
        open_database(text)


def test_migration_backs_up_the_file_first(tmp_path):
    from desktop.db.migrations import LATEST

    if LATEST < 2:
        pytest.skip("only one schema version so far")
    path = tmp_path / "old.db"
    schema_one(path)
    db = open_database(path)
    assert db.conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
    backups = list(tmp_path.glob("old.schema1-*.bak"))
    assert len(backups) == 1
    assert sqlite3.connect(backups[0]).execute("PRAGMA user_version").fetchone()[0] == 1


def test_a_migration_that_fails_is_refused_and_the_file_stays_at_its_last_step(
        tmp_path, monkeypatch):
    """A full disk in the middle of an upgrade: a refusal that says which step failed,
    where the file stopped and where the copy is; the file opens and upgrades later."""
    from desktop.db.migrations import LATEST

    if LATEST < 3:
        pytest.skip("too few schema versions so far")
    path = tmp_path / "old.db"
    schema_one(path)
    with monkeypatch.context() as patch:
        full_disk_at(3, patch)
        with pytest.raises(DatabaseRefused) as refused:
            open_database(path)
    exc = refused.value
    assert exc.code == "db_migration_failed"
    assert (exc.params["step"], exc.params["reached"]) == (3, 2)
    assert "disk is full" in exc.message("vi") and "lược đồ 2" in exc.message("vi")
    backup = next(tmp_path.glob("old.schema1-*.bak"))
    assert exc.params["backup"] == str(backup)
    plain = sqlite3.connect(path)  # step 2 kept, step 3's partial work rolled back
    assert plain.execute("PRAGMA user_version").fetchone()[0] == 2
    plain.close()
    db = open_database(path)  # the disk has room again
    assert db.conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
    assert check(db, today=TODAY)["ok"]


def test_demo_is_like_real_data(demo_db):
    """Edits, tombstones, recorded corrections and CCCDs of both centuries, all written
    through the same path a person's saves take (audited, with per-field clocks)."""
    db = demo_db
    deleted = {t: db.conn.execute(f"SELECT count(*) FROM {t} WHERE deleted = 1").fetchone()[0]
               for t in ("households", "residents", "visits")}
    assert all(deleted.values()), deleted
    audited = db.conn.execute("SELECT count(*) FROM audit_log WHERE action = 'delete'"
                              ).fetchone()[0]
    assert audited == sum(deleted.values())
    edited = db.conn.execute("SELECT count(*) FROM residents WHERE field_hlc LIKE '%phone%'"
                             ).fetchone()[0]
    assert edited > 0
    corrections = db.conn.execute("SELECT count(*) FROM stage_changes WHERE correction = 1 "
                                  "AND to_stage = 'level1'").fetchone()[0]
    assert corrections > 0
    centuries = {r[0] for r in db.conn.execute(
        "SELECT DISTINCT substr(cccd, 4, 1) FROM residents WHERE cccd IS NOT NULL")}
    assert centuries & {"0", "1"} and centuries & {"2", "3"}
    assert check(db, today=TODAY)["ok"]


def test_history_keeps_the_order_of_changes_made_the_same_day(tmp_path, clock):
    """Rows saved in one transaction share a clock: their order is the table's rowid,
    which the live views pass through (a view has none of its own)."""
    db = open_database(tmp_path / "busy.db", clock=clock)
    init_commune(db, COMMUNE)
    generate_demo(db, households=40, months=2, visits=1500, seed=2, today=TODAY)
    assert check(db, today=TODAY)["problems"] == []
    from desktop.services import records

    rid = db.conn.execute(
        "SELECT resident_id FROM live_stage_changes WHERE track = 'health' "
        "GROUP BY resident_id, date HAVING count(*) > 1 LIMIT 1").fetchone()[0]
    person = records.get(db, "resident", rid)
    last = [h for h in person["history"] if h["track"] == "health"][-1]
    assert last["to_stage"] == person["health_stage"]
