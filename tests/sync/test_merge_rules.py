"""The merge rules on real databases: idempotence, field-level LWW, tombstones,
gaps, clocks, duplicates, audit."""

import json
import shutil

from desktop.db.meta import get_meta
from desktop.db.writer import write
from desktop.sync.conflicts import list_conflicts
from desktop.sync.duplicates import list_duplicates, resolve
from desktop.sync.exporter import export_bundle, export_reference
from desktop.sync.importer import import_bundle, read_file

from sync_helpers import (COMMUNE_A, add_resident, content_hash, edit, remove, row,
                          synced_content)


def send(db, hub, tmp_path, **kw):
    out = export_bundle(db, tmp_path / f"{db.conn.execute('select value from meta where key=?', ('device_id',)).fetchone()[0]}-{len(list(tmp_path.iterdir()))}.xaso", **kw)
    return out, import_bundle(hub, read_file(out["path"]), out["path"])


def back(hub, dbs, tmp_path):
    ref = export_reference(hub, COMMUNE_A, tmp_path / f"ref-{len(list(tmp_path.iterdir()))}.xaso")
    return [import_bundle(db, read_file(ref["path"])) for db in dbs]


def test_same_bundle_twice_and_renamed_copy(tmp_path, hub, laptop):
    add_resident(laptop, "Hồ Văn Hải")
    out, first = send(laptop, hub, tmp_path)
    assert first["status"] == "imported"
    before = content_hash(hub)
    again = import_bundle(hub, read_file(out["path"]))
    copy = tmp_path / "khac-ten.xaso"
    shutil.copy(out["path"], copy)
    renamed = import_bundle(hub, read_file(copy))
    assert again["status"] == renamed["status"] == "already_imported"
    assert content_hash(hub) == before


def test_export_without_changes_is_a_noop(tmp_path, hub, laptop):
    add_resident(laptop, "Mai Thị Lan")
    send(laptop, hub, tmp_path)
    state = synced_content(hub)
    out, rep = send(laptop, hub, tmp_path)
    assert out["rows"] == 0 and out["seq"] == 2
    assert rep["status"] == "imported" and sum(rep["totals"].values()) == 0
    assert synced_content(hub) == state
    # a full re-export (a lost stick) merges as unchanged
    out, rep = send(laptop, hub, tmp_path, full=True)
    assert out["rows"] > 0 and rep["totals"]["unchanged"] == out["rows"]
    assert synced_content(hub) == state


def test_different_fields_both_kept(tmp_path, hub, laptop, laptop2):
    rid = add_resident(laptop, "Ngô Thị Mai")
    send(laptop, hub, tmp_path)
    send(laptop2, hub, tmp_path)
    back(hub, [laptop, laptop2], tmp_path)
    edit(laptop, "residents", rid, phone="0912000111")
    edit(laptop2, "residents", rid, has_smartphone=1)
    send(laptop, hub, tmp_path)
    _, rep = send(laptop2, hub, tmp_path)
    assert rep["totals"]["updated"] == 1 and rep["totals"]["conflicting"] == 0
    r = row(hub, "residents", rid)
    assert (r["phone"], r["has_smartphone"]) == ("0912000111", 1)
    back(hub, [laptop, laptop2], tmp_path)
    for db in (laptop, laptop2):
        assert row(db, "residents", rid)["phone"] == "0912000111"
        assert row(db, "residents", rid)["has_smartphone"] == 1
    assert list_conflicts(hub) == [], [(c["field"], c["kept_value"], c["lost_value"]) for c in list_conflicts(hub)]


def test_same_field_one_winner_loser_kept(tmp_path, hub, laptop, laptop2):
    rid = add_resident(laptop, "Đỗ Văn Nam")
    send(laptop, hub, tmp_path)
    send(laptop2, hub, tmp_path)
    back(hub, [laptop, laptop2], tmp_path)
    edit(laptop, "residents", rid, phone="0912000001")
    edit(laptop2, "residents", rid, phone="0912000002")
    clocks = {db_phone: json.loads(row(db, "residents", rid)["field_hlc"])["phone"]
              for db, db_phone in ((laptop, "0912000001"), (laptop2, "0912000002"))}
    winner = max(clocks, key=clocks.get)  # the later hybrid clock, whichever laptop
    loser = min(clocks, key=clocks.get)
    send(laptop2, hub, tmp_path)
    _, rep = send(laptop, hub, tmp_path)
    assert rep["totals"]["conflicting"] == (1 if winner == "0912000002" else 0)
    assert row(hub, "residents", rid)["phone"] == winner
    [c] = list_conflicts(hub)
    assert (c["field"], c["kept_value"], c["lost_value"]) == ("phone", winner, loser)
    back(hub, [laptop, laptop2], tmp_path)
    assert row(laptop, "residents", rid)["phone"] == row(laptop2, "residents", rid)["phone"] == winner
    assert [c["lost_value"] for c in list_conflicts(laptop)] in ([loser], [])


def test_tombstone_wins_and_old_bundle_cannot_revive(tmp_path, hub, laptop, laptop2):
    rid = add_resident(laptop, "Lý Thị Oanh")
    old, _ = send(laptop, hub, tmp_path, full=True)
    send(laptop2, hub, tmp_path)
    back(hub, [laptop, laptop2], tmp_path)
    edit(laptop, "residents", rid, phone="0912000003")   # older edit
    remove(laptop2, "residents", rid)                     # later delete
    edited, _ = send(laptop, hub, tmp_path)
    send(laptop2, hub, tmp_path)
    assert row(hub, "residents", rid)["deleted"] == 1
    # the old full bundle again changes nothing
    assert import_bundle(hub, read_file(old["path"]))["status"] == "already_imported"
    back(hub, [laptop, laptop2], tmp_path)
    assert row(laptop, "residents", rid)["deleted"] == 1
    assert row(laptop, "residents", rid)["phone"] == "0912000003"  # the edit merged, still deleted


def test_tombstone_arriving_first_still_wins(tmp_path, hub, laptop, laptop2):
    rid = add_resident(laptop, "Lý Văn Phát")
    send(laptop, hub, tmp_path)
    send(laptop2, hub, tmp_path)
    back(hub, [laptop, laptop2], tmp_path)
    edit(laptop, "residents", rid, phone="0912000004")
    remove(laptop2, "residents", rid)
    send(laptop2, hub, tmp_path)
    _, rep = send(laptop, hub, tmp_path)
    assert row(hub, "residents", rid)["deleted"] == 1
    assert rep["totals"]["updated"] == 1


def test_gap_tolerated_and_reported(tmp_path, hub, laptop):
    add_resident(laptop, "Bùi Văn Phúc")
    one = export_bundle(laptop, tmp_path / "1.xaso")
    add_resident(laptop, "Bùi Văn Quang")
    two = export_bundle(laptop, tmp_path / "2.xaso")
    rep2 = import_bundle(hub, read_file(two["path"]))
    assert rep2["status"] == "imported" and rep2["gaps"] == [[1, 1]] and rep2["missing"] == 1
    rep1 = import_bundle(hub, read_file(one["path"]))
    assert rep1["gaps"] == [] and rep1["missing"] == 0
    assert synced_content(hub, COMMUNE_A) == synced_content(laptop, COMMUNE_A)


def test_clock_far_ahead_refused_then_repaired(tmp_path, hub, laptop):
    """A laptop whose clock ran three days ahead: its bundle is refused, telling the
    commune to correct the clock; once the date is right, `repair_clock` re-stamps
    what was saved meanwhile and the next bundle merges."""
    from desktop.sync.clocks import clock_status, repair_clock
    from desktop.sync.container import BundleRefused

    laptop.clock.advance(days=3)
    rid = add_resident(laptop, "Tạ Văn Sơn")
    out = export_bundle(laptop, tmp_path / "c.xaso")
    before = get_meta(hub.conn, "hlc")
    try:
        import_bundle(hub, read_file(out["path"]))
        raise AssertionError("a bundle three days ahead was merged")
    except BundleRefused as exc:
        assert exc.code == "bundle_clock_ahead"
        assert "xaso clock repair" in exc.message("vi")
    assert get_meta(hub.conn, "hlc") <= before or get_meta(hub.conn, "hlc")[:15] < out["clock"]["max"][:15]
    assert row(hub, "residents", rid) is None
    laptop.clock.advance(days=-3)  # the commune corrects the date
    assert clock_status(laptop)["jump"] == "behind"
    fixed = repair_clock(laptop)
    assert fixed["tables"]["residents"] == 1 and clock_status(laptop)["jump"] is None
    again = export_bundle(laptop, tmp_path / "d.xaso")
    assert import_bundle(hub, read_file(again["path"]))["status"] == "imported"
    assert row(hub, "residents", rid)["full_name"] == "Tạ Văn Sơn"


def test_clock_observed_on_normal_import(tmp_path, hub, laptop):
    """The hub's clock moves past every merged clock, so its own next change (here a
    hamlet it adds) orders after what it merged, though its wall clock stands still."""
    laptop.clock.advance(hours=1)  # the laptop's clock runs an hour ahead: within a day
    add_resident(laptop, "Kim Văn Tú")
    out = export_bundle(laptop, tmp_path / "c.xaso")
    rep = import_bundle(hub, read_file(out["path"]))
    assert "clock_ahead_days" not in rep
    assert get_meta(hub.conn, "hlc") > out["clock"]["max"]
    with write(hub) as tx:
        tx.insert("hamlet", "hamlets", {"name": "Thôn Hub", "name_key": "thon hub"})
    assert get_meta(hub.conn, "hlc") > out["clock"]["max"]


def test_same_cccd_two_ids_goes_to_queue(tmp_path, hub, laptop, laptop2):
    a = add_resident(laptop, "Nguyễn Thị Uyên", "001190000009")
    b = add_resident(laptop2, "Nguyễn T. Uyên", "001190000009")
    send(laptop, hub, tmp_path)
    _, rep = send(laptop2, hub, tmp_path)
    assert rep["totals"]["duplicate"] == 1
    assert row(hub, "residents", a)["deleted"] == row(hub, "residents", b)["deleted"] == 0
    [d] = list_duplicates(hub)
    assert {d["a"]["id"], d["b"]["id"]} == {a, b}
    back(hub, [laptop, laptop2], tmp_path)
    assert [x["id"] for x in list_duplicates(laptop)] == [d["id"]]
    # a person resolves it on laptop 1; the resolution travels
    resolve(laptop, d["id"], keep=a)
    send(laptop, hub, tmp_path)
    assert list_duplicates(hub) == []
    assert row(hub, "residents", b)["deleted"] == 1
    back(hub, [laptop2], tmp_path)
    assert row(laptop2, "residents", b)["deleted"] == 1
    assert list_duplicates(laptop2, include_resolved=True)[0]["status"] == "same"


def test_export_and_import_are_audited(tmp_path, hub, laptop):
    add_resident(laptop, "Châu Văn Vinh")
    out, _ = send(laptop, hub, tmp_path)
    exp = laptop.conn.execute("SELECT record_id FROM audit_log WHERE action='bundle_export'").fetchall()
    imp = hub.conn.execute("SELECT record_id FROM audit_log WHERE action='bundle_import'").fetchall()
    assert exp == [(out["bundle_id"],)] and imp == [(out["bundle_id"],)]
