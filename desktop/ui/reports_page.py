"""Reports: choose month and language, preview the monthly PDF inside the app, save or
print it, export Excel. The report is computed and rendered in a background task.
"""

from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QPointF
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (QComboBox, QFileDialog, QHBoxLayout, QLabel, QPushButton,
                               QVBoxLayout)

from desktop.security.files import shred
from desktop.ui import messages
from desktop.ui.record_page import month_choices
from desktop.ui.record_page import Page, page_title
from desktop.ui.tasks import error_text


def make_monthly(db, month: str, lang: str, pdf: Path, xlsx: Path | None = None,
                 commune: str | None = None) -> Path:
    """Compute and render the monthly report (in a worker): a commune's report, a hub's
    roll-up, or on a hub one commune's report when `commune` is given. Returns the
    Excel file when `xlsx` is asked for, else the PDF.

    The reports package logs every report it writes in the audit log.
    """
    from desktop.reports.produce import produce_monthly  # ReportLab loads on first use

    produce_monthly(db, month, pdf=pdf, xlsx=xlsx, lang=lang, commune=commune)
    return xlsx or pdf


class ReportsPage(Page):
    """Monthly report preview (QtPdf), save as PDF, print, export Excel."""

    key = "reports"

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self.month = QComboBox(self)
        self.month.setObjectName("reportMonth")
        for label, value in month_choices(session.clock.today()):
            self.month.addItem(label, value)
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
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.xlsx_button = QPushButton(self.tr("Export Excel…"), self)
        self.generate_button.clicked.connect(self.generate)
        self.save_button.clicked.connect(self.save_pdf)
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
        bar.addWidget(self.save_button)
        bar.addWidget(self.print_button)
        bar.addWidget(self.xlsx_button)
        self.state = QLabel(self)
        self.state.setObjectName("reportState")
        self.state.setWordWrap(True)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        lay = QVBoxLayout(self)
        lay.addWidget(page_title(self.title(), self))
        lay.addLayout(bar)
        lay.addWidget(self.state)
        lay.addWidget(self.view, 1)
        # The report lists names (the follow-up list): it is rendered into a private
        # folder of the session, read into memory at once and its file overwritten;
        # the preview, Save and Print work from memory.
        self._tmp = session.temp_dir("xaso-report-")
        self.pdf_path: Path | None = None  # the name it was rendered under
        self.pdf_bytes: bytes = b""
        self._buffer: QBuffer | None = None
        self.task = None

    def title(self) -> str:
        """Name in the navigation list."""
        return self.tr("Reports")

    def load(self) -> None:
        """Say what to do first; on a hub, offer the merged communes."""
        is_hub = self.session.setup().get("role") == "hub"
        self.commune.setVisible(is_hub)
        self.commune_label.setVisible(is_hub)
        if is_hub:
            from desktop.reports.hub import merged_communes

            current = self.commune.currentData()
            self.commune.clear()
            self.commune.addItem(self.tr("All communes (roll-up)"), None)
            for code, name in merged_communes(self.session.db):
                self.commune.addItem(f"{name} ({code})", code)
            self.commune.setCurrentIndex(max(0, self.commune.findData(current)))
        if is_hub:
            self.state.setText(self.tr("A hub's report rolls up every commune it has merged. "
                                       "Choose the month and the language, then Show report."))
        else:
            self.state.setText(self.tr("Choose the month and the language, then Show report."))

    def generate(self):
        """Compute and render the report in the background, then preview it."""
        if not self.permitted("report"):
            return None
        month, lang = self.month.currentData(), self.language.currentData()
        commune = self.commune.currentData() if self.commune.isVisibleTo(self) else None
        path = self._tmp / f"bao-cao-{month}-{lang}-{commune or 'all'}.pdf"
        self.generate_button.setEnabled(False)
        self.state.setText(self.tr("Preparing the report…"))
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

    def print_pdf(self) -> None:
        """Print the previewed PDF, one rendered page at a time."""
        from PySide6.QtCore import QSize
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
            image = self.document.render(page, QSize(rect.width(), rect.height()))
            painter.drawImage(rect, image)
        painter.end()

    def export_xlsx(self) -> None:
        """Export the month's report as Excel, in the background."""
        if not self.permitted("report"):
            return None
        month, lang = self.month.currentData(), self.language.currentData()
        commune = self.commune.currentData() if self.commune.isVisibleTo(self) else None
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Export Excel"),
                                                str(Path.home() / f"bao-cao-{month}.xlsx"),
                                                self.tr("Excel (*.xlsx)"))
        if not target:
            return
        self.task = self.session.tasks.run(
            self, self.tr("Exporting…"),
            lambda db, p, c: make_monthly(
                db, month, lang, self._tmp / "xlsx-companion.pdf", Path(target),
                commune),
            self._xlsx_done, self._failed)

    def _xlsx_done(self, path) -> None:
        shred(self._tmp / "xlsx-companion.pdf")
        messages.info(self, self.tr("Export Excel"), self.tr("Saved to %1").replace("%1", str(path)))
