"""The hub roll-up: the same indicator definitions grouped by commune. Each row equals
that commune's own report for every indicator; the province's official units say
how many have reported; a commune of another province is flagged and left out."""

import datetime as dt

import pytest

from desktop.db.connection import connect
from desktop.db.migrations.m001_initial import TABLES
from desktop.domain.indicators import INDICATORS
from desktop.domain.units import communes_of
from desktop.reports.collect import collect_monthly
from desktop.reports.hub import collect_hub, is_stale
from desktop.reports.pdf_hub import render_hub_pdf
from desktop.reports.settings import read_report_settings, set_settings
from desktop.services.demo import generate_demo
from tests.pdf_tools import pdf_text
from tests.reports.conftest import (DAC_KHU, ISSUED, PHUONG, TODAY, XA, enrich, new_commune,
                                    new_hub)


@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    """Two communes of Hà Nội and one of Quảng Ngãi merged into Hà Nội's hub (rows
    copied as a merge would leave them); the first with edits and deletions."""
    folder = tmp_path_factory.mktemp("hub")
    communes = {}
    for code, seed in ((XA, 11), (PHUONG, 12), (DAC_KHU, 13)):
        db = new_commune(folder / f"{code}.db", code)
        generate_demo(db, households=60, months=6, seed=seed, today=TODAY)
        if code == XA:
            enrich(db)
        communes[code] = db
    hub_db = new_hub(folder / "hub.db")
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
    conn.commit()
    yield hub_db, communes
    hub_db.conn.close()
    for db in communes.values():
        db.conn.close()


def same(a, b) -> bool:
    return (a.month, a.previous, a.ytd, a.denominator) == (b.month, b.previous, b.ytd,
                                                           b.denominator)


@pytest.mark.parametrize("month", ["2026-11", "2026-09"])
def test_each_row_equals_the_communes_own_report(hub, month):
    hub_db, communes = hub
    roll = collect_hub(hub_db, month)
    assert [c.code for c in roll.communes] == [PHUONG, XA]  # by name: Hoàn Kiếm, Chương Dương
    for row in roll.communes:
        own = collect_monthly(communes[row.code], month)
        assert row.name == own.commune_name
        for code in INDICATORS:
            assert same(row.figures[code], own.totals[code]), (row.code, code)


def test_total_leaves_out_another_provinces_commune(hub):
    hub_db, _ = hub
    roll = collect_hub(hub_db, "2026-11")
    assert [r.code for r in roll.foreign] == [DAC_KHU]
    for code, ind in INDICATORS.items():
        fig = roll.total.figures[code]
        assert fig.month == sum(r.figures[code].month for r in roll.communes), code
        if ind.denominator:
            assert fig.denominator == sum(r.figures[code].denominator for r in roll.communes)


def test_reported_out_of_the_provinces_units(hub):
    hub_db, _ = hub
    roll = collect_hub(hub_db, "2026-11")
    official = communes_of("01")
    assert len(roll.expected) == len(official) > 100
    assert len(roll.missing) == len(official) - 2
    assert XA not in dict(roll.missing) and PHUONG not in dict(roll.missing)


@pytest.fixture(scope="module")
def hub_text(hub, tmp_path_factory):
    hub_db, _ = hub
    set_settings(hub_db, {"report.signer_authority": "KT.",
                          "report.signer_title": "PHÓ GIÁM ĐỐC",
                          "report.signer_name": "Hoàng Văn Nam"})
    path = tmp_path_factory.mktemp("hubpdf") / "hub.pdf"
    render_hub_pdf(collect_hub(hub_db, "2026-11"), path, "vi", ISSUED,
                   read_report_settings(hub_db.conn))
    set_settings(hub_db, {"report.signer_authority": "", "report.signer_title": "",
                          "report.signer_name": ""})
    return " ".join(pdf_text(path).split())


def test_hub_pdf_issuer_symbol_and_signer_from_the_settings(hub_text):
    text = hub_text
    assert text.startswith("UBND THÀNH PHỐ HÀ NỘI SỞ KHOA HỌC VÀ CÔNG NGHỆ Số: /BC-SKHCN")
    assert "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC" in text and "Hoàng Văn Nam" in text
    assert "THỦ TRƯỞNG ĐƠN VỊ" not in text
    recipients = text.split("Nơi nhận:")[1].split("KT. GIÁM ĐỐC")[0]
    assert "UBND thành phố Hà Nội (để báo cáo)" in recipients
    assert "Sở Khoa học và Công nghệ" not in recipients  # not its own recipient
    assert "Lưu: VT, CĐS." in recipients


def test_hub_pdf_says_who_reported_and_flags_the_stranger(hub_text):
    text = hub_text
    total = len(communes_of("01"))
    assert f"Đã có 2/{total} xã, phường, đặc khu báo cáo" in text
    appendix = text.split("PHỤ LỤC")[1]
    assert "Các xã, phường, đặc khu chưa báo cáo" in appendix
    assert communes_of("01")[0].name in appendix
    assert "Đặc khu Lý Sơn (21548)" in text.split("PHỤ LỤC")[0]
    assert "không được tính vào số liệu tổng hợp" in text
    body = text.split("Nơi nhận:")[0]
    assert "Xã Chương Dương" in body and "Phường Hoàn Kiếm" in body
    assert "22/11/2026" in body and "Chưa gửi" in body


def test_last_bundle_and_staleness(hub):
    hub_db, _ = hub
    roll = collect_hub(hub_db, "2026-11")
    rows = {r.code: r for r in roll.communes}
    assert roll.bundles_known
    assert rows[XA].last_bundle.startswith("2026-11-22")
    assert rows[PHUONG].last_bundle is None
    assert not is_stale(rows[XA], "2026-11", TODAY)
    assert is_stale(rows[PHUONG], "2026-11", TODAY)
    assert is_stale(rows[XA], "2027-03", dt.date(2027, 3, 31))


def test_commune_report_from_the_hub_equals_the_communes_own(hub):
    hub_db, communes = hub
    from_hub = collect_monthly(hub_db, "2026-10", commune=XA)
    own = collect_monthly(communes[XA], "2026-10")
    assert from_hub.commune_name == "Xã Chương Dương"
    for code, fig in own.totals.items():
        assert same(from_hub.totals[code], fig) and from_hub.totals[code].target == fig.target
    assert [h.name for h in from_hub.hamlets] == [h.name for h in own.hamlets]


def test_hub_without_sync_tables_degrades(hub, tmp_path):
    hub_db, _ = hub
    copy = tmp_path / "old-hub.db"
    hub_db.conn.execute("VACUUM INTO ?", (str(copy),))  # encrypted with the same key
    raw = connect(copy, hub_db.key)
    raw.execute("DROP TABLE sync_bundles")
    roll = collect_hub(raw, "2026-11")
    assert not roll.bundles_known
    assert all(r.last_bundle is None for r in roll.communes + roll.foreign)
    raw.close()


def test_a_provinces_hub_names_its_province(tmp_path):
    """A province (not a city) is "TỈNH ..." in the governing body and "tỉnh ..." among
    the recipients; the place line is the province's name."""
    hub = new_hub(tmp_path / "ht.db", "Sở Khoa học và Công nghệ", "42")
    settings = read_report_settings(hub.conn)
    assert settings.governing_body == "UBND TỈNH HÀ TĨNH"
    assert settings.issuer == ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"]
    assert settings.symbol == "BC-SKHCN" and settings.place == "Hà Tĩnh"
    assert settings.recipients[0] == "UBND tỉnh Hà Tĩnh (để báo cáo)"
    assert settings.signer_lines == ["GIÁM ĐỐC"]
    hub.conn.close()


def test_a_roll_up_carries_no_personal_data(hub, hub_text):
    """No resident, head of household or phone appears in the roll-up (Law 91)."""
    hub_db, _ = hub
    people = hub_db.conn.execute("SELECT full_name, cccd, phone FROM residents UNION ALL "
                                 "SELECT head_name, NULL, phone FROM households").fetchall()
    assert people
    for name, cccd, phone in people:
        assert name not in hub_text and (cccd or "@") not in hub_text
        assert (phone or "@") not in hub_text
