"""Issue 14, finding 19: every yes/no question starts with the focus on "No".

"Is light touch unpleasant?" focused "Yes" while the pre-check questions focus "No", so
the same Enter gave the warning answer on one screen and not on the others.
"""

from __future__ import annotations

from helpers.session_driver import Driver
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from neurofoot_desktop.ui.main_window import MainWindow


def test_the_unpleasant_question_starts_on_no_and_enter_answers_no(
        window: MainWindow, drive: Driver) -> None:
    drive.add_person("Ana")
    drive.begin()
    drive.clear_precheck()
    page = window.light_touch
    window.activateWindow()
    drive.qtbot.keyClick(page, Qt.Key.Key_Return)  # Begin
    for probe in list(page.probes):
        drive.qtbot.keyClick(page, Qt.Key.Key_F if probe.real else Qt.Key.Key_N)
    assert page.stage == "unpleasant"
    focus = QApplication.focusWidget()
    assert isinstance(focus, QPushButton) and focus.text().startswith("No"), (
        focus.text() if isinstance(focus, QPushButton) else focus)
    drive.qtbot.keyClick(focus, Qt.Key.Key_Return)
    assert page.stage == "result"
    assert page.results[page.foot].unpleasant is False
