"""The app opens with a login, locks when idle, switches user, refuses what a role
may not do, converts an older release's database at start, and offers a person's
requests on the resident's form."""

import shutil
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from desktop.reports.settings import set_setting
from desktop.services import records
from desktop.services.privacy import ERASED_NAME
from desktop.services.setup import init_commune
from desktop.ui.controller import AppController
from desktop.ui.record_form import RecordForm
from tests.logins import PASSWORD, add_user, set_up
from tests.moment import TODAY

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "release-0.1.0.db"


@pytest.fixture
def protected(tmp_path):
    """An encrypted commune database with its admin and a staff user "lan"."""
    path = tmp_path / "xa.db"
    db = set_up(path, lambda d: init_commune(d, "30985", "may-1"))
    add_user(db, path, "lan", "staff", "lan-pw-123")
    hamlet = records.add(db, "hamlet", {"name": "Tân Ninh"})
    home = records.add(db, "household", {"hamlet": hamlet["id"], "head_name": "Võ Văn Ba"})
    person = records.add(db, "resident", {"household": home["id"], "full_name": "Võ Thị Tư",
                                          "cccd": "001190005555"})
    db.conn.close()
    return path, person["id"]


# A dialog still open this long after the last step waits for nobody: it is closed
# and what it said kept, so the test fails with it instead of hanging (a migration that
# raises, for example, leaves the login dialog open with its message).
LEFT_OPEN_S = 10


@pytest.fixture
def answer_dialog():
    """`answer_dialog(steps)`: run `steps` one by one on the modal dialog shown next
    (driven like a person). Returns a list that gets the texts of a dialog left open
    after the last step (then closed); watching ends with the test."""
    watching = [True]

    def answer(steps):
        left: list[str] = []
        since: dict = {}

        def run():
            dialog = QApplication.activeModalWidget()
            if dialog is None or getattr(dialog, "checking", lambda: False)():
                QTimer.singleShot(20, run)  # shown yet, and done checking the password
                return
            steps.pop(0)(dialog)
            QTimer.singleShot(20, run if steps else watch)

        def watch():
            if not watching[0]:
                return
            dialog = QApplication.activeModalWidget()
            if dialog is None or getattr(dialog, "checking", lambda: False)():
                since.clear()
            elif since.get("dialog") is not dialog:
                since.update(dialog=dialog, at=time.monotonic())
            elif time.monotonic() - since["at"] > LEFT_OPEN_S:
                left.append(" | ".join(w.text() for w in dialog.findChildren(QLabel)
                                       if w.isVisible() and w.text()))
                dialog.reject()
                return
            QTimer.singleShot(100, watch)

        QTimer.singleShot(20, run)
        return left

    yield answer
    watching[0] = False


def test_login_at_start_refuses_then_opens(qapp, settings, answers, protected, monkeypatch,
                                            answer_dialog):
    path, _ = protected
    monkeypatch.delenv("XASO_PASSWORD")
    seen = []

    def wrong(d):
        d.user.setText("admin")
        d.password.setText("sai-mat-khau")
        d.ok.click()
        assert d.checking() and d.error.text() == "Đang kiểm tra mật khẩu…"

    def right(d):
        seen.append(d.error.text())  # the refusal, once the check in the background ended
        d.password.setText(PASSWORD)
        d.ok.click()

    left = answer_dialog([wrong, right])
    ctl = AppController(qapp, settings, path)
    assert ctl.open_session(), left
    assert "admin" in seen[0] and seen[0]  # the plain reason, in Vietnamese
    assert ctl.session.login.name == "admin" and ctl.session.db.key is not None
    ctl.session.close()


def test_login_cancelled_opens_nothing(qapp, settings, answers, protected, monkeypatch,
                                      answer_dialog):
    path, _ = protected
    monkeypatch.delenv("XASO_PASSWORD")
    answer_dialog([lambda d: d.cancel.click()])
    ctl = AppController(qapp, settings, path)
    assert not ctl.open_session() and ctl.session is None


def test_a_migration_that_fails_is_said_in_the_login_dialog(qapp, settings, answers, protected,
                                                           monkeypatch, answer_dialog):
    """A full disk in the middle of an upgrade: the dialog says so, and where the copy
    is, instead of going quiet (the exception used to be lost in Qt's slot)."""
    from desktop.db.migrations import LATEST
    from tests.logins import reopen
    from tests.migrating import full_disk_at

    path, _ = protected
    db = reopen(path)
    db.conn.execute(f"PRAGMA user_version = {LATEST - 1}")
    db.conn.close()
    full_disk_at(LATEST, monkeypatch)
    monkeypatch.delenv("XASO_PASSWORD")
    said = []

    def log_in(d):
        d.password.setText(PASSWORD)
        d.ok.click()

    def read_then_cancel(d):
        said.append(d.error.text())
        d.cancel.click()

    answer_dialog([log_in, read_then_cancel])
    ctl = AppController(qapp, settings, path)
    assert not ctl.open_session() and ctl.session is None
    assert f"bước {LATEST}" in said[0] and "disk is full" in said[0] and ".bak" in said[0]


@pytest.fixture
def logged_in(qapp, settings, answers, protected, qtbot):
    """The window of the protected database, its admin logged in (from $XASO_PASSWORD)."""
    path, person = protected
    ctl = AppController(qapp, settings, path)
    assert ctl.open_session()
    window = ctl.show_window()
    qtbot.addWidget(window)
    ctl.person = person
    yield ctl
    ctl.session.tasks.stop_all()
    if ctl.idle is not None:
        ctl.idle.stop()
    if ctl.window is not None:
        ctl.window.close()
    ctl.session.close()


def test_idle_lock_then_another_user_and_their_role(logged_in, qtbot, answers):
    ctl = logged_in
    assert ctl.session.login.name == "admin"
    ctl.start_idle_lock()
    ctl.idle.timer.setInterval(50)
    ctl.idle.restart()
    qtbot.waitUntil(lambda: ctl.lock_dialog is not None, timeout=5000)
    dialog = ctl.lock_dialog
    assert not ctl.window.isVisible()  # nothing to read behind the lock
    dialog.user.setText("lan")
    dialog.password.setText("wrong-wrong")
    dialog.ok.click()
    qtbot.waitUntil(lambda: not dialog.checking())
    assert "lan" in dialog.error.text() and not ctl.window.isVisible()
    dialog.password.setText("lan-pw-123")
    dialog.ok.click()
    qtbot.waitUntil(lambda: ctl.lock_dialog is None)
    assert ctl.window.isVisible()
    assert ctl.session.login.name == "lan" and ctl.session.db.actor_id == ctl.session.login.user_id
    assert "lan (staff)" in ctl.window.status_user.text()
    # a staff member's save is theirs; a report is refused, naming the role
    saved = records.add(ctl.session.db, "hamlet", {"name": "Đông Xuân"})
    assert saved["actor_id"] == ctl.session.login.user_id
    assert ctl.window.show_page("reports").generate() is None
    assert "officer" in answers["warn"][-1]
    assert ctl.window.show_page("sync").import_paths(["x.xaso"]) is None
    assert "hub" in answers["warn"][-1]


def test_switch_user_and_a_disabled_user(logged_in, qtbot):
    ctl = logged_in
    from desktop.security.accounts import disable_account
    from desktop.security.keyring import KeyRing

    disable_account(ctl.session.db, KeyRing.load(ctl.session.db_path), ctl.session.db_path, "lan")
    ctl.window.act_switch_user.trigger()
    dialog = ctl.lock_dialog
    assert dialog is not None and dialog.user.text() == ""
    dialog.user.setText("lan")
    dialog.password.setText("lan-pw-123")
    dialog.ok.click()
    qtbot.waitUntil(lambda: not dialog.checking())
    assert "lan" in dialog.error.text() and ctl.lock_dialog is dialog
    dialog.user.setText("admin")
    dialog.password.setText(PASSWORD)
    dialog.ok.click()
    qtbot.waitUntil(lambda: ctl.lock_dialog is None)
    assert ctl.session.login.name == "admin"


def test_a_persons_requests_on_the_resident_form(logged_in, qtbot, answers, tmp_path):
    ctl = logged_in
    session = ctl.session
    form = RecordForm(session, "resident", ctl.person)
    qtbot.addWidget(form)
    assert form.privacy_export.isEnabled() and form.privacy_erase.isEnabled()
    viewed = session.db.conn.execute("SELECT actor_id FROM audit_log WHERE action = 'view' "
                                     "AND record_id = ?", (ctl.person,)).fetchall()
    assert viewed == [(session.login.user_id,)]  # who opened whose record
    result = form.export_person(tmp_path / "nguoi.json")
    assert Path(result["json"]).exists() and Path(result["pdf"]).exists()
    answers["ask"] = True
    assert form.erase_person()["resident"] == ctl.person
    assert records.get(session.db, "resident", ctl.person)["full_name"] == ERASED_NAME
    # a staff member sees the buttons greyed out
    from desktop.security.accounts import login_of

    session.set_login(login_of(session.db.conn, "lan"))
    other = RecordForm(session, "resident", ctl.person)
    qtbot.addWidget(other)
    assert not other.privacy_export.isEnabled() and not other.privacy_erase.isEnabled()


def test_an_older_release_database_is_encrypted_at_start(qapp, settings, answers, tmp_path,
                                                          answer_dialog):
    path = tmp_path / "cu.db"
    shutil.copy(FIXTURE, path)

    def protect(d):
        d.user.setText("admin")
        d.password.setText(PASSWORD)
        d.again.setText(PASSWORD)
        d.accept()

    left = answer_dialog([protect])
    ctl = AppController(qapp, settings, path)
    assert ctl.open_session(), left  # then logged in with $XASO_PASSWORD, the same password
    assert ctl.session.login.role == "admin"
    assert any(t.count("-") >= 7 for t in answers["info"])  # the recovery key, shown once
    assert "Phạm Thị Nguyệt Ánh".encode() not in path.read_bytes()
    assert records.get(ctl.session.db, "resident", "01a22cba-5768-7000-89dd-cd0b7b7cb0c8"
                       )["full_name"] == "Phạm Thị Nguyệt Ánh"
    ctl.session.close()


def test_a_new_administrator_needs_a_name_a_long_password_and_the_same_twice(qtbot):
    from desktop.ui.login import NewPasswordDialog

    ran = []
    dialog = NewPasswordDialog(lambda user, pw: ran.append((user, pw)) or "ok", "vi", "…")
    qtbot.addWidget(dialog)
    errors = []
    typed = [("", "mat-khau-1", "mat-khau-1"), ("admin", "ngan", "ngan"),
             ("admin", "mat-khau-1", "mat-khau-2")]
    for user, password, again in typed:  # each refused with its reason, nothing run
        for field, text in ((dialog.user, user), (dialog.password, password),
                            (dialog.again, again)):
            field.clear()
            qtbot.keyClicks(field, text)
        dialog.accept()
        errors.append(dialog.error.text())
    assert not ran and all(errors) and len(set(errors)) == 3  # three different reasons
    assert "6" in errors[1]  # the length it needs
    dialog.again.clear()
    qtbot.keyClicks(dialog.again, "mat-khau-1")
    dialog.accept()
    assert ran == [("admin", "mat-khau-1")] and dialog.result == "ok"
    assert dialog.password.text() == "" and dialog.again.text() == ""  # not kept in memory


def test_the_login_dialog_stays_responsive_while_the_password_is_checked(qtbot):
    """The key-derivation function takes a second or more on an old laptop: it runs in
    the background, the dialog says so, a second click does not start another, and
    the event loop keeps turning (a timer keeps ticking) until the answer comes."""
    import threading

    from PySide6.QtCore import QTimer

    from desktop.ui.login import LoginDialog

    release = threading.Event()
    calls, checked = [], []

    def slow_unlock(user, password):
        calls.append(user)
        release.wait(5)
        return b"k" * 32

    dialog = LoginDialog(lambda u, p, key: checked.append(key) or "opened", "vi",
                         unlock=slow_unlock)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.password, "mat-khau-1")
    ticks = []
    timer = QTimer(dialog, interval=10, timeout=lambda: ticks.append(1))
    timer.start()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)  # impatient: no second check
    assert dialog.checking() and dialog.error.text() == "Đang kiểm tra mật khẩu…"
    qtbot.waitUntil(lambda: len(ticks) >= 3)  # the UI thread is free while it checks
    assert dialog.result is None and calls == ["admin"]
    release.set()
    qtbot.waitUntil(lambda: dialog.result == "opened")
    assert checked == [b"k" * 32] and not dialog.checking() and dialog.password.text() == ""


def test_an_unexpected_error_at_login_is_said_in_the_dialog(qtbot, capsys):
    """An old laptop short of memory for the key derivation (192 MiB): the dialog says
    what happened and stays usable; the details go to stderr for IT."""
    from desktop.ui.login import LoginDialog

    def short_of_memory(user, password):
        raise MemoryError("argon2: memory allocation error")

    dialog = LoginDialog(lambda u, p, key: "opened", "vi", unlock=short_of_memory)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.password, "mat-khau-1")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.checking())
    assert dialog.error.text() == ("Lỗi không mong đợi: MemoryError: argon2: memory "
                                   "allocation error")
    assert dialog.result is None and dialog.password.text() == "" and dialog.ok.isEnabled()
    assert "MemoryError" in capsys.readouterr().err


def test_a_database_of_an_older_schema_is_migrated_off_the_ui_thread(
        qapp, settings, answers, protected, monkeypatch, answer_dialog):
    """Migrating a large commune's database takes minutes (a copy, then indexes rebuilt):
    the login dialog has it done in its background thread, and the window opens on
    the current schema."""
    import threading

    from desktop.db import aggregates, connection
    from desktop.db.connection import open_database
    from desktop.db.migrations import LATEST
    from desktop.db.migrations import m009_audit_moments
    from desktop.db.migrations.m007_scale import INDEXES
    from desktop.security.login import unlock

    path, person = protected
    db = open_database(path, key=unlock(path, "admin", PASSWORD))
    # a visit whose team helped the resident, for migrations 10 and 11 to count
    member = records.add(db, "member", {"full_name": "Lê Văn Tâm", "hamlet": "Tân Ninh"})
    records.add(db, "visit", {"date": "2026-11-20", "household": "Võ Văn Ba",
                              "members": [member["id"]], "outcome": "done",
                              "resident_updates": [{"resident": person,
                                                    "eid_stage": "level1"}]}, today=TODAY)
    # and a return asked for, for migration 12 to keep
    records.add(db, "visit", {"date": "2026-11-21", "household": "Võ Văn Ba",
                              "outcome": "follow_up", "follow_up_date": "2026-11-28"},
                today=TODAY)
    # schema 7 again: the period index without the visit's id (migration 8 adds it),
    # and without the audit log's indexes (migration 9)
    db.conn.execute("DROP INDEX idx_visits_period")
    db.conn.execute(next(sql for sql in INDEXES if "idx_visits_period ON" in sql))
    for sql in m009_audit_moments.STATEMENTS:
        db.conn.execute(f"DROP INDEX {sql.split()[2]}")
    # and without the team members' visits and residents helped (migrations 10, 11)
    for (name,) in db.conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                   "AND (name GLOB 'agg_member_visits_*' OR "
                                   "name GLOB 'agg_member_helped_*' OR "
                                   "name GLOB 'agg_follow_ups_*')").fetchall():
        db.conn.execute(f"DROP TRIGGER {name}")
    for table in ("agg_member_visits", "agg_member_helped", "agg_follow_ups"):
        db.conn.execute(f"DROP TABLE {table}")
    db.conn.execute("DROP INDEX idx_households_live")  # and the rest of migration 12
    db.conn.execute("DROP INDEX idx_attendance_present")  # and of migration 15
    # and with each household's latest visit, which schema 7 kept and 13 drops: a
    # trigger that writes it on every visit, and a closing day's trigger that rebuilds it
    db.conn.execute("CREATE TABLE agg_latest_visit (household_id TEXT PRIMARY KEY, "
                    "visit_id TEXT NOT NULL) WITHOUT ROWID")
    db.conn.execute("CREATE TRIGGER agg_latest_visit_ins AFTER INSERT ON visits BEGIN "
                    "INSERT OR REPLACE INTO agg_latest_visit VALUES (NEW.household_id, "
                    "NEW.id); END")
    closing = db.conn.execute("SELECT sql FROM sqlite_master "
                              "WHERE name = 'agg_closing_update'").fetchone()[0]
    db.conn.execute("DROP TRIGGER agg_closing_update")
    db.conn.execute(closing.replace("BEGIN ", "BEGIN DELETE FROM agg_latest_visit; ", 1))
    db.conn.execute("PRAGMA user_version = 7")
    db.conn.close()
    threads = []
    migrate = connection._migrate
    monkeypatch.setattr(connection, "_migrate", lambda conn, version: (
        threads.append(threading.current_thread()), migrate(conn, version)))
    monkeypatch.delenv("XASO_PASSWORD")

    def log_in(d):
        d.password.setText(PASSWORD)
        d.ok.click()

    left = answer_dialog([log_in])
    ctl = AppController(qapp, settings, path)
    assert ctl.open_session(), left
    assert threads and all(t is not threading.main_thread() for t in threads)
    conn = ctl.session.db.conn
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
    assert "id)" in conn.execute("SELECT sql FROM sqlite_master "
                                 "WHERE name = 'idx_visits_period'").fetchone()[0]
    assert conn.execute("SELECT 1 FROM sqlite_stat1 WHERE idx = 'idx_attendance_present'"
                        ).fetchone()
    # the members' visits and residents helped counted by migrations 10 and 11
    assert aggregates.differences(conn) == {}
    assert conn.execute("SELECT sum(n) FROM agg_member_visits").fetchone()[0] == 1
    assert conn.execute("SELECT sum(n) FROM agg_member_helped").fetchone()[0] == 1
    assert conn.execute("SELECT date, until FROM agg_follow_ups").fetchall() == [
        ("2026-11-21", "9999-12-31")]
    # the latest visits are gone with their triggers; a visit saved and a new closing
    # day keep every aggregate right without them
    assert conn.execute("SELECT name FROM sqlite_master WHERE sql LIKE "
                        "'%agg_latest_visit%'").fetchall() == []
    records.add(ctl.session.db, "visit", {"date": "2026-11-22", "household": "Võ Văn Ba",
                                          "outcome": "done"}, today=TODAY)
    set_setting(ctl.session.db, "report.closing_day", 14)
    assert aggregates.differences(conn) == {}
    ctl.session.close()


WINDOW_READY = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QLabel
from desktop.ui.controller import AppController, WINDOW_MODULES
from desktop.ui.settings import Settings
app = QApplication([])
ctl = AppController(app, Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat)),
                    Path(sys.argv[1]))
before = [m for m in WINDOW_MODULES if m in sys.modules]
opened = ctl.open_session()
after = [m for m in WINDOW_MODULES if m in sys.modules]
print(before, after, opened, ctl.session.login.name if opened else None,
      "desktop.ui.wizard" in sys.modules)  # needed for a new database only
if opened:
    ctl.session.close()
"""


def test_the_windows_modules_load_while_the_password_is_checked(protected, tmp_path):
    """With $XASO_PASSWORD the key derivation runs on a worker thread while the window's
    modules are imported (they are no longer imported before the login), and the login
    is the same. The setup wizard's module (70 ms) is not imported to open a database
    that is set up."""
    import os
    import subprocess
    import sys

    path, _ = protected
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XASO_PASSWORD": PASSWORD}
    run = subprocess.run([sys.executable, "-c", WINDOW_READY, str(path),
                          str(tmp_path / "s.ini")], capture_output=True, text=True, env=env,
                         cwd=Path(__file__).resolve().parents[2], timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split("\n")[0] == (
        "[] ['desktop.ui.main_window', 'desktop.ui.dashboard_page'] True admin False")
    env["XASO_PASSWORD"] = "not the password"  # refused: the dialog asks (here: cancelled)
    wrong = subprocess.run([sys.executable, "-c", WINDOW_READY.replace(
        "opened = ctl.open_session()",
        "from PySide6.QtCore import QTimer\n"
        "QTimer.singleShot(300, lambda: QApplication.activeModalWidget().reject())\n"
        "opened = ctl.open_session()"), str(path), str(tmp_path / "s.ini")],
        capture_output=True, text=True, env=env, cwd=Path(__file__).resolve().parents[2],
        timeout=120)
    assert wrong.returncode == 0, wrong.stderr
    assert wrong.stdout.split("\n")[0].endswith(" False None False")
