"""Sync: export a bundle for the hub (to a folder or USB stick), import bundles (files,
or a folder dropped on the page) with a result per bundle, the hub key, and the
conflicts and duplicate-CCCD queues to review.
"""

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (QComboBox, QFileDialog, QGroupBox, QHBoxLayout, QHeaderView,
                               QLabel, QPushButton, QTableWidget, QTableWidgetItem, QTabWidget,
                               QVBoxLayout, QWidget)

from desktop.domain.errors import InputRefused
from desktop.domain.units import find_commune
from desktop.services.changes import Changes
from desktop.services.history import last_bundle_export
from desktop.ui import messages
from desktop.ui.hub_key import HubKeyCheck
from desktop.ui.record_page import Page, page_title
from desktop.ui.tasks import error_text

try:  # the sync package may be left out of a slimmed build
    from desktop.sync import conflicts, duplicates, exporter, importer, trust
    SYNC_READY = True
except ImportError:  # pragma: no cover
    SYNC_READY = False

BUNDLE_SUFFIX = ".xaso"


def export_work(out: Path):
    """Work for a task: export this laptop's changes to `out`."""
    return lambda db, progress, cancelled: exporter.export_bundle(db, out)


def import_work(paths: list[Path]):
    """Work for a task: import each bundle; one result (or refusal) per file."""
    def work(db, progress, cancelled):
        """Runs in the worker: each file merged in its own transaction."""
        results = []
        for done, path in enumerate(paths, 1):
            if cancelled():
                break
            try:
                results.append(importer.import_bundle(db, importer.read_file(path), path.name))
            except InputRefused as exc:
                results.append({"file": path.name, "status": "refused", "error": exc})
            progress(done, len(paths))
        return results
    return work


def local_time(when) -> str:
    """A UTC time (datetime or ISO text) as this computer's dd/MM/yyyy hh:mm."""
    if isinstance(when, str):
        when = dt.datetime.fromisoformat(when)
    return when.astimezone().strftime("%d/%m/%Y %H:%M")


def bundle_files(paths: list[str | Path]) -> list[Path]:
    """Bundle files among `paths`; folders are searched (a USB stick dropped whole)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(p.rglob(f"*{BUNDLE_SUFFIX}")))
        elif p.is_file():
            out.append(p)
    return out


class SyncPage(Page):
    """Bundles in and out, and the review queues."""

    key = "sync"

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self.setAcceptDrops(True)
        self.export_button = QPushButton(self.tr("Export bundle for the hub…"), self)
        self.export_button.setObjectName("exportBundle")
        self.import_button = QPushButton(self.tr("Import bundles…"), self)
        self.import_button.setObjectName("importBundles")
        self.hub_key_button = QPushButton(self.tr("Import the hub key…"), self)
        self.export_key_button = QPushButton(self.tr("Save this hub's key…"), self)
        self.export_button.clicked.connect(self.choose_export)
        self.import_button.clicked.connect(self.choose_import)
        self.hub_key_button.clicked.connect(self.choose_hub_key)
        self.export_key_button.clicked.connect(self.save_hub_key)
        self.reference_commune = QComboBox(self)
        self.reference_commune.setObjectName("referenceCommune")
        self.reference_commune.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.reference_button = QPushButton(self.tr("Export reference bundle for the commune…"),
                                            self)
        self.reference_button.setObjectName("exportReference")
        self.reference_button.clicked.connect(self.choose_reference_export)
        self.state = QLabel(self)
        self.state.setObjectName("syncState")
        self.state.setWordWrap(True)
        # a hub key file is shown with its fingerprint and trusted only on "Khớp"
        self.hub_key_check = HubKeyCheck(session.lang, self)
        self.hub_key_check.setObjectName("hubKeyCheck")
        self.hub_key_check.hide()
        self.hub_key_check.decided.connect(self._hub_key_decided)
        drop = QLabel(self.tr("Or drop bundle files or a whole folder (USB stick) here."), self)
        buttons = QHBoxLayout()
        for b in (self.export_button, self.import_button, self.hub_key_button,
                  self.export_key_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        reference = QHBoxLayout()
        reference.addWidget(self.reference_commune)
        reference.addWidget(self.reference_button)
        reference.addStretch(1)
        self.reference_row = reference
        self.results = self._table("bundleResults", [self.tr("File"), self.tr("Result"),
                                                     self.tr("Commune"), self.tr("New"),
                                                     self.tr("Updated"), self.tr("Conflicts")])
        self.conflicts = self._table("conflicts", [self.tr("When"), self.tr("Table"),
                                                   self.tr("Field"), self.tr("Kept"),
                                                   self.tr("Lost")])
        dup_box = QWidget(self)
        self.duplicates = self._table("duplicates", [self.tr("Resident A"), self.tr("Resident B"),
                                                     self.tr("CCCD"), self.tr("Status")])
        self.keep_a = QPushButton(self.tr("Same person: keep A"), dup_box)
        self.keep_b = QPushButton(self.tr("Same person: keep B"), dup_box)
        self.different = QPushButton(self.tr("Different people"), dup_box)
        self.keep_a.clicked.connect(lambda: self.resolve_duplicate("a"))
        self.keep_b.clicked.connect(lambda: self.resolve_duplicate("b"))
        self.different.clicked.connect(lambda: self.resolve_duplicate("different"))
        dup_lay = QVBoxLayout(dup_box)
        dup_lay.setContentsMargins(0, 0, 0, 0)
        dup_lay.addWidget(self.duplicates, 1)
        row = QHBoxLayout()
        for b in (self.keep_a, self.keep_b, self.different):
            row.addWidget(b)
        row.addStretch(1)
        dup_lay.addLayout(row)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.results, self.tr("Imported bundles"))
        self.tabs.addTab(self.conflicts, self.tr("Conflicts"))
        self.tabs.addTab(dup_box, self.tr("Duplicate CCCD"))
        box = QGroupBox(self.tr("Bundles"), self)
        box_lay = QVBoxLayout(box)
        box_lay.addLayout(buttons)
        box_lay.addLayout(reference)
        box_lay.addWidget(self.hub_key_check)
        box_lay.addWidget(drop)
        box_lay.addWidget(self.state)
        lay = QVBoxLayout(self)
        lay.addWidget(page_title(self.title(), self))
        lay.addWidget(box)
        lay.addWidget(self.tabs, 1)
        self.task = None
        self._duplicate_rows: list[dict] = []

    def _table(self, name: str, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers), self)
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        return table

    def title(self) -> str:
        """Name in the navigation list."""
        return self.tr("Sync")

    def load(self) -> None:
        """Show the state and the queues."""
        self.refresh()

    def refresh(self) -> None:
        """Reload the state line and the queues."""
        if not SYNC_READY:
            self.state.setText(self.tr("Sync is not ready yet (chưa sẵn sàng)."))
            for b in (self.export_button, self.import_button, self.hub_key_button):
                b.setEnabled(False)
            return
        is_hub = self.session.setup().get("role") == "hub"
        self.export_button.setVisible(not is_hub)
        self.hub_key_button.setVisible(not is_hub)
        self.export_key_button.setVisible(is_hub)
        self.reference_commune.setVisible(is_hub)
        self.reference_button.setVisible(is_hub)
        if is_hub:
            self._fill_reference_communes()
        hub = None if is_hub else trust.current_hub(self.session.db.conn)
        last = self.last_export_text()
        if is_hub:
            text = self.tr("This computer is a hub: import the communes' bundles.")
        elif hub is None:
            text = self.tr("No hub key yet: import the key file your district or province sent.")
            self.export_button.setEnabled(False)
        else:
            text = self.tr("Bundles go to: %1.").replace("%1", hub.get("device_name") or "")
            self.export_button.setEnabled(True)
        if last:
            text += " " + self.tr("Last bundle exported: %1.").replace("%1", last)
        self.state.setText(text)
        if not getattr(self, "last_results", None):
            self._fill_results(importer.import_history(self.session.db))
        self._fill_conflicts()
        self._fill_duplicates()

    def last_export_text(self) -> str | None:
        """When the last bundle was exported, as dd/MM/yyyy hh:mm (None if never)."""
        when = last_bundle_export(self.session.db)
        return local_time(when) if when else None

    # --- export --------------------------------------------------------------------
    def choose_export(self) -> None:
        """Pick a folder (a USB stick) and export there."""
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export the bundle to"))
        if folder:
            self.export_to(Path(folder))

    def export_to(self, folder: Path):
        """Export a bundle into `folder` in the background; returns the task."""
        if not self.permitted("bundle_export"):
            return None
        self.task = self.session.tasks.run(
            self, self.tr("Exporting the bundle…"),
            export_work(folder), self._exported, self._failed)
        return self.task

    def _exported(self, summary: dict) -> None:
        self.session.notify(Changes())  # records unchanged: the status bar's last bundle
        self.refresh()
        self.state.setText(self.tr("Bundle saved: %1 (%2 rows).")
                           .replace("%1", summary.get("path", "")).replace(
                               "%2", self.session.number(summary.get("rows", 0))))
        self.last_summary = summary

    def _fill_reference_communes(self) -> None:
        current = self.reference_commune.currentData()
        self.reference_commune.clear()
        codes = sorted({d["commune_code"] for d in trust.list_trust(self.session.db)
                        if d["role"] == "device" and d["commune_code"] and d["status"] == "trusted"})
        for code in codes:
            commune = find_commune(code)
            self.reference_commune.addItem(f"{commune.name} ({code})" if commune else code, code)
        self.reference_commune.setCurrentIndex(max(0, self.reference_commune.findData(current)))
        self.reference_button.setEnabled(bool(codes))

    def choose_reference_export(self) -> None:
        """On a hub: pick a folder and export the chosen commune's reference bundle."""
        code = self.reference_commune.currentData()
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export the bundle to"))
        if code and folder:
            self.export_reference_to(code, Path(folder))

    def export_reference_to(self, code: str, folder: Path):
        """Export the trainings, targets and records the hub holds for commune `code`."""
        if not self.permitted("bundle_export"):
            return None
        self.task = self.session.tasks.run(
            self, self.tr("Exporting the bundle…"),
            lambda db, p, c: exporter.export_reference(db, code, folder),
            self._exported, self._failed)
        return self.task

    # --- import ----------------------------------------------------------------------
    def choose_import(self) -> None:
        """Pick bundle files to import."""
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Import bundles"), "",
                                                self.tr("Xã Số bundles (*.xaso);;All files (*)"))
        if paths:
            self.import_paths(paths)

    def import_paths(self, paths):
        """Import the bundles in `paths` (files or folders) in the background."""
        if not self.permitted("bundle_import"):
            return None
        files = bundle_files(paths)
        if not files:
            self.state.setText(self.tr("No bundle files found."))
            return None
        self.task = self.session.tasks.run(
            self, self.tr("Importing bundles…"),
            import_work(files), self._imported, self._failed)
        return self.task

    def _imported(self, results: list[dict]) -> None:
        self._fill_results(results)
        self.tabs.setCurrentIndex(0)
        self.last_results = results
        self.session.notify()  # a merge may touch any kind
        self.refresh()

    def _fill_results(self, results: list[dict]) -> None:
        """One row per bundle: this session's imports, or the ones merged before."""
        lang = self.session.lang
        status_text = {"imported": self.tr("Imported"),
                       "already_imported": self.tr("Already imported"),
                       "refused": self.tr("Refused")}
        self.results.setRowCount(len(results))
        for i, r in enumerate(results):
            totals = r.get("totals") or {}
            result = status_text.get(r["status"], r["status"])
            if r.get("error") is not None:
                result += ": " + error_text(r["error"], lang)
            name = r.get("file", "")
            if r.get("imported_at"):
                name = f"{local_time(r['imported_at'])} · {name}"
            code = r.get("commune_code") or ""
            commune = find_commune(code) if code.isdigit() else None
            values = (name, result, f"{commune.name} ({code})" if commune else code,
                      self.session.number(totals.get("new", 0) or 0),
                      self.session.number(totals.get("updated", 0) or 0),
                      self.session.number(totals.get("conflicting", 0) or 0))
            for col, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                item.setToolTip(str(value))
                self.results.setItem(i, col, item)

    def _failed(self, exc) -> None:
        self.state.setText(error_text(exc, self.session.lang))

    # --- keys --------------------------------------------------------------------
    def choose_hub_key(self) -> None:
        """Import the hub's key file (commune laptops)."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import the hub key"), "",
                                              self.tr("Hub key (*.json *.key);;All files (*)"))
        if path:
            self.import_hub_key(Path(path))

    def import_hub_key(self, path: Path) -> bool:
        """Show the hub key in `path` with its fingerprint, to compare by phone. Nothing
        is trusted until the person answers "Khớp" (`_hub_key_decided`). False when
        the file is not a hub key (the reason is shown in its place)."""
        if not self.permitted("trust"):
            return False
        self.hub_key_check.show()
        return self.hub_key_check.load(path)

    def _hub_key_decided(self, matches: bool) -> None:
        check = self.hub_key_check
        if not matches:
            check.state.setText(self.tr("Does not match: the key is not trusted. Tell the "
                                        "province IT now."))
            return
        try:
            key = trust.import_hub_key(self.session.db, check.path,
                                       fingerprint=check.key["fingerprint"])
        except InputRefused as exc:  # the file changed since it was compared, or
            check.state.setText(exc.message(self.session.lang))  # another commune's
            return
        check.state.setText(self.tr("Hub %1 trusted: bundles can be exported for it.")
                            .replace("%1", key.get("name") or ""))
        self.refresh()

    def save_hub_key(self) -> None:
        """On a hub: save the key file the communes import."""
        if not self.permitted("trust"):
            return None
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save this hub's key"),
                                              str(Path.home() / "khoa-tram.json"),
                                              self.tr("Hub key (*.json)"))
        if path:
            trust.export_hub_key(self.session.db, Path(path))
            self.state.setText(self.tr("Hub key saved: %1").replace("%1", path))

    # --- queues ----------------------------------------------------------------------
    def _fill_conflicts(self) -> None:
        rows = conflicts.list_conflicts(self.session.db, limit=500)
        self.conflicts.setRowCount(len(rows))
        for i, r in enumerate(rows):
            for col, value in enumerate((r["at"], r["table_name"], r["field"], r["kept_value"],
                                         r["lost_value"])):
                self.conflicts.setItem(i, col, QTableWidgetItem("" if value is None else str(value)))

    def _fill_duplicates(self) -> None:
        rows = duplicates.list_duplicates(self.session.db)
        self._duplicate_rows = rows
        self.duplicates.setRowCount(len(rows))
        for i, r in enumerate(rows):
            a, b = r["a"], r["b"]
            values = (f"{a.get('full_name') or ''} ({a.get('birth_year') or ''})",
                      f"{b.get('full_name') or ''} ({b.get('birth_year') or ''})",
                      a.get("cccd") or "", r["status"])
            for col, value in enumerate(values):
                self.duplicates.setItem(i, col, QTableWidgetItem(value))
        has = bool(rows)
        for btn in (self.keep_a, self.keep_b, self.different):
            btn.setEnabled(has)
        self.tabs.setTabText(2, self.tr("Duplicate CCCD (%1)").replace("%1", str(len(rows))))

    def resolve_duplicate(self, how: str) -> None:
        """Resolve the selected duplicate pair."""
        row = self.duplicates.currentRow()
        if row < 0 or row >= len(self._duplicate_rows):
            return
        entry = self._duplicate_rows[row]
        try:
            if how == "different":
                duplicates.resolve(self.session.db, entry["id"], different=True)
            else:
                duplicates.resolve(self.session.db, entry["id"], keep=entry[how]["id"])
        except InputRefused as exc:
            messages.warn(self, self.tr("Duplicate CCCD"), exc.message(self.session.lang))
            return
        self.session.notify(Changes(frozenset({"resident"}), None))
        self.refresh()

    # --- drag and drop ---------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """Accept dropped files and folders."""
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """Import what was dropped."""
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.import_paths(paths)
            event.acceptProposedAction()
