"""Long work off the UI thread, with a progress dialog and Cancel.

The work function runs in a QThread with its own database connection (SQLite
connections must not cross threads); it reports progress through callbacks that only
emit signals. The dialog appears after half a second, so quick work never flashes one.
"""

import traceback
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.db import open_database
from desktop.domain.errors import InputRefused


class _Worker(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, db_path: Path | None, work: Callable):
        super().__init__()
        self.db_path = db_path
        self.work = work
        self.cancelled = False

    @Slot()
    def run(self) -> None:
        """Open a connection of this thread's own, do the work, report back."""
        db = None
        try:
            db = open_database(self.db_path) if self.db_path else None
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

    def __init__(self, parent: QWidget, label: str, db_path: Path | None, work: Callable,
                 show_after_ms: int = 500):
        # No Qt parent: a task outlives the page that started it (a language switch
        # rebuilds the window), and Qt aborts if a running QThread is destroyed.
        super().__init__(None)
        self.thread = QThread()
        self.worker = _Worker(db_path, work)
        self.worker.moveToThread(self.thread)
        self.dialog = QProgressDialog(label, QCoreApplication.translate("Task", "Cancel"),
                                      0, 0, parent)
        self.dialog.setWindowTitle(label)
        self.dialog.setMinimumDuration(show_after_ms)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
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
        _RUNNING.add(self)
        self.running = True
        self.dialog.setValue(0)
        self.thread.start()
        return self

    def cancel(self) -> None:
        """Ask the work to stop at its next check."""
        self.worker.cancelled = True

    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))

    def _finish(self) -> None:
        self.running = False
        if shiboken6.isValid(self.dialog):  # gone if its window was closed meanwhile
            self.dialog.reset()
            self.dialog.hide()
        self.thread.quit()
        self.thread.wait()
        _RUNNING.discard(self)

    def _on_finished(self, result) -> None:
        self.result = result
        self._finish()
        self.done.emit(result)

    def _on_failed(self, exc) -> None:
        self.error = exc
        self._finish()
        self.failed.emit(exc)


# Tasks under way, kept alive until their thread ends (see Task.__init__).
_RUNNING: set[Task] = set()


def error_text(exc: BaseException, lang: str) -> str:
    """Plain words for a failure: the domain message if it has one."""
    if isinstance(exc, InputRefused) or hasattr(exc, "message"):
        try:
            return exc.message(lang)
        except TypeError:
            pass
    return str(exc) or exc.__class__.__name__


def run_task(parent: QWidget, label: str, db_path: Path | None, work: Callable,
             on_done: Callable | None = None, on_failed: Callable | None = None,
             show_after_ms: int = 500) -> Task:
    """Start `work` in the background and call back on the main thread."""
    task = Task(parent, label, db_path, work, show_after_ms)
    if on_done:
        task.done.connect(on_done)
    if on_failed:
        task.failed.connect(on_failed)
    task.start()
    return task
