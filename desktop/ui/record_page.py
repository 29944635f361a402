"""A page of the main window, its title line, and the page that is one record list
(the list itself: record_table.py)."""

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.services.changes import Changes
from desktop.services.queries import shown_kinds
from desktop.ui.record_table import RecordTable, permitted


class Page(QWidget):
    """A page of the main window: loads on first show, refreshes when records change."""

    key = ""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.loaded = False
        self._stale = False
        session.changed.connect(self._on_changed)

    def title(self) -> str:
        """The page's name in the navigation list (desktop/ui/pages.py)."""
        from desktop.ui.pages import title_of

        return title_of(self.key)

    def permitted(self, permission: str) -> bool:
        """True if the user logged in may do `permission`; else say which role may."""
        return permitted(self, self.session, permission)

    def activate(self) -> None:
        """Called when the page is shown."""
        if not self.loaded:
            self.load()
            self.loaded = True
            self._stale = False
        elif self._stale:
            self.refresh()
            self._stale = False

    def shows(self) -> frozenset[str] | None:
        """The record kinds this page shows: those of its record tables, or None (all
        kinds, e.g. the dashboard) for a page without one."""
        tables = self.findChildren(RecordTable)
        if not tables:
            return None
        return frozenset().union(*(shown_kinds(t.kind) for t in tables))

    def _on_changed(self, changes: Changes) -> None:
        if not self.loaded:
            return
        shown = self.shows()
        if shown is not None and not changes.touches(shown):
            return  # nothing this page shows was touched: no reload
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def load(self) -> None:
        """First fill of the page."""

    def refresh(self) -> None:
        """Reload after records changed."""

    def new_record(self) -> None:
        """Ctrl+N on this page."""

    def focus_search(self) -> None:
        """Ctrl+F on this page."""


def page_title(text: str, parent: QWidget) -> QLabel:
    """The bold title line at the top of a page."""
    label = QLabel(text, parent)
    label.setObjectName("pageTitle")
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)
    label.setFont(font)
    return label


class ListPage(Page):
    """A page that is just one RecordTable (team members, events, targets...)."""

    def __init__(self, session, key: str, kind: str, title: str, filters_shown=("hamlet",),
                 parent=None):
        super().__init__(session, parent)
        self.key = key
        self._title = title
        self.table = RecordTable(session, kind, filters_shown, self)
        lay = QVBoxLayout(self)
        lay.addWidget(page_title(title, self))
        lay.addWidget(self.table, 1)

    def title(self) -> str:
        """The page's name."""
        return self._title

    def load(self) -> None:
        """Fill the table."""
        self.table.load()

    def refresh(self) -> None:
        """Reload the table."""
        self.table.refresh()

    def new_record(self) -> None:
        """Ctrl+N."""
        self.table.new_record()

    def focus_search(self) -> None:
        """Ctrl+F."""
        self.table.focus_search()
