"""Hamlets, the community digital team and the year's targets."""

from PySide6.QtWidgets import QTabWidget, QVBoxLayout

from desktop.ui.record_page import Page, page_title
from desktop.ui.record_table import RecordTable


class TeamPage(Page):
    """Three lists in tabs: hamlets, team members, targets."""

    key = "team"

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self.tabs = QTabWidget(self)
        self.hamlets = RecordTable(session, "hamlet", (), self)
        self.members = RecordTable(session, "member", ("hamlet", "status"), self)
        self.targets = RecordTable(session, "target", ("hamlet",), self)
        self.tabs.addTab(self.hamlets, self.tr("Hamlets"))
        self.tabs.addTab(self.members, self.tr("Team members"))
        self.tabs.addTab(self.targets, self.tr("Targets"))
        self.tabs.currentChanged.connect(lambda _i: self._ensure_loaded())
        lay = QVBoxLayout(self)
        lay.addWidget(page_title(self.title(), self))
        lay.addWidget(self.tabs, 1)


    def _ensure_loaded(self) -> None:
        table = self.tabs.currentWidget()
        if not table.loaded:
            table.load()

    def load(self) -> None:
        """Fill the visible tab."""
        self._ensure_loaded()

    def refresh(self) -> None:
        """Reload loaded tabs."""
        for table in (self.hamlets, self.members, self.targets):
            if table.loaded:
                table.refresh()

    def new_record(self) -> None:
        """Ctrl+N on the visible tab."""
        self.tabs.currentWidget().new_record()

    def focus_search(self) -> None:
        """Ctrl+F on the visible tab."""
        self.tabs.currentWidget().focus_search()
