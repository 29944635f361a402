"""Backup and restore in the app (File menu), the reminder when the last backup is old,
and the warning when the computer's clock jumped: the window's banners.

Both run through the same services as `xaso backup` and `xaso restore`
(desktop/services/maintenance.py): an encrypted copy made through SQLite's backup
API, a restore that keeps the current database beside it. Admin only, checked like
every page's commands (`permitted`). The work runs in a worker; a restore first
checks the file and the password, then closes the window's database, replaces it,
and logs in again on the restored one.
"""

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QFrame,
                               QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout)

from desktop.services.history import backup_overdue
from desktop.services.maintenance import backup, check_backup, restore
from desktop.sync.clocks import clock_warning
from desktop.ui import messages
from desktop.ui.record_table import permitted
from desktop.ui.tasks import error_text

REMIND_AFTER_DAYS = 7


class Banner(QFrame):
    """A line across the top of the window: a warning, an optional button, a close."""

    def __init__(self, name: str, parent=None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("banner", True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.hide()
        self.close_button = QPushButton("×", self)
        self.close_button.setObjectName("bannerClose")
        self.close_button.setFlat(True)
        self.close_button.setToolTip(self.tr("Hide"))
        self.close_button.clicked.connect(self.hide)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 4, 4, 4)
        lay.addWidget(self.label, 1)
        lay.addWidget(self.button)
        lay.addWidget(self.close_button)
        self.hide()

    def say(self, text: str | None) -> None:
        """Show `text` (None or empty: hide the banner)."""
        self.label.setText(text or "")
        self.setVisible(bool(text))


class RestoreDialog(QDialog):
    """Who restores: an administrator's name and password in the backup, or the
    database's recovery key."""

    def __init__(self, user: str, path: Path, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a backup"))
        intro = QLabel(self.tr("Restore %1?\n\nEvery record now in this database is replaced "
                               "by the backup's. The current database is kept beside it as "
                               "an encrypted backup, so this can be undone.")
                       .replace("%1", path.name), self)
        intro.setWordWrap(True)
        self.user = QLineEdit(user, self)
        self.user.setObjectName("restoreUser")
        self.password = QLineEdit(self)
        self.password.setObjectName("restorePassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.recovery = QLineEdit(self)
        self.recovery.setObjectName("restoreRecovery")
        self.recovery.setPlaceholderText("XXXX-XXXX-…")
        form = QFormLayout()
        form.addRow(self.tr("Administrator"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("or the recovery key"), self.recovery)
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("restoreOk")
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(buttons)

    def credentials(self) -> dict:
        """{"user", "password", "recovery"} as typed (empty ones None)."""
        return {"user": self.user.text().strip() or None,
                "password": self.password.text() or None,
                "recovery": self.recovery.text().strip() or None}


class Safety(QObject):
    """The window's backup and restore commands, and its two banners."""

    restored = Signal(str)  # the database path, to be opened again with a login

    def __init__(self, window, session):
        super().__init__(window)
        self.session = session
        self.task = None
        self.backup_banner = Banner("backupBanner", window)
        self.backup_banner.button.setText(self.tr("Back up now…"))
        self.backup_banner.button.clicked.connect(self.choose_backup)
        self.clock_banner = Banner("clockBanner", window)

    @property
    def window(self):
        """The main window (the parent: no reference of our own, so a window rebuilt
        for another language is freed as soon as Qt deletes it)."""
        return self.parent()

    # --- banners -----------------------------------------------------------------------
    def check(self) -> None:
        """Show the backup reminder and the clock warning when they apply."""
        if not self.session.is_set_up():
            self.backup_banner.say(None)
            self.clock_banner.say(None)
            return
        days = backup_overdue(self.session.db, REMIND_AFTER_DAYS)
        if days is None:
            self.backup_banner.say(None)
        else:
            self.backup_banner.say(self.tr("The last backup was %1 days ago. A backup on a USB "
                                           "stick keeps the commune's work if this computer "
                                           "fails.").replace("%1", str(days)))
            self.backup_banner.button.setVisible(self.session.allowed("admin"))
        self.clock_banner.say(clock_warning(self.session.db, self.session.lang))

    # --- backup ------------------------------------------------------------------------
    def choose_backup(self) -> None:
        """File ▸ Back up: choose where (a USB stick), then back up in the background."""
        if not permitted(self.window, self.session, "admin"):
            return
        stamp = self.session.clock.stamp()[:8]
        default = Path.home() / f"xaso-{stamp}.bak"
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Back up the database"),
                                              str(default), self.tr("Xã Số backup (*.bak)"))
        if path:
            self.backup_to(Path(path))

    def backup_to(self, out: Path):
        """Write an encrypted backup to `out` in a worker; returns the task."""
        if not permitted(self.window, self.session, "admin"):
            return None
        self.task = self.session.tasks.run(
            self.window, self.tr("Backing up…"), lambda db, progress, cancelled: backup(db, out),
            self._backed_up, self._failed)
        return self.task

    def _backed_up(self, result: dict) -> None:
        mb = self.session.number(round(result["bytes"] / 1_000_000, 1))
        self.window.statusBar().showMessage(
            self.tr("Backup saved: %1 (%2 MB), encrypted.").replace("%1", result["file"])
            .replace("%2", mb), 15000)
        self.check()

    def _failed(self, exc) -> None:
        self.window.setEnabled(True)
        messages.warn(self.window, self.tr("Backup and restore"),
                      error_text(exc, self.session.lang))

    # --- restore -----------------------------------------------------------------------
    def choose_restore(self) -> None:
        """File ▸ Restore: choose the backup file, say who restores, then restore."""
        if not permitted(self.window, self.session, "admin"):
            return
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Restore a backup"),
                                              str(Path.home()),
                                              self.tr("Xã Số backup (*.bak);;All files (*)"))
        if not path:
            return
        login = self.session.login
        dialog = RestoreDialog(login.name if login else "admin", Path(path), self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.restore_from(Path(path), **dialog.credentials())

    def restore_from(self, source: Path, user: str | None = None, password: str | None = None,
                     recovery: str | None = None):
        """Check `source` and the credentials in a worker, then restore; returns the
        checking task."""
        if not permitted(self.window, self.session, "admin"):
            return None
        self._restoring = (source, user, password, recovery)
        self.task = self.session.tasks.run(
            self.window, self.tr("Checking the backup…"),
            lambda db, progress, cancelled: check_backup(source, user, password, recovery),
            self._checked, self._failed)
        return self.task

    def _checked(self, _info: dict) -> None:
        source, user, password, recovery = self._restoring
        path, session = Path(self.session.db_path), self.session
        # The file is replaced: nothing may hold it open (Windows refuses), and the
        # window must not read it meanwhile.
        session.tasks.stop_all()
        self.window.setEnabled(False)
        session.db.conn.close()
        clock = session.clock
        self.task = session.tasks.run(
            self.window, self.tr("Restoring…"),
            lambda db, progress, cancelled: restore(source, path, clock, current=db, user=user,
                                                    password=password, recovery=recovery),
            self._restored, self._restore_failed)

    def _restored(self, result: dict) -> None:
        self.window.setEnabled(True)
        self.restored.emit(result["db"])
        kept = Path(result["previous"]).name if result.get("previous") else "—"
        self.window.statusBar().showMessage(
            self.tr("Restored from %1. The database as it was is kept as %2.")
            .replace("%1", Path(result["restored_from"]).name).replace("%2", kept), 20000)

    def _restore_failed(self, exc) -> None:
        # nothing was replaced: open the same database again
        self.window.setEnabled(True)
        self.restored.emit(str(self.session.db_path))
        self._failed(exc)
