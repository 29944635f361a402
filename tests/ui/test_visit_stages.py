"""The visit form saves both tracks of every resident it moves: e-ID and health record."""

from PySide6.QtCore import Qt

from desktop.services import records
from desktop.ui.visit_form import COL_EID, COL_HEALTH


def test_visit_form_saves_health_record_steps_with_the_visit(window, qtbot, commune):
    db = window.session.db
    home = records.add(db, "household", {"hamlet": commune.ids["h1"],
                                         "head_name": "Vũ Văn Khải"})
    person = records.add(db, "resident", {"household": home["id"], "full_name": "Vũ Thị Lệ",
                                          "birth": "1980"})
    form = window.show_page("visits").new_record()
    qtbot.addWidget(form)
    form.editors["household"].input.choose(home["id"], home["head_name"])
    form.load_residents(home["id"])
    health = form.residents.cellWidget(0, COL_HEALTH)
    health.setFocus()
    qtbot.keyClick(health, Qt.Key.Key_Down)  # not started -> app installed
    qtbot.keyClick(health, Qt.Key.Key_Down)  # -> account registered
    eid = form.residents.cellWidget(0, COL_EID)
    qtbot.keyClick(eid, Qt.Key.Key_Down)     # e-ID: not started -> app installed
    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = records.get(db, "resident", person["id"])
    assert saved["health_stage"] == "registered"
    assert saved["eid_stage"] == "app_installed"
    tracks = {(h["track"], h["to_stage"]) for h in saved["history"] if h["visit_id"]}
    assert tracks == {("health", "registered"), ("eid", "app_installed")}
