"""Run as a script on a virtual X screen: the real program (app.run_gui, its window, theme and
language from the data folder's settings.json) is taken to the player, says "ready", and
when a message dialog is then open (Esc on the player: "Stop the session"), writes what a
person could read of it to a JSON file. The keys come from outside, through xdotool.

    python tests/helpers/question_probe.py DATA_DIR OUT.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def to_player(win: object) -> None:
    """The walk's short way to the player: the pages in front of it have their own tests."""
    from neurofoot_desktop.core import safety
    from neurofoot_desktop.session_log import SessionLog

    pid = win.store.add_profile("Ana María Fernández", win.clock.now()).id
    win.start.reload(pid)
    win.log = SessionLog(win.store, win.protocol, win.clock, pid)
    for q in win.protocol.precheck:
        win.log.answer(q.id, False)
    for answer in (safety.POSITION_READY, safety.LOTION_READY):
        win.log.answer(answer, True)
    win._light_touch()
    lt = win.light_touch
    for _foot in range(2):
        lt._choose(True)
        while lt.stage == "probe":
            lt._choose(True)
        lt._choose(False)
        lt._choose(True)
    if win.current_page() is not win.player:
        win._massage()
    win.player.setFocus()


def measure(dialog: object) -> dict[str, object]:
    label, scroll = dialog.label, dialog._scroll
    screen = dialog.screen().availableGeometry()
    frame = dialog.frameGeometry()
    return {
        "text": label.text(),
        "label_height": label.height(),
        "needs_height": label.heightForWidth(label.width()),
        "shown_height": scroll.viewport().height(),
        "scroll_range": scroll.verticalScrollBar().maximum(),
        "dialog": [frame.x(), frame.y(), frame.width(), frame.height()],
        "inside_screen": screen.contains(frame),
        "window_manager_frame": frame != dialog.geometry(),
    }


def main(data_dir: str, out: str) -> int:
    from neurofoot_desktop.app import run_gui
    from neurofoot_desktop.ui import theme
    from neurofoot_desktop.ui.dialogs import MessageDialog
    from neurofoot_desktop.ui.main_window import MainWindow

    app = theme.new_application(sys.argv[:1])
    state = {"ready": False, "seen": 0.0}

    def poll() -> None:
        wins = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not state["ready"] and wins:
            to_player(wins[0])
            Path(out + ".ready").write_text("ready")
            state["ready"] = True
            return
        dialog = app.activeModalWidget()
        if isinstance(dialog, MessageDialog) and dialog.isVisible():
            state["seen"] += 0.2
            framed = dialog.frameGeometry() != dialog.geometry()
            # settled under the window manager: framed, then a second more; on a busy
            # machine the frame can come late, so give it up to 10 s before measuring anyway
            if (framed and state["seen"] >= 1.0) or state["seen"] >= 10.0:
                Path(out).write_text(json.dumps(measure(dialog)), encoding="utf-8")
                dialog.reject()
                app.quit()

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(200)
    assert isinstance(app, QApplication)
    return run_gui(data_dir)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1], sys.argv[2]))
