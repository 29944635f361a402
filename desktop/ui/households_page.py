"""Households & residents: the household list, the residents of the selected household,
and a search over all residents ("nguyen" finds "Nguyễn", CCCD and phone digits too).
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSplitter, QTabWidget, QVBoxLayout, QWidget

from desktop.services import records
from desktop.services.queries import Filters
from desktop.ui.record_form import RecordForm
from desktop.ui.record_page import Page, page_title
from desktop.ui.record_table import RecordTable


class HouseholdsPage(Page):
    """Households above, the selected household's residents below; a residents tab."""

    key = "households"

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("householdTabs")
        # households tab: list + residents of the selected one
        top = QWidget(self)
        self.households = RecordTable(session, "household", ("hamlet",), top)
        self.households.selected.connect(self._show_residents)
        self.household_label = QLabel(self.tr("Choose a household to see its residents."), top)
        self.add_resident_button = QPushButton(self.tr("Add resident"), top)
        self.add_resident_button.setObjectName("addResident")
        self.add_resident_button.setEnabled(False)
        self.add_resident_button.clicked.connect(self.add_resident)
        self.members = RecordTable(session, "resident", (), top,
                                   base_filters=Filters(household="-"),
                                   column_keys=["full_name", "birth_year", "gender", "cccd",
                                                "phone", "eid_stage", "health_stage"])
        self.members.setObjectName("table_household_residents")
        self.members.new_button.hide()
        self.members.import_button.hide()
        self.members.search.hide()
        split = QSplitter(Qt.Orientation.Vertical, top)
        split.addWidget(self.households)
        lower = QWidget(split)
        lower_lay = QVBoxLayout(lower)
        lower_lay.setContentsMargins(0, 0, 0, 0)
        lower_lay.addWidget(self.household_label)
        lower_lay.addWidget(self.members, 1)
        lower_lay.addWidget(self.add_resident_button, 0, Qt.AlignmentFlag.AlignLeft)
        split.addWidget(lower)
        split.setSizes([380, 260])
        top_lay = QVBoxLayout(top)
        top_lay.setContentsMargins(0, 0, 0, 0)
        top_lay.addWidget(split)
        self.residents = RecordTable(session, "resident", ("hamlet", "status"), self)
        self.tabs.addTab(top, self.tr("Households"))
        self.tabs.addTab(self.residents, self.tr("Residents"))
        self.tabs.currentChanged.connect(lambda _i: self._load_tab())
        lay = QVBoxLayout(self)
        lay.addWidget(page_title(self.title(), self))
        lay.addWidget(self.tabs, 1)
        self.household_id: str | None = None


    def load(self) -> None:
        """Fill the households list."""
        self.households.load()
        self.members.load()

    def _load_tab(self) -> None:
        if self.tabs.currentWidget() is self.residents and not self.residents.loaded:
            self.residents.load()

    def refresh(self) -> None:
        """Reload after records changed."""
        self.households.refresh()
        self.members.refresh()
        if self.residents.loaded:
            self.residents.refresh()

    def _show_residents(self, household_id: str) -> None:
        self.household_id = household_id
        row = records.get(self.session.db, "household", household_id)
        self.household_label.setText(self.tr("Residents of the household of %1")
                                     .replace("%1", row.get("head_name") or ""))
        self.add_resident_button.setEnabled(True)
        self.members.set_base_filters(Filters(household=household_id))

    def add_resident(self) -> RecordForm | None:
        """A new resident in the selected household."""
        if not self.household_id:
            return None
        row = records.get(self.session.db, "household", self.household_id)
        form = RecordForm(self.session, "resident", None,
                          {"household_id": self.household_id,
                           "household": row.get("head_name")}, self)
        form.setModal(True)
        form.show()
        self.current_form = form
        return form

    def new_record(self) -> None:
        """Ctrl+N: a household, or a resident on the residents tab."""
        if self.tabs.currentWidget() is self.residents:
            self.residents.new_record()
        else:
            self.households.new_record()

    def focus_search(self) -> None:
        """Ctrl+F."""
        table = self.residents if self.tabs.currentWidget() is self.residents else self.households
        table.focus_search()
