"""Render the app icon from xaso.svg: `python resources/icons/build_icons.py`.

Writes beside this file: xaso.png (256 px, the window icon), xaso.ico (Windows
executable; 16 to 256 px in one file) and xaso.icns (macOS bundle). Qt draws the SVG;
Pillow (installed with ReportLab) packs the multi-size .ico and the .icns. The outputs
are committed, so builds need neither step; rerun this only when the SVG changes.
"""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

HERE = Path(__file__).resolve().parent
ICO_SIZES = [(s, s) for s in (16, 24, 32, 48, 64, 128, 256)]


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The icon as a transparent ARGB image of `size` pixels square."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # QSvgRenderer needs one
    renderer = QSvgRenderer(str(HERE / "xaso.svg"))
    if not renderer.isValid():
        print("xaso.svg could not be read", file=sys.stderr)
        return 1
    render(renderer, 256).save(str(HERE / "xaso.png"))
    big = HERE / "xaso-1024.png"
    render(renderer, 1024).save(str(big))
    with Image.open(big) as image:
        image.save(HERE / "xaso.ico", sizes=ICO_SIZES)
        image.save(HERE / "xaso.icns")
    big.unlink()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
