"""The official document frame shared by every PDF (Decree 30/2020/NĐ-CP, Appendix I).

A4 portrait; margins 20 mm top and bottom, 30 mm left, 15 mm right; a Times-like
serif (Liberation Serif, embedded from resources/fonts) at 13 pt for the body, with
at least 6 pt between paragraphs; page numbers at 13 pt centred at the top from page
2 on. The sizes of the header, title, signature and recipients follow the Decree's
table of fonts: national name 12 pt bold capitals, motto 13 pt bold, issuing body
12 pt bold capitals, date line 13 pt italic, "Nơi nhận:" 12 pt bold italic and the
recipients 11 pt.
"""

import sys
from functools import lru_cache
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

FONT = "XaSoSerif"
FONT_FILES = {"": "LiberationSerif-Regular.ttf", "-Bold": "LiberationSerif-Bold.ttf",
              "-Italic": "LiberationSerif-Italic.ttf",
              "-BoldItalic": "LiberationSerif-BoldItalic.ttf"}
PAGE = A4
MARGINS = {"leftMargin": 30 * mm, "rightMargin": 15 * mm, "topMargin": 20 * mm,
           "bottomMargin": 20 * mm}
WIDTH = PAGE[0] - MARGINS["leftMargin"] - MARGINS["rightMargin"]
GRID = colors.HexColor("#404040")
HEAD_BG = colors.HexColor("#e8eef5")
TOTAL_BG = colors.HexColor("#f2f2f2")
STALE_BG = colors.HexColor("#fde2d4")
# Decree 30/2020, Appendix I: sizes in points
SIZES = {"national": 12, "motto": 13, "issuer": 12, "number": 13, "date": 13, "kind": 14,
         "summary": 14, "body": 13, "signer": 13, "recipients_head": 12, "recipients": 11,
         "page_number": 13}
RULE = 0.6  # the thickness of the rules under the headings, in points


def fonts_dir() -> Path:
    """resources/fonts, in a development checkout and in a PyInstaller build alike."""
    frozen = getattr(sys, "_MEIPASS", None)
    base = Path(frozen) if frozen else Path(__file__).resolve().parents[2]
    return base / "resources" / "fonts"


@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Register the serif family with ReportLab (once); return its name."""
    from reportlab.lib.fonts import addMapping

    folder = fonts_dir()
    for suffix, filename in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(FONT + suffix, str(folder / filename)))
    for bold, italic, suffix in ((0, 0, ""), (1, 0, "-Bold"), (0, 1, "-Italic"),
                                 (1, 1, "-BoldItalic")):
        addMapping(FONT, bold, italic, FONT + suffix)
    return FONT


def text_width(text: str, size: float, bold: bool = False, italic: bool = False) -> float:
    """The width of one line of text in points."""
    register_fonts()
    suffix = "-BoldItalic" if bold and italic else "-Bold" if bold else \
        "-Italic" if italic else ""
    return pdfmetrics.stringWidth(text, FONT + suffix, size)


@lru_cache(maxsize=1)
def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles of the reports."""
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=SIZES["body"], leading=17,
                          alignment=TA_JUSTIFY, firstLineIndent=10 * mm, spaceAfter=6)

    def centred(name, size, font=FONT, leading=None, **kw):
        return ParagraphStyle(name, body, fontName=font, fontSize=size,
                              leading=leading or size + 3, alignment=TA_CENTER,
                              firstLineIndent=0, spaceAfter=kw.pop("spaceAfter", 0), **kw)

    return {
        "body": body,
        "plain": ParagraphStyle("plain", body, firstLineIndent=0, alignment=TA_LEFT),
        "bullet": ParagraphStyle("bullet", body, firstLineIndent=10 * mm),
        "national": centred("national", SIZES["national"], FONT + "-Bold"),
        "motto": centred("motto", SIZES["motto"], FONT + "-Bold"),
        "governing": centred("governing", SIZES["issuer"]),
        "issuer": centred("issuer", SIZES["issuer"], FONT + "-Bold"),
        "number": centred("number", SIZES["number"]),
        "date": centred("date", SIZES["date"], FONT + "-Italic"),
        "kind": centred("kind", SIZES["kind"], FONT + "-Bold", leading=18),
        "summary": centred("summary", SIZES["summary"], FONT + "-Bold", leading=18),
        "appendix_sub": centred("appendix_sub", SIZES["body"], FONT + "-Italic", spaceAfter=6),
        "h1": ParagraphStyle("h1", body, fontName=FONT + "-Bold", alignment=TA_JUSTIFY,
                             spaceBefore=6),
        "h2": ParagraphStyle("h2", body, fontName=FONT + "-Bold", alignment=TA_JUSTIFY),
        "caption": centred("caption", 11, FONT + "-Italic", leading=14, spaceBefore=2,
                           spaceAfter=6),
        "note": ParagraphStyle("note", body, fontName=FONT + "-Italic", fontSize=11,
                               leading=14, firstLineIndent=10 * mm),
        "cell": ParagraphStyle("cell", body, fontSize=10, leading=12, firstLineIndent=0,
                               alignment=TA_LEFT, spaceAfter=0),
        "cell_head": ParagraphStyle("cell_head", body, fontName=FONT + "-Bold", fontSize=9.5,
                                    leading=11.5, firstLineIndent=0, alignment=TA_CENTER,
                                    spaceAfter=0),
        "signer": centred("signer", SIZES["signer"], FONT + "-Bold", leading=17),
        "recipients_head": ParagraphStyle("recipients_head", body,
                                          fontName=FONT + "-BoldItalic",
                                          fontSize=SIZES["recipients_head"], leading=14,
                                          firstLineIndent=0, alignment=TA_LEFT, spaceAfter=0),
        "recipients": ParagraphStyle("recipients", body, fontSize=SIZES["recipients"],
                                     leading=13, firstLineIndent=0, alignment=TA_LEFT,
                                     spaceAfter=0),
    }


def esc(text) -> str:
    """Text made safe for a ReportLab Paragraph (which reads a little XML)."""
    return (str(text if text is not None else "").replace("&", "&amp;")
            .replace("<", "&lt;").replace(">", "&gt;"))


def para(text: str, style: str = "body") -> Paragraph:
    """A paragraph in one of the report styles (text escaped here)."""
    return Paragraph(esc(text), styles()[style])


class CentredRule(Flowable):
    """A horizontal rule of a given length, centred in the width it is given (a table
    cell or the frame): the rule under the issuing body, the motto and the title."""

    def __init__(self, length: float, before: float = 3.5, after: float = 4):
        super().__init__()
        self.length, self.before, self.after = length, before, after
        self.avail = length

    def wrap(self, availWidth, availHeight):
        self.avail = availWidth
        return availWidth, self.before + self.after + RULE

    def draw(self):
        x = (self.avail - self.length) / 2
        y = self.after + RULE / 2
        self.canv.setLineWidth(RULE)
        self.canv.line(x, y, x + self.length, y)


FIGURE_MIN_SIZE = 7  # points: the smallest a figure is set to fit its column


def data_table(rows: list[list], widths: list[float], header_rows: int = 1,
               total_row: bool = False, spans: list | None = None,
               align_right_from: int = 1, row_height: float | None = None,
               font_size: float = 10) -> Table:
    """A bordered table: header rows shaded and bold, figures right-aligned, the
    header repeated on every page the table runs onto.

    A body cell whose text fits on one line is drawn as plain text, and only longer
    ones are wrapped as paragraphs: a list of thousands of attendees prints several
    times faster. A figure (one word in a right-aligned column: "+106.406",
    "12.035,0 %") that does not fit is set smaller, down to FIGURE_MIN_SIZE, rather than
    broken over two lines, where a signed report could be misread."""
    st = styles()
    cell = ParagraphStyle("c", st["cell"], fontSize=font_size, leading=font_size + 2)
    head = ParagraphStyle("h", st["cell_head"], fontSize=font_size - 0.5,
                          leading=font_size + 1.5)
    number = ParagraphStyle("n", cell, alignment=TA_RIGHT)
    pad = 3 if font_size >= 10 else 2
    last = len(rows) - 1
    body = []
    smaller = []  # (column, row, size) of the figures set smaller to fit
    for r, row in enumerate(rows):
        cells = []
        bold = total_row and r == last
        for c, value in enumerate(row):
            if not isinstance(value, str):
                cells.append(value)
                continue
            if r >= header_rows and "\n" not in value:
                room = widths[c] - 2 * pad - 0.5
                width = text_width(value, font_size, bold=bold)
                fits = font_size * room / width if width else font_size  # size that fills it
                if fits >= font_size or (c >= align_right_from and " " not in value
                                         and fits >= FIGURE_MIN_SIZE):
                    if fits < font_size:
                        smaller.append((c, r, int(fits * 10) / 10))
                    cells.append(value)
                    continue
            style = head if r < header_rows else number if c >= align_right_from else cell
            text = esc(value)
            if bold:
                text = f"<b>{text}</b>"
            cells.append(Paragraph(text, style))
        body.append(cells)
    heights = None
    if row_height:
        heights = [None] * header_rows + [row_height] * (len(body) - header_rows)
    table = Table(body, colWidths=widths, rowHeights=heights, repeatRows=header_rows)
    commands = [("GRID", (0, 0), (-1, -1), 0.5, GRID), ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("FONTSIZE", (0, 0), (-1, -1), font_size),
                ("LEADING", (0, 0), (-1, -1), font_size + 2),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad)]
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD_BG))
    if align_right_from < len(widths):
        commands.append(("ALIGN", (align_right_from, header_rows), (-1, -1), "RIGHT"))
    if total_row:
        commands += [("BACKGROUND", (0, -1), (-1, -1), TOTAL_BG),
                     ("FONTNAME", (0, -1), (-1, -1), FONT + "-Bold")]
    commands += [("FONTSIZE", (c, r), (c, r), size) for c, r, size in smaller]
    for span in spans or []:
        commands.append(("SPAN", *span))
    table.setStyle(TableStyle(commands))
    return table


def plain_table(cells: list, widths: list[float]) -> Table:
    """A table without borders that only places blocks side by side."""
    table = Table([cells], colWidths=widths)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("FONTNAME", (0, 0), (-1, -1), FONT),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return table


def build_pdf(path, story: list, title: str, author: str, lang: str) -> None:
    """Write `story` to `path` as an A4 PDF with the fonts embedded and page numbers."""
    register_fonts()

    def number_pages(canvas, doc):
        page = canvas.getPageNumber()
        if page > 1:  # Decree 30: centred at the top, not on the first page
            canvas.saveState()
            canvas.setFont(FONT, SIZES["page_number"])
            canvas.drawCentredString(MARGINS["leftMargin"] + WIDTH / 2,
                                     PAGE[1] - 12 * mm, str(page))
            canvas.restoreState()

    # initialFontName: else the canvas starts in Helvetica, referenced but not embedded
    doc = SimpleDocTemplate(str(path), pagesize=PAGE, title=title, author=author,
                            subject=title, creator="Xã Số", initialFontName=FONT,
                            lang="vi-VN" if lang == "vi" else "en", **MARGINS)
    doc.build(story, onFirstPage=number_pages, onLaterPages=number_pages)
