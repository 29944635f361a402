"""The GUI's composition root: QApplication, translations, theme, database, window.

`main()` is what `xaso gui` and the `xaso-gui` script run.
"""

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop.cli.context import default_db_path
from desktop.ui import smoke
from desktop.ui.about import app_icon
from desktop.ui.controller import AppController
from desktop.ui.settings import Settings


def main(db_path: str | Path | None = None) -> int:
    """Open the desktop window on `db_path` (else the last one, else the default); exit code."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("xaso")
    app.setApplicationName("xaso")
    app.setApplicationDisplayName("Xã Số")
    app.setWindowIcon(app_icon())
    settings = Settings()
    last = Path(settings.last_db) if settings.last_db else None
    path = Path(db_path) if db_path else (last if last and last.exists() else default_db_path())
    controller = AppController(app, settings, path)
    if not controller.open_session():
        return 1
    if not controller.run_wizard_if_needed():
        controller.session.close()
        return 0
    controller.show_window()
    controller.start_idle_lock()
    smoke.arm(app, controller)  # no-op unless $XASO_SMOKE_EXIT_MS (tests/packaging)
    code = app.exec()
    controller.session.close()
    return code


if __name__ == "__main__":
    raise SystemExit(main())
