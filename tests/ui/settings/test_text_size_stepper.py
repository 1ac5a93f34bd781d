"""The text-size "+" stays under the pointer while the text grows with each click (issue 14,
finding 19): a person clicking it five times should not have to chase it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from neurofoot_desktop.core.settings import Settings
from neurofoot_desktop.ui import theme
from neurofoot_desktop.ui.guidance import cues
from neurofoot_desktop.ui.settings.dialog import SettingsDialog
from neurofoot_desktop.ui.settings.sections.display import DisplaySection

pytestmark = pytest.mark.qt_log_ignore(*cues.NO_DEVICE_LOG)


@pytest.fixture
def dialog(qtbot: QtBot, qapp: QApplication) -> Iterator[SettingsDialog]:
    theme.apply(qapp, "light", 100)
    d = SettingsDialog(Settings())
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    section = d.section(DisplaySection)
    d.sections.setCurrentRow(next(i for i in range(d.pages.count())
                                  if d.pages.widget(i).isAncestorOf(section)
                                  or d.pages.widget(i) is section))
    yield d
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, SettingsDialog):
            widget.close()  # it deletes itself on close
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    theme.apply(qapp, "light", 100)


def test_the_plus_button_does_not_move_as_the_text_grows(dialog: SettingsDialog,
                                                         qtbot: QtBot) -> None:
    section = dialog.section(DisplaySection)
    spin = section.font_scale
    minus, plus = next((m, p) for s, m, p in section.steppers if s is spin)
    spin.setValue(100)
    QApplication.processEvents()
    where = plus.mapToGlobal(plus.rect().center())
    for expected in range(110, 210, 10):
        QApplication.processEvents()
        # the click lands where the "+" was at the start, as a person's pointer would
        qtbot.mouseClick(plus, Qt.MouseButton.LeftButton, pos=plus.mapFromGlobal(where))
        for _ in range(3):
            QApplication.processEvents()
        assert spin.value() == expected
        assert plus.rect().contains(plus.mapFromGlobal(where)), (
            f"at {expected} % the + moved: {plus.mapToGlobal(QPoint(0, 0))}, was round {where}")
    assert theme.current().scale == pytest.approx(2.0)
    # and the "-" beside it stays a whole, large target
    assert minus.width() >= 44 and plus.width() >= 44
