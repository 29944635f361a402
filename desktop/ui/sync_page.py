"""Sync: export a bundle for the hub (to a folder or USB stick), import bundles (files,
or a folder dropped on the page) with a result per bundle, and the keys: a commune
imports the hub's key; a hub saves its key file for one commune (which enrolls that
commune's laptops) and approves or denies the laptops whose bundles it holds.

The conflicts and the duplicate-CCCD queue have pages of their own
(desktop/ui/review_pages.py); this page says how many wait there.
"""

from pathlib import Path

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPushButton, QSpinBox, QTableWidget,
                               QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from desktop.domain.dates import format_local_time
from desktop.domain.errors import InputRefused
from desktop.domain.text import search_key
from desktop.domain.units import communes_of, find_commune
from desktop.services.changes import Changes
from desktop.services.history import last_bundle_export
from desktop.ui import messages
from desktop.ui.hub_key import HubKeyCheck
from desktop.ui.record_page import Page, page_title
from desktop.ui.tasks import error_text

try:  # the sync package may be left out of a slimmed build
    from desktop.sync import conflicts, duplicates, exporter, importer, pending, trust
    from desktop.sync.enroll import DEFAULT_DAYS, MAX_DAYS
    from desktop.sync.inbox import BundleHeld
    SYNC_READY = True
except ImportError:  # pragma: no cover
    SYNC_READY = False

BUNDLE_SUFFIX = ".xaso"


def export_work(out: Path, split=None):
    """Work for a task: export this laptop's changes to `out` (in bundles of at most
    `split`, by default the exporter's)."""
    split = split or exporter.SPLIT
    return lambda db, progress, cancelled: exporter.export_bundle(db, out, split=split)


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
            except InputRefused as exc:  # held (a laptop not enrolled yet) or refused
                results.append({"file": path.name, "error": exc,
                                "status": "held" if isinstance(exc, BundleHeld) else "refused"})
            progress(done, len(paths))
        return results
    return work


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
        self.split = None  # how much one exported bundle holds: the exporter's own
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
        held_box = QWidget(self)
        self.held = self._table("heldDevices", [self.tr("Computer"), self.tr("Commune"),
                                                self.tr("Key fingerprint"),
                                                self.tr("Bundles held")])
        self.approve_button = QPushButton(self.tr("Approve this computer…"), held_box)
        self.approve_button.setObjectName("approveDevice")
        self.deny_button = QPushButton(self.tr("Deny"), held_box)
        self.deny_button.setObjectName("denyDevice")
        self.approve_button.clicked.connect(lambda: self.approve_selected())
        self.deny_button.clicked.connect(lambda: self.deny_selected())
        held_hint = QLabel(self.tr("Bundles from computers this hub has not enrolled wait here. "
                                   "Call the commune and compare the key fingerprint before "
                                   "approving: approved, the computer is enrolled for the "
                                   "commune it names and its bundles are merged; denied, its "
                                   "key is refused from now on."), held_box)
        held_hint.setWordWrap(True)
        held_lay = QVBoxLayout(held_box)
        held_lay.setContentsMargins(0, 0, 0, 0)
        held_lay.addWidget(held_hint)
        held_lay.addWidget(self.held, 1)
        row = QHBoxLayout()
        row.addWidget(self.approve_button)
        row.addWidget(self.deny_button)
        row.addStretch(1)
        held_lay.addLayout(row)
        self.held_box = held_box
        self.review = QLabel(self)
        self.review.setObjectName("reviewWaiting")
        self.review.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.results, self.tr("Imported bundles"))
        self.tabs.addTab(held_box, self.tr("Held bundles"))
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
        lay.addWidget(self.review)
        lay.addWidget(self.tabs, 1)
        self.task = None
        self._held_rows: list[dict] = []

    def _table(self, name: str, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers), self)
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        return table


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
        when = last_bundle_export(self.session.db)
        last = format_local_time(when) if when else None
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
        self._fill_held(is_hub)
        self._say_review()

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
            export_work(folder, self.split), self._exported, self._failed)
        return self.task

    def _exported(self, summary: dict) -> None:
        self.session.notify(Changes())  # records unchanged: the status bar's last bundle
        self.refresh()
        bundles = summary.get("bundles") or [summary]
        rows = self.session.number(summary.get("rows", 0))
        if len(bundles) > 1:  # past one bundle's size: the rest follow in sequence
            text = self.tr("%1 bundles saved in sequence in %2 (%3 rows): send them all "
                           "to the hub.").replace("%1", self.session.number(len(bundles)))
            text = text.replace("%3", rows).replace(
                "%2", str(Path(summary.get("path", "")).parent))
        else:
            text = self.tr("Bundle saved: %1 (%2 rows).").replace("%2", rows).replace(
                "%1", summary.get("path", ""))
        self.state.setText(text)
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
                       "held": self.tr("Held: waiting for the hub to approve the computer"),
                       "refused": self.tr("Refused")}
        self.results.setRowCount(len(results))
        for i, r in enumerate(results):
            totals = r.get("totals") or {}
            result = status_text.get(r["status"], r["status"])
            if r.get("error") is not None:
                result += ": " + error_text(r["error"], lang)
            name = r.get("file", "")
            if r.get("imported_at"):
                name = f"{format_local_time(r['imported_at'])} · {name}"
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
        width = self.fontMetrics().averageCharWidth()
        for col, chars in enumerate((34, 44, 22, 8, 10)):
            self.results.horizontalHeader().resizeSection(col, width * chars)

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

    def save_hub_key(self):
        """On a hub: the key file for one commune, which also enrolls that commune's
        laptops (`xaso hub-key export --commune`), or the plain key."""
        if not self.permitted("trust"):
            return None
        dialog = EnrollmentDialog(self.session, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        code, days = dialog.choice()
        name = f"khoa-tram-{code}.json" if code else "khoa-tram.json"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save this hub's key"),
                                              str(Path.home() / name), self.tr("Hub key (*.json)"))
        return self.save_hub_key_to(Path(path), code, days) if path else None

    def save_hub_key_to(self, path: Path, commune: str | None, days: int = 90) -> dict | None:
        """Write the hub's key file to `path`, enrolling `commune`'s laptops for `days`."""
        if not self.permitted("trust"):
            return None
        try:
            data = trust.export_hub_key(self.session.db, path, commune, days)
        except InputRefused as exc:
            messages.warn(self, self.tr("Hub key"), exc.message(self.session.lang))
            return None
        if commune:
            found = find_commune(commune)
            text = (self.tr("Hub key saved: %1. It enrolls the computers of %2 until %3: send "
                            "it to that commune only. Fingerprint: %4.")
                    .replace("%1", str(path)).replace("%2", found.name if found else commune)
                    .replace("%3", _day(data["enrollment"]["token"]["expires_at"]))
                    .replace("%4", data["fingerprint"]))
        else:
            text = (self.tr("Hub key saved: %1. Bundles of computers that import it wait here "
                            "for approval. Fingerprint: %2.")
                    .replace("%1", str(path)).replace("%2", data["fingerprint"]))
        self.state.setText(text)
        return data

    # --- held bundles (hub) -----------------------------------------------------------
    def _fill_held(self, is_hub: bool) -> None:
        rows = pending.pending_devices(self.session.db) if is_hub else []
        self._held_rows = rows
        self.tabs.setTabVisible(1, is_hub)
        self.held.setRowCount(len(rows))
        for i, r in enumerate(rows):
            code = r.get("commune_code") or ""
            commune = find_commune(code) if code.isdigit() else None
            values = (f"{r.get('device_name') or ''} ({r['device_id']})",
                      f"{commune.name} ({code})" if commune else code, r.get("fingerprint") or "",
                      self.session.number(r.get("held") or 0))
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.held.setItem(i, col, item)
        if rows and self.held.currentRow() < 0:
            self.held.selectRow(0)
        width = self.fontMetrics().averageCharWidth()
        for col, chars in enumerate((34, 30, 40)):
            self.held.horizontalHeader().resizeSection(col, width * chars)
        for b in (self.approve_button, self.deny_button):
            b.setEnabled(bool(rows))
        self.tabs.setTabText(1, self.tr("Held bundles (%1)").replace("%1", str(len(rows))))

    def _held_selected(self) -> dict | None:
        row = self.held.currentRow()
        return self._held_rows[row] if 0 <= row < len(self._held_rows) else None

    def approve_selected(self, confirm: bool = True):
        """Enroll the selected computer and merge its held bundles (in the background)."""
        device = self._held_selected()
        if device is None or not self.permitted("trust"):
            return None
        if confirm and not messages.ask(self, self.tr("Approve this computer"), self.tr(
                "Approve %1 for %2? Compare the fingerprint with the commune first:\n%3")
                .replace("%1", device.get("device_name") or device["device_id"])
                .replace("%2", device.get("commune_code") or "")
                .replace("%3", device.get("fingerprint") or "")):
            return None
        device_id = device["device_id"]
        self.task = self.session.tasks.run(
            self, self.tr("Importing bundles…"),
            lambda db, progress, cancelled: pending.approve(db, device_id),
            self._approved, self._failed)
        return self.task

    def _approved(self, result: dict) -> None:
        reports = [{**r, "status": r.get("status", "refused")} for r in result["bundles"]]
        self.last_results = reports
        self._fill_results(reports)
        self.state.setText(self.tr("Computer %1 approved; %2 bundles merged.")
                           .replace("%1", result.get("device_name") or result["device_id"])
                           .replace("%2", str(sum(r["status"] == "imported" for r in reports))))
        self.session.notify()  # its bundles may touch any kind
        self.refresh()

    def deny_selected(self, confirm: bool = True):
        """Refuse the selected computer: its key is refused and its held bundles dropped."""
        device = self._held_selected()
        if device is None or not self.permitted("trust"):
            return None
        if confirm and not messages.ask(self, self.tr("Deny"), self.tr(
                "Deny %1? Its held bundles are dropped and its key is refused from now on.")
                .replace("%1", device.get("device_name") or device["device_id"])):
            return None
        try:
            result = pending.deny(self.session.db, device["device_id"])
        except InputRefused as exc:
            messages.warn(self, self.tr("Deny"), exc.message(self.session.lang))
            return None
        self.state.setText(self.tr("Computer %1 denied; %2 held bundles dropped.")
                           .replace("%1", device.get("device_name") or device["device_id"])
                           .replace("%2", str(result["dropped"])))
        self.refresh()
        return result

    # --- what waits on the review pages ------------------------------------------------
    def _say_review(self) -> None:
        pairs = duplicates.count_open(self.session.db)
        waiting = conflicts.count_conflicts(self.session.db)
        self.review.setText(self.tr("To review: %1 conflicts (page Conflicts), %2 duplicate "
                                    "CCCD pairs (page Duplicates).")
                            .replace("%1", self.session.number(waiting))
                            .replace("%2", self.session.number(pairs)))
        self.review.setVisible(bool(pairs or waiting))

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


def _day(stamp: str) -> str:
    """An ISO time as dd/MM/yyyy (local)."""
    return format_local_time(stamp)[:10]


class EnrollmentDialog(QDialog):
    """Which commune the hub's key file enrolls (typed without diacritics), and for
    how many days; or the plain key, whose bundles wait for approval."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save this hub's key"))
        province = session.setup().get("province_code")
        self.communes = communes_of(province) if province else []
        intro = QLabel(self.tr("Each commune gets its own key file: it enrolls that commune's "
                               "computers, so their bundles are accepted without approval."),
                       self)
        intro.setWordWrap(True)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("communeFilter")
        self.filter.setPlaceholderText(self.tr("Type the commune's name, e.g. dinh cuong"))
        self.filter.textChanged.connect(self._fill)
        self.list = QListWidget(self)
        self.list.setObjectName("communeList")
        self.days = QSpinBox(self)
        self.days.setObjectName("enrollDays")
        self.days.setRange(1, MAX_DAYS)
        self.days.setValue(DEFAULT_DAYS)
        self.days.setSuffix(self.tr(" days"))
        self.plain = QPushButton(self.tr("Plain key (bundles wait for approval)"), self)
        self.plain.setObjectName("plainKey")
        self.plain.clicked.connect(self._plain)
        form = QFormLayout()
        form.addRow(self.tr("Commune"), self.filter)
        form.addRow("", self.list)
        form.addRow(self.tr("Enrolls for"), self.days)
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(self.tr("Save…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("enrollOk")
        buttons.addButton(self.plain, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(buttons)
        self._plain_chosen = False
        self._fill("")

    def _fill(self, text: str) -> None:
        key = search_key(text)
        self.list.clear()
        for c in self.communes:
            if key in search_key(c.name):
                item = QListWidgetItem(f"{c.name} ({c.code})")
                item.setData(256, c.code)
                self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.ok.setEnabled(self.list.count() > 0)

    def _plain(self) -> None:
        self._plain_chosen = True
        self.accept()

    def choice(self) -> tuple[str | None, int]:
        """(the commune code, or None for the plain key; the days it enrolls)."""
        item = self.list.currentItem()
        code = None if self._plain_chosen or item is None else item.data(256)
        return code, self.days.value()
