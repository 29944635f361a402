"""A `Document` as an editable Word file (.docx, python-docx), in the PDF's layout.

Commune offices finish documents in Word, so the copy keeps the Decree 30 frame: A4,
the same margins, Times New Roman (the PDF's Liberation Serif has the same metrics)
at the same sizes, the header in a borderless two-column table with its rules drawn
as paragraph borders of the right length, page numbers centred at the top from page
2, the signature block, and tables whose header rows repeat on each page. A chart
cannot be drawn in Word without extra libraries; the copy carries its figures as a
table instead.
"""

from docx import Document as WordDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from desktop.reports.document import (Appendix, Chart, Document, Header, Heading, Para,
                                      Signature, Signers, Table, Title)
from desktop.reports.pdf_base import MARGINS, SIZES, WIDTH, text_width
from desktop.reports.pdf_render import ISSUER_RULE, TITLE_RULE, header_widths

FONT = "Times New Roman"
PT_PER_MM = 72 / 25.4
HEAD_FILL = "E8EEF5"
TOTAL_FILL = "F2F2F2"
STALE_FILL = "FDE2D4"


def _font(run, size: float, bold=False, italic=False) -> None:
    """Size and weight of a run; the face comes from the Normal style (set once: a
    tenth of the time per run)."""
    if size != SIZES["body"]:
        run.font.size = Pt(size)
    if bold:
        run.font.bold = True
    if italic:
        run.font.italic = True


def _base_font(word) -> None:
    normal = word.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(SIZES["body"])
    normal.font.color.rgb = RGBColor(0, 0, 0)
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)


def _paragraph(container, text: str, size: float = SIZES["body"], bold=False, italic=False,
               align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent_mm: float = 0, after: float = 6,
               before: float = 0):
    p = container.add_paragraph()
    p.alignment = align
    fmt = p.paragraph_format
    fmt.space_after = Pt(after)
    fmt.space_before = Pt(before)
    fmt.first_line_indent = Mm(indent_mm) if indent_mm else None
    fmt.line_spacing = 1.15
    _font(p.add_run(text), size, bold, italic)
    return p


def _rule(container, length_pt: float, column_pt: float) -> None:
    """A rule of `length_pt` centred in a column `column_pt` wide: an empty paragraph
    with a bottom border between indents."""
    p = container.add_paragraph()
    side = max(0.0, (column_pt - length_pt) / 2)
    fmt = p.paragraph_format
    fmt.left_indent = Pt(side)
    fmt.right_indent = Pt(side)
    fmt.space_after = Pt(4)
    fmt.space_before = Pt(0)
    fmt.line_spacing = Pt(2)
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "5"), ("w:space", "1"),
                       ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    p._p.get_or_add_pPr().append(borders)


def _no_borders(table) -> None:
    props = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    props.append(borders)


def _shade(cell, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _layout_table(doc, widths_pt: list[float]):
    table = doc.add_table(rows=1, cols=len(widths_pt))
    table.autofit = False
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _no_borders(table)
    for cell, width in zip(table.rows[0].cells, widths_pt):
        cell.width = Pt(width)
        cell.paragraphs[0]._p.getparent().remove(cell.paragraphs[0]._p)
    return table


def _header(doc, h: Header) -> None:
    left_w, right_w = header_widths(h)
    table = _layout_table(doc, [left_w, WIDTH - left_w - right_w, right_w])
    left, gap, right = table.rows[0].cells
    gap.add_paragraph()
    centre = WD_ALIGN_PARAGRAPH.CENTER
    if h.governing_body:
        _paragraph(left, h.governing_body, SIZES["issuer"], align=centre, after=0)
    for line in h.issuer:
        _paragraph(left, line, SIZES["issuer"], bold=True, align=centre, after=0)
    widest = max((min(text_width(line, SIZES["issuer"], bold=True), left_w)
                  for line in h.issuer), default=0)
    _rule(left, widest * ISSUER_RULE, left_w)
    if h.number:
        _paragraph(left, h.number, SIZES["number"], align=centre, after=0)
    _paragraph(right, h.motto[0], SIZES["national"], bold=True, align=centre, after=0)
    _paragraph(right, h.motto[1], SIZES["motto"], bold=True, align=centre, after=0)
    _rule(right, text_width(h.motto[1], SIZES["motto"], bold=True), right_w)
    _paragraph(right, h.place_date, SIZES["date"], italic=True, align=centre, after=0)


def _title(doc, t: Title) -> None:
    centre = WD_ALIGN_PARAGRAPH.CENTER
    _paragraph(doc, t.kind, SIZES["kind"], bold=True, align=centre, after=0, before=18)
    for line in t.summary:
        _paragraph(doc, line, SIZES["summary"], bold=True, align=centre, after=0)
    widest = max((text_width(line, SIZES["summary"], bold=True) for line in t.summary),
                 default=120)
    _rule(doc, min(widest, WIDTH) * TITLE_RULE, WIDTH)


def _cell_style(doc, size: float):
    """A paragraph style for table cells of one size, without spacing (made once)."""
    name = f"XaSo Cell {size:g}"
    try:
        return doc.styles[name]
    except KeyError:
        style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = doc.styles["Normal"]
        style.font.size = Pt(size)
        style.paragraph_format.space_after = Pt(0)
        style.paragraph_format.space_before = Pt(0)
        style.paragraph_format.line_spacing = 1.0
        return style


def _repeat_header(row) -> None:
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(el)


def _table(doc, t: Table) -> None:
    table = doc.add_table(rows=len(t.rows), cols=len(t.widths))
    table.style = "Table Grid"
    table.autofit = False
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    # every cell at once: python-docx's table.cell() walks the whole table each call
    grid = table._cells
    columns = len(t.widths)
    for r, row in enumerate(t.rows):
        if r < t.header_rows:
            _repeat_header(table.rows[r])
        for c, text in enumerate(row):
            cell = grid[r * columns + c]
            cell.width = Mm(t.widths[c])
            p = cell.paragraphs[0]
            head = r < t.header_rows
            p.alignment = (WD_ALIGN_PARAGRAPH.CENTER if head else WD_ALIGN_PARAGRAPH.RIGHT
                           if c >= t.align_right_from else WD_ALIGN_PARAGRAPH.LEFT)
            p.paragraph_format.space_after = Pt(0)
            _font(p.add_run(text), t.font_size - (0.5 if head else 0),
                  bold=head or (t.total_row and r == len(t.rows) - 1))
            if head:
                _shade(cell, HEAD_FILL)
            elif t.total_row and r == len(t.rows) - 1:
                _shade(cell, TOTAL_FILL)
            elif r in t.shaded:
                _shade(cell, STALE_FILL)
    for (c0, r0), (c1, r1) in t.spans:
        merged = table.cell(r0, c0).merge(table.cell(r1, c1))
        # merging joins the texts; keep the first cell's
        texts = [p for p in merged.paragraphs if p.text]
        for extra in texts[1:]:
            extra._p.getparent().remove(extra._p)
    _paragraph(doc, "", 4, after=0)


def _signature(doc, s: Signature) -> None:
    table = _layout_table(doc, [WIDTH * 0.45, WIDTH * 0.55])
    cant_split = OxmlElement("w:cantSplit")  # the block stays on one page
    table.rows[0]._tr.get_or_add_trPr().append(cant_split)
    left, right = table.rows[0].cells
    _paragraph(left, s.recipients_heading, SIZES["recipients_head"], bold=True, italic=True,
               align=WD_ALIGN_PARAGRAPH.LEFT, after=0)
    for r in s.recipients:
        _paragraph(left, r, SIZES["recipients"], align=WD_ALIGN_PARAGRAPH.LEFT, after=0)
    centre = WD_ALIGN_PARAGRAPH.CENTER
    for line in s.signer:
        _paragraph(right, line, SIZES["signer"], bold=True, align=centre, after=0)
    for _ in range(4):
        _paragraph(right, "", SIZES["signer"], align=centre, after=0)
    _paragraph(right, s.name, SIZES["signer"], bold=True, align=centre, after=0)


def _page_numbers(doc) -> None:
    """PAGE fields centred at the top, at 13 pt, on every page but the first."""
    section = doc.sections[0]
    section.different_first_page_header_footer = True
    p = section.header.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run()
    run.font.size = Pt(SIZES["page_number"])  # said even when it is the body's size
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def render_docx(doc: Document, path) -> None:
    """Write `doc` to `path` as a .docx."""
    word = WordDocument()
    section = word.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = Mm(MARGINS["leftMargin"] / PT_PER_MM)
    section.right_margin = Mm(MARGINS["rightMargin"] / PT_PER_MM)
    section.top_margin = Mm(MARGINS["topMargin"] / PT_PER_MM)
    section.bottom_margin = Mm(MARGINS["bottomMargin"] / PT_PER_MM)
    section.header_distance = Mm(10)
    _base_font(word)
    _page_numbers(word)
    word.core_properties.title = doc.title
    word.core_properties.author = doc.author
    word.core_properties.language = "vi-VN" if doc.lang == "vi" else "en"
    last = None  # the last paragraph of text written
    for block in doc.blocks:
        if isinstance(block, Header):
            _header(word, block)
        elif isinstance(block, Title):
            _title(word, block)
        elif isinstance(block, Heading):
            _paragraph(word, block.text, bold=True, indent_mm=10,
                       before=6 if block.level == 1 else 0)
        elif isinstance(block, Para):
            style = block.style
            if style == "caption":
                last = _paragraph(word, block.text, 11, italic=True,
                                  align=WD_ALIGN_PARAGRAPH.CENTER)
                last.paragraph_format.keep_with_next = True  # with its table
            elif style == "note":
                last = _paragraph(word, block.text, 11, italic=True, indent_mm=10)
            elif style == "plain":
                last = _paragraph(word, block.text, align=WD_ALIGN_PARAGRAPH.LEFT)
            else:
                last = _paragraph(word, block.text, indent_mm=10)
        elif isinstance(block, Table):
            _table(word, block)
        elif isinstance(block, Chart):
            _table(word, block.fallback)
            _paragraph(word, block.caption, 11, italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        elif isinstance(block, Signature):
            if last is not None:  # the last lines of the text go with the signature
                last.paragraph_format.keep_with_next = True
            _signature(word, block)
        elif isinstance(block, Signers):
            table = _layout_table(word, [WIDTH / len(block.columns)] * len(block.columns))
            for cell, (title, hint) in zip(table.rows[0].cells, block.columns):
                _paragraph(cell, title, SIZES["signer"], bold=True,
                           align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
                _paragraph(cell, hint, SIZES["date"], italic=True,
                           align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
        elif isinstance(block, Appendix):
            word.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            _paragraph(word, block.title, SIZES["kind"], bold=True,
                       align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
            _paragraph(word, block.subtitle, SIZES["body"], italic=True,
                       align=WD_ALIGN_PARAGRAPH.CENTER)
        else:
            raise TypeError(block)
    word.save(str(path))
