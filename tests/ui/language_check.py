"""What a window says, to check it speaks one language: every label, button, header,
placeholder, tooltip, title, choice and cell of its own tables, in a widget tree
(record lists, which are lazy table views, left out)."""

import re
import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QComboBox, QGroupBox, QLabel,
                               QLineEdit, QListWidget, QPlainTextEdit, QTableWidget, QWidget,
                               QWizard, QWizardPage)

# Common English words that are not also Vietnamese words written without diacritics.
ENGLISH = frozenset("""
the and of with from for not all this that these those into your you are is was will be
been has have here there what which when where who why how add added import imported
export file files row rows column columns name names unit position bridge point points
present absent excused session sessions training trainings new choose find search close
cancel next back finish save delete edit yes no ok found match matches does refused left
out first under field fills sheet title date dated check before anyway people person
recorded already duplicate may records record line lines hamlet hamlets team member
members phone key hub trusted nothing until answer used later sync page province commune
computer settings language text size contrast high display data database lock idle never
open another demo creating preparing checking importing saved attendance status excused
""".split())
_WORD = re.compile(r"[A-Za-z]+")


def vietnamese_letters(text: str) -> list[str]:
    """The letters of `text` that only Vietnamese (not English) writes: đ and letters
    with diacritics."""
    out = []
    for ch in text:
        if ch in "đĐ" or (ch.isalpha() and unicodedata.normalize("NFD", ch) != ch):
            out.append(ch)
    return out


def english_words(text: str) -> list[str]:
    """The English words in `text`."""
    return [w for w in _WORD.findall(text) if w.lower() in ENGLISH]


def ui_texts(root: QWidget, skip: tuple[str, ...] = ()) -> list[str]:
    """The texts a widget tree shows of its own (not the records it lists): widgets
    whose objectName is in `skip` are left out with their children."""
    texts: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    skipped = [w for w in widgets if w.objectName() in skip]
    for w in widgets:
        if any(w is s or s.isAncestorOf(w) for s in skipped):
            continue
        if w.isWindow():
            texts.append(w.windowTitle())
        texts.append(w.toolTip())
        if isinstance(w, QLabel):
            texts.append(w.text())
        elif isinstance(w, QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        elif isinstance(w, QPlainTextEdit):
            texts.append(w.placeholderText())
        elif isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QWizardPage):
            texts += [w.title(), w.subTitle()]
        if isinstance(w, QTableWidget):  # a table of the window's own (not a record list)
            texts += [w.item(r, c).text() for r in range(w.rowCount())
                      for c in range(w.columnCount()) if w.item(r, c)]
        if isinstance(w, QAbstractItemView) and not isinstance(w, QListWidget) and w.model():
            model = w.model()
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                      for c in range(model.columnCount())]
        if isinstance(w, QWizard):
            texts += [w.buttonText(b) for b in (QWizard.WizardButton.NextButton,
                                                 QWizard.WizardButton.BackButton,
                                                 QWizard.WizardButton.FinishButton,
                                                 QWizard.WizardButton.CancelButton)]
    return [t for t in texts if t and t.strip()]
