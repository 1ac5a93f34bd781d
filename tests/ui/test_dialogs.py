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


@pytest.mark.parametrize("size", ["1366x768", "1024x640"])
def test_the_report_period_question_shows_every_period(size: str, tmp_path) -> None:
    """File > Export > PDF: all six periods in view ("Other dates…" used to need scrolling),
    in English and Spanish, at 100 % and 200 %, with and without the photos box; on a screen
    too short for all of them at 200 % the list scrolls by whole rows and the dialog stays on
    the screen. The real dialog on a screen of that size (the offscreen platform's config)."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    width, height = (int(v) for v in size.split("x"))
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "screen", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    out = tmp_path / "seen.json"
    probe = Path(__file__).parents[1] / "helpers" / "choice_probe.py"
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    subprocess.run([sys.executable, str(probe), str(out)], env=env, check=True, timeout=300)
    seen = json.loads(out.read_text(encoding="utf-8"))
    assert len(seen) == 8
    for case, shown in seen.items():
        entries = shown["entries"]
        assert len(entries) == 6, case
        assert shown["inside_screen"], (case, shown["dialog"], shown["screen"])
        assert all(e["whole_text"] or e["tooltip"] for e in entries), case
        assert not any(e["cut"] for e in entries), case  # whole rows only
        if (size, case.split("-")[1]) == ("1024x640", "200"):  # 640 px: too short for all
            assert shown["scrolls"] and sum(e["inside"] for e in entries) >= 3, case
        else:
            assert all(e["inside"] for e in entries), (case, entries)
            assert not shown["scrolls"], case
