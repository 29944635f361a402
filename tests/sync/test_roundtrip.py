"""A laptop's bundle reaches the hub; the hub's reference bundle comes back."""

from desktop.sync.exporter import export_bundle, export_reference
from desktop.sync.importer import import_bundle, read_file

from sync_helpers import COMMUNE_A, add_resident, edit, row, synced_content


def test_laptop_bundle_merges_into_hub(tmp_path, hub, laptop):
    rid = add_resident(laptop, "Nguyễn Văn An", "001090000001")
    out = export_bundle(laptop, tmp_path / "out")
    assert out["rows"] >= 3 and out["seq"] == 1
    report = import_bundle(hub, read_file(out["path"]), "x")
    assert report["status"] == "imported"
    assert report["totals"]["new"] == out["rows"]
    assert report["trusted_now"] is True
    assert row(hub, "residents", rid)["full_name"] == "Nguyễn Văn An"
    assert synced_content(hub, COMMUNE_A) == synced_content(laptop, COMMUNE_A)


def test_reference_bundle_brings_other_laptop_data(tmp_path, hub, laptop, laptop2):
    r1 = add_resident(laptop, "Trần Thị Bình")
    r2 = add_resident(laptop2, "Lê Văn Cường")
    for db in (laptop, laptop2):
        import_bundle(hub, read_file(export_bundle(db, tmp_path / "o")["path"]))
    ref = export_reference(hub, COMMUNE_A, tmp_path / "ref.xaso")
    assert len(ref["recipients"]) == 2
    for db in (laptop, laptop2):
        rep = import_bundle(db, read_file(ref["path"]))
        assert rep["status"] == "imported"
    assert row(laptop, "residents", r2)["full_name"] == "Lê Văn Cường"
    assert row(laptop2, "residents", r1)["full_name"] == "Trần Thị Bình"
    edit(laptop, "residents", r2, phone="0912345678")
    import_bundle(hub, read_file(export_bundle(laptop, tmp_path / "o")["path"]))
    ref2 = export_reference(hub, COMMUNE_A, tmp_path / "ref2.xaso")
    import_bundle(laptop2, read_file(ref2["path"]))
    base = synced_content(hub, COMMUNE_A)
    assert synced_content(laptop, COMMUNE_A) == base
    assert synced_content(laptop2, COMMUNE_A) == base


def test_hub_trainings_and_targets_go_to_the_commune_only(tmp_path, hub, laptop):
    from desktop.db.writer import write

    from sync_helpers import COMMUNE_B, PROVINCE, link, new_commune

    other = new_commune(tmp_path / "b.db", COMMUNE_B, "may-b")
    link(hub, other, tmp_path)
    add_resident(laptop, "Người xã A")
    add_resident(other, "Người xã B")
    for db in (laptop, other):
        import_bundle(hub, read_file(export_bundle(db, tmp_path / "o")["path"]))
    with write(hub) as tx:
        training = tx.insert("training", "trainings", {
            "title": "Tập huấn chuyển đổi số", "title_key": "tap huan chuyen doi so",
            "starts_at": "2026-11-20T08:00"}, commune_code=PROVINCE)
        target = tx.insert("target", "targets", {"year": 2026, "indicator": "eid_level2",
                                                 "value": 0.8}, commune_code=COMMUNE_A)
    ref = export_reference(hub, COMMUNE_A, tmp_path / "ref.xaso")
    assert ref["tables"]["trainings"] == 1 and ref["tables"]["targets"] == 1
    import_bundle(laptop, read_file(ref["path"]))
    assert row(laptop, "trainings", training)["title"] == "Tập huấn chuyển đổi số"
    assert row(laptop, "targets", target)["value"] == 0.8
    # nothing of commune B reaches commune A
    assert laptop.conn.execute("SELECT count(*) FROM residents WHERE commune_code = ?",
                               (COMMUNE_B,)).fetchone()[0] == 0
    # a second reference bundle with nothing new is empty and merges as a no-op
    again = export_reference(hub, COMMUNE_A, tmp_path / "ref2.xaso")
    assert again["rows"] == 0
    other.conn.close()


def test_everything_the_app_writes_merges(tmp_path, hub, demo_db):
    """Demo data (every kind of record, as the services write them) passes every rule of
    the hub and merges whole; the hub's reference bundle goes back just as well."""
    from sync_helpers import link

    link(hub, demo_db, tmp_path)
    out = export_bundle(demo_db, tmp_path / "demo.xaso")
    report = import_bundle(hub, read_file(out["path"]))
    assert report["status"] == "imported" and report["totals"]["new"] == out["rows"]
    code = demo_db.conn.execute("SELECT value FROM meta WHERE key = 'commune_code'").fetchone()[0]
    ref = export_reference(hub, code, tmp_path / "ref.xaso")
    assert import_bundle(demo_db, read_file(ref["path"]))["status"] == "imported"
