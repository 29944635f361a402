"""Outreach visits: the list (fast on a million rows) and the visit form."""

from PySide6.QtWidgets import QVBoxLayout

from desktop.ui.record_page import Page, page_title
from desktop.ui.record_table import RecordTable
from desktop.ui.visit_form import VisitForm


class VisitTable(RecordTable):
    """The visits list; New and Edit open the visit form."""

    def open_form(self, record_id: str | None = None) -> VisitForm:
        """The visit form, non-modal so the list stays visible behind it."""
        form = VisitForm(self.session, record_id, None, self)
        form.saved.connect(self.after_save)
        form.setModal(True)
        form.show()
        self.current_form = form
        return form


class VisitsPage(Page):
    """Visits filtered by hamlet, month, outcome and team member."""

    key = "visits"

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self.table = VisitTable(session, "visit", ("hamlet", "month", "status", "member"), self)
        # The page opens on this month's visits: what the team works on, and a list that
        # stays quick on a million visits ("All months" is one click away).
        self.table.this_month_first = True
        lay = QVBoxLayout(self)
        lay.addWidget(page_title(self.title(), self))
        lay.addWidget(self.table, 1)


    def load(self) -> None:
        """Fill the table."""
        self.table.load()

    def refresh(self) -> None:
        """Reload the table."""
        self.table.refresh()

    def new_record(self) -> VisitForm:
        """Ctrl+N: a new visit."""
        return self.table.new_record()

    def focus_search(self) -> None:
        """Ctrl+F."""
        self.table.focus_search()
