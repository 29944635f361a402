"""What a merge left for a person to decide: the conflicts page (each value that lost
beside the one kept, and "Giữ giá trị này") and the duplicates page (two records with
one CCCD: merge them into one person, choosing each field, or say they are two).

Both lists are read in a worker (a hub may hold thousands of entries) and shown
through a model; each decision is an ordinary change (desktop/sync/conflicts.py
keep_value, desktop/sync/duplicates.py merge and resolve): validated, audited,
undoable where a save is, and carried by the next bundle.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QFrame, QGridLayout, QHBoxLayout,
                               QHeaderView, QLabel, QPushButton, QRadioButton, QScrollArea,
                               QSplitter, QTableView, QVBoxLayout, QWidget)

from desktop.domain.dates import format_local_time
from desktop.domain.errors import InputRefused
from desktop.domain.labels import field_label
from desktop.domain.units import find_commune
from desktop.sync import conflicts, duplicates
from desktop.ui import messages
from desktop.ui.busy import BusyBar
from desktop.ui.record_page import Page, page_title
from desktop.ui.table_model import RowsModel
from desktop.ui.tasks import error_text

LIMIT = 500


def _view(parent, name: str, model) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.verticalHeader().hide()
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return view


class _ReviewPage(Page):
    """A list read in a worker, newest state after every change."""

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self.busy_bar = BusyBar(self, self.tr("Reading…"))
        self.busy_bar.cancelled.connect(self._drop)
        self.task = None
        self._generation = 0
        self._pending = False

    def load(self) -> None:
        """Read the list."""
        self.refresh()

    def refresh(self) -> None:
        """Read the list again in the background (one reading at a time)."""
        self._generation += 1
        if self.task is not None and self.task.running:
            self._pending = True
            return
        self._pending = False
        self._reading = self._generation
        self.busy_bar.start()
        self.task = self.session.tasks.run(self, self.tr("Reading…"), self.work(), self._read,
                                           self._failed, show_after_ms=60_000)

    def busy(self) -> bool:
        """Whether the list is being read."""
        return self._pending or (self.task is not None and self.task.running)

    def _drop(self) -> None:
        self._generation += 1
        self._pending = False

    def _read(self, rows) -> None:
        if self._reading != self._generation:
            if self._pending:
                self.refresh()
            return
        self.busy_bar.stop()
        self.show_rows(rows)

    def _failed(self, exc) -> None:
        self.busy_bar.stop()
        self.state.setText(error_text(exc, self.session.lang))

    def work(self):
        """The worker's function: (db, progress, cancelled) -> rows."""
        raise NotImplementedError

    def show_rows(self, rows: list) -> None:
        """Show what was read."""
        raise NotImplementedError


class ConflictsPage(_ReviewPage):
    """Each value that lost a merge beside the one kept, and "Giữ giá trị này"."""

    key = "conflicts"

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        hint = QLabel(self.tr("When two computers changed the same field, the later change "
                              "is kept everywhere. These are the values that lost. Select one "
                              "and press «Keep this value» to put it back: that is a normal "
                              "change, sent in the next bundle."), self)
        hint.setWordWrap(True)
        self.model = RowsModel(
            [self.tr("When"), self.tr("Record"), self.tr("Field"), self.tr("Value kept"),
             self.tr("Value that lost"), self.tr("Now")], self._texts, self)
        self.view = _view(self, "conflictsTable", self.model)
        self.view.doubleClicked.connect(lambda _i: self.keep_selected())
        self.keep_button = QPushButton(self.tr("Keep this value"), self)
        self.keep_button.setObjectName("keepValue")
        self.keep_button.setEnabled(False)
        self.keep_button.clicked.connect(self.keep_selected)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._enable())
        self.state = QLabel(self)
        self.state.setObjectName("conflictsState")
        self.state.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(page_title(self.title(), self))
        head.addStretch(1)
        head.addWidget(self.busy_bar)
        buttons = QHBoxLayout()
        buttons.addWidget(self.state, 1)
        buttons.addWidget(self.keep_button)
        lay = QVBoxLayout(self)
        lay.addLayout(head)
        lay.addWidget(hint)
        lay.addWidget(self.view, 1)
        lay.addLayout(buttons)


    def work(self):
        """Read the conflicts to review, as people read them."""
        lang = self.session.lang
        return lambda db, progress, cancelled: conflicts.review(db, lang, LIMIT)

    def _texts(self, c: dict) -> tuple:
        now = self.tr("kept (this value)") if c["kept_now"] else c["current_text"]
        return (format_local_time(c["at"]), f"{c['kind_label']}: {c['record']}", c["field_label"],
                c["kept_text"], c["lost_text"], now)

    def show_rows(self, rows: list) -> None:
        """The conflicts, newest first; the same one selected again where it is."""
        current = self.current()
        self.model.set_rows(rows)
        widths = (150, 260, 170, 200, 200)
        scale = self.fontMetrics().averageCharWidth() / 7
        for i, w in enumerate(widths):
            self.view.horizontalHeader().resizeSection(i, int(w * scale))
        if current is not None:
            for i, c in enumerate(rows):
                if c["seq"] == current["seq"]:
                    self.view.selectRow(i)
        self.state.setText(self.tr("%1 values to review.").replace(
            "%1", self.session.number(sum(1 for c in rows if not c["kept_now"]))) if rows else
            self.tr("No conflicts: every merge agreed."))
        self._enable()

    def current(self) -> dict | None:
        """The conflict selected."""
        index = self.view.currentIndex()
        return self.model.row_data(index.row()) if index.isValid() else None

    def _enable(self) -> None:
        c = self.current()
        self.keep_button.setEnabled(bool(c and c["keepable"] and not c["kept_now"]))

    def keep_selected(self):
        """Giữ giá trị này: put the losing value back (a normal, validated change)."""
        c = self.current()
        if c is None or not c["keepable"] or c["kept_now"] or not self.permitted("records"):
            return None
        try:
            saved = conflicts.keep_value(self.session.db, c["seq"])
        except InputRefused as exc:
            messages.warn(self, self.tr("Keep this value"), exc.message(self.session.lang))
            return None
        self.state.setText(self.tr("Kept «%1» for %2. It goes out with the next bundle.")
                           .replace("%1", c["lost_text"]).replace("%2", c["record"]))
        self.session.notify(saved.changes)
        self.refresh()
        return saved


class DuplicatesPage(_ReviewPage):
    """Two records that may be one person (one CCCD, or names alike with the same birth
    year and hamlet): merge them into one person, or say they are two."""

    key = "duplicates"

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        hint = QLabel(self.tr("Two records that may be one person: the same CCCD (two "
                              "computers entered the same person, or a number was mistyped), or "
                              "names alike with the same birth year in the same hamlet. Choose "
                              "the record to keep and which value of each field it takes, then "
                              "merge; or say they are two different people."), self)
        hint.setWordWrap(True)
        self.model = RowsModel([self.tr("Resident A"), self.tr("Resident B"), self.tr("CCCD"),
                                self.tr("Why")], self._texts, self)
        self.view = _view(self, "duplicatesTable", self.model)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self.show_choice())
        self.state = QLabel(self)
        self.state.setObjectName("duplicatesState")
        self.state.setWordWrap(True)
        # the choice: which record stays, and each field's value
        self.keep_a = QRadioButton(self)
        self.keep_a.setObjectName("keepA")
        self.keep_b = QRadioButton(self)
        self.keep_b.setObjectName("keepB")
        self.keep_group = QButtonGroup(self)
        self.keep_group.addButton(self.keep_a)
        self.keep_group.addButton(self.keep_b)
        self.keep_a.toggled.connect(lambda on: on and self.show_fields())
        self.keep_b.toggled.connect(lambda on: on and self.show_fields())
        self.fields_box = QWidget(self)
        self.fields_grid = QGridLayout(self.fields_box)
        self.fields_grid.setColumnStretch(1, 1)
        self.fields_grid.setColumnStretch(2, 1)
        self.field_groups: dict[str, tuple[QButtonGroup, QRadioButton, QRadioButton]] = {}
        for row, field in enumerate(duplicates.MERGE_FIELDS, 1):
            label = QLabel(field_label(field, session.lang), self.fields_box)
            a, b = QRadioButton(self.fields_box), QRadioButton(self.fields_box)
            a.setObjectName(f"field_{field}_a")
            b.setObjectName(f"field_{field}_b")
            group = QButtonGroup(self.fields_box)
            group.addButton(a)
            group.addButton(b)
            self.fields_grid.addWidget(label, row, 0)
            self.fields_grid.addWidget(a, row, 1)
            self.fields_grid.addWidget(b, row, 2)
            self.field_groups[field] = (group, a, b)
        self.head_a = QLabel(self.fields_box)
        self.head_b = QLabel(self.fields_box)
        for col, head in ((1, self.head_a), (2, self.head_b)):
            head.setObjectName("pageSubtitle")
            self.fields_grid.addWidget(head, 0, col)
        scroll = self.fields_scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.fields_box)
        self.merge_button = QPushButton(self.tr("Merge into one person"), self)
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.clicked.connect(self.merge_selected)
        self.different_button = QPushButton(self.tr("Two different people"), self)
        self.different_button.setObjectName("differentButton")
        self.different_button.clicked.connect(self.mark_different)
        keep_row = QHBoxLayout()
        keep_row.addWidget(QLabel(self.tr("Keep the record of"), self))
        keep_row.addWidget(self.keep_a)
        keep_row.addWidget(self.keep_b)
        keep_row.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.state, 1)
        buttons.addWidget(self.different_button)
        buttons.addWidget(self.merge_button)
        lower = self.choice = QWidget(self)  # hidden while no pair is selected
        lower_lay = QVBoxLayout(lower)
        lower_lay.setContentsMargins(0, 0, 0, 0)
        lower_lay.addLayout(keep_row)
        lower_lay.addWidget(scroll, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.view)
        split.addWidget(lower)
        split.setSizes([140, 460])
        head = QHBoxLayout()
        head.addWidget(page_title(self.title(), self))
        head.addStretch(1)
        head.addWidget(self.busy_bar)
        lay = QVBoxLayout(self)
        lay.addLayout(head)
        lay.addWidget(hint)
        lay.addWidget(split, 1)
        lay.addLayout(buttons)
        self.plan: dict | None = None
        self.show_choice()


    def work(self):
        """Read the open queue entries."""
        return lambda db, progress, cancelled: duplicates.list_duplicates(db)

    def _person(self, p: dict) -> str:
        commune = find_commune(p.get("commune_code") or "") if (p.get("commune_code") or ""
                                                                ).isdigit() else None
        where = commune.name if commune else (p.get("commune_code") or "")
        return f"{p.get('full_name') or ''} ({p.get('birth_year') or '?'}, {where})"

    def _texts(self, d: dict) -> tuple:
        why = (self.tr("Same CCCD") if d.get("reason", "cccd") == "cccd"
               else self.tr("Names alike"))
        cccds = {d["a"].get("cccd") or "", d["b"].get("cccd") or ""} - {""}
        return (self._person(d["a"]), self._person(d["b"]), " / ".join(sorted(cccds)), why)

    def show_rows(self, rows: list) -> None:
        """The open entries; the first selected."""
        self.model.set_rows(rows)
        width = self.fontMetrics().averageCharWidth()
        for i, chars in enumerate((40, 40)):
            self.view.horizontalHeader().resizeSection(i, width * chars)
        if rows:
            self.view.selectRow(0)
        self.state.setText(self.tr("%1 pairs to decide.").replace(
            "%1", self.session.number(len(rows))) if rows else
            self.tr("No duplicates to decide."))
        self.show_choice()

    def current(self) -> dict | None:
        """The queue entry selected."""
        index = self.view.currentIndex()
        return self.model.row_data(index.row()) if index.isValid() else None

    def show_choice(self) -> None:
        """The selected pair: keep A by default, and each field as the plan proposes."""
        entry = self.current()
        has = entry is not None
        for w in (self.keep_a, self.keep_b, self.merge_button, self.different_button,
                  self.fields_box):
            w.setEnabled(has)
        self.choice.setVisible(has)
        if not has:
            self.plan = None
            return
        self.keep_a.setText(self.tr("A: %1").replace("%1", entry["a"].get("full_name") or ""))
        self.keep_b.setText(self.tr("B: %1").replace("%1", entry["b"].get("full_name") or ""))
        self.head_a.setText(self.tr("Resident A"))
        self.head_b.setText(self.tr("Resident B"))
        self.keep_a.blockSignals(True)
        self.keep_a.setChecked(True)
        self.keep_a.blockSignals(False)
        self.show_fields()

    def show_fields(self) -> None:
        """Each field's two values; the one the plan takes is ticked."""
        entry = self.current()
        if entry is None:
            return
        keep = entry["a"]["id"] if self.keep_a.isChecked() else entry["b"]["id"]
        try:
            self.plan = duplicates.merge_plan(self.session.db, entry["id"], keep,
                                              self.session.lang,
                                              pair=(entry["a"]["id"], entry["b"]["id"]))
        except InputRefused as exc:
            self.state.setText(exc.message(self.session.lang))
            return
        a, b = entry["a"]["id"], entry["b"]["id"]
        for field, (_group, ra, rb) in self.field_groups.items():
            p = self.plan["fields"][field]
            ra.setText(p["texts"][a])
            rb.setText(p["texts"][b])
            (ra if p["source"] == a else rb).setChecked(True)

    def chosen(self) -> tuple[str, dict[str, str]] | None:
        """(the record kept, {field: the record its value comes from}) as ticked."""
        entry = self.current()
        if entry is None:
            return None
        a, b = entry["a"]["id"], entry["b"]["id"]
        keep = a if self.keep_a.isChecked() else b
        return keep, {f: (a if ra.isChecked() else b)
                      for f, (_g, ra, _rb) in self.field_groups.items()}

    def choose(self, field: str, which: str) -> None:
        """Tick the value of `field` from record "a" or "b" (tests, keyboard users)."""
        _group, ra, rb = self.field_groups[field]
        (ra if which == "a" else rb).setChecked(True)

    def merge_selected(self):
        """Merge the pair as chosen; returns the entry after (None if refused)."""
        entry, choice = self.current(), self.chosen()
        if entry is None or choice is None or not self.permitted("records"):
            return None
        keep, fields = choice
        try:
            saved = duplicates.merge(self.session.db, entry["id"], keep=keep, fields=fields,
                                     pair=(entry["a"]["id"], entry["b"]["id"]))
        except InputRefused as exc:
            messages.warn(self, self.tr("Duplicates"), exc.message(self.session.lang))
            return None
        self.session.notify(saved.changes)
        self.refresh()
        return saved

    def mark_different(self):
        """Two different people: both records stay; the entry is closed."""
        entry = self.current()
        if entry is None or not self.permitted("records"):
            return None
        try:
            result = duplicates.resolve(self.session.db, entry["id"], different=True)
        except InputRefused as exc:
            messages.warn(self, self.tr("Duplicates"), exc.message(self.session.lang))
            return None
        self.session.notify()
        self.refresh()
        return result
