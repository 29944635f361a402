"""Reading PDFs in tests as a reader gets them, with pypdfium2 (no system packages).

- `pdf_text(path)`: the text of every page, pages separated by form feeds ("\\f");
- `pdf_lines(path, page)`: each text line with its box in millimetres from the
  page's top-left corner, for checks of layout (rules under headings, margins);
- `pdf_fonts(path)`: (base font name, embedded?) of every font used for text;
- `render_page(path, page, scale)`: a PIL image of one page;
- `rules(path, page)` and `texts(path, page)`: the page objects themselves, the
  horizontal rules drawn as paths and each text object with its font and size, for
  checks of the official layout (`find` picks one text object).
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


def _font_name(font) -> str:
    """The base font name of a pdfium font handle."""
    size = raw.FPDFFont_GetBaseFontName(font, None, 0)
    buffer = ctypes.create_string_buffer(size)
    raw.FPDFFont_GetBaseFontName(font, buffer, size)
    return buffer.value.decode("utf-8", "replace")


def pdf_fonts(path: str | Path) -> set[tuple[str, bool]]:
    """(base font name, embedded) of every font that draws text, on every page."""
    pdf = pdfium.PdfDocument(str(path))
    found: set[tuple[str, bool]] = set()
    try:
        for page in pdf:
            for obj in page.get_objects(filter=(raw.FPDF_PAGEOBJ_TEXT,), max_depth=3):
                font = raw.FPDFTextObj_GetFont(obj.raw)
                found.add((_font_name(font), bool(raw.FPDFFont_GetIsEmbedded(font))))
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


@dataclass(frozen=True)
class Box:
    """A page object's bounding box in mm from the top-left corner."""

    left: float
    top: float
    right: float
    bottom: float

    @property
    def centre(self) -> float:
        """The horizontal centre."""
        return (self.left + self.right) / 2

    @property
    def width(self) -> float:
        """The width."""
        return self.right - self.left


@dataclass(frozen=True)
class Text:
    """One text object: its text, font size (pt), font name and box."""

    text: str
    size: float
    font: str
    box: Box


def _box(obj, height: float) -> Box:
    left, bottom, right, top = obj.get_bounds()
    return Box(left / PT_PER_MM, (height - top) / PT_PER_MM, right / PT_PER_MM,
               (height - bottom) / PT_PER_MM)


def rules(path, page_index: int = 0) -> list[Box]:
    """The horizontal rules (thin paths wider than 5 mm) of one page, top to bottom."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        page = pdf[page_index]
        height = page.get_height()
        out = [_box(o, height) for o in page.get_objects(filter=(raw.FPDF_PAGEOBJ_PATH,),
                                                        max_depth=4)]
        return sorted((b for b in out if b.bottom - b.top < 1 and b.width > 5),
                      key=lambda b: (b.top, b.left))
    finally:
        pdf.close()


def texts(path, page_index: int = 0) -> list[Text]:
    """The text objects of one page with their fonts and sizes."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        page = pdf[page_index]
        height = page.get_height()
        textpage = page.get_textpage()
        out = []
        for obj in page.get_objects(filter=(raw.FPDF_PAGEOBJ_TEXT,), max_depth=4):
            size = ctypes.c_float()
            raw.FPDFTextObj_GetFontSize(obj.raw, size)
            n = raw.FPDFTextObj_GetText(obj.raw, textpage.raw, None, 0)
            buffer = ctypes.create_string_buffer(max(n, 2))
            raw.FPDFTextObj_GetText(obj.raw, textpage.raw,
                                    ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)), n)
            text = buffer.raw[:max(0, n - 2)].decode("utf-16-le", "replace").rstrip("\x00")
            out.append(Text(text, round(size.value, 2),
                            _font_name(raw.FPDFTextObj_GetFont(obj.raw)), _box(obj, height)))
        textpage.close()
        return out
    finally:
        pdf.close()


def find(items: list[Text], text: str) -> Text:
    """The first text object that holds `text`."""
    for item in items:
        if text in item.text:
            return item
    raise AssertionError(f"{text!r} not on the page: {[i.text for i in items][:40]}")
