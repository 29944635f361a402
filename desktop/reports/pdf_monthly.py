"""The commune's monthly report as a PDF: `compose_monthly` laid out by `pdf_render`."""

import datetime as dt

from desktop.reports.compose import compose_monthly
from desktop.reports.model import MonthlyReport
from desktop.reports.pdf_render import render_pdf
from desktop.reports.settings import ReportSettings, default_settings
from desktop.reports.wording import Unit


def render_monthly_pdf(report: MonthlyReport, path, lang: str, issued: dt.date,
                       settings: ReportSettings | None = None) -> None:
    """Write the monthly report of one commune to `path` (A4 PDF, fonts embedded).
    Without `settings`, the report is worded as if nothing were set."""
    settings = settings or default_settings(
        Unit(report.commune_code, report.commune_name, report.province_name), lang=lang)
    render_pdf(compose_monthly(report, settings, lang, issued), path)
