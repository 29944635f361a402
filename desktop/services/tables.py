"""Reading and writing spreadsheets as commune offices keep them (CSV and .xlsx).

Reading finds the header row itself (title rows and merged cells sit above it),
matches Vietnamese column names with or without diacritics, and drops blank and
total ("Tổng cộng") rows. Writing produces UTF-8 CSV with a BOM, which Excel opens
with the diacritics intact, or a real .xlsx.
"""

import csv
import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from desktop.domain.errors import InputRefused
from desktop.domain.text import search_key

# the control characters an xlsx cell cannot hold (openpyxl's ILLEGAL_CHARACTERS_RE,
# written out so that opening the window does not import openpyxl: about a second)
ILLEGAL_CHARACTERS_RE = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")

HEADER_SCAN_ROWS = 20


@dataclass
class Sheet:
    """The rows of a file: title lines above the header, the header, and data rows."""

    title_lines: list[str]
    header: list[str]
    rows: list[tuple[int, list]]  # (1-based row number in the file, cells)
    header_cells: list[str] = field(default_factory=list)  # the header as the file has it
    totals: list[int] = field(default_factory=list)  # row numbers of "Tổng cộng" rows, left out


def read_cells(path: Path) -> list[list]:
    """All rows of a CSV or .xlsx file as lists of cell values."""
    path = Path(path)
    if not path.exists():
        raise InputRefused.of("file_missing", "file", path=str(path))
    suffix = path.suffix.lower()
    try:
        if suffix in (".xlsx", ".xlsm"):
            return _read_xlsx(path)
        return _read_csv(path)
    except InputRefused:
        raise
    except Exception as exc:  # noqa: BLE001 - any parser failure is a bad file for the user
        raise InputRefused.of("file_format", "file", path=str(path), detail=str(exc)) from exc


def _read_xlsx(path: Path) -> list[list]:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = book.worksheets[0]
        return [list(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()


def _read_csv(path: Path) -> list[list]:
    raw = path.read_bytes()
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ValueError("binary file")
    for encoding in ("utf-8-sig", "utf-16", "cp1258"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeError:
            continue
    else:  # pragma: no cover - cp1258 decodes nearly anything
        raise ValueError("unknown text encoding")
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return [[unescape_csv(cell) for cell in row]
            for row in csv.reader(text.splitlines(), dialect)]


# A spreadsheet runs a cell that begins with one of these as a formula (OWASP CSV
# injection): exports put an apostrophe in front, and imports take it off again.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def escape_csv(value):
    """A CSV cell that no spreadsheet will run: text starting like a formula gets "'"."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def unescape_csv(text: str) -> str:
    """The text a CSV cell held before `escape_csv`."""
    if text.startswith("'") and text[1:2] and text[1] in "=+-@\t\r":
        return text[1:]
    return text


def sheet_text(value):
    """A value as an .xlsx cell can hold it: characters XML cannot carry (control
    characters stored before they were refused) become U+FFFD, so an export never
    fails on any stored text."""
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)
    return value


def find_header(cells: list[list], aliases: dict[str, tuple[str, ...]],
                required: tuple[str, ...]) -> Sheet:
    """Locate the header row holding every required column; map the rest of the file.

    `aliases` maps a field to the header texts (diacritic-free keys) that name it.
    Returns a Sheet whose header holds field names ("" for unknown columns).
    """
    for index, row in enumerate(cells[:HEADER_SCAN_ROWS]):
        fields = [match_column(cell, aliases) for cell in row]
        if all(f in fields for f in required):
            titles = [" ".join(str(c).strip() for c in r if c not in (None, ""))
                      for r in cells[:index]]
            data, totals = [], []
            for number, cells_row in enumerate(cells[index + 1:], start=index + 2):
                if _is_blank(cells_row):
                    continue
                if _is_total(cells_row):
                    totals.append(number)
                    continue
                data.append((number, list(cells_row) + [None] * (len(fields) - len(cells_row))))
            return Sheet([t for t in titles if t], fields, data,
                         [cell_text(c) or "" for c in row], totals)
    names = ", ".join(aliases[f][0] for f in required)
    raise InputRefused.of("header_missing", "file", columns=names)


def match_column(cell, aliases: dict[str, tuple[str, ...]]) -> str:
    """The field a header cell names, or ""."""
    key = search_key(str(cell or "")).strip(" :*.")
    if not key:
        return ""
    for name, names in aliases.items():
        if key in names:
            return name
    return ""


def _is_blank(row) -> bool:
    return all(c is None or str(c).strip() == "" for c in row)


def _is_total(row) -> bool:
    first = next((str(c) for c in row if c is not None and str(c).strip()), "")
    return search_key(first).startswith(("tong cong", "tong so", "cong:", "total"))


def cell_text(value) -> str | None:
    """A cell as the text a person typed (Excel numbers without ".0", dates as dd/mm/yyyy)."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y %H:%M") if (value.hour or value.minute) else value.strftime("%d/%m/%Y")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    text = str(value).strip()
    return text or None


def write_table(path: Path, header: list[str], rows, sheet_title: str = "Danh sách") -> int:
    """Write rows to .csv (UTF-8 with BOM) or .xlsx, by the file's extension; return the count."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    if path.suffix.lower() == ".xlsx":
        from openpyxl import Workbook
        from openpyxl.styles import Font

        book = Workbook(write_only=False)
        sheet = book.active
        sheet.title = sheet_title[:31]
        sheet.append(header)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        widths = [len(h) for h in header]
        for row in rows:
            sheet.append([sheet_text(v) for v in row])
            for cell in sheet[sheet.max_row]:
                if cell.data_type == "f":  # text that looks like a formula stays text
                    cell.data_type = "s"
            count += 1
            if count <= 500:
                widths = [max(w, len(str(v or ""))) for w, v in zip(widths, row)]
        sheet.freeze_panes = "A2"
        from openpyxl.utils import get_column_letter

        for i, width in enumerate(widths, 1):
            sheet.column_dimensions[get_column_letter(i)].width = min(60, width + 2)
        book.save(path)
        return count
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for row in rows:
            writer.writerow([escape_csv(sheet_text(v)) for v in row])
            count += 1
    return count
