"""The dialog service's own dialog: the whole question readable, the safe answer the default."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from neurofoot_desktop.ui import dialogs, theme

LONG = ("That step has stopped, and the pressure will be lighter next time. If pain continues "
        "or gets worse, contact your doctor. End today's session now? Everything rated so far "
        "is kept, and nothing you entered is lost.")


@pytest.mark.parametrize("scale", [100, 200])
def test_a_long_question_is_shown_whole(qapp: QApplication, scale: int) -> None:
    theme.apply(qapp, "light", scale)
    roles = QDialogButtonBox.ButtonRole
    box = dialogs.MessageDialog(None, LONG, "question", "",
                                [("Yes", roles.AcceptRole), ("No", roles.RejectRole)], default=1)
    box.show()
    qapp.processEvents()
    label = box.label
    assert label.height() >= label.heightForWidth(label.width())  # no line cut off
    assert box.width() <= box.screen().availableGeometry().width()
    assert box.buttons[1].isDefault()  # the safe answer
    box.close()
    theme.apply(qapp, "light", 100)


def test_enter_answers_the_focused_button_and_esc_the_safe_one(qapp: QApplication, qtbot) -> None:
    from PySide6.QtCore import Qt

    roles = QDialogButtonBox.ButtonRole
    box = dialogs.MessageDialog(None, "Delete it?", "warning", "",
                                [("Delete", roles.DestructiveRole), ("Keep it", roles.RejectRole)],
                                default=1)
    qtbot.addWidget(box)
    box.show()
    box.buttons[0].setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.clicked == 0
    again = dialogs.MessageDialog(None, "Delete it?", "warning", "",
                                  [("Delete", roles.DestructiveRole),
                                   ("Keep it", roles.RejectRole)], default=1)
    qtbot.addWidget(again)
    again.show()
    qtbot.keyClick(again, Qt.Key.Key_Escape)
    assert again.clicked is None and again.result() == 0


def test_scripted_answers_fail_a_test_that_asks_more(scripted_dialogs) -> None:
    scripted_dialogs.answers = [True]
    assert dialogs.service().confirm(None, "First?")
    with pytest.raises(AssertionError, match="Second"):
        dialogs.service().ask(None, "Second?")
