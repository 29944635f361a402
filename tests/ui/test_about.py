"""Help ▸ About: version, GPL, every bundled library and font with its licence."""

from pathlib import Path

from PySide6.QtWidgets import QLabel

from desktop import __version__
from desktop.licences import FONTS, LIBRARIES
from desktop.ui.about import AboutDialog, app_icon
from desktop.ui.theme import resource_dir


def test_about_lists_version_licence_and_components(qtbot):
    dialog = AboutDialog(None, "vi")
    qtbot.addWidget(dialog)
    title = dialog.findChild(QLabel, "aboutTitle")
    assert __version__ in title.text()
    assert "GPL-3.0-or-later" in dialog.findChild(QLabel, "aboutLicence").text()
    text = dialog.components.toPlainText()
    for part in LIBRARIES + FONTS:
        assert part.name in text and part.licence in text, part.name
    assert "Giấy phép" in text
    assert "Licence" in AboutDialog(None, "en").components.toPlainText()


def test_every_bundled_font_is_listed():
    listed = {f.name.replace(" ", "") for f in FONTS}
    for ttf in (resource_dir() / "fonts").glob("*.ttf"):
        assert ttf.stem.split("-")[0] in listed, ttf.name


def test_app_icon_exists():
    assert (Path(resource_dir()) / "icons" / "xaso.png").exists()
    assert not app_icon().isNull()
