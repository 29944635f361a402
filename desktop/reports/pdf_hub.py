"""The hub roll-up as a PDF: one row per commune with totals, stale communes marked."""

import datetime as dt

from reportlab.lib import colors
from reportlab.lib.units import mm

from desktop.reports.fmt import Formats
from desktop.reports.hub import STALE_DAYS, is_stale
from desktop.reports.labels import label
from desktop.reports.model import HubReport
from desktop.reports.pdf_base import (TOTAL_BG, build_pdf, data_table, esc, official_header,
                                      para, signature_block, title_block)

STALE_BG = "#fde2d4"


def render_hub_pdf(hub: HubReport, path, lang: str, issued: dt.date) -> None:
    """Write the roll-up across the hub's communes to `path` (A4 portrait)."""
    fmt = Formats(lang)
    month_text = fmt.month(hub.month)
    issuer = [f"UBND {hub.province_name.upper()}"] if hub.province_name else []
    issuer.append((hub.hub_name or "").upper())
    place = (hub.province_name or hub.hub_name or "").replace("Tỉnh ", "").replace(
        "Thành phố ", "")
    story = [official_header(issuer, lang, place, issued, fmt)]
    story += title_block(label("title", lang), label("hub_subtitle", lang, month=month_text))
    story.append(para(esc(label("hub_intro", lang, hub=hub.hub_name, month=month_text,
                                count=fmt.number(len(hub.communes))))))
    story.append(para(esc(label("sec_communes", lang)), "section"))
    head = [label("col_stt", lang), label("col_commune", lang), label("col_households", lang),
            label("col_visits_month", lang), label("col_coverage", lang),
            label("col_eid2_share", lang), label("col_health_share", lang),
            label("col_public_month", lang), label("col_trainings", lang),
            label("col_events", lang), label("col_last_bundle", lang)]
    rows, stale_rows = [head], []
    for i, c in enumerate(hub.communes, 1):
        stale = is_stale(c, hub.month, issued)
        if stale:
            stale_rows.append(len(rows))
        last = fmt.date(c.last_bundle) if c.last_bundle else (
            label("never", lang) if hub.bundles_known else fmt.number(None))
        rows.append([str(i), c.name, *_figures(c, fmt), last])
    t = hub.total
    rows.append(["", label("total", lang), *_figures(t, fmt), ""])
    widths = [9 * mm, 30 * mm, 14 * mm, 14 * mm, 14 * mm, 14 * mm, 14 * mm, 14 * mm,
              12 * mm, 11 * mm, 19 * mm]
    table = data_table(rows, widths, total_row=True, align_right_from=2)
    table.setStyle([("BACKGROUND", (0, r), (-1, r), colors.HexColor(STALE_BG))
                    for r in stale_rows] + [("BACKGROUND", (0, -1), (-1, -1), TOTAL_BG)])
    story.append(table)
    story.append(para(esc(label("note_hub", lang, days=STALE_DAYS)), "note"))
    story.append(signature_block(lang, [label("recipient_hub", lang),
                                        label("recipient_archive", lang)],
                                 [label("hub_signer", lang)]))
    title = f"{label('title', lang)} {label('hub_subtitle', lang, month=month_text)}"
    build_pdf(path, story, title, hub.hub_name, lang)


def _figures(c, fmt: Formats) -> list[str]:
    return [fmt.number(c.households), fmt.number(c.visits_month), fmt.percent(c.coverage),
            fmt.percent(c.eid_share), fmt.percent(c.health_share),
            fmt.number(c.public_service_month), fmt.number(c.trainings_month),
            fmt.number(c.events_month)]
