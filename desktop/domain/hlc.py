"""Hybrid logical clock: wall time + counter + device id.

A laptop's wall clock may be wrong by days. The HLC never goes backwards, moves past
any clock it has seen in merged data, and breaks ties by device id, so every change
in every database has one total order that all devices agree on.

The text form "WWWWWWWWWWWWWWW.CCCCC.DDDDDDDDDDDDDDDD" (15-digit wall milliseconds,
5-digit counter, device id) sorts as text in the same order as the clock, so SQL can
compare clocks with plain `>`.

The format is bounded, and the clock saturates at its largest value instead of
growing a sixteenth digit: no value read or received can make the clock unparsable
(importers also refuse clocks far ahead of their own wall clock, so a real clock
never comes near the bound).
"""

import re
from dataclasses import dataclass
from typing import Callable

DAY_MS = 86_400_000
WALL_DIGITS = 15
COUNTER_DIGITS = 5
MAX_WALL_MS = 10 ** WALL_DIGITS - 1   # year 33658: the largest wall time the text form holds
MAX_COUNTER = 10 ** COUNTER_DIGITS - 1
_COUNTER_MAX = MAX_COUNTER
# device ids are 16 hex digits (ids.new_device_id); the parser accepts any short token
CLOCK_RE = re.compile(r"^(\d{15})\.(\d{5})\.([0-9A-Za-z_-]{1,64})$")
_DEVICE_RE = re.compile(r"^[0-9A-Za-z_-]{1,64}$")


def is_clock(text) -> bool:
    """True if `text` is a clock value in its exact text form."""
    return isinstance(text, str) and CLOCK_RE.match(text) is not None


@dataclass(frozen=True, order=True)
class Timestamp:
    """One point of the hybrid logical clock."""

    wall_ms: int
    counter: int
    device: str

    def __post_init__(self):
        if not (0 <= self.wall_ms <= MAX_WALL_MS and 0 <= self.counter <= MAX_COUNTER):
            raise ValueError(f"clock out of range: {self.wall_ms}.{self.counter}")

    def __str__(self) -> str:
        return f"{self.wall_ms:015d}.{self.counter:05d}.{self.device}"

    @classmethod
    def parse(cls, text: str) -> "Timestamp":
        """Read the exact text form; raises ValueError on anything else."""
        m = CLOCK_RE.match(text) if isinstance(text, str) else None
        if m is None:
            raise ValueError(f"not a clock value: {str(text)[:80]!r}")
        return cls(int(m.group(1)), int(m.group(2)), m.group(3))

    @classmethod
    def load(cls, text: str | None, device: str) -> "Timestamp | None":
        """A stored clock (meta `hlc`), read so that it can never stop the writer.

        The exact form is read as is. A value an older version let grow past the
        format (a sixteenth wall digit) saturates at the largest clock; anything
        unreadable counts as no clock at all, so the next tick starts from the wall
        clock. Either way `xaso clock check` reports the jump.
        """
        if not text:
            return None
        try:
            return cls.parse(text)
        except ValueError:
            pass
        parts = str(text).split(".", 2)
        if len(parts) == 3 and parts[0].isdigit() and parts[1].isdigit():
            return cls(min(int(parts[0]), MAX_WALL_MS), min(int(parts[1]), MAX_COUNTER),
                       parts[2] if _DEVICE_RE.match(parts[2]) else device)
        return None


class HybridClock:
    """The clock of one device. Not thread-safe: the database writer owns it."""

    def __init__(self, device: str, last: Timestamp | None, now_ms: Callable[[], int]):
        # now_ms comes from the database's Clock (desktop.domain.clock): tests freeze it
        self.device = device
        self.last = last or Timestamp(0, 0, device)
        self._now_ms = now_ms

    def _wall(self) -> int:
        return min(max(int(self._now_ms()), 0), MAX_WALL_MS)

    def tick(self) -> Timestamp:
        """A new timestamp for a local change, later than every one seen so far."""
        wall = self._wall()
        if wall > self.last.wall_ms:
            self.last = Timestamp(wall, 0, self.device)
        else:
            self.last = self._bump(self.last.wall_ms, self.last.counter)
        return self.last

    def observe(self, remote: Timestamp) -> Timestamp:
        """Take in a clock from merged data, so later local changes order after it."""
        wall = self._wall()
        top = max(wall, self.last.wall_ms, remote.wall_ms)
        if top == self.last.wall_ms == remote.wall_ms:
            counter = max(self.last.counter, remote.counter)
            self.last = self._bump(top, counter)
        elif top == self.last.wall_ms:
            self.last = self._bump(top, self.last.counter)
        elif top == remote.wall_ms:
            self.last = self._bump(top, remote.counter)
        else:
            self.last = Timestamp(top, 0, self.device)
        return self.last

    def _bump(self, wall: int, counter: int) -> Timestamp:
        if counter >= MAX_COUNTER:  # counter full: step into the next millisecond
            if wall >= MAX_WALL_MS:  # the very last clock value: stay there, parseable
                return Timestamp(MAX_WALL_MS, MAX_COUNTER, self.device)
            return Timestamp(wall + 1, 0, self.device)
        return Timestamp(wall, counter + 1, self.device)

    def is_far_ahead(self, remote: Timestamp, limit_ms: int = DAY_MS) -> bool:
        """True if `remote` is more than `limit_ms` ahead of this machine's wall clock."""
        return remote.wall_ms - self._now_ms() > limit_ms
