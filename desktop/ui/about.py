"""Help ▸ About: the app icon, version, licence, and the licences of what is bundled.

The text is kept here in both languages rather than in the .ts files: it is mostly
names and licence identifiers that translators should not touch, and it must stay
next to `desktop.licences`, the list the package build also reads.
"""

import html
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QTextBrowser,
                               QVBoxLayout, QWidget)

from desktop.licences import APP_LICENCE, FONTS, LIBRARIES
from desktop.ui.theme import resource_dir

TEXT = {
    "vi": {
        "tagline": "Hồ sơ và báo cáo chuyển đổi số của xã, làm việc không cần mạng.",
        "version": "Phiên bản {version}",
        "licence": ("Phần mềm tự do theo giấy phép <b>{licence}</b> (GNU GPL phiên bản 3 "
                    "hoặc mới hơn). Không có bất kỳ bảo đảm nào."),
        "bundled": "Thư viện và phông chữ đi kèm",
        "name": "Thành phần", "ver": "Phiên bản", "lic": "Giấy phép",
        "fonts": "Phông chữ", "close": "Đóng",
        "where": ("Toàn văn các giấy phép nằm trong thư mục cài đặt (LICENSE, "
                  "resources/fonts, các thư mục *.dist-info)."),
    },
    "en": {
        "tagline": "A commune's digital transformation records and reports, offline.",
        "version": "Version {version}",
        "licence": ("Free software under the <b>{licence}</b> licence (GNU GPL version 3 "
                    "or later). It comes with no warranty."),
        "bundled": "Bundled libraries and fonts",
        "name": "Component", "ver": "Version", "lic": "Licence",
        "fonts": "Fonts", "close": "Close",
        "where": ("The full licence texts are in the installation folder (LICENSE, "
                  "resources/fonts, the *.dist-info folders)."),
    },
}


def icon_path() -> Path:
    """The app icon (PNG) in resources/icons."""
    return resource_dir() / "icons" / "xaso.png"


def app_icon() -> QIcon:
    """The app and window icon; an empty icon if the file is missing."""
    return QIcon(str(icon_path()))


def current_language() -> str:
    """vi or en, following the locale the translators installed."""
    return "vi" if QLocale().language() == QLocale.Language.Vietnamese else "en"


def components_html(lang: str) -> str:
    """The table of bundled libraries and fonts with version and licence."""
    t = TEXT[lang]
    python = ".".join(map(str, sys.version_info[:3]))
    rows = [f"<tr><th align='left'>{t['name']}</th><th align='left'>{t['ver']}</th>"
            f"<th align='left'>{t['lic']}</th></tr>"]
    for part in LIBRARIES:
        ver = python if part.name == "Python" else part.version()
        rows.append(f"<tr><td><a href='{part.url}'>{html.escape(part.name)}</a></td>"
                    f"<td>{html.escape(ver)}</td><td>{html.escape(part.licence)}</td></tr>")
    rows.append(f"<tr><td colspan='3'><b>{t['fonts']}</b></td></tr>")
    for font in FONTS:
        rows.append(f"<tr><td><a href='{font.url}'>{html.escape(font.name)}</a></td><td></td>"
                    f"<td>{html.escape(font.licence)}</td></tr>")
    return (f"<p><b>{t['bundled']}</b></p><table cellspacing='0' cellpadding='3'>"
            + "".join(rows) + f"</table><p>{t['where']}</p>")


class AboutDialog(QDialog):
    """Version, licence and bundled components; closes with Esc or the Close button."""

    def __init__(self, parent: QWidget | None = None, lang: str | None = None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        lang = lang if lang in TEXT else current_language()
        t = TEXT[lang]
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "About Xã Số"))
        self.setWindowIcon(app_icon())
        logo = QLabel(self)
        logo.setPixmap(QPixmap(str(icon_path())).scaled(
            72, 72, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))
        import desktop  # its version is read from the package's metadata when asked for

        title = QLabel(f"<span style='font-size:18pt; font-weight:bold'>Xã Số</span><br>"
                       f"{t['version'].format(version=html.escape(desktop.__version__))}", self)
        title.setObjectName("aboutTitle")
        head = QHBoxLayout()
        head.addWidget(logo)
        head.addWidget(title, 1)
        tagline = QLabel(t["tagline"], self)
        tagline.setWordWrap(True)
        licence = QLabel(t["licence"].format(licence=APP_LICENCE), self)
        licence.setObjectName("aboutLicence")
        licence.setWordWrap(True)
        self.components = QTextBrowser(self)
        self.components.setObjectName("aboutComponents")
        self.components.setOpenExternalLinks(True)
        self.components.setHtml(components_html(lang))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        # Qt ships no Vietnamese qtbase translation, so the button is named here.
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(t["close"])
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(tagline)
        layout.addWidget(licence)
        layout.addWidget(self.components, 1)
        layout.addWidget(buttons)
        self.resize(620, 560)
