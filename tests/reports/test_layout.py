"""The layout of Decree 30/2020/NĐ-CP Appendix I, measured on the PDF as printed:
rules centred under their text, font sizes, paragraph spacing, abbreviations spelled
out, the signature with the last lines of text, long lists in the appendix, the
unit's own words and the place line."""

import re

import pytest

from desktop.domain.units import _index
from desktop.reports.collect import collect_monthly
from desktop.reports.compose import compose_monthly
from desktop.reports.hub import collect_hub
from desktop.reports.labels import ABBREVIATIONS
from desktop.reports.notes import save_notes
from desktop.reports.pdf_hub import render_hub_pdf
from desktop.reports.pdf_render import render_pdf
from desktop.reports.settings import read_report_settings, set_settings
from desktop.services import records
from desktop.services.demo import generate_demo
from tests.pdf_tools import find, page_count, pdf_lines, pdf_text, rules, texts
from tests.reports.conftest import (DAC_KHU, ISSUED, LONGEST, PERSON, PHUONG, TODAY, XA,
                                    new_commune, new_hub)

PT = 25.4 / 72  # mm per point


def line(lines, text):
    for item in lines:
        if item.text == text:
            return item
    raise AssertionError(f"{text!r} not a line: {[i.text for i in lines][:30]}")


def monthly_pdf(db, path, lang="vi", month="2026-11"):
    report = collect_monthly(db, month)
    settings = read_report_settings(db.conn, lang)
    render_pdf(compose_monthly(report, settings, lang, ISSUED), path)
    return path


@pytest.fixture(scope="module")
def pdf_vi(demo, tmp_path_factory):
    path = tmp_path_factory.mktemp("layout") / "bao-cao.pdf"
    return monthly_pdf(demo, path)


def check_rules(path, issuer_lines, motto="Độc lập - Tự do - Hạnh phúc",
                summary="Kết quả thực hiện chuyển đổi số tháng 11/2026"):
    lines = pdf_lines(path, 0)
    found = rules(path, 0)
    issuer = max((line(lines, t) for t in issuer_lines), key=lambda b: b.right - b.left)
    motto_line = line(lines, motto)
    summary_line = line(lines, summary)

    def rule_under(text):
        close = [r for r in found if 0 < r.top - text.bottom < 4]  # under its text
        assert close, text
        return min(close, key=lambda r: abs(r.centre - (text.left + text.right) / 2))

    issuer_rule, motto_rule = rule_under(line(lines, issuer_lines[-1])), rule_under(motto_line)
    title_rule = rule_under(summary_line)
    for rule, text in ((issuer_rule, issuer), (motto_rule, motto_line),
                       (title_rule, summary_line)):
        assert abs(rule.centre - (text.left + text.right) / 2) <= 1.0, (rule, text)
    # the motto's rule is as long as its line; the others a third to a half of theirs
    assert abs(motto_rule.width - (motto_line.right - motto_line.left)) <= 1.0
    for rule, text in ((issuer_rule, issuer), (title_rule, summary_line)):
        assert (text.right - text.left) / 3 - 1 <= rule.width <= (text.right - text.left) / 2 + 1
    return issuer_rule, motto_rule, title_rule


def test_rules_centred_under_their_text(pdf_vi):
    issuer, motto, _ = check_rules(pdf_vi, ["ỦY BAN NHÂN DÂN", "XÃ CHƯƠNG DƯƠNG"])
    assert issuer.right < motto.left  # left and right columns


def test_rules_of_the_english_and_hub_headers(demo, tmp_path, hub_pdf):
    path = monthly_pdf(demo, tmp_path / "en.pdf", "en")
    check_rules(path, ["PEOPLE'S COMMITTEE", "OF XÃ CHƯƠNG DƯƠNG"],
                motto="Independence - Freedom - Happiness",
                summary="Results of digital transformation in 11/2026")
    check_rules(hub_pdf, ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"],
                summary="Tổng hợp kết quả chuyển đổi số của các xã, phường, đặc khu tháng "
                        "11/2026")


@pytest.fixture(scope="module")
def hub_pdf(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hubpdf")
    hub = new_hub(folder / "hub.db")
    path = folder / "hub.pdf"
    render_hub_pdf(collect_hub(hub, "2026-11"), path, "vi", ISSUED,
                   read_report_settings(hub.conn))
    hub.conn.close()
    return path


def test_font_sizes_of_the_decree(demo, tmp_path):
    set_settings(demo, {"report.signer_name": "Nguyễn Văn Bình"})
    try:
        path = monthly_pdf(demo, tmp_path / "sizes.pdf")
    finally:
        set_settings(demo, {"report.signer_name": ""})
    first = texts(path, 0)
    assert find(first, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").size == 12
    motto = find(first, "Độc lập - Tự do - Hạnh phúc")
    assert motto.size == 13 and "Bold" in motto.font
    assert find(first, "ỦY BAN NHÂN DÂN").size == 12
    date = find(first, "Chương Dương, ngày 30 tháng 11 năm 2026")
    assert date.size == 13 and "Italic" in date.font
    assert find(first, "BÁO CÁO").size == 14
    assert find(first, "Ủy ban nhân dân xã Chương Dương báo cáo").size == 13
    second = texts(path, 1)
    number = [t for t in second if t.text.strip() == "2" and t.box.top < 20]
    assert number and number[0].size == 13  # the page number, at the top
    sign_page = next(i for i in range(page_count(path)) if "Nơi nhận:" in
                     " ".join(t.text for t in texts(path, i)))
    items = texts(path, sign_page)
    head = find(items, "Nơi nhận:")
    assert head.size == 12 and "BoldItalic" in head.font
    assert find(items, "- Lưu: VT, VHXH.").size == 11
    assert find(items, "- UBND thành phố Hà Nội (để báo cáo);").size == 11
    signer = find(items, "CHỦ TỊCH")
    assert signer.size == 13 and "Bold" in signer.font
    assert find(items, "Nguyễn Văn Bình").size == 13


def test_paragraphs_at_least_6_pt_apart(pdf_vi):
    lines = pdf_lines(pdf_vi, 0)
    body = [ln for ln in lines if ln.left < 50]
    start = next(i for i, ln in enumerate(body) if ln.text.startswith("Trong tháng 11/2026"))
    nxt = next(i for i, ln in enumerate(body) if ln.text.startswith("Kết quả các lượt thăm"))
    pitch = body[start + 1].top - body[start].top  # lines within one paragraph
    gap = body[nxt].top - body[nxt - 1].top        # last line -> next paragraph
    assert gap - pitch >= 6 * PT - 0.1, (gap, pitch)


def test_abbreviations_spelled_out_at_first_use(pdf_vi):
    text = " ".join(pdf_text(pdf_vi).split())
    used = 0
    for abbr, full in ABBREVIATIONS["vi"].items():
        first = re.search(rf"(?<!\w){re.escape(abbr)}(?!\w)", text)
        if first is None:
            continue
        used += 1
        before = text[:first.start()]
        assert before.lower().endswith(f"{full} (".lower()), (abbr, before[-60:])
    assert used >= 4  # DVC, TMĐT, ĐTTM, TKTT are used in the tables


def test_no_form_hint_and_the_signer_from_the_settings(demo, tmp_path):
    set_settings(demo, {"report.signer_authority": "TM. KT.",
                        "report.signer_title": "PHÓ CHỦ TỊCH",
                        "report.signer_name": "Trần Thị Mai"})
    try:
        text = pdf_text(monthly_pdf(demo, tmp_path / "kt.pdf"))
    finally:
        set_settings(demo, {"report.signer_authority": "", "report.signer_title": "",
                            "report.signer_name": ""})
    assert "(Ký, ghi rõ họ tên, đóng dấu)" not in text
    assert "....." not in text
    flat = " ".join(text.split())
    assert "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH" in flat
    assert "Trần Thị Mai" in flat


def test_signature_never_stands_alone(tmp_path):
    """However long the text before it, the signature's page also carries the last
    lines of the text (the closing line at least)."""
    db = new_commune(tmp_path / "sig.db")
    hamlet = records.add(db, "hamlet", {"name": "Thôn Đông"})
    records.add(db, "household", {"hamlet": hamlet["id"], "head_name": "Lê Văn Tư"})
    seen_pages = set()
    for lines in range(0, 40, 4):
        save_notes(db, "2026-11", {"proposals": "\n".join(
            f"Kiến nghị số {i + 1}: hỗ trợ thêm điện thoại thông minh cho các hộ nghèo "
            f"ở thôn vùng cao." for i in range(lines))})
        path = monthly_pdf(db, tmp_path / f"sig-{lines}.pdf")
        pages = pdf_text(path).split("\f")
        signed = [i for i, p in enumerate(pages) if "Nơi nhận:" in p]
        assert len(signed) == 1
        page = " ".join(pages[signed[0]].split())
        assert "Trên đây là báo cáo kết quả thực hiện chuyển đổi số" in page, lines
        seen_pages.add(signed[0])
    assert len(seen_pages) > 1  # the signature was pushed to later pages along the way
    db.conn.close()


def test_long_lists_go_in_the_appendix_after_the_signature(pdf_vi, demo):
    pages = pdf_text(pdf_vi).split("\f")
    signed = next(i for i, p in enumerate(pages) if "Nơi nhận:" in p)
    appendix = next(i for i, p in enumerate(pages) if "PHỤ LỤC" in p)
    assert appendix > signed
    body, after = "\f".join(pages[:appendix]), "\f".join(pages[appendix:])
    report = collect_monthly(demo, "2026-11")
    member = report.members[3].name
    point = report.trainings[0].points[1].name
    household = report.follow_ups[0].household
    for name in (member, point, household):
        assert name not in body and name in after, name
    assert "Kèm theo Báo cáo số" in " ".join(after.split())


@pytest.mark.parametrize("code, place, unit", [
    (XA, "Chương Dương, ngày", "xã"),
    (PERSON, "Phường Trương Quang Trọng, ngày", "phường"),
    (LONGEST, "Văn Miếu - Quốc Tử Giám, ngày", "phường"),
    ("numbered", "Phường Hà Giang 1, ngày", "phường"),
    (DAC_KHU, "Lý Sơn, ngày", "đặc khu"),
])
def test_place_line_by_the_rule_on_one_line(tmp_path, code, place, unit):
    if code == "numbered":
        code = next(c.code for c in _index()[0].values() if c.name == "Phường Hà Giang 1")
    db = new_commune(tmp_path / "u.db", code)
    path = monthly_pdf(db, tmp_path / "u.pdf")
    date_line = [ln for ln in pdf_lines(path, 0) if ln.text.startswith(place)]
    assert date_line and date_line[0].text.endswith("năm 2026"), date_line
    assert date_line[0].right <= 195.5  # inside the right margin
    text = " ".join(pdf_text(path).split())
    assert f"Bảng 1. Các chỉ tiêu của {unit}" in text
    assert f"Toàn {unit}" in text
    db.conn.close()


@pytest.mark.parametrize("code, unit", [(PHUONG, "phường"), (DAC_KHU, "đặc khu")])
def test_ward_and_special_zone_use_their_own_words(tmp_path, code, unit):
    db = new_commune(tmp_path / "w.db", code)
    generate_demo(db, households=40, months=3, seed=3, today=TODAY)
    path = monthly_pdf(db, tmp_path / "w.pdf")
    text = " ".join(pdf_text(path).split())
    name = collect_monthly(db, "2026-11").commune_name
    assert f"Toàn {unit}" in text and f"Các chỉ tiêu của {unit}" in text
    assert f"hồ sơ tại ngày hội chỉ tính vào tổng của {unit}" in text
    assert not re.search(r"(?<!\w)xã(?!\w)", text.replace("xã, phường, đặc khu", "")), \
        [m.start() for m in re.finditer(r"(?<!\w)xã(?!\w)", text)]
    assert text.startswith(f"ỦY BAN NHÂN DÂN {name.upper()} Số:")  # spelled out, not UBND
    db.conn.close()


def test_a_figure_too_wide_for_its_column_is_set_smaller_not_broken(tmp_path):
    """A figure is not split over two lines (a signed report could be misread): one
    too wide for its column is set smaller, down to 7 pt; text still wraps, and a
    figure that fits keeps the table's size."""
    from desktop.reports.document import Document, Table

    path = tmp_path / "bang.pdf"
    rows = [["STT", "Chỉ tiêu", "Từ đầu năm", "Đạt"],
            ["1", "Công dân từ đủ 14 tuổi đã kích hoạt định danh điện tử mức 2",
             "+1.234.567", "12.035,0%"],
            ["2", "Hộ gia đình được thăm", "+724", "99,0%"]]
    render_pdf(Document("Bảng", "Xã", "vi").add(Table(rows, [9, 40, 14, 14],
                                                      align_right_from=2)), path)
    items = texts(path)
    for figure in ("+1.234.567", "12.035,0%"):
        shown = find(items, figure)
        assert shown.text.strip() == figure and 7 <= shown.size < 10, (figure, shown)
    assert find(items, "+724").size == find(items, "99,0%").size == 10
    # a name still wraps over lines
    lines = [i.text for i in pdf_lines(path)]
    assert "Hộ gia đình được thăm" in lines
    assert "Công dân từ đủ 14 tuổi đã kích hoạt định danh điện tử mức 2" not in lines
