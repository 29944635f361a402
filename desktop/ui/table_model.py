"""A lazy table over a record list: pages fetched from SQLite as the view scrolls.

Sorting and filtering happen in SQL (services.queries), so a table over a million
visits costs what a table over fifty does; only the rows fetched so far stay in memory.
A page or a count that SQLite cannot give within a few tens of milliseconds is read
in the background (desktop/ui/reader.py): the window never waits for it, and a read
made stale by a newer filter is stopped and dropped. The page and the count of one
reload share that budget, and a read found slow (on the UI thread or, timed, in the
background) goes straight to the background next time, until it is found quick again:
on a million visits, counting them is never tried on the UI thread twice.
"""

import time

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal

from desktop.domain.dates import format_date
from desktop.domain.indicators import INDICATORS
from desktop.domain.labels import VALUE_LABELS, field_label, value_label
from desktop.domain.units import unit_name
from desktop.services.queries import (COMMUNE_COLUMN, COUNT_CAP, Filters, columns, count_records,
                                      list_records)
from desktop.ui.reader import BUDGET_MS, TooSlow, budgeted

PAGE = 200
CODED = set(VALUE_LABELS) | {"indicator"}
DATE_COLUMNS = {"date", "follow_up_date", "birth_date", "starts_at", "ends_at"}
BOOL_COLUMNS = {"has_smartphone", "active", "sells_online", "has_payment_account"}
NUMBER_COLUMNS = {"members_count", "people_served", "participants", "value", "birth_year"}
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RecordTableModel(QAbstractTableModel):
    """Rows of one kind of record, fetched `PAGE` at a time (canFetchMore/fetchMore)."""

    loading = Signal(bool)  # a page is being read in the background (True), or arrived
    arrived = Signal()      # rows arrived (at once or from the background)
    counted = Signal(int)   # the count of the current filters is known

    def __init__(self, session, kind: str, filters: Filters | None = None,
                 parent: QObject | None = None, column_keys: list[str] | None = None):
        super().__init__(parent)
        self.session = session
        self.kind = kind
        self.filters = filters or Filters()
        self.keys = column_keys or columns(kind)
        self.rows: list[dict] = []
        self.order_by: str | None = None
        self.descending: bool | None = None
        self._more = True
        self._total: int | None = None
        self._started = False  # nothing is fetched before the page is first shown
        self._generation = 0   # bumped by every reload: older answers are dropped
        self._page_request: int | None = None   # a page asked of the reader
        self._count_request: int | None = None  # the count asked of the reader
        self.budget_ms = BUDGET_MS  # what a reload's reads may take on the UI thread
        self.slow: set[str] = set()  # "page", "count": found slower than the budget
        self._reloaded_at = 0.0

    # --- loading -------------------------------------------------------------
    def reload(self) -> None:
        """Drop the fetched rows and fetch the first page again (filters or data changed)."""
        self._started = True
        self._generation += 1
        self._reloaded_at = time.perf_counter()
        reader = self.session.reader
        reader.forget(self._page_request)
        reader.forget(self._count_request)
        self._page_request = self._count_request = None
        self.beginResetModel()
        self.rows = []
        self._more = True
        self._total = None
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def set_filters(self, filters: Filters) -> None:
        """Show the records these filters select."""
        self.filters = filters
        self.reload()

    def busy(self) -> bool:
        """Whether a page or the count is being read in the background."""
        return self._page_request is not None or self._count_request is not None

    def _read_page(self, offset: int):
        kind, filters, order_by, descending = self.kind, self.filters, self.order_by, \
            self.descending
        with_commune = COMMUNE_COLUMN[0] in self.keys
        return lambda db: list_records(db, kind, filters, limit=PAGE, offset=offset,
                                       order_by=order_by, descending=descending,
                                       with_commune=with_commune)

    def total(self) -> int | None:
        """How many records the current filters select, counted up to COUNT_CAP + 1
        (more is shown as "more than COUNT_CAP"), or None while it is being counted in
        the background (`counted` says it then)."""
        if self._total is not None or self._count_request is not None:
            return self._total
        kind, filters = self.kind, self.filters
        # what the reload's page left of the budget (the count comes right after it),
        # but at least half of it: a count a small commune answers at once stays at once
        left = max(self.budget_ms / 2,
                   self.budget_ms - (time.perf_counter() - self._reloaded_at) * 1000)
        try:
            self._total = self._quick("count", lambda: count_records(self.session.db, kind,
                                                                       filters, cap=COUNT_CAP), left)
        except TooSlow:
            generation = self._generation
            self._count_request = self.session.reader.ask(
                self._timed("count", lambda db: count_records(db, kind, filters, cap=COUNT_CAP)),
                lambda n: self._counted(generation, n), lambda exc: self._counted(generation, None),
                self)
        return self._total

    def _quick(self, which: str, read, budget_ms: float):
        """`read()` on the UI thread within `budget_ms`, unless `which` is known slow."""
        try:
            return budgeted(self.session.db, read, 0 if which in self.slow else int(budget_ms))
        except TooSlow:
            self.slow.add(which)
            raise

    def _timed(self, which: str, read):
        """`read(db)` for the reader, learning whether it would have fit the budget."""
        budget_ms = self.budget_ms

        def run(db):
            started = time.perf_counter()
            result = read(db)
            slow = (time.perf_counter() - started) * 1000 > budget_ms
            (self.slow.add if slow else self.slow.discard)(which)  # (set ops are atomic)
            return result
        return run

    def _counted(self, generation: int, n: int | None) -> None:
        self._count_request = None
        if generation != self._generation or n is None:
            return
        self._total = n
        self.counted.emit(n)

    def canFetchMore(self, parent: QModelIndex) -> bool:  # noqa: N802 (Qt API)
        """More rows wait in the database (and none is being read now)."""
        return (not parent.isValid() and self._more and self._started
                and self._page_request is None)

    def fetchMore(self, parent: QModelIndex) -> None:  # noqa: N802 (Qt API)
        """Fetch the next page of rows: at once if SQLite answers quickly, else in the
        background."""
        if parent.isValid() or not self._more or self._page_request is not None:
            return
        read = self._read_page(len(self.rows))
        try:
            page = self._quick("page", lambda: read(self.session.db), self.budget_ms)
        except TooSlow:
            generation, offset = self._generation, len(self.rows)
            self._page_request = self.session.reader.ask(
                self._timed("page", read), lambda rows: self._page_read(generation, offset, rows),
                lambda exc: self._page_read(generation, offset, None), self)
            self.loading.emit(True)
            return
        self._add(page)

    def _page_read(self, generation: int, offset: int, page: list[dict] | None) -> None:
        self._page_request = None
        if generation != self._generation or offset != len(self.rows):
            return
        self.loading.emit(False)
        if page is None:
            self._more = False
            return
        self._add(page)

    def _add(self, page: list[dict]) -> None:
        self._more = len(page) == PAGE
        if page:
            start = len(self.rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()
        self.arrived.emit()

    # --- Qt model API ----------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        """Rows fetched so far."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        """One column per list key of the kind."""
        return 0 if parent.isValid() else len(self.keys)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        """Field labels in the user's language (the tooltip too: a narrow column may
        cut its title)."""
        if orientation == Qt.Orientation.Horizontal and role in (Qt.ItemDataRole.DisplayRole,
                                                                 Qt.ItemDataRole.ToolTipRole):
            key = self.keys[section]
            if key == "participants":
                return self.tr("Participants")
            if self.kind == "visit" and key == "household":
                return self.tr("Head of household")
            if self.kind == "event" and key == "title":
                return self.tr("Name of the day")
            return field_label(key, self.session.lang)
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        """Display text of a cell; ID_ROLE gives the record id."""
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        key = self.keys[index.column()]
        if role == ID_ROLE:
            return row["id"]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.display(key, row.get(key))
        if role == Qt.ItemDataRole.TextAlignmentRole and key in NUMBER_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def display(self, key: str, value) -> str:
        """A stored value as the user reads it: labels, dd/MM/yyyy, vi_VN numbers."""
        lang = self.session.lang
        if value is None:
            return ""
        if key in BOOL_COLUMNS:
            return self.tr("Yes") if value else ""
        if key == "indicator":
            ind = INDICATORS.get(value)
            return ind.label(lang) if ind else str(value)
        if key == COMMUNE_COLUMN[0]:
            return unit_name(value)
        if key in CODED and key != "hamlet":
            return value_label(key, value, lang)
        if key in DATE_COLUMNS:
            text = str(value)
            return format_date(text[:10]) + (" " + text[11:16] if len(text) > 10 else "")
        if key in NUMBER_COLUMNS and key != "birth_year":
            return self.session.number(value)
        return str(value)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL by the clicked column (-1: the kind's default order)."""
        if column < 0 or column >= len(self.keys):
            self.order_by, self.descending = None, None
        else:
            self.order_by = self.keys[column]
            self.descending = order == Qt.SortOrder.DescendingOrder
        if self._started:
            self.reload()

    def record_id(self, row: int) -> str | None:
        """The id of the record shown in `row`."""
        return self.rows[row]["id"] if 0 <= row < len(self.rows) else None

    def row_data(self, row: int) -> dict | None:
        """The list row (dict) shown in `row`."""
        return self.rows[row] if 0 <= row < len(self.rows) else None


# --- columns sized to what they hold -------------------------------------------------

# fixed-format columns: the widest text they can hold
SAMPLES = {"date": "00/00/0000", "follow_up_date": "00/00/0000", "birth_date": "00/00/0000",
           "starts_at": "00/00/0000 00:00", "ends_at": "00/00/0000 00:00",
           "cccd": "000000000000", "phone": "0000000000", "birth_year": "0000",
           "year": "0000", "members_count": "00", "at": "00/00/0000 00:00"}
# free text that would take the whole width: capped, the rest shown in a tooltip
NAME_CAP_CHARS = 30
# columns that take what is left of the width
STRETCH = {"notes", "topics", "address"}


def coded_texts(key: str, lang: str) -> list[str]:
    """Every label a coded column can show (its width does not depend on the rows)."""
    if key == "indicator":
        return [ind.label(lang) for ind in INDICATORS.values()]
    return [value_label(key, code, lang) for code in VALUE_LABELS.get(key, {})]


def fit_widths(view, keys: list[str], headers: list[str], texts_of, lang: str) -> list[int]:
    """A width for each column of `view`: what the column holds (the widest of a fixed
    format, of every label of a coded field in `lang`, or of the rows shown,
    `texts_of(key)`, capped for long names), and its title, which may be cut when it
    is much wider than the values (the header's tooltip has it whole). Measured with
    the view's own font, so the same code fits A and A+."""
    fm = view.fontMetrics()
    head = view.horizontalHeader().fontMetrics()
    pad = fm.averageCharWidth() * 2 + 8
    cap = fm.averageCharWidth() * NAME_CAP_CHARS
    out = []
    for key, title in zip(keys, headers):
        if key in SAMPLES:
            body = fm.horizontalAdvance(SAMPLES[key])
        elif key in CODED and key != "hamlet":
            body = max((fm.horizontalAdvance(t) for t in coded_texts(key, lang)), default=0)
        else:
            body = min(cap, max((fm.horizontalAdvance(t) for t in texts_of(key) if t), default=0))
        words = max((head.horizontalAdvance(w) for w in str(title).split()), default=0)
        title_width = min(head.horizontalAdvance(str(title)), max(int(body * 1.6), words))
        out.append(max(body, title_width + 18) + pad)  # 18: the sort arrow
    return out


class RowsModel(QAbstractTableModel):
    """A table over a bounded list already in memory (a week's follow-ups, the review
    queues): filled in one reset, never cell by cell; the texts of a row are made
    when the view first asks for them."""

    def __init__(self, headers: list[str], texts, parent: QObject | None = None):
        super().__init__(parent)
        self.headers = headers
        self.texts = texts  # row dict -> tuple of display texts
        self.rows: list = []
        self._shown: dict[int, tuple] = {}

    def set_rows(self, rows: list) -> None:
        """Show `rows` (the list is kept, not copied)."""
        self.beginResetModel()
        self.rows = rows
        self._shown = {}
        self.endResetModel()

    def shown(self, row: int) -> tuple:
        """The display texts of `row`."""
        if row not in self._shown:
            self._shown[row] = tuple("" if t is None else str(t) for t in self.texts(self.rows[row]))
        return self._shown[row]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        """How many rows the list has."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        """One column per header."""
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        """The column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        """A cell's text (also its tooltip, for text cut by the column)."""
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.shown(index.row())[index.column()]
        return None

    def row_data(self, row: int):
        """The list entry shown in `row`."""
        return self.rows[row] if 0 <= row < len(self.rows) else None
