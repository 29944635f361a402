"""A test hook for packaged builds: `XASO_SMOKE_EXIT_MS=N` quits N ms after the window shows.

tests/packaging starts the frozen executable offscreen with this set. Before quitting,
the app prints one line on stderr, `XASO_SMOKE {json}`, saying what it loaded: the
language, the translation files in use, the File menu's title as translated, the
window title and whether the window icon is set. Unset (the normal case), nothing
happens.
"""

import json
import os
import sys

from PySide6.QtCore import QTimer

ENV = "XASO_SMOKE_EXIT_MS"


def arm(app, controller) -> None:
    """If $XASO_SMOKE_EXIT_MS is set, report and quit that many ms after the event loop starts."""
    value = os.environ.get(ENV, "").strip()
    if not value:
        return

    def report() -> None:
        window = controller.window
        menus = window.menuBar().actions() if window else []
        info = {
            "shown": bool(window and window.isVisible()),
            "title": window.windowTitle() if window else "",
            "language": controller.settings.language,
            "translations": [t.filePath() for t in controller.translators],
            "file_menu": menus[0].text() if menus else "",
            "icon": not app.windowIcon().isNull(),
        }
        print("XASO_SMOKE " + json.dumps(info), file=sys.stderr, flush=True)
        app.quit()

    QTimer.singleShot(max(0, int(value)), report)
