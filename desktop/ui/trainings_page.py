"""Trainings & attendance: sessions with bridge points, attendance by bridge point
taken with the keyboard, and sign-up sheets imported from Excel/CSV with a preview.
"""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QSplitter, QVBoxLayout, QWidget)

from desktop.domain.errors import InputRefused
from desktop.services import attendance, records
from desktop.services.changes import Changes
from desktop.ui import messages
from desktop.ui.attendance_table import AttendanceModel, AttendanceView
from desktop.ui.import_dialog import ImportDialog
from desktop.ui.record_form import RecordForm
from desktop.ui.record_page import Page, page_title
from desktop.ui.record_table import RecordTable
from desktop.ui.tasks import error_text


class TrainingsPage(Page):
    """Sessions above; attendance of the selected session below."""

    key = "trainings"

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self.trainings = RecordTable(session, "training", ("month",), self)
        self.trainings.selected.connect(self._on_training_selected)
        lower = self.lower = QWidget(self)
        self.training_label = QLabel(self.tr("Choose a training to take attendance."), lower)
        self.training_label.setObjectName("pageTitle")
        self.training_label.setWordWrap(True)
        self.point = QComboBox(lower)
        self.point.setObjectName("bridgePoint")
        self.point.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.point.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.name_filter = QLineEdit(lower)
        self.name_filter.setObjectName("nameFilter")
        self.name_filter.setPlaceholderText(self.tr("Find a name (no diacritics needed)"))
        self.name_filter.setClearButtonEnabled(True)
        self.name_filter.textChanged.connect(lambda _t: self.apply_filter())
        self.name_filter.returnPressed.connect(self._to_table)
        self.add_button = QPushButton(self.tr("Add participant"), lower)
        self.import_button = QPushButton(self.tr("Import sign-up sheet…"), lower)
        self.import_button.setObjectName("importSheet")
        self.sheet_button = QPushButton(self.tr("Attendance sheet (PDF)…"), lower)
        self.sheet_button.clicked.connect(self.choose_sheet_pdf)
        self.add_button.clicked.connect(self.add_participant)
        self.import_button.clicked.connect(self.choose_sheet)
        self.model = AttendanceModel(session, [
            self.tr("Present"), self.tr("Name"), self.tr("Unit"), self.tr("Position"),
            self.tr("Bridge point"), self.tr("Status")], self)
        self.model.status_requested.connect(lambda rid, status: self.save_marks([rid], status))
        self.attendance = AttendanceView(lower)
        self.attendance.setModel(self.model)
        self.attendance.mark.connect(self._on_key_mark)
        self.attendance.setToolTip(self.tr("Space: present or not, then the next person. "
                                           "1: present, 2: absent, 3: excused."))
        self.mark_buttons = {}
        for status, text in (("present", self.tr("Present (1)")),
                             ("absent", self.tr("Absent (2)")),
                             ("excused", self.tr("Excused (3)"))):
            button = QPushButton(text, lower)
            button.setObjectName(f"mark_{status}")
            button.clicked.connect(lambda _c=False, s=status: self.mark_current(s))
            self.mark_buttons[status] = button
        self.all_present_button = QPushButton(self.tr("All present at this bridge point"), lower)
        self.all_present_button.setObjectName("allPresent")
        self.all_present_button.clicked.connect(self.all_present)
        self.keys_hint = QLabel(self.tr("Space: present or not, then the next person · "
                                        "1 present · 2 absent · 3 excused"), lower)
        self.keys_hint.setObjectName("hint")
        self.keys_hint.setWordWrap(True)
        self.summary = QLabel(lower)
        self.summary.setObjectName("attendanceSummary")
        for w in (self.point, self.name_filter, self.add_button, self.sheet_button,
                  self.all_present_button, *self.mark_buttons.values()):
            w.setEnabled(False)
        head = QHBoxLayout()
        head.addWidget(self.training_label, 1)
        head.addWidget(self.add_button)
        head.addWidget(self.import_button)
        head.addWidget(self.sheet_button)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Bridge point"), lower))
        bar.addWidget(self.point)
        bar.addWidget(self.name_filter, 1)
        marks = QHBoxLayout()
        for button in self.mark_buttons.values():
            marks.addWidget(button)
        marks.addWidget(self.all_present_button)
        marks.addWidget(self.summary, 1, Qt.AlignmentFlag.AlignRight)
        lower_lay = QVBoxLayout(lower)
        lower_lay.setContentsMargins(0, 0, 0, 0)
        lower_lay.addLayout(head)
        lower_lay.addLayout(bar)
        lower_lay.addWidget(self.attendance, 1)
        lower_lay.addLayout(marks)
        lower_lay.addWidget(self.keys_hint)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.trainings)
        split.addWidget(lower)
        split.setSizes([260, 380])
        lay = QVBoxLayout(self)
        lay.addWidget(page_title(self.title(), self))
        lay.addWidget(split, 1)
        self.training_id: str | None = None


    def load(self) -> None:
        """Fill the sessions list."""
        self.trainings.load()

    def refresh(self) -> None:
        """Reload after changes, keeping the session and the person under the cursor."""
        self.trainings.refresh()
        if self.training_id:
            self.show_training(self.training_id)

    def _on_changed(self, changes: Changes) -> None:
        """Marks saved (here, by undo, anywhere) change their rows in place: no rebuild,
        so the current row and the scroll position stay."""
        if self.loaded and self.training_id and self._update_in_place(changes):
            return
        super()._on_changed(changes)

    def _update_in_place(self, changes: Changes) -> bool:
        if changes.kinds != frozenset({"attendance"}) or not changes.ids:
            return False
        rows = attendance.participant_rows(self.session.db, changes.ids)
        if len(rows) != len(changes.ids) or self.model.update_rows(rows):
            return False  # someone added or removed: a full reload
        self.trainings.refresh()  # the count of those present
        self._show_counts()
        return True

    def new_record(self) -> RecordForm:
        """Ctrl+N: a new training session."""
        return self.trainings.new_record()

    def focus_search(self) -> None:
        """Ctrl+F: the name filter when working on the attendance, else the sessions."""
        focus = self.focusWidget()
        if focus is not None and self.lower.isAncestorOf(focus) and self.name_filter.isEnabled():
            self.name_filter.setFocus()
            self.name_filter.selectAll()
        else:
            self.trainings.focus_search()

    # --- the session's attendance ----------------------------------------------------
    def _on_training_selected(self, training_id: str) -> None:
        if training_id != self.training_id:  # a refresh reselecting it reloads nothing
            self.show_training(training_id)

    def show_training(self, training_id: str) -> None:
        """Show the bridge points and attendance of one session (the same session
        reloaded keeps the chosen bridge point and the current person)."""
        same = training_id == self.training_id
        current = self.current_participant() if same else None
        self.training_id = training_id
        training = records.get(self.session.db, "training", training_id)
        self.training_label.setText(training.get("title") or "")
        point = self.point.currentData() if same else None
        self.point.blockSignals(True)
        self.point.clear()
        self.point.addItem(self.tr("All bridge points"), None)
        for bp in training.get("bridge_points") or []:
            self.point.addItem(bp["name"], bp["id"])
        self.point.setCurrentIndex(max(0, self.point.findData(point)) if point else 0)
        self.point.blockSignals(False)
        if not same:
            self.name_filter.blockSignals(True)
            self.name_filter.clear()
            self.name_filter.blockSignals(False)
        for w in (self.point, self.name_filter, self.add_button, self.sheet_button,
                  *self.mark_buttons.values()):
            w.setEnabled(True)
        self.model.set_rows(attendance.participants(self.session.db, training_id))
        self.apply_filter(current)

    def fill_attendance(self) -> None:
        """Reload the session's participants (after an import, say)."""
        if self.training_id:
            self.show_training(self.training_id)

    def apply_filter(self, keep: str | None = None) -> None:
        """Show the chosen bridge point's participants whose name matches the filter."""
        keep = keep or self.current_participant()
        self.model.set_filter(self.point.currentData(), self.name_filter.text())
        line = self.model.line_of(keep) if keep else -1
        if line < 0 and self.model.rowCount():
            line = 0
        if line >= 0:
            self.attendance.setCurrentIndex(self.model.index(line, 0))
        self._show_counts()

    def current_participant(self) -> str | None:
        """The id of the participant under the cursor."""
        index = self.attendance.currentIndex()
        return self.model.row(index.row())["id"] if index.isValid() else None

    def _show_counts(self) -> None:
        present, excused, everyone = self.model.counts()
        # "all present" for one bridge point, while someone there is marked absent
        self.all_present_button.setEnabled(bool(self.point.currentData())
                                           and everyone > present + excused)
        n = self.session.number
        text = self.tr("%1 of %2 present").replace("%1", n(present)).replace("%2", n(everyone))
        if excused:
            text += " · " + self.tr("%1 excused").replace("%1", n(excused))
        self.summary.setText(text)

    def _to_table(self) -> None:
        self.attendance.setFocus()
        if self.model.rowCount() and not self.attendance.currentIndex().isValid():
            self.attendance.setCurrentIndex(self.model.index(0, 0))

    # --- marking -------------------------------------------------------------------------
    def save_marks(self, ids: list[str], status: str) -> bool:
        """Save a status for participants; their rows repaint when the change comes back."""
        try:
            result = attendance.set_status(self.session.db, ids, status)
        except InputRefused as exc:
            messages.warn(self, self.tr("Attendance"), exc.message(self.session.lang))
            return False
        if result.changes:
            self.session.notify(result.changes)
        return True

    def _on_key_mark(self, line: int, status: str) -> None:
        """Space or 1/2/3 on a line: mark, then go to the next person."""
        wanted = status or self.model.wanted_on_toggle(line)
        if self.save_marks([self.model.row(line)["id"]], wanted):
            self.attendance.move_down(line)

    def set_present(self, line: int, present: bool) -> None:
        """Tick or untick one participant (as a click on the box does)."""
        index = self.model.index(line, 0)
        self.model.setData(index, Qt.CheckState.Checked if present else Qt.CheckState.Unchecked,
                           Qt.ItemDataRole.CheckStateRole)

    def mark_current(self, status: str) -> None:
        """The buttons under the list: mark the current person (the cursor stays)."""
        person = self.current_participant()
        if person:
            self.save_marks([person], status)
        self.attendance.setFocus()

    def all_present(self) -> bool:
        """Everyone at the chosen bridge point present (not those excused), after asking."""
        point = self.point.currentData()
        if not self.training_id or not point:
            return False
        here = [r for r in self.model.rows if r.get("bridge_point_id") == point]
        todo = sum(r["status"] == "absent" for r in here)
        excused = sum(r["status"] == "excused" for r in here)
        n = self.session.number
        text = self.tr("Mark %1 people at %2 present?").replace("%1", n(todo)) \
            .replace("%2", self.point.currentText())
        if excused:
            text += " " + self.tr("The %1 excused stay excused.").replace("%1", n(excused))
        if not todo or not messages.ask(self, self.tr("All present"), text):
            return False
        try:
            result = attendance.present_at(self.session.db, self.training_id, point)
        except InputRefused as exc:
            messages.warn(self, self.tr("Attendance"), exc.message(self.session.lang))
            return False
        self.session.notify(result.changes)
        return True

    # --- participants and sheets ----------------------------------------------------------
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
        """Open the import preview of `path`: the session comes from the sheet's title
        rows, or the dialog asks (offering the selected one)."""
        dialog = ImportDialog(self.session, "attendance", path, self.training_id, self)
        dialog.imported.connect(self._sheet_imported)
        dialog.setModal(True)
        dialog.show()
        dialog.start_preview()
        self.import_dialog = dialog
        return dialog

    def _sheet_imported(self, report: dict) -> None:
        """Show the session the sheet went into."""
        training_id = report.get("training_id")
        if training_id:
            self.trainings.refresh()
            self.trainings.select_id(training_id)
            self.show_training(training_id)

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
