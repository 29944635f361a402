"""Wires the pieces together: settings, translations, theme, database, wizard, window.

`desktop.app.main` builds one of these; tests build one too, with their own settings
and a temporary database, and drive the same code path a user does.
"""

import importlib
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QDialog

from desktop.domain.clock import Clock
from desktop.domain.errors import DatabaseRefused, InputRefused
from desktop.security import accounts
from desktop.security import login as security
from desktop.security.keyring import (KeyRing, format_recovery_key, key_file, new_database_key,
                                      new_recovery_key)
from desktop.ui import messages
from desktop.ui.i18n import install_translators, remove_translators
from desktop.ui.login import IdleWatch, LoginDialog, NewPasswordDialog, recovery_message
from desktop.ui.session import Session
from desktop.ui.settings import Settings
from desktop.ui.theme import apply_theme, load_fonts

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow
    from desktop.ui.wizard import SetupWizard

# the window's modules and its first page's, imported while the password is checked
WINDOW_MODULES = ("desktop.ui.main_window", "desktop.ui.dashboard_page")


def preload_window() -> None:
    """Import the main window's modules (about 0.3 s of a start on the test machine)
    beside the login's key derivation instead of before the login: the dialog shows
    sooner, and the window's code is ready when the password has been checked."""
    for name in WINDOW_MODULES:
        importlib.import_module(name)


def _preload_quietly() -> None:
    try:
        preload_window()
    except Exception:  # noqa: BLE001 - show_window imports them again and says why
        pass


def _unlock_beside_imports(path: Path, user: str, password: str) -> bytes:
    """`security.unlock` (Argon2id: C that lets go of the GIL) on a worker thread
    while this thread imports the window's modules. Argon2id's two lanes already keep
    two cores busy, so on the two-core test machine this saved about 30 ms of a
    1.1 s start; with more cores it saves most of the imports. Raises what `unlock`
    raises."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        unlocking = pool.submit(security.unlock, path, user, password)
        preload_window()
        return unlocking.result()


class AppController(QObject):
    """Owns the session and the main window; rebuilds the window on language change."""

    def __init__(self, app: QApplication, settings: Settings, db_path: str | Path,
                 clock: Clock | None = None):
        super().__init__(app)
        self.app = app
        self.clock = clock
        self.settings = settings
        self.db_path = Path(db_path)
        self.session: Session | None = None
        self.window: "MainWindow | None" = None
        self.translators = []
        self.idle: IdleWatch | None = None
        self.lock_dialog: LoginDialog | None = None
        load_fonts()
        self.apply_language()
        self.apply_theme()

    def apply_language(self) -> None:
        """Install the translators of the chosen language."""
        remove_translators(self.app, self.translators)
        self.translators = install_translators(self.app, self.settings.language)

    def apply_theme(self) -> None:
        """Font size and contrast from settings."""
        apply_theme(self.app, self.settings.font_size, self.settings.high_contrast)

    def open_session(self) -> bool:
        """Open the database with a login (or, for an older release's, after encrypting
        it; a new one gets a fresh key); False if it is refused or the user cancels."""
        try:
            db = self.open_encrypted(self.db_path)
            if db is False:
                return False
            if db is None:  # a new database: its key now, its admin in the wizard
                self.session = Session(self.db_path, self.settings, clock=self.clock,
                                       key=new_database_key())
                self.session.pending_recovery = new_recovery_key()
                self.session.pending_ring = KeyRing.create(self.session.key,
                                                           self.session.pending_recovery)
            else:
                self.session = Session(self.db_path, self.settings, clock=self.clock, db=db)
        except (DatabaseRefused, InputRefused) as exc:
            messages.warn(None, self.tr("Cannot open the database"),
                          exc.message(self.settings.language))
            return False
        self.settings.last_db = str(self.db_path)
        return True

    def open_encrypted(self, path: Path, parent=None):
        """The database at `path` opened as the user who logs in (None: no database
        there yet; False: the user cancelled). A database of an older release is
        encrypted first, after asking for its administrator's name and password."""
        lang = self.settings.language
        if not security.exists(path):
            return None
        if not key_file(path).exists() and security.is_plain_xaso(path) \
                and not security.is_encrypted(path):
            dialog = NewPasswordDialog(
                lambda user, password: security.encrypt_database(path, user, password, self.clock),
                lang, self.tr("This database was made by an older version of Xã Số and is "
                              "not encrypted. Choose the administrator's name and password: "
                              "the database and its old copies are then encrypted."), parent)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            messages.info(parent, self.tr("Recovery key"),
                          recovery_message(format_recovery_key(dialog.result["recovery_key"])))
        security.check_openable(path)
        given = os.environ.get("XASO_PASSWORD")
        if given:  # as on the command line: $XASO_USER (or admin) and $XASO_PASSWORD
            user = os.environ.get("XASO_USER") or "admin"
            try:
                key = _unlock_beside_imports(path, user, given)
                return security.open_as(path, user, given, self.clock, key=key)
            except InputRefused:
                pass  # then ask
        dialog = LoginDialog(lambda user, password, key: security.open_as(
            path, user, password, self.clock, key=key), lang, parent=parent,
            # a database of an older release is migrated in the dialog's thread too
            unlock=lambda user, password: security.unlock_and_upgrade(path, user, password,
                                                                      self.clock))
        # the window's modules load while the user types (the dialog shows sooner)
        threading.Thread(target=_preload_quietly, name="preload-window", daemon=True).start()
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return dialog.result

    def start_idle_lock(self) -> None:
        """Lock the window after the idle time of the settings."""
        if self.idle is None:
            self.idle = IdleWatch(self.app, self.settings.idle_lock_minutes, self)
            self.idle.idle.connect(self.lock)
        else:
            self.idle.set_minutes(self.settings.idle_lock_minutes)

    def lock(self, switching: bool = False) -> LoginDialog | None:
        """Hide the window behind a login: the same user, or another (switch user).
        Closing it quits the app; nothing is shown until someone logs in."""
        if self.lock_dialog is not None or self.session is None or self.window is None:
            return self.lock_dialog
        if self.session.login is None and not switching:
            return None  # a database without users yet (being set up)
        current = self.session.login.name if self.session.login else ""
        path, conn = self.session.db_path, self.session.db.conn

        def check(user: str, password: str, _key: bytes):
            return accounts.login_of(conn, user)  # known and enabled in the database

        self.window.hide()
        dialog = self.lock_dialog = LoginDialog(
            check, self.settings.language, user="" if switching else current, locked=True,
            title=self.tr("Switch user") if switching else "",
            unlock=lambda user, password: security.unlock(path, user, password))
        dialog.accepted.connect(self._unlocked)
        dialog.rejected.connect(self._quit_locked)
        dialog.open()
        return dialog

    def _unlocked(self) -> None:
        login = self.lock_dialog.result
        self.lock_dialog.deleteLater()
        self.lock_dialog = None
        self.session.set_login(login)
        self.window.show()
        if self.idle is not None:
            self.idle.set_minutes(self.settings.idle_lock_minutes)

    def _quit_locked(self) -> None:
        self.lock_dialog.deleteLater()
        self.lock_dialog = None
        self.window.close()
        self.app.quit()

    def make_wizard(self, parent=None) -> "SetupWizard":
        """The first-run wizard for the open session."""
        from desktop.ui.wizard import SetupWizard  # 70 ms of every start, needed once

        return SetupWizard(self.session, parent)

    def run_wizard_if_needed(self) -> bool:
        """Show the wizard on a database that is not set up; False if the user cancels."""
        if self.session.is_set_up():
            return True
        wizard = self.make_wizard()
        if wizard.exec() != QDialog.DialogCode.Accepted:
            return False
        self.after_wizard(wizard)
        return True

    def after_wizard(self, wizard: "SetupWizard") -> None:
        """Remember the demo-data wish for when the window is shown."""
        self.pending_demo = wizard.wants_demo

    def show_window(self) -> "MainWindow":
        """Build and show the main window."""
        from desktop.ui.main_window import MainWindow

        self.window = MainWindow(self.session)
        self.window.language_changed.connect(self.change_language)
        self.window.theme_changed.connect(self.apply_theme)
        self.window.database_requested.connect(self.switch_database)
        self.window.lock_requested.connect(lambda: self.lock(switching=True))
        self.window.show()
        self.session.reader.warm()
        if getattr(self, "pending_demo", False):
            self.pending_demo = False
            self.window.page("settings").generate_demo()
        return self.window

    def change_language(self, lang: str) -> None:
        """Switch language: new translators, and the window rebuilt in place."""
        self.settings.language = lang
        self.apply_language()
        old = self.window
        page = old.current_page().key if old else "dashboard"
        geometry = old.saveGeometry() if old else None
        self.window = None
        if old is not None:
            old.hide()
            old.deleteLater()
        self.session.settings.last_page = page
        window = self.show_window()
        if geometry is not None:
            window.restoreGeometry(geometry)

    def switch_database(self, path: str, create: bool) -> None:
        """File ▸ Open/New: reopen on another file (with a login), running the wizard
        if it is new."""
        try:
            db = self.open_encrypted(Path(path), self.window)
            if db is False:
                return
            if db is None:
                key = new_database_key()
                self.session.reopen(path, key=key)
                self.session.pending_recovery = new_recovery_key()
                self.session.pending_ring = KeyRing.create(key, self.session.pending_recovery)
            else:
                self.session.reopen(path, db=db)
        except (DatabaseRefused, InputRefused) as exc:
            messages.warn(self.window, self.tr("Cannot open the database"),
                          exc.message(self.settings.language))
            return
        self.db_path = Path(path)
        if not self.session.is_set_up():
            wizard = self.make_wizard(self.window)
            if wizard.exec() == QDialog.DialogCode.Accepted and wizard.wants_demo:
                self.window.page("settings").generate_demo()
