"""The folder lock a writing command shares with the window (single_instance.py holds the
same QLockFile while NeuroFoot is open): import and restore refuse while the window has the
folder, and a window started meanwhile waits for the command instead of writing beside it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from neurofoot_desktop import datadir
from neurofoot_desktop.commands.errors import CommandError

OPEN_ELSEWHERE = ("NeuroFoot is open on this folder; close it first, then run the command "
                  "again. Nothing was changed.")


@contextmanager
def holding(folder: Path) -> Iterator[None]:
    from PySide6.QtCore import QLockFile  # only for a writing command: Qt is slow to load

    lock = QLockFile(str(folder / datadir.LOCK_NAME))
    lock.setStaleLockTime(0)  # stale only when its process is gone, as for the window
    if not lock.tryLock(0):
        if lock.error() == QLockFile.LockError.LockFailedError:
            raise CommandError(OPEN_ELSEWHERE, code=2)
        yield  # no lock possible (a read-only folder): the write itself reports that
        return
    try:
        yield
    finally:
        lock.unlock()
