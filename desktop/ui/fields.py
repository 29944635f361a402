"""Editors for the fields of a record kind, built from the kinds registry.

Each editor knows how to show a stored value, give back what was typed, and show the
reason a value was refused right under the field.
"""


from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QGridLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

from desktop.domain.dates import format_date
from desktop.domain.indicators import INDICATORS
from desktop.domain.kinds import FieldSpec
from desktop.domain.labels import value_label
from desktop.ui.pickers import RecordPicker


class FieldEditor(QObject):
    """One field: its input widget, and an error label under it."""

    edited = Signal()

    def __init__(self, spec: FieldSpec, session, parent: QWidget, columns: int = 2):
        super().__init__(parent)
        self.columns = columns
        self.spec = spec
        self.session = session
        self.input = self._make(parent)
        self.input.setObjectName(f"field_{spec.name}")
        self.error = QLabel(parent)
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.box = QWidget(parent)
        # Spare height in a tall form goes below the fields, never between a field and
        # its label.
        self.box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        lay = QVBoxLayout(self.box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self.input)
        lay.addWidget(self.error)

    # --- building ---------------------------------------------------------------
    def _make(self, parent: QWidget) -> QWidget:
        spec, lang = self.spec, self.session.lang
        t = spec.type
        if t == "bool":
            w = QCheckBox(parent)
            w.toggled.connect(self.edited)
            return w
        if t == "int":
            w = QSpinBox(parent)
            w.setRange(spec.low if spec.low is not None else 0,
                       spec.high if spec.high is not None else 1_000_000)
            w.setValue(self._int_default())
            w.valueChanged.connect(self.edited)
            return w
        if t == "choice":
            w = QComboBox(parent)
            if not spec.required and spec.default is None:
                w.addItem("", None)
            for code in spec.choices:
                label = INDICATORS[code].label(lang) if spec.name == "indicator" else \
                    value_label(spec.name, code, lang)
                w.addItem(label, code)
            if spec.default is not None:
                w.setCurrentIndex(max(0, w.findData(spec.default)))
            w.currentIndexChanged.connect(self.edited)
            return w
        if t == "services":
            w = QWidget(parent)
            grid = QGridLayout(w)
            grid.setContentsMargins(0, 0, 0, 0)
            self.checks = {}
            for i, code in enumerate(spec.choices):
                box = QCheckBox(value_label("services", code, lang), w)
                box.setObjectName(f"service_{code}")
                box.toggled.connect(self.edited)
                self.checks[code] = box
                grid.addWidget(box, i // self.columns, i % self.columns)
            return w
        if t == "counts":  # services performed at a digital transformation day, by type
            w = QWidget(parent)
            grid = QGridLayout(w)
            grid.setContentsMargins(0, 0, 0, 0)
            self.counts = {}
            for i, code in enumerate(spec.choices):
                spin = QSpinBox(w)
                spin.setObjectName(f"count_{code}")
                spin.setRange(0, 100_000)
                spin.valueChanged.connect(self.edited)
                self.counts[code] = spin
                spin.setFixedWidth(spin.fontMetrics().horizontalAdvance("000000") + 40)
                label = QLabel(value_label("services", code, lang), w)
                label.setWordWrap(True)
                grid.addWidget(spin, i, 0)  # one service a row: the labels are long
                grid.addWidget(label, i, 1)
            grid.setColumnStretch(1, 1)
            return w
        if t == "ref":
            w = RecordPicker(self.session, spec.ref, parent)
            w.textChanged.connect(self.edited)
            return w
        if spec.name == "notes" or spec.name == "topics":
            w = QPlainTextEdit(parent)
            w.setTabChangesFocus(True)
            w.setFixedHeight(w.fontMetrics().lineSpacing() * 3 + 12)
            w.textChanged.connect(self.edited)
            return w
        w = QLineEdit(parent)
        if t in ("date", "day"):
            w.setPlaceholderText(self.tr("dd/mm/yyyy"))
        elif t == "datetime":
            w.setPlaceholderText(self.tr("dd/mm/yyyy hh:mm"))
        elif t == "birth":
            w.setPlaceholderText(self.tr("year (1975) or dd/mm/yyyy"))
        elif t == "cccd":
            w.setPlaceholderText(self.tr("12 digits"))
            w.setMaxLength(16)
        elif t == "phone":
            w.setPlaceholderText(self.tr("10 digits, e.g. 0912345678"))
        elif t == "list":
            w.setPlaceholderText(self.tr("separated by commas"))
        w.textChanged.connect(self.edited)
        return w

    def _int_default(self) -> int:
        if self.spec.name == "year":
            return self.session.clock.today().year  # targets are set for the current year
        return self.spec.default if self.spec.default is not None else (self.spec.low or 0)

    # --- values ---------------------------------------------------------------
    def get(self):
        """The value as typed, in the form the services accept."""
        w, t = self.input, self.spec.type
        if t == "bool":
            return w.isChecked()
        if t == "int":
            return w.value()
        if t == "choice":
            return w.currentData()
        if t == "services":
            return [code for code, box in self.checks.items() if box.isChecked()]
        if t == "counts":
            return {code: spin.value() for code, spin in self.counts.items() if spin.value()}
        if t == "ref":
            return w.value()
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText().strip() or None
        text = w.text().strip()
        if t == "list":
            return [p.strip() for p in text.split(",") if p.strip()]
        return text or None

    def set(self, value, record: dict | None = None) -> None:
        """Show a stored value (`record` gives context such as a reference's name)."""
        w, t = self.input, self.spec.type
        record = record or {}
        if t == "bool":
            w.setChecked(bool(value))
        elif t == "int":
            w.setValue(int(value) if value is not None else self._int_default())
        elif t == "choice":
            w.setCurrentIndex(max(0, w.findData(value)))
        elif t == "services":
            for code, box in self.checks.items():
                box.setChecked(code in (value or []))
        elif t == "counts":
            for code, spin in self.counts.items():
                spin.setValue(int((value or {}).get(code) or 0))
        elif t == "ref":
            w.choose(record.get(self.spec.column) or value, record.get(self.spec.name) or "")
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText(value or "")
        elif t in ("date", "day"):
            w.setText(format_date(value))
        elif t == "datetime":
            text = str(value or "")
            w.setText(format_date(text[:10]) + (" " + text[11:16] if len(text) > 10 else ""))
        elif t == "birth":
            w.setText(format_date(record.get("birth_date")) if record.get("birth_date")
                      else str(record.get("birth_year") or value or ""))
        elif t == "list":
            w.setText(", ".join(str(v.get("name") if isinstance(v, dict) else v)
                                for v in (value or [])))
        else:
            w.setText("" if value is None else str(value))

    def show_error(self, text: str | None) -> None:
        """Mark the field as refused with `text`, or clear the mark (None)."""
        self.input.setProperty("invalid", bool(text))
        self.input.style().unpolish(self.input)
        self.input.style().polish(self.input)
        self.error.setText(text or "")
        self.error.setVisible(bool(text))
