"""Wires the pieces together: settings, translations, theme, database, wizard, window.

`desktop.app.main` builds one of these; tests build one too, with their own settings
and a temporary database, and drive the same code path a user does.
"""

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QDialog

from desktop.domain.clock import Clock
from desktop.domain.errors import DatabaseRefused
from desktop.ui import messages
from desktop.ui.i18n import install_translators, remove_translators
from desktop.ui.main_window import MainWindow
from desktop.ui.session import Session
from desktop.ui.settings import Settings
from desktop.ui.theme import apply_theme, load_fonts
from desktop.ui.wizard import SetupWizard


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
        self.window: MainWindow | None = None
        self.translators = []
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
        """Open the database; False (after telling the user) if it is refused."""
        try:
            self.session = Session(self.db_path, self.settings, clock=self.clock)
        except DatabaseRefused as exc:
            messages.warn(None, self.tr("Cannot open the database"),
                          exc.message(self.settings.language))
            return False
        self.settings.last_db = str(self.db_path)
        return True

    def make_wizard(self) -> SetupWizard:
        """The first-run wizard for the open session."""
        return SetupWizard(self.session)

    def run_wizard_if_needed(self) -> bool:
        """Show the wizard on a database that is not set up; False if the user cancels."""
        if self.session.is_set_up():
            return True
        wizard = self.make_wizard()
        if wizard.exec() != QDialog.DialogCode.Accepted:
            return False
        self.after_wizard(wizard)
        return True

    def after_wizard(self, wizard: SetupWizard) -> None:
        """Remember the demo-data wish for when the window is shown."""
        self.pending_demo = wizard.wants_demo

    def show_window(self) -> MainWindow:
        """Build and show the main window."""
        self.window = MainWindow(self.session)
        self.window.language_changed.connect(self.change_language)
        self.window.theme_changed.connect(self.apply_theme)
        self.window.database_requested.connect(self.switch_database)
        self.window.show()
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
        """File ▸ Open/New: reopen on another file, running the wizard if it is new."""
        try:
            self.session.reopen(path)
        except DatabaseRefused as exc:
            messages.warn(self.window, self.tr("Cannot open the database"),
                          exc.message(self.settings.language))
            return
        self.db_path = Path(path)
        if not self.session.is_set_up():
            wizard = SetupWizard(self.session, self.window)
            if wizard.exec() == QDialog.DialogCode.Accepted and wizard.wants_demo:
                self.window.page("settings").generate_demo()
