"""PySide6 6.12.0 on Python 3.11 drops None's refcount on every void Qt method call and
aborts with "Fatal Python error: none_dealloc" after a few thousand calls. This test
makes 200,000 such calls in a child process so no upgrade can bring the crash back."""

import subprocess
import sys

CHILD = r"""
from PySide6.QtCore import QObject, QStringListModel
obj = QObject()
model = QStringListModel(["a", "b"])
for i in range(200_000):
    obj.setObjectName("x")
    model.beginResetModel()
    model.endResetModel()
print("ok", flush=True)
"""


def test_two_hundred_thousand_void_calls_do_not_abort():
    done = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "ok"
    assert "none_dealloc" not in done.stderr
