"""Fixtures for the GUI tests: one QApplication (pytest-qt), offscreen on a screen of
1366×768, a temporary database, settings in a temporary INI file, and message boxes
patched in one place.
"""

import os
import tempfile

from desktop.ui.offscreen import laptop_platform

# The offscreen screen is the commune's laptop: 1366×768 (Qt's default is 800×800),
# the same screen the screenshots and the stall benchmark use.
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = laptop_platform(tempfile.mkdtemp(prefix="xaso-screen-"))

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402

from desktop.services import records  # noqa: E402
from desktop.services.setup import init_commune  # noqa: E402
from desktop.ui import messages  # noqa: E402
from desktop.ui.controller import AppController  # noqa: E402
from desktop.ui.i18n import remove_translators  # noqa: E402
from desktop.ui.settings import Settings  # noqa: E402

COMMUNE = "30985"  # Xã An Biên, An Giang


@pytest.fixture
def settings(tmp_path):
    """Settings kept in a temporary INI file."""
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def answers(monkeypatch):
    """Message boxes answered without showing: records what was asked."""
    log = {"asked": [], "info": [], "warn": [], "ask": True, "ask_save": "discard"}

    def ask(parent, title, text):
        log["asked"].append(text)
        return log["ask"]

    monkeypatch.setattr(messages, "ask", ask)
    monkeypatch.setattr(messages, "ask_save", lambda p, t, x: (log["asked"].append(x),
                                                                log["ask_save"])[1])
    monkeypatch.setattr(messages, "info", lambda p, t, x: log["info"].append(x))
    monkeypatch.setattr(messages, "warn", lambda p, t, x: log["warn"].append(x))
    return log


@pytest.fixture
def controller(qapp, tmp_path, settings, answers):
    """An app controller on a fresh, not yet set up database."""
    ctl = AppController(qapp, settings, tmp_path / "xaso.db")
    assert ctl.open_session()
    yield ctl
    ctl.session.tasks.stop_all()  # e.g. the dashboard's figures, still computing
    qapp.processEvents()
    if ctl.window is not None:
        ctl.window.close()
    ctl.session.close()
    # the application outlives the test: a translator left installed would answer for
    # strings the next test's language lacks
    remove_translators(qapp, ctl.translators)


@pytest.fixture
def commune(controller):
    """The controller's database set up as a commune with two hamlets and a team."""
    db = controller.session.db
    init_commune(db, COMMUNE, "may-test")
    h1 = records.add(db, "hamlet", {"name": "Tân Ninh"})
    h2 = records.add(db, "hamlet", {"name": "Đông Xuân"})
    m1 = records.add(db, "member", {"full_name": "Lê Thị Hoa", "hamlet": h1["id"], "role": "leader"})
    m2 = records.add(db, "member", {"full_name": "Trần Văn Bình", "hamlet": h1["id"]})
    controller.ids = {"h1": h1["id"], "h2": h2["id"], "m1": m1["id"], "m2": m2["id"]}
    return controller


@pytest.fixture
def window(commune, qtbot):
    """The main window on the commune database."""
    win = commune.show_window()
    qtbot.addWidget(win)
    return win
