"""A page's own "Đang tính…" line with Hủy, for work that runs in the background while
the page stays usable (the dashboard's figures, a list's count).

It appears only when the work takes longer than about half a second, so quick work
never flashes it; the page decides what Cancel means (usually: drop the result).
"""

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

SHOW_AFTER_MS = 500


class BusyBar(QWidget):
    """A label and a Cancel button, hidden until the work has run for a moment."""

    cancelled = Signal()

    def __init__(self, parent=None, text: str | None = None):
        super().__init__(parent)
        self.setObjectName("busyBar")
        self.label = QLabel(text or self.tr("Computing…"), self)
        self.label.setObjectName("busyLabel")
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("busyCancel")
        self.cancel_button.clicked.connect(self._cancel)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.label)
        lay.addWidget(self.cancel_button)
        self._timer = QTimer(self, singleShot=True, interval=SHOW_AFTER_MS)
        self._timer.timeout.connect(self.show)
        self.running = False
        self.hide()

    def start(self) -> None:
        """Work began: show the bar if it is still running after half a second."""
        self.running = True
        if not self.isVisible():
            self._timer.start()

    def stop(self) -> None:
        """Work ended (or its result was dropped): hide the bar."""
        self.running = False
        self._timer.stop()
        self.hide()

    def _cancel(self) -> None:
        self.stop()
        self.cancelled.emit()
