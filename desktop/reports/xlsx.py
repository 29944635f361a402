"""The report's figures as an Excel workbook, one sheet per table.

Cells hold real numbers (shares as fractions formatted "0.0%", dates as dates), so
officers can sum and chart them; the header row is frozen and bold, and columns
are as wide as their longest Vietnamese text.
"""

import datetime as dt

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from desktop.reports.hub import hub_columns, hub_values
from desktop.reports.labels import coded, indicator_label, label
from desktop.reports.model import HAMLET_INDICATORS, REPORT_ORDER, HubReport, MonthlyReport

PERCENT = "0.0%"
INTEGER = "#,##0"
DATE = "DD/MM/YYYY"
HEAD_FILL = PatternFill("solid", fgColor="E8EEF5")


class _Pct(float):
    """A share in percent (0-100), written as a fraction with a percent format."""


def _pct(value):
    return None if value is None else _Pct(value)


def _date(value):
    return dt.date.fromisoformat(value[:10]) if value else None


def _sheet(wb: Workbook, title: str, header: list[str], rows: list[list]) -> None:
    ws = wb.create_sheet(title[:31])
    ws.append(header)
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = HEAD_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    widths = [min(max(len(h) for h in str(text).split()) + 4, 30) if text else 8
              for text in header]
    widths = [max(w, min(len(str(text)), 30) // 2 + 2) for w, text in zip(widths, header)]
    for row in rows:
        ws.append([v / 100 if isinstance(v, _Pct) else v for v in row])
        r = ws.max_row
        for c, value in enumerate(row, 1):
            cell = ws.cell(r, c)
            if isinstance(value, _Pct):
                cell.number_format = PERCENT
                shown = 7
            elif isinstance(value, dt.date):
                cell.number_format = DATE
                shown = 10
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                cell.number_format = INTEGER if float(value).is_integer() else "#,##0.0"
                shown = len(f"{value:,.1f}")
            else:
                shown = len(str(value or ""))
            widths[c - 1] = max(widths[c - 1], min(shown + 2, 60))
    for c, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(c)].width = width
    ws.freeze_panes = "A2"
    ws.row_dimensions[1].height = 45


def render_monthly_xlsx(report: MonthlyReport, path, lang: str = "vi") -> None:
    """Write the monthly report's tables to an .xlsx workbook at `path`."""
    wb = Workbook()
    wb.remove(wb.active)
    L = lambda key, **kw: label(key, lang, **kw)  # noqa: E731
    month, prev = report.month, _prev(report.month)
    _sheet(wb, L("xl_indicators"),
           [L("col_stt"), L("col_indicator"), L("col_month", month=_mm(month)),
            L("col_month", month=_mm(prev)), L("col_change"), L("col_ytd"),
            L("col_share"), L("col_target"), L("col_achieved")],
           [[i, indicator_label(code, lang), f.month, f.previous, f.change, f.ytd,
             _pct(f.share), _pct(f.target) if f.unit == "percent" else f.target,
             _pct(f.achievement)]
            for i, code in enumerate(REPORT_ORDER, 1) for f in [report.totals[code]]])
    header = [L("col_hamlet"), L("col_households"), L("col_residents")]
    for code in HAMLET_INDICATORS:
        name = indicator_label(code, lang)
        header += [f"{name} – {L('col_month', month=_mm(month))}", f"{name} – {L('col_ytd')}"]
        if report.totals[code].unit == "percent":
            header += [f"{name} – {L('col_share')}", f"{name} – {L('col_target')}"]
    rows = []
    for hamlet in report.hamlets:
        rows.append(_hamlet_row(hamlet.name or L("other_hamlet"), hamlet.households,
                                hamlet.residents, report.by_hamlet.get(hamlet.id, {})))
    rows.append(_hamlet_row(L("commune_total"), report.households_total,
                            report.residents_total, report.totals))
    _sheet(wb, L("xl_hamlets"), header, rows)
    _sheet(wb, L("xl_series"),
           [L("col_series_month"), L("col_visits"), L("legend_coverage"),
            indicator_label("eid_level2", lang), indicator_label("health_linked", lang)],
           [[_mm(p.month), p.visits, _pct(p.households_covered), _pct(p.eid_level2),
             _pct(p.health_linked)] for p in report.series])
    _sheet(wb, L("xl_trainings"),
           [L("col_training"), L("col_date"), L("col_bridge_point"), L("col_registered"),
            L("col_present"), L("col_absent"), L("col_excused"), L("col_rate")],
           [[t.title, _date(t.starts_at), p.name or L("no_point"), p.registered, p.present,
             p.absent, p.excused, _pct(100 * p.present / p.registered if p.registered else None)]
            for t in report.trainings for p in t.points])
    _sheet(wb, L("xl_units"), [L("col_unit"), L("col_registered"), L("col_present"),
                               L("col_rate")],
           [[u.unit or L("no_unit"), u.registered, u.present,
             _pct(100 * u.present / u.registered if u.registered else None)]
            for u in report.units])
    _sheet(wb, L("xl_members"), [L("col_member"), L("col_hamlet"), L("col_role"),
                                 L("col_visits"), L("col_helped")],
           [[m.name, m.hamlet, coded("role", m.role, lang), m.visits, m.residents_helped]
            for m in report.members])
    _sheet(wb, L("xl_follow_ups"), [L("col_household"), L("col_hamlet"), L("col_visit_date"),
                                    L("col_due"), L("col_overdue")],
           [[f.household, f.hamlet, _date(f.visit_date), _date(f.due),
             L("yes") if f.overdue else ""] for f in report.follow_ups])
    _sheet(wb, L("xl_events"), [L("col_date"), L("col_place"), L("col_partners"),
                                L("col_served")],
           [[_date(e.date), e.place, e.partners or "", e.people_served] for e in report.events])
    wb.save(str(path))


def _hamlet_row(name: str, households: int, residents: int, figures: dict) -> list:
    row = [name, households, residents]
    for code in HAMLET_INDICATORS:
        fig = figures.get(code)
        if fig is None:
            row += [None, None, None, None] if code in _PERCENT_CODES else [None, None]
            continue
        row += [fig.month, fig.ytd]
        if fig.unit == "percent":
            row += [_pct(fig.share), _pct(fig.target)]
    return row


_PERCENT_CODES = {c for c in HAMLET_INDICATORS if c not in ("public_service",
                                                             "ecommerce_households")}


def render_hub_xlsx(hub: HubReport, path, lang: str = "vi") -> None:
    """Write the hub roll-up (one row per commune, then the total) to `path`."""
    wb = Workbook()
    wb.remove(wb.active)
    columns = hub_columns(lang)
    rows = []
    for row in [*hub.communes, hub.total]:
        values = hub_values(row)
        rows.append([_pct(v) if kind == "pct" else _date(v) if kind == "date" else v
                     for v, (_, _, kind) in zip(values, columns)])
    rows[-1][1] = label("total", lang)
    _sheet(wb, label("xl_communes", lang), [c[0] for c in columns], rows)
    wb.save(str(path))


def _prev(month: str) -> str:
    from desktop.domain.periods import parse_month

    return str(parse_month(month).previous())


def _mm(month: str) -> str:
    return f"{month[5:]}/{month[:4]}"
