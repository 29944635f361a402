"""The commune's monthly report as a PDF in the official layout.

`render_monthly_pdf(report, path, lang)` lays out a `MonthlyReport`: header, title,
a summary in words, the indicator table, the hamlet tables and charts, trainings,
the teams' work, follow-ups due, digital transformation days, notes and the
signature block.
"""

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer

from desktop.reports.charts import hamlet_uptake_chart, progress_chart
from desktop.reports.fmt import Formats
from desktop.reports.labels import coded, indicator_label, label
from desktop.reports.model import REPORT_ORDER, Figure, MonthlyReport
from desktop.reports.pdf_base import (WIDTH, build_pdf, data_table, esc, official_header,
                                      para, signature_block, title_block)

FOLLOW_UPS_SHOWN = 30


def commune_place(name: str) -> str:
    """The place of the date line: the commune's name without "Xã"/"Phường"."""
    for prefix in ("Xã ", "Phường ", "Đặc khu "):
        if name.startswith(prefix):
            return name[len(prefix):]
    return name


def running_name(name: str) -> str:
    """The commune's name inside a sentence: "Xã Cương Gián" -> "xã Cương Gián"."""
    for prefix in ("Xã ", "Phường ", "Đặc khu "):
        if name.startswith(prefix):
            return prefix.lower() + name[len(prefix):]
    return name


def issuer_name(name: str, lang: str) -> str:
    """"Xã Cương Gián" -> "XÃ CƯƠNG GIÁN" (the issuing body line is in capitals)."""
    return name.upper()


def render_monthly_pdf(report: MonthlyReport, path, lang: str,
                       issued: dt.date) -> None:
    """Write the monthly report of one commune to `path` (A4 PDF, fonts embedded)."""
    fmt = Formats(lang)
    month_text = fmt.month(report.month)
    issuer = label("issuer", lang, name=issuer_name(report.commune_name, lang))
    story = [official_header([issuer], lang, commune_place(report.commune_name), issued, fmt)]
    story += title_block(label("title", lang), label("subtitle", lang, month=month_text))
    story.append(para(esc(label("intro", lang, commune=running_name(report.commune_name),
                                month=month_text))))
    story += _indicators(report, lang, fmt)
    story += _hamlets(report, lang, fmt)
    story += _progress(report, lang, fmt)
    story += _trainings(report, lang, fmt)
    story += _members(report, lang, fmt)
    story += _follow_ups(report, lang, fmt)
    story += _events(report, lang, fmt)
    story += [para(f"<b><i>{esc(label('sec_notes', lang))}</i></b>", "note"),
              para(esc(label("note_flows", lang)), "note"),
              para(esc(label("note_visits", lang)), "note"),
              para(esc(label("note_snapshot", lang)), "note")]
    story.append(signature_block(lang, [label("recipient_up", lang),
                                        label("recipient_archive", lang)],
                                 [label("on_behalf", lang), label("signer", lang)]))
    title = f"{label('title', lang)} {label('subtitle', lang, month=month_text)}"
    build_pdf(path, story, title, report.commune_name, lang)


def _summary_text(report: MonthlyReport, lang: str, fmt: Formats) -> str:
    t = report.totals
    visited = t["households_visited"]
    return label("summary", lang, month=fmt.month(report.month), visits=fmt.number(
        report.visits_month), households=fmt.number(visited.month),
        households_ytd=fmt.number(visited.ytd), households_total=fmt.number(visited.denominator),
        coverage=fmt.percent(visited.share), eid2=fmt.number(t["eid_level2"].month),
        eid2_share=fmt.percent(t["eid_level2"].share), health=fmt.number(t["health_linked"].month),
        health_share=fmt.percent(t["health_linked"].share))


def _ytd_text(fig: Figure, fmt: Formats) -> str:
    if fig.ytd is None:
        return fmt.number(None)
    return fmt.number(fig.ytd) if fig.is_flow else fmt.change(fig.ytd)


def indicator_rows(report: MonthlyReport, lang: str, fmt: Formats) -> list[list[str]]:
    """The rows of Table 1 (shared with the hub's commune report)."""
    rows = []
    for i, code in enumerate(REPORT_ORDER, 1):
        fig = report.totals[code]
        name = indicator_label(code, lang) + (" (*)" if fig.is_snapshot else "")
        rows.append([str(i), name, fmt.number(fig.month), fmt.number(fig.previous),
                     fmt.change(fig.change), _ytd_text(fig, fmt), fmt.percent(fig.share),
                     fmt.value(fig.target, fig.unit) if fig.target is not None else fmt.number(None),
                     fmt.percent(fig.achievement)])
    return rows


def _indicators(report: MonthlyReport, lang: str, fmt: Formats) -> list:
    out = [para(esc(label("sec_indicators", lang)), "section")]
    out.append(para(esc(label("empty", lang) if report.is_empty
                        else _summary_text(report, lang, fmt))))
    if report.visits_month:
        items = ", ".join(f"{coded('outcome', k, lang).lower()} {fmt.number(v)}"
                          for k, v in sorted(report.outcomes.items(), key=lambda kv: -kv[1]))
        out.append(para(esc(label("outcomes", lang, items=items))))
    prev = fmt.month(_prev(report.month))
    head = [label("col_stt", lang), label("col_indicator", lang),
            label("col_month", lang, month=fmt.month(report.month)),
            label("col_month", lang, month=prev), label("col_change", lang),
            label("col_ytd", lang), label("col_share", lang), label("col_target", lang),
            label("col_achieved", lang)]
    widths = [9 * mm, 46 * mm, 15 * mm, 15 * mm, 15 * mm, 15 * mm, 16 * mm, 17 * mm, 17 * mm]
    out.append(para(esc(label("table_indicators", lang)), "caption"))
    out.append(data_table([head, *indicator_rows(report, lang, fmt)], widths,
                          align_right_from=2))
    return out


def _prev(month: str) -> str:
    from desktop.domain.periods import parse_month

    return str(parse_month(month).previous())


def _hamlet_names(report: MonthlyReport, lang: str) -> list[tuple]:
    return [(h, h.name or label("other_hamlet", lang)) for h in report.hamlets]


def _hamlets(report: MonthlyReport, lang: str, fmt: Formats) -> list:
    out = [CondPageBreak(60 * mm), para(esc(label("sec_hamlets", lang)), "section")]
    t = report.totals
    head = [label("col_stt", lang), label("col_hamlet", lang), label("col_households", lang),
            label("col_visited_month", lang), label("col_visited_ytd", lang),
            label("col_coverage", lang), label("col_public_month", lang),
            label("col_ecommerce", lang) + " (*)"]
    rows = [head]
    for i, (h, name) in enumerate(_hamlet_names(report, lang), 1):
        f = report.by_hamlet.get(h.id, {})
        rows.append([str(i), name, fmt.number(h.households),
                     fmt.number(f["households_visited"].month), fmt.number(f["households_visited"].ytd),
                     fmt.percent(f["households_visited"].share), fmt.number(f["public_service"].month),
                     fmt.number(f["ecommerce_households"].month)])
    rows.append(["", label("commune_total", lang), fmt.number(report.households_total),
                 fmt.number(t["households_visited"].month), fmt.number(t["households_visited"].ytd),
                 fmt.percent(t["households_visited"].share), fmt.number(t["public_service"].month),
                 fmt.number(t["ecommerce_households"].month)])
    widths = [9 * mm, 36 * mm, 16 * mm, 21 * mm, 21 * mm, 19 * mm, 22 * mm, 21 * mm]
    out.append(para(esc(label("table_hamlet_visits", lang)), "caption"))
    out.append(data_table(rows, widths, total_row=True, align_right_from=2))
    out.append(Spacer(1, 4 * mm))
    out.append(para(esc(label("table_hamlet_uptake", lang)), "caption"))
    out.append(_uptake_table(report, lang, fmt))
    chart = hamlet_uptake_chart(report, lang, WIDTH)
    out.append(KeepTogether([Spacer(1, 4 * mm), chart,
                             para(esc(label("chart_hamlets", lang)), "caption")]))
    return out


def _uptake_table(report: MonthlyReport, lang: str, fmt: Formats):
    codes = ("eid_level2", "eid_level1", "health_linked", "smartphone_adults", "payment_account")
    top = [label("col_stt", lang), label("col_hamlet", lang), label("col_residents", lang),
           label("col_eid2", lang), "", "", label("col_eid1", lang), "",
           label("col_health", lang), "", "", label("col_smartphone", lang) + " (*)",
           label("col_payment", lang) + " (*)"]
    count, share, target = (label("col_count", lang), label("col_share", lang),
                            label("col_target", lang))
    sub = ["", "", "", count, share, target, count, share, count, share, target, share, share]

    def cells(f: dict, residents: int) -> list[str]:
        out = [fmt.number(residents)]
        for code in codes:
            fig = f[code]
            if code in ("smartphone_adults", "payment_account"):
                out.append(fmt.percent(fig.share))
                continue
            out += [fmt.number(fig.month), fmt.percent(fig.share)]
            if code != "eid_level1":
                out.append(fmt.percent(fig.target))
        return out

    rows = [top, sub]
    for i, (h, name) in enumerate(_hamlet_names(report, lang), 1):
        rows.append([str(i), name, *cells(report.by_hamlet.get(h.id, {}), h.residents)])
    rows.append(["", label("commune_total", lang), *cells(report.totals, report.residents_total)])
    widths = [9 * mm, 22 * mm, 12 * mm] + [12 * mm] * 8 + [13 * mm, 13 * mm]
    spans = [((0, 0), (0, 1)), ((1, 0), (1, 1)), ((2, 0), (2, 1)), ((3, 0), (5, 0)),
             ((6, 0), (7, 0)), ((8, 0), (10, 0)), ((11, 0), (11, 1)), ((12, 0), (12, 1))]
    return data_table(rows, widths, header_rows=2, total_row=True, spans=spans,
                      align_right_from=2)


def _progress(report: MonthlyReport, lang: str, fmt: Formats) -> list:
    chart = progress_chart(report, lang, WIDTH)
    return [CondPageBreak(90 * mm), para(esc(label("sec_progress", lang)), "section"),
            KeepTogether([chart, para(esc(label("chart_progress", lang, year=report.year)),
                                      "caption")])]


def _trainings(report: MonthlyReport, lang: str, fmt: Formats) -> list:
    out = [CondPageBreak(40 * mm), para(esc(label("sec_trainings", lang)), "section")]
    if not report.trainings:
        return out + [para(esc(label("no_trainings", lang)))]
    registered = sum(t.registered for t in report.trainings)
    present = sum(t.present for t in report.trainings)
    out.append(para(esc(label("trainings_total", lang, count=fmt.number(len(report.trainings)),
                              present=fmt.number(present), registered=fmt.number(registered),
                              rate=fmt.percent(100 * present / registered if registered else None)))))
    head = [label("col_training", lang), label("col_bridge_point", lang),
            label("col_registered", lang), label("col_present", lang),
            label("col_absent", lang), label("col_excused", lang), label("col_rate", lang)]
    rows, spans = [head], []
    for t in report.trainings:
        first = len(rows)
        title = f"{t.title} ({fmt.date(t.starts_at)})"
        for point in t.points or []:
            rows.append([title if len(rows) == first else "", point.name or label("no_point", lang),
                         fmt.number(point.registered), fmt.number(point.present),
                         fmt.number(point.absent), fmt.number(point.excused),
                         fmt.percent(100 * point.present / point.registered
                                     if point.registered else None)])
        if not t.points:
            rows.append([title, "", "0", "0", "0", "0", fmt.percent(None)])
        if len(rows) - first > 1:
            spans.append(((0, first), (0, len(rows) - 1)))
    rows.append([label("total", lang), "", fmt.number(registered), fmt.number(present),
                 fmt.number(sum(p.absent for t in report.trainings for p in t.points)),
                 fmt.number(sum(p.excused for t in report.trainings for p in t.points)),
                 fmt.percent(100 * present / registered if registered else None)])
    widths = [45 * mm, 46 * mm, 15 * mm, 14 * mm, 13 * mm, 16 * mm, 16 * mm]
    out.append(data_table(rows, widths, total_row=True, spans=spans, align_right_from=2))
    out.append(Spacer(1, 3 * mm))
    unit_rows = [[label("col_stt", lang), label("col_unit", lang), label("col_registered", lang),
                  label("col_present", lang), label("col_rate", lang)]]
    for i, u in enumerate(report.units, 1):
        unit_rows.append([str(i), u.unit or label("no_unit", lang), fmt.number(u.registered),
                          fmt.number(u.present),
                          fmt.percent(100 * u.present / u.registered if u.registered else None)])
    out.append(data_table(unit_rows, [10 * mm, 80 * mm, 25 * mm, 25 * mm, 25 * mm],
                          align_right_from=2))
    return out


def _members(report: MonthlyReport, lang: str, fmt: Formats) -> list:
    out = [CondPageBreak(40 * mm), para(esc(label("sec_members", lang)), "section")]
    if not report.members:
        return out + [para(esc(label("no_members", lang)))]
    rows = [[label("col_stt", lang), label("col_member", lang), label("col_hamlet", lang),
             label("col_role", lang), label("col_visits", lang), label("col_helped", lang)]]
    for i, m in enumerate(report.members, 1):
        rows.append([str(i), m.name, m.hamlet, coded("role", m.role, lang), fmt.number(m.visits),
                     fmt.number(m.residents_helped)])
    rows.append(["", label("total", lang), "", "",
                 fmt.number(report.visits_month), ""])
    widths = [10 * mm, 50 * mm, 35 * mm, 25 * mm, 20 * mm, 25 * mm]
    out.append(data_table(rows, widths, total_row=True, align_right_from=4))
    return out


def _follow_ups(report: MonthlyReport, lang: str, fmt: Formats) -> list:
    out = [CondPageBreak(40 * mm), para(esc(label("sec_follow_ups", lang)), "section")]
    if not report.follow_ups_total:
        return out + [para(esc(label("no_follow_ups", lang)))]
    overdue = sum(1 for f in report.follow_ups if f.overdue)
    out.append(para(esc(label("follow_ups_total", lang, total=fmt.number(report.follow_ups_total),
                              overdue=fmt.number(overdue)))))
    shown = report.follow_ups[:FOLLOW_UPS_SHOWN]
    if report.follow_ups_total > len(shown):
        out.append(para(esc(label("follow_ups_more", lang, shown=len(shown))), "note"))
    out.append(para(esc(label("follow_ups_privacy", lang)), "note"))
    rows = [[label("col_stt", lang), label("col_household", lang), label("col_hamlet", lang),
             label("col_visit_date", lang), label("col_due", lang), label("col_overdue", lang)]]
    for i, f in enumerate(shown, 1):
        rows.append([str(i), f.household, f.hamlet, fmt.date(f.visit_date), fmt.date(f.due),
                     label("yes", lang) if f.overdue else ""])
    widths = [10 * mm, 50 * mm, 35 * mm, 25 * mm, 25 * mm, 20 * mm]
    out.append(data_table(rows, widths, align_right_from=3))
    return out


def _events(report: MonthlyReport, lang: str, fmt: Formats) -> list:
    out = [CondPageBreak(40 * mm), para(esc(label("sec_events", lang)), "section")]
    if not report.events:
        text = label("no_events", lang)
    else:
        text = label("events_total", lang, count=fmt.number(len(report.events)),
                     served=fmt.number(sum(e.people_served for e in report.events)))
    out.append(para(esc(text)))
    t = report.totals
    out.append(para(esc(f"{indicator_label('events', lang)}: {fmt.number(t['events'].ytd)}; "
                        f"{indicator_label('people_served', lang).lower()}: "
                        f"{fmt.number(t['people_served'].ytd)} ({label('col_ytd', lang).lower()})."),
                    "plain"))
    if report.events:
        rows = [[label("col_date", lang), label("col_place", lang), label("col_partners", lang),
                 label("col_served", lang)]]
        for e in report.events:
            rows.append([fmt.date(e.date), e.place + (f" – {e.title}" if e.title else ""),
                         e.partners or "", fmt.number(e.people_served)])
        out.append(data_table(rows, [25 * mm, 55 * mm, 55 * mm, 30 * mm], align_right_from=3))
    return out
