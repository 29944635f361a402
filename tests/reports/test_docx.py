"""The Word copy (--docx): opened with python-docx, it holds the PDF's text and figures
in the same order, in the Decree 30 frame (A4, margins, page numbers from page 2,
table headers repeated on each page)."""

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Mm

from desktop.cli import main
from desktop.reports.collect import collect_monthly
from desktop.reports.compose import ages_of, compose_monthly, indicator_rows
from desktop.reports.document import Chart, Heading, Table
from desktop.reports.fmt import Formats
from desktop.reports.notes import save_notes
from desktop.reports.settings import read_report_settings, set_settings
from tests.pdf_tools import pdf_text
from tests.reports.conftest import ISSUED, NOW

NOTES = {"problems": "- Sóng điện thoại yếu ở hai thôn vùng cao.",
         "proposals": "Đề nghị hỗ trợ 20 điện thoại thông minh cho hộ nghèo."}


@pytest.fixture(scope="module")
def files(demo, tmp_path_factory):
    folder = tmp_path_factory.mktemp("docx")
    save_notes(demo, "2026-11", NOTES)
    set_settings(demo, {"report.signer_name": "Nguyễn Văn Bình"})
    path = demo.conn.execute("PRAGMA database_list").fetchone()[2]
    pdf, word = folder / "bc.pdf", folder / "bc.docx"
    with pytest.MonkeyPatch.context() as mp:  # module fixtures run before the autouse clock
        mp.setenv("XASO_NOW", NOW)
        code = main(["--db", path, "report", "monthly", "--month", "2026-11", "--out",
                     str(pdf), "--docx", str(word)])
    set_settings(demo, {"report.signer_name": ""})
    save_notes(demo, "2026-11", {})
    assert code == 0
    return pdf, word


def word_texts(path) -> list[str]:
    """Every paragraph of the Word file, in order, tables included (cell by cell)."""
    document = docx.Document(str(path))
    out = []
    for block in document.element.body.iterchildren():
        if block.tag == qn("w:p"):
            out.append("".join(t.text or "" for t in block.iter(qn("w:t"))))
        elif block.tag == qn("w:tbl"):
            for cell in block.iter(qn("w:tc")):
                for p in cell.iter(qn("w:p")):
                    out.append("".join(t.text or "" for t in p.iter(qn("w:t"))))
    return [t for t in out if t.strip()]


def test_same_text_in_the_same_order_as_the_pdf(files):
    pdf, word = files
    in_word = "\n".join(word_texts(word))
    in_pdf = " ".join(pdf_text(pdf).split())
    keys = ["ỦY BAN NHÂN DÂN", "XÃ CHƯƠNG DƯƠNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc", "Chương Dương, ngày 23 tháng 11 năm 2026",
            "BÁO CÁO", "Kết quả thực hiện chuyển đổi số tháng 11/2026",
            "I. KẾT QUẢ THỰC HIỆN", "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN",
            "- Sóng điện thoại yếu ở hai thôn vùng cao.", "III. ĐỀ XUẤT, KIẾN NGHỊ",
            "Đề nghị hỗ trợ 20 điện thoại thông minh cho hộ nghèo.",
            "Trên đây là báo cáo", "Nơi nhận:", "- Lưu: VT, VHXH.", "TM. ỦY BAN NHÂN DÂN",
            "CHỦ TỊCH", "Nguyễn Văn Bình", "PHỤ LỤC"]
    word_at = [in_word.index(k) for k in keys]
    pdf_at = [in_pdf.index(k) for k in keys]
    assert word_at == sorted(word_at) and pdf_at == sorted(pdf_at)
    assert "IV." not in in_word  # the empty section is left out in both
    assert "Nhiệm vụ, giải pháp" not in in_pdf.replace("NHIỆM VỤ", "")


def test_same_figures_as_the_pdf(files, demo):
    pdf, word = files
    cells = docx.Document(str(word)).tables
    report = collect_monthly(demo, "2026-11")
    fmt = Formats("vi")
    rows = indicator_rows(report.totals, "vi", fmt, ages_of(read_report_settings(demo.conn)))
    table1 = next(t for t in cells if t.rows[0].cells[1].text == "Chỉ tiêu")
    in_pdf = " ".join(pdf_text(pdf).split())
    for row, expected in zip(table1.rows[1:], rows):
        assert [c.text for c in row.cells] == expected
        assert " ".join(expected[2:]) in in_pdf, expected
    assert len(table1.rows) == len(rows) + 1


def test_the_decree_frame_in_word(files):
    _, word = files
    document = docx.Document(str(word))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert [round(m.mm) for m in (section.left_margin, section.right_margin,
                                  section.top_margin, section.bottom_margin)] == [30, 15, 20, 20]
    assert section.different_first_page_header_footer
    header = section.header._element.xml
    assert "PAGE" in header and 'w:val="26"' in header  # 13 pt page numbers
    assert document.styles["Normal"].font.name == "Times New Roman"
    assert document.styles["Normal"].font.size == Mm(13 * 25.4 / 72)
    data = [t for t in document.tables if len(t.rows) > 3]
    assert data and all(t.rows[0]._tr.trPr is not None and
                        t.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None for t in data)


def test_charts_carry_their_figures_as_tables(demo):
    document = compose_monthly(collect_monthly(demo, "2026-11"),
                               read_report_settings(demo.conn), "vi", ISSUED)
    charts = [b for b in document.blocks if isinstance(b, Chart)]
    assert len(charts) >= 2 and all(isinstance(c.fallback, Table) for c in charts)
    assert any(isinstance(b, Heading) for b in document.blocks)


def test_the_closing_line_stays_with_the_signature(files):
    _, word = files
    document = docx.Document(str(word))
    closing = next(p for p in document.paragraphs if p.text.startswith("Trên đây là báo cáo"))
    assert closing.paragraph_format.keep_with_next
    signature = next(t for t in document.tables if "Nơi nhận:" in t.rows[0].cells[0].text)
    assert signature.rows[0]._tr.trPr.find(qn("w:cantSplit")) is not None
