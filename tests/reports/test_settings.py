"""Report settings (`xaso settings get|set|list|load`) and the officer's sections
(`--notes FILE`, `xaso report notes`): stored in the database, validated, documented."""

import json
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.domain.errors import InputRefused
from desktop.domain.indicators import INDICATORS
from desktop.reports.notes import format_notes, parse_notes, read_notes
from desktop.reports.settings import SETTINGS, get_setting, read_report_settings
from tests.pdf_tools import pdf_text
from tests.reports.conftest import new_commune

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def commune(tmp_path):
    db = new_commune(tmp_path / "s.db")
    path = str(tmp_path / "s.db")
    db.conn.close()
    return path


def run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_set_get_and_back_to_the_default(commune, capsys):
    code, out, _ = run(capsys, "--db", commune, "--json", "settings", "get", "report.symbol")
    assert code == 0 and json.loads(out) == {"key": "report.symbol", "value": "BC-UBND",
                                             "default": True}
    assert run(capsys, "--db", commune, "settings", "set", "report.signer_authority", "kt")[0] == 0
    code, out, _ = run(capsys, "--db", commune, "settings", "get", "report.signer_authority")
    assert out.strip() == "KT."
    assert run(capsys, "--db", commune, "settings", "set", "report.signer_authority", "")[0] == 0
    assert run(capsys, "--db", commune, "settings", "get",
               "report.signer_authority")[1].strip() == "TM."
    code, out, _ = run(capsys, "--db", commune, "--json", "settings", "list")
    assert [i["key"] for i in json.loads(out)["settings"]] == list(SETTINGS)


@pytest.mark.parametrize("key, value", [("report.signer_authority", "thay mặt"),
                                        ("report.closing_day", "15x"),
                                        ("threshold.eid_level2", "-3"),
                                        ("report.nothing", "x")])
def test_bad_settings_are_refused(commune, capsys, key, value):
    code, _, err = run(capsys, "--db", commune, "settings", "set", key, value)
    assert code == 2 and key in err


def test_a_settings_file_sets_all_or_nothing(commune, capsys, tmp_path):
    good = tmp_path / "tinh.txt"
    good.write_text("# ngưỡng tuổi của tỉnh\nthreshold.eid_level2 = 16\n"
                    "report.recipients = UBND tỉnh Hà Tĩnh (để báo cáo);\n"
                    "    Sở Khoa học và Công nghệ (để báo cáo)\n", encoding="utf-8")
    assert run(capsys, "--db", commune, "settings", "load", str(good))[0] == 0
    from tests.logins import reopen

    db = reopen(commune)
    settings = read_report_settings(db.conn)
    assert settings.age("eid_level2") == 16
    assert settings.recipients == ["UBND tỉnh Hà Tĩnh (để báo cáo)",
                                   "Sở Khoa học và Công nghệ (để báo cáo)"]
    db.conn.close()
    bad = tmp_path / "bad.txt"
    bad.write_text("threshold.eid_level2 = 18\nreport.closing_day = 40\n", encoding="utf-8")
    assert run(capsys, "--db", commune, "settings", "load", str(bad))[0] == 2
    db = reopen(commune)
    assert get_setting(db, "threshold.eid_level2") == ("16", False)  # unchanged
    db.conn.close()


NOTES = """# Ghi chú tháng 11/2026
[II. Tồn tại, hạn chế]
- Sóng điện thoại yếu ở hai thôn vùng cao.
- Một số người cao tuổi chưa có điện thoại thông minh.

[kien nghi]
Đề nghị hỗ trợ 20 điện thoại thông minh.
"""


def test_notes_file_format():
    sections = parse_notes(NOTES)
    assert sections == {"problems": "- Sóng điện thoại yếu ở hai thôn vùng cao.\n"
                                    "- Một số người cao tuổi chưa có điện thoại thông minh.",
                        "proposals": "Đề nghị hỗ trợ 20 điện thoại thông minh."}
    assert parse_notes(format_notes(sections)) == sections
    assert parse_notes(format_notes(sections, "en")) == sections
    with pytest.raises(InputRefused) as refused:
        parse_notes("Một dòng chưa có mục\n[Tồn tại]\nx")
    assert refused.value.problems[0].params["line"] == 1
    with pytest.raises(InputRefused) as refused:
        parse_notes("[Tồn tại]\nx\n\n[Khen thưởng]\ny")
    assert refused.value.problems[0].params["line"] == 4


def test_notes_saved_with_the_month_and_printed(commune, capsys, tmp_path):
    notes = tmp_path / "ghi-chu.txt"
    notes.write_text(NOTES, encoding="utf-8")
    pdf = tmp_path / "bc.pdf"
    code, _, err = run(capsys, "--db", commune, "report", "monthly", "--month", "2026-11",
                       "--out", str(pdf), "--notes", str(notes))
    assert code == 0, err
    text = " ".join(pdf_text(pdf).split())
    assert "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN - Sóng điện thoại yếu" in text
    assert "III. ĐỀ XUẤT, KIẾN NGHỊ Đề nghị hỗ trợ 20 điện thoại" in text
    assert "NHIỆM VỤ" not in text  # an empty section is left out
    code, out, _ = run(capsys, "--db", commune, "report", "notes", "--month", "2026-11")
    assert parse_notes(out) == parse_notes(NOTES)
    assert run(capsys, "--db", commune, "--json", "report", "notes", "--month",
               "2026-10")[1].count('"sections": {}') == 1  # another month has none
    from tests.logins import reopen

    db = reopen(commune)
    assert read_notes(db.conn, "2026-11") == parse_notes(NOTES)
    db.conn.close()


def test_report_needs_an_output(commune, capsys):
    code, _, err = run(capsys, "--db", commune, "report", "monthly", "--month", "2026-11")
    assert code == 2 and "--out" in err


def test_every_setting_is_documented():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for key in SETTINGS:
        if not key.startswith("threshold."):
            assert f"`{key}`" in readme, key
    assert "`threshold.<indicator>`" in readme
    for code, ind in INDICATORS.items():
        if ind.age is not None:
            assert f"`{code}`" in readme, code
