"""In the app, not the command prompt (issue 15, item 4): backup and restore from the
File menu with a reminder when the last one is old, the clock warning, "Xuất Excel" of
what a list's filters show, the conflicts page's "Giữ giá trị này", the duplicates
page's merge, and on a hub the held bundles and the key file for one commune."""

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from desktop.services import records
from desktop.services.queries import count_records
from desktop.services.setup import init_commune, init_hub
from desktop.sync import trust
from desktop.sync.duplicates import list_duplicates
from desktop.sync.exporter import export_bundle, export_reference
from desktop.sync.importer import import_bundle, read_file
from desktop.ui.controller import AppController
from desktop.ui.session import Session
from desktop.ui.sync_page import EnrollmentDialog, SyncPage
from tests.logins import PASSWORD, add_user, set_up
from tests.sync.sync_helpers import COMMUNE_A, link, new_commune, new_hub


def answer_dialog(steps):
    """Run `steps` one by one on the modal dialog shown next (driven like a person)."""
    def run():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, run)
            return
        steps.pop(0)(dialog)
        if steps:
            QTimer.singleShot(20, run)
    QTimer.singleShot(20, run)


def choose_file(path: Path):
    """A step for answer_dialog: type a file name in Qt's file dialog and accept it."""
    def step(dialog):
        assert isinstance(dialog, QFileDialog)
        dialog.setDirectory(str(path.parent))
        dialog.findChild(QLineEdit, "fileNameEdit").setText(path.name)  # typed, as a person
        dialog.accept()
    return step


@pytest.fixture
def admin(qapp, settings, answers, tmp_path, qtbot):
    """The window of an encrypted commune database, its admin logged in; "lan" is staff."""
    path = tmp_path / "xa.db"
    db = set_up(path, lambda d: init_commune(d, COMMUNE_A, "may-1"))
    add_user(db, path, "lan", "staff", "lan-pw-123")
    hamlet = records.add(db, "hamlet", {"name": "Tân Ninh"})
    other = records.add(db, "hamlet", {"name": "Đông Xuân"})
    for name, h in (("Võ Văn Ba", hamlet), ("Lê Thị Năm", hamlet), ("Hồ Văn Sáu", other)):
        home = records.add(db, "household", {"hamlet": h["id"], "head_name": name})
        records.add(db, "visit", {"date": "2026-11-20", "household": home["id"]})
    db.conn.close()
    ctl = AppController(qapp, settings, path)
    assert ctl.open_session()
    window = ctl.show_window()
    qtbot.addWidget(window)
    ctl.hamlets = (hamlet["id"], other["id"])
    yield ctl
    ctl.session.tasks.stop_all()
    if ctl.window is not None:
        ctl.window.close()
    ctl.session.close()


def test_backup_and_restore_from_the_file_menu(admin, qtbot, tmp_path):
    window = admin.window
    usb = tmp_path / "usb"
    usb.mkdir()
    answer_dialog([choose_file(usb / "xa-thang-11.bak")])
    window.act_backup.trigger()
    qtbot.waitUntil(lambda: window.safety.task is not None and not window.safety.task.running,
                    timeout=20000)
    assert window.safety.task.error is None, window.safety.task.error
    backup = usb / "xa-thang-11.bak"
    assert backup.exists() and not backup.read_bytes().startswith(b"SQLite format")
    # a household entered after the backup, then the backup restored
    records.add(admin.session.db, "household", {"hamlet": admin.hamlets[0],
                                                "head_name": "Đinh Văn Bảy"})
    assert count_records(admin.session.db, "household") == 4

    def credentials(dialog):
        dialog.password.setText(PASSWORD)
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    answer_dialog([choose_file(backup), credentials])
    window.act_restore.trigger()
    qtbot.waitUntil(lambda: window.isEnabled() and admin.session.db.conn is not None
                    and _households(admin) == 3, timeout=30000)
    assert admin.session.login.name == "admin"
    kept = list(tmp_path.glob("xa.before-restore-*.bak"))
    assert len(kept) == 1  # the database as it was, kept beside it
    assert "xa-thang-11.bak" in window.statusBar().currentMessage()


def _households(ctl):
    try:
        return count_records(ctl.session.db, "household")
    except Exception:  # noqa: BLE001 - closed while the restore runs
        return -1


def test_a_restore_with_a_wrong_password_changes_nothing(admin, qtbot, tmp_path, answers):
    window = admin.window
    backup = tmp_path / "b.bak"
    task = window.safety.backup_to(backup)
    qtbot.waitUntil(lambda: not task.running, timeout=20000)
    records.add(admin.session.db, "household", {"hamlet": admin.hamlets[0],
                                                "head_name": "Đinh Văn Bảy"})
    task = window.safety.restore_from(backup, "admin", "sai-mat-khau")
    qtbot.waitUntil(lambda: not task.running, timeout=20000)
    assert answers["warn"] and _households(admin) == 4  # still the same database, open


def test_backup_is_for_the_admin_only(admin, qtbot, answers, tmp_path):
    from desktop.security.accounts import login_of

    admin.session.set_login(login_of(admin.session.db.conn, "lan"))
    assert admin.window.safety.backup_to(tmp_path / "x.bak") is None
    assert "admin" in answers["warn"][-1] and not (tmp_path / "x.bak").exists()
    assert admin.window.show_page("visits").table.export_to(tmp_path / "x.xlsx") is None
    assert "officer" in answers["warn"][-1]


def test_the_backup_reminder_after_seven_days(admin, qtbot, tmp_path):
    window = admin.window
    banner = window.safety.backup_banner
    assert not banner.isVisibleTo(window)  # set up today
    for clock in {id(c): c for c in (admin.session.clock, admin.session.db.clock)}.values():
        clock.advance(days=8)  # the window's and the workers' clocks
    page = window.show_page("households")
    form = page.households.new_record()
    qtbot.addWidget(form)
    form.editors["hamlet"].input.choose(admin.hamlets[0], "Tân Ninh")
    form.editors["head_name"].input.setText("Phan Văn Tám")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert banner.isVisibleTo(window) and "8 ngày" in banner.label.text()
    assert banner.button.isVisibleTo(banner)
    task = window.safety.backup_to(tmp_path / "b.bak")
    qtbot.waitUntil(lambda: not task.running, timeout=20000)
    assert not banner.isVisibleTo(window)


def test_the_clock_warning_when_the_computer_clock_went_back(commune, qtbot):
    commune.session.db.clock.advance(days=-3)  # the date was set back after the last save
    window = commune.show_window()
    qtbot.addWidget(window)
    banner = window.safety.clock_banner
    assert banner.isVisibleTo(window)
    assert "đồng hồ" in banner.label.text().lower()
    commune.session.db.clock.advance(days=3)
    window.show_page("visits").table.refresh()
    commune.session.notify()
    assert not banner.isVisibleTo(window)


def test_excel_export_holds_what_the_filters_show(admin, qtbot, tmp_path):
    page = admin.window.show_page("visits")
    table = page.table
    table.month.setCurrentIndex(0)  # all months
    qtbot.waitUntil(lambda: table.hamlet.findData(admin.hamlets[0]) > 0)  # filled after the rows
    table.hamlet.setCurrentIndex(table.hamlet.findData(admin.hamlets[0]))
    qtbot.waitUntil(lambda: table.model.rowCount() == 2, timeout=5000)
    out = tmp_path / "tham-ho.xlsx"
    answer_dialog([choose_file(out)])
    qtbot.mouseClick(table.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: table.export_task is not None and not table.export_task.running,
                    timeout=20000)
    assert table.export_task.error is None, table.export_task.error
    sheet = load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 3  # the header and the two visits of Tân Ninh, not Đông Xuân's
    assert {r[2] for r in rows[1:]} == {"Tân Ninh"}
    assert "2" in table.count_label.text() and out.name in table.count_label.text()


# --- conflicts and duplicates, made by real bundles between two laptops and a hub ------

@pytest.fixture
def linked(window, tmp_path):
    """The window's laptop and a second laptop of its commune, both linked to a hub."""
    hub = new_hub(tmp_path / "hub.db")
    link(hub, window.session.db, tmp_path)
    other = new_commune(tmp_path / "a2.db", COMMUNE_A, "may-2")
    link(hub, other, tmp_path)
    for db in (window.session.db, other):  # the hub knows each laptop by a first bundle
        _send(db, hub, tmp_path)
    yield window.session.db, other, hub
    other.conn.close()
    hub.conn.close()


def _send(db, hub, tmp_path):
    out = export_bundle(db, tmp_path / f"up-{len(list(tmp_path.iterdir()))}.xaso")
    import_bundle(hub, read_file(out["path"]), out["path"])


def _back(hub, dbs, tmp_path):
    ref = export_reference(hub, COMMUNE_A, tmp_path / f"ref-{len(list(tmp_path.iterdir()))}.xaso")
    for db in dbs:
        import_bundle(db, read_file(ref["path"]))


def test_keep_the_value_that_lost(window, qtbot, linked, tmp_path):
    mine, other, hub = linked
    home = records.add(mine, "household", {"hamlet": records.add(mine, "hamlet", {
        "name": "Thôn Một"})["id"], "head_name": "Đỗ Văn Nam"})
    person = records.add(mine, "resident", {"household": home["id"], "full_name": "Đỗ Văn Nam"})
    _send(mine, hub, tmp_path)
    _back(hub, [other], tmp_path)
    records.update(mine, "resident", person["id"], {"phone": "0912000001"})
    other.clock.advance(minutes=5)  # the other laptop's change is the later one
    records.update(other, "resident", person["id"], {"phone": "0987000002"})
    _send(other, hub, tmp_path)
    _back(hub, [mine], tmp_path)
    assert records.get(mine, "resident", person["id"])["phone"] == "0987000002"
    page = window.show_page("conflicts")
    qtbot.waitUntil(lambda: not page.busy() and page.model.rowCount() == 1, timeout=20000)
    texts = [page.model.index(0, c).data() for c in range(6)]
    assert texts[1].endswith("Đỗ Văn Nam") and texts[2] == "Số điện thoại"
    assert texts[3:5] == ["0987000002", "0912000001"]
    assert not page.keep_button.isEnabled()  # nothing chosen yet
    rect = page.view.visualRect(page.model.index(0, 4))
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.keep_button.isEnabled()
    qtbot.mouseClick(page.keep_button, Qt.MouseButton.LeftButton)
    assert records.get(mine, "resident", person["id"])["phone"] == "0912000001"
    qtbot.waitUntil(lambda: not page.busy() and
                    page.model.index(0, 5).data() == "đã giữ (giá trị này)", timeout=20000)
    assert "Hoàn tác" in window.act_undo.text() or window.act_undo.isEnabled()
    # a normal change: it travels and wins on the other laptop too
    _send(mine, hub, tmp_path)
    _back(hub, [other], tmp_path)
    assert records.get(other, "resident", person["id"])["phone"] == "0912000001"


def test_merge_two_records_of_one_person(window, qtbot, linked, tmp_path):
    mine, other, hub = linked

    def person(db, name, phone, hamlet):
        h = records.add(db, "hamlet", {"name": hamlet})
        home = records.add(db, "household", {"hamlet": h["id"], "head_name": name})
        return records.add(db, "resident", {"household": home["id"], "full_name": name,
                                            "birth": "1990", "gender": "female",
                                            "cccd": "001190000009", "phone": phone})["id"]
    a = person(mine, "Nguyễn Thị Uyên", "0912000111", "Thôn Một")
    b = person(other, "Nguyễn Thị Uyển", "0987000222", "Thôn Hai")
    _send(mine, hub, tmp_path)
    _send(other, hub, tmp_path)
    _back(hub, [mine], tmp_path)
    page = window.show_page("duplicates")
    qtbot.waitUntil(lambda: not page.busy() and page.model.rowCount() == 1, timeout=20000)
    entry = page.current()
    first = "a" if entry["a"]["id"] == a else "b"  # the queue orders the pair its own way
    second = "b" if first == "a" else "a"
    (page.keep_a if first == "a" else page.keep_b).click()
    _group, ra, rb = page.field_groups["phone"]
    phone_of_b = rb if second == "b" else ra
    assert phone_of_b.text() == "0987000222"
    page.fields_scroll.ensureWidgetVisible(phone_of_b)
    # a click on the round button at the start of the value
    qtbot.mouseClick(phone_of_b, Qt.MouseButton.LeftButton,
                     pos=QPoint(8, phone_of_b.height() // 2))
    assert phone_of_b.isChecked()
    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    kept, gone = records.get(mine, "resident", a), records.get(mine, "resident", b)
    assert gone["deleted"] == 1 and kept["deleted"] == 0
    assert (kept["full_name"], kept["phone"]) == ("Nguyễn Thị Uyên", "0987000222")
    assert list_duplicates(mine) == []
    qtbot.waitUntil(lambda: not page.busy() and page.model.rowCount() == 0, timeout=20000)
    assert not page.merge_button.isEnabled()


def test_merge_two_look_alikes_on_the_duplicates_page(window, qtbot):
    db = window.session.db
    hamlet = records.add(db, "hamlet", {"name": "Thôn Bến Đá"})
    people = []
    for name, phone in (("Lê Thị Hương", None), ("Lê Thị Hường", "0912345678")):
        home = records.add(db, "household", {"hamlet": hamlet["id"], "head_name": name})
        people.append(records.add(db, "resident", {"household": home["id"], "full_name": name,
                                                   "birth": "1985", "phone": phone})["id"])
    page = window.show_page("duplicates")
    qtbot.waitUntil(lambda: not page.busy() and page.model.rowCount() == 1, timeout=20000)
    assert page.model.index(0, 3).data() == "Tên giống nhau"  # no CCCD: names alike
    entry = page.current()
    (page.keep_a if entry["a"]["id"] == people[0] else page.keep_b).click()
    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    kept = records.get(db, "resident", people[0])
    assert kept["deleted"] == 0 and kept["phone"] == "0912345678"
    assert records.get(db, "resident", people[1])["deleted"] == 1
    assert [d["status"] for d in list_duplicates(db, include_resolved=True)] == ["same"]
    qtbot.waitUntil(lambda: not page.busy() and page.model.rowCount() == 0, timeout=20000)


# --- the hub: held bundles, and one key file per commune --------------------------------

def test_held_bundles_approved_or_denied_on_the_hub(qtbot, tmp_path, settings, answers):
    hub = Session(tmp_path / "hub.db", settings)
    init_hub(hub.db, "Trung tâm CNTT tỉnh An Giang", "91")
    plain = tmp_path / "khoa-chung.json"
    trust.export_hub_key(hub.db, plain)  # no enrollment: the laptops' bundles wait
    usb = tmp_path / "usb"
    usb.mkdir()
    for i, name in enumerate(("may-1", "may-2")):
        db = new_commune(tmp_path / f"x{i}.db", COMMUNE_A, name)
        trust.import_hub_key(db, plain)
        hamlet = records.add(db, "hamlet", {"name": f"Thôn {i + 1}"})
        records.add(db, "household", {"hamlet": hamlet["id"], "head_name": ("Hồ Văn Một", "Lê Văn Hai")[i]})
        export_bundle(db, usb / f"{name}.xaso")
        db.conn.close()
    page = SyncPage(hub)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    task = page.import_paths([str(usb)])
    qtbot.waitUntil(lambda: not task.running, timeout=20000)
    assert [r["status"] for r in page.last_results] == ["held", "held"]
    assert "chờ trạm duyệt" in page.results.item(0, 1).text()
    assert page.held.rowCount() == 2 and count_records(hub.db, "household") == 0
    names = [page.held.item(r, 0).text() for r in range(2)]
    page.held.selectRow(names.index(next(n for n in names if n.startswith("may-1"))))
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    assert "may-1" in answers["asked"][-1]  # the fingerprint is shown before approving
    qtbot.waitUntil(lambda: not page.task.running, timeout=20000)
    assert count_records(hub.db, "household") == 1
    assert page.held.rowCount() == 1
    page.held.selectRow(0)
    qtbot.mouseClick(page.deny_button, Qt.MouseButton.LeftButton)
    assert page.held.rowCount() == 0 and count_records(hub.db, "household") == 1
    assert [d["status"] for d in trust.list_trust(hub.db) if d["role"] == "device"] == \
        ["trusted", "denied"] or sorted(d["status"] for d in trust.list_trust(hub.db)
                                        if d["role"] == "device") == ["denied", "trusted"]
    hub.close()


def test_the_hubs_key_file_enrolls_one_commune(qtbot, tmp_path, settings, answers):
    hub = Session(tmp_path / "hub.db", settings)
    init_hub(hub.db, "Trung tâm CNTT tỉnh An Giang", "91")
    dialog = EnrollmentDialog(hub)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.filter, "an bien")
    assert dialog.list.count() == 1 and "An Biên" in dialog.list.item(0).text()
    dialog.days.setValue(30)
    code, days = dialog.choice()
    assert (code, days) == (COMMUNE_A, 30)
    page = SyncPage(hub)
    qtbot.addWidget(page)
    out = tmp_path / "khoa-an-bien.json"
    data = page.save_hub_key_to(out, code, days)
    token = json.loads(out.read_text(encoding="utf-8"))["enrollment"]["token"]
    assert token["commune_code"] == COMMUNE_A and data["fingerprint"] in page.state.text()
    assert "An Biên" in page.state.text()
    # a laptop of that commune is enrolled by it: its first bundle merges at once
    laptop = new_commune(tmp_path / "l.db", COMMUNE_A, "may-1")
    trust.import_hub_key(laptop, out)
    records.add(laptop, "hamlet", {"name": "Thôn Mới"})
    bundle = export_bundle(laptop, tmp_path / "b.xaso")
    laptop.conn.close()
    assert import_bundle(hub.db, read_file(bundle["path"]))["status"] == "imported"
    hub.close()
