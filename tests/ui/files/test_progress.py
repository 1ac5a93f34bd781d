"""The progress dialog of long work (issue 16): it appears with its Cancel button even while
the work has not yet said how much there is (a child process starting, a report laid out)."""

from __future__ import annotations

import threading

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from neurofoot_desktop.ui.files import progress


def test_the_dialog_shows_before_the_work_says_how_much(qapp: QApplication) -> None:
    seen: list[bool] = []
    release = threading.Event()

    def work(report) -> str:
        release.wait(30)  # until the dialog has been looked at; the work never reports
        return "done"

    def look() -> None:
        shown = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QProgressDialog) and w.isVisible()]
        seen.append(bool(shown) and shown[0].labelText() == "Exporting…")
        if seen[-1] or len(seen) > 200:
            release.set()

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(20)
    try:
        assert progress.run(None, "Exporting…", work, show_after_ms=50) == "done"
    finally:
        timer.stop()
        release.set()
    assert seen[-1], "the progress dialog never appeared"
