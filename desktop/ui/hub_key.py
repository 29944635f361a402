"""A hub's key, compared by phone before it is trusted: its name and fingerprint in
large type, with "Khớp" (it matches what the hub reads out) and "Không khớp".

Nothing is trusted here: the widget only says what the person decided. The caller
imports the key afterwards, giving the fingerprint that was compared, so a key file
changed in between is refused (desktop/sync/trust.py import_hub_key).
"""

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.domain.errors import InputRefused
from desktop.sync.trust import read_hub_key


class HubKeyCheck(QWidget):
    """Shows a hub key file's fingerprint and asks whether it matches the hub's."""

    decided = Signal(bool)  # True: "Khớp"

    def __init__(self, lang: str, parent=None):
        super().__init__(parent)
        self.lang = lang
        self.key: dict | None = None
        self.path: Path | None = None
        self.confirmed = False
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.code = QLabel(self)
        self.code.setObjectName("fingerprint")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(self.font().pointSizeF() * 1.4)
        font.setBold(True)
        self.code.setFont(font)
        self.match = QPushButton(self.tr("Matches"), self)
        self.match.setObjectName("keyMatches")
        self.mismatch = QPushButton(self.tr("Does not match"), self)
        self.mismatch.setObjectName("keyDiffers")
        self.match.clicked.connect(lambda: self._decide(True))
        self.mismatch.clicked.connect(lambda: self._decide(False))
        self.state = QLabel(self)
        self.state.setObjectName("keyState")
        self.state.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.match)
        buttons.addWidget(self.mismatch)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.intro)
        lay.addWidget(self.code)
        lay.addLayout(buttons)
        lay.addWidget(self.state)
        self._show_buttons(False)

    def waiting(self) -> bool:
        """A key is shown and nobody has said yet whether it matches."""
        return self._asking

    def load(self, path: str | Path) -> bool:
        """Read the key file (trusting nothing) and show its fingerprint; False if the
        file is not a hub key."""
        self.key, self.path, self.confirmed = None, Path(path), False
        try:
            self.key = read_hub_key(self.path)
        except InputRefused as exc:
            self.intro.setText(exc.message(self.lang))
            self.code.clear()
            self.state.clear()
            self._show_buttons(False)
            return False
        self.intro.setText(self.tr("Hub key of %1. Call the province (or district) IT and "
                                   "have them read out their code: does it match this one?")
                           .replace("%1", self.key["name"] or self.path.name))
        self.code.setText(self.key["fingerprint"])
        self.state.setText(self.tr("Nothing is trusted until you answer."))
        self._show_buttons(True)
        return True

    def _decide(self, matches: bool) -> None:
        self.confirmed = matches
        self._show_buttons(False)
        if matches:
            self.state.setText(self.tr("Matches: this hub's key is used when the set-up ends."))
        else:
            self.state.setText(self.tr("Does not match: the key is not used. Tell the province "
                                       "IT now; the right key can be imported later on the "
                                       "Sync page."))
            self.key = None
        self.decided.emit(matches)

    def _show_buttons(self, shown: bool) -> None:
        self._asking = shown
        for button in (self.match, self.mismatch):
            button.setVisible(shown)
