"""The pages of the main window, in navigation order, each built when first shown.

Building all thirteen pages took 135–171 ms of opening the window on a million
visits (and importing their modules about half of the window's imports), while a
user opens one or two of them at first. So the navigation list and the Go menu are
made from this table (a key and a title each), and a page's module is imported and
the page built the first time it is asked for (`MainWindow.page`).

Titles keep the translation context of their page class, so one translation serves
the navigation list and the page's own heading (`Page.title` reads it from here).
"""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication



@dataclass(frozen=True)
class PageSpec:
    """One page: its key, its title (translated when asked) and how it is built."""

    key: str
    title: Callable[[], str]
    build: Callable  # (session, parent) -> the page widget


def _dashboard(session, parent):
    from desktop.ui.dashboard_page import DashboardPage
    return DashboardPage(session, parent)


def _households(session, parent):
    from desktop.ui.households_page import HouseholdsPage
    return HouseholdsPage(session, parent)


def _visits(session, parent):
    from desktop.ui.visits_page import VisitsPage
    return VisitsPage(session, parent)


def _stages(track: str):
    def build(session, parent):
        from desktop.ui.stages_page import StagePage
        return StagePage(session, track, parent)
    return build


def _trainings(session, parent):
    from desktop.ui.trainings_page import TrainingsPage
    return TrainingsPage(session, parent)


def _events(session, parent):
    from desktop.ui.record_page import ListPage
    return ListPage(session, "events", "event", title_of("events"), ("month",), parent)


def _team(session, parent):
    from desktop.ui.team_page import TeamPage
    return TeamPage(session, parent)


def _reports(session, parent):
    from desktop.ui.reports_page import ReportsPage
    return ReportsPage(session, parent)


def _sync(session, parent):
    from desktop.ui.sync_page import SyncPage
    return SyncPage(session, parent)


def _conflicts(session, parent):
    from desktop.ui.review_pages import ConflictsPage
    return ConflictsPage(session, parent)


def _duplicates(session, parent):
    from desktop.ui.review_pages import DuplicatesPage
    return DuplicatesPage(session, parent)


def _settings(session, parent):
    from desktop.ui.settings_page import SettingsPage
    return SettingsPage(session, parent)


# written out in full: pyside6-lupdate finds the titles only in literal translate() calls
PAGES = (
    PageSpec("dashboard", lambda: QCoreApplication.translate("DashboardPage", "Dashboard"),
             _dashboard),
    PageSpec("households",
             lambda: QCoreApplication.translate("HouseholdsPage", "Households & residents"),
             _households),
    PageSpec("visits", lambda: QCoreApplication.translate("VisitsPage", "Outreach visits"),
             _visits),
    PageSpec("eid", lambda: QCoreApplication.translate("StagePage", "e-ID (VNeID)"),
             _stages("eid")),
    PageSpec("health", lambda: QCoreApplication.translate("StagePage", "Health records"),
             _stages("health")),
    PageSpec("trainings",
             lambda: QCoreApplication.translate("TrainingsPage", "Trainings & attendance"),
             _trainings),
    PageSpec("events", lambda: QCoreApplication.translate("Pages", "Digital transformation days"),
             _events),
    PageSpec("team", lambda: QCoreApplication.translate("TeamPage", "Hamlets, team & targets"),
             _team),
    PageSpec("reports", lambda: QCoreApplication.translate("ReportsPage", "Reports"),
             _reports),
    PageSpec("sync", lambda: QCoreApplication.translate("SyncPage", "Sync"),
             _sync),
    PageSpec("conflicts", lambda: QCoreApplication.translate("ConflictsPage", "Conflicts"),
             _conflicts),
    PageSpec("duplicates", lambda: QCoreApplication.translate("DuplicatesPage", "Duplicates"),
             _duplicates),
    PageSpec("settings", lambda: QCoreApplication.translate("SettingsPage", "Settings"),
             _settings),
)
KEYS = tuple(p.key for p in PAGES)


def title_of(key: str) -> str:
    """The translated title of the page with this key."""
    return next(p for p in PAGES if p.key == key).title()
