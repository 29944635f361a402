"""A sign-up sheet imported in the app: the session comes from the sheet's title rows (or
the dialog asks for one), a sheet of another day is flagged, and the preview shows the
first rows under their columns, the rows refused or left out with the reason, and the
bridge points it matched."""

from PySide6.QtCore import Qt

from desktop.services import records
from desktop.services.queries import Filters, count_records, list_records

TITLED = """UBND XÃ AN BIÊN
DANH SÁCH ĐẠI BIỂU THAM DỰ HỘI NGHỊ TẬP HUẤN CHUYỂN ĐỔI SỐ
Thời gian: 8h00 ngày 15/03/2026 - Hình thức: trực tiếp kết hợp trực tuyến

STT,Họ và tên,Đơn vị công tác,Chức vụ,Điểm cầu,Ký tên
1,Nguyễn Văn Hải,UBND xã,Công chức,Điểm cầu Hội trường UBND xã,
2,Trần Thị Bích,Trạm Y tế,Y sĩ,hoi truong ubnd xa,
3,Lê Văn Khoa,Công an xã,Phó trưởng,Điểm cầu Nhà văn hóa thôn Tân Ninh,
Tổng cộng,3,,,,
"""
SECOND = """UBND XÃ AN BIÊN
DANH SÁCH ĐẠI BIỂU THAM DỰ HỘI NGHỊ TẬP HUẤN CHUYỂN ĐỔI SỐ
Thời gian: 8h00 ngày 15/03/2026 - Hình thức: trực tiếp kết hợp trực tuyến

STT,Họ và tên,Đơn vị công tác,Chức vụ,Điểm cầu,Số điện thoại
1,Nguyễn Văn Hải,UBND xã,Công chức,Hội trường UBND xã,
2,Le Van Khoa,Công an xã,Phó trưởng,Nhà văn hóa thôn Tân Ninh,
3,Phạm Thị Dung,UBND xã,Công chức,Hội trường UBND xã,12345
Tổng cộng,3,,,,
"""
UNTITLED = """Họ và tên,Đơn vị,Điểm cầu,Ngày
Nguyễn Văn Hải,UBND xã,Hội trường UBND xã,
Trần Thị Bích,Trạm Y tế,Hội trường UBND xã,
"""


def _sheet(tmp_path, text, name="dang-ky.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def _other_day_session(db):
    return records.add(db, "training", {"title": "Buổi ngày khác", "starts_at": "2026-10-05 08:00",
                                         "bridge_points": ["Hội trường UBND xã"]})


def _open(qtbot, page, path):
    dialog = page.preview_sheet(path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
    return dialog


def _rechecked(qtbot, dialog, action):
    with qtbot.waitSignal(dialog.previewed, timeout=10000):
        action()


def test_the_sheet_makes_its_own_session_even_with_another_selected(window, qtbot, tmp_path,
                                                                    answers):
    db = window.session.db
    other = _other_day_session(db)
    page = window.show_page("trainings")
    page.trainings.view.selectRow(0)
    assert page.training_id == other["id"]
    dialog = _open(qtbot, page, _sheet(tmp_path, TITLED))
    assert dialog.sessions.currentIndex() == 0  # the new session, not the one selected
    assert "15/03/2026 08:00" in dialog.sessions.currentText()
    assert "Hội nghị tập huấn chuyển đổi số" in dialog.summary.text()
    assert not dialog.date_warning.isVisibleTo(dialog)
    with qtbot.waitSignal(dialog.imported, timeout=10000) as done:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    made = done.args[0]["training_id"]
    assert made != other["id"] and not answers["asked"]
    assert records.get(db, "training", made)["starts_at"] == "2026-03-15T08:00"
    assert count_records(db, "attendance", Filters(training=other["id"])) == 0
    assert count_records(db, "attendance", Filters(training=made)) == 3
    assert page.training_id == made and page.model.rowCount() == 3  # shown at once


def test_choosing_a_session_of_another_day_warns_and_asks(window, qtbot, tmp_path, answers):
    db = window.session.db
    other = _other_day_session(db)
    page = window.show_page("trainings")
    dialog = _open(qtbot, page, _sheet(tmp_path, TITLED))
    _rechecked(qtbot, dialog, lambda: dialog.sessions.setCurrentIndex(
        dialog.sessions.findData(other["id"])))
    assert dialog.date_warning.isVisibleTo(dialog)
    assert "15/03/2026" in dialog.date_warning.text() and "05/10/2026" in dialog.date_warning.text()
    answers["ask"] = False  # "not this session after all"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "15/03/2026" in answers["asked"][-1]
    assert count_records(db, "attendance") == 0
    answers["ask"] = True
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert count_records(db, "attendance", Filters(training=other["id"])) == 3
    assert count_records(db, "training") == 1


def test_a_sheet_without_title_rows_asks_which_session(window, qtbot, tmp_path):
    db = window.session.db
    other = _other_day_session(db)
    page = window.show_page("trainings")  # no session selected
    dialog = _open(qtbot, page, _sheet(tmp_path, UNTITLED))
    assert dialog.preview.get("needs_session")
    assert not dialog.import_button.isEnabled()
    assert "Chọn buổi" in dialog.summary.text()
    _rechecked(qtbot, dialog, lambda: dialog.sessions.setCurrentIndex(
        dialog.sessions.findData(other["id"])))
    assert dialog.import_button.isEnabled()
    assert not dialog.date_warning.isVisibleTo(dialog)  # the sheet gives no date
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert count_records(db, "attendance", Filters(training=other["id"])) == 2


def test_the_preview_shows_rows_columns_matches_and_rows_left_out(window, qtbot, tmp_path):
    db = window.session.db
    path = _sheet(tmp_path, TITLED)
    page = window.show_page("trainings")
    dialog = _open(qtbot, page, path)
    headers = [dialog.sample.horizontalHeaderItem(i).text()
               for i in range(dialog.sample.columnCount())]
    assert headers[0] == "STT\n(không nhập)"
    assert headers[1] == "Họ và tên\n→ Họ và tên"
    assert headers[4] == "Điểm cầu\n→ Điểm cầu"
    assert dialog.sample.rowCount() == 3
    assert dialog.sample.verticalHeaderItem(0).text() == "6"  # the file's own row number
    assert dialog.sample.item(1, 1).text() == "Trần Thị Bích"
    assert "hoi truong ubnd xa → Điểm cầu Hội trường UBND xã" in dialog.summary.text()
    problems = [[dialog.errors.item(r, c).text() for c in range(4)]
                for r in range(dialog.errors.rowCount())]
    assert problems == [["9", "", "Bỏ qua", "Dòng tổng cộng."]]
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    points = {r["bridge_point"] for r in list_records(db, "attendance", limit=None)}
    assert points == {"Điểm cầu Hội trường UBND xã", "Điểm cầu Nhà văn hóa thôn Tân Ninh"}
    # a second sheet: one row recorded already, one look-alike, one refused
    dialog = _open(qtbot, page, _sheet(tmp_path, SECOND, "lan-2.csv"))
    rows = {dialog.errors.item(r, 0).text(): [dialog.errors.item(r, c).text() for c in (1, 2, 3)]
            for r in range(dialog.errors.rowCount())}
    assert rows["6"] == ["", "Bỏ qua", "Đã có: Nguyễn Văn Hải."]
    assert rows["7"][1] == "Nhập, có thể trùng" and "Lê Văn Khoa" in rows["7"][2]
    assert rows["8"][:2] == ["Số điện thoại", "Từ chối"] and "12345" in rows["8"][2]
    assert rows["9"] == ["", "Bỏ qua", "Dòng tổng cộng."]
    assert not dialog.import_button.isEnabled()
