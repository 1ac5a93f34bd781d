"""Work that can wait until the window is on screen.

Start-up shows the window first; what the person does not need to see it (the app icon's
pixels, listening for a second launch) runs once its first frame has been painted.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, work: list[Callable[[], object]]) -> None:
        super().__init__(window)
        self._work = work

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._run)  # after this frame is finished and flushed
        return False

    def _run(self) -> None:
        for job in self._work:
            job()
        self.deleteLater()


def after_first_paint(window: QWidget, *work: Callable[[], object]) -> None:
    """Run work, in order, just after window's first frame (call before showing it)."""
    window.installEventFilter(_FirstPaint(window, list(work)))
