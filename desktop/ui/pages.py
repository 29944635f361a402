"""The pages of the main window, in navigation order."""

from PySide6.QtCore import QCoreApplication

from desktop.ui.dashboard_page import DashboardPage
from desktop.ui.households_page import HouseholdsPage
from desktop.ui.record_page import ListPage
from desktop.ui.reports_page import ReportsPage
from desktop.ui.review_pages import ConflictsPage, DuplicatesPage
from desktop.ui.settings_page import SettingsPage
from desktop.ui.stages_page import StagePage
from desktop.ui.sync_page import SyncPage
from desktop.ui.team_page import TeamPage
from desktop.ui.trainings_page import TrainingsPage
from desktop.ui.visits_page import VisitsPage


def build_pages(session, parent) -> list:
    """Every page, in the order of the navigation list."""
    return [
        DashboardPage(session, parent),
        HouseholdsPage(session, parent),
        VisitsPage(session, parent),
        StagePage(session, "eid", parent),
        StagePage(session, "health", parent),
        TrainingsPage(session, parent),
        ListPage(session, "events", "event", QCoreApplication.translate("Pages", "Digital transformation days"),
                 ("month",), parent),
        TeamPage(session, parent),
        ReportsPage(session, parent),
        SyncPage(session, parent),
        ConflictsPage(session, parent),
        DuplicatesPage(session, parent),
        SettingsPage(session, parent),
    ]
