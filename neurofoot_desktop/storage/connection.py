"""Opening the SQLite file safely: private permissions, WAL, full sync, foreign keys."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

from neurofoot_desktop.storage.errors import DatabaseDamaged, StorageError, cause
from neurofoot_desktop.storage.migrations import APPLICATION_ID

BUSY_TIMEOUT_S = 5.0


def create_private_file(path: Path) -> None:
    """Create the database file as 0600 before SQLite does; its -wal/-shm inherit that.
    An existing file only loses group/other permissions: a read-only log stays read-only."""
    if path.is_dir():
        raise OSError(f"{path} is a folder, not a NeuroFoot log")
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    if os.name == "posix":
        for extra in ("", "-wal", "-shm"):
            p = Path(f"{path}{extra}")
            if p.is_file():
                mode = stat.S_IMODE(p.stat().st_mode)
                if mode & 0o177:
                    p.chmod(mode & 0o600)


def connect(path: Path) -> sqlite3.Connection:
    """Open for writing. Call integrity.refuse_newer_untouched() first: WAL would touch it."""
    try:
        create_private_file(path)
        conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_S,
                               check_same_thread=False)
    except OSError as exc:
        raise StorageError(f"Cannot open the NeuroFoot log at {path}: {exc}") from None
    except sqlite3.Error as exc:
        raise StorageError(f"Cannot open the NeuroFoot log at {path}: {cause(exc)}") from None
    try:
        if path.stat().st_size == 0:
            # Marked as NeuroFoot's by its very first write, before WAL or any table: another
            # program starting at the same moment never sees an unmarked file with tables in
            # it (which it would take for another program's file). Migration 2 marks old logs.
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
    except (OSError, sqlite3.DatabaseError) as exc:
        conn.close()
        raise DatabaseDamaged(f"{path} is not a readable NeuroFoot database ({exc}).") from None
    conn.row_factory = sqlite3.Row
    return conn
