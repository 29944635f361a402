"""An export past one bundle's size goes out as several bundles in sequence, each
complete in itself (a million-visit commune's history is about 3 million rows, past
the hub's caps of 2,000,000 rows and 64 MiB a bundle)."""

import pytest

from desktop.db.meta import get_meta
from desktop.sync.changes import iter_rows
from desktop.sync.container import DEFAULT_LIMITS, open_bundle
from desktop.sync.exporter import SPLIT, Split, _Sent, export_bundle, export_reference
from desktop.sync.importer import import_bundle, read_file, trial_merge
from desktop.sync.keys import device_keys
from desktop.sync.merge import canonical

from sync_helpers import add_resident, edit, link, remove, synced_content

SMALL = Split(rows=300, bytes=DEFAULT_LIMITS.file_bytes)


def _commune(db) -> str:
    return get_meta(db.conn, "commune_code")


def _content(db, commune: str) -> dict:
    """The commune's synced records, field clocks in the form a merge stores them (the
    demo writes a deleted record's clock even when it is the creation's)."""
    return {t: [canonical(r) for r in rows] for t, rows in synced_content(db, commune).items()}


@pytest.fixture
def big_laptop(tmp_path, hub, demo_db):
    """The demo commune linked to the hub, with an edited and a deleted record."""
    link(hub, demo_db, tmp_path)
    rid = add_resident(demo_db, "Nguyễn Thị Hoa", "001090000009")
    edit(demo_db, "residents", rid, phone="0912345670")
    visit = demo_db.conn.execute("SELECT id FROM visits WHERE deleted = 0 LIMIT 1").fetchone()[0]
    remove(demo_db, "visits", visit)
    return demo_db


def test_a_large_export_goes_out_in_sequence_each_bundle_complete(tmp_path, hub, big_laptop):
    out = export_bundle(big_laptop, tmp_path / "usb" / "xa.xaso", full=True, split=SMALL)
    bundles = out["bundles"]
    assert len(bundles) >= 4
    assert [b["seq"] for b in bundles] == list(range(1, len(bundles) + 1))
    # only the first says full: it covers what came before, the others follow it
    assert [b["full"] for b in bundles] == [True] + [False] * (len(bundles) - 1)
    assert out["path"] == str(tmp_path / "usb" / "xa.xaso")
    assert [b["path"] for b in bundles[1:3]] == [str(tmp_path / "usb" / "xa_2.xaso"),
                                                  str(tmp_path / "usb" / "xa_3.xaso")]
    assert out["rows"] == sum(b["rows"] for b in bundles)
    for b in bundles:
        # the cut counts the records a bundle's rows name; those they in turn name
        # (a named visit's household) are at most as many again
        assert b["rows"] <= 2 * SMALL.rows
    # each bundle alone passes every check of an empty hub, references included
    for b in bundles:
        assert trial_merge(hub, read_file(b["path"]))["status"] == "imported", b["seq"]
    # last first: the hub sees the missing ones as gaps until the first, full one comes
    reports = [import_bundle(hub, read_file(b["path"])) for b in reversed(bundles)]
    assert reports[0]["missing"] == len(bundles) - 1
    assert reports[-1]["missing"] == 0 and reports[-1]["gaps"] == []
    code = _commune(big_laptop)
    assert _content(hub, code) == _content(big_laptop, code)
    assert get_meta(big_laptop.conn, "sync_export_seq") == str(len(bundles))
    # the next export continues the sequence, in one bundle
    edit(big_laptop, "residents", big_laptop.conn.execute(
        "SELECT id FROM residents WHERE deleted = 0 LIMIT 1").fetchone()[0], phone="0987654321")
    again = export_bundle(big_laptop, tmp_path / "usb" / "next.xaso", split=SMALL)
    assert again["seq"] == len(bundles) + 1 and len(again["bundles"]) == 1
    report = import_bundle(hub, read_file(again["path"]))
    assert report["missing"] == 0 and report["totals"]["updated"] >= 1
    assert _content(hub, code) == _content(big_laptop, code)


def test_a_split_export_holds_what_one_bundle_would(tmp_path, hub, big_laptop):
    """Rows named by several bundles travel in each; nothing changed is left out."""
    whole = export_bundle(big_laptop, tmp_path / "whole.xaso", full=True)
    split = export_bundle(big_laptop, tmp_path / "split", full=True, split=SMALL)
    assert len(whole["bundles"]) == 1 and len(split["bundles"]) > 1
    for table, count in whole["tables"].items():
        assert split["tables"][table] >= count, table
    keys = device_keys(hub.conn).box_keys
    ids: dict[str, set] = {}
    for b in split["bundles"]:  # each bundle's ids, read back as the importer reads them
        opened = open_bundle(read_file(b["path"]), keys)
        for entry, part in zip(opened.manifest["parts"], opened.parts):
            at = entry["columns"].index("id")
            for chunk in iter_rows(part, entry, DEFAULT_LIMITS):
                ids.setdefault(entry["table"], set()).update(r[at] for r in chunk)
    for table, count in whole["tables"].items():
        assert len(ids[table]) == count, table
    # a record named by an earlier bundle is not sent again as a changed one: what is
    # sent twice is what rows of two bundles name (a visit whose team straddles a cut,
    # the hamlets and team members every bundle names)
    again = split["rows"] - whole["rows"]
    small = sum(whole["tables"].get(t, 0) for t in ("hamlets", "members", "events"))
    assert again <= small * len(split["bundles"]) + 50 * len(split["bundles"]), again


def test_an_export_reads_its_rows_without_sorting_them(tmp_path, big_laptop):
    """A sort of a million visits held 1.2 GB (temp_store is memory): the rows are read
    in whatever order an index gives them."""
    statements = []
    big_laptop.conn.set_trace_callback(statements.append)
    try:
        export_bundle(big_laptop, tmp_path / "x.xaso", full=True, split=SMALL)
    finally:
        big_laptop.conn.set_trace_callback(None)
    reads = {s for s in statements if s.lstrip().upper().startswith("SELECT")
             and "export_sent" in s}
    assert len(reads) == 13  # one read of each table's changed rows
    sent = _Sent(big_laptop.conn)  # the export's temporary table, as it was
    try:
        for sql in reads:
            plan = " ".join(r[3] for r in big_laptop.conn.execute("EXPLAIN QUERY PLAN " + sql))
            assert "TEMP B-TREE" not in plan, (sql, plan)
    finally:
        sent.close()


def test_a_failed_write_of_a_later_bundle_leaves_no_file_and_records_nothing(tmp_path, hub,
                                                                            big_laptop):
    usb = tmp_path / "usb"
    (usb / "xa_3.xaso").mkdir(parents=True)  # the third bundle's file cannot be written
    with pytest.raises(OSError):
        export_bundle(big_laptop, usb / "xa.xaso", full=True, split=SMALL)
    assert sorted(p.name for p in usb.iterdir()) == ["xa_3.xaso"]  # nor any temporary file
    assert get_meta(big_laptop.conn, "sync_export_seq", "0") == "0"
    (usb / "xa_3.xaso").rmdir()
    out = export_bundle(big_laptop, usb / "xa.xaso", full=True, split=SMALL)
    assert out["seq"] == 1


def test_a_hubs_reference_bundle_splits_too(tmp_path, hub, big_laptop):
    import_bundle(hub, read_file(export_bundle(big_laptop, tmp_path / "up.xaso", full=True)
                                 ["path"]))
    ref = export_reference(hub, _commune(big_laptop), tmp_path / "ref", full=True, split=SMALL)
    assert len(ref["bundles"]) > 1
    assert [b["seq"] for b in ref["bundles"]] == list(range(1, len(ref["bundles"]) + 1))
    for b in ref["bundles"]:
        assert import_bundle(big_laptop, read_file(b["path"]))["status"] == "imported"


def test_the_default_split_stays_within_the_hubs_caps():
    """What a bundle holds at the cut, and at most as many rows again named by the
    records it names, stays under the caps every reader applies."""
    assert 2 * SPLIT.rows <= DEFAULT_LIMITS.rows
    assert 2 * SPLIT.bytes <= DEFAULT_LIMITS.file_bytes - (1 << 20)  # room for the manifest
