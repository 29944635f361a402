"""The small things of a day at the office: Delete on a list names what it deletes, the
duplicate-CCCD message names the person and wraps inside the form, high contrast is
one setting wherever it is switched (charts included), and a progress window never
flashes empty."""

from PySide6.QtCore import QPoint, Qt

from desktop.services import records
from desktop.services.queries import count_records


def _household(db, ids, name="Nguyễn Văn Tâm"):
    return records.add(db, "household", {"hamlet": ids["h1"], "head_name": name})


def test_the_delete_key_deletes_the_selected_record_after_naming_it(window, qtbot, commune,
                                                                    answers):
    db = window.session.db
    _household(db, commune.ids, "Nguyễn Văn Tâm")
    _household(db, commune.ids, "Trần Thị Bình")
    table = window.show_page("households").households
    table.view.setFocus()
    table.view.selectRow(1)
    doomed = table.model.rows[1]["head_name"]
    answers["ask"] = False
    qtbot.keyClick(table.view, Qt.Key.Key_Delete)
    assert f"hộ gia đình «{doomed}»" in answers["asked"][-1]
    assert count_records(db, "household") == 2  # "No" deletes nothing
    answers["ask"] = True
    qtbot.keyClick(table.view, Qt.Key.Key_Delete)
    assert count_records(db, "household") == 1
    assert table.model.rows[0]["head_name"] != doomed
    # Delete typed in the search box is a key for the text, not for the records
    table.search.setFocus()
    qtbot.keyClicks(table.search, "tam")
    table.search.setCursorPosition(0)
    qtbot.keyClick(table.search, Qt.Key.Key_Delete)
    assert table.search.text() == "am" and count_records(db, "household") == 1
    qtbot.waitUntil(lambda: not table._timer.isActive())  # the search applied


def test_a_visit_is_named_by_its_date_and_household(window, qtbot, commune, answers):
    db = window.session.db
    household = _household(db, commune.ids)
    records.add(db, "visit", {"date": "2026-11-20", "household": household["id"]})
    table = window.show_page("visits").table
    table.view.setFocus()
    table.view.selectRow(0)
    answers["ask"] = False
    qtbot.keyClick(table.view, Qt.Key.Key_Delete)
    assert "lượt thăm hộ «20/11/2026 — Nguyễn Văn Tâm»" in answers["asked"][-1]


def test_the_duplicate_cccd_message_names_the_person_and_wraps(window, qtbot, commune):
    db = window.session.db
    household = _household(db, commune.ids, "Nguyễn Văn Tâm Hùng Cường Dũng")
    first = records.add(db, "resident", {
        "household": household["id"], "full_name": "Nguyễn Thị Phương Thảo Ngọc Bích",
        "cccd": "001190012345", "birth": "1990", "gender": "female"})
    form = window.show_page("households").residents.new_record()
    qtbot.addWidget(form)
    width = form.width()
    form.editors["household"].input.choose(household["id"], household["head_name"])
    form.editors["full_name"].input.setText("Tran Thi Mai")
    qtbot.keyClicks(form.editors["cccd"].input, "001190012345")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.editors["cccd"].error.isVisible())
    error = form.editors["cccd"].error
    assert "Nguyễn Thị Phương Thảo Ngọc Bích" in error.text() and first["id"] not in error.text()
    assert form.width() == width  # not widened
    qtbot.waitUntil(lambda: not form.scroll.horizontalScrollBar().isVisible())  # laid out
    # every wrapped line of it is shown, below the field, not over it
    assert error.height() >= error.heightForWidth(error.width())
    box = form.editors["cccd"].input
    assert error.mapTo(form, error.rect().topLeft()).y() >= box.mapTo(form, box.rect().bottomLeft()).y()
    assert count_records(db, "resident") == 1


def _paper(view) -> str:
    """The colour the chart is painted on, as the user sees it."""
    return view.grab().toImage().pixelColor(12, 12).name()


def _bars(chart):
    return [bars.color().name() for series in chart.series() for bars in series.barSets()]


def test_high_contrast_is_one_setting_in_the_menu_the_settings_page_and_the_chart(
        window, qtbot, commune):
    dashboard = window.show_page("dashboard")
    qtbot.waitUntil(lambda: not dashboard.busy(), timeout=20000)
    chart, view = dashboard.chart, dashboard.chart_view
    assert _paper(view) == "#ffffff"
    settings_page = window.show_page("settings")
    assert not settings_page.contrast.isChecked() and not window.act_contrast.isChecked()
    window.act_contrast.trigger()  # View ▸ High contrast
    assert settings_page.contrast.isChecked()
    assert _paper(view) == "#000000"
    assert _bars(chart) == ["#ffff00", "#00ffff"]
    assert chart.axes()[0].labelsColor().name() == "#ffffff"
    box = settings_page.contrast  # and off in Settings, a click on its box
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert not window.session.settings.high_contrast
    assert not window.act_contrast.isChecked()
    assert _paper(view) == "#ffffff"
    assert "#ffff00" not in _bars(chart)
    window.act_larger.trigger()  # A+ on the toolbar: the Settings page says A+ too
    assert settings_page.sizes.checkedButton().objectName() == "size_large"
