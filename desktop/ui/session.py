"""The open database and the user's preferences, passed to every page (no globals)."""

from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Signal

from desktop.db import open_database
from desktop.domain.clock import Clock, clock_from_env
from desktop.services.changes import Changes
from desktop.services.setup import setup_dict
from desktop.ui.settings import Settings
from desktop.ui.tasks import Tasks


class Session(QObject):
    """One open database plus settings; tells pages when records change.

    `changed` carries what an operation changed (desktop/services/changes.py Changes):
    pages refresh only when it touches a kind they show.
    """

    changed = Signal(object)
    setup_changed = Signal()

    def __init__(self, db_path: str | Path, settings: Settings, parent: QObject | None = None,
                 clock: Clock | None = None):
        super().__init__(parent)
        self.settings = settings
        self.clock = clock or clock_from_env()
        self.db_path = Path(db_path)
        self.db = open_database(self.db_path, clock=self.clock)
        # background work of this session; workers open the current file themselves
        self.tasks = Tasks(lambda: self.db_path, self.clock)

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

    def is_set_up(self) -> bool:
        """Whether the first-run wizard has completed on this database."""
        return bool(self.setup())

    def notify(self, changes: Changes | None = None) -> None:
        """Tell every page what changed (None: anything may have changed)."""
        self.changed.emit(changes if changes is not None else Changes.everything())

    def reopen(self, path: str | Path) -> None:
        """Switch to another database file."""
        new_db = open_database(path, clock=self.clock)
        self.db.conn.close()
        self.db = new_db
        self.db_path = Path(path)
        self.settings.last_db = str(self.db_path)
        self.setup_changed.emit()
        self.notify()

    def close(self) -> None:
        """Wait for background work, then close the database connection."""
        self.tasks.stop_all()
        self._closed = True
        self.db.conn.close()

    def db_open(self) -> bool:
        """False once the session is closed (late timers then do nothing)."""
        return not getattr(self, "_closed", False)
