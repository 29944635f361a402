"""e-ID and health-record pages: residents with their onboarding stage."""

from PySide6.QtWidgets import QLabel, QVBoxLayout

from desktop.ui.record_page import Page, page_title
from desktop.ui.record_table import RecordTable


class StagePage(Page):
    """Residents and their stage on one track ("eid" or "health")."""

    def __init__(self, session, track: str, parent=None):
        super().__init__(session, parent)
        self.track = track
        self.key = "eid" if track == "eid" else "health"
        stage = "eid_stage" if track == "eid" else "health_stage"
        keys = ["full_name", "hamlet", "household", "birth_year", stage,
                "cccd" if track == "eid" else "phone"]
        self.table = RecordTable(session, "resident", ("hamlet", "status"), self,
                                 column_keys=keys, status_field=stage)
        self.table.setObjectName(f"table_{self.key}")
        self.table.new_button.hide()
        hint = QLabel(self.tr("Stages change during visits: open Outreach visits to record one. "
                              "Double-click a resident to correct a stage."), self)
        hint.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(page_title(self.title(), self))
        lay.addWidget(hint)
        lay.addWidget(self.table, 1)


    def load(self) -> None:
        """Fill the table."""
        self.table.load()

    def refresh(self) -> None:
        """Reload the table."""
        self.table.refresh()

    def focus_search(self) -> None:
        """Ctrl+F."""
        self.table.focus_search()
