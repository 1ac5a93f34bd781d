"""Notifications behind one small interface, with a watchdog.

The tray's balloon (QSystemTrayIcon.showMessage) when there is a tray; otherwise the desktop's
notification service through `notify-send` run as a separate process: a service that is
missing, refuses or hangs costs a process that is ended after a few seconds, never a frozen
window (the same watchdog idea as speech). Either way the caller also raises the window's
banner when the notification could not be shown.
"""

from __future__ import annotations

import shutil
from typing import Protocol

from PySide6.QtCore import QObject, QProcess, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon

WATCHDOG_MS = 4000


class Notifier(Protocol):
    def notify(self, title: str, text: str) -> bool:
        """Show it; False when it certainly could not be shown."""


class TrayNotifier:
    def __init__(self, tray: QSystemTrayIcon) -> None:
        self.tray = tray

    def notify(self, title: str, text: str) -> bool:
        if not self.tray.isVisible() or not QSystemTrayIcon.supportsMessages():
            return False
        self.tray.showMessage(title, text, self.tray.icon(), 20_000)
        return True


class DesktopNotifier(QObject):
    """notify-send in its own process, ended by a watchdog; `failed` says it did not work."""

    failed = Signal()

    def __init__(self, program: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.program = program if program is not None else shutil.which("notify-send")
        self.broken = self.program is None
        self._process: QProcess | None = None
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.setInterval(WATCHDOG_MS)
        self._watchdog.timeout.connect(self._hung)

    def notify(self, title: str, text: str) -> bool:
        if self.broken or self.program is None:
            return False
        if self._process is not None:  # the last one has not finished: do not pile up
            return False
        process = QProcess(self)
        # Deleted with us while the child runs (the app quits): end it first, since a QProcess
        # destroyed while running warns and blocks in its destructor.
        self.destroyed.connect(lambda *_a, p=process: _end(p))
        process.finished.connect(self._finished)
        process.errorOccurred.connect(self._error)
        self._process = process
        self._watchdog.start()
        process.start(self.program, ["--app-name=NeuroFoot", "--icon=org.neurofoot.NeuroFoot",
                                     title, text])
        return True

    def _finished(self, code: int, _status: QProcess.ExitStatus) -> None:
        if self._process is None:
            return
        self._release()
        if code != 0:
            self._fail()

    def _error(self, _error: QProcess.ProcessError) -> None:
        if self._process is not None:
            self._release()
            self._fail()

    def _hung(self) -> None:
        if self._process is not None:
            self._release()
            self._fail()

    def _release(self) -> None:
        """Let go of the process: ended if still running, deleted once it has gone."""
        self._watchdog.stop()
        process, self._process = self._process, None
        if process is None:
            return
        process.finished.disconnect(self._finished)
        process.errorOccurred.disconnect(self._error)
        _end(process)
        process.deleteLater()

    def _fail(self) -> None:
        self.broken = True  # a service that failed or hung once is not asked again this run
        self.failed.emit()


def _end(process: QProcess) -> None:
    """Kill a child still running and reap it; SIGKILL makes the wait a matter of milliseconds."""
    from shiboken6 import isValid

    if isValid(process) and process.state() != QProcess.ProcessState.NotRunning:
        process.kill()
        process.waitForFinished(1000)
