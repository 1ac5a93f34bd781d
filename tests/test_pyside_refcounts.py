"""PySide6 6.12.0 dropped a reference to None on every void call and Python 3.11 aborted.

This guards the pin in pyproject.toml: widget calls and signal emissions must not
leak or steal references to the singletons.
"""

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


class _Emitter(QObject):
    changed = Signal(bool)


def test_void_calls_and_emits_keep_singleton_refcounts(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    emitter = _Emitter()
    emitter.changed.connect(lambda value: None)
    before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(2000):
        label.setText("x")
        emitter.changed.emit(True)
    after = sys.getrefcount(None), sys.getrefcount(True)
    assert abs(after[0] - before[0]) < 50
    assert abs(after[1] - before[1]) < 50
