"""First run: choose the commune (or hub), name the device, add hamlets and the team,
name the administrator and their password (the recovery key is shown once at the
end), and offer demo data for training.
"""

import socket
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFileDialog, QFormLayout, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
                               QPushButton, QRadioButton, QTextEdit, QVBoxLayout, QWizard,
                               QWizardPage)

from desktop.domain.errors import InputRefused
from desktop.domain.team_lines import TeamLines, read_team_lines
from desktop.domain.text import search_key
from desktop.domain.units import all_provinces, communes_of
from desktop.services import records
from desktop.services.setup import init_commune, init_hub
from desktop.ui import messages
from desktop.ui.hub_key import HubKeyCheck
from desktop.ui.login import AdminFields, recovery_message

PAGE_ROLE, PAGE_COMMUNE, PAGE_HUB, PAGE_TEAM, PAGE_FINISH = range(5)


class RolePage(QWizardPage):
    """Commune laptop or merging hub."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to Xã Số"))
        self.setSubTitle(self.tr("Who will use this computer?"))
        self.commune = QRadioButton(self.tr("A commune, ward or special zone: record "
                                            "households, visits and trainings"), self)
        self.commune.setObjectName("roleCommune")
        self.hub = QRadioButton(self.tr("A hub (province or district IT): merge communes' bundles"),
                                self)
        self.hub.setObjectName("roleHub")
        self.commune.setChecked(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.commune)
        lay.addWidget(self.hub)
        lay.addStretch(1)

    def nextId(self) -> int:  # noqa: N802 (Qt API)
        """Commune or hub details next."""
        return PAGE_HUB if self.hub.isChecked() else PAGE_COMMUNE


def _device_default() -> str:
    try:
        return socket.gethostname() or "may-1"
    except OSError:
        return "may-1"


class CommunePage(QWizardPage):
    """Province, then the commune from the official list (type to filter)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Your commune"))
        self.setSubTitle(self.tr("Choose the province, then type part of the commune's name."))
        self.province = QComboBox(self)
        self.province.setObjectName("province")
        for p in all_provinces():
            self.province.addItem(p.name, p.code)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("communeFilter")
        self.filter.setPlaceholderText(self.tr("Type to filter, e.g. cuong gian"))
        self.communes = QListWidget(self)
        self.communes.setObjectName("communes")
        self.not_found = QLabel(self.tr("Not found. Check the province, or type fewer letters "
                                        "(no diacritics needed)."), self)
        self.not_found.setObjectName("fieldError")
        self.not_found.setWordWrap(True)
        self.not_found.hide()
        self.device = QLineEdit(_device_default(), self)
        self.device.setObjectName("deviceName")
        form = QFormLayout(self)
        form.addRow(self.tr("Province"), self.province)
        form.addRow(self.tr("Commune"), self.filter)
        form.addRow("", self.communes)
        form.addRow("", self.not_found)
        form.addRow(self.tr("Name of this computer"), self.device)
        self.province.currentIndexChanged.connect(self._fill)
        self.filter.textChanged.connect(self._apply_filter)
        self.communes.currentRowChanged.connect(lambda _r: self.completeChanged.emit())
        self._fill()

    def _fill(self) -> None:
        self.communes.clear()
        for c in communes_of(self.province.currentData()):
            item = QListWidgetItem(c.name)
            item.setData(Qt.ItemDataRole.UserRole, c.code)
            item.setData(Qt.ItemDataRole.UserRole + 1, search_key(c.name))
            self.communes.addItem(item)
        self._apply_filter()

    def _apply_filter(self) -> None:
        key = search_key(self.filter.text())
        first = None
        for i in range(self.communes.count()):
            item = self.communes.item(i)
            hidden = bool(key) and key not in item.data(Qt.ItemDataRole.UserRole + 1)
            item.setHidden(hidden)
            if not hidden and first is None:
                first = i
        if first is not None and (self.communes.currentItem() is None
                                  or self.communes.currentItem().isHidden()):
            self.communes.setCurrentRow(first)
        self.not_found.setVisible(first is None)
        self.completeChanged.emit()

    def commune_code(self) -> str | None:
        """The chosen commune's code."""
        item = self.communes.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item and not item.isHidden() else None

    def isComplete(self) -> bool:  # noqa: N802 (Qt API)
        """A commune and a device name are needed."""
        return bool(self.commune_code() and self.device.text().strip())

    def nextId(self) -> int:  # noqa: N802 (Qt API)
        """Hamlets and team next."""
        return PAGE_TEAM


class HubPage(QWizardPage):
    """The hub's name and, optionally, its province."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Your hub"))
        self.name = QLineEdit(self)
        self.name.setObjectName("hubName")
        self.province = QComboBox(self)
        self.province.setObjectName("hubProvince")
        self.province.addItem(self.tr("(several provinces)"), None)
        for p in all_provinces():
            self.province.addItem(p.name, p.code)
        self.device = QLineEdit(_device_default(), self)
        form = QFormLayout(self)
        form.addRow(self.tr("Hub name"), self.name)
        form.addRow(self.tr("Province"), self.province)
        form.addRow(self.tr("Name of this computer"), self.device)
        self.name.textChanged.connect(lambda _t: self.completeChanged.emit())

    def isComplete(self) -> bool:  # noqa: N802 (Qt API)
        """The hub needs a name."""
        return bool(self.name.text().strip())

    def nextId(self) -> int:  # noqa: N802 (Qt API)
        """Straight to the end: hubs have no hamlets."""
        return PAGE_FINISH


class TeamPage(QWizardPage):
    """Hamlets and team members, one per line (both can be added later too). Next
    checks every line as a save would, and marks the wrong ones here."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Hamlets and the community digital team"))
        self.setSubTitle(self.tr("One per line. You can add more later."))
        self.hamlets = QPlainTextEdit(self)
        self.hamlets.setObjectName("hamlets")
        self.hamlets.setPlaceholderText(self.tr("Tan Ninh\nDong Xuan"))
        self.hamlets.setTabChangesFocus(True)
        self.members = QPlainTextEdit(self)
        self.members.setObjectName("members")
        self.members.setPlaceholderText(self.tr("Nguyen Van An; Tan Ninh; 0912345678"))
        self.members.setTabChangesFocus(True)
        self.errors = {}
        for box, name in ((self.hamlets, "hamlets"), (self.members, "members")):
            label = QLabel(self)
            label.setObjectName("fieldError")
            label.setWordWrap(True)
            label.hide()
            self.errors[name] = label
            box.textChanged.connect(lambda b=box, n=name: self._clear_marks(b, n))
        self.members_file: str | None = None
        self.members_button = QPushButton(self.tr("Import team members from Excel/CSV…"), self)
        self.members_button.clicked.connect(self._choose_members)
        self.members_file_label = QLabel(self)
        self.members_file_label.setWordWrap(True)
        self.team = TeamLines()
        form = QFormLayout(self)
        form.addRow(self.tr("Hamlets"), self.hamlets)
        form.addRow("", self.errors["hamlets"])
        form.addRow(self.tr("Team members\n(name; hamlet; phone)"), self.members)
        form.addRow("", self.errors["members"])
        form.addRow("", self.members_button)
        form.addRow("", self.members_file_label)

    def _choose_members(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Team members"), "",
                                              self.tr("Spreadsheets (*.xlsx *.csv)"))
        if path:
            self.set_members_file(path)

    def set_members_file(self, path: str) -> None:
        """Import the team members (and their hamlets) from `path` when the wizard ends."""
        self.members_file = path
        self.members_file_label.setText(self.tr("Will import: %1").replace("%1", path))

    def validatePage(self) -> bool:  # noqa: N802 (Qt API)
        """Next: every typed line must be one a save accepts; wrong ones are marked."""
        wizard = self.wizard()
        today = wizard.session.clock.today()
        self.team = read_team_lines(self.hamlets.toPlainText(), self.members.toPlainText(),
                                    today)
        lang = wizard.session.lang
        first = None
        for name, box in (("hamlets", self.hamlets), ("members", self.members)):
            problems = self.team.of(name)
            self._mark(box, [p.line for p in problems])
            label = self.errors[name]
            label.setText("\n".join(
                self.tr("Line %1: %2").replace("%1", str(p.line))
                .replace("%2", " ".join(x.message(lang) for x in p.problems))
                for p in problems))
            label.setVisible(bool(problems))
            if problems and first is None:
                first = (box, problems[0].line)
        if first is not None:
            box, line = first
            box.setFocus()
            box.setTextCursor(QTextCursor(box.document().findBlockByNumber(line - 1)))
            return False
        return True

    def _mark(self, box: QPlainTextEdit, lines: list[int]) -> None:
        """Colour the wrong lines of a box (high contrast: dark red under yellow)."""
        contrast = self.wizard().session.settings.high_contrast
        marks = []
        for line in lines:
            mark = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setBackground(QColor("#6b0000" if contrast else "#fde2e2"))
            fmt.setProperty(QTextFormat.Property.FullWidthSelection, True)
            mark.format = fmt
            mark.cursor = QTextCursor(box.document().findBlockByNumber(line - 1))
            marks.append(mark)
        box.setExtraSelections(marks)
        box.setProperty("invalid", bool(lines))
        box.style().unpolish(box)
        box.style().polish(box)

    def _clear_marks(self, box: QPlainTextEdit, name: str) -> None:
        """Typing in a box takes its marks away (its line numbers may have moved)."""
        if box.extraSelections() or self.errors[name].isVisible():
            self._mark(box, [])
            self.errors[name].hide()

    def nextId(self) -> int:  # noqa: N802 (Qt API)
        """Then the demo-data offer."""
        return PAGE_FINISH


class FinishPage(QWizardPage):
    """Demo data offer and the hub key note."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Almost done"))
        self.demo = QCheckBox(self.tr("Fill this database with demo data for training "
                                      "(made-up households and visits)"), self)
        self.demo.setObjectName("demoData")
        self.hub_key_button = QPushButton(self.tr("Choose the hub's key file…"), self)
        self.hub_key_button.clicked.connect(self._choose_key)
        self.hub_key_label = QLabel(self.tr("The hub's key can also be imported later, on the "
                                            "Sync page."), self)
        self.hub_key_label.setWordWrap(True)
        lang = parent.session.lang if parent is not None and hasattr(parent, "session") else "vi"
        self.hub_key = HubKeyCheck(lang, self)
        self.hub_key.hide()
        self.hub_key.decided.connect(lambda _m: self.completeChanged.emit())
        # the first user, an administrator: the database is encrypted and opens with
        # this password (or the recovery key shown at the end)
        self.admin_label = QLabel(self.tr("The administrator of this database: each "
                                          "person who uses it gets a name and password "
                                          "later; this one manages them."), self)
        self.admin_label.setWordWrap(True)
        self.fields = AdminFields(self)
        self.fields.changed.connect(self.completeChanged)
        self.admin, self.password, self.again = (self.fields.admin, self.fields.password,
                                                 self.fields.again)
        lay = QVBoxLayout(self)
        lay.addWidget(self.admin_label)
        lay.addWidget(self.fields)
        lay.addSpacing(12)
        lay.addWidget(self.demo)
        lay.addSpacing(12)
        lay.addWidget(self.hub_key_button, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addWidget(self.hub_key_label)
        lay.addWidget(self.hub_key)
        lay.addStretch(1)

    def _choose_key(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("The hub's key"), "",
                                              self.tr("Hub key (*.json *.key);;All files (*)"))
        if path:
            self.set_hub_key(path)

    def set_hub_key(self, path: str) -> None:
        """Show the fingerprint of the hub key in `path`; it is imported when the wizard
        finishes only if the person says it matches the hub's ("Khớp")."""
        self.hub_key_label.setText(self.tr("Hub key: %1").replace("%1", path))
        self.hub_key.show()
        self.hub_key.load(path)
        self.completeChanged.emit()

    @property
    def hub_key_path(self) -> str | None:
        """The key file to import at the end: only one whose fingerprint matched."""
        check = self.hub_key
        return str(check.path) if check.confirmed and check.key else None

    def needs_admin(self) -> bool:
        """A new database names its administrator here (one already protected does not)."""
        wizard = self.wizard()
        return wizard is not None and wizard.session.pending_ring is not None

    def initializePage(self) -> None:  # noqa: N802 (Qt API)
        """Hubs neither import a hub key nor get demo data."""
        is_hub = self.wizard().role_page.hub.isChecked()
        for w in (self.demo, self.hub_key_button, self.hub_key_label):
            w.setVisible(not is_hub)
        self.hub_key.setVisible(not is_hub and self.hub_key.path is not None)
        for w in (self.admin_label, self.fields):
            w.setVisible(self.needs_admin())

    def isComplete(self) -> bool:  # noqa: N802 (Qt API)
        """The administrator's name and the same password twice, long enough; and a
        hub key chosen is first compared ("Khớp" or "Không khớp")."""
        if self.hub_key.waiting():
            return False
        if not self.needs_admin():
            return True
        return self.fields.problem() is None

    def nextId(self) -> int:  # noqa: N802 (Qt API)
        """The last page."""
        return -1


class SetupWizard(QWizard):
    """The first-run wizard. `apply()` writes the setup through the services."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("setupWizard")
        self.setWindowTitle(self.tr("Set up Xã Số"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.role_page = RolePage(self)
        self.commune_page = CommunePage(self)
        self.hub_page = HubPage(self)
        self.team_page = TeamPage(self)
        self.finish_page = FinishPage(self)
        for pid, page in ((PAGE_ROLE, self.role_page), (PAGE_COMMUNE, self.commune_page),
                          (PAGE_HUB, self.hub_page), (PAGE_TEAM, self.team_page),
                          (PAGE_FINISH, self.finish_page)):
            self.setPage(pid, page)
        self.setStartId(PAGE_ROLE)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        # room for the team boxes at every text size (A+ too), inside a 1366x768 screen
        metrics = self.fontMetrics()
        self.resize(max(760, metrics.averageCharWidth() * 100),
                    min(max(560, metrics.lineSpacing() * 31), 720))
        self.wants_demo = False

    def accept(self) -> None:
        """Finish: write the setup, then close."""
        self.apply()
        super().accept()

    def apply(self) -> dict:
        """Set up the database as chosen; return the setup."""
        db = self.session.db
        if self.role_page.hub.isChecked():
            result = init_hub(db, self.hub_page.name.text().strip(),
                              self.hub_page.province.currentData(),
                              str(self.session.db_path))
        else:
            result = init_commune(db, self.commune_page.commune_code(),
                                  self.commune_page.device.text().strip(), str(self.session.db_path))
        if self.finish_page.needs_admin():
            key_text = self.session.create_admin(self.finish_page.admin.text().strip(),
                                                 self.finish_page.password.text())
            self.finish_page.fields.clear_passwords()
            messages.info(self, self.tr("Recovery key"), recovery_message(key_text))
        if not self.role_page.hub.isChecked():
            self._add_team()
            if self.finish_page.hub_key_path:
                self._import_key(self.finish_page.hub_key_path,
                                 self.finish_page.hub_key.key["fingerprint"])
        self.wants_demo = self.finish_page.demo.isChecked()
        self.session.setup_changed.emit()
        return result

    def _import_members(self, path: str) -> list[str]:
        """Import the members file (all rows or none); the refused rows, as text."""
        from desktop.services.imports import import_file

        try:
            report = import_file(self.session.db, "member", path, lang=self.session.lang)
        except InputRefused as exc:
            return [exc.message(self.session.lang)]
        return [f"{Path(path).name} #{e.row} {e.column}: {e.message}" for e in report.errors]

    def _import_key(self, path: str, fingerprint: str) -> None:
        from desktop.sync.trust import import_hub_key

        try:
            import_hub_key(self.session.db, Path(path), fingerprint=fingerprint)
        except InputRefused as exc:
            messages.warn(self, self.tr("Hub key"), exc.message(self.session.lang))

    def _add_team(self) -> None:
        """Hamlets and members typed in the wizard (checked on their page); a line the
        database still refuses is reported, not lost."""
        db = self.session.db
        lang = self.session.lang
        team = self.team_page.team
        problems = []
        for hamlet in team.hamlets:
            try:
                records.add(db, "hamlet", hamlet)
            except InputRefused as exc:
                problems.append(f"{hamlet['name']}: {exc.message(lang)}")
        for member in team.members:
            try:
                records.add(db, "member", {k: v for k, v in member.items() if v})
            except InputRefused as exc:
                problems.append(f"{member['full_name']}: {exc.message(lang)}")
        if self.team_page.members_file:
            problems += self._import_members(self.team_page.members_file)
        if problems:
            messages.warn(self, self.tr("Hamlets and team"),
                          self.tr("These lines were not saved; add them on the Hamlets, team "
                                  "& targets page:") + "\n" + "\n".join(problems))
