"""A record list: filter bar, search box and a lazy table of one kind of record, with
its New, Edit, Delete, import and export (the pages holding it: record_page.py)."""

import datetime as dt

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFileDialog, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget)

from desktop.domain.errors import InputRefused
from desktop.domain.kinds import get_kind
from desktop.domain.labels import VALUE_LABELS, kind_label, value_label
from desktop.domain.periods import recent_months
from desktop.services import records
from desktop.services.exports import export_records
from desktop.services.imports import IMPORTABLE
from desktop.services.queries import (COMMUNE_COLUMN, COUNT_CAP, STATUS_COLUMN, Filters, columns,
                                      list_records)
from desktop.ui import messages
from desktop.ui.record_form import RecordForm
from desktop.ui.table_model import SAMPLES, RecordTableModel, fit_widths
from desktop.ui.tasks import error_text

MONTHS_BACK = 24


def permitted(widget: QWidget, session, permission: str) -> bool:
    """True if the user logged in may do `permission`; else say which role may (the
    one role check of every page, dialog and menu command)."""
    if session.allowed(permission):
        return True
    try:
        session.require(permission)
    except InputRefused as exc:
        messages.warn(widget, QCoreApplication.translate("Page", "Not allowed"),
                      exc.message(session.lang))
    return False


def month_choices(today: dt.date, count: int = MONTHS_BACK) -> list[tuple[str, str]]:
    """(label "11/2026", value "2026-11") for the last `count` months, newest first."""
    return [(m.label(), str(m)) for m in recent_months(today, count)]


def commune_choices(db) -> list[tuple[str, str]]:
    """(label "Xã An Biên (30985)", code) of every commune a hub holds, for its pickers."""
    from desktop.reports.hub import merged_communes

    return [(f"{name} ({code})", code) for code, name in merged_communes(db)]


class RecordTable(QWidget):
    """Filter bar + search + lazy table + New/Edit/Delete for one kind of record.

    `filters_shown` picks the filter widgets: "hamlet", "month", "status", "member".
    On a hub, a list not narrowed by `base_filters` also filters by commune, first: a
    hub holds a hundred communes, and their hamlets and team members are offered once
    a commune is chosen ("Thôn 1" a hundred times otherwise).
    """

    selected = Signal(str)  # record id

    def __init__(self, session, kind: str, filters_shown=("hamlet",), parent=None,
                 base_filters: Filters | None = None, column_keys=None, status_field=None):
        super().__init__(parent)
        self.session = session
        self.kind = kind
        self.base_filters = base_filters or Filters()
        self.status_field = status_field or STATUS_COLUMN.get(kind)
        self.setObjectName(f"table_{kind}")
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        spec = get_kind(kind)
        if spec.field("cccd") or spec.field("phone") or kind == "visit":
            self.search.setPlaceholderText(self.tr("Search: name, CCCD or phone (Ctrl+F)"))
        else:
            self.search.setPlaceholderText(self.tr("Search by name (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self.commune = (self._combo("commune", self._commune_chosen)
                        if base_filters is None and session.is_hub() else None)
        self.hamlet = self._combo("hamlet") if "hamlet" in filters_shown else None
        self.month = self._combo("month") if "month" in filters_shown else None
        self.status = self._combo("status") if "status" in filters_shown else None
        self.member = self._combo("member") if "member" in filters_shown else None
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.new_button = QPushButton(self.tr("New (Ctrl+N)"), self)
        self.new_button.setObjectName("newButton")
        self.edit_button = QPushButton(self.tr("Edit"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.import_button = QPushButton(self.tr("Import from Excel/CSV…"), self)
        self.import_button.setObjectName("importButton")
        self.import_button.setVisible(kind in IMPORTABLE and kind != "attendance")
        self.import_button.clicked.connect(self.choose_import)
        self.export_button = QPushButton(self.tr("Export Excel…"), self)
        self.export_button.setObjectName("exportExcel")
        self.export_button.setToolTip(self.tr("Save the records the filters show as an Excel "
                                              "file"))
        self.export_button.clicked.connect(self.choose_export)
        self.new_button.clicked.connect(self.new_record)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        combos = [c for c in (self.commune, self.hamlet, self.month, self.status, self.member)
                  if c is not None]
        # three filters or more get a row of their own: at A+ on a 1366-pixel screen the
        # search box would otherwise be cut to a few letters
        filter_row = QHBoxLayout() if len(combos) >= 3 else bar
        for combo in combos:
            filter_row.addWidget(combo, 0)
        if filter_row is not bar:
            filter_row.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        if self.commune is not None:  # a hub's list says whose each record is, first
            column_keys = [COMMUNE_COLUMN[0], *(column_keys or columns(kind))]
        self.model = RecordTableModel(session, kind, self.filters(), self, column_keys)
        self.model.loading.connect(self._on_loading)
        self.model.arrived.connect(self._on_arrived)
        self.model.counted.connect(self._show_count)
        self._select_after: str | None = None  # a record to select when its page arrives
        self.view = QTableView(self)
        self.view.setObjectName("recordTable")
        self.view.setModel(self.model)
        # No indicator first: the list keeps the kind's default order (newest visits first)
        # until a column is clicked; setSortingEnabled would otherwise sort by column 0.
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.horizontalHeader().setSortIndicatorShown(True)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setDefaultSectionSize(
            self.view.fontMetrics().height() + 10)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda _i: self.edit_current())
        # Delete on the list deletes the selected record (after naming it and asking)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view,
                               self.delete_current)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.view.selectionModel().currentRowChanged.connect(self._on_row)
        self.view.horizontalHeader().sectionResized.connect(self._remember_widths)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(bar)
        if filter_row is not bar:
            lay.addLayout(filter_row)
        lay.addWidget(self.view, 1)
        lay.addLayout(buttons)
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.loaded = False
        self._restoring = False
        self._sized = False
        self.this_month_first = False
        self.export_task = None

    # --- filter bar ----------------------------------------------------------
    def _combo(self, name: str, chosen=None) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(f"filter_{name}")
        if name in ("commune", "hamlet", "member"):
            # as wide as a long name, not as the longest of thousands (a province's
            # hub): measuring every item at each layout froze the window 40 ms
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(22)
        else:
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.currentIndexChanged.connect(lambda _i: (chosen or self.apply_filters)())
        return combo

    def fill_filter_choices(self, lists: bool = True) -> None:
        """(Re)load the communes (on a hub), hamlets, months, statuses and team members
        the filters offer (without `lists`, the communes, hamlets and team members are
        "All ..." alone until the next call)."""
        lang = self.session.lang
        if self.commune is not None:
            self._fill(self.commune, self.tr("All communes"),
                       commune_choices(self.session.db) if lists else [])
        self._fill_commune_lists(lists)
        if self.month is not None:
            months = month_choices(self.session.clock.today(), MONTHS_BACK)
            first = self.month.count() == 0
            self._fill(self.month, self.tr("All months"), months)
            if first and self.this_month_first:
                self.month.blockSignals(True)
                self.month.setCurrentIndex(1)  # this month
                self.month.blockSignals(False)
        if self.status is not None and self.status_field:
            codes = VALUE_LABELS.get(self.status_field, {})
            if self.status_field == "role":
                codes = VALUE_LABELS["role"]
            self._fill(self.status, self.tr("All statuses"),
                       [(value_label(self.status_field, c, lang), c) for c in codes])

    def _fill_commune_lists(self, lists: bool = True) -> None:
        """The hamlets and team members the filters offer: on a hub, those of the
        commune chosen, and none (the filter closed) until one is."""
        scope, open_ = None, True
        if self.commune is not None:
            scope = Filters(commune=self.commune.currentData())
            open_ = scope.commune is not None
        for combo, kind, name, everything in (
                (self.hamlet, "hamlet", "name", self.tr("All hamlets")),
                (self.member, "member", "full_name", self.tr("All team members"))):
            if combo is None:
                continue
            rows = list_records(self.session.db, kind, scope, limit=None) if lists and open_ else []
            self._fill(combo, everything, [(r[name], r["id"]) for r in rows])
            combo.setEnabled(open_)
            combo.setToolTip("" if open_ else self.tr("Choose a commune first"))

    def _commune_chosen(self) -> None:
        """A hub's commune chosen: the hamlets and team members offered become its own
        (one of another commune no longer applies), then the list follows."""
        self._fill_commune_lists()
        self.apply_filters()

    def _fill(self, combo: QComboBox, everything: str, items) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for label, value in items:
            combo.addItem(label, value)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)

    def filters(self) -> Filters:
        """The filters the bar currently selects, on top of the page's base filters."""
        f = Filters(**{k: getattr(self.base_filters, k) for k in
                       ("commune", "hamlet", "month", "status", "member", "training",
                        "household")})
        if self.hamlet is not None and self.hamlet.currentData():
            f.hamlet = self.hamlet.currentData()
        if self.commune is not None and self.commune.currentData():
            f.commune = self.commune.currentData()
        if self.month is not None and self.month.currentData():
            f.month = self.month.currentData()
        if self.status is not None and self.status.currentData():
            f.status = self.status.currentData()
            f.status_field = self.status_field
        if self.member is not None and self.member.currentData():
            f.member = self.member.currentData()
        text = self.search.text().strip()
        f.search = text or None
        return f

    def apply_filters(self) -> None:
        """Reload the table with what the filter bar selects."""
        self.model.set_filters(self.filters())
        if self.loaded and not self._sized and self.model.rowCount():
            self._restore_widths()  # first rows ever shown: fit the columns to them
        # Counting a million rows takes a moment: the first rows paint before it.
        self.count_label.setText("…")
        QTimer.singleShot(1, self, self._update_count)  # a timer: after the rows are painted

    def _update_count(self) -> None:
        if not self.session.db_open():
            return
        total = self.model.total()  # None: counted in the background, `counted` follows
        if total is None:
            self.count_label.setText(self.tr("Counting…"))
        else:
            self._show_count(total)

    def _show_count(self, total: int) -> None:
        if total > COUNT_CAP:
            text = self.tr("more than %1 records").replace("%1", self.session.number(COUNT_CAP))
        else:
            text = self.tr("%1 records").replace("%1", self.session.number(total))
        self.count_label.setText(text)

    def _on_loading(self, loading: bool) -> None:
        if loading:
            self.count_label.setText(self.tr("Loading…"))

    def _on_arrived(self) -> None:
        """Rows came (from the background too): fit the columns to the first ones,
        select the record that was selected, and say the count when it is known."""
        if self.loaded and not self._sized and self.model.rowCount():
            self._restore_widths()
        if self._select_after and self.select_id(self._select_after):
            self._select_after = None
        if self.count_label.text() == self.tr("Loading…"):
            total = self.model._total
            if total is None:
                self.count_label.setText(self.tr("Counting…"))
            else:
                self._show_count(total)

    def set_base_filters(self, filters: Filters) -> None:
        """Narrow the table (residents of one household, attendance of one training)."""
        self.base_filters = filters
        self.apply_filters()

    # --- loading ---------------------------------------------------------------
    def load(self) -> None:
        """Fill filters and the first page (called when the page is first shown). The
        first page comes first: the hamlets and team members the filter bar offers
        (hundreds in a large commune) and a hub's communes are filled a turn of the
        event loop later, so the page paints between the two."""
        self.fill_filter_choices(lists=False)
        self.apply_filters()
        self._restore_widths()
        self.loaded = True
        if self.commune is not None or self.hamlet is not None or self.member is not None:
            QTimer.singleShot(1, self, self.fill_filter_choices)  # a timer: after the paint

    def refresh(self) -> None:
        """Reload after records changed, keeping the selection where possible."""
        current = self.current_id()
        self.fill_filter_choices()
        self._select_after = current
        self.apply_filters()
        if current and self.select_id(current):
            self._select_after = None

    def _restore_widths(self) -> None:
        """Columns sized to what they hold: dates, CCCDs and phones whole, coded values
        as wide as their longest label, names as wide as the first rows need (capped);
        the last column (notes, where a kind has them) takes the rest. Widths the
        user dragged are kept, per text size, but never narrower than a date or a
        CCCD needs."""
        header = self.view.horizontalHeader()
        self._restoring = True
        self._sized = self._sized or self.model.rowCount() > 0
        keys = self.model.keys
        titles = [self.model.headerData(i, Qt.Orientation.Horizontal) for i in range(len(keys))]
        rows = self.model.rows[:200]
        fitted = fit_widths(self.view, keys, titles,
                            lambda k: [self.model.display(k, r.get(k)) for r in rows],
                            self.session.lang)
        saved = self.session.settings.column_widths(self._widths_key())
        if len(saved) == len(keys):
            fitted = [max(w, f) if k in SAMPLES else max(40, w)
                      for k, w, f in zip(keys, saved, fitted)]
        for i, width in enumerate(fitted):
            header.resizeSection(i, width)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        self._restoring = False

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """A- / A / A+: the rows and the columns follow the new text size."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self.loaded:
            # after the table's own font has changed too (it is told after this widget)
            QTimer.singleShot(0, self, self._restore_widths)

    def _widths_key(self) -> str:
        # Widths suit one text size: A+ needs wider columns than A.
        return f"{self.objectName()}-{self.session.settings.font_size}"

    def _remember_widths(self, index: int = 0, *_args) -> None:
        if self._restoring or not self.loaded or index == self.model.columnCount() - 1:
            return  # the last column only stretches with the window: not a choice
        header = self.view.horizontalHeader()
        self.session.settings.set_column_widths(
            self._widths_key(), [header.sectionSize(i) for i in range(self.model.columnCount())])

    # --- selection and actions ------------------------------------------------
    def current_id(self) -> str | None:
        """The id of the selected record."""
        index = self.view.currentIndex()
        return self.model.record_id(index.row()) if index.isValid() else None

    def select_id(self, record_id: str) -> bool:
        """Select the row of `record_id` if it is among the fetched rows."""
        for row, data in enumerate(self.model.rows):
            if data["id"] == record_id:
                self.view.selectRow(row)
                return True
        return False

    def _on_row(self, current, _previous) -> None:
        record_id = self.model.record_id(current.row()) if current.isValid() else None
        if record_id:
            self.selected.emit(record_id)

    def form_preset(self) -> dict:
        """Values a new record starts with (the hamlet chosen in the filter bar)."""
        preset = {}
        if self.hamlet is not None and self.hamlet.currentData():
            preset = {"hamlet_id": self.hamlet.currentData(), "hamlet": self.hamlet.currentText()}
        return preset

    def open_form(self, record_id: str | None = None) -> RecordForm:
        """Open the entry form (non-modal, so tests and users can keep working)."""
        form = RecordForm(self.session, self.kind, record_id, self.form_preset(), self)
        form.saved.connect(lambda rec: self.after_save(rec))
        form.setModal(True)
        form.show()
        self.current_form = form
        return form

    def new_record(self) -> RecordForm:
        """Ctrl+N: an empty form."""
        return self.open_form(None)

    def edit_current(self) -> RecordForm | None:
        """Open the selected record's form."""
        record_id = self.current_id()
        return self.open_form(record_id) if record_id else None

    def after_save(self, record: dict) -> None:
        """Select the record just saved (when its page arrives, if it is still read)."""
        if not self.select_id(record.get("id", "")):
            self._select_after = record.get("id")

    def describe_current(self) -> str:
        """The selected record as people name it: "Nguyễn Văn An", a visit by its date
        and household, a target by its indicator and year."""
        index = self.view.currentIndex()
        if not index.isValid():
            return ""
        row, show = self.model.rows[index.row()], self.model.display
        title = get_kind(self.kind).title
        parts = [show(title, row.get(title))]
        if self.kind == "visit":
            parts.append(row.get("household"))
        elif self.kind == "event":
            parts.append(row.get("title") or row.get("place"))
        elif self.kind == "target":
            parts = [show("indicator", row.get("indicator")), str(row.get("year") or "")]
        return " — ".join(str(p) for p in parts if p)

    def delete_current(self) -> bool:
        """Delete the selected record after asking, naming it (Ctrl+Z brings it back)."""
        record_id = self.current_id()
        if not record_id:
            return False
        what = kind_label(self.kind, self.session.lang)
        if not messages.ask(self, self.tr("Delete"),
                            self.tr("Delete %1 «%2»? You can undo with Ctrl+Z.")
                            .replace("%1", what).replace("%2", self.describe_current())):
            return False
        result = records.delete(self.session.db, self.kind, record_id)
        self.session.notify(result.changes)
        return True

    def focus_search(self) -> None:
        """Ctrl+F."""
        self.search.setFocus()
        self.search.selectAll()

    def choose_export(self) -> None:
        """Xuất Excel: save what the filters show as an .xlsx file."""
        if not permitted(self, self.session, "report"):
            return
        name = f"{self.kind}-{self.session.clock.today().isoformat()}.xlsx"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export Excel"),
                                              str(Path.home() / name),
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path):
        """Export the records the current filters select to `path` (.xlsx or .csv) in
        the background; returns the task (None if not allowed)."""
        if not permitted(self, self.session, "report"):
            return None
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".xlsx")
        kind, filters, lang = self.kind, self.filters(), self.session.lang
        self.export_button.setEnabled(False)
        self.export_task = self.session.tasks.run(
            self, self.tr("Exporting…"),
            lambda db, progress, cancelled: export_records(db, kind, path, filters, lang),
            self._exported, self._export_failed)
        return self.export_task

    def _exported(self, summary: dict) -> None:
        self.export_button.setEnabled(True)
        self.count_label.setText(self.tr("%1 records exported to %2")
                                 .replace("%1", self.session.number(summary["rows"]))
                                 .replace("%2", Path(summary["file"]).name))

    def _export_failed(self, exc) -> None:
        self.export_button.setEnabled(True)
        messages.warn(self, self.tr("Export Excel"), error_text(exc, self.session.lang))

    def choose_import(self) -> None:
        """Pick a list in Excel or CSV and preview its import."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import from Excel/CSV"), "",
                                              self.tr("Spreadsheets (*.xlsx *.csv)"))
        if path:
            self.preview_import(path)

    def preview_import(self, path: str):
        """The import preview of `path` as records of this list's kind."""
        from desktop.ui.import_dialog import ImportDialog

        dialog = ImportDialog(self.session, self.kind, path, None, self)
        dialog.setModal(True)
        dialog.show()
        dialog.start_preview()
        self.import_dialog = dialog
        return dialog
