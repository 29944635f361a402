"""The hub's window never freezes: the longest stall of the event loop per action on
the province hub of `make bench-province` (benchmarks/province_bench.py), measured as
benchmarks/gui_stall_bench.py measures a commune's window (a 5 ms heartbeat on the
UI thread, each action started from inside the event loop, the real window offscreen
at 1366×768, logged in through the dialog).

Run by province_bench in a child process: `python -m benchmarks.hub_stall HUB DAY
SCRATCH` prints one JSON line per action (gui_stall_bench.drive); `measure` runs
it and makes table rows.
"""

import subprocess
import sys
from pathlib import Path

from benchmarks.gui_stall_bench import (drive, open_window, search, searched, stall_rows,
                                         table_ready)

ROOT = Path(__file__).resolve().parents[1]


def measure(hub: Path, day: Path, scratch: Path, environ: dict) -> list[dict]:
    """Drive the window on (a copy of) the hub in a child process; its table rows."""
    from desktop.ui.offscreen import laptop_platform

    env = {**environ, "XASO_USER": "admin", "QT_QPA_PLATFORM": laptop_platform(scratch)}
    out = subprocess.run([sys.executable, "-m", "benchmarks.hub_stall", str(hub), str(day),
                          str(scratch)], capture_output=True, text=True, env=env, cwd=ROOT)
    return stall_rows(out, "hub window, longest stall: ")


def _actions(d, report, app, settings, hub: Path, day: Path) -> None:
    """What a province's IT officer does on a Monday: open the hub, look at the
    roll-up, the visits of every commune, and merge the day's bundles."""
    ctl, window = open_window(d, report, app, settings, hub, "the roll-up of every commune")
    dash = window.page("dashboard")
    report("roll-up: previous month",
           d.measure(lambda: dash.month.setCurrentIndex(1), lambda: not dash.busy()))
    visits = window.page("visits")
    report("go to Outreach visits (every commune, this month)",
           d.measure(lambda: window.show_page("visits"), table_ready(visits.table)))
    report("visits: all months",
           d.measure(lambda: visits.table.month.setCurrentIndex(0), table_ready(visits.table)))
    report("visits: search 'nguyen van' (typed)",
           d.measure(search(visits.table, "nguyen van"), searched(visits.table, "nguyen van")))
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
    drive(_actions, Path(sys.argv[1]), Path(sys.argv[2]), scratch=Path(sys.argv[3]))
