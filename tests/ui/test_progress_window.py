"""The progress window of background work: never for quick work, never before half a
second even when early progress predicts a long wait, and never empty: it comes with
its text and the progress so far."""

import threading
import time

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from desktop.ui.tasks import Tasks


class ShowWatch(QObject):
    """When (seconds after `start`) a widget was first shown, and what it said then."""

    def __init__(self, dialog):
        super().__init__()
        self.dialog = dialog
        self.start = time.monotonic()
        self.shown_after = None
        self.seen = None
        dialog.installEventFilter(self)

    def eventFilter(self, obj, event):  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Show and self.shown_after is None:
            self.shown_after = time.monotonic() - self.start
            self.seen = (self.dialog.labelText(), self.dialog.value(), self.dialog.maximum())
        return False


def _tasks(clock):
    return Tasks(lambda: None, clock)  # work without a database


def test_quick_work_shows_no_window(qtbot, clock):
    parent = QWidget()
    qtbot.addWidget(parent)
    tasks = _tasks(clock)
    task = tasks.run(parent, "Đang kiểm tra tệp…", lambda db, progress, cancelled: 42)
    watch = ShowWatch(task.dialog)
    with qtbot.waitSignal(task.done, timeout=5000):
        pass
    assert task.result == 42
    qtbot.waitUntil(lambda: not task.dialog.isVisible())
    assert watch.shown_after is None


def test_the_window_waits_half_a_second_and_comes_with_its_text_and_progress(qtbot, clock):
    parent = QWidget()
    qtbot.addWidget(parent)
    release = threading.Event()

    def work(db, progress, cancelled):
        progress(1, 1000)
        release.wait(0.1)  # (the work's own pace, not the test waiting)
        progress(3, 1000)  # early progress that predicts a long wait
        release.wait(10)
        return "xong"

    tasks = _tasks(clock)
    task = tasks.run(parent, "Đang nhập…", work)
    watch = ShowWatch(task.dialog)
    qtbot.waitUntil(lambda: watch.shown_after is not None, timeout=5000)
    release.set()  # done right after the window appeared
    assert watch.shown_after >= 0.45, f"shown after {watch.shown_after:.2f} s"
    assert watch.seen == ("Đang nhập…", 3, 1000)  # not an empty window
    with qtbot.waitSignal(task.done, timeout=5000):
        pass
    assert task.result == "xong"  # the result comes at once ...
    qtbot.waitUntil(lambda: not task.dialog.isVisible(), timeout=3000)
    # ... while the window, done just after it appeared, stayed long enough to be read
    assert time.monotonic() - watch.start - watch.shown_after >= 0.35
    tasks.stop_all()
