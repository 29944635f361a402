"""The outreach visit form: household with type-ahead, the team who went, services,
outcome, and the household's residents with their e-ID and health stages, all saved
in one transaction.
"""


from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
                               QListWidget, QListWidgetItem, QTableWidget, QTableWidgetItem)

from desktop.domain.dates import format_date
from desktop.domain.labels import value_label
from desktop.domain.stages import EID_STAGES, HEALTH_STAGES
from desktop.services.queries import Filters, list_records
from desktop.ui.record_form import RecordForm

COL_NAME, COL_EID, COL_HEALTH = range(3)


class VisitForm(RecordForm):
    """Add or edit one visit. Stages only move forward here; corrections go through
    the resident's own form."""

    KEEP = frozenset({"date"})
    SERVICE_COLUMNS = 1
    LEFT = ("date", "household", "outcome", "follow_up_date")

    def __init__(self, session, record_id: str | None = None, preset: dict | None = None,
                 parent=None):
        preset = dict(preset or {})
        preset.setdefault("date", session.clock.today().isoformat())
        super().__init__(session, "visit", record_id, preset, parent)
        self.resize(1200, 700)

    # --- building ------------------------------------------------------------------
    def arrange(self, body, rows: list) -> None:
        """Two columns as on the paper form: who and when on the left, what was done on
        the right; the residents table runs full width below."""
        left = self.form_layout = QFormLayout()
        right = QFormLayout()
        for name, (label, box) in zip(self.editors, rows):
            (left if name in self.LEFT else right).addRow(label, box)
        self.right_layout = right
        side = QHBoxLayout(body)
        side.setContentsMargins(0, 0, 0, 0)
        side.addLayout(left, 1)
        side.addSpacing(16)
        side.addLayout(right, 1)

    def build_extra(self) -> None:
        """Team members list and the residents table."""
        self.team = QListWidget(self.body)
        self.team.setObjectName("teamMembers")
        self.team.setMinimumHeight(self.team.fontMetrics().lineSpacing() * 5 + 12)
        for row in list_records(self.session.db, "member", limit=None):
            if not row.get("active", 1):
                continue
            item = QListWidgetItem(row["full_name"] + (f" — {row['hamlet']}" if row.get("hamlet") else ""))
            item.setData(Qt.ItemDataRole.UserRole, row["id"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.team.addItem(item)
        self.team.itemChanged.connect(lambda _i: self._mark_dirty())
        self.residents = QTableWidget(0, 3, self)
        self.residents.setObjectName("visitResidents")
        self.residents.setHorizontalHeaderLabels([
            self.tr("Resident"), self.tr("e-ID (VNeID)"), self.tr("Health record")])
        header = self.residents.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.residents.verticalHeader().hide()
        self.residents_label = QLabel(self.tr("Residents of the household: stages after this "
                                              "visit"), self)
        self.residents_label.setWordWrap(True)
        self.layout().insertWidget(1, self.residents_label)
        self.layout().insertWidget(2, self.residents, 2)
        # The fields get the larger share, so error lines under them stay in view.
        self.layout().setStretch(0, 3)
        self.scroll.setMinimumHeight(min(self.body.sizeHint().height() + 16, 440))
        stage_width = max(self.fontMetrics().horizontalAdvance(
            value_label("eid_stage", "level2_submitted", self.session.lang)) + 60,
            header.sectionSizeHint(COL_EID))
        header.resizeSection(COL_EID, stage_width)
        header.resizeSection(COL_HEALTH, stage_width)
        # The paper form's order: date, household, who went, services, outcome...
        self.form_layout.insertRow(2, self.tr("Team members who went"), self.team)
        self.editors["household"].input.picked.connect(self.load_residents)
        self._residents: list[dict] = []
        self._tab_order()

    def _tab_order(self) -> None:
        """Tab follows the paper form, not the order the widgets were made in."""
        chain = [self.editors["date"].input, self.editors["household"].input, self.team]
        chain += list(self.editors["services"].checks.values())
        chain += [self.editors[n].input for n in ("outcome", "follow_up_date", "notes")]
        chain += [self.residents, self.save_button, self.close_button]
        for first, second in zip(chain, chain[1:]):
            self.setTabOrder(first, second)

    def load_residents(self, household_id: str | None) -> None:
        """Show the household's residents with their current stages."""
        rows = list_records(self.session.db, "resident", Filters(household=household_id),
                            limit=None) if household_id else []
        self._residents = rows
        self.residents.setRowCount(0)  # drops the stage pickers of the previous household
        self.residents.setRowCount(len(rows))
        for i, row in enumerate(rows):
            born = f" ({row['birth_year']})" if row.get("birth_year") else ""
            name = QTableWidgetItem(row["full_name"] + born)
            name.setData(Qt.ItemDataRole.UserRole, row["id"])
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.residents.setItem(i, COL_NAME, name)
            self.residents.setCellWidget(i, COL_EID, self._stage_combo("eid_stage", EID_STAGES,
                                                                      row["eid_stage"]))
            self.residents.setCellWidget(i, COL_HEALTH, self._stage_combo(
                "health_stage", HEALTH_STAGES, row["health_stage"]))
        self.residents.resizeRowsToContents()
        header = self.residents.horizontalHeader()
        for col in (COL_EID, COL_HEALTH):
            widths = [self.residents.cellWidget(r, col).sizeHint().width()
                      for r in range(len(rows))]
            header.resizeSection(col, max(widths + [header.sectionSizeHint(col)]) + 24)

    def _stage_combo(self, field: str, stages: tuple, current: str) -> QComboBox:
        combo = QComboBox(self.residents)
        lang = self.session.lang
        start = stages.index(current) if current in stages else 0
        for code in stages[start:]:
            combo.addItem(value_label(field, code, lang), code)
        combo.setToolTip(self.tr("Now: %1").replace("%1", value_label(field, current, lang)))
        combo.setProperty("current_stage", current)
        combo.currentIndexChanged.connect(lambda _i, c=combo: self._stage_changed(c))
        return combo

    def _stage_changed(self, combo: QComboBox) -> None:
        # A moved stage shows in bold so the team sees what the save will change.
        font = combo.font()
        font.setBold(combo.currentData() != combo.property("current_stage"))
        combo.setFont(font)
        self._mark_dirty()

    def set_stage(self, row: int, field: str, code: str) -> None:
        """Choose a resident's stage after the visit (used by keyboard users and tests)."""
        combo = self.residents.cellWidget(row, COL_EID if field == "eid_stage" else COL_HEALTH)
        combo.setCurrentIndex(combo.findData(code))

    def check_member(self, member_id: str, checked: bool = True) -> None:
        """Tick a team member who went."""
        for i in range(self.team.count()):
            item = self.team.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == member_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    # --- values ------------------------------------------------------------------
    def data(self) -> dict:
        """The visit as the records service takes it."""
        data = super().data()
        data["members"] = [self.team.item(i).data(Qt.ItemDataRole.UserRole)
                           for i in range(self.team.count())
                           if self.team.item(i).checkState() == Qt.CheckState.Checked]
        updates = []
        for i in range(self.residents.rowCount()):
            resident_id = self.residents.item(i, COL_NAME).data(Qt.ItemDataRole.UserRole)
            change = {"resident": resident_id}
            for col, field in ((COL_EID, "eid_stage"), (COL_HEALTH, "health_stage")):
                combo = self.residents.cellWidget(i, col)
                if combo.currentData() != combo.property("current_stage"):
                    change[field] = combo.currentData()
            if len(change) > 1:
                updates.append(change)
        data["resident_updates"] = updates
        return data

    def load_extra(self, record: dict) -> None:
        """Members and residents of an existing visit."""
        for member in record.get("members") or []:
            self.check_member(member["id"] if isinstance(member, dict) else member)
        if record.get("household_id"):
            self.load_residents(record["household_id"])
        if record.get("date"):
            self.editors["date"].input.setText(format_date(record["date"]))

    def clear_extra(self) -> None:
        """Next visit: new household, same team and date."""
        self.editors["household"].input.choose(None, "")
        self.load_residents(None)
        self.editors["household"].input.setFocus()

    def show_loose_problems(self, texts: list[str]) -> None:
        """Stage problems name the resident's stage fields: show them under the form."""
        super().show_loose_problems(texts)
