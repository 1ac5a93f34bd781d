"""One NeuroFoot per data folder.

The first launch takes a QLockFile in the data folder and listens on a
QLocalServer whose name is derived from the folder. A second launch on the same
folder cannot take the lock; it connects to the server, asks the running window
to come to the front, and exits without touching the database.

QLockFile writes the owner's process id into the lock, so a lock left behind by
a crash (the process no longer exists) is recognised as stale and taken over.
The lock's age is deliberately not used: a window open for hours is still alive.

The first launch starts listening only once its window is on screen (listen()); a launch
that knocks before then keeps knocking for a few seconds. QtNetwork is loaded only then.
"""

from __future__ import annotations

import os
import time
from enum import Enum
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

from neurofoot_desktop.datadir import LOCK_NAME

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

__all__ = ["LOCK_NAME", "Launch", "SingleInstance", "server_name"]

MESSAGE = b"activate\n"
_CONNECT_MS = 1000


class Launch(Enum):
    FIRST = "first"  # this process owns the folder
    FORWARDED = "forwarded"  # another process owns it and was asked to come forward
    BUSY = "busy"  # another process owns it but did not answer


def server_name(folder: Path) -> str:
    """A per-user, per-folder name (a socket in the temp folder, or a Windows pipe)."""
    import getpass  # both only here: listening waits for the first paint
    import hashlib

    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name in some containers
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    key = f"{user}\0{folder.expanduser().resolve()}".encode()
    return f"neurofoot-{hashlib.sha256(key).hexdigest()[:20]}"


class SingleInstance(QObject):
    """acquire() once at start, then listen(); activation_requested fires when a later
    launch knocks."""

    activation_requested = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self._lock = QLockFile(str(folder / LOCK_NAME))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone
        self._server: QLocalServer | None = None

    @cached_property
    def name(self) -> str:
        return server_name(self.folder)

    def acquire(self, wait_ms: int = 3000) -> Launch:
        if self._lock.tryLock(0):
            if os.name == "posix":
                (self.folder / LOCK_NAME).chmod(0o600)
            return Launch.FIRST
        if self._lock.error() != QLockFile.LockError.LockFailedError:
            # The folder cannot hold a lock (read-only, say). Opening the store will
            # report the real problem; refusing to start here would only hide it.
            return Launch.FIRST
        # The owner may be starting up and not listening yet: knock for a while.
        deadline = time.monotonic() + wait_ms / 1000
        while True:
            if self._knock():
                return Launch.FORWARDED
            if time.monotonic() >= deadline:
                return Launch.BUSY
            time.sleep(0.1)

    def listen(self) -> None:
        """Answer later launches (after acquire() returned FIRST)."""
        from PySide6.QtNetwork import QLocalServer

        if self._server is not None or not self._lock.isLocked():
            return
        QLocalServer.removeServer(self.name)  # a socket left by a crash; we hold the lock
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._on_connection)
        if server.listen(self.name):
            self._server = server

    def _on_connection(self) -> None:
        assert self._server is not None
        while (sock := self._server.nextPendingConnection()) is not None:
            sock.disconnected.connect(sock.deleteLater)
            sock.disconnectFromServer()
            self.activation_requested.emit()

    def _knock(self) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        sock = QLocalSocket()
        sock.connectToServer(self.name)
        if not sock.waitForConnected(_CONNECT_MS):
            return False
        sock.write(MESSAGE)
        sock.waitForBytesWritten(_CONNECT_MS)
        sock.disconnectFromServer()
        return True

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()
