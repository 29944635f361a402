"""Settings: language, text size, contrast, the idle lock, the database file, and demo
data."""

from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QFormLayout, QGroupBox,
                               QHBoxLayout, QLabel, QPushButton, QRadioButton, QSpinBox,
                               QVBoxLayout)

from desktop.services.demo import generate_demo
from desktop.ui import messages
from desktop.ui.record_page import Page, page_title
from desktop.ui.tasks import error_text


class SettingsPage(Page):
    """Preferences; changes apply at once."""

    key = "settings"

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        settings = session.settings
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language.currentIndexChanged.connect(self._language)
        self.sizes = QButtonGroup(self)
        size_row = QHBoxLayout()
        for code, text in (("small", "A-"), ("normal", "A"), ("large", "A+")):
            button = QRadioButton(text, self)
            button.setObjectName(f"size_{code}")
            button.setChecked(settings.font_size == code)
            button.toggled.connect(lambda on, c=code: on and self._size(c))
            self.sizes.addButton(button)
            size_row.addWidget(button)
        size_row.addStretch(1)
        self.contrast = QCheckBox(self.tr("High contrast (yellow on black)"), self)
        self.contrast.setObjectName("highContrast")
        self.contrast.setChecked(settings.high_contrast)
        self.contrast.toggled.connect(self._contrast)
        look = QGroupBox(self.tr("Display"), self)
        form = QFormLayout(look)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Text size"), size_row)
        form.addRow("", self.contrast)
        self.idle_lock = QSpinBox(self)
        self.idle_lock.setObjectName("idleLock")
        self.idle_lock.setRange(0, 240)
        self.idle_lock.setSuffix(self.tr(" min (0: never)"))
        self.idle_lock.setValue(settings.idle_lock_minutes)
        self.idle_lock.valueChanged.connect(self._idle_lock)
        form.addRow(self.tr("Lock after idle"), self.idle_lock)
        self.db_label = QLabel(self)
        self.db_label.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open another database…"), self)
        self.new_button = QPushButton(self.tr("New database…"), self)
        self.demo_button = QPushButton(self.tr("Add demo data for training…"), self)
        self.demo_button.setObjectName("demoButton")
        self.demo_button.clicked.connect(self.ask_demo)
        data = QGroupBox(self.tr("Data"), self)
        data_lay = QVBoxLayout(data)
        data_lay.addWidget(self.db_label)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addWidget(self.new_button)
        row.addWidget(self.demo_button)
        row.addStretch(1)
        data_lay.addLayout(row)
        lay = QVBoxLayout(self)
        lay.addWidget(page_title(self.title(), self))
        lay.addWidget(look)
        lay.addWidget(data)
        lay.addStretch(1)
        self.task = None


    def load(self) -> None:
        """Show the database path and hook the window's file commands."""
        window = self.window()
        if hasattr(window, "open_database"):
            self.open_button.clicked.connect(window.open_database)
            self.new_button.clicked.connect(window.new_database)
        self.refresh()

    def refresh(self) -> None:
        """Show the database path."""
        self.db_label.setText(self.tr("Database file: %1").replace("%1", str(self.session.db_path)))
        self.demo_button.setEnabled(self.session.setup().get("role") == "commune")

    def show_display(self) -> None:
        """Show the contrast and text size as set (they also change from the View menu
        and the toolbar)."""
        settings = self.session.settings
        self.contrast.blockSignals(True)
        self.contrast.setChecked(settings.high_contrast)
        self.contrast.blockSignals(False)
        for button in self.sizes.buttons():
            button.blockSignals(True)
            button.setChecked(button.objectName() == f"size_{settings.font_size}")
            button.blockSignals(False)

    def _window_signal(self, name: str):
        return getattr(self.window(), name, None)

    def _language(self) -> None:
        signal = self._window_signal("language_changed")
        if signal is not None:
            signal.emit(self.language.currentData())
        else:
            self.session.settings.language = self.language.currentData()

    def _size(self, code: str) -> None:
        window = self.window()
        if hasattr(window, "set_font_size"):
            window.set_font_size(code)
        else:
            self.session.settings.font_size = code

    def _contrast(self, on: bool) -> None:
        self.session.settings.high_contrast = on
        signal = self._window_signal("theme_changed")
        if signal is not None:
            signal.emit()

    def _idle_lock(self, minutes: int) -> None:
        """Takes effect at the next start (and at the next unlock)."""
        self.session.settings.idle_lock_minutes = minutes

    def ask_demo(self) -> None:
        """Confirm, then add demo data."""
        if messages.ask(self, self.tr("Demo data"),
                        self.tr("Add made-up households, residents and visits for training? "
                                "Use a separate database for real work.")):
            self.generate_demo()

    def generate_demo(self, households: int = 300, months: int = 12):
        """Generate demo data in the background with progress and Cancel; returns the task."""
        if not self.permitted("admin"):
            return None
        def work(db, progress, cancelled):
            """Runs in the worker, on its own connection."""
            return generate_demo(db, households=households, months=months, progress=progress,
                                 cancel=cancelled)
        self.task = self.session.tasks.run(
            self, self.tr("Creating demo data…"),
            work,
            self._demo_done, self._demo_failed)
        return self.task

    def _demo_done(self, counts) -> None:
        self.session.notify(counts.changes if counts is not None else None)

    def _demo_failed(self, exc) -> None:
        if exc.__class__.__name__ == "Cancelled":
            return
        messages.warn(self, self.tr("Demo data"), error_text(exc, self.session.lang))
