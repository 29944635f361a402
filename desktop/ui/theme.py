"""Look and feel: the bundled font, font size A-/A/A+ and the high-contrast theme."""

import sys
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from desktop.ui.settings import FONT_STEPS

FONT_FAMILY = "DejaVu Sans"


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
