"""Trainings and attendance, sign-up sheet import, bundles to a hub, the report preview,
demo data in the background."""


from PySide6.QtCore import Qt

from desktop.services import records
from desktop.services.queries import Filters, count_records, list_records
from desktop.services.setup import init_hub
from desktop.sync import trust
from desktop.ui.dashboard_page import DashboardPage
from desktop.ui.reports_page import ReportsPage
from desktop.ui.session import Session
from desktop.ui.sync_page import SyncPage
from tests.pdf_tools import pdf_text

SHEET = """Họ và tên,Đơn vị,Chức vụ,Điểm cầu,Số điện thoại
Nguyễn Văn Hải,UBND xã,Công chức,Hội trường UBND xã,0912345678
Trần Thị Bích,Trạm Y tế,Y sĩ,Nhà văn hóa thôn Tân Ninh,0987654321
Lê Văn Khoa,Công an xã,Phó trưởng,Hội trường UBND xã,12345
"""


def _training(db):
    return records.add(db, "training", {"title": "Kỹ năng số cho tổ công nghệ số",
                                         "starts_at": "2026-10-05 08:00", "mode": "hybrid",
                                         "bridge_points": ["Hội trường UBND xã",
                                                           "Nhà văn hóa thôn Tân Ninh"]})


def test_attendance_checkboxes(window, qtbot, commune):
    db = window.session.db
    training = _training(db)
    for name in ("Nguyễn Văn Hải", "Trần Thị Bích"):
        records.add(db, "attendance", {"training": training["id"], "full_name": name,
                                       "bridge_point": "Hội trường UBND xã", "status": "absent"})
    page = window.show_page("trainings")
    page.trainings.view.selectRow(0)
    assert page.model.rowCount() == 2
    assert page.point.count() == 3  # all + two bridge points
    page.point.setCurrentIndex(page.point.findText("Nhà văn hóa thôn Tân Ninh"))
    assert page.model.rowCount() == 0
    page.point.setCurrentIndex(page.point.findText("Hội trường UBND xã"))
    assert page.model.rowCount() == 2
    page.set_present(0, True)
    present = list_records(db, "attendance", Filters(training=training["id"], status="present"))
    assert len(present) == 1
    assert "1/2" in page.summary.text()


def test_attendance_import_with_one_bad_row(window, qtbot, commune, tmp_path):
    db = window.session.db
    training = _training(db)
    sheet = tmp_path / "dang-ky.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    page = window.show_page("trainings")
    page.trainings.view.selectRow(0)
    dialog = page.preview_sheet(str(sheet))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
    assert dialog.preview["rows"] == 3
    assert dialog.errors.rowCount() == 1
    assert dialog.errors.item(0, 0).text() == "4"  # the file's row with the bad phone
    assert "12345" in dialog.errors.item(0, 3).text()
    assert not dialog.import_button.isEnabled()
    assert count_records(db, "attendance", Filters(training=training["id"])) == 0
    # corrected, the same sheet imports
    sheet.write_text(SHEET.replace(",12345", ",0355555555"), encoding="utf-8")
    dialog2 = page.preview_sheet(str(sheet))
    qtbot.addWidget(dialog2)
    qtbot.waitUntil(lambda: dialog2.preview is not None, timeout=10000)
    assert dialog2.import_button.isEnabled()
    with qtbot.waitSignal(dialog2.imported, timeout=10000):
        qtbot.mouseClick(dialog2.import_button, Qt.MouseButton.LeftButton)
    assert count_records(db, "attendance", Filters(training=training["id"])) == 3
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)


def test_export_bundle_and_import_on_hub(window, qtbot, commune, tmp_path, settings, answers):
    db = window.session.db
    records.add(db, "household", {"hamlet": commune.ids["h1"], "head_name": "Võ Thị Sen"})
    hub = Session(tmp_path / "hub.db", settings)
    init_hub(hub.db, "Trung tâm CNTT tỉnh", None)
    key = tmp_path / "khoa-tram.json"
    trust.export_hub_key(hub.db, key, commune=window.session.setup()["commune_code"])
    page = window.show_page("sync")
    assert not page.export_button.isEnabled()  # no hub key yet
    assert page.import_hub_key(key)
    assert not page.export_button.isEnabled()  # shown, not trusted before "Khớp"
    qtbot.mouseClick(page.hub_key_check.match, Qt.MouseButton.LeftButton)
    assert page.export_button.isEnabled()
    usb = tmp_path / "usb"
    usb.mkdir()
    task = page.export_to(usb)
    qtbot.waitUntil(lambda: not task.running, timeout=20000)
    assert task.error is None, task.error
    bundles = list(usb.glob("*.xaso"))
    assert len(bundles) == 1
    assert "—" not in window.status_bundle.text()
    hub_page = SyncPage(hub)
    qtbot.addWidget(hub_page)
    hub_page.activate()
    task = hub_page.import_paths([str(usb)])  # a whole folder, as dropped from a USB stick
    qtbot.waitUntil(lambda: not task.running, timeout=20000)
    assert task.error is None, task.error
    assert hub_page.last_results[0]["status"] == "imported"
    assert hub_page.results.rowCount() == 1
    assert count_records(hub.db, "household") == 1
    reopened = SyncPage(hub)  # another day: the page lists the bundles merged before
    qtbot.addWidget(reopened)
    reopened.activate()
    assert reopened.results.rowCount() == 1
    shown = [hub_page.results.item(0, c).text() for c in range(1, 6)]
    assert [reopened.results.item(0, c).text() for c in range(1, 6)] == shown
    dashboard = DashboardPage(hub)  # the hub's dashboard: one row per commune merged
    qtbot.addWidget(dashboard)
    dashboard.activate()
    qtbot.waitUntil(lambda: not dashboard.busy(), timeout=20000)
    assert dashboard.communes.model().rowCount() == 1
    assert "An Biên" in dashboard.communes.model().index(0, 0).data()
    # the hub's cards read as the commune's: the same numbers, counted over the same span
    own = window.show_page("dashboard")
    own.refresh()
    qtbot.waitUntil(lambda: not own.busy(), timeout=20000)
    for code in ("households_visited", "visits", "eid_level2", "trainings"):
        assert (dashboard.value_of(code), dashboard.period_of(code)) == \
            (own.value_of(code), own.period_of(code)), code
    assert dashboard.period_of("visits").startswith("Lũy kế từ đầu năm")
    assert dashboard.period_of("eid_level2").startswith("Đến hết tháng")
    reports = ReportsPage(hub)  # a hub reports on all communes, or on one it chooses
    qtbot.addWidget(reports)
    reports.load()
    assert reports.commune.count() == 2 and reports.commune.isVisibleTo(reports)
    reports.commune.setCurrentIndex(1)
    task = reports.generate()
    qtbot.waitUntil(lambda: not task.running, timeout=60000)
    assert task.error is None, task.error
    (tmp_path / "hub.pdf").write_bytes(reports.pdf_bytes)
    text = pdf_text(tmp_path / "hub.pdf")
    assert "XÃ AN BIÊN" in text and "ỦY BAN NHÂN DÂN" in text  # its own report, not the roll-up
    hub.close()


def test_a_large_export_is_saved_as_bundles_in_sequence(window, qtbot, commune, tmp_path,
                                                         settings, answers):
    """Past one bundle's size the export goes out as several bundles; the page says how
    many and that all go to the hub, and the hub takes the whole folder."""
    from desktop.sync.exporter import Split

    db = window.session.db
    for name in ("Võ Thị Sen", "Lê Văn Tám", "Đỗ Thị Mai", "Phan Văn Hùng", "Hà Thị Lan",
                 "Mai Văn Nam"):
        records.add(db, "household", {"hamlet": commune.ids["h1"], "head_name": name})
    hub = Session(tmp_path / "hub.db", settings)
    init_hub(hub.db, "Trung tâm CNTT tỉnh", None)
    key = tmp_path / "khoa-tram.json"
    trust.export_hub_key(hub.db, key, commune=window.session.setup()["commune_code"])
    page = window.show_page("sync")
    assert page.import_hub_key(key)
    qtbot.mouseClick(page.hub_key_check.match, Qt.MouseButton.LeftButton)
    page.split = Split(rows=3, bytes=1 << 20)
    usb = tmp_path / "usb"
    usb.mkdir()
    task = page.export_to(usb)
    qtbot.waitUntil(lambda: not task.running, timeout=20000)
    assert task.error is None, task.error
    files = sorted(usb.glob("*.xaso"))
    assert len(files) >= 3 and len(files) == len(page.last_summary["bundles"])
    shown = page.state.text()
    assert shown.startswith(f"Đã lưu {len(files)} gói nối tiếp vào {usb}")
    assert "gửi tất cả cho trạm tổng hợp" in shown
    page.grab().save(str(tmp_path / "sync-split.png"))
    hub_page = SyncPage(hub)
    qtbot.addWidget(hub_page)
    hub_page.activate()
    task = hub_page.import_paths([str(usb)])
    qtbot.waitUntil(lambda: not task.running, timeout=20000)
    assert task.error is None, task.error
    assert [r["status"] for r in hub_page.last_results] == ["imported"] * len(files)
    assert count_records(hub.db, "household") == count_records(db, "household") == 6
    hub.close()


def test_report_preview(window, qtbot, commune):
    db = window.session.db
    records.add(db, "household", {"hamlet": commune.ids["h1"], "head_name": "Võ Thị Sen"})
    page = window.show_page("reports")
    task = page.generate()
    qtbot.waitUntil(lambda: not task.running, timeout=60000)
    assert task.error is None, task.error
    assert page.document.pageCount() >= 1
    assert page.save_button.isEnabled()
    assert len(page.pdf_bytes) > 1000
    # the preview is held in memory: nothing with names stays in the temporary folder
    assert not [p for p in page._tmp.rglob("*") if p.is_file()]
    session = window.session
    folders = list(session._temp_dirs)
    session.remove_temp_dirs()
    assert folders and not any(f.exists() for f in folders)


def test_demo_data_in_background(window, qtbot, commune):
    page = window.show_page("settings")
    task = page.generate_demo(households=20, months=2)
    qtbot.waitUntil(lambda: not task.running, timeout=60000)
    assert task.error is None, task.error
    made = task.result["households"] - task.result.get("deleted_households", 0)
    assert made > 0 and count_records(window.session.db, "household") == made
    visits = window.show_page("visits")
    assert visits.table.model.rowCount() > 0


def test_demo_data_cancel(window, qtbot, commune):
    page = window.show_page("settings")
    task = page.generate_demo(households=400, months=12)
    task.cancel()
    qtbot.waitUntil(lambda: not task.running, timeout=60000)
    assert count_records(window.session.db, "household") == 0


def test_hub_sends_reference_bundle_back(window, qtbot, commune, tmp_path, settings, answers):
    db = window.session.db
    hub = Session(tmp_path / "hub.db", settings)
    init_hub(hub.db, "Trung tâm CNTT tỉnh", None)
    key = tmp_path / "hub.json"
    trust.export_hub_key(hub.db, key, commune=window.session.setup()["commune_code"])
    page = window.show_page("sync")
    page.import_hub_key(key)
    qtbot.mouseClick(page.hub_key_check.match, Qt.MouseButton.LeftButton)
    usb = tmp_path / "usb"
    usb.mkdir()
    task = page.export_to(usb)
    qtbot.waitUntil(lambda: not task.running, timeout=20000)
    hub_page = SyncPage(hub)
    qtbot.addWidget(hub_page)
    hub_page.activate()
    task = hub_page.import_paths([str(usb)])
    qtbot.waitUntil(lambda: not task.running, timeout=20000)
    records.add(hub.db, "training", {"title": "Tập huấn của tỉnh", "starts_at": "2026-11-02 08:00"})
    hub_page.refresh()
    assert hub_page.reference_button.isEnabled()
    back = tmp_path / "back"
    back.mkdir()
    task = hub_page.export_reference_to(hub_page.reference_commune.currentData(), back)
    qtbot.waitUntil(lambda: not task.running, timeout=20000)
    assert task.error is None, task.error
    task = page.import_paths([str(back)])
    qtbot.waitUntil(lambda: not task.running, timeout=20000)
    assert page.last_results[0]["status"] == "imported", page.last_results
    assert count_records(db, "training") == 1
    hub.close()


def test_drop_a_folder_on_the_sync_page(window, qtbot, commune, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    page = window.show_page("sync")
    folder = tmp_path / "usb"
    folder.mkdir()
    (folder / "not-a-bundle.xaso").write_bytes(b"rubbish")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    page.dropEvent(event)
    qtbot.waitUntil(lambda: page.task is not None and not page.task.running, timeout=20000)
    assert page.last_results[0]["status"] == "refused"
    assert page.results.rowCount() == 1
    assert "not-a-bundle.xaso" in page.results.item(0, 0).text()


def test_a_hub_key_on_the_sync_page_is_trusted_only_when_it_matches(window, qtbot, commune,
                                                                   tmp_path, settings):
    hub = Session(tmp_path / "hub.db", settings)
    init_hub(hub.db, "Trung tâm CNTT tỉnh", None)
    key = tmp_path / "khoa-tram.json"
    trust.export_hub_key(hub.db, key, commune=window.session.setup()["commune_code"])
    page = window.show_page("sync")
    assert page.import_hub_key(key)
    assert page.hub_key_check.code.text() == trust.read_hub_key(key)["fingerprint"]
    qtbot.mouseClick(page.hub_key_check.mismatch, Qt.MouseButton.LeftButton)
    assert not page.export_button.isEnabled()
    assert window.session.db.conn.execute(
        "SELECT count(*) FROM sync_trust WHERE role = 'hub'").fetchone()[0] == 0
    # compared, then the file is swapped for another hub's before "Khớp": refused
    assert page.import_hub_key(key)
    other = Session(tmp_path / "other.db", settings)
    init_hub(other.db, "Kẻ giả mạo", None)
    trust.export_hub_key(other.db, key, commune=window.session.setup()["commune_code"])
    qtbot.mouseClick(page.hub_key_check.match, Qt.MouseButton.LeftButton)
    assert not page.export_button.isEnabled()
    assert page.hub_key_check.state.text()
    assert window.session.db.conn.execute(
        "SELECT count(*) FROM sync_trust WHERE role = 'hub'").fetchone()[0] == 0
    hub.close()
    other.close()
