"""A form to add or change one record of any simple kind, built from the registry.

Enter saves and clears the form for the next entry (new records), Ctrl+S saves and
closes, Esc cancels (asking first if something was typed). Refused fields are marked
in place and nothing is written until the whole form is valid.
"""

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.domain.dates import format_date
from desktop.domain.errors import InputRefused
from desktop.domain.ids import is_uuid
from desktop.domain.kinds import get_kind
from desktop.domain.labels import field_label, kind_label, value_label
from desktop.services import records
from desktop.services.privacy import log_view
from desktop.ui import messages
from desktop.ui.fields import FieldEditor

# Fields a form leaves out: managed elsewhere (visit parts, stage history) or by import.
class RecordForm(QDialog):
    """Add (record_id None) or edit a record of `kind`; `preset` fills fields of a new one."""

    saved = Signal(dict)
    KEEP = frozenset({"hamlet", "household", "training", "bridge_point", "date"})
    SERVICE_COLUMNS = 2

    def __init__(self, session, kind: str, record_id: str | None = None,
                 preset: dict | None = None, parent: QWidget | None = None,
                 fields: list[str] | None = None):
        super().__init__(parent)
        self.session = session
        self.kind = get_kind(kind)
        self.record_id = record_id
        self.preset = preset or {}
        self.dirty = False
        self._saving = False
        self.saved_count = 0
        lang = session.lang
        what = kind_label(self.kind.name, lang)
        self.setWindowTitle((self.tr("Edit %1") if record_id else self.tr("New %1"))
                            .replace("%1", what))
        self.setObjectName(f"form_{self.kind.name}")
        self.editors: dict[str, FieldEditor] = {}
        body = self.body = QWidget(self)
        rows: list[tuple[QLabel, QWidget]] = []
        wanted = fields or [f.name for f in self.kind.fields]
        for spec in self.kind.fields:
            if spec.name not in wanted or spec.ftype.editor == "custom":
                continue  # custom fields (a visit's team and stage updates) are the form's own
            editor = FieldEditor(spec, session, body, self.SERVICE_COLUMNS)
            editor.edited.connect(self._mark_dirty)
            label = (self.tr("Name of the day") if (self.kind.name, spec.name) == ("event", "title")
                     else field_label(spec.name, lang)) + (" *" if spec.required else "")
            rows.append((QLabel(label, body), editor.box))
            self.editors[spec.name] = editor
        self.arrange(body, rows)
        scroll = self.scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.status = QLabel(self)
        self.status.setObjectName("formStatus")
        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("Save and next (Enter)") if not record_id
                                       else self.tr("Save (Enter)"), self)
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        self.save_button.setAutoDefault(True)
        self.close_button = QPushButton(self.tr("Close (Esc)"), self)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(lambda: self.save(close=bool(self.record_id)))
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, lambda: self.save(close=True))
        lay = QVBoxLayout(self)
        lay.addWidget(scroll)
        lay.addWidget(self.status)
        lay.addWidget(self.buttons)
        self.resize(560, min(680, 120 + 62 * len(self.editors)))
        self.build_extra()
        self._load()

    def arrange(self, body: QWidget, rows: list) -> None:
        """Lay out the (label, field) rows: one column, in the registry's order.

        A field's error wraps within the field's width and its row grows to the lines
        it needs (a duplicate CCCD names the person, their hamlet and household): the
        rows may grow, and the spare height of a tall form goes below the last one."""
        outer = QVBoxLayout(body)
        form = self.form_layout = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, box in rows:
            box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
            form.addRow(label, box)
        outer.addLayout(form)
        outer.addStretch(1)

    def build_extra(self) -> None:
        """Residents: a correction box, the only way to move a stage backwards. Team
        members: who leads the chosen hamlet's team now (one leader at a time)."""
        self.correction = None
        if self.kind.name == "member":
            self.leader_now = QLabel(self.body)
            self.leader_now.setObjectName("leaderNow")
            self.leader_now.setWordWrap(True)
            self.form_layout.addRow("", self.leader_now)
            self.editors["hamlet"].input.picked.connect(lambda _id: self.show_leader())
            self.editors["role"].input.currentIndexChanged.connect(lambda _i: self.show_leader())
        if self.kind.name == "resident" and self.record_id:
            self.correction = QCheckBox(self.tr("Correction: allow moving a stage back "
                                                "(recorded as a correction)"), self.body)
            self.correction.setObjectName("correction")
            self.form_layout.addRow("", self.correction)
            self.history = QTableWidget(0, 4, self.body)
            self.history.setObjectName("stageHistory")
            self.history.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Track"),
                                                    self.tr("Stage"), self.tr("Note")])
            self.history.verticalHeader().hide()
            self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            self.history.horizontalHeader().setStretchLastSection(True)
            self.history.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
            self.form_layout.addRow(self.tr("History"), self.history)
            self.build_privacy()

    def show_leader(self) -> None:
        """Say who holds the team-leader role of the chosen hamlet now."""
        hamlet = self.editors["hamlet"].get()
        hamlet = hamlet if hamlet and is_uuid(str(hamlet)) else None  # a picked hamlet
        leader = records.current_leader(self.session.db, hamlet) if hamlet else None
        own = self.record_id and leader == self.editors["full_name"].get()
        if leader and not own:
            self.leader_now.setText(self.tr("Team leader of this hamlet now: %1").replace(
                "%1", leader))
        else:
            self.leader_now.setText(self.tr("This hamlet has no team leader yet.")
                                    if hamlet and not leader else "")

    def build_privacy(self) -> None:
        """A person's requests (Law 91/2025): their data for them, or erased; each for
        the roles allowed (officer and admin)."""
        self.privacy_export = QPushButton(self.tr("Export this person's data…"), self.body)
        self.privacy_export.setObjectName("privacyExport")
        self.privacy_erase = QPushButton(self.tr("Erase personal data…"), self.body)
        self.privacy_erase.setObjectName("privacyErase")
        self.privacy_export.setEnabled(self.session.allowed("privacy_export"))
        self.privacy_erase.setEnabled(self.session.allowed("privacy_erase"))
        self.privacy_export.clicked.connect(self.choose_privacy_export)
        self.privacy_erase.clicked.connect(self.erase_person)
        row = QHBoxLayout()
        row.addWidget(self.privacy_export)
        row.addWidget(self.privacy_erase)
        row.addStretch(1)
        self.form_layout.addRow(self.tr("Person's requests"), row)

    def choose_privacy_export(self) -> None:
        """Ask where, then write the person's data (JSON and PDF)."""
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Export this person's data"),
                                                str(Path.home() / "thong-tin-ca-nhan.json"),
                                                self.tr("JSON (*.json)"))
        if target:
            self.export_person(target)

    def export_person(self, target) -> dict | None:
        """Write everything held about this resident to `target` (and a PDF beside)."""
        from desktop.services.privacy import export_person

        try:
            self.session.require("privacy_export")
            result = export_person(self.session.db, self.record_id, target)
        except InputRefused as exc:
            messages.warn(self, self.tr("Export this person's data"), exc.message(self.session.lang))
            return None
        messages.info(self, self.tr("Export this person's data"),
                      self.tr("Written: %1").replace("%1", f"{result['json']}, {result['pdf']}"))
        return result

    def erase_person(self) -> dict | None:
        """After a confirmation, erase this resident's personal data and close."""
        from desktop.services.privacy import erase

        if not messages.ask(self, self.tr("Erase personal data"),
                            self.tr("Erase this person's name, CCCD, phone, date of birth and "
                                    "notes, here and, through the next bundle, on the hub and "
                                    "the other laptops? Only the counts of past reports are "
                                    "kept. This cannot be undone.")):
            return None
        try:
            self.session.require("privacy_erase")
            result = erase(self.session.db, self.record_id)
        except InputRefused as exc:
            messages.warn(self, self.tr("Erase personal data"), exc.message(self.session.lang))
            return None
        self.session.notify()  # an erasure touches the person, the history and the audit
        self.dirty = False
        self.accept()
        return result

    def _load(self) -> None:
        record = records.get(self.session.db, self.kind.name, self.record_id) \
            if self.record_id else {}
        if record and not getattr(self, "_viewed", False):
            log_view(self.session.db, self.kind.name, self.record_id)  # who opened whom
            self._viewed = True
        source = record or self.preset
        for name, editor in self.editors.items():
            if record or name in source or editor.spec.type in ("ref", "birth"):
                editor.set(source.get(name), source)
            else:  # a new record starts from the registry's defaults (members are active)
                editor.set(editor.spec.default, {})
        self.load_extra(source)
        self._initial = {name: editor.get() for name, editor in self.editors.items()}
        self.dirty = False

    def load_extra(self, record: dict) -> None:
        """Residents: the history of their e-ID and health stages, newest first;
        team members: the hamlet's leader now."""
        if self.kind.name == "member":
            self.show_leader()
        if getattr(self, "history", None) is None:
            return
        lang = self.session.lang
        rows = list(reversed(record.get("history") or []))
        self.history.setRowCount(len(rows))
        for i, h in enumerate(rows):
            field = "eid_stage" if h["track"] == "eid" else "health_stage"
            values = (format_date(h["date"]), field_label(field, lang),
                      f"{value_label(field, h['from_stage'], lang)} → "
                      f"{value_label(field, h['to_stage'], lang)}",
                      self.tr("correction") if h.get("correction") else
                      (self.tr("during a visit") if h.get("visit_id") else ""))
            for col, text in enumerate(values):
                self.history.setItem(i, col, QTableWidgetItem(text))
        self.history.resizeColumnsToContents()

    def _mark_dirty(self) -> None:
        self.dirty = True

    def data(self) -> dict:
        """What the form holds, as the records service takes it (changed fields only
        when editing, so the audit log shows what really changed)."""
        data = {name: editor.get() for name, editor in self.editors.items()}
        if self.record_id:
            data = {k: v for k, v in data.items() if self._initial.get(k) != v}
        if getattr(self, "correction", None) is not None and self.correction.isChecked():
            data["correction"] = True
        return data

    def save(self, close: bool = False) -> dict | None:
        """Validate and save the whole form once; return the saved record or None."""
        if self._saving:
            return None
        if not self.dirty and not self.record_id and self.saved_count:
            # A second click right after a save: the form is fresh, nothing to do.
            return None
        self._saving = True
        self.save_button.setEnabled(False)
        try:
            return self._save(close)
        finally:
            self._saving = False
            self.save_button.setEnabled(True)

    def _save(self, close: bool) -> dict | None:
        for editor in self.editors.values():
            editor.show_error(None)
        data = self.data()
        if not self.record_id and self._look_alike_unconfirmed(data):
            return None
        try:
            if self.record_id:
                result = records.update(self.session.db, self.kind.name, self.record_id, data)
            else:
                result = records.add(self.session.db, self.kind.name, data)
        except InputRefused as exc:
            self._show_problems(exc)
            return None
        self.saved_count += 1
        self.dirty = False
        self.session.notify(result.changes)
        self.saved.emit(result)
        if close or self.record_id:
            self.accept()
        else:
            self._start_next(result)
        return result

    def _look_alike_unconfirmed(self, data: dict) -> bool:
        """A new resident who may be someone already recorded: say who, before saving;
        a second Save (with nothing changed) saves them as a different person."""
        alikes = records.look_alikes(self.session.db, self.kind.name, data)
        signature = repr(sorted(data.items(), key=lambda kv: kv[0]))
        if not alikes or getattr(self, "_alike_confirmed", None) == signature:
            return False
        self._alike_confirmed = signature
        names = "; ".join(f"{a['full_name']} ({a['birth_year'] or '?'}, {a['household'] or ''})"
                          for a in alikes)
        self.status.setText(self.tr("May be the same person as: %1. Press Save again to save "
                                    "a different person.").replace("%1", names))
        self.status.setProperty("warning", True)
        return True

    def _show_problems(self, exc: InputRefused) -> None:
        lang = self.session.lang
        loose = []
        first = None
        for field, problems in exc.by_field().items():
            text = "\n".join(p.message(lang) for p in problems)
            editor = self.editors.get(field) or self.editors.get(field.removesuffix("_id"))
            if editor is None and field in ("birth_year", "birth_date"):
                editor = self.editors.get("birth")
            if editor:
                editor.show_error(text)
                first = first or editor
            else:
                loose.append(text)
        self.show_loose_problems(loose)
        if first:
            first.input.setFocus()

    def show_loose_problems(self, texts: list[str]) -> None:
        """Problems that name no field of the form, shown under it."""
        self.status.setText("\n".join(texts) or self.tr("Please correct the marked fields."))

    def _start_next(self, saved: dict) -> None:
        """Clear the form for the next entry, keeping context fields (hamlet, household)."""
        keep = self.KEEP
        for name, editor in self.editors.items():
            if name in keep:
                continue
            editor.set(editor.spec.default, {})
        self.clear_extra()
        self.dirty = False
        self.status.setText(self.tr("Saved. Enter the next one."))
        first = next((e for n, e in self.editors.items() if n not in keep), None)
        if first:
            first.input.setFocus()

    def clear_extra(self) -> None:
        """Hook: clear the extra parts for the next entry."""

    def reject(self) -> None:
        """Esc or Close: ask before dropping typed edits."""
        if self.dirty:
            answer = messages.ask_save(self, self.tr("Unsaved changes"),
                                       self.tr("Save the changes before closing?"))
            if answer == "cancel":
                return
            if answer == "save":
                if self.save(close=True) is None and self.dirty:
                    return
                return
        super().reject()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """Enter saves from any field except multi-line notes; Ctrl+S saves and closes."""
        if event.matches(QKeySequence.StandardKey.Save):
            self.save(close=True)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save(close=bool(self.record_id))
            return
        super().keyPressEvent(event)
