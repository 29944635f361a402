"""The attendance sheet of one training session: who came, bridge point by bridge point.

`collect_training_sheet(db, session)` reads the session (by id or exact title) and
its attendance; `render_training_pdf(sheet, path, lang)` prints it as an official
list with a signature column, a summary of totals and the signers.
"""

import datetime as dt
from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer, Table, TableStyle

from desktop.db.meta import read_setup
from desktop.domain.errors import InputRefused
from desktop.domain.units import find_commune
from desktop.reports.activity import NO_POINT
from desktop.reports.fmt import Formats
from desktop.reports.labels import coded, label
from desktop.reports.model import BridgePointRow
from desktop.reports.pdf_base import (FONT, WIDTH, build_pdf, data_table, esc, official_header,
                                      para, title_block)
from desktop.reports.pdf_monthly import commune_place, issuer_name
from desktop.reports.sql import conn_of
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
    points: list[PointList]

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
                       "commune_code FROM trainings WHERE id = ?", (training_id,)).fetchone()
    commune = setup.commune_name if not setup.is_hub else None
    if commune is None:
        official = find_commune(row[7]) if row[7] else None
        commune = official.name if official else (setup.display_name or "")
    points = {r[0]: PointList(r[1]) for r in conn.execute(
        "SELECT id, name FROM bridge_points WHERE training_id = ? AND deleted = 0 "
        "ORDER BY name_key", (training_id,))}
    for point_id, name, unit, position, status in conn.execute(
            "SELECT coalesce(bridge_point_id, ''), full_name, coalesce(unit, ''), "
            "coalesce(position, ''), status FROM attendance WHERE training_id = ? "
            "AND deleted = 0 ORDER BY full_name_key, full_name", (training_id,)):
        target = points.get(point_id)
        if target is None:
            target = points.setdefault(NO_POINT, PointList(NO_POINT))
        target.attendees.append(Attendee(name, unit, position, status))
    return AttendanceSheet(row[0], row[1], row[2], row[3], row[4], row[5], row[6], commune,
                           list(points.values()))


def render_training_pdf(sheet: AttendanceSheet, path, lang: str,
                        issued: dt.date) -> None:
    """Write the attendance sheet to `path` (A4 portrait PDF)."""
    fmt = Formats(lang)
    issuer = label("issuer", lang, name=issuer_name(sheet.commune_name, lang))
    story = [official_header([issuer], lang, commune_place(sheet.commune_name), issued, fmt,
                             number=False)]
    story += title_block(label("sheet_title", lang), label("sheet_subtitle", lang,
                                                           title=sheet.title))
    start = sheet.starts_at or ""
    time = start[11:16] + (f" – {sheet.ends_at[11:16]}" if sheet.ends_at else "")
    facts = [label("sheet_when", lang, time=time, date=fmt.date(start))]
    if sheet.venue:
        facts.append(label("sheet_venue", lang, venue=sheet.venue))
    if sheet.mode:
        facts.append(label("sheet_mode", lang, mode=coded("mode", sheet.mode, lang)))
    story += [para(esc(f), "plain") for f in facts]
    if not any(p.attendees for p in sheet.points):
        story.append(para(esc(label("sheet_empty", lang))))
    head = [label("col_stt", lang), label("col_name", lang), label("col_unit", lang),
            label("col_position", lang), label("col_status", lang), label("col_signature", lang)]
    widths = [9 * mm, 42 * mm, 38 * mm, 28 * mm, 22 * mm, 26 * mm]
    for point in sheet.points:
        if not point.attendees:
            continue
        rows = [head] + [[str(i), a.full_name, a.unit, a.position, coded("status", a.status, lang),
                          ""] for i, a in enumerate(point.attendees, 1)]
        name = point.name or label("no_point", lang)
        story += [CondPageBreak(35 * mm),
                  para(esc(label("sheet_point", lang, name=name)), "section"),
                  data_table(rows, widths, align_right_from=99, row_height=8 * mm)]
    story += _summary(sheet, lang, fmt)
    story.append(_signers(lang))
    build_pdf(path, story, f"{label('sheet_title', lang)} – {sheet.title}", sheet.commune_name,
              lang)


def _summary(sheet: AttendanceSheet, lang: str, fmt: Formats) -> list:
    rows = [[label("col_stt", lang), label("col_bridge_point", lang),
             label("col_registered", lang), label("col_present", lang), label("col_absent", lang),
             label("col_excused", lang), label("col_rate", lang)]]
    for i, point in enumerate(sheet.points, 1):
        c = point.counts()
        rows.append([str(i), point.name or label("no_point", lang), *_counts(c, fmt)])
    rows.append(["", label("total", lang), *_counts(sheet.totals(), fmt)])
    table = data_table(rows, [9 * mm, 58 * mm, 20 * mm, 20 * mm, 18 * mm, 20 * mm, 20 * mm],
                       total_row=True, align_right_from=2)
    return [KeepTogether([para(esc(label("sheet_summary", lang)), "section"), table])]


def _counts(c: BridgePointRow, fmt: Formats) -> list[str]:
    rate = 100 * c.present / c.registered if c.registered else None
    return [fmt.number(c.registered), fmt.number(c.present), fmt.number(c.absent),
            fmt.number(c.excused), fmt.percent(rate)]


def _signers(lang: str) -> KeepTogether:
    cells = []
    for key in ("sheet_signer_left", "sheet_signer_right"):
        cells.append([para(esc(label(key, lang)), "sign"),
                      para(esc(label("sheet_sign_hint", lang)), "sign_hint")])
    table = Table([cells], colWidths=[WIDTH / 2, WIDTH / 2])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("FONTNAME", (0, 0), (-1, -1), FONT)]))
    return KeepTogether([Spacer(1, 8 * mm), table, Spacer(1, 22 * mm)])
