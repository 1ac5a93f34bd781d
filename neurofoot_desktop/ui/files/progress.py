"""Long work (export, import, restore, backup) off the GUI thread, with progress and Cancel.

The work runs on a Python thread with its own connection to the log (SQLite in WAL mode
lets it read while the window keeps its own); the window keeps repainting, a progress
dialog shows how far it is, and Cancel makes the work's next progress() call raise
ExportCancelled, so the file being written is dropped (exports write to a temporary
file and rename it only when complete).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from neurofoot_desktop.exports.atomic import ExportCancelled, Progress

T = TypeVar("T")
POLL_MS = 40  # the dialog is updated this often; the window never waits longer


def tr(text: str) -> str:
    return QCoreApplication.translate("FileActions", text)


def run(parent: QWidget | None, label: str, work: Callable[[Progress], T],
        show_after_ms: int = 300, cancellable: bool = True) -> T:
    """work(progress) on a thread; returns its result or raises what it raised
    (ExportCancelled when the person pressed Cancel). cancellable=False (a restore, one
    transaction that must finish once begun) shows no Cancel button that would do nothing."""
    state: dict[str, object] = {"done": 0, "total": 0}
    cancel = threading.Event()

    def progress(done: int, total: int) -> None:
        if cancel.is_set():
            raise ExportCancelled(tr("Cancelled: nothing was written."))
        state["done"], state["total"] = done, total

    def target() -> None:
        try:
            state["result"] = work(progress)
        except BaseException as exc:  # handed to the GUI thread below
            state["error"] = exc

    dialog = QProgressDialog(label, tr("Cancel"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(show_after_ms)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(cancel.set)
    # Starts the dialog's own clock: it shows after show_after_ms even while the work has not
    # said how much there is (a child process starting, a report being laid out), not only
    # once a value arrives.
    dialog.setValue(0)
    if not cancellable:
        dialog.setCancelButton(None)  # type: ignore[arg-type]
    thread = threading.Thread(target=target, name="neurofoot-long-work", daemon=True)
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(POLL_MS)

    def poll() -> None:
        if dialog.wasCanceled():  # the button, Escape, or closing the dialog
            cancel.set()
        total = int(state["total"])  # type: ignore[call-overload]
        if total:
            dialog.setMaximum(total)
            dialog.setValue(min(int(state["done"]), total))  # type: ignore[call-overload]
        if not thread.is_alive():
            loop.quit()

    timer.timeout.connect(poll)
    thread.start()
    timer.start()
    loop.exec()
    timer.stop()
    dialog.close()
    dialog.deleteLater()
    if "error" in state:
        raise state["error"]  # type: ignore[misc]
    return state["result"]  # type: ignore[return-value]


def in_background(work: Callable[[], object], what: str) -> threading.Thread:
    """Quiet work nobody waits for (the daily backup after a session): on a thread, so a
    large log never stalls the summary screen; a failure is logged, never shown."""
    import logging

    def target() -> None:
        try:
            work()
        except Exception as exc:  # a backup failure never touches the log: log it, go on
            logging.getLogger(__name__).warning("%s skipped: %s", what, exc)

    thread = threading.Thread(target=target, name=f"neurofoot-{what}", daemon=True)
    thread.start()
    return thread
