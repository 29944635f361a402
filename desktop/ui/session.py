"""The open database and the user's preferences, passed to every page (no globals)."""

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Signal

from desktop.db import open_database
from desktop.domain.clock import Clock, clock_from_env
from desktop.security import roles
from desktop.security.login import attach
from desktop.services.changes import Changes
from desktop.services.setup import setup_dict
from desktop.ui.reader import Reader
from desktop.ui.settings import Settings
from desktop.ui.tasks import Tasks


class Session(QObject):
    """One open database plus settings; tells pages when records change.

    `changed` carries what an operation changed (desktop/services/changes.py Changes):
    pages refresh only when it touches a kind they show.
    """

    changed = Signal(object)
    setup_changed = Signal()
    login_changed = Signal()

    def __init__(self, db_path: str | Path, settings: Settings, parent: QObject | None = None,
                 clock: Clock | None = None, db=None, key: bytes | None = None):
        super().__init__(parent)
        self.settings = settings
        self.clock = clock or clock_from_env()
        self.db_path = Path(db_path)
        # an already opened (logged-in) database, or a new one opened with `key`
        self.db = db if db is not None else open_database(self.db_path, clock=self.clock, key=key)
        self.login = self.db.login
        # a new database's key ring and recovery key, until the wizard names its admin
        self.pending_ring = None
        self.pending_recovery: bytes | None = None
        self._temp_dirs: list[Path] = []
        # background work of this session; workers open the current file themselves,
        # with its key, on behalf of the user logged in
        self.tasks = Tasks(lambda: self.db_path, self.clock,
                           lambda: (self.db.key, self.db.actor_id))
        # the lists' slow reads (desktop/ui/reader.py): one thread, its own connection
        self.reader = Reader(lambda: self.db_path, self.clock, lambda: self.db.key, self)

    def create_admin(self, name: str, password: str) -> str:
        """The new database's first user, an admin, logged in now; returns the
        recovery key as shown once (the wizard's last step)."""
        from desktop.security.accounts import add_account
        from desktop.security.keyring import format_recovery_key

        admin = add_account(self.db, self.pending_ring, self.db_path, name, "admin", password)
        key_text = format_recovery_key(self.pending_recovery)
        self.pending_ring = self.pending_recovery = None
        self.set_login(admin)
        return key_text

    @property
    def key(self) -> bytes | None:
        """The database key (in memory only)."""
        return self.db.key

    def set_login(self, login) -> None:
        """Make `login` the user of this session (after login, unlock, switch user)."""
        attach(self.db, login)
        self.login = login
        self.login_changed.emit()

    def allowed(self, permission: str) -> bool:
        """Whether the user logged in may do `permission` (desktop/security/roles.py)."""
        return self.login is None or roles.allows(self.login.role, permission)

    def require(self, permission: str) -> None:
        """InputRefused naming the role needed unless the user may do `permission`."""
        roles.require(self.login, permission)

    def temp_dir(self, prefix: str) -> Path:
        """A private (0700) temporary folder, removed when the session closes."""
        folder = Path(tempfile.mkdtemp(prefix=prefix))
        self._temp_dirs.append(folder)
        return folder

    def remove_temp_dirs(self) -> None:
        """Remove the session's temporary folders (files in them are overwritten first)."""
        from desktop.security.files import shred

        for folder in self._temp_dirs:
            for f in folder.rglob("*"):
                if f.is_file():
                    shred(f)
            shutil.rmtree(folder, ignore_errors=True)
        self._temp_dirs = []

    @property
    def lang(self) -> str:
        """The language of domain labels: "vi" or "en"."""
        return self.settings.language

    @property
    def locale(self) -> QLocale:
        """vi_VN or en_GB: numbers and dates shown the way users read them."""
        if self.lang == "en":
            return QLocale("en_GB")
        return QLocale("vi_VN")

    def number(self, value) -> str:
        """A number in the user's format (1.234 in Vietnamese)."""
        if value is None:
            return ""
        if isinstance(value, float) and not value.is_integer():
            return self.locale.toString(value, "f", 1)
        return self.locale.toString(int(value))

    def setup(self) -> dict:
        """Who this database belongs to (empty dict before the first-run wizard)."""
        return setup_dict(self.db)

    def is_hub(self) -> bool:
        """Whether this database is a hub merging its communes' bundles."""
        return self.setup().get("role") == "hub"

    def is_set_up(self) -> bool:
        """Whether the first-run wizard has completed on this database."""
        return bool(self.setup())

    def notify(self, changes: Changes | None = None) -> None:
        """Tell every page what changed (None: anything may have changed)."""
        self.changed.emit(changes if changes is not None else Changes.everything())

    def reopen(self, path: str | Path, db=None, key: bytes | None = None) -> None:
        """Switch to another database file (`db` already opened as a user, or a new
        one with `key`)."""
        new_db = db if db is not None else open_database(path, clock=self.clock, key=key)
        self.reader.reset()
        self.db.conn.close()
        self.db = new_db
        self.login = new_db.login
        self.pending_ring = None
        self.pending_recovery = None
        self.db_path = Path(path)
        self.settings.last_db = str(self.db_path)
        self.setup_changed.emit()
        self.notify()

    def close(self) -> None:
        """Wait for background work, then close the database connection."""
        self.tasks.stop_all()
        self.reader.stop()
        self._closed = True
        self.remove_temp_dirs()
        self.db.conn.close()

    def db_open(self) -> bool:
        """False once the session is closed (late timers then do nothing)."""
        return not getattr(self, "_closed", False)
