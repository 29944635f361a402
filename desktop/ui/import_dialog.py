"""Import preview: what a sign-up sheet (or a list) would add, and why rows are refused.

The check is a dry run of the import service in a background task; the real import
runs only when every row is accepted (the service imports all rows or none).
"""

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout)

from desktop.services.imports import import_file
from desktop.ui import messages
from desktop.ui.tasks import error_text


class ImportDialog(QDialog):
    """Preview, then import, one file as records of `kind`."""

    imported = Signal(dict)
    previewed = Signal(dict)

    def __init__(self, session, kind: str, path: str | Path, training: str | None = None,
                 parent=None):
        super().__init__(parent)
        self.session = session
        self.kind = kind
        self.path = Path(path)
        self.training = training
        self.preview: dict | None = None
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import %1").replace("%1", self.path.name))
        self.summary = QLabel(self.tr("Checking the file…"), self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.errors = QTableWidget(0, 3, self)
        self.errors.setObjectName("importErrors")
        self.errors.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"),
                                               self.tr("Why it is refused")])
        self.errors.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.errors.verticalHeader().hide()
        self.errors.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(self.errors, 1)
        lay.addWidget(buttons)
        self.resize(760, 460)
        self.task = None

    def start_preview(self):
        """Check the file in the background (a dry run); returns the task."""
        kind, path, training, lang = self.kind, self.path, self.training, self.session.lang
        self.task = self.session.tasks.run(
            self, self.tr("Checking the file…"),
            lambda db, progress, cancelled: import_file(
                db, kind, path, dry_run=True, training=training, lang=lang,
                progress=progress).as_dict(),
            self._show_preview, self._failed)
        return self.task

    def _show_preview(self, report: dict) -> None:
        self.preview = report
        errors = report["errors"]
        n = self.session.number
        text = self.tr("%1 rows read; %2 would be added; %3 already recorded.") \
            .replace("%1", n(report["rows"])).replace("%2", n(report["would_create"])) \
            .replace("%3", n(report["skipped_existing"]))
        if report.get("created_hamlets"):
            text += "\n" + self.tr("New hamlets: %1").replace("%1", ", ".join(report["created_hamlets"]))
        if report.get("created_bridge_points"):
            text += "\n" + self.tr("New bridge points: %1").replace(
                "%1", ", ".join(report["created_bridge_points"]))
        if errors:
            text += "\n" + self.tr("%1 rows are refused. Nothing will be imported until they "
                                   "are corrected in the file.").replace("%1", n(len(errors)))
        self.summary.setText(text)
        self.errors.setRowCount(len(errors))
        for i, err in enumerate(errors):
            for col, value in enumerate((str(err["row"]), err["column"] or "", err["message"])):
                self.errors.setItem(i, col, QTableWidgetItem(value))
        self.import_button.setEnabled(not errors and report["would_create"] > 0)
        self.previewed.emit(report)

    def _failed(self, exc) -> None:
        self.summary.setText(error_text(exc, self.session.lang))
        self.import_button.setEnabled(False)
        self.previewed.emit({"ok": False, "errors": [], "failed": True})

    def run_import(self) -> None:
        """Import for real, in the background."""
        kind, path, training, lang = self.kind, self.path, self.training, self.session.lang
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
