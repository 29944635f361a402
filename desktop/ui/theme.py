"""Look and feel: the bundled font, font size A-/A/A+ and the high-contrast theme."""

import sys
from pathlib import Path

from PySide6.QtCharts import QAbstractBarSeries, QChart
from PySide6.QtGui import QBrush, QColor, QFont, QFontDatabase, QPen
from PySide6.QtWidgets import QApplication

from desktop.ui.settings import FONT_STEPS

FONT_FAMILY = "DejaVu Sans"
# Charts are painted, not styled by the style sheet: the high-contrast theme's colours
# (resources/styles/high_contrast.qss) are given to them here.
CONTRAST_BACKGROUND, CONTRAST_TEXT, CONTRAST_LINES = "#000000", "#ffffff", "#808080"
CONTRAST_BARS = ("#ffff00", "#00ffff", "#ff80ff", "#80ff80")


def resource_dir() -> Path:
    """The resources/ folder, in a checkout and in a frozen build alike."""
    base = getattr(sys, "_MEIPASS", None)
    if base:
        return Path(base) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def load_fonts() -> str:
    """Register the bundled sans font so Vietnamese renders the same everywhere."""
    family = FONT_FAMILY
    for path in sorted((resource_dir() / "fonts").glob("DejaVuSans*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families:
            family = families[0]
    return family


def stylesheet(high_contrast: bool) -> str:
    """The style sheet of the chosen theme."""
    name = "high_contrast.qss" if high_contrast else "base.qss"
    path = resource_dir() / "styles" / name
    return path.read_text(encoding="utf-8") if path.exists() else ""


def apply_theme(app: QApplication, font_size: str, high_contrast: bool) -> None:
    """Apply the font size (A-/A/A+) and the theme to the whole application."""
    font = QFont(FONT_FAMILY, FONT_STEPS.get(font_size, FONT_STEPS["normal"]))
    app.setFont(font)
    app.setStyleSheet(stylesheet(high_contrast))


def style_chart(chart: QChart, high_contrast: bool) -> None:
    """Give a chart the theme's colours: Qt's light theme, or yellow and cyan bars on
    black with white text in high contrast. Call after the series and axes are added
    (a theme recolours them), and again whenever the setting changes."""
    chart.setTheme(QChart.ChartTheme.ChartThemeDark if high_contrast
                   else QChart.ChartTheme.ChartThemeLight)
    if not high_contrast:
        return
    text, lines = QColor(CONTRAST_TEXT), QColor(CONTRAST_LINES)
    chart.setBackgroundBrush(QBrush(QColor(CONTRAST_BACKGROUND)))
    chart.setBackgroundPen(QPen(text, 2))
    chart.setTitleBrush(QBrush(text))
    chart.legend().setLabelColor(text)
    for axis in chart.axes():
        axis.setLabelsColor(text)
        axis.setLinePen(QPen(text, 2))
        axis.setGridLinePen(QPen(lines, 1))
    for series in chart.series():
        if isinstance(series, QAbstractBarSeries):
            for i, bars in enumerate(series.barSets()):
                colour = QColor(CONTRAST_BARS[i % len(CONTRAST_BARS)])
                bars.setColor(colour)
                bars.setBorderColor(colour)
                bars.setLabelColor(text)
