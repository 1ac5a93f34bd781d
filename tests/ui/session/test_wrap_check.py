"""The pre-check's boxes at 200 %: words that wrap instead of running past the window, still
one control for the keyboard, the mouse and screen readers (issue 14, finding 8)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from neurofoot_desktop.ui import theme
from neurofoot_desktop.ui.widgets.wrap_check import WrapCheckBox

LONG = ("Siéntese o recuéstese con comodidad, con el pie apoyado sobre una toalla y la "
        "pierna bien sostenida")


@pytest.fixture
def large_type() -> Iterator[None]:
    theme.apply(QApplication.instance(), "light", 200)
    yield
    theme.apply(QApplication.instance(), "light", 100)


def test_long_words_wrap_whole_beside_the_box(qtbot: QtBot, large_type: None) -> None:
    host = QWidget()
    column = QVBoxLayout(host)
    box = WrapCheckBox(LONG)
    column.addWidget(box)
    column.addStretch(1)
    qtbot.addWidget(host)
    host.resize(600, 500)
    host.show()
    qtbot.waitExposed(host)
    words = box.words
    assert words.text() == LONG and box.accessibleName() == LONG
    metrics = words.fontMetrics()
    assert metrics.horizontalAdvance(LONG) > words.width()  # it had to wrap ...
    assert words.height() >= words.heightForWidth(words.width())  # ... and every line shows
    assert words.height() >= 3 * metrics.height()
    assert box.geometry().right() <= host.width()
    assert words.x() > 0  # beside the box, not over it


def test_one_control_for_keys_and_mouse(qtbot: QtBot, large_type: None) -> None:
    box = WrapCheckBox(LONG)
    qtbot.addWidget(box)
    box.resize(600, 300)
    box.show()
    qtbot.waitExposed(box)
    assert box.focusPolicy() != Qt.FocusPolicy.NoFocus
    assert box.words.focusPolicy() == Qt.FocusPolicy.NoFocus
    # a click on the last line of the words ticks it
    words = box.words
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton,
                     pos=words.geometry().bottomRight() - QPoint(20, 5))
    assert box.isChecked()
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert not box.isChecked()
