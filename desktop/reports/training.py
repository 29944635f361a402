"""The attendance sheet of one training session: who came, bridge point by bridge point.

`collect_training_sheet(db, session)` reads the session (by id or exact title) and
its attendance; `compose_training(sheet, lang)` lays it out as an official list with
a signature column, a summary by bridge point and the signers, dated on the day of
the session. Every table splits across pages with its header repeated, so a session
with hundreds of bridge points and thousands of attendees (seed 003) prints whole.
"""

import datetime as dt
from dataclasses import dataclass, field

from desktop.db.meta import read_setup
from desktop.domain.errors import InputRefused
from desktop.domain.units import find_commune
from desktop.reports.activity import NO_POINT
from desktop.reports.compose import header
from desktop.reports.document import Document, Heading, Para, Signers, Table, Title
from desktop.reports.fmt import Formats
from desktop.reports.labels import coded, label
from desktop.reports.model import BridgePointRow
from desktop.reports.pdf_render import render_pdf
from desktop.reports.settings import read_report_settings
from desktop.reports.sql import conn_of
from desktop.reports.wording import Unit
from desktop.services.refs import resolve


@dataclass
class Attendee:
    """One person on the list."""

    full_name: str
    unit: str
    position: str
    status: str


@dataclass
class PointList:
    """The people registered at one bridge point, and the counts."""

    name: str
    attendees: list[Attendee] = field(default_factory=list)

    def counts(self) -> BridgePointRow:
        """Registered, present, absent and excused at this point."""
        row = BridgePointRow(self.name, registered=len(self.attendees))
        for a in self.attendees:
            if a.status in ("present", "absent", "excused"):
                setattr(row, a.status, getattr(row, a.status) + 1)
        return row


@dataclass
class AttendanceSheet:
    """A training session and its attendance grouped by bridge point."""

    id: str
    title: str
    starts_at: str
    ends_at: str | None
    venue: str | None
    mode: str | None
    organiser: str | None
    commune_name: str
    commune_code: str | None
    province_name: str | None
    points: list[PointList]

    @property
    def date(self) -> dt.date:
        """The day of the session: the date the sheet carries."""
        return dt.date.fromisoformat(self.starts_at[:10])

    def totals(self) -> BridgePointRow:
        """The counts over every bridge point."""
        total = BridgePointRow("")
        for point in self.points:
            c = point.counts()
            for attr in ("registered", "present", "absent", "excused"):
                setattr(total, attr, getattr(total, attr) + getattr(c, attr))
        return total


def collect_training_sheet(db, session: str) -> AttendanceSheet:
    """The attendance sheet of the session with this id (or exact title)."""
    conn = conn_of(db)
    setup = read_setup(conn)
    if setup is None:
        raise InputRefused.of("no_commune")
    training_id = resolve(conn, "training", "training", session)
    row = conn.execute("SELECT id, title, starts_at, ends_at, venue, mode, organiser, "
                       "commune_code FROM live_trainings WHERE id = ?", (training_id,)).fetchone()
    code, commune, province = setup.commune_code, setup.commune_name, setup.province_name
    if setup.is_hub:
        official = find_commune(row[7]) if row[7] and str(row[7]).isdigit() else None
        code = official.code if official else None
        commune = official.name if official else (setup.display_name or "")
        province = official.province_name if official else setup.province_name
    points = {r[0]: PointList(r[1]) for r in conn.execute(
        "SELECT id, name FROM live_bridge_points WHERE training_id = ? "
        "ORDER BY name_key", (training_id,))}
    for point_id, name, unit, position, status in conn.execute(
            "SELECT coalesce(bridge_point_id, ''), full_name, coalesce(unit, ''), "
            "coalesce(position, ''), status FROM live_attendance WHERE training_id = ? "
            "ORDER BY full_name_key, full_name", (training_id,)):
        target = points.get(point_id)
        if target is None:
            target = points.setdefault(NO_POINT, PointList(NO_POINT))
        target.attendees.append(Attendee(name, unit, position, status))
    return AttendanceSheet(row[0], row[1], row[2], row[3], row[4], row[5], row[6],
                           commune or "", code, province, list(points.values()))


def compose_training(sheet: AttendanceSheet, db, lang: str) -> Document:
    """The attendance sheet as a document, dated on the session's day."""
    fmt = Formats(lang)
    unit = Unit(sheet.commune_code, sheet.commune_name, sheet.province_name)
    settings = read_report_settings(db, lang, unit if sheet.commune_code else None)
    doc = Document(f"{label('sheet_title', lang)} – {sheet.title}", sheet.commune_name, lang)
    doc.add(header(settings, lang, sheet.date, fmt, number=False),
            Title(label("sheet_title", lang), [label("sheet_subtitle", lang, title=sheet.title)]))
    start = sheet.starts_at or ""
    time = start[11:16] + (f" – {sheet.ends_at[11:16]}" if sheet.ends_at else "")
    doc.add(Para(label("sheet_when", lang, time=time, date=fmt.date(start)), "plain"))
    if sheet.venue:
        doc.add(Para(label("sheet_venue", lang, venue=sheet.venue), "plain"))
    if sheet.mode:
        doc.add(Para(label("sheet_mode", lang, mode=coded("mode", sheet.mode, lang)), "plain"))
    if not any(p.attendees for p in sheet.points):
        doc.add(Para(label("sheet_empty", lang)))
    head = [label("col_stt", lang), label("col_name", lang), label("col_unit", lang),
            label("col_position", lang), label("col_status", lang), label("col_sign", lang)]
    for point in sheet.points:
        if not point.attendees:
            continue
        rows = [head] + [[str(i), a.full_name, a.unit, a.position, coded("status", a.status, lang),
                          ""] for i, a in enumerate(point.attendees, 1)]
        doc.add(Heading(label("sheet_point", lang, name=point.name or label("no_point", lang)), 2),
                Table(rows, [9, 42, 38, 28, 22, 26], align_right_from=99, row_height=8))
    rows = [[label("col_stt", lang), label("col_bridge_point", lang),
             label("col_registered", lang), label("col_present", lang), label("col_absent", lang),
             label("col_excused", lang), label("col_rate", lang)]]
    for i, point in enumerate(sheet.points, 1):
        rows.append([str(i), point.name or label("no_point", lang), *_counts(point.counts(), fmt)])
    rows.append(["", label("total", lang), *_counts(sheet.totals(), fmt)])
    widths = [9, 58, 20, 20, 18, 20, 20]
    # the last rows go with the signers: the signatures never stand alone on a page
    tail = min(3, len(rows) - 1)
    doc.add(Heading(label("sheet_summary", lang)),
            Table(rows[:-tail], widths, align_right_from=2),
            Table(rows[-tail:], widths, header_rows=0, total_row=True, align_right_from=2),
            Signers([(label("sheet_signer_left", lang), label("sheet_sign_hint", lang)),
                     (label("sheet_signer_right", lang), label("sheet_sign_hint", lang))]))
    return doc


def render_training_pdf(sheet: AttendanceSheet, path, lang: str, db) -> None:
    """Write the attendance sheet to `path` (A4 portrait PDF)."""
    render_pdf(compose_training(sheet, db, lang), path)


def _counts(c: BridgePointRow, fmt: Formats) -> list[str]:
    rate = 100 * c.present / c.registered if c.registered else None
    return [fmt.number(c.registered), fmt.number(c.present), fmt.number(c.absent),
            fmt.number(c.excused), fmt.percent(rate)]
