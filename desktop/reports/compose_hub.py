"""The hub's roll-up as a document: the province's totals (the same Table 1 as a
commune's), one row per commune in two tables, who has reported out of the
province's official units, communes of another province flagged, and the hub's own
sections; the signer, symbol and issuer from the hub's settings."""

import datetime as dt

from desktop.domain.units import find_commune
from desktop.reports.compose import (INDICATOR_WIDTHS, _indicator_head, _span, ages_of,
                                     header, indicator_rows, officer_sections, signature)
from desktop.reports.document import (Appendix, Document, Heading, Para, Table, Title,
                                      spell_out_abbreviations)
from desktop.reports.fmt import Formats
from desktop.reports.hub import STALE_DAYS, is_stale
from desktop.reports.labels import ABBREVIATIONS, label
from desktop.reports.model import HubReport
from desktop.reports.settings import ReportSettings
from desktop.reports.wording import province_phrase

HUB_A = (("col_households", "households_visited", "denominator"),
         ("col_visits_month", "visits", "month"),
         ("col_coverage", "households_visited", "share"),
         ("col_eid2_share", "eid_level2", "share"),
         ("col_health_share", "health_linked", "share"),
         ("col_public_month", "public_service", "month"),
         ("col_trainings", "trainings", "month"),
         ("col_events", "events", "month"))
HUB_B = (("col_smartphone", "smartphone_adults", "share"),
         ("col_payment", "payment_account", "share"),
         ("col_signature", "digital_signature", "share"),
         ("col_fibre", "fibre_households", "share"),
         ("col_skills", "digital_skills", "share"),
         ("col_team", "team_hamlets", "share"))


def _hub_cell(row, code: str, what: str, fmt: Formats) -> str:
    value = getattr(row.figures[code], what)
    return fmt.percent(value) if what == "share" else fmt.number(value)


def compose_hub(hub: HubReport, settings: ReportSettings, lang: str, issued: dt.date
                ) -> Document:
    """The roll-up across the hub's communes as a document."""
    fmt = Formats(lang)
    month = hub.period.label()
    province = province_phrase(hub.province_name)
    doc = Document(f"{label('title', lang)} {label('hub_subtitle', lang, month=month)}",
                   hub.hub_name, lang)
    where = label("hub_where", lang, province=province) if province else ""
    doc.add(header(settings, lang, issued, fmt),
            Title(label("title", lang), [label("hub_subtitle", lang, month=month)]),
            Para(label("hub_intro", lang, hub=hub.hub_name, month=month, where=where,
                       span=_span(hub.period, lang, fmt))))
    count = len(hub.communes)
    if hub.expected:
        key = "hub_reported" if hub.missing else "hub_reported_all"
        doc.add(Para(label(key, lang, count=fmt.number(count),
                           expected=fmt.number(len(hub.expected)),
                           missing=fmt.number(len(hub.missing)))))
        if hub.missing and len(hub.missing) <= 10:
            doc.add(Para(label("hub_missing_list", lang,
                               names=", ".join(name for _, name in hub.missing))))
        elif hub.missing:
            doc.add(Para(label("hub_missing_appendix", lang)))
    else:
        doc.add(Para(label("hub_reported_count", lang, count=fmt.number(count))))
    if hub.foreign:
        doc.add(Para(label("hub_foreign", lang, count=fmt.number(len(hub.foreign)),
                           province=province or "", names=", ".join(
                               f"{r.name} ({r.code})" for r in hub.foreign))))
    ages = ages_of(settings)
    doc.add(Heading(label("hub_sec_totals", lang)),
            Para(label("hub_table_totals", lang, where=province or hub.hub_name), "caption"),
            Table([_indicator_head(hub.period, lang, fmt),
                   *indicator_rows(hub.total.figures, lang, fmt, ages)], INDICATOR_WIDTHS,
                  align_right_from=2),
            Heading(label("hub_sec_communes", lang)))
    for caption, columns, widths in (
            ("hub_table_a", HUB_A, [8, 31, 14, 14, 14, 14, 14, 14, 12, 11, 19]),
            ("hub_table_b", HUB_B, [8, 37, 20, 20, 20, 20, 20, 20])):
        extra = caption == "hub_table_a"
        head = [label("col_stt", lang), label("col_commune", lang),
                *[label(key, lang, age=ages.get(code)) for key, code, _ in columns]]
        if extra:
            head.append(label("col_last_bundle", lang))
        rows, shaded = [head], []
        for i, c in enumerate(hub.communes, 1):
            cells = [str(i), c.name, *[_hub_cell(c, code, what, fmt) for _, code, what in columns]]
            if extra:
                if is_stale(c, hub.period, issued):
                    shaded.append(len(rows))
                cells.append(fmt.date(c.last_bundle) if c.last_bundle else
                             label("never", lang) if hub.bundles_known else fmt.number(None))
            rows.append(cells)
        total = ["", label("total", lang),
                 *[_hub_cell(hub.total, code, what, fmt) for _, code, what in columns]]
        rows.append(total + ([""] if extra else []))
        doc.add(Para(label(caption, lang), "caption"),
                Table(rows, widths, total_row=True, align_right_from=2, shaded=shaded,
                      font_size=9))
    doc.add(Para(label("note_hub", lang, days=STALE_DAYS), "note"),
            Para(label("note_ages", lang, eid=settings.age("eid_level2"),
                       pay=settings.age("payment_account"),
                       adult=settings.age("smartphone_adults")), "note"))
    doc.add(*officer_sections(hub.notes, lang, first=3))
    doc.add(Para(label("hub_closing", lang, month=month, hub=hub.hub_name)),
            signature(settings, lang))
    parts: list = []
    number = 0
    if len(hub.missing) > 10:
        number += 1
        rows = [[label("col_stt", lang), label("col_code", lang), label("col_commune", lang)]]
        rows += [[str(i), code, name] for i, (code, name) in enumerate(hub.missing, 1)]
        parts += [Heading(label("app_missing", lang, number=number), 2),
                  Table(rows, [12, 25, 128], align_right_from=99)]
    if hub.foreign:
        number += 1
        rows = [[label("col_stt", lang), label("col_code", lang), label("col_commune", lang),
                 label("col_province", lang)]]
        for i, r in enumerate(hub.foreign, 1):
            official = find_commune(r.code) if r.code.isdigit() else None
            rows.append([str(i), r.code, r.name, official.province_name if official else ""])
        parts += [Heading(label("app_foreign", lang, number=number, province=province or ""), 2),
                  Table(rows, [12, 25, 68, 60], align_right_from=99)]
    if parts:
        doc.add(Appendix(label("appendix", lang),
                         label("appendix_sub", lang, symbol=settings.symbol,
                               date=fmt.date(issued), issuer=hub.hub_name)), *parts)
    spell_out_abbreviations(doc, ABBREVIATIONS[lang])
    return doc
