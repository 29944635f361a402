"""Long work off the UI thread, with a progress dialog and Cancel.

The work function runs in a QThread with its own database connection (SQLite
connections must not cross threads); it reports progress through callbacks that only
emit signals. The dialog appears after half a second, never sooner (Qt's own dialog
would show itself as soon as early progress predicts a long wait), with its text and
the progress so far; once shown it stays a moment, so quick work never flashes an
empty window.

The work under way belongs to a `Tasks` registry owned by the session (and so by the
app controller), never to a module global: closing the session waits for it.
"""

import traceback
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import (QCoreApplication, QElapsedTimer, QObject, QThread, QTimer, Signal,
                            Slot)
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.db import open_database
from desktop.domain.clock import Clock
from desktop.domain.errors import InputRefused

NEVER_MS = 2**31 - 1  # QProgressDialog's own timing never shows it: the Task does
MIN_SHOWN_MS = 400    # a dialog once shown stays this long, so it is read, not flashed


class _Worker(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, db_path: Path | None, work: Callable, clock: Clock,
                 key: bytes | None = None, actor_id: str | None = None):
        super().__init__()
        self.db_path = db_path
        self.clock = clock
        self.key = key
        self.actor_id = actor_id
        self.work = work
        self.cancelled = False

    @Slot()
    def run(self) -> None:
        """Open a connection of this thread's own, do the work, report back."""
        db = None
        try:
            db = (open_database(self.db_path, clock=self.clock, key=self.key)
                  if self.db_path else None)
            if db is not None:
                db.actor_id = self.actor_id  # the work is done on behalf of the user
            result = self.work(db, lambda done, total: self.progress.emit(int(done), int(total)),
                               lambda: self.cancelled)
        except Exception as exc:  # reported to the user on the main thread
            exc.trace = traceback.format_exc()
            self.failed.emit(exc)
        else:
            self.finished.emit(result)
        finally:
            if db is not None:
                db.conn.close()


class Task(QObject):
    """One piece of long work: `work(db, progress, cancelled) -> result`.

    `done(result)` and `failed(exc)` arrive on the main thread. A cancelled task
    reports done(None) unless its work raised.
    """

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, registry: "Tasks", parent: QWidget, label: str, work: Callable,
                 show_after_ms: int = 500):
        # No Qt parent: a task outlives the page that started it (a language switch
        # rebuilds the window), and Qt aborts if a running QThread is destroyed. The
        # registry keeps it alive until its thread ends.
        super().__init__(None)
        self.registry = registry
        self.thread = QThread()
        key, actor_id = registry.credentials()
        self.worker = _Worker(registry.db_path, work, registry.clock, key, actor_id)
        self.worker.moveToThread(self.thread)
        self.dialog = QProgressDialog(label, QCoreApplication.translate("Task", "Cancel"),
                                      0, 0, parent)
        self.dialog.setWindowTitle(label)
        self.dialog.setMinimumDuration(NEVER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self.progress = (0, 0)  # the last (done, total) reported, shown when the dialog is
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.setInterval(show_after_ms)
        self._show_timer.timeout.connect(self._show_dialog)
        self._shown = QElapsedTimer()
        self.thread.started.connect(self.worker.run)
        self.worker.progress.connect(self._on_progress)
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._on_failed)
        self.result = None
        self.error = None
        self.running = False
        app = QCoreApplication.instance()
        if app is not None:
            # Quitting with work under way: ask it to stop and wait, rather than let Qt
            # abort on a thread destroyed while running.
            app.aboutToQuit.connect(self.stop_and_wait)

    def stop_and_wait(self, timeout_ms: int = 30_000) -> None:
        """Cancel and wait for the worker thread to end."""
        self.cancel()
        if self.thread.isRunning():
            self.thread.quit()
            self.thread.wait(timeout_ms)

    def start(self) -> "Task":
        """Start the work; returns self."""
        self.registry.running.add(self)
        self.running = True
        self.dialog.setValue(0)  # (restarts Qt's own show timer: with NEVER_MS)
        self._show_timer.start()
        self.thread.start()
        return self

    def cancel(self) -> None:
        """Ask the work to stop at its next check."""
        self.worker.cancelled = True

    def _on_progress(self, done: int, total: int) -> None:
        self.progress = (done, total)
        if self._shown.isValid() and shiboken6.isValid(self.dialog):
            self._show_progress()

    def _show_progress(self) -> None:
        done, total = self.progress
        if total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))

    def _show_dialog(self) -> None:
        """Half a second on and still working: the dialog, with its text and the
        progress so far."""
        if not self.running or not shiboken6.isValid(self.dialog):
            return
        self._show_progress()
        self.dialog.show()
        self._shown.start()

    def _finish(self) -> None:
        self.running = False
        self._show_timer.stop()
        if shiboken6.isValid(self.dialog):  # gone if its window was closed meanwhile
            shown_for = self._shown.elapsed() if self._shown.isValid() else MIN_SHOWN_MS
            dialog = self.dialog
            if shown_for < MIN_SHOWN_MS:
                QTimer.singleShot(MIN_SHOWN_MS - shown_for, dialog,
                                  lambda: (dialog.reset(), dialog.hide()))
            else:
                dialog.reset()
                dialog.hide()
        self.thread.quit()
        self.thread.wait()
        self.registry.running.discard(self)

    def _on_finished(self, result) -> None:
        self.result = result
        self._finish()
        self.done.emit(result)

    def _on_failed(self, exc) -> None:
        self.error = exc
        self._finish()
        self.failed.emit(exc)


class Tasks:
    """The background work of one session: each task is kept here until its thread
    ends, and `stop_all` cancels and waits for all of them (closing, tests)."""

    def __init__(self, db_path: Callable[[], Path | None], clock: Clock,
                 credentials: Callable[[], tuple] = lambda: (None, None)):
        self._db_path = db_path
        self.clock = clock
        # (database key, user id) for the workers: read when a task starts
        self.credentials = credentials
        self.running: set[Task] = set()

    @property
    def db_path(self) -> Path | None:
        """The database the workers open (read when a task starts: it may change)."""
        return self._db_path()

    def run(self, parent: QWidget, label: str, work: Callable, on_done: Callable | None = None,
            on_failed: Callable | None = None, show_after_ms: int = 500) -> Task:
        """Start `work(db, progress, cancelled)` in the background; call back on the
        main thread with its result or its exception."""
        task = Task(self, parent, label, work, show_after_ms)
        if on_done:
            task.done.connect(on_done)
        if on_failed:
            task.failed.connect(on_failed)
        task.start()
        return task

    def stop_all(self, timeout_ms: int = 30_000) -> None:
        """Cancel every task and wait for its thread to end."""
        for task in list(self.running):
            task.stop_and_wait(timeout_ms)
            self.running.discard(task)


def error_text(exc: BaseException, lang: str) -> str:
    """Plain words for a failure: the domain message if it has one."""
    if isinstance(exc, InputRefused) or hasattr(exc, "message"):
        try:
            return exc.message(lang)
        except TypeError:
            pass
    return str(exc) or exc.__class__.__name__
