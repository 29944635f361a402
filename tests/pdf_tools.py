"""Reading PDFs in tests as a reader gets them, with pypdfium2 (no system packages).

- `pdf_text(path)`: the text of every page, pages separated by form feeds ("\\f");
- `pdf_lines(path, page)`: each text line with its box in millimetres from the
  page's top-left corner, for checks of layout (rules under headings, margins);
- `pdf_fonts(path)`: (base font name, embedded?) of every font used for text;
- `render_page(path, page, scale)`: a PIL image of one page.
"""

import ctypes
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as raw

PT_PER_MM = 72 / 25.4


@dataclass(frozen=True)
class Line:
    """One line of text on a page, its box in mm from the top-left corner."""

    text: str
    left: float
    top: float
    right: float
    bottom: float


def pdf_text(path: str | Path) -> str:
    """All pages' text, in reading order, separated by "\\f"."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        pages = []
        for page in pdf:
            textpage = page.get_textpage()
            pages.append(textpage.get_text_bounded().replace("\r\n", "\n"))
            textpage.close()
            page.close()
        return "\f".join(pages)
    finally:
        pdf.close()


def page_count(path: str | Path) -> int:
    """How many pages the PDF has."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


def pdf_lines(path: str | Path, page_index: int = 0) -> list[Line]:
    """The text lines of one page with their boxes (mm, from the top-left corner)."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        page = pdf[page_index]
        height = page.get_height()
        textpage = page.get_textpage()
        lines: list[Line] = []
        for i in range(textpage.count_rects()):
            left, bottom, right, top = textpage.get_rect(i)
            text = textpage.get_text_bounded(left, bottom, right, top).strip()
            if text:
                lines.append(Line(text, left / PT_PER_MM, (height - top) / PT_PER_MM,
                                  right / PT_PER_MM, (height - bottom) / PT_PER_MM))
        textpage.close()
        page.close()
        return lines
    finally:
        pdf.close()


def pdf_fonts(path: str | Path) -> set[tuple[str, bool]]:
    """(base font name, embedded) of every font that draws text, on every page."""
    pdf = pdfium.PdfDocument(str(path))
    found: set[tuple[str, bool]] = set()
    try:
        for page in pdf:
            for obj in page.get_objects(filter=(raw.FPDF_PAGEOBJ_TEXT,), max_depth=3):
                font = raw.FPDFTextObj_GetFont(obj.raw)
                size = raw.FPDFFont_GetBaseFontName(font, None, 0)
                buffer = ctypes.create_string_buffer(size)
                raw.FPDFFont_GetBaseFontName(font, buffer, size)
                name = buffer.value.decode("utf-8", "replace")
                found.add((name, bool(raw.FPDFFont_GetIsEmbedded(font))))
            page.close()
        return found
    finally:
        pdf.close()


def render_page(path: str | Path, page_index: int = 0, scale: float = 1.0):
    """One page as a PIL image (scale 1 = 72 dpi)."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        page = pdf[page_index]
        image = page.render(scale=scale).to_pil()
        page.close()
        return image
    finally:
        pdf.close()
