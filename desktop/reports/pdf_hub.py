"""The hub roll-up as a PDF: `compose_hub` laid out by `pdf_render`."""

import datetime as dt

from desktop.reports.compose_hub import compose_hub
from desktop.reports.model import HubReport
from desktop.reports.pdf_render import render_pdf
from desktop.reports.settings import ReportSettings, default_settings
from desktop.reports.wording import Unit


def render_hub_pdf(hub: HubReport, path, lang: str, issued: dt.date,
                   settings: ReportSettings | None = None) -> None:
    """Write the roll-up across the hub's communes to `path` (A4 portrait)."""
    settings = settings or default_settings(Unit(None, hub.hub_name, hub.province_name),
                                            is_hub=True, lang=lang)
    render_pdf(compose_hub(hub, settings, lang, issued), path)
