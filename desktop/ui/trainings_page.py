"""Trainings & attendance: sessions with bridge points, attendance by bridge point
with checkboxes, and sign-up sheets imported from Excel/CSV with a preview.
"""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QSplitter, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from desktop.domain.labels import value_label
from desktop.services import records
from desktop.services.queries import Filters, list_records
from desktop.ui import messages
from desktop.ui.import_dialog import ImportDialog
from desktop.ui.record_form import RecordForm
from desktop.ui.record_page import Page, RecordTable, page_title
from desktop.ui.tasks import error_text

COL_PRESENT, COL_NAME, COL_UNIT, COL_POSITION, COL_POINT, COL_STATUS = range(6)


class TrainingsPage(Page):
    """Sessions above; attendance of the selected session below."""

    key = "trainings"

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self.trainings = RecordTable(session, "training", ("month",), self)
        self.trainings.selected.connect(self.show_training)
        lower = QWidget(self)
        self.training_label = QLabel(self.tr("Choose a training to take attendance."), lower)
        self.point = QComboBox(lower)
        self.point.setObjectName("bridgePoint")
        self.point.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.point.currentIndexChanged.connect(lambda _i: self.fill_attendance())
        self.add_button = QPushButton(self.tr("Add participant"), lower)
        self.import_button = QPushButton(self.tr("Import sign-up sheet…"), lower)
        self.import_button.setObjectName("importSheet")
        self.sheet_button = QPushButton(self.tr("Attendance sheet (PDF)…"), lower)
        self.sheet_button.clicked.connect(self.choose_sheet_pdf)
        self.add_button.clicked.connect(self.add_participant)
        self.import_button.clicked.connect(self.choose_sheet)
        for w in (self.point, self.add_button, self.import_button, self.sheet_button):
            w.setEnabled(False)
        self.attendance = QTableWidget(0, 6, lower)
        self.attendance.setObjectName("attendance")
        self.attendance.setHorizontalHeaderLabels([
            self.tr("Present"), self.tr("Name"), self.tr("Unit"), self.tr("Position"),
            self.tr("Bridge point"), self.tr("Status")])
        self.attendance.verticalHeader().hide()
        header = self.attendance.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_POINT, QHeaderView.ResizeMode.Stretch)
        self.attendance.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.attendance.itemChanged.connect(self._on_item)
        self.summary = QLabel(lower)
        self.training_label.setObjectName("pageTitle")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Bridge point"), lower))
        bar.addWidget(self.point)
        bar.addWidget(self.add_button)
        bar.addWidget(self.import_button)
        bar.addWidget(self.sheet_button)
        bar.addStretch(1)
        lower_lay = QVBoxLayout(lower)
        lower_lay.setContentsMargins(0, 0, 0, 0)
        lower_lay.addWidget(self.training_label)
        lower_lay.addLayout(bar)
        lower_lay.addWidget(self.attendance, 1)
        lower_lay.addWidget(self.summary)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.trainings)
        split.addWidget(lower)
        split.setSizes([300, 340])
        lay = QVBoxLayout(self)
        lay.addWidget(page_title(self.title(), self))
        lay.addWidget(split, 1)
        self.training_id: str | None = None
        self._filling = False

    def title(self) -> str:
        """Name in the navigation list."""
        return self.tr("Trainings & attendance")

    def load(self) -> None:
        """Fill the sessions list."""
        self.trainings.load()

    def refresh(self) -> None:
        """Reload after changes."""
        self.trainings.refresh()
        if self.training_id:
            self.show_training(self.training_id)

    def new_record(self) -> RecordForm:
        """Ctrl+N: a new training session."""
        return self.trainings.new_record()

    def focus_search(self) -> None:
        """Ctrl+F."""
        self.trainings.focus_search()

    def show_training(self, training_id: str) -> None:
        """Show the bridge points and attendance of one session."""
        self.training_id = training_id
        training = records.get(self.session.db, "training", training_id)
        self.training_label.setText(training.get("title") or "")
        current = self.point.currentData()
        self.point.blockSignals(True)
        self.point.clear()
        self.point.addItem(self.tr("All bridge points"), None)
        for bp in training.get("bridge_points") or []:
            self.point.addItem(bp["name"], bp["id"])
        self.point.setCurrentIndex(max(0, self.point.findData(current)))
        self.point.blockSignals(False)
        for w in (self.point, self.add_button, self.import_button, self.sheet_button):
            w.setEnabled(True)
        self.fill_attendance()

    def fill_attendance(self) -> None:
        """Attendance of the chosen bridge point, one checkbox per participant."""
        if not self.training_id:
            return
        rows = list_records(self.session.db, "attendance", Filters(training=self.training_id),
                            limit=None, order_by="full_name")
        point = self.point.currentText() if self.point.currentData() else None
        if point:
            rows = [r for r in rows if r.get("bridge_point") == point]
        self._filling = True
        self.attendance.setRowCount(len(rows))
        lang = self.session.lang
        for i, row in enumerate(rows):
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                           | Qt.ItemFlag.ItemIsSelectable)
            check.setCheckState(Qt.CheckState.Checked if row["status"] == "present"
                                else Qt.CheckState.Unchecked)
            check.setData(Qt.ItemDataRole.UserRole, row["id"])
            self.attendance.setItem(i, COL_PRESENT, check)
            for col, key in ((COL_NAME, "full_name"), (COL_UNIT, "unit"),
                             (COL_POSITION, "position"), (COL_POINT, "bridge_point")):
                self.attendance.setItem(i, col, QTableWidgetItem(row.get(key) or ""))
            self.attendance.setItem(i, COL_STATUS, QTableWidgetItem(
                value_label("status", row["status"], lang)))
        self._filling = False
        present = sum(1 for r in rows if r["status"] == "present")
        self.summary.setText(self.tr("%1 of %2 present").replace("%1", self.session.number(present))
                             .replace("%2", self.session.number(len(rows))))

    def _on_item(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != COL_PRESENT:
            return
        status = "present" if item.checkState() == Qt.CheckState.Checked else "absent"
        result = records.update(self.session.db, "attendance",
                                item.data(Qt.ItemDataRole.UserRole), {"status": status})
        self.session.notify(result.changes)

    def set_present(self, row: int, present: bool) -> None:
        """Tick or untick one participant (as a click on the checkbox does)."""
        self.attendance.item(row, COL_PRESENT).setCheckState(
            Qt.CheckState.Checked if present else Qt.CheckState.Unchecked)

    def add_participant(self) -> RecordForm | None:
        """A new participant at the chosen bridge point."""
        if not self.training_id:
            return None
        preset = {"training_id": self.training_id, "training": self.training_label.text()}
        if self.point.currentData():
            preset.update({"bridge_point_id": self.point.currentData(),
                           "bridge_point": self.point.currentText()})
        form = RecordForm(self.session, "attendance", None, preset, self)
        form.setModal(True)
        form.show()
        self.current_form = form
        return form

    def choose_sheet(self) -> None:
        """Pick a sign-up sheet and preview it."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import sign-up sheet"), "",
                                              self.tr("Spreadsheets (*.xlsx *.csv)"))
        if path:
            self.preview_sheet(path)

    def preview_sheet(self, path: str) -> ImportDialog:
        """Open the import preview of `path` for the selected training."""
        dialog = ImportDialog(self.session, "attendance", path, self.training_id, self)
        dialog.setModal(True)
        dialog.show()
        dialog.start_preview()
        self.import_dialog = dialog
        return dialog

    def choose_sheet_pdf(self) -> None:
        """Save the session's attendance sheet (by bridge point) as a PDF."""
        if not self.training_id:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Attendance sheet"),
                                              str(Path.home() / "diem-danh.pdf"),
                                              self.tr("PDF (*.pdf)"))
        if path:
            self.write_sheet_pdf(Path(path))

    def write_sheet_pdf(self, path: Path):
        """Write the attendance sheet in the background; returns the task."""
        from desktop.reports.produce import produce_training  # ReportLab loads on first use

        training, lang = self.training_id, self.session.lang
        self.task = self.session.tasks.run(
            self, self.tr("Preparing the attendance sheet…"),
            lambda db, p, c: produce_training(db, training, path, lang=lang),
            lambda out: self.summary.setText(
                self.tr("Saved to %1").replace("%1", str(path))),
            lambda exc: messages.warn(self, self.tr("Attendance sheet"),
                error_text(exc, self.session.lang)))
        return self.task
