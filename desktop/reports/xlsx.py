"""The report's figures as an Excel workbook, one sheet per table.

Cells hold real numbers (shares as fractions formatted "0.0%", dates as dates), so
officers can sum and chart them; the header row is frozen and bold, and columns
are as wide as their longest Vietnamese text.
"""

import datetime as dt

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from desktop.domain.indicators import EVENT_SERVICES, INDICATORS
from desktop.reports.hub import hub_columns, hub_values
from desktop.reports.labels import coded, indicator_label, label
from desktop.reports.model import HAMLET_INDICATORS, HubReport, MonthlyReport

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


def render_monthly_xlsx(report: MonthlyReport, path, lang: str = "vi",
                        ages: dict | None = None) -> None:
    """Write the monthly report's tables to an .xlsx workbook at `path`: every
    indicator of the indicator table, by hamlet, month by month, the activity lists,
    and the definitions themselves."""
    wb = Workbook()
    wb.remove(wb.active)
    L = lambda key, **kw: label(key, lang, **kw)  # noqa: E731
    ages = ages or {}
    month, prev = report.period.label(), report.period.previous().label()
    _sheet(wb, L("xl_indicators"),
           [L("col_stt"), L("col_code_indicator"), L("col_indicator"),
            L("col_month", month=month), L("col_month", month=prev), L("col_change"),
            L("col_ytd"), L("col_base"), L("col_share"), L("col_target"), L("col_achieved")],
           [[i, code, indicator_label(code, lang, ages), f.month, f.previous, f.change, f.ytd,
             f.denominator, _pct(f.share), _pct(f.target) if f.unit == "percent" else f.target,
             _pct(f.achievement)]
            for i, code in enumerate(INDICATORS, 1) for f in [report.totals[code]]])
    header = [L("col_hamlet_generic"), L("col_households"), L("col_residents")]
    for code in HAMLET_INDICATORS:
        name = indicator_label(code, lang, ages)
        header += [f"{name} – {L('col_month', month=month)}", f"{name} – {L('col_ytd')}"]
        if INDICATORS[code].unit == "percent":
            header += [f"{name} – {L('col_share')}", f"{name} – {L('col_target')}"]
    rows = []
    for hamlet in report.hamlets:
        rows.append(_hamlet_row(hamlet.name or L("other_hamlet"), hamlet.households,
                                hamlet.residents, report.by_hamlet.get(hamlet.id, {})))
    rows.append(_hamlet_row(L("total"), report.households_total,
                            report.residents_total, report.totals))
    _sheet(wb, L("xl_hamlets"), header, rows)
    _sheet(wb, L("xl_series"),
           [L("col_series_month"), L("col_visits"), L("legend_coverage"),
            L("legend_eid2"), L("legend_health")],
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
    _sheet(wb, L("xl_members"), [L("col_member"), L("col_hamlet_generic"), L("col_role"),
                                 L("col_visits"), L("col_helped")],
           [[m.name, m.hamlet, coded("role", m.role, lang), m.visits, m.residents_helped]
            for m in report.members])
    _sheet(wb, L("xl_follow_ups"), [L("col_household"), L("col_hamlet_generic"),
                                    L("col_visit_date"), L("col_due"), L("col_overdue")],
           [[f.household, f.hamlet, _date(f.visit_date), _date(f.due),
             L("yes") if f.overdue else ""] for f in report.follow_ups])
    _sheet(wb, L("xl_events"), [L("col_date"), L("col_place"), L("col_partners"),
                                L("col_served")],
           [[_date(e.date), e.place, e.partners or "", e.people_served] for e in report.events])
    _sheet(wb, L("xl_event_services"), [L("col_service"), L("col_month", month=month),
                                        L("col_ytd")],
           [[indicator_label(code, lang), report.totals[code].month, report.totals[code].ytd]
            for code in EVENT_SERVICES])
    _definitions(wb, lang, ages)
    wb.save(str(path))


def _definitions(wb: Workbook, lang: str, ages: dict) -> None:
    L = lambda key: label(key, lang)  # noqa: E731
    _sheet(wb, L("xl_definitions"),
           [L("col_code_indicator"), L("col_indicator"), L("col_measure"), L("col_age"),
            L("col_source"), L("col_numerator"), L("col_denominator")],
           [[code, indicator_label(code, lang, ages), L(f"measure_{ind.measure}"),
             ages.get(code, ind.age), ind.source, ind.numerator, ind.denominator or ""]
            for code, ind in INDICATORS.items()])


def _hamlet_row(name: str, households: int, residents: int, figures: dict) -> list:
    row = [name, households, residents]
    for code in HAMLET_INDICATORS:
        fig = figures.get(code)
        percent = INDICATORS[code].unit == "percent"
        if fig is None:
            row += [None] * (4 if percent else 2)
            continue
        row += [fig.month, fig.ytd]
        if percent:
            row += [_pct(fig.share), _pct(fig.target)]
    return row


def render_hub_xlsx(hub: HubReport, path, lang: str = "vi", ages: dict | None = None) -> None:
    """Write the hub roll-up (one row per commune, then the total; the units that have
    not reported; the definitions) to `path`."""
    wb = Workbook()
    wb.remove(wb.active)
    columns = hub_columns(lang, ages)
    rows = []
    for row in [*hub.communes, hub.total, *hub.foreign]:
        values = hub_values(row, lang)
        rows.append([_pct(v) if what == "share" else _date(v) if what == "last_bundle" else v
                     for v, (_, _, what) in zip(values, columns)])
    rows[len(hub.communes)][1] = label("total", lang)
    _sheet(wb, label("xl_communes", lang), [c[0] for c in columns], rows)
    if hub.missing:
        _sheet(wb, label("xl_missing", lang), [label("col_code", lang), label("col_commune", lang)],
               [[code, name] for code, name in hub.missing])
    _definitions(wb, lang, ages or {})
    wb.save(str(path))


def _mm(month: str) -> str:
    return f"{month[5:]}/{month[:4]}"
