"""A person's erasure: what it removes, what it keeps for past reports, and that it
travels: laptop to hub to the commune's other laptop, with an older bundle replayed
after it bringing nothing back."""

import json

from desktop.reports.collect import collect_monthly
from desktop.services import records
from desktop.services.privacy import ERASED_NAME, erase, export_person, find_resident
from desktop.sync.conflicts import list_conflicts
from desktop.sync.exporter import export_bundle, export_reference
from desktop.sync.importer import import_bundle, read_file

from sync_helpers import COMMUNE_A, edit, row

NAME, CCCD, PHONE, NOTE = "Trịnh Thị Mỹ Duyên", "001190007777", "0912777888", "nhà cuối ngõ 7"
OLD_PHONE = "0912000111"


def everything(db) -> str:
    """Every value of every table, as text: what a person with the key could read."""
    conn = db.conn
    out = []
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        for r in conn.execute(f'SELECT * FROM "{name}"'):
            out.append(json.dumps(r, ensure_ascii=False, default=str))
    return "\n".join(out)


def assert_erased(db, rid: str) -> None:
    text = everything(db)
    for value in (NAME, CCCD, PHONE, OLD_PHONE, NOTE, "trinh thi my duyen"):
        assert value not in text, value
    r = row(db, "residents", rid)
    assert r["full_name"] == ERASED_NAME and r["cccd"] is None and r["phone"] is None
    assert (r["birth_year"], r["eid_stage"]) == (1990, "level2_activated")  # counts kept


def person(db):
    hamlet = records.add(db, "hamlet", {"name": "Thôn Đông"})
    home = records.add(db, "household", {"hamlet": hamlet["id"], "head_name": NAME,
                                         "phone": PHONE})
    res = records.add(db, "resident", {"household": home["id"], "full_name": NAME, "cccd": CCCD,
                                       "phone": PHONE, "gender": "female", "birth": "1990",
                                       "eid_stage": "level2_activated"})
    db.conn.execute("UPDATE stage_changes SET note = ? WHERE resident_id = ?", (NOTE, res["id"]))
    return res["id"]


def send(db, hub, tmp_path, name):
    out = export_bundle(db, tmp_path / f"{name}.xaso")
    return out, import_bundle(hub, read_file(out["path"]))


def back(hub, dbs, tmp_path, name):
    ref = export_reference(hub, COMMUNE_A, tmp_path / f"{name}.xaso")
    return ref, [import_bundle(db, read_file(ref["path"])) for db in dbs]


def test_erasure_keeps_the_counts_and_removes_the_person(laptop, tmp_path):
    rid = person(laptop)
    edit(laptop, "residents", rid, phone=OLD_PHONE)
    edit(laptop, "residents", rid, phone=PHONE)
    before = collect_monthly(laptop, "2026-11").totals
    assert find_resident(laptop.conn, CCCD) == find_resident(laptop.conn, "trinh thi my duyen")
    result = erase(laptop, rid)
    assert set(result["fields"]) >= {"full_name", "cccd", "phone", "birth_date"} or \
        set(result["fields"]) >= {"full_name", "cccd", "phone"}
    assert result["household_head"] is True
    assert_erased(laptop, rid)
    after = collect_monthly(laptop, "2026-11").totals
    assert {k: (v.month, v.ytd) for k, v in after.items()} == \
        {k: (v.month, v.ytd) for k, v in before.items()}
    # the audit says what changed, when and by whom, without the values
    entries = laptop.conn.execute("SELECT action, changes FROM audit_log WHERE record_id = ? "
                                  "ORDER BY seq", (rid,)).fetchall()
    assert [a for a, _ in entries] == ["insert", "update", "update", "erase"]
    assert json.loads(entries[0][1])["cccd"] is None and "full_name" in json.loads(entries[0][1])
    # the page that held the name was zeroed (secure_delete) and the WAL emptied
    laptop.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = laptop.conn.execute("PRAGMA database_list").fetchone()[2]
    with open(path, "rb") as f:
        data = f.read()
    assert CCCD.encode() not in data and NAME.encode("utf-8") not in data
    # what is left to export says so
    out = export_person(laptop, rid, tmp_path / "p.json")
    held = json.loads((tmp_path / "p.json").read_text(encoding="utf-8"))
    assert held["erased"] is True and held["resident"]["cccd"] is None
    assert out["pdf"].endswith("p.pdf")


def test_erasure_travels_and_an_old_bundle_brings_nothing_back(tmp_path, hub, laptop, laptop2):
    rid = person(laptop)
    send(laptop, hub, tmp_path, "1-new")
    send(laptop2, hub, tmp_path, "2-hello")
    old_ref, _ = back(hub, [laptop, laptop2], tmp_path, "3-ref")
    assert row(laptop2, "residents", rid)["cccd"] == CCCD
    # laptop 2 edits the phone; its bundle is delayed (a USB stick in a drawer)
    edit(laptop2, "residents", rid, phone=OLD_PHONE)
    late = export_bundle(laptop2, tmp_path / "4-late.xaso")
    # meanwhile the person asks laptop 1 to erase them
    erase(laptop, rid)
    send(laptop, hub, tmp_path, "5-erase")
    assert_erased(hub, rid)
    # the late bundle arrives at the hub after the erasure: its edit is older
    rep = import_bundle(hub, read_file(late["path"]))
    assert rep["status"] == "imported"
    assert_erased(hub, rid)
    assert not [c for c in list_conflicts(hub) if c["record_id"] == rid]
    back(hub, [laptop, laptop2], tmp_path, "6-ref")
    for db in (hub, laptop, laptop2):
        assert_erased(db, rid)
    # the old reference bundle, from before the erasure, replayed on laptop 2
    again = import_bundle(laptop2, read_file(old_ref["path"]))
    assert again["status"] in ("already_imported", "imported")
    renamed = tmp_path / "old-copy.xaso"
    renamed.write_bytes(read_file(old_ref["path"]))
    import_bundle(laptop2, read_file(renamed))
    assert_erased(laptop2, rid)


def test_an_edit_made_elsewhere_after_the_erasure_is_cleared_too(tmp_path, hub, laptop, laptop2):
    rid = person(laptop)
    send(laptop, hub, tmp_path, "1")
    send(laptop2, hub, tmp_path, "2")
    back(hub, [laptop, laptop2], tmp_path, "3")
    erase(laptop, rid)
    send(laptop, hub, tmp_path, "4")
    # laptop 2 has not heard yet and types the phone again, later by the clock
    laptop2.clock.advance(minutes=1)
    edit(laptop2, "residents", rid, phone=OLD_PHONE)
    send(laptop2, hub, tmp_path, "5")
    assert row(hub, "residents", rid)["phone"] is None
    back(hub, [laptop, laptop2], tmp_path, "6")
    for db in (hub, laptop, laptop2):
        assert row(db, "residents", rid)["phone"] is None
        assert_erased(db, rid)
