"""Editors for the fields of a record kind, chosen by the field type's `editor` name
(desktop/domain/fieldtypes.py), so the window has no if-chain over field types.

Each editor builds its widget, shows a stored value, and gives back what was typed in
the form the services accept. `FieldEditor` adds the error line under the field.
"""

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QGridLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

from desktop.domain.kinds import FieldSpec
from desktop.domain.labels import value_label
from desktop.ui.pickers import RecordPicker


class Editor:
    """The widget of one field and how values go in and out of it."""

    def __init__(self, field: "FieldEditor", parent: QWidget):
        self.field = field
        self.spec = field.spec
        self.session = field.session
        self.widget = self.make(parent)

    def make(self, parent: QWidget) -> QWidget:
        raise NotImplementedError

    def get(self):
        raise NotImplementedError

    def set(self, value, record: dict) -> None:
        raise NotImplementedError


class LineEditor(Editor):
    """One line of text; dates, phones and CCCDs show their type's typing hint."""

    def make(self, parent):
        w = QLineEdit(parent)
        w.setPlaceholderText(self.spec.ftype.hint_text(self.session.lang))
        if self.spec.type == "cccd":
            w.setMaxLength(16)
        if self.spec.type == "person":  # show what will be saved: "Nguyễn Văn An"
            w.editingFinished.connect(self._show_as_saved)
        w.textChanged.connect(self.field.edited)
        return w

    def _show_as_saved(self) -> None:
        value, problems = self.spec.ftype.clean(self.spec, self.widget.text(),
                                                self.session.clock.today())
        if value and not problems and value != self.widget.text():
            self.widget.setText(value)

    def get(self):
        return self.widget.text().strip() or None

    def set(self, value, record):
        if self.spec.type == "birth":  # a date of birth, or the year alone
            value = self.spec.ftype.read(self.spec, record) or value
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            # typed back as shown: no thousands dots that would read as decimals
            text = str(int(value)) if float(value).is_integer() else str(value).replace(".", ",")
        else:  # dd/mm/yyyy dates, as people type them
            text = self.spec.ftype.show(self.spec, value, self.session.lang)
        self.widget.setText(text)


class ListEditor(LineEditor):
    """A comma-separated list (a training's bridge points)."""

    def get(self):
        return [p.strip() for p in self.widget.text().split(",") if p.strip()]

    def set(self, value, record):
        self.widget.setText(self.spec.ftype.show(self.spec, value, self.session.lang))


class MultiLineEditor(Editor):
    """Notes: a few lines; Tab moves on rather than typing a tab."""

    def make(self, parent):
        w = QPlainTextEdit(parent)
        w.setTabChangesFocus(True)
        w.setFixedHeight(w.fontMetrics().lineSpacing() * 3 + 12)
        w.textChanged.connect(self.field.edited)
        return w

    def get(self):
        return self.widget.toPlainText().strip() or None

    def set(self, value, record):
        self.widget.setPlainText(value or "")


class CheckEditor(Editor):
    def make(self, parent):
        w = QCheckBox(parent)
        w.toggled.connect(self.field.edited)
        return w

    def get(self):
        return self.widget.isChecked()

    def set(self, value, record):
        self.widget.setChecked(bool(value))


class SpinEditor(Editor):
    def make(self, parent):
        w = QSpinBox(parent)
        w.setRange(self.spec.low if self.spec.low is not None else 0,
                   self.spec.high if self.spec.high is not None else 1_000_000)
        w.setValue(self.default())
        w.valueChanged.connect(self.field.edited)
        return w

    def default(self) -> int:
        if self.spec.name == "year":
            return self.session.clock.today().year  # targets are set for the current year
        return self.spec.default if self.spec.default is not None else (self.spec.low or 0)

    def get(self):
        return self.widget.value()

    def set(self, value, record):
        self.widget.setValue(int(value) if value is not None else self.default())


class ComboEditor(Editor):
    """Coded choices, shown by their labels in the session's language."""

    def make(self, parent):
        w = QComboBox(parent)
        if not self.spec.required and self.spec.default is None:
            w.addItem("", None)
        for code in self.spec.choices:
            w.addItem(value_label(self.spec.name, code, self.session.lang), code)
        if self.spec.default is not None:
            w.setCurrentIndex(max(0, w.findData(self.spec.default)))
        w.currentIndexChanged.connect(self.field.edited)
        return w

    def get(self):
        return self.widget.currentData()

    def set(self, value, record):
        self.widget.setCurrentIndex(max(0, self.widget.findData(value)))


class ChecksEditor(Editor):
    """A checkbox per choice (the services helped with)."""

    def make(self, parent):
        w = QWidget(parent)
        grid = QGridLayout(w)
        grid.setContentsMargins(0, 0, 0, 0)
        self.checks = {}
        columns = self.field.columns
        for i, code in enumerate(self.spec.choices):
            box = QCheckBox(value_label("services", code, self.session.lang), w)
            box.setObjectName(f"service_{code}")
            box.toggled.connect(self.field.edited)
            self.checks[code] = box
            grid.addWidget(box, i // columns, i % columns)
        return w

    def get(self):
        return [code for code, box in self.checks.items() if box.isChecked()]

    def set(self, value, record):
        for code, box in self.checks.items():
            box.setChecked(code in (value or []))


class CountsEditor(Editor):
    """A count per choice (services performed at a digital transformation day)."""

    def make(self, parent):
        w = QWidget(parent)
        grid = QGridLayout(w)
        grid.setContentsMargins(0, 0, 0, 0)
        self.counts = {}
        for i, code in enumerate(self.spec.choices):
            spin = QSpinBox(w)
            spin.setObjectName(f"count_{code}")
            spin.setRange(0, 100_000)
            spin.valueChanged.connect(self.field.edited)
            self.counts[code] = spin
            spin.setFixedWidth(spin.fontMetrics().horizontalAdvance("000000") + 40)
            label = QLabel(value_label("services", code, self.session.lang), w)
            label.setWordWrap(True)
            grid.addWidget(spin, i, 0)  # one service a row: the labels are long
            grid.addWidget(label, i, 1)
        grid.setColumnStretch(1, 1)
        return w

    def get(self):
        return {code: spin.value() for code, spin in self.counts.items() if spin.value()}

    def set(self, value, record):
        for code, spin in self.counts.items():
            spin.setValue(int((value or {}).get(code) or 0))


class PickerEditor(Editor):
    """A reference to another record, typed ahead by name."""

    def make(self, parent):
        w = RecordPicker(self.session, self.spec.ref, parent)
        w.textChanged.connect(self.field.edited)
        return w

    def get(self):
        return self.widget.value()

    def set(self, value, record):
        if record.get("commune_code") and self.session.is_hub():
            self.widget.commune = record["commune_code"]  # a hub edits a commune's record
        self.widget.choose(record.get(self.spec.column) or value, record.get(self.spec.name) or "")


# editor name (FieldType.editor) -> its class; "custom" fields are built by their form
EDITORS: dict[str, type[Editor] | None] = {
    "line": LineEditor, "list": ListEditor, "multiline": MultiLineEditor,
    "check": CheckEditor, "spin": SpinEditor, "combo": ComboEditor, "checks": ChecksEditor,
    "counts": CountsEditor, "picker": PickerEditor, "custom": None,
}


class FieldEditor(QObject):
    """One field: its input widget, and an error label under it."""

    edited = Signal()

    def __init__(self, spec: FieldSpec, session, parent: QWidget, columns: int = 2):
        super().__init__(parent)
        self.columns = columns
        self.spec = spec
        self.session = session
        editor_class = EDITORS[spec.ftype.editor]
        if editor_class is None:
            raise ValueError(f"{spec.name}: a {spec.type} field is built by its own form")
        self.editor = editor_class(self, parent)
        self.input = self.editor.widget
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

    @property
    def checks(self) -> dict:
        """The checkboxes of a checklist field, by code."""
        return self.editor.checks

    @property
    def counts(self) -> dict:
        """The spin boxes of a counts field, by code."""
        return self.editor.counts

    def get(self):
        """The value as typed, in the form the services accept."""
        return self.editor.get()

    def set(self, value, record: dict | None = None) -> None:
        """Show a stored value (`record` gives context such as a reference's name)."""
        self.editor.set(value, record or {})

    def show_error(self, text: str | None) -> None:
        """Mark the field as refused with `text`, or clear the mark (None)."""
        self.input.setProperty("invalid", bool(text))
        self.input.style().unpolish(self.input)
        self.input.style().polish(self.input)
        self.error.setText(text or "")
        self.error.setVisible(bool(text))
