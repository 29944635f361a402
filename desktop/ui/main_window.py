"""The main window: menu bar, toolbar, status bar, navigation list and the pages."""

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QMainWindow, QStackedWidget, QStyle, QVBoxLayout, QWidget)

from desktop.domain.dates import format_local_time
from desktop.domain.labels import kind_label
from desktop.services import undo
from desktop.services.history import last_bundle_export
from desktop.ui.about import AboutDialog
from desktop.ui.pages import KEYS, PAGES
from desktop.ui.safety import Safety


class MainWindow(QMainWindow):
    """The window commune staff live in. Pages load when first shown."""

    language_changed = Signal(str)
    theme_changed = Signal()
    database_requested = Signal(str, bool)  # path, create new
    lock_requested = Signal()  # File ▸ Switch user

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Xã Số"))
        self.nav = NavList(self)
        self.nav.setObjectName("navigation")
        self.stack = QStackedWidget(self)
        # a stand-in for each page until it is first shown (desktop/ui/pages.py)
        self._built: dict[str, QWidget] = {}
        for spec in PAGES:
            item = QListWidgetItem(spec.title())
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.nav.addItem(item)
            self.stack.addWidget(QWidget(self.stack))
        self.nav.fit()
        self.nav.currentRowChanged.connect(self._show_row)
        self.safety = Safety(self, session)
        self.safety.restored.connect(self._reopen_after_restore)
        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.safety.backup_banner)
        outer.addWidget(self.safety.clock_banner)
        lay = QHBoxLayout()
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.nav)
        lay.addWidget(self.stack, 1)
        outer.addLayout(lay, 1)
        self.setCentralWidget(central)
        self._build_actions()
        self._build_status()
        self.update_undo()
        # bound methods, not lambdas: Qt drops them when this window is deleted (the
        # language switch builds a new window on the same session)
        session.changed.connect(self._on_records_changed)
        session.setup_changed.connect(self.update_status)
        # the View menu, the Settings page and the charts show the same display settings,
        # wherever they were changed
        self.theme_changed.connect(self.show_display)
        self.resize(1366, 768)
        geometry = session.settings.window_geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.fit_to_screen()
        self.safety.check()
        # The frame first, its page a turn of the event loop later: building a page
        # and laying it out is most of the window's first paint, and done at once the
        # window stood still for 100-160 ms at a million visits. Asking for that page
        # meanwhile (`page`, `current_page`) builds it at once.
        last = session.settings.last_page
        self._first: int | None = KEYS.index(last) if last in KEYS else 0
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(self._first)
        self.nav.blockSignals(False)
        self.stack.setCurrentIndex(self._first)
        QTimer.singleShot(1, self, self._show_first)  # a timer: the frame is painted first

    # --- navigation ------------------------------------------------------------
    @property
    def pages(self) -> list:
        """The pages built so far, in navigation order."""
        return [self._built[k] for k in KEYS if k in self._built]

    def ready(self) -> bool:
        """Whether the page the window opened on is built and shown."""
        return self._first is None

    def _show_first(self) -> None:
        if self._first is not None:
            self._show_row(self._first)

    def page(self, key: str):
        """The page with this key, built (and its module imported) if not yet."""
        if self._first is not None and KEYS.index(key) == self._first:
            self._show_first()
        if key not in self._built:
            row = KEYS.index(key)
            page = PAGES[row].build(self.session, self)
            stand_in = self.stack.widget(row)
            self.stack.insertWidget(row, page)
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
            self._built[key] = page
        return self._built[key]

    def current_page(self):
        """The page on screen."""
        self._show_first()
        return self.stack.currentWidget()

    def show_page(self, key: str):
        """Show the page with this key (the dashboard if unknown); return it."""
        row = KEYS.index(key) if key in KEYS else 0
        self.nav.setCurrentRow(row)
        self._show_row(row)
        return self.page(KEYS[row])

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        self._first = None  # another page chosen before the first was shown
        page = self.page(KEYS[row])
        self.stack.setCurrentWidget(page)
        page.activate()
        self.session.settings.last_page = page.key

    # --- menus and toolbar ---------------------------------------------------------
    def _action(self, text: str, slot, shortcut=None, name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        s = QKeySequence.StandardKey
        self.act_new_db = self._action(self.tr("New database…"), self.new_database, None,
                                       "newDatabase")
        self.act_open_db = self._action(self.tr("Open database…"), self.open_database, s.Open,
                                        "openDatabase")
        self.act_quit = self._action(self.tr("Quit"), self.close, s.Quit, "quit")
        self.act_backup = self._action(self.tr("Back up…"), self.safety.choose_backup, None,
                                       "backup")
        self.act_restore = self._action(self.tr("Restore a backup…"), self.safety.choose_restore,
                                        None, "restore")
        self.act_switch_user = self._action(self.tr("Switch user (lock)"),
                                            self.lock_requested.emit, "Ctrl+L", "switchUser")
        self.act_new = self._action(self.tr("New record"), self.new_record, s.New, "newRecord")
        self.act_find = self._action(self.tr("Find"), self.focus_search, s.Find, "find")
        self.act_undo = self._action(self.tr("Undo last save or delete"), self.undo, s.Undo,
                                     "undo")
        self.act_smaller = self._action(self.tr("Smaller text (A-)"),
                                        lambda: self.set_font_size("small"), "Ctrl+-", "fontSmall")
        self.act_normal = self._action(self.tr("Normal text (A)"),
                                       lambda: self.set_font_size("normal"), "Ctrl+0", "fontNormal")
        self.act_larger = self._action(self.tr("Larger text (A+)"),
                                       lambda: self.set_font_size("large"), "Ctrl+=", "fontLarge")
        self.act_contrast = self._action(self.tr("High contrast"), self.toggle_contrast, None,
                                         "highContrast")
        self.act_contrast.setCheckable(True)
        self.act_contrast.setChecked(self.session.settings.high_contrast)
        self.act_about = self._action(self.tr("About Xã Số"), self.about, None, "about")
        for action in (self.act_new, self.act_find, self.act_undo):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        # Short words on the toolbar keep it inside a 1366-pixel screen at A+.
        self.act_undo.setIconText(self.tr("Undo"))
        self.act_smaller.setIconText("A-")
        self.act_normal.setIconText("A")
        self.act_larger.setIconText("A+")
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        file_menu.addActions([self.act_new_db, self.act_open_db])
        file_menu.addSeparator()
        file_menu.addActions([self.act_backup, self.act_restore])
        file_menu.addSeparator()
        file_menu.addAction(self.act_switch_user)
        file_menu.addAction(self.act_quit)
        edit_menu = menu.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.act_new, self.act_find, self.act_undo])
        view_menu = menu.addMenu(self.tr("&View"))
        view_menu.addActions([self.act_smaller, self.act_normal, self.act_larger])
        view_menu.addSeparator()
        view_menu.addAction(self.act_contrast)
        go_menu = menu.addMenu(self.tr("&Go"))
        for i, spec in enumerate(PAGES):
            go_menu.addAction(self._action(spec.title(), lambda _c=False, k=spec.key: self.show_page(k),
                                           f"Alt+{i + 1}" if i < 9 else None, f"go_{spec.key}"))
        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(self.act_about)
        bar = self.addToolBar(self.tr("Main"))
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addActions([self.act_new, self.act_find, self.act_undo])
        bar.addSeparator()
        bar.addActions([self.act_smaller, self.act_normal, self.act_larger])

    def _build_status(self) -> None:
        self.status_user = QLabel(self)
        self.status_user.setObjectName("statusUser")
        self.statusBar().addPermanentWidget(self.status_user)
        self.session.login_changed.connect(self.update_status)
        self.status_db = QLabel(self)
        self.status_unit = QLabel(self)
        self.status_device = QLabel(self)
        self.status_bundle = QLabel(self)
        for label in (self.status_unit, self.status_device, self.status_bundle, self.status_db):
            label.setContentsMargins(8, 0, 8, 0)
            self.statusBar().addPermanentWidget(label)
        self.update_status()

    def _on_records_changed(self, _changes) -> None:
        self.update_status()
        self.update_undo()
        self.safety.check()

    # --- the window on the screen ---------------------------------------------------
    def fit_to_screen(self) -> None:
        """Keep the whole window, title bar to status bar, on the screen's free area
        (a 1366×768 laptop less its taskbar): maximised when the size asked for does
        not fit, moved inside when a remembered position is off the screen. Before
        the window is shown its frame is estimated; once shown it is measured."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None or self.isMaximized() or self.isFullScreen():
            return
        free = screen.availableGeometry()
        if self.isVisible():
            frame = self.frameGeometry()
            extra_w, extra_h = frame.width() - self.width(), frame.height() - self.height()
        else:
            extra_h = self.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight) or 30
            extra_w = 8
        width, height = self.width() + extra_w, self.height() + extra_h
        if width > free.width() or height > free.height():
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
            return
        x = min(max(self.frameGeometry().x(), free.left()), free.left() + free.width() - width)
        y = min(max(self.frameGeometry().y(), free.top()), free.top() + free.height() - height)
        self.move(x, y)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """Shown: check again with the real frame (title bar) measured."""
        super().showEvent(event)
        QTimer.singleShot(0, self, self.fit_to_screen)

    def _reopen_after_restore(self, path: str) -> None:
        """A restore replaced the file: log in on it again (the controller opens it)."""
        self.database_requested.emit(path, False)
        if not self.session.db.is_open():  # closed: the login was cancelled
            self.close()
            return
        self.safety.check()

    def update_undo(self) -> None:
        """Say in the Edit menu what Ctrl+Z would undo, and grey it out when nothing."""
        step = undo.last_step(self.session.db)
        self.act_undo.setEnabled(step is not None)
        if step is None:
            self.act_undo.setText(self.tr("Undo last save or delete"))
            return
        what = kind_label(step.kind, self.session.lang)
        text = {"insert": self.tr("Undo: new %1"), "update": self.tr("Undo: change to %1"),
                "delete": self.tr("Undo: deletion of %1")}.get(step.action, self.tr("Undo: %1"))
        self.act_undo.setText(text.replace("%1", what))

    def update_status(self) -> None:
        """Database, commune, device and last bundle exported, in the status bar."""
        setup = self.session.setup()
        name = setup.get("hub_name") if setup.get("role") == "hub" else setup.get("commune_name")
        self.status_unit.setText(name or self.tr("Not set up"))
        self.status_device.setText(self.tr("Device: %1").replace("%1", setup.get("device_name") or "—"))
        last = self.pages_last_bundle()
        self.status_bundle.setText(self.tr("Last bundle: %1").replace("%1", last or "—"))
        login = self.session.login
        self.status_user.setText(f"{login.name} ({login.role})" if login else "")
        self.status_db.setText(Path(self.session.db_path).name)
        self.status_db.setToolTip(str(self.session.db_path))
        title = self.tr("Xã Số")
        self.setWindowTitle(f"{title} — {name}" if name else title)

    def pages_last_bundle(self) -> str | None:
        """When the last bundle was exported (None if never)."""
        when = last_bundle_export(self.session.db)
        return format_local_time(when) if when else None

    # --- commands ------------------------------------------------------------------
    def new_record(self) -> None:
        """Ctrl+N: a new record on the current page."""
        self.current_page().new_record()

    def focus_search(self) -> None:
        """Ctrl+F: the current page's search box."""
        self.current_page().focus_search()

    def undo(self):
        """Ctrl+Z: undo the last save or delete, as a recorded change."""
        step = undo.undo_last(self.session.db)
        if step is None:
            self.statusBar().showMessage(self.tr("Nothing to undo."), 5000)
            return None
        what = kind_label(step.kind, self.session.lang)
        text = {"insert": self.tr("Undone: new %1"), "update": self.tr("Undone: change to %1"),
                "delete": self.tr("Undone: deletion of %1")}.get(step.action, self.tr("Undone: %1"))
        self.statusBar().showMessage(text.replace("%1", what), 8000)
        self.session.notify(step.changes)
        return step

    def set_font_size(self, size: str) -> None:
        """A- / A / A+."""
        self.session.settings.font_size = size
        self.theme_changed.emit()

    def toggle_contrast(self) -> None:
        """High-contrast theme on or off."""
        self.session.settings.high_contrast = self.act_contrast.isChecked()
        self.theme_changed.emit()

    def show_display(self) -> None:
        """After a display setting changed (menu, toolbar or Settings page): the menu's
        tick and every page's own controls and charts follow the settings."""
        self.act_contrast.blockSignals(True)
        self.act_contrast.setChecked(self.session.settings.high_contrast)
        self.act_contrast.blockSignals(False)
        for page in self.pages:
            if hasattr(page, "show_display"):
                page.show_display()

    def open_database(self) -> None:
        """File ▸ Open: another database file."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open database"),
                                              str(Path(self.session.db_path).parent),
                                              self.tr("Xã Số database (*.db *.sqlite)"))
        if path:
            self.database_requested.emit(path, False)

    def new_database(self) -> None:
        """File ▸ New: a new database file (the first-run wizard follows)."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New database"),
                                              str(Path(self.session.db_path).parent / "xaso-moi.db"),
                                              self.tr("Xã Số database (*.db)"))
        if path:
            self.database_requested.emit(path, True)

    def about(self) -> None:
        """Help ▸ About: version, licence and bundled components (desktop/ui/about.py)."""
        AboutDialog(self, self.session.settings.language).exec()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """Remember the window, and let pages with unsaved edits ask first."""
        for page in self.pages:
            if hasattr(page, "confirm_close") and not page.confirm_close():
                event.ignore()
                return
        self.session.settings.set_window_geometry(self.saveGeometry())
        self.session.settings.sync()
        super().closeEvent(event)


class NavList(QListWidget):
    """The page list on the left: as wide as its longest name at the text size in use
    (A+ included), so no page name is cut."""

    def fit(self) -> None:
        """Take the width the longest page name needs."""
        self.setFixedWidth(max(self.sizeHintForColumn(0) + 28, 200))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """A- / A / A+ changed the font: fit again."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit()
