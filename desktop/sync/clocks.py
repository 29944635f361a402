"""This machine's clock against the data: the import tolerance, jump warnings, repair.

A laptop whose clock runs years ahead stamps its changes years ahead: they would win
every conflict and drag every clock that merges them. So an importer refuses a
bundle whose clocks run more than the tolerance (a setting, one day by default)
ahead of its own wall clock, and a machine warns before writing when its wall clock
has jumped far from the last clock it saved. `repair_clock` re-stamps, after the
computer's date was corrected, the changes saved while it was wrong, so they can be
exported again. The GUI calls `clock_status` and `clock_warning` like the CLI does.
"""

import datetime as dt
import json
import math

from desktop.db.live import RECORD_TABLES
from desktop.db.meta import get_meta, read_setup
from desktop.db.writer import clock_of, write
from desktop.domain.errors import InputRefused
from desktop.domain.hlc import DAY_MS, HybridClock, Timestamp
from desktop.domain.rows import Bounds
from desktop.messages import message
from desktop.sync.manifest import clock_limit

TOLERANCE_KEY = "sync_clock_tolerance_hours"
DEFAULT_TOLERANCE_HOURS = 24
MAX_TOLERANCE_HOURS = 24 * 30
JUMP_AHEAD_DAYS = 30  # a wall clock this far past the last save is worth a question
_TABLES = (*RECORD_TABLES, "duplicates")


def tolerance_hours(conn) -> int:
    """How far ahead of this machine's clock an imported clock may run (hours)."""
    try:
        value = int(get_meta(conn, TOLERANCE_KEY, str(DEFAULT_TOLERANCE_HOURS)))
    except ValueError:
        return DEFAULT_TOLERANCE_HOURS
    return min(max(value, 1), MAX_TOLERANCE_HOURS)


def set_tolerance(db, hours: int, actor_id: str | None = None) -> int:
    """Change the clock tolerance of this database (1 hour to 30 days)."""
    if type(hours) is not int or not 1 <= hours <= MAX_TOLERANCE_HOURS:
        raise InputRefused.of("number_range", "hours", low=1, high=MAX_TOLERANCE_HOURS)
    with write(db, actor_id) as tx:
        old = tolerance_hours(tx.conn)
        tx.conn.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) "
                        "DO UPDATE SET value = excluded.value", (TOLERANCE_KEY, str(hours)))
        tx.audit("clock_tolerance", None, None, {"hours": [old, hours]})
    return hours


def import_bounds(db) -> tuple[Bounds, int]:
    """The bounds rows are checked against here and now, and the tolerance in ms."""
    clock = clock_of(db)
    tolerance = tolerance_hours(db.conn) * 3_600_000
    today = clock.today() + dt.timedelta(days=math.ceil(tolerance / DAY_MS))
    return Bounds(today, clock_limit(clock.now_ms(), tolerance)), tolerance


def clock_status(db, count_future: bool = True) -> dict:
    """This machine's wall clock against the last clock this database saved.

    `jump` is "behind" when the wall clock reads earlier than the last save by more
    than the tolerance (the date was set back, or the saves were made while it ran
    ahead), "ahead" when it reads more than 30 days past it, else None. `future`
    counts records stamped further ahead than the tolerance (`repair_clock` fixes
    them once the date is right); without `count_future` it is None, because the
    count reads every table whole (seconds on a million visits) and the warning
    before each command and in the window must not wait on it.
    """
    conn = db.conn
    clock = clock_of(db)
    now = clock.now_ms()
    setup = read_setup(conn)
    last = Timestamp.load(get_meta(conn, "hlc"), setup.device_id if setup else "x")
    tolerance = tolerance_hours(conn) * 3_600_000
    out = {"now": _iso(now), "saved": _iso(last.wall_ms) if last else None, "jump": None,
           "days": 0.0, "tolerance_hours": tolerance // 3_600_000, "future": 0}
    if last is None:
        return out
    days = round((now - last.wall_ms) / DAY_MS, 1)
    out["days"] = days
    if last.wall_ms - now > tolerance:
        out["jump"] = "behind"
        limit = clock_limit(now, tolerance)
        out["future"] = sum(conn.execute(f"SELECT count(*) FROM {t} WHERE hlc > ?",
                                         (limit,)).fetchone()[0] for t in _TABLES) \
            if count_future else None
    elif now - last.wall_ms > JUMP_AHEAD_DAYS * DAY_MS:
        out["jump"] = "ahead"
    return out


def clock_warning(db, lang: str = "vi", status: dict | None = None) -> str | None:
    """The warning to show before writing, or None when the clock looks right. Records
    stamped ahead are counted only when `status` brings the count (`xaso clock
    check`); otherwise the warning says they exist without reading every table."""
    try:
        status = status or clock_status(db, count_future=False)
    except Exception:  # noqa: BLE001 - a warning must never stop the command it precedes
        return None
    if status["jump"] == "behind":
        counted = status["future"] is not None
        return message("clock_behind" if counted else "clock_behind_uncounted", lang,
                       now=status["now"][:16], saved=status["saved"][:16],
                       days=abs(status["days"]), **({"future": status["future"]} if counted
                                                    else {}))
    if status["jump"] == "ahead":
        return message("clock_ahead", lang, now=status["now"][:16], saved=status["saved"][:16],
                       days=status["days"])
    return None


def _iso(ms: int) -> str:
    return dt.datetime.fromtimestamp(ms / 1000, dt.timezone.utc).isoformat()


def repair_clock(db, actor_id: str | None = None) -> dict:
    """Re-stamp the changes saved while this computer's clock ran ahead, now that it
    reads right: every clock past the tolerance becomes a fresh clock of now, the
    records get a new revision (so the next export carries them), and the saved
    clock comes back to the present. Returns the count per table."""
    conn = db.conn
    setup = read_setup(conn)
    if setup is None:
        raise InputRefused.of("no_commune")
    clock = clock_of(db)
    limit = clock_limit(clock.now_ms(), tolerance_hours(conn) * 3_600_000)
    counts: dict[str, int] = {}
    with write(db, actor_id) as tx:
        valid = [conn.execute(f"SELECT max(hlc) FROM {t} WHERE hlc <= ?", (limit,)).fetchone()[0]
                 for t in _TABLES]
        valid = [v for v in valid if v]
        last = Timestamp.load(max(valid), setup.device_id) if valid else None
        fresh = str(HybridClock(setup.device_id, last, clock.now_ms).tick())
        for table in _TABLES:
            rows = conn.execute(f"SELECT id, created_hlc, field_hlc FROM {table} WHERE hlc > ?",
                                (limit,)).fetchall()
            for rid, created, field_hlc in rows:
                fields = json.loads(field_hlc) if field_hlc else {}
                fields = {k: (fresh if v > limit else v) for k, v in fields.items()}
                conn.execute(f"UPDATE {table} SET created_hlc = ?, hlc = ?, field_hlc = ?, "
                             "rev = ? WHERE id = ?",
                             (fresh if created > limit else created, fresh,
                              json.dumps(fields, sort_keys=True) if fields else None,
                              tx.stamp.rev, rid))
            if rows:
                counts[table] = len(rows)
        conn.execute("UPDATE meta SET value = ? WHERE key = 'hlc'", (fresh,))
        tx.audit("clock_repair", None, None, {"tables": counts, "clock": fresh})
    return {"clock": fresh, "tables": counts, "records": sum(counts.values())}
