"""Import preview: the file's first rows under its columns (and the field each fills),
the rows it will refuse or leave out and why, and for a sign-up sheet the session it
goes into, with a warning when the sheet is dated another day.

The check is a dry run of the import service in a background task; the real import
runs only when every row is accepted (the service imports all rows or none).
"""

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHeaderView,
                               QLabel, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout)

from desktop.domain.dates import format_date
from desktop.domain.errors import InputRefused
from desktop.domain.labels import field_label
from desktop.services.imports import import_file
from desktop.services.queries import list_records
from desktop.ui import messages
from desktop.ui.tasks import error_text

FROM_SHEET = ""  # the session chooser's item for "the session the title rows name"
SESSIONS_OFFERED = 200


def _when(starts_at: str | None) -> str:
    """"15/03/2026 08:00" from "2026-03-15T08:00"."""
    if not starts_at:
        return ""
    return f"{format_date(starts_at[:10])} {starts_at[11:16]}".strip()


def preview(db, kind: str, path: Path, training: str | None, fallback: str | None,
            lang: str, progress) -> dict:
    """A dry run of the import (in the worker). A sheet that names no session is
    checked against `fallback` (the session selected on the page), if any, and says so
    ("no_session_in_sheet"); without one it comes back asking for a session."""
    try:
        return import_file(db, kind, path, dry_run=True, training=training, lang=lang,
                           progress=progress).as_dict()
    except InputRefused as exc:
        if training or not any(p.code == "training_required" for p in exc.problems):
            raise
    if fallback is None:
        return {"needs_session": True}
    report = import_file(db, kind, path, dry_run=True, training=fallback, lang=lang,
                         progress=progress).as_dict()
    return {**report, "no_session_in_sheet": True}


class ImportDialog(QDialog):
    """Preview, then import, one file as records of `kind`. For attendance, `training`
    is the session selected on the page: used when the sheet's title rows name none."""

    imported = Signal(dict)
    previewed = Signal(dict)

    def __init__(self, session, kind: str, path: str | Path, training: str | None = None,
                 parent=None):
        super().__init__(parent)
        self.session = session
        self.kind = kind
        self.path = Path(path)
        self.fallback = training
        self.choice: str | None = None  # None: the session the sheet's title rows name
        self.preview: dict | None = None
        self._generation = 0
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import %1").replace("%1", self.path.name))
        self.summary = QLabel(self.tr("Checking the file…"), self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.sessions = QComboBox(self)
        self.sessions.setObjectName("importSession")
        self.sessions.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.sessions.setMinimumContentsLength(40)
        self.date_warning = QLabel(self)
        self.date_warning.setObjectName("dateWarning")
        self.date_warning.setProperty("warning", True)
        self.date_warning.setWordWrap(True)
        self.date_warning.hide()
        self.sample = QTableWidget(0, 0, self)
        self.sample.setObjectName("importSample")
        self.sample.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.sample.setWordWrap(False)
        self.errors = QTableWidget(0, 4, self)
        self.errors.setObjectName("importErrors")
        self.errors.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"),
                                               self.tr("What happens"), self.tr("Why")])
        header = self.errors.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.errors.verticalHeader().hide()
        self.errors.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.errors_label = QLabel(self.tr("Rows refused or left out"), self)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        if kind == "attendance":
            form = QFormLayout()
            form.addRow(self.tr("Training session"), self.sessions)
            lay.addLayout(form)
            lay.addWidget(self.date_warning)
            self._fill_sessions()
            self.sessions.currentIndexChanged.connect(self._session_chosen)
        else:
            self.sessions.hide()
        lay.addWidget(self.summary)
        lay.addWidget(QLabel(self.tr("First rows, under the file's columns and the field each "
                                     "fills"), self))
        lay.addWidget(self.sample, 3)
        lay.addWidget(self.errors_label)
        lay.addWidget(self.errors, 2)
        lay.addWidget(buttons)
        self._fit_to_screen()
        self.task = None

    def _fit_to_screen(self) -> None:
        """Wide enough for a sheet's columns, tall enough for the first rows and the
        refused ones, at any text size, and never beyond the window (or the screen)."""
        metrics = self.fontMetrics()
        width, height = metrics.averageCharWidth() * 130, metrics.lineSpacing() * 36
        parent = self.parentWidget()
        room = parent.window().size() if parent is not None else \
            self.screen().availableGeometry().size()
        self.resize(min(width, room.width() * 95 // 100), min(height, room.height() * 92 // 100))

    # --- the session a sheet goes into ---------------------------------------------------
    def _fill_sessions(self) -> None:
        self.sessions.blockSignals(True)
        self.sessions.addItem(self.tr("A new session, from the sheet's title rows"), FROM_SHEET)
        for t in list_records(self.session.db, "training", limit=SESSIONS_OFFERED):
            self.sessions.addItem(f"{_when(t['starts_at'])} — {t['title']}", t["id"])
        self.sessions.setCurrentIndex(0)
        self.sessions.blockSignals(False)

    def _select_session(self, training_id: str | None) -> None:
        self.sessions.blockSignals(True)
        self.sessions.setCurrentIndex(max(0, self.sessions.findData(training_id or FROM_SHEET)))
        self.sessions.blockSignals(False)

    def _session_chosen(self, _index: int) -> None:
        self.choice = self.sessions.currentData() or None
        self.start_preview()

    # --- the check -----------------------------------------------------------------------
    def start_preview(self):
        """Check the file in the background (a dry run); returns the task. A result
        that comes back after another check was started is dropped."""
        self._generation += 1
        generation = self._generation
        kind, path, lang = self.kind, self.path, self.session.lang
        training, fallback = self.choice, self.fallback if self.choice is None else None
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Checking the file…"))
        self.task = self.session.tasks.run(
            self, self.tr("Checking the file…"),
            lambda db, progress, cancelled: preview(db, kind, path, training, fallback, lang,
                                                    progress),
            lambda report: generation == self._generation and self._show_preview(report),
            lambda exc: generation == self._generation and self._failed(exc))
        return self.task

    def _show_preview(self, report: dict) -> None:
        self.preview = report
        if report.get("needs_session"):
            self._ask_for_session()
            self.previewed.emit(report)
            return
        lines = [self._session_line(report)] if self.kind == "attendance" else []
        lines += self._summary_lines(report)
        self.summary.setText("\n".join(line for line in lines if line))
        self._show_date_warning(report)
        self._fill_sample(report)
        self._fill_problems(report)
        self.import_button.setEnabled(not report["errors"] and report["would_create"] > 0)
        self.previewed.emit(report)

    def _ask_for_session(self) -> None:
        self.summary.setText(self.tr("The sheet's title rows name no training session. Choose "
                                     "the session it belongs to above."))
        self.sessions.setItemText(0, self.tr("Choose the session…"))
        self.date_warning.hide()
        self.sample.setRowCount(0)
        self.errors.setRowCount(0)
        self.sessions.setFocus()

    def _session_line(self, report: dict) -> str:
        training = report.get("training") or {}
        when = _when(training.get("starts_at"))
        if training.get("created"):
            self.sessions.setItemText(0, self.tr("A new session: %1, %2")
                                      .replace("%1", training["title"]).replace("%2", when))
            return self.tr("A new session is made from the sheet's title rows: %1, %2.") \
                .replace("%1", training["title"]).replace("%2", when)
        self.choice = report["training_id"]
        self._select_session(report["training_id"])
        if report.get("no_session_in_sheet"):
            self.sessions.setItemText(0, self.tr("(the sheet names no session)"))
            return self.tr("The sheet's title rows name no session: it goes into the session "
                           "selected, %1, %2. Choose another above if it belongs elsewhere.") \
                .replace("%1", training.get("title") or "").replace("%2", when)
        return self.tr("Into the session %1, %2.").replace("%1", training.get("title") or "") \
            .replace("%2", when)

    def _summary_lines(self, report: dict) -> list[str]:
        n = self.session.number
        lines = [self.tr("%1 rows read; %2 would be added; %3 already recorded.")
                 .replace("%1", n(report["rows"])).replace("%2", n(report["would_create"]))
                 .replace("%3", n(report["skipped_existing"]))]
        if report.get("created_hamlets"):
            lines.append(self.tr("New hamlets: %1").replace("%1", ", ".join(report["created_hamlets"])))
        if report.get("created_bridge_points"):
            lines.append(self.tr("New bridge points: %1").replace(
                "%1", ", ".join(report["created_bridge_points"])))
        if report.get("matched_bridge_points"):
            pairs = "; ".join(f"{m['written']} → {m['recorded']}"
                              for m in report["matched_bridge_points"])
            lines.append(self.tr("Bridge points matched to recorded ones: %1").replace("%1", pairs))
        if report.get("possible_duplicates"):
            lines.append(self.tr("%1 rows may be people already recorded: they are added as "
                                 "new people, check them below.")
                         .replace("%1", n(len(report["possible_duplicates"]))))
        if report["errors"]:
            lines.append(self.tr("%1 rows are refused. Nothing will be imported until they are "
                                 "corrected in the file.")
                         .replace("%1", n(len({e["row"] for e in report["errors"]}))))
        return lines

    def _show_date_warning(self, report: dict) -> None:
        differs = bool(report.get("date_differs"))
        if differs:
            self.date_warning.setText(
                self.tr("The sheet is dated %1 but the session is on %2. Check that this is "
                        "the right session before importing.")
                .replace("%1", format_date(report["sheet_date"]))
                .replace("%2", format_date((report.get("training") or {}).get("starts_at", "")[:10])))
        self.date_warning.setVisible(differs)

    def _fill_sample(self, report: dict) -> None:
        columns = report.get("columns") or []
        lang = self.session.lang
        headers = []
        for col in columns:
            target = field_label(col["field"], lang) if col["field"] else self.tr("not imported")
            headers.append(f"{col['column']}\n→ {target}" if col["field"]
                           else f"{col['column']}\n({target})")
        sample = report.get("sample") or []
        self.sample.clear()
        self.sample.setColumnCount(len(headers))
        self.sample.setHorizontalHeaderLabels(headers)
        self.sample.setRowCount(len(sample))
        self.sample.setVerticalHeaderLabels([str(s["row"]) for s in sample])
        for i, row in enumerate(sample):
            for j, text in enumerate(row["cells"][:len(headers)]):
                self.sample.setItem(i, j, QTableWidgetItem(text))
        self.sample.resizeColumnsToContents()
        header = self.sample.horizontalHeader()
        for j in range(len(headers)):
            header.resizeSection(j, min(header.sectionSize(j), 260))

    def _fill_problems(self, report: dict) -> None:
        refused, skipped, possible = self.tr("Refused"), self.tr("Left out"), \
            self.tr("Added, may be a duplicate")
        rows = [(e["row"], e["column"] or "", refused, e["message"]) for e in report["errors"]]
        rows += [(s["row"], "", skipped, s["message"]) for s in report.get("skipped") or []]
        rows += [(p["row"], "", possible, self.tr("%1 may be %2, already recorded.")
                  .replace("%1", p["name"] or "").replace("%2", p["resembles"]))
                 for p in report.get("possible_duplicates") or []]
        rows.sort(key=lambda r: r[0])
        self.errors.setRowCount(len(rows))
        for i, row in enumerate(rows):
            for col, value in enumerate((str(row[0]), *row[1:])):
                self.errors.setItem(i, col, QTableWidgetItem(value))
        self.errors_label.setText(self.tr("Rows refused or left out: %1")
                                  .replace("%1", self.session.number(len(rows))))

    def _failed(self, exc) -> None:
        self.summary.setText(error_text(exc, self.session.lang))
        self.import_button.setEnabled(False)
        self.previewed.emit({"ok": False, "errors": [], "failed": True})

    # --- the import ----------------------------------------------------------------------
    def run_import(self) -> None:
        """Import for real, in the background (after asking, if the dates differ)."""
        report = self.preview or {}
        if report.get("date_differs") and not messages.ask(
                self, self.tr("Import"), self.date_warning.text() + "\n\n"
                + self.tr("Import into this session anyway?")):
            return
        kind, path, training, lang = self.kind, self.path, self.choice, self.session.lang
        self.import_button.setEnabled(False)
        self.task = self.session.tasks.run(
            self, self.tr("Importing…"),
            lambda db, progress, cancelled: import_file(
                db, kind, path, training=training, lang=lang, progress=progress),
            self._done, self._failed)

    def _done(self, result) -> None:
        report = result.as_dict()
        self.session.notify(result.changes)
        if report["errors"]:
            self._show_preview(report)
            return
        messages.info(self, self.tr("Import"), self.tr("%1 records imported.")
                      .replace("%1", self.session.number(report["created"])))
        self.imported.emit(report)
        self.accept()
