"""A report as a list of blocks, composed once and rendered twice: PDF and Word.

`compose.py` turns a report's values into a `Document`; `pdf_render.py` lays it out
with ReportLab and `docx_render.py` with python-docx, so the printed PDF and the
editable Word copy hold the same text and figures in the same order.

Decree 30/2020/NĐ-CP wants an abbreviation spelled out where it is first used;
`spell_out_abbreviations` does that over the finished document, in reading order.
"""

import re
from dataclasses import dataclass, field


@dataclass
class Header:
    """The head of an official document: issuing body, motto, number, place and date."""

    governing_body: str          # the line above the issuer (may be empty)
    issuer: list[str]            # the issuing body, in capitals, one printed line each
    number: str | None           # "Số:      /BC-UBND", or None
    motto: tuple[str, str]       # the national name and the motto
    place_date: str


@dataclass
class Title:
    """The kind of document ("BÁO CÁO") and its summary lines."""

    kind: str
    summary: list[str]


@dataclass
class Heading:
    """A section heading: level 1 ("I. ...") or 2 ("1. ...")."""

    text: str
    level: int = 1


@dataclass
class Para:
    """A paragraph: body (justified, first line indented), plain, note or caption."""

    text: str
    style: str = "body"


@dataclass
class Table:
    """A bordered table; header rows repeat on every page it runs onto."""

    rows: list[list[str]]
    widths: list[float]               # millimetres
    header_rows: int = 1
    total_row: bool = False
    align_right_from: int = 1         # columns from here on are figures
    spans: list = field(default_factory=list)  # ((col, row), (col, row)) as ReportLab
    row_height: float | None = None   # millimetres: room to sign in
    shaded: list[int] = field(default_factory=list)  # rows to shade (stale communes)
    font_size: float = 10


@dataclass
class Chart:
    """A chart (a ReportLab Drawing) and the same figures as a table for the Word copy."""

    drawing: object
    caption: str
    fallback: Table


@dataclass
class Signature:
    """Recipients on the left; the signer's authority, title, room to sign and name on
    the right. `keep` is how many blocks before it must stay on its page."""

    recipients_heading: str
    recipients: list[str]
    signer: list[str]
    name: str
    keep: int = 1


@dataclass
class Signers:
    """Signers side by side, each a title and a hint (the attendance sheet's); `keep`
    blocks before them stay on their page."""

    columns: list[tuple[str, str]]
    keep: int = 1


@dataclass
class Appendix:
    """Starts the appendix ("PHỤ LỤC") on a new page, after the signature."""

    title: str
    subtitle: str


@dataclass
class Document:
    """A whole report."""

    title: str        # the PDF / Word document title
    author: str
    lang: str
    blocks: list = field(default_factory=list)

    def add(self, *blocks) -> "Document":
        """Append blocks; returns self."""
        self.blocks.extend(b for b in blocks if b is not None)
        return self

    def texts(self):
        """Every text of the document, in reading order (tests and abbreviations)."""
        for block in self.blocks:
            yield from block_texts(block)


def block_texts(block):
    """The texts of one block in reading order."""
    if isinstance(block, Header):
        yield from [block.governing_body, *block.issuer, block.number or "", *block.motto,
                    block.place_date]
    elif isinstance(block, Title):
        yield from [block.kind, *block.summary]
    elif isinstance(block, (Heading, Para)):
        yield block.text
    elif isinstance(block, Table):
        for row in block.rows:
            yield from row
    elif isinstance(block, Chart):
        yield block.caption
    elif isinstance(block, Signature):
        yield from [block.recipients_heading, *block.recipients, *block.signer, block.name]
    elif isinstance(block, Signers):
        for title, hint in block.columns:
            yield from [title, hint]
    elif isinstance(block, Appendix):
        yield from [block.title, block.subtitle]


def _rewrite(block, change):
    """Apply `change(text) -> text` to every text of `block`, in reading order."""
    if isinstance(block, (Heading, Para)):
        block.text = change(block.text)
    elif isinstance(block, Title):
        block.summary = [change(s) for s in block.summary]
    elif isinstance(block, Table):
        block.rows = [[change(c) for c in row] for row in block.rows]
    elif isinstance(block, Chart):
        block.caption = change(block.caption)
        _rewrite(block.fallback, lambda t: t)  # the fallback repeats the chart
    elif isinstance(block, Signature):
        block.recipients = [change(r) for r in block.recipients]


def spell_out_abbreviations(doc: Document, abbreviations: dict[str, str]) -> None:
    """Write "thương mại điện tử (TMĐT)" where each abbreviation first appears; later
    uses stay short (Decree 30/2020: an abbreviation is explained at first use)."""
    seen: set[str] = set()
    patterns = {abbr: re.compile(rf"(?<![\w(]){re.escape(abbr)}(?![\w)])")
                for abbr in abbreviations}

    def change(text: str) -> str:
        for abbr, pattern in patterns.items():
            if abbr in seen:
                continue
            if f"({abbr})" in text:  # already spelled out as written
                seen.add(abbr)
                continue
            if not pattern.search(text):
                continue
            seen.add(abbr)
            full = abbreviations[abbr]
            match = pattern.search(text)
            if match.start() == 0:  # a cell or sentence starts with it: a capital
                full = full[:1].upper() + full[1:]
            text = text[:match.start()] + f"{full} ({abbr})" + text[match.end():]
        return text

    for block in doc.blocks:
        _rewrite(block, change)
