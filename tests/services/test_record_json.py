"""JSON in equals JSON out: what `show --json` prints is accepted by `update` and `add`."""

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.errors import ValidationError
from desktop.services import records
from desktop.services.queries import list_records

KINDS_SHOWN = ("hamlet", "member", "household", "resident", "visit", "training",
               "attendance", "event", "target")


def _snapshot(db):
    return db.conn.execute("SELECT count(*), max(seq) FROM audit_log").fetchone()


@pytest.fixture(scope="module")
def shown(tmp_path_factory):
    """A demo commune (with edits and deletions) and one live record of every kind."""
    from desktop.db import open_database
    from desktop.domain.clock import FrozenClock
    from desktop.services.demo import generate_demo
    from desktop.services.setup import init_commune
    from tests.moment import NOW, TODAY

    db = open_database(tmp_path_factory.mktemp("json") / "x.db", clock=FrozenClock(NOW))
    init_commune(db, "00070")
    generate_demo(db, households=30, months=3, seed=4, today=TODAY)
    records.add(db, "event", {"date": "2026-11-10", "place": "Sân UBND",
                              "services": {"vneid_install": 3}})
    ids = {kind: [r["id"] for r in list_records(db, kind, limit=20)] for kind in KINDS_SHOWN}
    yield db, ids
    db.conn.close()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(KINDS_SHOWN), st.integers(0, 19))
def test_every_shown_record_round_trips_through_update(shown, kind, index):
    db, ids = shown
    record_id = ids[kind][index % len(ids[kind])]
    printed = json.loads(json.dumps(records.get(db, kind, record_id), default=str))
    before = _snapshot(db)
    saved = records.update(db, kind, record_id, printed)
    assert saved.changes.kinds == set()  # the same record: nothing changed
    assert _snapshot(db) == before and saved.changes.undo_step is None
    assert json.loads(json.dumps(records.get(db, kind, record_id), default=str)) == printed


def test_shown_json_edited_and_given_back(shown):
    db, ids = shown
    rid = ids["resident"][0]
    printed = records.get(db, "resident", rid)
    printed["phone"] = "0987000111"
    assert records.update(db, "resident", rid, printed)["phone"] == "0987000111"
    copy = {k: v for k, v in records.get(db, "household", ids["household"][1]).items()}
    copy["head_name"] = "Đinh Văn Mới"
    made = records.add(db, "household", copy)  # a copy: read-only keys ignored
    assert made["id"] != copy["id"] and made["head_name"] == "Đinh Văn Mới"


def test_birth_year_and_birth_are_both_accepted(shown):
    db, ids = shown
    rid = db.conn.execute("SELECT id FROM live_residents WHERE cccd IS NULL LIMIT 1").fetchone()[0]
    assert records.update(db, "resident", rid, {"birth_year": 1961})["birth_year"] == 1961
    assert records.update(db, "resident", rid, {"birth": "02/03/1962"})["birth_date"] == "1962-03-02"


def test_contradictions_and_unknown_keys_are_refused(shown):
    db, ids = shown
    rid = ids["resident"][2]
    printed = records.get(db, "resident", rid)
    stale = dict(printed)
    records.update(db, "resident", rid, {"phone": "0987000222"})
    before = _snapshot(db)
    for key, value in (("hlc", stale["hlc"]), ("household", "Không Có Hộ Này"),
                       ("full_name_key", "ten khac"), ("spaceship", 1), ("kind", "visit")):
        attempt = {**printed, "phone": "0987000333"} if key != "hlc" else stale
        if key != "hlc":
            attempt = {**records.get(db, "resident", rid), key: value}
            if key == "household":
                attempt["household_id"] = printed["household_id"]
        with pytest.raises(ValidationError) as info:
            records.update(db, "resident", rid, attempt)
        assert info.value.problems[0].code in ("json_contradicts", "unknown_field"), key
    assert _snapshot(db) == before
