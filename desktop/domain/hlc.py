"""Hybrid logical clock: wall time + counter + device id.

A laptop's wall clock may be wrong by days. The HLC never goes backwards, moves past
any clock it has seen in merged data, and breaks ties by device id, so every change
in every database has one total order that all devices agree on.

The text form "WWWWWWWWWWWWWWW.CCCCC.DDDDDDDDDDDDDDDD" (15-digit wall milliseconds,
5-digit counter, device id) sorts as text in the same order as the clock, so SQL can
compare clocks with plain `>`.
"""

from dataclasses import dataclass
from typing import Callable

DAY_MS = 86_400_000
_COUNTER_MAX = 99_999


@dataclass(frozen=True, order=True)
class Timestamp:
    """One point of the hybrid logical clock."""

    wall_ms: int
    counter: int
    device: str

    def __str__(self) -> str:
        return f"{self.wall_ms:015d}.{self.counter:05d}.{self.device}"

    @classmethod
    def parse(cls, text: str) -> "Timestamp":
        """Read the text form; raises ValueError on anything else."""
        wall, counter, device = text.split(".", 2)
        if len(wall) != 15 or len(counter) != 5 or not device:
            raise ValueError(f"not a clock value: {text!r}")
        return cls(int(wall), int(counter), device)


class HybridClock:
    """The clock of one device. Not thread-safe: the database writer owns it."""

    def __init__(self, device: str, last: Timestamp | None, now_ms: Callable[[], int]):
        # now_ms comes from the database's Clock (desktop.domain.clock): tests freeze it
        self.device = device
        self.last = last or Timestamp(0, 0, device)
        self._now_ms = now_ms

    def tick(self) -> Timestamp:
        """A new timestamp for a local change, later than every one seen so far."""
        wall = self._now_ms()
        if wall > self.last.wall_ms:
            self.last = Timestamp(wall, 0, self.device)
        else:
            self.last = self._bump(self.last.wall_ms, self.last.counter)
        return self.last

    def observe(self, remote: Timestamp) -> Timestamp:
        """Take in a clock from merged data, so later local changes order after it."""
        wall = self._now_ms()
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
        if counter >= _COUNTER_MAX:  # counter full: step into the next millisecond
            return Timestamp(wall + 1, 0, self.device)
        return Timestamp(wall, counter + 1, self.device)

    def is_far_ahead(self, remote: Timestamp, limit_ms: int = DAY_MS) -> bool:
        """True if `remote` is more than `limit_ms` ahead of this machine's wall clock."""
        return remote.wall_ms - self._now_ms() > limit_ms
