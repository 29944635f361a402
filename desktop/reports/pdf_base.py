"""The official document frame shared by every PDF (Decree 30/2020/NĐ-CP).

A4 portrait; margins 20 mm top and bottom, 30 mm left, 15 mm right; a Times-like
serif (Liberation Serif, embedded from resources/fonts) at 13 pt for the body; the
issuing body on the left and the national motto on the right; the place and date
line; the signature block; page numbers centred at the top from page 2 on, as the
decree prescribes.
"""

import sys
from functools import lru_cache
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)
from reportlab.platypus.flowables import HRFlowable

from desktop.reports.fmt import Formats
from desktop.reports.labels import label

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


@lru_cache(maxsize=1)
def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles of the reports."""
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=13, leading=17, alignment=TA_JUSTIFY,
                          firstLineIndent=10 * mm, spaceAfter=4)
    return {
        "body": base,
        "plain": ParagraphStyle("plain", base, firstLineIndent=0, alignment=TA_LEFT),
        "head_left": ParagraphStyle("head_left", base, fontSize=13, leading=16,
                                    alignment=TA_CENTER, firstLineIndent=0, spaceAfter=0),
        "head_right": ParagraphStyle("head_right", base, fontSize=13, leading=16,
                                     alignment=TA_CENTER, firstLineIndent=0, spaceAfter=0),
        "date": ParagraphStyle("date", base, fontName=FONT + "-Italic", alignment=TA_CENTER,
                               firstLineIndent=0, fontSize=13),
        "title": ParagraphStyle("title", base, fontName=FONT + "-Bold", fontSize=14,
                                leading=18, alignment=TA_CENTER, firstLineIndent=0,
                                spaceAfter=0),
        "section": ParagraphStyle("section", base, fontName=FONT + "-Bold", firstLineIndent=0,
                                  alignment=TA_LEFT, spaceBefore=8, spaceAfter=4),
        "caption": ParagraphStyle("caption", base, fontName=FONT + "-Italic", fontSize=11,
                                  leading=14, alignment=TA_CENTER, firstLineIndent=0,
                                  spaceBefore=2, spaceAfter=6),
        "note": ParagraphStyle("note", base, fontName=FONT + "-Italic", fontSize=11,
                               leading=14, firstLineIndent=0),
        "cell": ParagraphStyle("cell", base, fontSize=10, leading=12, firstLineIndent=0,
                               alignment=TA_LEFT, spaceAfter=0),
        "cell_head": ParagraphStyle("cell_head", base, fontName=FONT + "-Bold", fontSize=9.5,
                                    leading=11.5, firstLineIndent=0, alignment=TA_CENTER,
                                    spaceAfter=0),
        "sign": ParagraphStyle("sign", base, fontName=FONT + "-Bold", alignment=TA_CENTER,
                               firstLineIndent=0, spaceAfter=0, leading=16),
        "sign_hint": ParagraphStyle("sign_hint", base, fontName=FONT + "-Italic",
                                    alignment=TA_CENTER, firstLineIndent=0, fontSize=12),
        "recipients": ParagraphStyle("recipients", base, fontSize=11, leading=13,
                                     firstLineIndent=0, alignment=TA_LEFT, spaceAfter=0),
    }


def esc(text) -> str:
    """Text made safe for a ReportLab Paragraph (which reads a little XML)."""
    return (str(text if text is not None else "").replace("&", "&amp;")
            .replace("<", "&lt;").replace(">", "&gt;"))


def para(text: str, style: str = "body") -> Paragraph:
    """A paragraph in one of the report styles (text already escaped where needed)."""
    return Paragraph(text, styles()[style])


def official_header(issuer_lines: list[str], lang: str, place: str, issued, fmt: Formats,
                    number: bool = True) -> Table:
    """The two-column head of an official document and the place/date line.

    `issuer_lines` are the issuing body in capitals: the last line bold, with a short
    rule under it as the decree shows.
    """
    left = [para(esc(line) if i < len(issuer_lines) - 1 else f"<b>{esc(line)}</b>", "head_left")
            for i, line in enumerate(issuer_lines)]
    left.append(HRFlowable(width="35%", thickness=0.6, color=colors.black, spaceBefore=1,
                           spaceAfter=4, hAlign="CENTER"))
    if number:
        left.append(para(esc(label("doc_number", lang)), "head_left"))
    right = [para(f"<b>{esc(label('motto', lang))}</b>", "head_right"),
             para(f"<b>{esc(label('motto_sub', lang))}</b>", "head_right"),
             HRFlowable(width="60%", thickness=0.6, color=colors.black, spaceBefore=1,
                        spaceAfter=4, hAlign="CENTER"),
             para(esc(place_date(place, issued, lang, fmt)), "date")]
    table = Table([[left, right]], colWidths=[WIDTH * 0.40, WIDTH * 0.60])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), FONT),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def place_date(place: str, issued, lang: str, fmt: Formats) -> str:
    """"Cương Gián, ngày 05 tháng 02 năm 2026" (days < 10 and months 1-2 zero-padded)."""
    if lang == "en":
        return label("place_date", lang, place=place, date=fmt.date(issued))
    day = f"{issued.day:02d}" if issued.day < 10 else str(issued.day)
    month = f"{issued.month:02d}" if issued.month < 3 else str(issued.month)
    return label("place_date", lang, place=place, day=day, month=month, year=issued.year)


def title_block(title: str, subtitle: str) -> list:
    """The document kind in capitals, its summary line, and a short rule."""
    return [Spacer(1, 6 * mm), para(esc(title), "title"), para(esc(subtitle), "title"),
            HRFlowable(width="25%", thickness=0.6, color=colors.black, spaceBefore=5,
                       spaceAfter=8, hAlign="CENTER")]


def signature_block(lang: str, recipients: list[str], lines: list[str],
                    hint_key: str = "sign_hint") -> KeepTogether:
    """Recipients on the left; the signer's authority, the hint, room to sign, on the right."""
    left = [para(f"<b><i>{esc(label('recipients', lang))}</i></b>", "recipients")]
    left += [para(esc(r), "recipients") for r in recipients]
    right = [para(esc(line), "sign") for line in lines]
    right += [para(esc(label(hint_key, lang)), "sign_hint"), Spacer(1, 24 * mm),
              para("." * 40, "sign_hint")]
    table = Table([[left, right]], colWidths=[WIDTH * 0.45, WIDTH * 0.55])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), FONT),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return KeepTogether([Spacer(1, 6 * mm), table])


def data_table(rows: list[list], widths: list[float], header_rows: int = 1,
               total_row: bool = False, spans: list | None = None,
               align_right_from: int = 1, row_height: float | None = None) -> Table:
    """A bordered table: header rows shaded and bold, numbers right-aligned, the
    header repeated on every page the table runs onto."""
    st = styles()
    body = []
    for r, row in enumerate(rows):
        cells = []
        for c, value in enumerate(row):
            if isinstance(value, str):
                style = st["cell_head"] if r < header_rows else st["cell"]
                if r >= header_rows and c >= align_right_from:
                    style = ParagraphStyle("num", style, alignment=2)
                text = esc(value)
                if total_row and r == len(rows) - 1:
                    text = f"<b>{text}</b>"
                cells.append(Paragraph(text, style))
            else:
                cells.append(value)
        body.append(cells)
    heights = None
    if row_height:  # room to sign in: body rows at least this tall
        heights = [None] * header_rows + [row_height] * (len(body) - header_rows)
    table = Table(body, colWidths=widths, rowHeights=heights, repeatRows=header_rows)
    commands = [("GRID", (0, 0), (-1, -1), 0.5, GRID), ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD_BG),
                ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    if total_row:
        commands.append(("BACKGROUND", (0, -1), (-1, -1), TOTAL_BG))
    for span in spans or []:
        commands.append(("SPAN", *span))
    table.setStyle(TableStyle(commands))
    return table


def build_pdf(path, story: list, title: str, author: str, lang: str) -> None:
    """Write `story` to `path` as an A4 PDF with the fonts embedded and page numbers."""
    register_fonts()

    def number_pages(canvas, doc):
        page = canvas.getPageNumber()
        if page > 1:  # Decree 30: centred at the top, not on the first page
            canvas.saveState()
            canvas.setFont(FONT, 12)
            canvas.drawCentredString(PAGE[0] / 2 + (MARGINS["leftMargin"] -
                                                    MARGINS["rightMargin"]) / 2,
                                     PAGE[1] - 12 * mm, str(page))
            canvas.restoreState()

    # initialFontName: else the canvas starts in Helvetica, referenced but not embedded
    doc = SimpleDocTemplate(str(path), pagesize=PAGE, title=title, author=author,
                            subject=title, creator="Xã Số", initialFontName=FONT,
                            lang="vi-VN" if lang == "vi" else "en", **MARGINS)
    doc.build(story, onFirstPage=number_pages, onLaterPages=number_pages)
