"""Installing the app's and Qt's translations for the chosen language."""

import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator


def translations_dir() -> Path:
    """The translations/ folder, in a checkout and in a frozen build alike."""
    base = getattr(sys, "_MEIPASS", None)
    if base:
        return Path(base) / "translations"
    return Path(__file__).resolve().parents[2] / "translations"


def qm_path(lang: str) -> Path:
    """The compiled translation file of the app for `lang`."""
    return translations_dir() / f"xaso_{lang}.qm"


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Load xaso_<lang>.qm (built first if missing or stale) and Qt's qtbase_<lang>.qm.

    Returns the translators so the caller can remove them when the language changes.
    """
    installed: list[QTranslator] = []
    path = qm_path(lang)
    ts = translations_dir() / f"xaso_{lang}.ts"
    if ts.exists() and (not path.exists() or path.stat().st_mtime < ts.stat().st_mtime):
        # a checkout: build the .qm when missing or older than its .ts (frozen builds
        # ship the .qm and no .ts)
        from desktop.ui.i18n_build import build

        build()
    own = QTranslator(app)
    if path.exists() and own.load(str(path)):
        app.installTranslator(own)
        installed.append(own)
    qt_dirs = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
               str(Path(PySide6.__file__).parent / "Qt" / "translations")]
    for folder in qt_dirs:
        qt = QTranslator(app)
        if qt.load(f"qtbase_{lang}", folder):
            app.installTranslator(qt)
            installed.append(qt)
            break
    QLocale.setDefault(QLocale("vi_VN")
                       if lang == "vi" else
                       QLocale("en_GB"))
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Uninstall translators installed by `install_translators`."""
    for translator in translators:
        app.removeTranslator(translator)
