"""Households, residents, search, the visit form, the dashboard and undo, driven
through the real widgets."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSpinBox

from desktop.services import records
from desktop.services.queries import Filters, count_records, list_records


def _household(db, ids, name="Nguyễn Văn Tâm"):
    return records.add(db, "household", {"hamlet": ids["h1"], "head_name": name,
                                         "members_count": 3})


def test_add_household_and_residents(window, qtbot):
    page = window.show_page("households")
    db = window.session.db
    form = page.households.new_record()
    qtbot.addWidget(form)
    form.editors["hamlet"].input.choose(window.session.ids["h1"] if hasattr(window.session, "ids")
                                        else list_records(db, "hamlet")[0]["id"], "Tân Ninh")
    form.editors["head_name"].input.setText("Nguyễn Văn Tâm")
    qtbot.keyClicks(form.editors["phone"].input, "0912345678")
    qtbot.keyClick(form.editors["phone"].input, Qt.Key.Key_Return)
    assert count_records(db, "household") == 1
    assert form.isVisible()  # Enter saved and cleared the form for the next household
    assert form.editors["head_name"].input.text() == ""
    form.close()
    assert page.households.model.rowCount() == 1
    page.households.view.selectRow(0)
    assert page.add_resident_button.isEnabled()
    res_form = page.add_resident()
    qtbot.addWidget(res_form)
    res_form.editors["full_name"].input.setText("Nguyễn Thị Lan")
    qtbot.keyClicks(res_form.editors["birth"].input, "1990")
    res_form.editors["gender"].input.setCurrentIndex(
        res_form.editors["gender"].input.findData("female"))
    qtbot.mouseClick(res_form.save_button, Qt.MouseButton.LeftButton)
    res_form.editors["full_name"].input.setText("Nguyễn Văn Minh")
    qtbot.keyClicks(res_form.editors["birth"].input, "15/04/1988")
    qtbot.mouseClick(res_form.save_button, Qt.MouseButton.LeftButton)
    assert count_records(db, "resident") == 2
    assert page.members.model.rowCount() == 2
    res_form.close()


def test_invalid_cccd_marked_nothing_saved(window, qtbot, commune):
    db = window.session.db
    household = _household(db, commune.ids)
    page = window.show_page("households")
    form = page.residents.new_record()
    qtbot.addWidget(form)
    form.editors["household"].input.choose(household["id"], household["head_name"])
    form.editors["full_name"].input.setText("Trần Thị Mai")
    qtbot.keyClicks(form.editors["cccd"].input, "12345")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    error = form.editors["cccd"].error
    assert not error.isHidden() and "12" in error.text()
    assert form.editors["cccd"].input.property("invalid") is True
    assert count_records(db, "resident") == 0
    # corrected, it saves and the mark goes away
    form.editors["cccd"].input.setText("")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert count_records(db, "resident") == 1
    assert form.editors["cccd"].error.isHidden()
    form.close()


def test_search_ignores_diacritics_and_matches_phone(window, qtbot, commune):
    db = window.session.db
    h = _household(db, commune.ids)
    records.add(db, "resident", {"household": h["id"], "full_name": "Nguyễn Thị Hằng",
                                 "phone": "0987654321"})
    records.add(db, "resident", {"household": h["id"], "full_name": "Lê Văn Đức"})
    page = window.show_page("households")
    page.tabs.setCurrentWidget(page.residents)
    table = page.residents
    assert table.model.rowCount() == 2
    window.act_find.trigger()
    assert table.search.hasFocus()
    qtbot.keyClicks(table.search, "nguyen")
    qtbot.waitUntil(lambda: table.model.rowCount() == 1)
    assert table.model.rows[0]["full_name"] == "Nguyễn Thị Hằng"
    table.search.clear()
    qtbot.keyClicks(table.search, "duc")
    qtbot.waitUntil(lambda: table.model.rowCount() == 1 and
                    table.model.rows[0]["full_name"] == "Lê Văn Đức")
    table.search.clear()
    qtbot.keyClicks(table.search, "654321")
    qtbot.waitUntil(lambda: table.model.rowCount() == 1 and
                    table.model.rows[0]["full_name"] == "Nguyễn Thị Hằng")


def _visit_setup(commune):
    db = commune.session.db
    h = _household(db, commune.ids)
    a = records.add(db, "resident", {"household": h["id"], "full_name": "Nguyễn Văn Tâm",
                                     "birth": "1970"})
    b = records.add(db, "resident", {"household": h["id"], "full_name": "Phạm Thị Thu",
                                     "birth": "1975"})
    return h, a, b


def test_visit_moves_two_residents_to_level2_and_dashboard_changes(window, qtbot, commune):
    db = window.session.db
    h, a, b = _visit_setup(commune)
    dashboard = window.show_page("dashboard")
    qtbot.waitUntil(lambda: not dashboard.busy(), timeout=20000)
    before = dashboard.value_of("eid_level2")
    visits = window.show_page("visits")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = visits.table.current_form
    qtbot.addWidget(form)
    picker = form.editors["household"].input
    picker.setFocus()
    qtbot.keyClicks(picker, "nguyen van tam")  # type-ahead without diacritics
    matches = picker.refresh_matches(show_popup=False)
    assert matches and matches[0][0] == h["id"]
    picker.choose(*matches[0])
    assert form.residents.rowCount() == 2
    form.check_member(commune.ids["m1"])
    form.editors["services"].checks["eid_level2"].setChecked(True)
    for row in range(2):
        form.set_stage(row, "eid_stage", "level2_activated")
    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not form.isVisible()
    assert count_records(db, "visit") == 1
    for r in (a, b):
        assert records.get(db, "resident", r["id"])["eid_stage"] == "level2_activated"
    visit = list_records(db, "visit")[0]
    assert records.get(db, "visit", visit["id"])["members"][0]["id"] == commune.ids["m1"]
    dashboard = window.show_page("dashboard")
    qtbot.waitUntil(lambda: not dashboard.busy(), timeout=20000)
    after = dashboard.value_of("eid_level2")
    assert after != before and after.startswith("2")


def test_double_click_save_saves_once(window, qtbot, commune):
    db = window.session.db
    h, _, _ = _visit_setup(commune)
    form = window.show_page("visits").new_record()
    qtbot.addWidget(form)
    form.editors["household"].input.choose(h["id"], h["head_name"])
    qtbot.mouseDClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert count_records(db, "visit") == 1
    form.close()


def test_invalid_visit_marks_fields_and_saves_nothing(window, qtbot, commune):
    db = window.session.db
    form = window.show_page("visits").new_record()
    qtbot.addWidget(form)
    form.editors["date"].input.setText("31/02/2026")
    qtbot.keyClick(form.editors["date"].input, Qt.Key.Key_Return)
    assert not form.editors["date"].error.isHidden()
    assert not form.editors["household"].error.isHidden()
    assert count_records(db, "visit") == 0


def test_unsaved_close_asks(window, qtbot, commune, answers):
    form = window.show_page("households").households.new_record()
    qtbot.addWidget(form)
    form.editors["head_name"].input.setText("Hoàng Văn Sơn")
    answers["ask_save"] = "cancel"
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert form.isVisible() and answers["asked"]
    answers["ask_save"] = "discard"
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert not form.isVisible()


def test_undo_last_save_and_delete(window, qtbot, commune, answers):
    db = window.session.db
    h, a, b = _visit_setup(commune)
    records.add(db, "visit", {"date": "2026-01-05", "household": h["id"], "outcome": "done",
                              "resident_updates": [{"resident": a["id"],
                                                    "eid_stage": "level2_activated"}]})
    assert count_records(db, "visit") == 1
    window.undo()
    assert count_records(db, "visit") == 0
    assert records.get(db, "resident", a["id"])["eid_stage"] == "not_started"
    page = window.show_page("households")
    page.households.view.selectRow(0)
    assert page.households.delete_current()
    assert count_records(db, "household") == 0
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert count_records(db, "household") == 1
    assert page.households.model.rowCount() == 1
    # the undo itself is in the audit log, and a third Ctrl+Z goes further back
    assert db.conn.execute("SELECT count(*) FROM audit_log WHERE action = 'undo'").fetchone()[0] == 2
    window.undo()
    assert count_records(db, "resident", Filters()) == 1


def test_correction_moves_a_stage_back(window, qtbot, commune):
    db = window.session.db
    h, a, _ = _visit_setup(commune)
    records.update(db, "resident", a["id"], {"eid_stage": "level1"})
    page = window.show_page("eid")
    page.table.view.selectRow(0)
    row = next(i for i, r in enumerate(page.table.model.rows) if r["id"] == a["id"])
    page.table.view.selectRow(row)
    form = page.table.edit_current()
    qtbot.addWidget(form)
    stage = form.editors["eid_stage"].input
    stage.setCurrentIndex(stage.findData("app_installed"))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.editors["eid_stage"].error.isHidden()  # backwards needs a correction
    form.correction.setChecked(True)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert records.get(db, "resident", a["id"])["eid_stage"] == "app_installed"
    again = page.table.edit_current()
    qtbot.addWidget(again)
    assert again.history.rowCount() == 2  # newest first: the correction, then level 1
    assert "→" in again.history.item(0, 2).text()
    assert again.history.item(0, 3).text() in ("đính chính", "correction")
    again.close()


def test_import_households_preview(window, qtbot, commune, tmp_path):
    sheet = tmp_path / "ho.csv"
    sheet.write_text("Thôn,Họ và tên chủ hộ,Số điện thoại\nTân Ninh,Đỗ Văn Lâm,0912000111\n"
                     "Tân Ninh,Phan Thị Yến,0912000222\n", encoding="utf-8")
    table = window.show_page("households").households
    assert table.import_button.isVisible()
    dialog = table.preview_import(str(sheet))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
    assert dialog.preview["would_create"] == 2 and dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: table.model.rowCount() == 2)


def test_new_member_starts_active_and_target_this_year(window, qtbot, commune):
    import datetime as dt

    page = window.show_page("team")
    page.tabs.setCurrentWidget(page.members)
    form = page.members.new_record()
    qtbot.addWidget(form)
    assert form.editors["active"].input.isChecked()
    form.close()
    page.tabs.setCurrentWidget(page.targets)
    form = page.targets.new_record()
    qtbot.addWidget(form)
    assert form.editors["year"].input.value() == dt.date.today().year
    form.close()


def test_undo_never_touches_setup_and_stops_at_demo_data(window, qtbot, commune):
    from desktop.services import undo
    from desktop.services.demo import generate_demo

    db = window.session.db
    # the fixture's last saves are two team members: undo them, then hamlets, then stop
    for _ in range(4):
        assert window.undo() is not None
    assert window.undo() is None  # the staff user made at setup stays
    assert count_records(db, "user") == 1
    records.add(db, "hamlet", {"name": "Hòa Bình"})
    generate_demo(db, households=5, months=1)
    assert undo.last_step(db) is None
    assert not window.act_undo.isEnabled() or window.undo() is None


def test_health_page_filters_by_health_stage(window, qtbot, commune):
    db = window.session.db
    household = _household(db, commune.ids)
    for name, stage in (("Lê Thị Hoa", "linked"), ("Lê Văn Nam", "registered")):
        records.add(db, "resident", {"household": household["id"], "full_name": name,
                                     "health_stage": stage})
    page = window.show_page("health")
    table = page.table
    table.load()
    assert table.model.rowCount() == 2
    table.status.setCurrentIndex(table.status.findData("linked"))
    qtbot.waitUntil(lambda: table.model.rowCount() == 1)
    assert table.model.index(0, 0).data() == "Lê Thị Hoa"


def test_event_form_counts_services_by_type(window, qtbot):
    page = window.show_page("events")
    form = page.table.new_record()
    qtbot.addWidget(form)
    qtbot.keyClicks(form.editors["date"].input, "10/11/2026")
    form.editors["place"].input.setText("Sân UBND xã")  # keyClicks types ASCII only
    spin = form.findChild(QSpinBox, "count_vneid_install")
    spin.selectAll()
    qtbot.keyClicks(spin, "40")
    form.findChild(QSpinBox, "count_health_book").setValue(25)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    event = list_records(window.session.db, "event")[0]
    saved = records.get(window.session.db, "event", event["id"])
    assert saved["services"] == {"vneid_install": 40, "health_book": 25}
    form.close()
