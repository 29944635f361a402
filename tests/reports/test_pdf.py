"""The PDFs as a reader gets them: text extracted and page 1 rendered (pypdfium2)."""

import pytest

from desktop.reports.collect import collect_monthly
from desktop.reports.fmt import Formats
from desktop.reports.pdf_monthly import render_monthly_pdf
from tests.pdf_tools import pdf_fonts, pdf_text, render_page
from tests.reports.conftest import ISSUED, XA_NAME


@pytest.fixture(scope="module")
def report(demo):
    return collect_monthly(demo, "2026-11")


@pytest.fixture(scope="module")
def pdf_vi(report, tmp_path_factory):
    path = tmp_path_factory.mktemp("pdf") / "bao-cao.pdf"
    render_monthly_pdf(report, path, "vi", issued=ISSUED)
    return path


def test_vietnamese_official_text_survives_extraction(pdf_vi, report):
    text = pdf_text(pdf_vi)
    assert text.startswith("ỦY BAN NHÂN DÂN\n" + XA_NAME.upper())  # not "UBND XÃ ..."
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    assert "Độc lập - Tự do - Hạnh phúc" in text
    assert "Chương Dương, ngày 30 tháng 11 năm 2026" in text
    assert "BÁO CÁO" in text
    assert "Kết quả thực hiện chuyển đổi số tháng 11/2026" in text
    assert "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH" in text
    flat = " ".join(text.split())
    assert "Công dân từ đủ 14 tuổi đã kích hoạt định danh điện tử mức 2" in flat
    assert "Công dân từ đủ 14 tuổi có định danh điện tử mức 1 trở lên" in flat


def test_figures_appear_exactly_in_vi_format(pdf_vi, report):
    text = pdf_text(pdf_vi)
    fmt = Formats("vi")
    t = report.totals
    visits = fmt.number(report.visits_month)
    eid2 = fmt.number(t["eid_level2"].month)
    share = fmt.percent(t["eid_level2"].share)
    assert "," in share  # decimal comma: "41,8%"
    assert f"đã thực hiện {visits} lượt" in text.replace("\n", " ")
    assert f"{eid2} công dân từ đủ 14 tuổi đã" in text.replace("\n", " ")
    assert share in text
    assert fmt.number(report.households_total) in text


def test_fonts_are_embedded_and_nothing_else_is_referenced(pdf_vi):
    fonts = pdf_fonts(pdf_vi)
    assert fonts, "fonts listed"
    for name, embedded in fonts:
        assert "LiberationSerif" in name and embedded, (name, embedded)


def test_page_one_renders_to_an_image(pdf_vi):
    image = render_page(pdf_vi, 0, scale=50 / 72).convert("L")
    assert image.width > 300 and image.height > 400  # A4 at 50 dpi
    dark = sum(image.histogram()[:128])  # pixels darker than mid-grey
    assert dark > 2_000  # a page with text, not a blank


def test_page_numbers_from_page_two(pdf_vi):
    pages = pdf_text(pdf_vi).split("\f")
    assert len([p for p in pages if p.strip()]) >= 3
    assert pages[1].strip().startswith("2")
    assert not pages[0].strip().startswith("1\n")


def test_english_version_uses_en_labels_and_formats(report, tmp_path):
    path = tmp_path / "report-en.pdf"
    render_monthly_pdf(report, path, "en", issued=ISSUED)
    text = pdf_text(path)
    fmt = Formats("en")
    assert "SOCIALIST REPUBLIC OF VIETNAM" in text
    assert "Independence - Freedom - Happiness" in text
    assert "Results of digital transformation in 11/2026" in text
    assert "Nov 30, 2026" in text
    assert fmt.percent(report.totals["eid_level2"].share) in text
    flat = " ".join(text.split())
    assert "Citizens aged 14+ with e-ID level 2 activated" in flat
    assert "ON BEHALF OF THE PEOPLE'S COMMITTEE CHAIRPERSON" in flat
    assert "Công dân" not in flat


def test_empty_commune_renders_with_dashes(empty, tmp_path):
    report = collect_monthly(empty, "2026-11")
    assert report.is_empty
    assert report.totals["eid_level2"].share is None
    assert report.totals["households_visited"].achievement is None
    path = tmp_path / "empty.pdf"
    render_monthly_pdf(report, path, "vi", issued=ISSUED)
    text = pdf_text(path)
    assert "Chưa có dữ liệu nào được ghi nhận" in text
    assert "–" in text
    assert "Trong tháng không có buổi tập huấn nào." in text
