"""The pages of the main window, in navigation order, each built when first shown.

Building all thirteen pages took 135–171 ms of opening the window on a million
visits (and importing their modules about half of the window's imports), while a
user opens one or two of them at first. So the navigation list and the Go menu are
made from this table (a key and a title each), and a page's module is imported and
the page built the first time it is asked for (`MainWindow.page`).

Titles keep the translation context of their page class, so one translation serves
the navigation list and the page's own heading (`Page.title` reads it from here).
"""

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication



@dataclass(frozen=True)
class PageSpec:
    """One page: its key, its title (translated when asked) and how it is built."""

    key: str
    title: Callable[[], str]
    build: Callable  # (session, parent) -> the page widget


def _page(module: str, name: str, *args) -> Callable:
    """How to build page class `name` of desktop/ui/`module`.py (imported then), with
    `args` between the session and the parent."""
    def build(session, parent):
        page_class = getattr(importlib.import_module(f"desktop.ui.{module}"), name)
        return page_class(session, *args, parent)
    return build


def _events(session, parent):
    from desktop.ui.record_page import ListPage
    return ListPage(session, "events", "event", title_of("events"), ("month",), parent)


# written out in full: pyside6-lupdate finds the titles only in literal translate() calls
PAGES = (
    PageSpec("dashboard", lambda: QCoreApplication.translate("DashboardPage", "Dashboard"),
             _page("dashboard_page", "DashboardPage")),
    PageSpec("households",
             lambda: QCoreApplication.translate("HouseholdsPage", "Households & residents"),
             _page("households_page", "HouseholdsPage")),
    PageSpec("visits", lambda: QCoreApplication.translate("VisitsPage", "Outreach visits"),
             _page("visits_page", "VisitsPage")),
    PageSpec("eid", lambda: QCoreApplication.translate("StagePage", "e-ID (VNeID)"),
             _page("stages_page", "StagePage", "eid")),
    PageSpec("health", lambda: QCoreApplication.translate("StagePage", "Health records"),
             _page("stages_page", "StagePage", "health")),
    PageSpec("trainings",
             lambda: QCoreApplication.translate("TrainingsPage", "Trainings & attendance"),
             _page("trainings_page", "TrainingsPage")),
    PageSpec("events", lambda: QCoreApplication.translate("Pages", "Digital transformation days"),
             _events),
    PageSpec("team", lambda: QCoreApplication.translate("TeamPage", "Hamlets, team & targets"),
             _page("team_page", "TeamPage")),
    PageSpec("reports", lambda: QCoreApplication.translate("ReportsPage", "Reports"),
             _page("reports_page", "ReportsPage")),
    PageSpec("sync", lambda: QCoreApplication.translate("SyncPage", "Sync"),
             _page("sync_page", "SyncPage")),
    PageSpec("conflicts", lambda: QCoreApplication.translate("ConflictsPage", "Conflicts"),
             _page("review_pages", "ConflictsPage")),
    PageSpec("duplicates", lambda: QCoreApplication.translate("DuplicatesPage", "Duplicates"),
             _page("review_pages", "DuplicatesPage")),
    PageSpec("settings", lambda: QCoreApplication.translate("SettingsPage", "Settings"),
             _page("settings_page", "SettingsPage")),
)
KEYS = tuple(p.key for p in PAGES)


def title_of(key: str) -> str:
    """The translated title of the page with this key."""
    return next(p for p in PAGES if p.key == key).title()
