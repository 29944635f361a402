"""A hub's per-period aggregates stay equal to their definitions when bundles are
merged, and the set-based path for whole chunks of fresh rows writes exactly what the
row-by-row path writes."""

from desktop.db import aggregates, search_index
from desktop.domain import rows as row_rules
from desktop.services import records
from desktop.services.demo import generate_demo
from desktop.sync.apply import BundleMerge
from desktop.sync.changes import SYNC_TABLES
from desktop.sync.exporter import export_bundle
from desktop.sync.importer import import_bundle, read_file
from desktop.domain.clock import FrozenClock
from tests.logins import copy_database
from tests.moment import NOW, TODAY

from sync_helpers import COMMUNE_A, add_resident, link, new_commune, new_hub, synced_content

# (a merge keeps field clocks in canonical form: those equal to the row's own are left out)
SKIP = ("rev", "field_hlc")


def _bundles(tmp_path, hubs) -> tuple:
    """A laptop with demo data linked to the hub in `hubs`; its full bundle, then a bundle
    of its edits and deletions. Returns (laptop, [bundle paths])."""
    laptop = new_commune(tmp_path / "laptop.db", COMMUNE_A, "may-1")
    for hub in hubs:
        link(hub, laptop, tmp_path)
    generate_demo(laptop, households=25, months=4, seed=5, today=TODAY)
    first = export_bundle(laptop, tmp_path / "b1")["path"]
    one = lambda sql: laptop.conn.execute(sql).fetchone()[0]  # noqa: E731
    visit = one("SELECT id FROM visits WHERE deleted = 0 AND outcome = 'done' ORDER BY id")
    records.update(laptop, "visit", visit, {"date": "2026-10-03", "outcome": "follow_up",
                                            "follow_up_date": "2026-10-20"})
    records.delete(laptop, "household", one("SELECT id FROM households WHERE deleted = 0 "
                                            "ORDER BY id DESC"))
    records.delete(laptop, "resident", one("SELECT resident_id FROM stage_changes "
                                           "WHERE deleted = 0 ORDER BY id"))
    resident = add_resident(laptop, "Nguyễn Văn Mới", hamlet=one("SELECT id FROM hamlets "
                                                                "ORDER BY id"))
    home = one(f"SELECT household_id FROM residents WHERE id = '{resident}'")
    records.add(laptop, "visit", {"household": home, "date": "2026-11-20", "outcome": "done"})
    second = export_bundle(laptop, tmp_path / "b2")["path"]
    return laptop, [first, second]


def _table(db, name: str) -> list:
    return db.conn.execute(f"SELECT * FROM {name} ORDER BY 1, 2, 3").fetchall()


def test_merged_bundles_keep_the_hubs_aggregates_right(tmp_path):
    hub = new_hub(tmp_path / "hub.db")
    laptop, bundles = _bundles(tmp_path, [hub])
    for path in bundles:  # the first: the commune's first (filled set-based afterwards)
        import_bundle(hub, read_file(path))
        assert aggregates.differences(hub.conn) == {}
        assert search_index.check(hub.conn) == []
    assert all(_table(hub, t) for t in aggregates.TABLES)
    found = hub.conn.execute("SELECT count(*) FROM residents_fts WHERE full_name_key "
                             "LIKE '%nguyen%'").fetchone()[0]
    assert found == hub.conn.execute("SELECT count(*) FROM residents WHERE full_name_key "
                                     "LIKE '%nguyen%'").fetchone()[0] > 0
    assert synced_content(hub, COMMUNE_A, skip=SKIP) == synced_content(laptop, COMMUNE_A,
                                                                      skip=SKIP)


def test_the_set_based_path_writes_what_row_by_row_writes(tmp_path, monkeypatch):
    fast_hub = new_hub(tmp_path / "fast.db")
    _, bundles = _bundles(tmp_path, [fast_hub])
    fast_hub.conn.close()
    slow_hub = copy_database(tmp_path / "fast.db", tmp_path / "slow.db", FrozenClock(NOW))
    fast_hub = copy_database(tmp_path / "fast.db", tmp_path / "fast2.db", FrozenClock(NOW))
    fresh = []
    real = BundleMerge._merge_fresh
    monkeypatch.setattr(BundleMerge, "_merge_fresh",
                        lambda self, table, *a: fresh.append(table) or real(self, table, *a))
    totals = []
    for path in bundles:
        totals.append(import_bundle(fast_hub, read_file(path))["totals"])
    assert {"residents", "households", "visits", "stage_changes"} <= set(fresh)  # it ran
    with monkeypatch.context() as m:
        m.setattr(row_rules.TableRules, "check_chunk", lambda self, plan, rows: False)
        for n, path in enumerate(bundles):
            assert import_bundle(slow_hub, read_file(path))["totals"] == totals[n]
    assert synced_content(fast_hub) == synced_content(slow_hub)
    for t in aggregates.TABLES:
        assert _table(fast_hub, t) == _table(slow_hub, t), t


def _stored(db, table: str) -> list:
    """Every stored value of `table`, rowid and rev included, in rowid order."""
    return db.conn.execute(f"SELECT rowid, * FROM {table} ORDER BY rowid").fetchall()


def test_staged_inserts_store_what_direct_inserts_store(tmp_path, monkeypatch):
    # the fresh rows of a chunk pass through a TEMP table and one INSERT … SELECT:
    # the stored rows (values, NULLs, types, field clocks, rev, even rowids) must be
    # those that binding each row straight into the table stores
    hub = new_hub(tmp_path / "hub.db")
    _, bundles = _bundles(tmp_path, [hub])
    hub.conn.close()
    staged = copy_database(tmp_path / "hub.db", tmp_path / "staged.db", FrozenClock(NOW))
    direct = copy_database(tmp_path / "hub.db", tmp_path / "direct.db", FrozenClock(NOW))
    tables = []
    real = BundleMerge._insert_staged
    monkeypatch.setattr(BundleMerge, "_insert_staged",
                        lambda self, table, *a: tables.append(table) or real(self, table, *a))
    totals = [import_bundle(staged, read_file(path))["totals"] for path in bundles]
    assert {"residents", "households", "visits", "stage_changes"} <= set(tables)  # it ran
    assert staged.conn.execute("SELECT count(*) FROM residents "
                               "WHERE field_hlc IS NOT NULL").fetchone()[0] > 0
    with monkeypatch.context() as m:
        m.setattr(BundleMerge, "_insert_staged",
                  lambda self, table, columns, rows: self._flush(table, columns, [], rows, []))
        for n, path in enumerate(bundles):
            assert import_bundle(direct, read_file(path))["totals"] == totals[n]
    for table in SYNC_TABLES:
        assert _stored(staged, table) == _stored(direct, table), table
    typed = "SELECT group_concat(typeof(birth_year) || typeof(field_hlc)) FROM residents"
    assert staged.conn.execute(typed).fetchone() == direct.conn.execute(typed).fetchone()
    for t in aggregates.TABLES:
        assert _table(staged, t) == _table(direct, t), t
    assert aggregates.differences(staged.conn) == {}
    assert search_index.check(staged.conn) == []
