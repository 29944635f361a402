"""One definition per rule: a live record is the `live_*` views, an indicator is one
row of the indicator table; and the fields the new indicators need travel through
records, forms, imports and bundles like every other field."""

import json
import re
from pathlib import Path

import pytest

from desktop.db.live import RECORD_TABLES
from desktop.domain.errors import ValidationError
from desktop.domain.indicators import INDICATORS, MEASURES, UNITS
from desktop.domain.kinds import KINDS
from desktop.services import records
from desktop.services.imports import import_file
from tests.reports.conftest import new_commune

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [*sorted((ROOT / "desktop" / "reports").glob("*.py")),
           ROOT / "desktop" / "domain" / "indicators.py"]
RAW_TABLE = re.compile(rf"\b(?:FROM|JOIN)\s+({'|'.join(RECORD_TABLES)})\b")


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_reports_read_live_records_only(path):
    """No report query repeats "deleted = 0" or reads a record table directly."""
    text = path.read_text(encoding="utf-8")
    assert not re.search(r"deleted\s*=\s*[01]|\.deleted\b", text), path.name
    assert not RAW_TABLE.findall(text), (path.name, RAW_TABLE.findall(text))


def test_every_indicator_is_complete():
    for code, ind in INDICATORS.items():
        assert ind.vi and ind.en and ind.source, code
        assert ind.unit in UNITS and ind.measure in MEASURES, code
        assert (ind.unit == "percent") == (ind.denominator is not None) or \
            code in ("visits",), code
        for sql in filter(None, (ind.numerator, ind.denominator)):
            assert "IN_SCOPE(" in sql, code
            assert ("{age}" in ind.vi) == (ind.age is not None) or ind.group != "main", code
        if ind.age is not None:
            assert ":age" in ind.numerator, code


def test_the_reports_read_the_one_table():
    """Nothing in the reports or the dashboard names an indicator's rule again."""
    for path in [*SOURCES, ROOT / "desktop" / "ui" / "dashboard_page.py"]:
        if path.name == "indicators.py":
            continue
        text = path.read_text(encoding="utf-8")
        for pattern in ("has_smartphone", "has_payment_account", "svc_public_service",
                        "level2_activated", "birth_year", "sells_online", "has_fibre",
                        "outcome != 'not_home'"):
            assert pattern not in text, (path.name, pattern)


def test_new_fields_on_records(tmp_path):
    db = new_commune(tmp_path / "f.db")
    hamlet = records.add(db, "hamlet", {"name": "Thôn Tây"})
    home = records.add(db, "household", {"hamlet": hamlet["id"], "head_name": "Đỗ Văn Long",
                                         "has_fibre": "có"})
    assert home["has_fibre"] == 1
    person = records.add(db, "resident", {
        "household": home["id"], "full_name": "Đỗ Thị Hoa", "birth": "1990",
        "has_digital_signature": True, "digital_skills_date": "15/10/2026",
        "digital_skills_via": "tai lop hoc"})  # the label, without diacritics
    assert (person["digital_skills_date"], person["digital_skills_via"]) == \
        ("2026-10-15", "class")
    with pytest.raises(ValidationError):  # not in the future (the clock says 23/11/2026)
        records.update(db, "resident", person["id"], {"digital_skills_date": "01/12/2026"})
    with pytest.raises(ValidationError):
        records.update(db, "resident", person["id"], {"digital_skills_via": "radio"})
    visit = records.add(db, "visit", {"date": "2026-11-20", "household": home["id"],
                                      "services": ["public_service"], "dossiers": 4})
    assert visit["dossiers"] == 4
    with pytest.raises(ValidationError):
        records.update(db, "visit", visit["id"], {"dossiers": 300})
    training = records.add(db, "training", {"title": "Lớp Bình dân học vụ số thôn Tây",
                                            "starts_at": "20/11/2026 8h00",
                                            "literacy_class": "x"})
    assert training["literacy_class"] == 1
    for kind, name in (("household", "has_fibre"), ("resident", "has_digital_signature"),
                       ("resident", "digital_skills_date"), ("resident", "digital_skills_via"),
                       ("visit", "dossiers"), ("training", "literacy_class")):
        assert KINDS[kind].field(name) is not None  # so the forms show it
    db.conn.close()


def test_new_fields_import_from_the_offices_headers(tmp_path):
    db = new_commune(tmp_path / "i.db")
    homes = tmp_path / "ho.csv"
    homes.write_text("Thôn,Họ và tên chủ hộ,Cáp quang\nThôn Tây,Đỗ Văn Long,có\n"
                     "Thôn Tây,Mai Văn Bình,không\n", encoding="utf-8")
    assert import_file(db, "household", homes).ok
    people = tmp_path / "dan.csv"
    people.write_text("Họ và tên,Chủ hộ,Năm sinh,Chữ ký số,Ngày hoàn thành kỹ năng số,"
                      "Hình thức học\nĐỗ Thị Hoa,Đỗ Văn Long,1990,x,15/10/2026,Trên nền tảng "
                      "VNeID\n", encoding="utf-8")
    report = import_file(db, "resident", people)
    assert report.ok, report.errors
    row = db.conn.execute("SELECT has_digital_signature, digital_skills_date, "
                          "digital_skills_via FROM residents").fetchone()
    assert row == (1, "2026-10-15", "vneid")
    assert db.conn.execute("SELECT sum(has_fibre) FROM households").fetchone()[0] == 1
    db.conn.close()


def test_new_fields_travel_in_bundles(tmp_path, capsys):
    from desktop.cli import main

    def xaso(*argv):
        code = main(["--json", *map(str, argv)])
        out = capsys.readouterr().out
        assert code == 0, out
        return json.loads(out)

    hub, laptop = tmp_path / "hub.db", tmp_path / "may.db"
    xaso("--db", hub, "init", "--hub", "Sở Khoa học và Công nghệ", "--province", "01")
    xaso("--db", laptop, "init", "--commune", "10237")
    xaso("--db", hub, "hub-key", "export", "--out", tmp_path / "hub.key", "--commune", "10237")
    xaso("--db", laptop, "hub-key", "import", tmp_path / "hub.key")
    xaso("--db", laptop, "add", "hamlet", "--data", '{"name": "Thôn Tây"}')
    xaso("--db", laptop, "add", "household", "--data",
         '{"hamlet": "Thôn Tây", "head_name": "Đỗ Văn Long", "has_fibre": true}')
    xaso("--db", laptop, "add", "resident", "--data", json.dumps(
        {"household": "Đỗ Văn Long", "full_name": "Đỗ Thị Hoa", "birth": "1990",
         "has_digital_signature": True, "digital_skills_date": "2026-10-15",
         "digital_skills_via": "class"}))
    xaso("--db", laptop, "bundle", "export", "--out", tmp_path / "b.xaso")
    xaso("--db", hub, "bundle", "import", tmp_path / "b.xaso")
    from tests.logins import reopen

    db = reopen(hub)
    assert db.conn.execute("SELECT has_fibre FROM households").fetchone() == (1,)
    assert db.conn.execute("SELECT has_digital_signature, digital_skills_date, "
                           "digital_skills_via FROM residents").fetchone() == \
        (1, "2026-10-15", "class")
    from desktop.reports.hub import collect_hub

    roll = collect_hub(db, "2026-11")
    assert roll.communes[0].figures["fibre_households"].month == 1
    assert roll.communes[0].figures["digital_skills"].month == 1
    db.conn.close()


def test_docs_cite_the_source_of_every_definition():
    docs = (ROOT / "docs" / "reports.md").read_text(encoding="utf-8")
    rows = [line for line in docs.splitlines() if line.startswith("| `")]
    for code, ind in INDICATORS.items():
        key = "`event_<service>`" if code.startswith("event_") else f"`{code}`"
        row = next((r for r in rows if r.startswith(f"| {key}")), None)
        assert row is not None, code
        assert ind.source in row, code
        assert ind.label("vi") in row or code.startswith("event_"), code
