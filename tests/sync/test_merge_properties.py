"""Merging is idempotent, commutative and associative: proved by hypothesis, first
on versions of one record (pure planning), then on real databases with random
histories from several laptops merged by hubs in random orders."""

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.sync.exporter import export_bundle, export_reference
from desktop.sync.importer import import_bundle, read_file
from desktop.sync.keys import device_keys
from desktop.sync.merge import merge_rows
from tests.logins import copy_database

from sync_helpers import COMMUNE_A, add_resident, edit, link, new_commune, new_hub, synced_content

DEVICES = ("aaaa", "bbbb", "cccc")
FIELDS = ("phone", "full_name", "deleted")
CREATED = "000000000001000.00000.aaaa"


@st.composite
def versions(draw):
    """A version of one record as some device last saw it."""
    clocks = {}
    values = {}
    for f in FIELDS:
        if draw(st.booleans()):
            wall = draw(st.integers(1000, 1010))
            clocks[f] = f"{wall:015d}.{draw(st.integers(0, 2)):05d}.{draw(st.sampled_from(DEVICES))}"
        values[f] = draw(st.integers(0, 1)) if f == "deleted" else draw(st.sampled_from(["x", "y", None]))
    top = max([CREATED, *clocks.values()])
    return {"id": "r1", "commune_code": "30985", "created_at": "t0", "created_hlc": CREATED,
            "hlc": top, "updated_at": f"at-{top}", "device_id": top[22:], "actor_id": top[22:],
            "field_hlc": json.dumps(clocks, sort_keys=True) if clocks else None, **values}


def _merge(local, incoming):
    out = merge_rows(local, incoming)
    return local if out.row is None else out.row


def _fold(items):
    state = None
    for v in items:
        state = _merge(state, v)
    return state


@given(st.lists(versions(), min_size=1, max_size=5), st.randoms())
def test_fold_is_order_independent(items, rnd):
    shuffled = list(items)
    rnd.shuffle(shuffled)
    assert _fold(items) == _fold(shuffled)


@given(versions(), versions(), versions())
def test_merge_is_associative_and_idempotent(a, b, c):
    left = _merge(_merge(a, b), c)
    right = _merge(a, _merge(b, c))
    assert left == right
    assert _merge(left, a) == left and _merge(left, left) == left


# ---- real databases -------------------------------------------------------------

def _close(db):
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()


@pytest.fixture(scope="module")
def templates(tmp_path_factory):
    """A hub and three linked laptops, closed, to be copied for every example."""
    base = tmp_path_factory.mktemp("templates")
    hub = new_hub(base / "hub.db")
    laptops = []
    for i in range(3):
        db = new_commune(base / f"l{i}.db", COMMUNE_A, f"may-{i}")
        link(hub, db, base)
        laptops.append(db)
    for db in (hub, *laptops):
        _close(db)
    return base


def _copy(templates, name, dest):
    return copy_database(templates / name, dest)


OPS = st.one_of(
    st.tuples(st.just("create"), st.integers(0, 2), st.integers(0, 3)),
    st.tuples(st.just("edit"), st.integers(0, 2), st.integers(0, 20),
              st.sampled_from(["phone", "full_name", "has_smartphone"]), st.integers(0, 2)),
    st.tuples(st.just("delete"), st.integers(0, 2), st.integers(0, 20)),
    st.tuples(st.just("undelete"), st.integers(0, 2), st.integers(0, 20)),
    st.tuples(st.just("export"), st.integers(0, 2), st.booleans()),
    st.tuples(st.just("sync")),
)
VALUES = {"phone": ["0912000001", "0912000002", None], "full_name": ["An", "Bình", "Chi"],
          "has_smartphone": [0, 1, 1]}
CCCDS = ["001090000111", "001090000222", None, None]


@settings(max_examples=50, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(ops=st.lists(OPS, min_size=3, max_size=25), data=st.data())
def test_any_order_of_bundles_gives_identical_hubs(templates, tmp_path_factory, ops, data):
    work = tmp_path_factory.mktemp("run")
    hub = _copy(templates, "hub.db", work / "hub.db")
    laptops = [_copy(templates, f"l{i}.db", work / f"l{i}.db") for i in range(3)]
    bundles: list[str] = []
    pending: list[str] = []

    def export(i, full=False):
        out = export_bundle(laptops[i], work / f"b{len(bundles)}.xaso", full=full)
        bundles.append(out["path"])
        pending.append(out["path"])

    def known(i):
        return [r[0] for r in laptops[i].conn.execute("SELECT id FROM residents ORDER BY id")]

    for op in ops:
        kind, *args = op
        if kind == "create":
            add_resident(laptops[args[0]], f"Người {len(bundles)}", CCCDS[args[1]])
        elif kind in ("edit", "delete", "undelete"):
            ids = known(args[0])
            if not ids:
                continue
            rid = ids[args[1] % len(ids)]
            if kind == "edit":
                edit(laptops[args[0]], "residents", rid, **{args[2]: VALUES[args[2]][args[3]]})
            else:
                edit(laptops[args[0]], "residents", rid, deleted=1 if kind == "delete" else 0)
        elif kind == "export":
            export(args[0], args[1])
        else:  # the primary hub merges what came in and sends the commune's reference back
            for path in pending:
                import_bundle(hub, read_file(path))
            pending.clear()
            ref = export_reference(hub, COMMUNE_A, work / f"ref{len(bundles)}.xaso") \
                if hub.conn.execute("SELECT count(*) FROM sync_trust").fetchone()[0] else None
            for db in laptops if ref else ():
                if device_keys(db.conn).public.key_id in ref["recipients"]:
                    import_bundle(db, read_file(ref["path"]))
    for i in range(3):
        export(i)
    for path in pending:
        import_bundle(hub, read_file(path))
    expected = synced_content(hub)
    for n in range(2):
        order = data.draw(st.permutations(bundles), label=f"order {n}")
        repeats = data.draw(st.lists(st.sampled_from(bundles), max_size=3), label="repeats")
        replica = _copy(templates, "hub.db", work / f"replica{n}.db")
        for path in [*order, *repeats]:
            import_bundle(replica, read_file(path))
        assert synced_content(replica) == expected
        replica.conn.close()
    # and every laptop converges with the hub through one last reference bundle
    ref = export_reference(hub, COMMUNE_A, work / "final.xaso")
    for db in laptops:
        import_bundle(db, read_file(ref["path"]))
        assert synced_content(db, COMMUNE_A) == synced_content(hub, COMMUNE_A)
    for db in (hub, *laptops):
        db.conn.close()
