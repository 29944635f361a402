"""Login, lock and switch user; the administrator's password for a new or an older
release's database; the recovery key shown once.

The dialogs only collect what is typed and show refusals in plain words: the checks
are desktop/security's (`check(user, password)` raises InputRefused), so the app and
the command line refuse the same things the same way.
"""

import threading
import traceback
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QVBoxLayout, QWidget)

from desktop.domain.errors import DatabaseRefused, InputRefused
from desktop.messages import message
from desktop.security.accounts import MIN_PASSWORD


class LoginDialog(QDialog):
    """User name and password. `check(user, password, unlocked)` returns what the login
    opens (a database, a Login) or raises InputRefused; the result is kept in `result`.

    `unlock(user, password)`, when given, is the slow part of the check (the
    key-derivation function, a second or more on an old laptop): it runs on a
    background thread while the dialog says "Checking the password…" and stays
    responsive, and what it returns is passed to `check` as `unlocked`.

    `locked`: the window is locked behind it; closing it does not give the window
    back (the controller quits instead).
    """

    _unlocked = Signal(int, object, object)  # attempt, result, error (from the thread)

    def __init__(self, check: Callable, lang: str, user: str | None = None, locked: bool = False,
                 title: str = "", parent: QWidget | None = None,
                 unlock: Callable | None = None):
        super().__init__(parent)
        self.check = check
        self.unlock = unlock
        self.lang = lang
        self.result = None
        self._attempt = 0
        self._unlocked.connect(self._after_unlock)
        self.setObjectName("loginDialog")
        self.setWindowTitle(title or (self.tr("Locked: log in to go on") if locked
                                      else self.tr("Log in to Xã Số")))
        self.user = QLineEdit("admin" if user is None else user, self)
        self.user.setObjectName("loginUser")
        self.password = QLineEdit(self)
        self.password.setObjectName("loginPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(self)
        self.error.setObjectName("loginError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(self.tr("Log in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("loginOk")
        self.cancel = buttons.addButton(self.tr("Quit") if locked else self.tr("Cancel"),
                                        QDialogButtonBox.ButtonRole.RejectRole)
        self.ok.clicked.connect(self.accept)
        self.cancel.clicked.connect(self.reject)
        lay = QVBoxLayout(self)
        hint = QLabel(self.tr("Each person logs in with their own name: every save is "
                              "recorded under it."), self)
        hint.setWordWrap(True)
        lay.addWidget(hint)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        (self.password if user else self.user).setFocus()

    def checking(self) -> bool:
        """The password is being checked in the background."""
        return not self.ok.isEnabled()

    def accept(self) -> None:
        """Check what was typed (the slow part in the background); stay open with the
        reason if it is refused."""
        if self.checking():
            return
        user, password = self.user.text().strip(), self.password.text()
        if self.unlock is None:
            self._finish(user, password, None)
            return
        self._attempt += 1
        attempt = self._attempt
        self.ok.setEnabled(False)
        self.error.setStyleSheet("")
        self.error.setText(self.tr("Checking the password…"))

        def work():
            try:
                outcome = ((user, password, self.unlock(user, password)), None)
            except Exception as exc:  # noqa: BLE001 - shown in the dialog, never lost
                outcome = ((user, password, None), exc)
            try:
                self._unlocked.emit(attempt, *outcome)
            except RuntimeError:
                pass  # the dialog was deleted meanwhile: nobody is waiting

        threading.Thread(target=work, name="login-unlock", daemon=True).start()

    def reject(self) -> None:
        """Closed or cancelled: a check still running is forgotten."""
        self._attempt += 1
        self.ok.setEnabled(True)
        super().reject()

    def _after_unlock(self, attempt: int, typed: tuple, error) -> None:
        if attempt != self._attempt:
            return  # the dialog was closed meanwhile
        self.ok.setEnabled(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.clear()
        user, password, unlocked = typed
        if error is not None:
            self._refused(error)
            return
        self._finish(user, password, unlocked)

    def _finish(self, user: str, password: str, unlocked) -> None:
        try:
            self.result = (self.check(user, password) if self.unlock is None
                           else self.check(user, password, unlocked))
        except (InputRefused, DatabaseRefused) as exc:
            self._refused(exc)
            return
        self.password.clear()
        super().accept()

    def _refused(self, exc) -> None:
        if isinstance(exc, (InputRefused, DatabaseRefused)):
            self.error.setText(exc.message(self.lang))
        else:  # said in the dialog (a person waits on it) and kept on stderr for IT
            traceback.print_exception(exc)
            self.error.setText(message("cli_unexpected", self.lang,
                                       detail=f"{type(exc).__name__}: {exc}"[:300]))
        self.password.clear()
        self.password.setFocus()


class AdminFields(QWidget):
    """An administrator's name and a new password typed twice, as the wizard and the
    older-release dialog both ask for them. `problem()` says what is wrong, or None,
    and the line under the fields says it too once a password is being typed;
    `changed` fires on every keystroke (a wizard page re-checks Next)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.admin = QLineEdit("admin", self)
        self.admin.setObjectName("adminUser")
        self.password = QLineEdit(self)
        self.password.setObjectName("adminPassword")
        self.again = QLineEdit(self)
        self.again.setObjectName("adminPasswordAgain")
        for w in (self.password, self.again):
            w.setEchoMode(QLineEdit.EchoMode.Password)
        self.reason = QLabel(self)
        self.reason.setObjectName("adminProblem")
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet("color: #b00020;")
        for w in (self.admin, self.password, self.again):
            w.textChanged.connect(self._typed)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Administrator"), self.admin)
        form.addRow(self.tr("Password (%1 characters or more)")
                    .replace("%1", str(MIN_PASSWORD)), self.password)
        form.addRow(self.tr("Password again"), self.again)
        form.addRow(self.reason)

    def _typed(self, _text: str) -> None:
        self.reason.setText((self.problem() or "") if self.password.text() else "")
        self.changed.emit()

    def problem(self) -> str | None:
        """Why these lines cannot make an administrator yet, or None."""
        if not self.admin.text().strip():
            return self.tr("The administrator needs a name.")
        if len(self.password.text()) < MIN_PASSWORD:
            return (self.tr("The password needs at least %1 characters.")
                    .replace("%1", str(MIN_PASSWORD)))
        if self.password.text() != self.again.text():
            return self.tr("The two passwords differ.")
        return None

    def clear_passwords(self) -> None:
        """Forget what was typed once it has been used."""
        self.password.clear()
        self.again.clear()


class NewPasswordDialog(QDialog):
    """The first administrator of a database of an older release: name and password
    typed twice. `run(user, password)` does the work (raises InputRefused)."""

    def __init__(self, run: Callable, lang: str, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.run = run
        self.lang = lang
        self.result = None
        self.setObjectName("newPasswordDialog")
        self.setWindowTitle(self.tr("Protect this database"))
        self.fields = AdminFields(self)
        self.user, self.password, self.again = (self.fields.admin, self.fields.password,
                                                self.fields.again)
        self.error = QLabel(self)
        self.error.setObjectName("newPasswordError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.fields)
        lay.addWidget(self.error)
        lay.addWidget(buttons)

    def accept(self) -> None:
        """Run the conversion; stay open with the reason if it is refused."""
        problem = self.fields.problem()
        if problem:
            self.error.setText(problem)
            return
        try:
            self.result = self.run(self.user.text().strip(), self.password.text())
        except (InputRefused, DatabaseRefused) as exc:
            self.error.setText(exc.message(self.lang))
            return
        self.fields.clear_passwords()
        super().accept()


def recovery_message(key_text: str) -> str:
    """The words around the recovery key, shown once."""
    text = QCoreApplication.translate(
        "Login", "Write down this recovery key and keep it in the commune's safe. It is "
                 "shown only now. It resets a forgotten password and opens this database's "
                 "backups:")
    return f"{text}\n\n{key_text}"


class IdleWatch(QObject):
    """Fires `idle` after `minutes` without a key press, click or wheel turn anywhere
    in the app. A Qt timer, so tests drive it (`timer.setInterval`)."""

    idle = Signal()
    INPUT = (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel)

    def __init__(self, app, minutes: int, parent: QObject | None = None):
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.set_minutes(minutes)
        app.installEventFilter(self)
        self.app = app

    def set_minutes(self, minutes: int) -> None:
        """0 turns the lock off."""
        self.minutes = minutes
        self.timer.stop()
        if minutes > 0:
            self.timer.setInterval(minutes * 60_000)
            self.timer.start()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt API)
        if event.type() in self.INPUT and self.timer.interval() > 0 and self.timer.isActive():
            self.timer.start()
        return False

    def restart(self) -> None:
        """Count from now again (after an unlock)."""
        if self.timer.interval() > 0 and self.minutes > 0:
            self.timer.start()

    def stop(self) -> None:
        """Stop watching (the app closes)."""
        self.timer.stop()
        self.app.removeEventFilter(self)
