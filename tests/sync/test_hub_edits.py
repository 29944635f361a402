"""A hub's corrections to a commune's records stay within that commune.

A hub holds every commune's "Thôn 1". An edit made there may name only records of the
edited record's own commune (or the hub's), as the merge requires of every row: a
household moved to another commune's hamlet went into the reference bundle, and the
commune's laptop refused the whole bundle. The rows an edit makes (a visit's team, the
steps it records) are the commune's too, not the hub's.
"""

import pytest

from desktop.domain.errors import ValidationError
from desktop.services import records
from desktop.sync.exporter import export_bundle, export_reference
from desktop.sync.importer import import_bundle, read_file
from sync_helpers import COMMUNE_A, COMMUNE_B, link, new_commune, row, synced_content
from tests.moment import TODAY


def _commune_records(db, leader: str, head: str, person: str) -> dict:
    hamlet = records.add(db, "hamlet", {"name": "Thôn 1"})
    member = records.add(db, "member", {"full_name": leader, "hamlet": hamlet["id"]})
    home = records.add(db, "household", {"hamlet": hamlet["id"], "head_name": head})
    resident = records.add(db, "resident", {"household": home["id"], "full_name": person},
                           today=TODAY)
    visit = records.add(db, "visit", {"date": "2026-11-20", "household": home["id"]},
                        today=TODAY)
    gone = records.add(db, "visit", {"date": "2026-11-21", "household": home["id"]},
                       today=TODAY)
    records.delete(db, "visit", gone["id"])
    return {"hamlet": hamlet["id"], "member": member["id"], "home": home["id"],
            "resident": resident["id"], "visit": visit["id"]}


@pytest.fixture
def two(tmp_path, hub, laptop):
    """Communes A (`laptop`) and B, each with its "Thôn 1", merged into `hub`."""
    other = new_commune(tmp_path / "b.db", COMMUNE_B, "may-b")
    link(hub, other, tmp_path)
    ids = {COMMUNE_A: _commune_records(laptop, "Lê Thị Hoa", "Võ Văn Ba", "Võ Thị Mai"),
           COMMUNE_B: _commune_records(other, "Trần Văn Bình", "Đỗ Thị Sen", "Đỗ Văn Lâm")}
    for db in (laptop, other):
        import_bundle(hub, read_file(export_bundle(db, tmp_path / "out")["path"]))
    other.conn.close()
    return ids


def _refused(call) -> str:
    with pytest.raises(ValidationError) as caught:
        call()
    return caught.value.problems[0].code


def test_a_hubs_edit_names_only_records_of_the_records_own_commune(tmp_path, hub, laptop, two):
    a, b = two[COMMUNE_A], two[COMMUNE_B]
    # another commune's hamlet, by its id: refused, the household as it was
    assert _refused(lambda: records.update(hub, "household", a["home"], {"hamlet": b["hamlet"]})
                    ) == "reference_other_commune"
    assert row(hub, "households", a["home"])["hamlet_id"] == a["hamlet"]
    # by name, "Thôn 1" is the household's own commune's, not "one of several"
    records.update(hub, "household", a["home"], {"hamlet": "Thôn 1", "address": "Ấp Ba"})
    assert row(hub, "households", a["home"])["hamlet_id"] == a["hamlet"]
    # a name only another commune has is said to be of another commune, not missing
    assert _refused(lambda: records.update(hub, "visit", a["visit"], {"members": ["Trần Văn Bình"]})
                    ) == "reference_other_commune"
    # B's "Thôn 1" does not make A's a duplicate name
    records.update(hub, "hamlet", a["hamlet"], {"notes": "Ghi chú của trạm"})
    # a visit's team: members of its commune only
    assert _refused(lambda: records.update(hub, "visit", a["visit"], {"members": [b["member"]]})
                    ) == "reference_other_commune"
    records.update(hub, "visit", a["visit"], {
        "members": [a["member"]], "outcome": "done",
        "resident_updates": [{"resident": a["resident"], "eid_stage": "level1"}]}, today=TODAY)
    made = [hub.conn.execute(f"SELECT commune_code FROM {t} WHERE visit_id = ?",
                             (a["visit"],)).fetchall() for t in ("visit_members", "stage_changes")]
    assert made == [[(COMMUNE_A,)], [(COMMUNE_A,)]]
    # the commune takes the hub's corrections whole
    ref = export_reference(hub, COMMUNE_A, tmp_path / "ref.xaso")
    assert import_bundle(laptop, read_file(ref["path"]))["status"] == "imported"
    assert row(laptop, "households", a["home"])["address"] == "Ấp Ba"
    assert row(laptop, "residents", a["resident"])["eid_stage"] == "level1"
    assert laptop.conn.execute("SELECT count(*) FROM visit_members WHERE visit_id = ?",
                               (a["visit"],)).fetchone()[0] == 1


def test_the_commune_may_change_again_what_a_hubs_correction_added(tmp_path, hub, laptop, two):
    """The team link and the step a hub's correction adds to a commune's visit are the
    commune's records: the commune's laptop changes them again (a member taken off the
    team) and its bundle carries the change to the hub. Only the
    hub's own kinds (trainings and their bridge points and attendance, targets) stay
    the hub's when it makes them."""
    a = two[COMMUNE_A]
    records.update(hub, "visit", a["visit"], {
        "members": [a["member"]], "outcome": "done",
        "resident_updates": [{"resident": a["resident"], "eid_stage": "level1"}]}, today=TODAY)
    ref = export_reference(hub, COMMUNE_A, tmp_path / "ref.xaso")
    assert import_bundle(laptop, read_file(ref["path"]))["status"] == "imported"
    records.update(laptop, "visit", a["visit"], {"members": []}, today=TODAY)
    out = export_bundle(laptop, tmp_path / "back.xaso")
    assert import_bundle(hub, read_file(out["path"]))["status"] == "imported"
    assert hub.conn.execute("SELECT count(*) FROM visit_members WHERE visit_id = ? AND "
                            "deleted = 0", (a["visit"],)).fetchone()[0] == 0
    assert synced_content(hub, COMMUNE_A) == synced_content(laptop, COMMUNE_A)


def test_a_communes_own_saves_are_as_before(laptop):
    hamlet = records.add(laptop, "hamlet", {"name": "Tân Ninh"})
    assert _refused(lambda: records.add(laptop, "hamlet", {"name": "tan ninh"})
                    ) == "hamlet_duplicate"
    home = records.add(laptop, "household", {"hamlet": "Tân Ninh", "head_name": "Võ Văn Ba"})
    assert home["hamlet_id"] == hamlet["id"]
