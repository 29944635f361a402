"""The attendance of one session: a model that changes a row in place when a mark is
saved (never rebuilt per tick, so the current row stays put), and a view where Space
ticks and moves down and 1, 2, 3 mark present, absent, excused.
"""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from desktop.domain.labels import value_label
from desktop.domain.text import search_key

COL_PRESENT, COL_NAME, COL_UNIT, COL_POSITION, COL_POINT, COL_STATUS = range(6)
TEXT_COLUMNS = {COL_NAME: "full_name", COL_UNIT: "unit", COL_POSITION: "position",
                COL_POINT: "bridge_point"}
KEY_STATUS = {Qt.Key.Key_1: "present", Qt.Key.Key_2: "absent", Qt.Key.Key_3: "excused"}


def _away(row: dict, status: str) -> str:
    """The status unticking goes back to: excused stays excused, else absent."""
    return status if status in ("absent", "excused") else row.get("away", "absent")


class AttendanceModel(QAbstractTableModel):
    """Participants of one session, filtered by bridge point and by name.

    A tick does not write by itself: it asks (`status_requested`) and the page saves,
    then hands the saved rows back to `update_rows`, which repaints just those rows.
    """

    status_requested = Signal(str, str)  # record id, wanted status

    def __init__(self, session, headers: list[str], parent=None):
        super().__init__(parent)
        self.session = session
        self.headers = headers
        self.rows: list[dict] = []
        self.shown: list[int] = []  # positions in self.rows that pass the filters
        self.point: str | None = None
        self.text = ""

    # --- content -----------------------------------------------------------------------
    def set_rows(self, rows: list[dict]) -> None:
        """Show a session's participants (a full reload: another session, or records
        added or removed)."""
        self.beginResetModel()
        self.rows = []
        for row in rows:
            row = dict(row, key=search_key(row.get("full_name")))
            row["away"] = _away({}, row["status"])
            self.rows.append(row)
        self._apply()
        self.endResetModel()

    def set_filter(self, point: str | None, text: str) -> None:
        """Keep the participants of one bridge point (id; None: all) whose name
        contains `text`, diacritics and case ignored."""
        self.beginResetModel()
        self.point, self.text = point, search_key(text)
        self._apply()
        self.endResetModel()

    def _apply(self) -> None:
        self.shown = [i for i, r in enumerate(self.rows)
                      if (self.point is None or r.get("bridge_point_id") == self.point)
                      and self.text in r["key"]]

    def update_rows(self, rows: list[dict]) -> set[str]:
        """Saved rows back from the database: each is changed in place and repainted.
        Returns the ids that were not here (the caller reloads then)."""
        by_id = {r["id"]: i for i, r in enumerate(self.rows)}
        missing = set()
        for fresh in rows:
            at = by_id.get(fresh["id"])
            if at is None:
                missing.add(fresh["id"])
                continue
            row = self.rows[at]
            row["away"] = _away(row, fresh["status"])
            row.update({k: v for k, v in fresh.items() if k != "away"},
                       key=search_key(fresh.get("full_name")))
            if at in self.shown:
                line = self.shown.index(at)
                self.dataChanged.emit(self.index(line, 0), self.index(line, COL_STATUS))
        return missing

    def row(self, line: int) -> dict:
        """The participant on shown line `line`."""
        return self.rows[self.shown[line]]

    def line_of(self, record_id: str) -> int:
        """The shown line of a participant, or -1."""
        for line, at in enumerate(self.shown):
            if self.rows[at]["id"] == record_id:
                return line
        return -1

    def counts(self) -> tuple[int, int, int]:
        """(present, excused, all) at the chosen bridge point, whatever the name filter."""
        here = [r for r in self.rows if self.point is None or r.get("bridge_point_id") == self.point]
        return (sum(r["status"] == "present" for r in here),
                sum(r["status"] == "excused" for r in here), len(here))

    def wanted_on_toggle(self, line: int) -> str:
        """What a tick (or Space) makes of this participant: present, or back to how they
        were away."""
        row = self.row(line)
        return row["away"] if row["status"] == "present" else "present"

    # --- Qt model ---------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self.shown)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = self.row(index.row()), index.column()
        if col == COL_PRESENT:
            if role == Qt.ItemDataRole.CheckStateRole:
                return (Qt.CheckState.Checked if row["status"] == "present"
                        else Qt.CheckState.Unchecked)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_STATUS:
                return value_label("status", row["status"], self.session.lang)
            return row.get(TEXT_COLUMNS[col]) or ""
        return None

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COL_PRESENT:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """A click on the box: ask for the save; the row changes once it is saved."""
        if index.column() != COL_PRESENT or role != Qt.ItemDataRole.CheckStateRole:
            return False
        self.status_requested.emit(self.row(index.row())["id"],
                                   self.wanted_on_toggle(index.row()))
        return True


class AttendanceView(QTableView):
    """Space: tick or untick, then the next person. 1, 2, 3: present, absent, excused,
    then the next person."""

    mark = Signal(int, str)  # shown line, status ("" for a toggle)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("attendance")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)

    def setModel(self, model) -> None:  # noqa: N802 (Qt API)
        """Columns sized to their content; the bridge point takes what is left."""
        super().setModel(model)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_POINT, QHeaderView.ResizeMode.Stretch)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        line = self.currentIndex().row()
        key = event.key()
        if line >= 0 and event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                               Qt.KeyboardModifier.KeypadModifier):
            if key == Qt.Key.Key_Space:
                self.mark.emit(line, "")
                return
            if key in KEY_STATUS:
                self.mark.emit(line, KEY_STATUS[key])
                return
        super().keyPressEvent(event)

    def move_down(self, line: int) -> None:
        """Make the line after `line` the current one (the last stays)."""
        model = self.model()
        target = min(line + 1, model.rowCount() - 1)
        if target >= 0:
            self.setCurrentIndex(model.index(target, max(0, self.currentIndex().column())))
