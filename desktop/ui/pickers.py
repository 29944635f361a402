"""Type-ahead pickers for hamlets, households and other records.

Typing filters in SQL through the list service, diacritics ignored ("tan ninh" finds
"Tân Ninh"); the popup offers the matches, and Enter or a click picks one. A name
typed without picking is still accepted: the service resolves it, or marks it.
"""

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit

from desktop.services.queries import Filters, list_records

LIMIT = 30


class RecordPicker(QLineEdit):
    """A line edit that picks one record of `kind` by typing part of its name."""

    picked = Signal(str)  # the id of the picked record

    def __init__(self, session, kind: str, parent=None, describe=None):
        super().__init__(parent)
        self.session = session
        self.kind = kind
        self.describe = describe or self._describe
        self._id: str | None = None
        # on a hub, the commune whose records are offered (set when a record of it is
        # edited): every commune has its "Thôn 1", and a record names only its own
        self.commune: str | None = None
        self._matches: list[tuple[str, str]] = []
        self._model = QStringListModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setMaxVisibleItems(12)
        self.setCompleter(self._completer)
        self._completer.activated[str].connect(self._on_activated)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.refresh_matches)
        self.textEdited.connect(self._on_edited)
        self.setClearButtonEnabled(True)

    def _describe(self, row: dict) -> str:
        if self.kind == "household":
            parts = [row.get("head_name") or "", row.get("hamlet") or ""]
            if row.get("address"):
                parts.append(row["address"])
            return " — ".join(p for p in parts if p)
        for key in ("name", "full_name", "title", "head_name"):
            if row.get(key):
                return str(row[key])
        return row["id"]

    def _on_edited(self, _text: str) -> None:
        self._id = None
        self._timer.start()

    def refresh_matches(self, show_popup: bool = True) -> list[tuple[str, str]]:
        """Look up the records matching the typed text; show them in the popup."""
        text = self.text().strip()
        try:
            rows = list_records(self.session.db, self.kind,
                                Filters(search=text or None, commune=self.commune), limit=LIMIT)
        except KeyError:  # a kind without a list of its own (bridge points)
            rows = []
        self._matches = [(r["id"], self.describe(r)) for r in rows]
        self._model.setStringList([label for _, label in self._matches])
        if show_popup and self._matches and self.hasFocus():
            self._completer.complete()
        return self._matches

    def _on_activated(self, label: str) -> None:
        for record_id, text in self._matches:
            if text == label:
                self.choose(record_id, label)
                return

    def choose(self, record_id: str | None, label: str = "") -> None:
        """Pick a record (by id), showing `label`."""
        self._timer.stop()
        self._id = record_id
        self.setText(label)
        if record_id:
            self.picked.emit(record_id)

    def value(self) -> str | None:
        """The picked id, else the typed text (for the service to resolve), else None."""
        if self._id:
            return self._id
        text = self.text().strip()
        if not text:
            return None
        if len(self._matches) == 1 or (self._matches and self._matches[0][1] == text):
            return self._matches[0][0]
        return text

    def record_id(self) -> str | None:
        """The picked id only (None when nothing was picked)."""
        return self._id

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """A closed form looks nothing up."""
        self._timer.stop()
        super().hideEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """Down arrow on an empty picker lists everything."""
        if event.key() == Qt.Key.Key_Down and not self._completer.popup().isVisible():
            self.refresh_matches()
            return
        super().keyPressEvent(event)
