"""The one clock every rule reads: now (UTC), today (the laptop's own date), epoch ms.

Nothing in the domain, the services, sync or reports reads the wall clock directly.
The database handle carries a clock (`db.clock`, set by `open_database`), so the
writer, the hybrid logical clock, every "not in the future" check, the report's date
line and the demo data all agree on one "now", and tests freeze and advance it.
"""

import datetime as dt
import os
import time

# Vietnam keeps one time zone all year (UTC+7); a frozen clock's "today" is taken there.
VIETNAM = dt.timezone(dt.timedelta(hours=7))


class Clock:
    """The wall clock of this machine."""

    def now(self) -> dt.datetime:
        """The current moment, timezone-aware, in UTC."""
        return dt.datetime.now(dt.timezone.utc)

    def today(self) -> dt.date:
        """Today's date where the laptop is (its local date)."""
        return dt.date.today()

    def now_ms(self) -> int:
        """Milliseconds since the Unix epoch (the hybrid logical clock's wall time)."""
        return int(time.time() * 1000)

    def now_iso(self) -> str:
        """Now in UTC as ISO text to the second, as stored in `created_at` and the audit."""
        return self.now().replace(microsecond=0).isoformat()

    def stamp(self) -> str:
        """Now as a file-name stamp, "20261130-125901" (local time)."""
        return self.now().astimezone(self.zone()).strftime("%Y%m%d-%H%M%S")

    def zone(self) -> dt.tzinfo | None:
        """The time zone "today" is taken in (None: the machine's own)."""
        return None


class FrozenClock(Clock):
    """A clock that stands still until it is told to move (tests, and `XASO_NOW`).

    `today()` is the date in Vietnam at the frozen moment, whatever the test machine's
    time zone.
    """

    def __init__(self, moment: dt.datetime | str = "2026-11-30T09:00:00+07:00"):
        self.moment = _aware(moment)

    def now(self) -> dt.datetime:
        return self.moment.astimezone(dt.timezone.utc)

    def today(self) -> dt.date:
        return self.moment.astimezone(VIETNAM).date()

    def now_ms(self) -> int:
        return int(self.moment.timestamp() * 1000)

    def zone(self) -> dt.tzinfo:
        return VIETNAM

    def advance(self, **delta) -> "FrozenClock":
        """Move forward by `datetime.timedelta(**delta)`; returns self."""
        self.moment += dt.timedelta(**delta)
        return self

    def set(self, moment: dt.datetime | str) -> "FrozenClock":
        """Jump to `moment` (forward or back); returns self."""
        self.moment = _aware(moment)
        return self


def _aware(moment: dt.datetime | str) -> dt.datetime:
    if isinstance(moment, str):
        moment = dt.datetime.fromisoformat(moment)
    if isinstance(moment, dt.date) and not isinstance(moment, dt.datetime):
        moment = dt.datetime(moment.year, moment.month, moment.day, 9, 0)
    return moment if moment.tzinfo else moment.replace(tzinfo=VIETNAM)


SYSTEM = Clock()


def clock_from_env() -> Clock:
    """The system clock, or a frozen one when `XASO_NOW` names a moment.

    `XASO_NOW=2026-11-30T09:00` makes a command (or the window) see that moment:
    for training sessions that replay a past month, and for tests that drive the
    command line in a subprocess. A value that is not a date is ignored.
    """
    text = os.environ.get("XASO_NOW", "").strip()
    if not text:
        return SYSTEM
    try:
        return FrozenClock(text)
    except ValueError:
        return SYSTEM
