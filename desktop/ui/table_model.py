"""A lazy table over a record list: pages fetched from SQLite as the view scrolls.

Sorting and filtering happen in SQL (services.queries), so a table over a million
visits costs what a table over fifty does; only the rows fetched so far stay in memory.
"""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from desktop.domain.dates import format_date
from desktop.domain.indicators import INDICATORS
from desktop.domain.labels import VALUE_LABELS, field_label, value_label
from desktop.services.queries import COUNT_CAP, Filters, columns, count_records, list_records

PAGE = 200
CODED = set(VALUE_LABELS) | {"indicator"}
DATE_COLUMNS = {"date", "follow_up_date", "birth_date", "starts_at", "ends_at"}
BOOL_COLUMNS = {"has_smartphone", "active", "sells_online", "has_payment_account"}
NUMBER_COLUMNS = {"members_count", "people_served", "participants", "value", "birth_year"}
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RecordTableModel(QAbstractTableModel):
    """Rows of one kind of record, fetched `PAGE` at a time (canFetchMore/fetchMore)."""

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

    # --- loading -------------------------------------------------------------
    def reload(self) -> None:
        """Drop the fetched rows and fetch the first page again (filters or data changed)."""
        self._started = True
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

    def total(self) -> int:
        """How many records the current filters select, counted up to COUNT_CAP + 1
        (more is shown as "more than COUNT_CAP"); counted once per reload."""
        if self._total is None:
            self._total = count_records(self.session.db, self.kind, self.filters,
                                        cap=COUNT_CAP)
        return self._total

    def canFetchMore(self, parent: QModelIndex) -> bool:  # noqa: N802 (Qt API)
        """More rows wait in the database."""
        return not parent.isValid() and self._more and self._started

    def fetchMore(self, parent: QModelIndex) -> None:  # noqa: N802 (Qt API)
        """Fetch the next page of rows."""
        if parent.isValid() or not self._more:
            return
        page = list_records(self.session.db, self.kind, self.filters, limit=PAGE,
                            offset=len(self.rows), order_by=self.order_by,
                            descending=self.descending)
        self._more = len(page) == PAGE
        if page:
            start = len(self.rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    # --- Qt model API ----------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        """Rows fetched so far."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        """One column per list key of the kind."""
        return 0 if parent.isValid() else len(self.keys)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        """Field labels in the user's language."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
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
        if role == Qt.ItemDataRole.DisplayRole:
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
