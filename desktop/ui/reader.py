"""Reads that may take a while on a big commune, kept off the UI thread.

A list asks for its first page (or its count) with `budgeted`: on the UI thread's
connection, but stopped by SQLite after a few tens of milliseconds. A small commune,
or a query an index answers, gets its rows at once, as before. A read that would take
longer is handed to the session's `Reader`: one background thread with a connection
of its own, answering in order. The window stays usable meanwhile (the list says
"Đang tải…"), and a read the user has moved on from (another search typed, another
month chosen) is interrupted and its answer dropped.
"""

import queue
import threading
import time
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Signal

from desktop.db.connection import Database, connect, load_schema

BUDGET_MS = 30  # what a read may take on the UI thread before it goes to the reader
_CHECK_EVERY = 1000  # SQLite virtual-machine steps between two looks at the clock


class TooSlow(Exception):
    """A read stopped on the UI thread: it would have frozen the window."""


def budgeted(db, read: Callable, budget_ms: int = BUDGET_MS):
    """`read()` on the UI thread's connection, stopped (TooSlow) after `budget_ms`."""
    conn = db.conn
    if budget_ms <= 0:
        raise TooSlow()
    deadline = time.perf_counter() + budget_ms / 1000
    conn.set_progress_handler(lambda: time.perf_counter() > deadline, _CHECK_EVERY)
    try:
        return read()
    except Exception as exc:
        if "interrupt" in str(exc).lower():
            raise TooSlow() from None
        raise
    finally:
        conn.set_progress_handler(None, 0)


class Reader(QObject):
    """One background thread that answers reads with a connection of its own.

    `ask(read, done, failed, owner)` queues `read(db)`; `done(result)` (or
    `failed(exc)`) is called on the UI thread, unless `owner` was deleted or the
    request was `forget`-ten meanwhile. `forget` also interrupts the request if it is
    the one running. The connection is opened on first use, with the session's key,
    and closed by `reset` (another database) and `stop`.
    """

    _answer = Signal(int, object, object)

    def __init__(self, db_path: Callable[[], Path], clock, key: Callable[[], bytes | None],
                 parent: QObject | None = None):
        super().__init__(parent)
        self._db_path = db_path
        self._clock = clock
        self._key = key
        self._queue: queue.Queue = queue.Queue()
        self._waiting: dict[int, tuple] = {}
        self._next = 0
        self._running_id: int | None = None
        self._conn = None
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._answer.connect(self._deliver)

    def ask(self, read: Callable, done: Callable, failed: Callable | None = None,
            owner: QObject | None = None) -> int:
        """Queue `read(db)`; returns the request's number (for `forget`)."""
        self._next += 1
        self._waiting[self._next] = (done, failed, owner)
        if self._thread is None or not self._thread.is_alive():
            self._thread = threading.Thread(target=self._run, name="xaso-reader", daemon=True)
            self._thread.start()
        self._queue.put((self._next, read, Path(self._db_path()), self._key()))
        return self._next

    def warm(self) -> None:
        """Open the connection and read the schema now, in the background: a list's
        first slow read then finds them ready (at a million visits, the visits page's
        first rows beside the dashboard came in 0.11 s instead of 0.16 s, median of 5)."""
        self.ask(lambda db: load_schema(db.conn), lambda _none: None)

    def forget(self, request: int | None) -> None:
        """Drop request `request`'s answer; stop it if it is being read now."""
        if request is None:
            return
        self._waiting.pop(request, None)
        with self._lock:
            if self._running_id == request and self._conn is not None:
                self._conn.interrupt()

    def pending(self) -> int:
        """How many asked reads have not been answered yet."""
        return len(self._waiting)

    def reset(self) -> None:
        """Another database: every waiting read is dropped, the connection closed."""
        for request in list(self._waiting):
            self.forget(request)
        self._queue.put(("close", None, None, None))

    def stop(self, timeout: float = 30.0) -> None:
        """Drop what waits, close the connection and end the thread."""
        self.reset()
        self._queue.put(("stop", None, None, None))
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _run(self) -> None:
        where = None
        while True:
            request, read, path, key = self._queue.get()
            if request in ("close", "stop"):
                self._close()
                where = None
                if request == "stop":
                    return
                continue
            if request not in self._waiting:
                continue  # forgotten before it started
            try:
                if self._conn is None or where != path:
                    self._close()
                    with self._lock:
                        self._conn = connect(path, key)
                    where = path
                with self._lock:
                    self._running_id = request
                result = read(Database(self._conn, self._clock, key))
            except Exception as exc:  # reported on the UI thread (or dropped)
                self._answer.emit(request, None, exc)
            else:
                self._answer.emit(request, result, None)
            finally:
                with self._lock:
                    self._running_id = None

    def _close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def _deliver(self, request: int, result, error) -> None:
        waiting = self._waiting.pop(request, None)
        if waiting is None:
            return  # forgotten: the user moved on
        done, failed, owner = waiting
        if owner is not None and not shiboken6.isValid(owner):
            return
        if error is None:
            done(result)
        elif failed is not None:
            failed(error)
