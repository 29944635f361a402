"""Message boxes, in one place so tests can patch them (STYLE.md habit 9).

Button texts are translated here: the PySide6 wheels carry no Vietnamese qtbase
translation, so Qt's own "Yes", "No" and "Save" would stay in English.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


# Marked for pyside6-lupdate here; translated when a box is shown.
OK = QT_TRANSLATE_NOOP("Messages", "OK")
YES = QT_TRANSLATE_NOOP("Messages", "Yes")
NO = QT_TRANSLATE_NOOP("Messages", "No")
SAVE = QT_TRANSLATE_NOOP("Messages", "Save")
DONT_SAVE = QT_TRANSLATE_NOOP("Messages", "Don't save")
CANCEL = QT_TRANSLATE_NOOP("Messages", "Cancel")


def _t(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def _box(parent, icon, title: str, text: str, buttons: list[tuple[str, QMessageBox.ButtonRole]],
         default: int = 0) -> int:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    made = [box.addButton(label, role) for label, role in buttons]
    box.setDefaultButton(made[default])
    box.exec()
    clicked = box.clickedButton()
    return made.index(clicked) if clicked in made else len(made) - 1


def info(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user something."""
    _box(parent, QMessageBox.Icon.Information, title, text,
         [(_t(OK), QMessageBox.ButtonRole.AcceptRole)])


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """Warn the user about a problem."""
    _box(parent, QMessageBox.Icon.Warning, title, text,
         [(_t(OK), QMessageBox.ButtonRole.AcceptRole)])


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """A yes/no question; True for yes. No is the default: Enter never deletes."""
    answer = _box(parent, QMessageBox.Icon.Question, title, text,
                  [(_t(YES), QMessageBox.ButtonRole.YesRole),
                   (_t(NO), QMessageBox.ButtonRole.NoRole)], default=1)
    return answer == 0


def ask_save(parent: QWidget | None, title: str, text: str) -> str:
    """Unsaved edits: "save", "discard" or "cancel"."""
    answer = _box(parent, QMessageBox.Icon.Question, title, text,
                  [(_t(SAVE), QMessageBox.ButtonRole.AcceptRole),
                   (_t(DONT_SAVE), QMessageBox.ButtonRole.DestructiveRole),
                   (_t(CANCEL), QMessageBox.ButtonRole.RejectRole)])
    return ("save", "discard", "cancel")[answer]
