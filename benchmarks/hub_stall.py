"""The hub's window never freezes: the longest stall of the event loop per action on
the province hub of `make bench-province` (benchmarks/province_bench.py), measured as
benchmarks/gui_stall_bench.py measures a commune's window (a 5 ms heartbeat on the
UI thread, each action started from inside the event loop, the real window offscreen
at 1366×768, logged in through the dialog).

Run by province_bench in a child process: `python -m benchmarks.hub_stall HUB DAY
SCRATCH` prints one JSON line per action; `measure` runs it and makes table rows.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

from benchmarks.gui_stall_bench import TARGET_MS, Driver, Unfinished

ROOT = Path(__file__).resolve().parents[1]


def measure(hub: Path, day: Path, scratch: Path, environ: dict) -> list[dict]:
    """Drive the window on (a copy of) the hub in a child process; its table rows."""
    from desktop.ui.offscreen import laptop_platform

    env = {**environ, "XASO_USER": "admin", "QT_QPA_PLATFORM": laptop_platform(scratch)}
    out = subprocess.run([sys.executable, "-m", "benchmarks.hub_stall", str(hub), str(day),
                          str(scratch)], capture_output=True, text=True, env=env, cwd=ROOT)
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise RuntimeError(f"the hub window's driver failed ({out.returncode}):\n"
                           f"{out.stderr[-4000:]}")
    rows = []
    for line in lines:
        r = json.loads(line)
        met = "met" if r["stall_ms"] < TARGET_MS else "NOT met"
        rows.append({"benchmark": f"hub window, longest stall: {r['action']}",
                     "value": r["stall_ms"], "unit": "ms", "baseline": r["idle_ms"],
                     "baseline_label": "idle heartbeat gap", "ratio": None,
                     "note": f"target < {TARGET_MS} ms: {met}; done in {r['took_s']:.2f} s"
                             + (f"; {r['note']}" if r.get("note") else "")})
    return rows


def drive(hub: Path, day: Path, scratch: Path) -> None:
    """Open the window on the hub and time each action; one JSON line per action."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.ui import messages
    from desktop.ui.settings import Settings

    messages.info = messages.warn = lambda *a: None  # answered without showing
    messages.ask = lambda *a: True
    app = QApplication.instance() or QApplication([])
    settings = Settings(QSettings(str(scratch / "hub-settings.ini"),
                                  QSettings.Format.IniFormat))
    settings.last_page = "dashboard"
    d = Driver(app)
    idle = d.idle()

    def report(action: str, measured, note: str = "") -> None:
        stall, took = measured
        print(json.dumps({"action": action, "stall_ms": stall, "took_s": took,
                          "idle_ms": idle, "note": note}, ensure_ascii=False), flush=True)

    try:
        _actions(d, report, app, settings, hub, day)
    except Unfinished as late:
        stall, took = late.args
        print(json.dumps({"action": "(the next action)", "stall_ms": stall, "took_s": took,
                          "idle_ms": idle, "note": "did not finish; the run stopped there"}),
              flush=True)
        os._exit(0)  # the window is still frozen: nothing more can be measured


def _actions(d, report, app, settings, hub: Path, day: Path) -> None:
    """What a province's IT officer does on a Monday: open the hub, look at the
    roll-up, the visits of every commune, and merge the day's bundles."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from desktop.ui.controller import AppController
    from desktop.ui.login import LoginDialog

    ctl = AppController(app, settings, hub)
    password = os.environ.pop("XASO_PASSWORD")
    opened = {}

    def type_password():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, LoginDialog):
            d.QTimer.singleShot(20, type_password)
            return
        dialog.password.setText(password)
        QTest.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    def login():
        d.QTimer.singleShot(20, type_password)
        opened["ok"] = ctl.open_session()
    report("log in", d.measure(login, lambda: "ok" in opened))
    if not opened["ok"]:
        raise RuntimeError("the login dialog refused the benchmark's password")

    def show():
        window = ctl.show_window()
        window.resize(1366, 768)
        opened["window"] = window
    report("open the window on the roll-up of every commune",
           d.measure(show, lambda: "window" in opened and opened["window"].ready()
                     and not opened["window"].page("dashboard").busy()))
    window = opened["window"]
    dash = window.page("dashboard")
    report("roll-up: previous month",
           d.measure(lambda: dash.month.setCurrentIndex(1), lambda: not dash.busy()))

    def table_ready(table):
        return lambda: table.model.rowCount() > 0 and table.count_label.text() not in ("", "…")
    visits = window.page("visits")
    report("go to Outreach visits (every commune, this month)",
           d.measure(lambda: window.show_page("visits"), table_ready(visits.table)))
    report("visits: all months",
           d.measure(lambda: visits.table.month.setCurrentIndex(0), table_ready(visits.table)))

    def search():
        visits.table.search.setFocus()
        visits.table.search.clear()
        QTest.keyClicks(visits.table.search, "nguyen van")
    report("visits: search 'nguyen van' (typed)",
           d.measure(search, lambda: visits.table.model.filters.search == "nguyen van"
                     and visits.table.count_label.text() not in ("", "…")))
    sync = window.page("sync")
    merged = {}

    def merge():
        window.show_page("sync")
        merged["task"] = sync.import_paths([str(day)])
    measured = d.measure(merge, lambda: merged["task"] is not None
                         and not merged["task"].running, settle=1.0)
    error = merged["task"].error if merged["task"] is not None else "nothing to import"
    results = getattr(sync, "last_results", None) or []
    imported = sum(1 for r in results if r.get("status") == "imported")
    report(f"merge a day's bundles from every commune ({len(results)} bundles)", measured,
           f"failed: {error}" if error else f"{imported} imported")
    report("back to the roll-up after the merge",
           d.measure(lambda: window.show_page("dashboard"), lambda: not dash.busy()))
    ctl.session.tasks.stop_all()
    window.close()
    ctl.session.close()


if __name__ == "__main__":
    drive(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))
