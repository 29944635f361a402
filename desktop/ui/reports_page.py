"""Reports: choose the month and language, preview the monthly PDF inside the app, save
it as PDF or as an editable Word copy, print it, export Excel; write the officer's own
sections of the month and the report's settings (signer, symbol, recipients, period).
The report is computed and rendered in a background task.
"""

from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QPointF
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (QComboBox, QFileDialog, QFormLayout, QFrame, QHBoxLayout,
                               QLabel, QLineEdit, QPlainTextEdit, QPushButton, QScrollArea,
                               QTabWidget, QVBoxLayout, QWidget)

from desktop.domain.periods import DECREE_09_CLOSING_DAY, recent_periods
from desktop.security.files import shred
from desktop.services.changes import Changes
from desktop.ui import messages
from desktop.ui.record_page import Page, page_title
from desktop.ui.record_table import commune_choices
from desktop.ui.tasks import error_text

# (settings key, kind of editor) in the order of the Settings tab
SETTING_FIELDS = ("report.signer_authority", "report.collective", "report.head_title",
                  "report.signer_title", "report.signer_name", "report.symbol",
                  "report.governing_body", "report.issuer", "report.place",
                  "report.recipients", "report.drafting_unit", "report.closing_day")
MULTILINE = ("report.issuer", "report.recipients")


def make_monthly(db, month: str, lang: str, pdf: Path | None = None, xlsx: Path | None = None,
                 commune: str | None = None, docx: Path | None = None) -> Path:
    """Compute and render the monthly report (in a worker): a commune's report, a hub's
    roll-up, or on a hub one commune's report when `commune` is given. Returns the
    file asked for last (Excel, Word, else the PDF).

    The reports package logs every report it writes in the audit log.
    """
    from desktop.reports.produce import produce_monthly  # ReportLab loads on first use

    produce_monthly(db, month, pdf=pdf, xlsx=xlsx, lang=lang, commune=commune, docx=docx)
    return xlsx or docx or pdf


class ReportsPage(Page):
    """Monthly report preview (QtPdf), save as PDF or Word, print, export Excel; the
    officer's sections and the report settings."""

    key = "reports"

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self.month = QComboBox(self)
        self.month.setObjectName("reportMonth")
        self.language = QComboBox(self)
        self.language.setObjectName("reportLanguage")
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        # on a hub: the roll-up across communes, or one merged commune's own report
        self.commune = QComboBox(self)
        self.commune.setObjectName("reportCommune")
        self.commune_label = QLabel(self.tr("Commune"), self)
        self.generate_button = QPushButton(self.tr("Show report"), self)
        self.generate_button.setObjectName("generateReport")
        self.save_button = QPushButton(self.tr("Save PDF…"), self)
        self.word_button = QPushButton(self.tr("Save Word copy…"), self)
        self.word_button.setObjectName("saveWord")
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.xlsx_button = QPushButton(self.tr("Export Excel…"), self)
        self.generate_button.clicked.connect(self.generate)
        self.save_button.clicked.connect(self.save_pdf)
        self.word_button.clicked.connect(lambda: self.save_docx())
        self.print_button.clicked.connect(self.print_pdf)
        self.xlsx_button.clicked.connect(self.export_xlsx)
        for b in (self.save_button, self.print_button):
            b.setEnabled(False)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Month"), self))
        bar.addWidget(self.month)
        bar.addWidget(QLabel(self.tr("Language"), self))
        bar.addWidget(self.language)
        bar.addWidget(self.commune_label)
        bar.addWidget(self.commune)
        bar.addWidget(self.generate_button)
        bar.addStretch(1)
        # what to do with the report on a row of its own: one row was wider than a
        # 1366-pixel screen at A+
        outputs = QHBoxLayout()
        for b in (self.save_button, self.word_button, self.print_button, self.xlsx_button):
            outputs.addWidget(b)
        outputs.addStretch(1)
        self.state = QLabel(self)
        self.state.setObjectName("reportState")
        self.state.setWordWrap(True)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.view, self.tr("Preview"))
        # scrolled, so the tabs never make the window taller than a small screen
        self.tabs.addTab(self._scrolled(self._notes_tab()), self.tr("Officer's sections"))
        self.tabs.addTab(self._scrolled(self._settings_tab()), self.tr("Report settings"))
        lay = QVBoxLayout(self)
        lay.addWidget(page_title(self.title(), self))
        lay.addLayout(bar)
        lay.addLayout(outputs)
        lay.addWidget(self.state)
        lay.addWidget(self.tabs, 1)
        # The report lists names (the follow-up list): it is rendered into a private
        # folder of the session, read into memory at once and its file overwritten;
        # the preview, Save and Print work from memory.
        self._tmp = session.temp_dir("xaso-report-")
        self.pdf_path: Path | None = None  # the name it was rendered under
        self.pdf_bytes: bytes = b""
        self._buffer: QBuffer | None = None
        self.task = None
        self._notes_month: str | None = None
        self.month.currentIndexChanged.connect(lambda _i: self.load_notes())

    # --- building -------------------------------------------------------------------
    def _scrolled(self, inner: QWidget) -> QScrollArea:
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(inner)
        return area

    def _notes_tab(self) -> QWidget:
        from desktop.reports.notes import CODES, heading

        box = QWidget(self)
        lay = QVBoxLayout(box)
        hint = QLabel(self.tr("Written for the chosen month and printed as sections II–IV "
                              "of the report; an empty section is left out."), box)
        hint.setWordWrap(True)
        self.notes_button = QPushButton(self.tr("Save sections"), box)
        self.notes_button.setObjectName("saveNotes")
        self.notes_button.clicked.connect(self.save_notes)
        self.notes_file_button = QPushButton(self.tr("Load from file…"), box)
        self.notes_file_button.clicked.connect(lambda: self.load_notes_file())
        row = QHBoxLayout()  # the buttons first: they stay in sight on a small screen
        row.addWidget(hint, 1)
        row.addWidget(self.notes_file_button)
        row.addWidget(self.notes_button)
        lay.addLayout(row)
        self.notes: dict[str, QPlainTextEdit] = {}
        for code in CODES:
            lay.addWidget(QLabel(heading(code, self.session.lang), box))
            edit = QPlainTextEdit(box)
            edit.setObjectName(f"notes_{code}")
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
            self.notes[code] = edit
            lay.addWidget(edit, 1)
        return box

    def _settings_tab(self) -> QWidget:
        from desktop.reports.settings import AUTHORITIES, SETTINGS

        box = QWidget(self)
        form = QFormLayout(box)
        lang = self.session.lang
        self.setting_inputs: dict[str, QWidget] = {}
        for key in SETTING_FIELDS:
            setting = SETTINGS[key]
            if key == "report.signer_authority":
                widget = QComboBox(box)
                for value in AUTHORITIES:
                    widget.addItem(value, value)
            elif key == "report.closing_day":
                widget = QComboBox(box)
                widget.addItem(self.tr("Calendar month"), "0")
                widget.addItem(self.tr("15th of the month before to the 14th (Decree 09/2019)"),
                               str(DECREE_09_CLOSING_DAY))
            elif key in MULTILINE:
                widget = QPlainTextEdit(box)
                widget.setTabChangesFocus(True)
                widget.setFixedHeight(widget.fontMetrics().lineSpacing() * 4 + 12)
            else:
                widget = QLineEdit(box)
            widget.setObjectName(f"setting_{key.split('.', 1)[1]}")
            self.setting_inputs[key] = widget
            form.addRow(setting.en if lang == "en" else setting.vi, widget)
        self.settings_button = QPushButton(self.tr("Save settings"), box)
        self.settings_button.setObjectName("saveSettings")
        self.settings_button.clicked.connect(self.save_settings)
        form.addRow("", self.settings_button)
        return box


    # --- loading --------------------------------------------------------------------
    def load(self) -> None:
        """Say what to do first; on a hub, offer the merged communes; fill the settings
        and the month's sections."""
        is_hub = self.session.is_hub()
        self.commune.setVisible(is_hub)
        self.commune_label.setVisible(is_hub)
        if is_hub:
            current = self.commune.currentData()
            self.commune.clear()
            self.commune.addItem(self.tr("All communes (roll-up)"), None)
            for label, code in commune_choices(self.session.db):
                self.commune.addItem(label, code)
            self.commune.setCurrentIndex(max(0, self.commune.findData(current)))
        self.load_settings()
        self._fill_months()
        self.load_notes()
        if is_hub:
            self.state.setText(self.tr("A hub's report rolls up every commune it has merged. "
                                       "Choose the month and the language, then Show report."))
        else:
            self.state.setText(self.tr("Choose the month and the language, then Show report."))

    def _fill_months(self, reset: bool = False) -> None:
        """The periods to choose from, newest first (the period setting decides them);
        `reset` chooses the current period again."""
        from desktop.reports.collect import figure_settings

        closing_day, _ = figure_settings(self.session.db)
        current = None if reset else self.month.currentData()
        self.month.blockSignals(True)
        self.month.clear()
        for period in recent_periods(self.session.clock.today(), closing_day):
            text = period.label()
            if closing_day:
                text += f" ({period.first_day:%d/%m} – {period.last_day:%d/%m})"
            self.month.addItem(text, str(period))
        self.month.setCurrentIndex(max(0, self.month.findData(current)))
        self.month.blockSignals(False)

    def load_settings(self) -> None:
        """Show every setting as stored, else its default."""
        from desktop.reports.settings import list_settings

        values = {item["key"]: item["value"] for item in list_settings(self.session.db,
                                                                        self.session.lang)}
        for key, widget in self.setting_inputs.items():
            value = values.get(key, "")
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value)
            else:
                widget.setText(value)

    def load_notes(self) -> None:
        """Show the chosen month's sections."""
        from desktop.reports.notes import read_notes

        month = self.month.currentData()
        if not month or not self.session.setup():
            return
        saved = read_notes(self.session.db.conn, month)
        for code, edit in self.notes.items():
            edit.setPlainText(saved.get(code, ""))
        self._notes_month = month

    # --- saving what the officer typed ----------------------------------------------
    def save_notes(self) -> bool:
        """Save the sections typed for the chosen month."""
        from desktop.reports.notes import save_notes

        if not self.session.allowed("report"):
            return False
        month = self.month.currentData()
        try:
            save_notes(self.session.db, month,
                       {code: edit.toPlainText() for code, edit in self.notes.items()})
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.state.setText(error_text(exc, self.session.lang))
            return False
        self.state.setText(self.tr("Sections saved for %1.").replace("%1", month))
        return True

    def load_notes_file(self, path: str | None = None) -> None:
        """Fill the sections from a notes file (the format of `--notes`)."""
        from desktop.reports.notes import read_notes_file

        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Load sections"),
                                                  str(Path.home()), self.tr("Text (*.txt)"))
        if not path:
            return
        try:
            sections = read_notes_file(path)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.state.setText(error_text(exc, self.session.lang))
            return
        for code, edit in self.notes.items():
            edit.setPlainText(sections.get(code, ""))

    def save_settings(self) -> bool:
        """Save the settings tab (an emptied field goes back to its default)."""
        from desktop.reports.settings import list_settings, set_settings

        if not self.permitted("report_settings"):
            return False
        defaults = {item["key"]: (item["value"], item["default"])
                    for item in list_settings(self.session.db, self.session.lang)}
        changed = {}
        for key, widget in self.setting_inputs.items():
            if isinstance(widget, QComboBox):
                value = widget.currentData()
            elif isinstance(widget, QPlainTextEdit):
                value = widget.toPlainText()
            else:
                value = widget.text()
            shown, is_default = defaults[key]
            if value.strip() != shown.strip() or (not is_default and not value.strip()):
                changed[key] = value
        try:
            if changed:
                set_settings(self.session.db, changed)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.state.setText(error_text(exc, self.session.lang))
            return False
        self.load_settings()
        if "report.closing_day" in changed:  # other periods: start from today's
            self._fill_months(reset=True)
            self.load_notes()
        if changed:
            # the dashboard follows the period; record lists are untouched
            self.session.notify(Changes(frozenset({"settings"}), None))
        self.state.setText(self.tr("Settings saved."))
        return True

    # --- the report -----------------------------------------------------------------
    def _choice(self) -> tuple[str, str, str | None]:
        commune = self.commune.currentData() if self.commune.isVisibleTo(self) else None
        return self.month.currentData(), self.language.currentData(), commune

    def generate(self):
        """Save the typed sections, then compute and render the report in the
        background and preview it."""
        if not self.permitted("report") or not self.save_notes():
            return None
        month, lang, commune = self._choice()
        path = self._tmp / f"bao-cao-{month}-{lang}-{commune or 'all'}.pdf"
        self.generate_button.setEnabled(False)
        self.state.setText(self.tr("Preparing the report…"))
        self.tabs.setCurrentWidget(self.view)
        self.task = self.session.tasks.run(
            self, self.tr("Preparing the report…"),
            lambda db, progress, cancelled: make_monthly(db, month, lang, path,
                                                         commune=commune),
            self._show, self._failed)
        return self.task

    def _show(self, path: Path) -> None:
        self.generate_button.setEnabled(True)
        self.document.close()
        self.pdf_bytes = Path(path).read_bytes()
        shred(path)
        self._buffer = QBuffer(self)
        self._buffer.setData(self.pdf_bytes)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.pdf_path = path
        pages = self.document.pageCount()
        self.state.setText(self.tr("%1 pages. Save or print it when it looks right.")
                           .replace("%1", str(pages)))
        self.view.pageNavigator().jump(0, QPointF(), 0)
        for b in (self.save_button, self.print_button):
            b.setEnabled(pages > 0)

    def _failed(self, exc) -> None:
        self.generate_button.setEnabled(True)
        self.state.setText(error_text(exc, self.session.lang))

    def save_pdf(self) -> None:
        """Save the previewed PDF where the user chooses."""
        if not self.pdf_path:
            return
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save PDF"),
                                                str(Path.home() / self.pdf_path.name),
                                                self.tr("PDF (*.pdf)"))
        if target:
            Path(target).write_bytes(self.pdf_bytes)
            self.state.setText(self.tr("Saved to %1").replace("%1", target))

    def save_docx(self, target: str | None = None):
        """Save the month's report as an editable Word copy, in the background."""
        month, lang, commune = self._choice()
        if target is None:
            target, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save Word copy"), str(Path.home() / f"bao-cao-{month}.docx"),
                self.tr("Word (*.docx)"))
        if not target:
            return None
        if not self.permitted("report") or not self.save_notes():
            return None
        self.task = self.session.tasks.run(
            self, self.tr("Saving…"),
            lambda db, p, c: make_monthly(db, month, lang, commune=commune,
                                          docx=Path(target)),
            lambda path: self.state.setText(self.tr("Saved to %1").replace("%1", str(path))),
            self._failed)
        return self.task

    def print_pdf(self) -> None:
        """Print the previewed PDF, one rendered page at a time."""
        from PySide6.QtGui import QPainter
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if not self.pdf_path:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() != QPrintDialog.DialogCode.Accepted:
            return
        painter = QPainter(printer)
        rect = painter.viewport()
        for page in range(self.document.pageCount()):
            if page:
                printer.newPage()
            image = self.document.render(page, rect.size())
            painter.drawImage(rect, image)
        painter.end()

    def export_xlsx(self) -> None:
        """Export the month's report as Excel, in the background."""
        if not self.permitted("report"):
            return None
        month, lang, commune = self._choice()
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Export Excel"),
                                                str(Path.home() / f"bao-cao-{month}.xlsx"),
                                                self.tr("Excel (*.xlsx)"))
        if not target:
            return
        self.task = self.session.tasks.run(
            self, self.tr("Exporting…"),
            lambda db, p, c: make_monthly(db, month, lang, xlsx=Path(target), commune=commune),
            lambda path: messages.info(self, self.tr("Export Excel"),
                                       self.tr("Saved to %1").replace("%1", str(path))),
            self._failed)
