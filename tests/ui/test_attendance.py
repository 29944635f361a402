"""Attendance taken fast and right: a tick changes its row in place and the cursor stays,
Space ticks and moves down, 1/2/3 mark present/absent/excused and nothing turns into
something else by itself, a name filter, and "all present at this bridge point"."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from desktop.services import records
from desktop.services.queries import Filters, list_records

PEOPLE = (("Nguyễn Văn Hải", "Hội trường UBND xã", "absent"),
          ("Trần Thị Bích", "Hội trường UBND xã", "absent"),
          ("Lê Văn Khoa", "Hội trường UBND xã", "excused"),
          ("Phạm Thị Dung", "Nhà văn hóa thôn Tân Ninh", "absent"),
          ("Võ Văn Em", "Hội trường UBND xã", "absent"))
# shown by name, diacritics ignored: Le, Nguyen, Pham, Tran, Vo
ORDER = ["Lê Văn Khoa", "Nguyễn Văn Hải", "Phạm Thị Dung", "Trần Thị Bích", "Võ Văn Em"]


def _session(window):
    db = window.session.db
    training = records.add(db, "training", {
        "title": "Kỹ năng số cho tổ công nghệ số", "starts_at": "2026-10-05 08:00",
        "bridge_points": ["Hội trường UBND xã", "Nhà văn hóa thôn Tân Ninh"]})
    for name, point, status in PEOPLE:
        records.add(db, "attendance", {"training": training["id"], "full_name": name,
                                       "bridge_point": point, "status": status})
    page = window.show_page("trainings")
    page.trainings.view.selectRow(0)
    assert [page.model.row(i)["full_name"] for i in range(page.model.rowCount())] == ORDER
    return page, training


def _statuses(window, training) -> dict:
    rows = list_records(window.session.db, "attendance", Filters(training=training["id"]),
                        limit=None)
    return {r["full_name"]: r["status"] for r in rows}


def _current_name(page) -> str:
    return page.model.row(page.attendance.currentIndex().row())["full_name"]


def _click_box(qtbot, view, line):
    """A mouse click on the check box of `line`, where the style draws it."""
    index = view.model().index(line, 0)
    option = QStyleOptionViewItem()
    view.itemDelegate().initStyleOption(option, index)
    option.rect = view.visualRect(index)
    box = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option,
                                      view)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=box.center())


def test_a_tick_changes_its_row_at_once_and_the_cursor_stays(window, qtbot):
    page, training = _session(window)
    view = page.attendance
    view.setFocus()
    view.setCurrentIndex(page.model.index(3, 1))  # Trần Thị Bích
    resets = []
    page.model.modelReset.connect(lambda: resets.append(1))
    _click_box(qtbot, view, 1)  # Nguyễn Văn Hải's box, the cursor elsewhere
    # the row shows the tick before any further event (no mouse move needed)
    assert page.model.data(page.model.index(1, 0), Qt.ItemDataRole.CheckStateRole) \
        == Qt.CheckState.Checked
    assert page.model.index(1, 5).data() == "Có mặt"
    assert not resets, "the table was rebuilt for one tick"
    assert _statuses(window, training)["Nguyễn Văn Hải"] == "present"
    assert page.summary.text().startswith("1/5")
    # the list of sessions counts those present, and the session stays selected
    assert page.trainings.model.rows[0]["participants"] == 1
    assert page.training_id == training["id"]


def test_space_ticks_and_moves_down_so_down_then_space_ticks_the_next_one(window, qtbot):
    page, training = _session(window)
    view = page.attendance
    view.setFocus()
    view.setCurrentIndex(page.model.index(1, 0))  # Nguyễn Văn Hải
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert _current_name(page) == "Phạm Thị Dung"
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert _current_name(page) == "Võ Văn Em"
    assert _statuses(window, training) == {
        "Nguyễn Văn Hải": "present", "Trần Thị Bích": "present", "Lê Văn Khoa": "excused",
        "Phạm Thị Dung": "absent", "Võ Văn Em": "absent"}


def test_unticking_an_excused_person_leaves_them_excused(window, qtbot):
    page, training = _session(window)
    view = page.attendance
    view.setFocus()
    view.setCurrentIndex(page.model.index(0, 0))  # Lê Văn Khoa, excused
    qtbot.keyClick(view, Qt.Key.Key_Space)  # came after all
    assert _statuses(window, training)["Lê Văn Khoa"] == "present"
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Space)  # a wrong key: taken back
    assert _statuses(window, training)["Lê Văn Khoa"] == "excused"
    _click_box(qtbot, view, 0)
    _click_box(qtbot, view, 0)  # the same with the mouse
    assert _statuses(window, training)["Lê Văn Khoa"] == "excused"
    assert page.model.index(0, 5).data() == "Vắng có phép"


def test_present_absent_excused_are_one_key_each(window, qtbot):
    page, training = _session(window)
    view = page.attendance
    view.setFocus()
    view.setCurrentIndex(page.model.index(1, 0))
    for key in (Qt.Key.Key_3, Qt.Key.Key_1, Qt.Key.Key_2):
        qtbot.keyClick(view, key)
    assert _statuses(window, training) == {
        "Nguyễn Văn Hải": "excused", "Phạm Thị Dung": "present", "Trần Thị Bích": "absent",
        "Lê Văn Khoa": "excused", "Võ Văn Em": "absent"}
    assert _current_name(page) == "Võ Văn Em"
    # the buttons mark the current person and leave the cursor there
    qtbot.mouseClick(page.mark_buttons["excused"], Qt.MouseButton.LeftButton)
    assert _statuses(window, training)["Võ Văn Em"] == "excused"
    assert _current_name(page) == "Võ Văn Em"


def test_a_name_filter_without_diacritics(window, qtbot):
    page, training = _session(window)
    qtbot.keyClicks(page.name_filter, "van h")
    assert [page.model.row(i)["full_name"] for i in range(page.model.rowCount())] \
        == ["Nguyễn Văn Hải"]
    qtbot.keyClick(page.name_filter, Qt.Key.Key_Return)  # into the list, on that person
    assert page.attendance.hasFocus()
    qtbot.keyClick(page.attendance, Qt.Key.Key_Space)
    assert _statuses(window, training)["Nguyễn Văn Hải"] == "present"
    page.name_filter.clear()
    assert page.model.rowCount() == 5
    assert _current_name(page) == "Nguyễn Văn Hải"  # still on the person just ticked


def test_all_present_at_one_bridge_point_leaves_the_excused_and_undoes_at_once(
        window, qtbot, answers):
    page, training = _session(window)
    assert not page.all_present_button.isEnabled()  # "all bridge points" is not one point
    page.point.setCurrentIndex(page.point.findText("Hội trường UBND xã"))
    assert page.model.rowCount() == 4
    qtbot.mouseClick(page.all_present_button, Qt.MouseButton.LeftButton)
    assert "3" in answers["asked"][-1] and "Hội trường UBND xã" in answers["asked"][-1]
    assert _statuses(window, training) == {
        "Nguyễn Văn Hải": "present", "Trần Thị Bích": "present", "Lê Văn Khoa": "excused",
        "Phạm Thị Dung": "absent", "Võ Văn Em": "present"}
    assert page.summary.text().startswith("3/4")
    window.undo()  # Ctrl+Z: the whole bridge point at once, shown in place
    assert set(_statuses(window, training).values()) == {"absent", "excused"}
    assert page.model.index(1, 5).data() == "Vắng"


def test_ctrl_f_in_the_attendance_finds_a_name_there(window, qtbot):
    page, _training = _session(window)
    page.attendance.setFocus()
    window.focus_search()  # Ctrl+F
    assert window.focusWidget() is page.name_filter
    page.trainings.view.setFocus()
    window.focus_search()
    assert window.focusWidget() is page.trainings.search
