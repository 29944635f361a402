"""Importing lists from CSV and Excel: households, residents, attendance, hamlets, members.

All or nothing: every row is checked inside one transaction (including duplicate
CCCDs within the file), and if any row is refused nothing is written and the report
names each bad row and column. A dry run does the same and always rolls back.
"""

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from desktop.db.meta import require_setup
from desktop.db.writer import clock_of, write
from desktop.domain.bridge_points import bridge_point_key
from desktop.domain.errors import InputRefused, Problem, ValidationError
from desktop.domain.hamlets import split_hamlet
from desktop.domain.ids import is_uuid
from desktop.domain.kinds import clean_record, get_kind, name_key
from desktop.domain.labels import FIELD_LABELS, field_label
from desktop.domain.text import nfc, search_key
from desktop.messages import message
from desktop.services.changes import Changes
from desktop.services.identity import find_person
from desktop.services.records import add_bridge_points, save_new
from desktop.services.refs import fetch_row, find_bridge_point, find_by_key, resolve
from desktop.services.tables import Sheet, cell_text, find_header, read_cells

COMMON_ALIASES = {
    "hamlet": ("thon", "ten thon", "thon/xom", "thon, xom", "xom", "ban", "ap", "to dan pho",
               "thon/to dan pho", "khu pho", "khu dan cu", "thon/ban", "hamlet"),
    "phone": ("so dien thoai", "dien thoai", "sdt", "so dt", "dt", "dien thoai lien he", "phone"),
    "notes": ("ghi chu", "notes"),
}
ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "household": {
        "head_name": ("ho va ten chu ho", "ho ten chu ho", "chu ho", "ten chu ho", "head_name",
                      "ho va ten", "ho ten"),
        "address": ("dia chi", "address", "noi o"),
        "members_count": ("so nhan khau", "nhan khau", "so khau", "so nguoi", "members_count"),
        "has_smartphone": ("co dien thoai thong minh", "dien thoai thong minh", "co dtdd thong minh",
                           "smartphone", "has_smartphone"),
        "sells_online": ("ban hang online", "ban hang tren san tmdt", "sells_online"),
        "has_fibre": ("cap quang", "internet cap quang", "co internet cap quang",
                      "co cap quang", "bang rong cap quang", "has_fibre"),
        **COMMON_ALIASES,
    },
    "resident": {
        "full_name": ("ho va ten", "ho ten", "ten", "full_name"),
        "household": ("chu ho", "ho va ten chu ho", "ho gia dinh", "household"),
        "birth": ("ngay sinh", "nam sinh", "ngay thang nam sinh", "birth"),
        "gender": ("gioi tinh", "gender"),
        "cccd": ("so cccd", "cccd", "so can cuoc", "so dinh danh", "so dinh danh ca nhan",
                 "can cuoc cong dan", "cccd/cmnd"),
        "eid_stage": ("dinh danh dien tu", "vneid", "muc dinh danh", "eid_stage"),
        "health_stage": ("so suc khoe dien tu", "ho so suc khoe", "health_stage"),
        "has_smartphone": ("co dien thoai thong minh", "dien thoai thong minh", "has_smartphone"),
        "has_payment_account": ("tai khoan thanh toan", "co tai khoan thanh toan",
                                "has_payment_account"),
        "has_digital_signature": ("chu ky so", "co chu ky so", "has_digital_signature"),
        "digital_skills_date": ("ngay hoan thanh ky nang so", "hoan thanh ky nang so",
                                "binh dan hoc vu so", "digital_skills_date"),
        "digital_skills_via": ("hinh thuc hoc", "hinh thuc hoc ky nang so", "hoc qua",
                               "digital_skills_via"),
        **COMMON_ALIASES,
    },
    "attendance": {
        "full_name": ("ho va ten", "ho ten", "ten dai bieu", "full_name"),
        "unit": ("don vi cong tac", "don vi", "co quan", "unit"),
        "position": ("chuc vu", "position"),
        "bridge_point": ("diem cau", "bridge_point"),
        "commune": ("xa", "commune"),
        "status": ("trang thai", "co mat", "status"),
        "phone": COMMON_ALIASES["phone"],
    },
    "hamlet": {"name": ("ten thon", "thon", "ten", "name"), "notes": ("ghi chu", "notes")},
    "member": {
        "full_name": ("ho va ten", "ho ten", "full_name"),
        "role": ("vai tro", "chuc vu", "role"),
        **COMMON_ALIASES,
    },
}
REQUIRED = {"household": ("hamlet", "head_name"), "resident": ("full_name", "household"),
            "attendance": ("full_name",), "hamlet": ("name",), "member": ("full_name",)}
IMPORTABLE = tuple(ALIASES)
# "8h00 ngày 12/11/2026" or "ngày 12/11/2026, 8h00": offices write both orders
_WHEN = re.compile(r"(?P<h>\d{1,2})\s*[hg:]\s*(?P<m>\d{0,2}).*?(?P<d>\d{1,2}/\d{1,2}/\d{4})"
                   r"|(?P<d2>\d{1,2}/\d{1,2}/\d{4})\D{0,12}?(?P<h2>\d{1,2})\s*[hg:]\s*(?P<m2>\d{0,2})",
                   re.IGNORECASE)
_DATE = re.compile(r"(?<!\d)(\d{1,2})/(\d{1,2})/(\d{4})(?!\d)")
SAMPLE_ROWS = 5  # the first rows the preview shows


@dataclass
class PossibleDuplicate:
    """A row imported as a new person though it resembles a recorded one."""

    row: int           # its row number in the file
    name: str
    resembles: str     # the recorded person's name
    resembles_id: str
    record_id: str     # the new record (none is written in a dry run)


@dataclass
class SkippedRow:
    """A row left out without refusing the file: already recorded, or a total line."""

    row: int
    name: str
    message: str


@dataclass
class RowError:
    """A refused row: its number in the file, the column, and why."""

    row: int      # the row number as the spreadsheet shows it (header rows included)
    column: str
    message: str
    record: int = 0  # the position among data rows (1 = first row under the header)


@dataclass
class ImportReport:
    """What an import did (or, in a dry run, would do)."""

    kind: str
    path: str
    rows: int = 0
    created: int = 0
    skipped_existing: int = 0
    possible: list[PossibleDuplicate] = field(default_factory=list)
    created_hamlets: list[str] = field(default_factory=list)
    created_bridge_points: list[str] = field(default_factory=list)
    training_id: str | None = None
    errors: list[RowError] = field(default_factory=list)
    dry_run: bool = False
    changes: Changes = field(default_factory=Changes)  # empty for a dry run or a refusal
    # what the preview shows: the header as the file has it with the field each column
    # fills ("" for a column left out), the first rows, the rows left out and why
    columns: list[tuple[str, str]] = field(default_factory=list)
    sample: list[tuple[int, list[str]]] = field(default_factory=list)
    skipped: list[SkippedRow] = field(default_factory=list)
    # attendance: bridge points written otherwise than recorded (as written, recorded)
    matched_bridge_points: list[tuple[str, str]] = field(default_factory=list)
    training_title: str | None = None
    training_starts_at: str | None = None
    training_created: bool = False  # made from the sheet's title rows
    sheet_date: str | None = None   # the day the title rows give (ISO), if any

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def date_differs(self) -> bool:
        """The sheet's own date is not the day of the session it goes into."""
        return bool(self.sheet_date and self.training_starts_at
                    and self.sheet_date != self.training_starts_at[:10])

    def as_dict(self) -> dict:
        """Plain data for --json and the GUI preview."""
        return {"ok": self.ok, "kind": self.kind, "file": self.path, "dry_run": self.dry_run,
                "rows": self.rows, "created": 0 if self.dry_run or self.errors else self.created,
                "would_create": self.created, "skipped_existing": self.skipped_existing,
                "created_hamlets": self.created_hamlets,
                "created_bridge_points": self.created_bridge_points,
                "training_id": None if self.dry_run and self.training_created
                else self.training_id,
                "training": {"title": self.training_title, "starts_at": self.training_starts_at,
                             "created": self.training_created} if self.training_title else None,
                "sheet_date": self.sheet_date, "date_differs": self.date_differs,
                "columns": [{"column": c, "field": f or None} for c, f in self.columns],
                "sample": [{"row": n, "cells": cells} for n, cells in self.sample],
                "skipped": [s.__dict__ for s in self.skipped],
                "matched_bridge_points": [{"written": w, "recorded": r}
                                          for w, r in self.matched_bridge_points],
                "possible_duplicates": [
                    {k: v for k, v in p.__dict__.items() if k != "record_id" or not self.dry_run}
                    for p in self.possible],
                "errors": [e.__dict__ for e in self.errors]}


class _Rollback(Exception):
    pass


def column_aliases(kind: str) -> dict[str, tuple[str, ...]]:
    """Header texts (diacritic-free) naming each field: the ones offices type, plus the
    field's own name and its Vietnamese and English labels, so an exported list in
    either language imports back."""
    out = {}
    for name, typed in ALIASES[kind].items():
        labels = tuple(search_key(label) for label in FIELD_LABELS.get(name, ()))
        out[name] = tuple(dict.fromkeys((*typed, name, *labels)))
    return out


def import_file(db, kind_name: str, path, dry_run: bool = False, training: str | None = None,
                today: dt.date | None = None, lang: str = "vi", progress=None) -> ImportReport:
    """Import `path` as records of `kind_name`; all rows or none.

    Raises InputRefused for an unreadable file or missing header. Row problems are
    returned in the report (nothing written); the command line turns them into exit 2.
    """
    kind = get_kind(kind_name)
    if kind.name not in IMPORTABLE:
        raise InputRefused.of("kind_not_importable", "kind", kind=kind_name,
                              choices=", ".join(IMPORTABLE))
    require_setup(db.conn)
    today = today or clock_of(db).today()
    sheet = find_header(read_cells(Path(path)), column_aliases(kind.name), REQUIRED[kind.name])
    report = ImportReport(kind.name, str(path), rows=len(sheet.rows), dry_run=dry_run)
    _describe(sheet, report, lang)
    try:
        with write(db) as tx:
            context = {}
            if kind.name == "attendance":
                context["training_id"] = _training_for(tx, training, sheet.title_lines, today,
                                                       report)
                context["points"] = _points_of(tx.conn, context["training_id"])
            for done, (number, cells) in enumerate(sheet.rows, 1):
                data = {f: _cell(f, v) for f, v in zip(sheet.header, cells) if f}
                _import_row(tx, kind, data, (number, done), today, lang, context, report)
                if progress:
                    progress(done, len(sheet.rows))
            tx.audit("import", kind.name, None, {"file": Path(path).name, "rows": report.rows,
                                                 "created": report.created})
            if report.errors or dry_run:
                raise _Rollback()
        report.changes = Changes.of(tx.touched, tx.stamp.hlc)
    except _Rollback:
        pass
    return report


def _cell(field: str, value) -> str | None:
    """A cell's text; a CCCD that Excel stored as a number gets back its leading zero."""
    if field == "cccd" and isinstance(value, (int, float)) and not isinstance(value, bool):
        return f"{int(value):012d}"
    return cell_text(value)


def _describe(sheet: Sheet, report: ImportReport, lang: str) -> None:
    """What the preview shows of the file itself: its columns, first rows, total rows."""
    report.columns = list(zip(sheet.header_cells, sheet.header))
    report.sample = [(number, [cell_text(c) or "" for c in cells])
                     for number, cells in sheet.rows[:SAMPLE_ROWS]]
    report.skipped += [SkippedRow(number, "", message("import_skip_total", lang))
                       for number in sheet.totals]


def sheet_session(titles: list[str]) -> dict | None:
    """The session a sign-up sheet's title rows name, as typed ({"title", "starts_at",
    "mode"}), or None when they name no title or no time:
    "DANH SÁCH ĐẠI BIỂU THAM DỰ HỘI NGHỊ TẬP HUẤN ..." over "Thời gian: 8h00 ngày
    15/03/2024 - Hình thức: trực tiếp kết hợp trực tuyến"."""
    title = next((t for t in titles if "tap huan" in search_key(t) or "hoi nghi" in search_key(t)),
                 None)
    when = next((m for t in titles if (m := _WHEN.search(t))), None)
    if not title or not when:
        return None
    if when.group("d"):
        hour, minute, day = when.group("h"), when.group("m") or "0", when.group("d")
    else:
        hour, minute, day = when.group("h2"), when.group("m2") or "0", when.group("d2")
    mode = None
    for line in titles:
        key = search_key(line)
        if "hinh thuc" in key:
            mode = ("hybrid" if "ket hop" in key else "online" if "truc tuyen" in key
                    else "in_person")
    title = re.sub(r"^danh sách (đại biểu|người) (tham dự|tham gia)\s+", "", nfc(title),
                   flags=re.IGNORECASE)
    title = title[:1].upper() + title[1:].lower() if title.isupper() else title
    return {"title": title, "starts_at": f"{day} {hour}:{minute}", "mode": mode}


def sheet_date(titles: list[str]) -> dt.date | None:
    """The first date (dd/mm/yyyy) the title rows give, or None."""
    for line in titles:
        for day, month, year in _DATE.findall(line):
            try:
                return dt.date(int(year), int(month), int(day))
            except ValueError:
                continue
    return None


def _training_for(tx, given: str | None, titles: list[str], today: dt.date,
                  report: ImportReport) -> str:
    """The training the sheet belongs to: `given`, or one made from the title rows
    (the one already recorded with that title and time, else a new one)."""
    found = sheet_date(titles)
    report.sheet_date = found.isoformat() if found else None
    if given:
        training_id = resolve(tx.conn, "training", "training", given)
    else:
        data = sheet_session(titles)
        if data is None:
            raise InputRefused.of("training_required", "training")
        clean = clean_record(get_kind("training"), {k: v for k, v in data.items() if v}, today)
        training_id = find_by_key(tx.conn, "trainings", "title_key", clean["title"],
                                  {"starts_at": clean["starts_at"]})
        if training_id is None:
            training_id = save_new(tx, get_kind("training"), clean, today, data)
            report.training_created = True
    row = fetch_row(tx.conn, "trainings", training_id)
    report.training_id = training_id
    report.training_title, report.training_starts_at = row["title"], row["starts_at"]
    return training_id


def _points_of(conn, training_id: str) -> dict[str, tuple[str, str]]:
    """The training's bridge points by their key (domain/bridge_points.py)."""
    points: dict[str, tuple[str, str]] = {}
    for point_id, name in conn.execute("SELECT id, name FROM live_bridge_points WHERE "
                                       "training_id = ? ORDER BY created_hlc, id", (training_id,)):
        points.setdefault(bridge_point_key(name), (point_id, name))
    return points


def _bridge_point(tx, written: str, context: dict, report: ImportReport) -> str:
    """The id of the bridge point a row names; a new name is created (once) and listed,
    and a name written otherwise than recorded is listed with the point it matched."""
    key = bridge_point_key(written)
    found = context["points"].get(key)
    if found is None:
        found = (add_bridge_points(tx, context["training_id"], [written])[0], nfc(written))
        context["points"][key] = found
        report.created_bridge_points.append(found[1])
    elif nfc(written) != found[1] and (nfc(written), found[1]) not in report.matched_bridge_points:
        report.matched_bridge_points.append((nfc(written), found[1]))
    return found[0]


def _import_row(tx, kind, data: dict, position: tuple[int, int], today: dt.date, lang: str,
                context: dict, report: ImportReport) -> None:
    conn = tx.conn
    try:
        if kind.name in ("household", "resident", "member") and data.get("hamlet"):
            data["hamlet"] = _hamlet(tx, data["hamlet"], report)
        if kind.name == "resident":
            data["household"] = _household(tx, data, today, report)
            data.pop("hamlet", None)
        if kind.name == "attendance":
            data["training"] = context["training_id"]
            if data.get("bridge_point"):
                data["bridge_point"] = _bridge_point(tx, data["bridge_point"], context, report)
        clean = clean_record(kind, data, today)
        if kind.name == "hamlet":
            if find_by_key(conn, "hamlets", "name_key", clean["name"]):
                _skip(report, position[0], clean["name"], lang)
                return
            match = None
        else:
            match = find_person(conn, kind.name, _identity_values(conn, kind.name, clean))
        if match and match.verdict == "same":
            _skip(report, position[0], match.name, lang)  # the same person, brought in before
            return
        record_id = save_new(tx, kind, clean, today, data)
        report.created += 1
        if match:  # kept apart, and shown to a person with the record it resembles
            report.possible.append(PossibleDuplicate(position[0], clean.get(
                get_kind(kind.name).title), match.name, match.record_id, record_id))
    except InputRefused as exc:
        for problem in exc.problems:
            report.errors.append(RowError(position[0], field_label(problem.field or "", lang)
                                          if problem.field else "", problem.message(lang),
                                          position[1]))


def _skip(report: ImportReport, row: int, name: str, lang: str) -> None:
    report.skipped_existing += 1
    report.skipped.append(SkippedRow(row, name, message("import_skip_same", lang, name=name)))


def _hamlet(tx, text: str, report: ImportReport) -> str:
    """The hamlet id for "Tân Ninh" or "Thôn Tân Ninh"; unknown hamlets are created."""
    kind, name = split_hamlet(text)
    found = find_by_key(tx.conn, "hamlets", "name_key", name)
    if found:
        return found
    if not name:
        raise ValidationError([Problem("hamlet", "required")])
    report.created_hamlets.append(name)
    return tx.insert("hamlet", "hamlets", {"name": name, "name_key": name_key(name),
                                           "kind": kind or "thon"})


def _household(tx, data: dict, today: dt.date, report: ImportReport) -> str:
    """The household a resident row names by its head (within the row's hamlet, if given)."""
    head = data.get("household")
    if not head:
        raise ValidationError([Problem("household", "required")])
    scope = {"hamlet_id": data["hamlet"]} if data.get("hamlet") else None
    found = find_by_key(tx.conn, "households", "head_name_key", head, scope)
    if found:
        return found
    if not data.get("hamlet"):
        return resolve(tx.conn, "household", "household", head)
    clean = clean_record(get_kind("household"), {"hamlet": data["hamlet"], "head_name": head},
                         today)
    return save_new(tx, get_kind("household"), clean, today, {})


def _identity_values(conn, kind: str, clean: dict) -> dict:
    """The column values identity.find_person compares, from a cleaned row."""
    values = dict(clean)
    for ref in ("hamlet", "household", "training"):
        if clean.get(ref):
            values[f"{ref}_id"] = clean[ref]
    if kind == "attendance" and clean.get("bridge_point"):
        point = clean["bridge_point"]
        found = None if is_uuid(str(point)) else find_bridge_point(conn, clean["training"], point)
        values["bridge_point_id"] = found[0] if found else point if is_uuid(str(point)) else None
    if kind == "resident":
        values["birth_year"] = clean["birth"][0] if clean.get("birth") else None
        values["hamlet_id"] = fetch_row(conn, "households", clean["household"])["hamlet_id"]
    return values
