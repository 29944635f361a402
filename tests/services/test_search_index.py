"""Search through the trigram indexes: the same results as comparing every key, kept
in step with inserts, changes, tombstones and erasure, and nothing of an erased name
left in the index."""

import pytest

from desktop.db import search_index
from desktop.services import privacy, records
from desktop.services.demo import generate_demo
from desktop.services.queries import Filters, count_records, list_records
from tests.moment import TODAY
from tests.reports.conftest import new_commune


@pytest.fixture
def commune(tmp_path):
    db = new_commune(tmp_path / "s.db")
    generate_demo(db, households=60, months=2, seed=4, today=TODAY)
    yield db
    db.conn.close()


def brute(db, kind: str, where: str, *params) -> set:
    """The live ids a LIKE over every row finds (what search meant before the index)."""
    table = {"resident": "residents", "household": "households"}[kind]
    return {r[0] for r in db.conn.execute(
        f"SELECT id FROM {table} WHERE deleted = 0 AND ({where})", params)}


def found(db, kind: str, text: str, deleted: bool = False) -> set:
    rows = list_records(db, kind, Filters(search=text, include_deleted=deleted), limit=None)
    return {r["id"] for r in rows}


def test_search_finds_what_every_key_would(commune):
    db = commune
    for text in ("nguyen van", "Nguyễn Thị", "thi", "ran", "hoa"):
        key = "%" + text.lower().replace("ễ", "e").replace("ị", "i") + "%"
        assert found(db, "resident", text) == brute(db, "resident", "full_name_key LIKE ?", key)
        assert found(db, "household", text) == brute(db, "household", "head_name_key LIKE ?", key)
        assert count_records(db, "resident", Filters(search=text)) == len(found(db, "resident", text))
    cccd, phone = db.conn.execute("SELECT cccd, phone FROM residents WHERE cccd IS NOT NULL "
                                  "AND phone IS NOT NULL AND deleted = 0 LIMIT 1").fetchone()
    assert found(db, "resident", cccd[3:9]) == brute(
        db, "resident", "full_name_key LIKE ? OR cccd LIKE ? OR phone LIKE ?",
        f"%{cccd[3:9]}%", f"%{cccd[3:9]}%", f"%{cccd[3:9]}%")
    assert found(db, "resident", phone[-7:])
    assert found(db, "household", "an") == brute(db, "household", "head_name_key LIKE '%an%'")


def test_visit_search_names_the_household(commune):
    db = commune
    head = db.conn.execute("SELECT head_name FROM households WHERE deleted = 0 "
                           "ORDER BY id LIMIT 1").fetchone()[0]
    homes = brute(db, "household", "head_name = ?", head)
    visits = {r["id"] for r in list_records(db, "visit", Filters(search=head), limit=None)}
    expected = {r[0] for r in db.conn.execute(
        "SELECT v.id FROM visits v JOIN households h ON h.id = v.household_id WHERE "
        "v.deleted = 0 AND h.deleted = 0 AND h.head_name_key LIKE ?",
        ("%" + db.conn.execute("SELECT head_name_key FROM households WHERE head_name = ?",
                               (head,)).fetchone()[0] + "%",))}
    assert homes and visits == expected


def test_the_index_follows_every_change(commune):
    db = commune
    home = db.conn.execute("SELECT id FROM households WHERE deleted = 0 LIMIT 1").fetchone()[0]
    saved = records.add(db, "resident", {"household": home, "full_name": "Quách Thị Xuyến",
                                         "birth": "1990", "gender": "female",
                                         "phone": "0912 777 654"})
    rid = saved["id"]
    assert rid in found(db, "resident", "quach thi xuyen")
    assert rid in found(db, "resident", "777654")
    records.update(db, "resident", rid, {"full_name": "Quách Thị Duyên", "phone": "0913 111 222"})
    assert rid not in found(db, "resident", "xuyen")
    assert rid not in found(db, "resident", "777654")
    assert rid in found(db, "resident", "thi duyen")
    records.delete(db, "resident", rid)
    assert rid not in found(db, "resident", "thi duyen")
    assert rid in found(db, "resident", "thi duyen", deleted=True)
    assert search_index.check(db.conn) == []


def test_an_erased_name_leaves_no_trace_in_the_index(commune):
    db = commune
    home = db.conn.execute("SELECT id FROM households WHERE deleted = 0 LIMIT 1").fetchone()[0]
    rid = records.add(db, "resident", {"household": home, "full_name": "Khổng Minh Triết",
                                       "birth": "1985", "gender": "male",
                                       "phone": "0987 654 321"})["id"]
    rowid = db.conn.execute("SELECT rowid FROM residents WHERE id = ?", (rid,)).fetchone()[0]
    index = search_index.index_name("residents")
    trace = f"SELECT rowid FROM {index} WHERE {index} MATCH ?"

    def trigrams(text):  # the index's own entries: every trigram of the text, all present
        return " AND ".join(f'"{text[i:i + 3]}"' for i in range(len(text) - 2))

    assert rowid in {r[0] for r in db.conn.execute(trace, (trigrams("khong minh triet"),))}
    privacy.erase(db, rid)
    assert rid not in found(db, "resident", "khong minh", deleted=True)
    for probe in ("khong minh triet", "khong", "triet", "0987654321", "654321"):
        assert rowid not in {r[0] for r in db.conn.execute(trace, (trigrams(probe),))}, probe
    assert search_index.check(db.conn) == []


def test_bulk_work_rebuilds_the_index(tmp_path):
    """Demo data is written with the triggers paused: the index is whole afterwards."""
    db = new_commune(tmp_path / "b.db")
    generate_demo(db, households=30, months=1, seed=2, today=TODAY)
    assert search_index.check(db.conn) == []
    total = db.conn.execute("SELECT count(*) FROM residents").fetchone()[0]
    assert len(found(db, "resident", "%", deleted=True)) == total


def test_a_capped_count_stops_just_past_the_cap(commune):
    """A list counts up to cap + 1 (shown as "more than cap"), filtered or not."""
    for kind, filters in (("visit", Filters()), ("resident", Filters(search="nguyen")),
                          ("visit", Filters(month="2026-11"))):
        full = count_records(commune, kind, filters)
        assert full > 3
        assert count_records(commune, kind, filters, cap=full) == full
        assert count_records(commune, kind, filters, cap=full - 1) == full
        assert count_records(commune, kind, filters, cap=2) == 3
