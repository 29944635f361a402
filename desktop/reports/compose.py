"""The monthly report as a document (text and tables, in order), and the parts every
report shares (header, signature, Table 1); the hub's roll-up is in compose_hub.py.

`compose_monthly(report, settings, lang, issued)` builds a `Document` that
`pdf_render` prints and `docx_render` writes for Word: the same text and figures in
both. The structure of a monthly report:

    header, title, introduction
    I. KẾT QUẢ THỰC HIỆN: 1. main indicators (Table 1), 2. by hamlet (Tables 2-3,
       Chart 1), 3. month by month (Chart 2), 4. Bình dân học vụ số and trainings,
       5. the community digital teams, 6. digital transformation days, 7. follow-ups;
       notes on the definitions
    II-IV. the officer's own sections, those that were written
    closing line and signature (kept together)
    PHỤ LỤC: trainings by bridge point and by unit, each member's work, follow-ups

Long lists go in the appendix after the signature, so the body stays a few pages
whatever the size of the commune.
"""

import datetime as dt

from desktop.domain.indicators import EVENT_SERVICES, INDICATORS, MAIN
from desktop.reports.charts import chart_hamlets, hamlet_uptake_chart, progress_chart
from desktop.reports.document import (Appendix, Chart, Document, Header, Heading, Para,
                                      Signature, Table, Title, spell_out_abbreviations)
from desktop.reports.fmt import Formats
from desktop.reports.labels import ABBREVIATIONS, coded, indicator_label, label
from desktop.reports.model import Figure, MonthlyReport
from desktop.reports.notes import CODES as NOTE_SECTIONS, heading as note_heading
from desktop.reports.pdf_base import WIDTH
from desktop.reports.settings import ReportSettings

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII")
CHART_HAMLETS = 25  # hamlets per drawing of Chart 1 (a drawing cannot split)
FOLLOW_UPS_SHOWN = 200
MM = 72 / 25.4


def header(settings: ReportSettings, lang: str, issued: dt.date, fmt: Formats,
           number: bool = True) -> Header:
    """The head of the document from the settings."""
    return Header(settings.governing_body, settings.issuer,
                  label("doc_number", lang, symbol=settings.symbol) if number else None,
                  (label("motto", lang), label("motto_sub", lang)),
                  place_date(settings.place, issued, lang, fmt))


def place_date(place: str, issued: dt.date, lang: str, fmt: Formats) -> str:
    """"Cương Gián, ngày 05 tháng 02 năm 2026" (days < 10 and months 1-2 zero-padded,
    as Decree 30 writes them)."""
    if lang == "en":
        return label("place_date", lang, place=place, date=fmt.date(issued))
    day = f"{issued.day:02d}" if issued.day < 10 else str(issued.day)
    month = f"{issued.month:02d}" if issued.month < 3 else str(issued.month)
    return label("place_date", lang, place=place, day=day, month=month, year=issued.year)


def signature(settings: ReportSettings, lang: str, keep: int = 1) -> Signature:
    """Recipients (the last, "Lưu: VT, <drafting unit>.") and the signer."""
    recipients = [label("recipient_line", lang, text=r) for r in settings.recipients]
    unit = f", {settings.drafting_unit}" if settings.drafting_unit else ""
    recipients.append(label("archive", lang, unit=unit))
    return Signature(label("recipients", lang), recipients, settings.signer_lines,
                     settings.signer_name, keep=keep)


def _span(period, lang: str, fmt: Formats) -> str:
    if period.is_calendar:
        return ""
    return label("span", lang, start=fmt.date(period.first_day), end=fmt.date(period.last_day))


def _ytd(fig: Figure, fmt: Formats) -> str:
    if fig.ytd is None:
        return fmt.number(None)
    return fmt.number(fig.ytd) if fig.is_flow else fmt.change(fig.ytd)


def _target(fig: Figure, fmt: Formats) -> str:
    return fmt.value(fig.target, fig.unit) if fig.target is not None else fmt.number(None)


def indicator_rows(totals: dict[str, Figure], lang: str, fmt: Formats, ages: dict,
                   codes=MAIN) -> list[list[str]]:
    """The rows of Table 1: each indicator in the month, the month before, the change,
    the year so far, its share, the year's target and how much of it is reached."""
    rows = []
    for i, code in enumerate(codes, 1):
        fig = totals[code]
        name = indicator_label(code, lang, ages) + (" (*)" if fig.is_snapshot else "")
        rows.append([str(i), name, fmt.number(fig.month), fmt.number(fig.previous),
                     fmt.change(fig.change), _ytd(fig, fmt), fmt.percent(fig.share),
                     _target(fig, fmt), fmt.percent(fig.achievement)])
    return rows


def _indicator_head(report_period, lang: str, fmt: Formats) -> list[str]:
    return [label("col_stt", lang), label("col_indicator", lang),
            label("col_month", lang, month=report_period.label()),
            label("col_month", lang, month=report_period.previous().label()),
            label("col_change", lang), label("col_ytd", lang), label("col_share", lang),
            label("col_target", lang), label("col_achieved", lang)]


INDICATOR_WIDTHS = [9, 46, 15, 15, 15, 15, 16, 17, 17]


def ages_of(settings: ReportSettings) -> dict[str, int]:
    """The age threshold in force of every age-based indicator."""
    return {code: settings.age(code) for code, ind in INDICATORS.items() if ind.age is not None}


# --- the commune's monthly report --------------------------------------------------

def compose_monthly(report: MonthlyReport, settings: ReportSettings, lang: str,
                    issued: dt.date) -> Document:
    """The monthly report of one commune as a document."""
    fmt = Formats(lang)
    unit = settings.unit
    words = _Words(report, settings, lang)
    ages = ages_of(settings)
    month = report.period.label()
    doc = Document(f"{label('title', lang)} {label('subtitle', lang, month=month)}",
                   report.commune_name, lang)
    doc.add(header(settings, lang, issued, fmt),
            Title(label("title", lang), [label("subtitle", lang, month=month)]),
            Para(label("intro", lang, commune=unit.running, month=month,
                       span=_span(report.period, lang, fmt))),
            Heading(label("sec_results", lang)))
    doc.add(*_indicators(report, lang, fmt, words, ages))
    doc.add(*_hamlets(report, lang, fmt, words, ages))
    doc.add(*_progress(report, lang, fmt))
    doc.add(*_skills(report, lang, fmt, ages))
    doc.add(*_team(report, lang, fmt, words))
    doc.add(*_events(report, lang, fmt))
    doc.add(*_follow_ups(report, lang, fmt))
    doc.add(*_notes(report, settings, lang, words))
    doc.add(*officer_sections(report.notes, lang, first=2))
    doc.add(Para(label("closing", lang, month=month, commune=unit.running)),
            signature(settings, lang))
    doc.add(*_appendix(report, settings, lang, fmt, issued, words))
    spell_out_abbreviations(doc, ABBREVIATIONS[lang])
    return doc


def officer_sections(notes: dict[str, str], lang: str, first: int) -> list:
    """The officer's own sections, numbered from `first` (II); an empty section is
    left out and the numbers close up."""
    out, number = [], first
    for code in NOTE_SECTIONS:
        body = notes.get(code, "").strip()
        if not body:
            continue
        out.append(Heading(f"{ROMAN[number - 1]}. {note_heading(code, lang).upper()}"))
        out += [Para(line) for line in body.splitlines() if line.strip()]
        number += 1
    return out


class _Words:
    """The unit's own words for this report."""

    def __init__(self, report: MonthlyReport, settings: ReportSettings, lang: str):
        unit = settings.unit
        self.unit = unit.word(lang)
        self.whole = unit.whole(lang)
        kinds = {h.kind for h in report.hamlets if h.id is not None}
        self.hamlet = unit.hamlet_word(kinds, lang)
        self.hamlet_lower = self.hamlet.lower() if lang == "vi" else self.hamlet.lower() + "s"


def _indicators(report: MonthlyReport, lang: str, fmt: Formats, words: _Words,
                ages: dict) -> list:
    t = report.totals
    out = [Heading(label("sec_indicators", lang), 2)]
    if report.is_empty:
        out.append(Para(label("empty", lang, unit=words.unit)))
    else:
        visited = t["households_visited"]
        out.append(Para(label(
            "summary", lang, month=report.period.label(), visits=fmt.number(report.visits_month),
            households=fmt.number(visited.month), households_ytd=fmt.number(visited.ytd),
            households_total=fmt.number(visited.denominator),
            coverage=fmt.percent(visited.share), eid2=fmt.number(t["eid_level2"].month),
            eid_age=ages["eid_level2"],
            eid2_share=fmt.percent(t["eid_level2"].share),
            health=fmt.number(t["health_linked"].month),
            health_share=fmt.percent(t["health_linked"].share))))
    if report.visits_month:
        items = ", ".join(f"{coded('outcome', k, lang).lower()} {fmt.number(v)}"
                          for k, v in sorted(report.outcomes.items(), key=lambda kv: -kv[1]))
        out.append(Para(label("outcomes", lang, items=items)))
    out.append(Para(label("table_indicators", lang, unit=words.unit), "caption"))
    out.append(Table([_indicator_head(report.period, lang, fmt),
                      *indicator_rows(t, lang, fmt, ages)], INDICATOR_WIDTHS,
                     align_right_from=2))
    return out


def _hamlet_rows(report: MonthlyReport, lang: str, words: _Words) -> list[tuple]:
    rows = [(str(i), h.name or label("other_hamlet", lang), h, report.by_hamlet.get(h.id, {}))
            for i, h in enumerate(report.hamlets, 1)]
    return rows


def _hamlets(report: MonthlyReport, lang: str, fmt: Formats, words: _Words,
             ages: dict) -> list:
    t = report.totals
    out = [Heading(label("sec_hamlets", lang, hamlet_lower=words.hamlet_lower), 2)]
    head = [label("col_stt", lang), words.hamlet, label("col_households", lang),
            label("col_visited_month", lang), label("col_visited_ytd", lang),
            label("col_coverage", lang), label("col_public_month", lang),
            label("col_ecommerce", lang) + " (*)", label("col_fibre", lang) + " (*)"]

    def visits(households, f) -> list[str]:
        return [fmt.number(households), fmt.number(f["households_visited"].month),
                fmt.number(f["households_visited"].ytd), fmt.percent(f["households_visited"].share),
                fmt.number(f["public_service"].month), fmt.number(f["ecommerce_households"].month),
                fmt.percent(f["fibre_households"].share)]

    rows = [head] + [[n, name, *visits(h.households, f)]
                     for n, name, h, f in _hamlet_rows(report, lang, words)]
    rows.append(["", words.whole, *visits(report.households_total, t)])
    out.append(Para(label("table_hamlet_visits", lang, hamlet_lower=words.hamlet_lower),
                    "caption"))
    out.append(Table(rows, [9, 30, 14, 19, 19, 16, 20, 19, 19], total_row=True,
                     align_right_from=2))
    out.append(Para(label("table_hamlet_uptake", lang, hamlet_lower=words.hamlet_lower),
                    "caption"))
    out.append(_uptake_table(report, lang, fmt, words, ages))
    hamlets = chart_hamlets(report)
    for i in range(0, max(1, len(hamlets)), CHART_HAMLETS):
        part = hamlets[i:i + CHART_HAMLETS]
        caption = label("chart_hamlets", lang, hamlet_lower=words.hamlet_lower) if i == 0 \
            else label("chart_hamlets_more", lang)
        out.append(Chart(hamlet_uptake_chart(report, lang, WIDTH, part), caption,
                         _uptake_fallback(report, part, lang, fmt, words)))
    return out


def _uptake_table(report: MonthlyReport, lang: str, fmt: Formats, words: _Words,
                  ages: dict) -> Table:
    top = [label("col_stt", lang), words.hamlet, label("col_residents", lang),
           label("col_eid2", lang, age=ages["eid_level2"]), "", "",
           label("col_eid1", lang), "", label("col_health", lang), "", "",
           label("col_smartphone", lang, age=ages["smartphone_adults"]) + " (*)",
           label("col_payment", lang, age=ages["payment_account"]) + " (*)",
           label("col_signature", lang, age=ages["digital_signature"]) + " (*)"]
    count, share, target = (label("col_count", lang), label("col_share", lang),
                            label("col_target", lang))
    sub = ["", "", "", count, share, target, count, share, count, share, target, share, share,
           share]

    def cells(f: dict, residents: int) -> list[str]:
        out = [fmt.number(residents)]
        for code in ("eid_level2", "eid_level1", "health_linked"):
            fig = f[code]
            out += [fmt.number(fig.month), fmt.percent(fig.share)]
            if code != "eid_level1":
                out.append(fmt.percent(fig.target))
        return out + [fmt.percent(f[c].share) for c in
                      ("smartphone_adults", "payment_account", "digital_signature")]

    rows = [top, sub] + [[n, name, *cells(f, h.residents)]
                         for n, name, h, f in _hamlet_rows(report, lang, words)]
    rows.append(["", words.whole, *cells(report.totals, report.residents_total)])
    widths = [7, 22, 10] + [11.45] * 11
    spans = [((0, 0), (0, 1)), ((1, 0), (1, 1)), ((2, 0), (2, 1)), ((3, 0), (5, 0)),
             ((6, 0), (7, 0)), ((8, 0), (10, 0)), ((11, 0), (11, 1)), ((12, 0), (12, 1)),
             ((13, 0), (13, 1))]
    return Table(rows, widths, header_rows=2, total_row=True, spans=spans,
                 align_right_from=2, font_size=8.5)


def _uptake_fallback(report, hamlets, lang: str, fmt: Formats, words: _Words) -> Table:
    rows = [[words.hamlet, label("legend_eid2", lang), label("legend_target", lang),
             label("legend_health", lang), label("legend_target", lang)]]
    for h in hamlets:
        f = report.by_hamlet.get(h.id, {})
        rows.append([h.name or label("other_hamlet", lang),
                     fmt.percent(f["eid_level2"].share), fmt.percent(f["eid_level2"].target),
                     fmt.percent(f["health_linked"].share),
                     fmt.percent(f["health_linked"].target)])
    return Table(rows, [45, 30, 30, 30, 30])


def _progress(report: MonthlyReport, lang: str, fmt: Formats) -> list:
    rows = [[label("col_series_month", lang), label("col_visits", lang),
             label("legend_coverage", lang), label("legend_eid2", lang),
             label("legend_health", lang)]]
    for p in report.series:
        rows.append([f"{p.month[5:]}/{p.month[:4]}", fmt.number(p.visits),
                     fmt.percent(p.households_covered), fmt.percent(p.eid_level2),
                     fmt.percent(p.health_linked)])
    return [Heading(label("sec_progress", lang), 2),
            Chart(progress_chart(report, lang, WIDTH),
                  label("chart_progress", lang, year=report.year),
                  Table(rows, [25, 25, 40, 37, 38]))]


def _skills(report: MonthlyReport, lang: str, fmt: Formats, ages: dict) -> list:
    t = report.totals
    out = [Heading(label("sec_skills", lang), 2),
           Para(label("skills_text", lang, done=fmt.number(t["digital_skills"].month),
                      age=ages["digital_skills"],
                      share=fmt.percent(t["digital_skills"].share),
                      vneid=fmt.number(t["digital_skills_vneid"].month),
                      in_class=fmt.number(t["digital_skills_class"].month),
                      classes=fmt.number(t["literacy_classes"].month),
                      learners=fmt.number(t["literacy_learners"].month),
                      classes_ytd=fmt.number(t["literacy_classes"].ytd),
                      learners_ytd=fmt.number(t["literacy_learners"].ytd)))]
    if not report.trainings:
        return out + [Para(label("no_trainings", lang))]
    registered = sum(tr.registered for tr in report.trainings)
    present = sum(tr.present for tr in report.trainings)
    points = sum(len(tr.points) for tr in report.trainings)
    rate = 100 * present / registered if registered else None
    out.append(Para(label("trainings_total", lang, count=fmt.number(len(report.trainings)),
                          points=fmt.number(points), present=fmt.number(present),
                          registered=fmt.number(registered), rate=fmt.percent(rate))))
    rows = [[label("col_training", lang), label("col_date", lang), label("col_points", lang),
             label("col_registered", lang), label("col_present", lang), label("col_rate", lang)]]
    for tr in report.trainings:
        title = tr.title + (label("literacy_mark", lang) if tr.literacy_class else "")
        rows.append([title, fmt.date(tr.starts_at), fmt.number(len(tr.points)),
                     fmt.number(tr.registered), fmt.number(tr.present),
                     fmt.percent(100 * tr.present / tr.registered if tr.registered else None)])
    rows.append([label("total", lang), "", fmt.number(points), fmt.number(registered),
                 fmt.number(present), fmt.percent(rate)])
    out += [Para(label("table_trainings", lang), "caption"),
            Table(rows, [70, 22, 18, 18, 18, 19], total_row=True, align_right_from=2),
            Para(label("trainings_appendix", lang), "note")]
    return out


def _team(report: MonthlyReport, lang: str, fmt: Formats, words: _Words) -> list:
    t = report.totals
    helped = sum(m.residents_helped for m in report.members)
    out = [Heading(label("sec_team", lang), 2),
           Para(label("team_text", lang, with_team=fmt.number(t["team_hamlets"].month),
                      hamlets=fmt.number(t["team_hamlets"].denominator),
                      hamlet_lower=words.hamlet_lower,
                      team_share=fmt.percent(t["team_hamlets"].share),
                      members=fmt.number(t["team_members"].month),
                      active=fmt.number(t["team_members_active"].month),
                      active_share=fmt.percent(t["team_members_active"].share),
                      visits=fmt.number(report.visits_month), helped=fmt.number(helped)))]
    if report.members:
        out.append(Para(label("members_appendix", lang), "note"))
    return out


def _events(report: MonthlyReport, lang: str, fmt: Formats) -> list:
    t = report.totals
    out = [Heading(label("sec_events", lang), 2)]
    if not report.events:
        out.append(Para(label("no_events", lang)))
    else:
        out.append(Para(label("events_total", lang, count=fmt.number(len(report.events)),
                              served=fmt.number(sum(e.people_served for e in report.events)))))
    out.append(Para(label("events_ytd", lang, count=fmt.number(t["events"].ytd),
                          served=fmt.number(t["people_served"].ytd))))
    if report.events:
        rows = [[label("col_date", lang), label("col_place", lang), label("col_partners", lang),
                 label("col_served", lang)]]
        for e in report.events:
            rows.append([fmt.date(e.date), e.place + (f" – {e.title}" if e.title else ""),
                         e.partners or "", fmt.number(e.people_served)])
        out.append(Table(rows, [25, 60, 50, 30], align_right_from=3))
    if any(t[code].ytd for code in EVENT_SERVICES):
        rows = [[label("col_stt", lang), label("col_service", lang),
                 label("col_month", lang, month=report.period.label()), label("col_ytd", lang)]]
        for i, code in enumerate(EVENT_SERVICES, 1):
            rows.append([str(i), indicator_label(code, lang), fmt.number(t[code].month),
                         fmt.number(t[code].ytd)])
        rows.append(["", label("total", lang),
                     fmt.number(sum(t[c].month for c in EVENT_SERVICES)),
                     fmt.number(sum(t[c].ytd for c in EVENT_SERVICES))])
        out += [Para(label("table_event_services", lang), "caption"),
                Table(rows, [10, 95, 30, 30], total_row=True, align_right_from=2)]
    return out


def _follow_ups(report: MonthlyReport, lang: str, fmt: Formats) -> list:
    out = [Heading(label("sec_follow_ups", lang), 2)]
    if not report.follow_ups_total:
        return out + [Para(label("no_follow_ups", lang))]
    overdue = sum(1 for f in report.follow_ups if f.overdue)
    return out + [Para(label("follow_ups_total", lang, total=fmt.number(report.follow_ups_total),
                             overdue=fmt.number(overdue)))]


def _notes(report: MonthlyReport, settings: ReportSettings, lang: str, words: _Words) -> list:
    return [Para(label("sec_notes", lang) + ":", "note"),
            Para(label("note_flows", lang), "note"),
            Para(label("note_visits", lang), "note"),
            Para(label("note_ages", lang, eid=settings.age("eid_level2"),
                       pay=settings.age("payment_account"),
                       adult=settings.age("smartphone_adults")), "note"),
            Para(label("note_public", lang, unit=words.unit), "note"),
            Para(label("note_snapshot", lang), "note")]


def _appendix(report: MonthlyReport, settings: ReportSettings, lang: str, fmt: Formats,
              issued: dt.date, words: _Words) -> list:
    parts: list = []
    number = 0
    if any(t.points for t in report.trainings):
        number += 1
        parts.append(Heading(label("app_trainings", lang, number=number), 2))
        for t in report.trainings:
            parts.append(Para(label("app_training", lang, title=t.title,
                                    date=fmt.date(t.starts_at)), "plain"))
            rows = [[label("col_stt", lang), label("col_bridge_point", lang),
                     label("col_registered", lang), label("col_present", lang),
                     label("col_absent", lang), label("col_excused", lang),
                     label("col_rate", lang)]]
            for i, p in enumerate(t.points, 1):
                rows.append([str(i), p.name or label("no_point", lang),
                             *_attendance(p.registered, p.present, p.absent, p.excused, fmt)])
            rows.append(["", label("total", lang), *_attendance(
                t.registered, t.present, sum(p.absent for p in t.points),
                sum(p.excused for p in t.points), fmt)])
            parts.append(Table(rows, [10, 70, 17, 17, 17, 17, 17], total_row=True,
                               align_right_from=2))
    if report.units:
        number += 1
        rows = [[label("col_stt", lang), label("col_unit", lang), label("col_registered", lang),
                 label("col_present", lang), label("col_rate", lang)]]
        for i, u in enumerate(report.units, 1):
            rows.append([str(i), u.unit or label("no_unit", lang), fmt.number(u.registered),
                         fmt.number(u.present),
                         fmt.percent(100 * u.present / u.registered if u.registered else None)])
        parts += [Heading(label("app_units", lang, number=number), 2),
                  Table(rows, [10, 80, 25, 25, 25], align_right_from=2)]
    if report.members:
        number += 1
        rows = [[label("col_stt", lang), label("col_member", lang), words.hamlet,
                 label("col_role", lang), label("col_visits", lang), label("col_helped", lang)]]
        for i, m in enumerate(report.members, 1):
            rows.append([str(i), m.name, m.hamlet, coded("role", m.role, lang),
                         fmt.number(m.visits), fmt.number(m.residents_helped)])
        rows.append(["", label("total", lang), "", "",
                     fmt.number(sum(m.visits for m in report.members)),
                     fmt.number(sum(m.residents_helped for m in report.members))])
        parts += [Heading(label("app_members", lang, number=number), 2),
                  Table(rows, [10, 50, 35, 25, 20, 25], total_row=True, align_right_from=4)]
    if report.follow_ups:
        number += 1
        shown = report.follow_ups[:FOLLOW_UPS_SHOWN]
        parts.append(Heading(label("app_follow_ups", lang, number=number), 2))
        if report.follow_ups_total > len(shown):
            parts.append(Para(label("follow_ups_more", lang, shown=len(shown)), "note"))
        parts.append(Para(label("follow_ups_privacy", lang, unit=words.unit), "note"))
        rows = [[label("col_stt", lang), label("col_household", lang), words.hamlet,
                 label("col_visit_date", lang), label("col_due", lang),
                 label("col_overdue", lang)]]
        for i, f in enumerate(shown, 1):
            rows.append([str(i), f.household, f.hamlet, fmt.date(f.visit_date), fmt.date(f.due),
                         label("yes", lang) if f.overdue else ""])
        parts.append(Table(rows, [10, 50, 35, 25, 25, 20], align_right_from=3))
    if not parts:
        return []
    issuer = " ".join(settings.issuer).capitalize() if lang == "en" else \
        f"Ủy ban nhân dân {settings.unit.running}"
    return [Appendix(label("appendix", lang),
                     label("appendix_sub", lang, symbol=settings.symbol,
                           date=fmt.date(issued), issuer=issuer)), *parts]


def _attendance(registered, present, absent, excused, fmt: Formats) -> list[str]:
    rate = 100 * present / registered if registered else None
    return [fmt.number(registered), fmt.number(present), fmt.number(absent),
            fmt.number(excused), fmt.percent(rate)]
