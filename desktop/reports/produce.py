"""Producing report files in one call, for the command line and the GUI alike.

Each function collects, renders to a temporary file beside the target, moves it into
place (so a failed render never leaves half a PDF under the real name), and logs
the export in the audit log: reports carry personal data (names of team members and
heads of household), and every export is recorded.
"""

import datetime as dt
import importlib
import os
import threading
from pathlib import Path

from desktop.db.meta import read_setup
from desktop.db.writer import clock_of, write
from desktop.domain.errors import InputRefused
from desktop.domain.periods import check_month
from desktop.reports.collect import collect_monthly
from desktop.reports.hub import collect_hub
from desktop.reports.notes import read_notes_file, save_notes
from desktop.reports.settings import read_report_settings
from desktop.reports.sql import conn_of
from desktop.reports.wording import Unit

# What turns figures into files: ReportLab (through the charts and the PDF) and Babel's
# locale data for every report, openpyxl and python-docx when asked for.
RENDERING = ("desktop.reports.compose", "desktop.reports.compose_hub",
             "desktop.reports.pdf_render")
XLSX, DOCX = "desktop.reports.xlsx", "desktop.reports.docx_render"


def _check_lang(lang: str | None) -> str:
    lang = (lang or "vi").lower()
    if lang not in ("vi", "en"):
        raise InputRefused.of("lang_invalid", "lang", value=lang)
    return lang


def _write(path, render) -> str:
    """Render into `path` through a temporary file; InputRefused if it cannot be written."""
    target = Path(path)
    temp = target.with_name(f".{target.name}.part")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        render(temp)
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise InputRefused.of("out_not_writable", "out", path=str(target),
                              detail=exc.strerror or str(exc)) from exc
    return str(target)


def _load(modules: tuple[str, ...], lang: str, commune: str | None) -> threading.Thread:
    """Import `modules` in a background thread, with what a report reads once at its
    first use: Babel's data for `lang`, ReportLab's parse of the fonts, the official
    units (the header names `commune`). Join it before using them.

    From a cold disk they take about a third of a second to load. The report's figures
    are read meanwhile: SQLite leaves the GIL free while it reads, so the officer does
    not wait for the one and then the other. Two threads importing at once can only
    deadlock over modules that import each other; these import nothing that is not
    loaded already but ReportLab, openpyxl, python-docx and Babel (a login, which
    imports modules of the database and security layers that do import each other,
    is over by then: an earlier start, before the key derivation, deadlocked).
    """
    def load():
        try:
            for name in modules:
                importlib.import_module(name)
            from desktop.domain.units import find_commune
            from desktop.reports.fmt import Formats
            from desktop.reports.pdf_base import register_fonts
            Formats(lang).date(dt.date(2000, 1, 1))  # Babel reads the locale's data once
            register_fonts()
            find_commune(commune or "")
        except Exception:  # noqa: BLE001 - it fails again where it is used, and says why
            pass

    thread = threading.Thread(target=load, name="xaso-load-renderers", daemon=True)
    thread.start()
    return thread


def _log(db, action: str, details: dict) -> None:
    if not hasattr(db, "conn"):
        return
    with write(db) as tx:
        tx.audit(action, None, None, details)


def produce_monthly(db, month: str, pdf=None, xlsx=None, lang: str | None = "vi",
                    commune: str | None = None, issued: dt.date | None = None,
                    docx=None, notes=None) -> dict:
    """Write the monthly report (PDF, Word and Excel, as asked) and return what was
    written.

    On a hub database without `commune`, the report is the roll-up across communes;
    with `commune`, it is that commune's own report. On a commune database, `commune`
    may only name the commune itself. `notes` is a notes file (notes.py): its
    sections are saved with the month before the report is made.
    """
    month = check_month(month)
    lang = _check_lang(lang)
    issued = issued or clock_of(db).today()
    conn = conn_of(db)
    setup = read_setup(conn)
    if setup is None:
        raise InputRefused.of("no_commune")
    if commune and not setup.is_hub and commune.strip().zfill(5) != setup.commune_code:
        raise InputRefused.of("commune_option_hub_only", "commune")
    if not (pdf or xlsx or docx):
        raise InputRefused.of("report_no_output", "out")
    if notes:
        save_notes(db, month, read_notes_file(notes))
    out = {"month": month, "lang": lang, "pdf": None, "xlsx": None, "docx": None}
    loading = _load(RENDERING + (XLSX,) * bool(xlsx) + (DOCX,) * bool(docx), lang,
                    setup.commune_code)
    if setup.is_hub and not commune:
        hub = collect_hub(db, month)
        settings = read_report_settings(conn, lang)
        loading.join()
        from desktop.reports.compose import ages_of
        from desktop.reports.compose_hub import compose_hub
        document = compose_hub(hub, settings, lang, issued)
        out.update(kind="hub", communes=len(hub.communes), missing=len(hub.missing),
                   foreign=[r.code for r in hub.foreign])
        def write_xlsx(p):
            from desktop.reports.xlsx import render_hub_xlsx
            render_hub_xlsx(hub, p, lang, ages_of(settings))
    else:
        report = collect_monthly(db, month, commune)
        unit = Unit(report.commune_code, report.commune_name, report.province_name)
        settings = read_report_settings(conn, lang, unit if setup.is_hub else None)
        loading.join()
        from desktop.reports.compose import ages_of, compose_monthly
        document = compose_monthly(report, settings, lang, issued)
        out.update(kind="commune", commune_code=report.commune_code,
                   commune_name=report.commune_name, visits=report.visits_month,
                   households_visited=report.totals["households_visited"].month,
                   period=[report.period.start, report.period.end])
        def write_xlsx(p):
            from desktop.reports.xlsx import render_monthly_xlsx
            render_monthly_xlsx(report, p, lang, ages_of(settings))
    if pdf:
        from desktop.reports.pdf_render import render_pdf
        out["pdf"] = _write(pdf, lambda p: render_pdf(document, p))
    if docx:
        from desktop.reports.docx_render import render_docx
        out["docx"] = _write(docx, lambda p: render_docx(document, p))
    if xlsx:
        out["xlsx"] = _write(xlsx, write_xlsx)
    _log(db, "report_monthly", {k: out[k] for k in ("month", "kind", "pdf", "xlsx", "docx",
                                                    "lang")} | {"commune": commune})
    return out


def produce_training(db, session: str, pdf, lang: str | None = "vi") -> dict:
    """Write the attendance sheet of one training session, dated on the session's day;
    return what was written."""
    from desktop.reports.pdf_render import render_pdf
    from desktop.reports.training import collect_training_sheet, compose_training

    lang = _check_lang(lang)
    sheet = collect_training_sheet(db, session)
    path = _write(pdf, lambda p: render_pdf(compose_training(sheet, db, lang), p))
    totals = sheet.totals()
    out = {"training": sheet.id, "title": sheet.title, "pdf": path, "lang": lang,
           "date": sheet.date.isoformat(), "registered": totals.registered,
           "present": totals.present, "bridge_points": len(sheet.points)}
    _log(db, "report_training", {"training": sheet.id, "pdf": path, "lang": lang})
    return out
