"""Measuring a PDF's layout from its page objects (pypdfium2): the rules drawn as
paths, and each piece of text with its font and size. Positions are millimetres from
the page's top-left corner, like tests/pdf_tools.pdf_lines."""

import ctypes
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as raw

PT_PER_MM = 72 / 25.4


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
            font = raw.FPDFTextObj_GetFont(obj.raw)
            length = raw.FPDFFont_GetBaseFontName(font, None, 0)
            name = ctypes.create_string_buffer(length)
            raw.FPDFFont_GetBaseFontName(font, name, length)
            out.append(Text(text, round(size.value, 2), name.value.decode("utf-8", "replace"),
                            _box(obj, height)))
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
