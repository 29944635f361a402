"""The hub roll-up: one row per merged commune, each row equal to that commune's own
report, and any one commune's report from the hub equal to the commune's."""

import datetime as dt

import pytest

from desktop.db import open_database
from desktop.db.migrations.m001_initial import TABLES
from desktop.reports.collect import collect_monthly
from desktop.reports.hub import collect_hub, is_stale
from desktop.reports.pdf_hub import render_hub_pdf
from desktop.services.demo import generate_demo
from desktop.services.setup import init_hub
from tests.pdf_tools import pdf_text
from tests.reports.conftest import ISSUED, TODAY, XA, new_commune

OTHER = "00070"  # Phường Hoàn Kiếm


@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    """Two demo communes merged into a hub (rows copied as a merge would leave them)."""
    folder = tmp_path_factory.mktemp("hub")
    communes = {}
    for code, seed in ((XA, 11), (OTHER, 12)):
        path = folder / f"{code}.db"
        db = new_commune(path, code)
        generate_demo(db, households=80, months=6, seed=seed, today=TODAY)
        communes[code] = db
    hub_db = open_database(folder / "hub.db")
    init_hub(hub_db, "Trung tâm Chuyển đổi số tỉnh", "01")
    conn = hub_db.conn
    for code in communes:
        key = communes[code].key.hex()
        conn.execute(f"ATTACH DATABASE ? AS src KEY \"x'{key}'\"", (str(folder / f"{code}.db"),))
        conn.execute("BEGIN")
        for table in TABLES:
            conn.execute(f"INSERT INTO main.{table} SELECT * FROM src.{table}")
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE src")
    conn.execute("INSERT INTO sync_bundles (bundle_id, device_id, commune_code, stream, seq, "
                 "full, since_rev, upto_rev, manifest_sha256, imported_at) VALUES "
                 "('b1', 'd1', ?, 's', 1, 1, 0, 10, 'x', '2026-11-20T08:00:00+00:00'), "
                 "('b2', 'd1', ?, 's', 2, 0, 10, 20, 'y', '2026-11-22T08:00:00+00:00')",
                 (XA, XA))
    yield hub_db, communes
    hub_db.conn.close()
    for db in communes.values():
        db.conn.close()


def test_one_row_per_commune_equal_to_each_commune_report(hub):
    hub_db, communes = hub
    roll = collect_hub(hub_db, "2026-11")
    assert [c.code for c in roll.communes] == sorted(communes, key=lambda c: {
        XA: "Xã Chương Dương", OTHER: "Phường Hoàn Kiếm"}[c])
    for row in roll.communes:
        own = collect_monthly(communes[row.code], "2026-11")
        t = own.totals
        assert row.name == own.commune_name
        assert row.households == own.households_total
        assert row.residents == own.residents_total
        assert row.visits_month == own.visits_month
        assert row.households_visited_ytd == t["households_visited"].ytd
        assert row.eid_level2 == t["eid_level2"].month
        assert row.health_linked == t["health_linked"].month
        assert row.public_service_month == t["public_service"].month
        assert row.trainings_month == t["trainings"].month
        assert row.participants_month == t["training_participants"].month
        assert row.events_month == t["events"].month
    assert roll.total.households == sum(r.households for r in roll.communes)
    assert roll.total.visits_month == sum(r.visits_month for r in roll.communes)


def test_last_bundle_and_staleness(hub):
    hub_db, _ = hub
    roll = collect_hub(hub_db, "2026-11")
    rows = {r.code: r for r in roll.communes}
    assert roll.bundles_known
    assert rows[XA].last_bundle.startswith("2026-11-22")
    assert rows[OTHER].last_bundle is None
    assert not is_stale(rows[XA], "2026-11", TODAY)
    assert is_stale(rows[OTHER], "2026-11", TODAY)
    assert is_stale(rows[XA], "2027-03", dt.date(2027, 3, 31))


def test_commune_report_from_the_hub_equals_the_communes_own(hub):
    hub_db, communes = hub
    from_hub = collect_monthly(hub_db, "2026-10", commune=OTHER)
    own = collect_monthly(communes[OTHER], "2026-10")
    assert from_hub.commune_name == "Phường Hoàn Kiếm"
    for code, fig in own.totals.items():
        other = from_hub.totals[code]
        assert (other.month, other.previous, other.ytd, other.denominator, other.target) == \
            (fig.month, fig.previous, fig.ytd, fig.denominator, fig.target), code
    assert [h.name for h in from_hub.hamlets] == [h.name for h in own.hamlets]


def test_hub_pdf_lists_every_commune(hub, tmp_path):
    hub_db, _ = hub
    roll = collect_hub(hub_db, "2026-11")
    path = tmp_path / "hub.pdf"
    render_hub_pdf(roll, path, "vi", issued=ISSUED)
    text = " ".join(pdf_text(path).split())
    assert "TRUNG TÂM CHUYỂN ĐỔI SỐ TỈNH" in text
    assert "Tổng hợp kết quả chuyển đổi số của các xã tháng 11/2026" in text
    assert "Xã Chương Dương" in text and "Phường Hoàn Kiếm" in text
    assert "22/11/2026" in text and "Chưa gửi" in text
    # a roll-up carries no personal data: no resident, head of household or phone
    people = hub_db.conn.execute("SELECT full_name, cccd, phone FROM residents UNION ALL "
                                 "SELECT head_name, NULL, phone FROM households").fetchall()
    assert people
    for name, cccd, phone in people:
        assert name not in text and (cccd or "@") not in text and (phone or "@") not in text


def test_hub_without_sync_tables_degrades(hub, tmp_path):
    hub_db, _ = hub
    copy = tmp_path / "old-hub.db"
    hub_db.conn.execute("VACUUM INTO ?", (str(copy),))
    import sqlite3

    raw = sqlite3.connect(copy)
    raw.execute("DROP TABLE sync_bundles")
    raw.commit()
    roll = collect_hub(raw, "2026-11")
    assert not roll.bundles_known
    assert all(r.last_bundle is None for r in roll.communes)
    raw.close()
