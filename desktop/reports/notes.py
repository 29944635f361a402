"""The officer's own sections of a monthly report, saved with their month.

A report has three sections only an officer can write: II. Tồn tại, hạn chế và
nguyên nhân; III. Nhiệm vụ, giải pháp tháng tới; IV. Đề xuất, kiến nghị. They are
typed on the Reports page or given as a small text file (`--notes FILE`):

    # a line starting with # is a comment
    [Tồn tại, hạn chế]
    - Sóng điện thoại yếu ở hai thôn vùng cao, nhiều hộ chưa cài được VNeID.
    - Một số người cao tuổi chưa có điện thoại thông minh.

    [Nhiệm vụ tháng tới]
    Tiếp tục đi từng ngõ, gõ từng nhà ở thôn Tân Ninh và Lộc Hà.

    [Kiến nghị]
    Đề nghị Sở Khoa học và Công nghệ hỗ trợ 20 điện thoại thông minh.

A heading in square brackets opens a section; it may be the section's name with or
without diacritics, shortened ("tồn tại", "nhiệm vụ", "kiến nghị"), in English
("problems", "tasks", "proposals"), with or without its Roman number. Every other
non-empty line is one paragraph, printed as written. An empty section is left out.
"""

import re
import unicodedata
from pathlib import Path

from desktop.db.meta import table_exists
from desktop.db.writer import write
from desktop.domain.errors import InputRefused
from desktop.domain.periods import check_month
from desktop.domain.text import search_key
from desktop.reports.sql import conn_of

# (code, Vietnamese heading, English heading, other names a heading may use)
SECTIONS = (
    ("problems", "Tồn tại, hạn chế và nguyên nhân", "Shortcomings and their causes",
     ("ton tai", "han che", "ton tai han che", "nguyen nhan", "problems", "shortcomings")),
    ("tasks", "Nhiệm vụ, giải pháp tháng tới", "Tasks and solutions for next month",
     ("nhiem vu", "giai phap", "nhiem vu thang toi", "nhiem vu giai phap", "tasks")),
    ("proposals", "Đề xuất, kiến nghị", "Proposals and recommendations",
     ("de xuat", "kien nghi", "de xuat kien nghi", "proposals", "recommendations")),
)
CODES = tuple(s[0] for s in SECTIONS)
MAX_SECTION = 20_000
_ROMAN = re.compile(r"^(?:[ivx]+|\d+)[.)]?\s+", re.IGNORECASE)


def _nfc(text: str) -> str:
    # desktop.domain.text.nfc also folds the lines into one; here lines matter
    return unicodedata.normalize("NFC", text)


def heading(code: str, lang: str = "vi") -> str:
    """The printed heading of a section (without its number)."""
    for c, vi, en, _ in SECTIONS:
        if c == code:
            return en if lang == "en" else vi
    raise KeyError(code)


def _section_of(title: str) -> str | None:
    key = search_key(_ROMAN.sub("", title.strip())).replace(",", " ")
    key = " ".join(key.split())
    for code, vi, en, names in SECTIONS:
        keys = {code, " ".join(search_key(vi).replace(",", " ").split()),
                " ".join(search_key(en).replace(",", " ").split()), *names}
        if key in keys:
            return code
    return None


def parse_notes(text: str) -> dict[str, str]:
    """The sections of a notes file: {code: text}, each paragraph on its own line.
    InputRefused names the first line that is not understood."""
    sections: dict[str, list[str]] = {}
    current = None
    for number, raw in enumerate(_nfc(text).splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = _section_of(line[1:-1])
            if current is None:
                raise InputRefused.of("notes_section_unknown", "notes", line=number,
                                      text=line[:60], sections=", ".join(
                                          f"[{vi}]" for _, vi, _, _ in SECTIONS))
            sections.setdefault(current, [])
            continue
        if current is None:
            raise InputRefused.of("notes_no_section", "notes", line=number, text=line[:60])
        sections[current].append(line)
    out = {code: "\n".join(lines) for code, lines in sections.items() if lines}
    for code, body in out.items():
        if len(body) > MAX_SECTION:
            raise InputRefused.of("notes_too_long", "notes", section=heading(code),
                                  limit=MAX_SECTION)
    return out


def format_notes(sections: dict[str, str], lang: str = "vi") -> str:
    """The notes as a file `parse_notes` reads back (empty sections included, to fill)."""
    parts = []
    for code in CODES:
        parts.append(f"[{heading(code, lang)}]")
        body = (sections.get(code) or "").strip()
        parts.append(body + "\n" if body else "")
    return "\n".join(parts).rstrip() + "\n"


def read_notes_file(path) -> dict[str, str]:
    """Parse a notes file (UTF-8, with or without BOM)."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputRefused.of("file_unreadable", "notes", path=str(path),
                              detail=getattr(exc, "strerror", None) or str(exc)) from exc
    return parse_notes(text)


def read_notes(conn, month: str) -> dict[str, str]:
    """The saved sections of `month` ({} when none, or before schema 5)."""
    conn = conn_of(conn)
    if not table_exists(conn, "report_notes"):
        return {}
    return {code: body for code, body in conn.execute(
        "SELECT section, body FROM report_notes WHERE month = ?", (check_month(month),))
        if body.strip()}


def save_notes(db, month: str, sections: dict[str, str]) -> dict[str, str]:
    """Replace the month's sections with `sections` ({code: text}; empty ones are
    removed) in one transaction; return what is saved."""
    month = check_month(month)
    unknown = [code for code in sections if code not in CODES]
    if unknown:
        raise InputRefused.of("notes_section_unknown", "notes", line=0, text=unknown[0],
                              sections=", ".join(CODES))
    kept = {code: "\n".join(line.rstrip() for line in _nfc(text).strip().splitlines())
            for code, text in sections.items() if text and text.strip()}
    for code, body in kept.items():
        if len(body) > MAX_SECTION:
            raise InputRefused.of("notes_too_long", "notes", section=heading(code),
                                  limit=MAX_SECTION)
    with write(db) as tx:
        tx.conn.execute("DELETE FROM report_notes WHERE month = ?", (month,))
        for code, body in kept.items():
            tx.conn.execute("INSERT INTO report_notes(month, section, body, updated_at) "
                            "VALUES (?, ?, ?, ?)", (month, code, body, tx.stamp.at))
        tx.audit("report_notes", None, month, {code: len(body) for code, body in kept.items()})
    return kept
