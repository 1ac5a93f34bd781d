"""Opening the SQLite file safely: private permissions, WAL, full sync, foreign keys."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from neurofoot_desktop.storage.errors import DatabaseDamaged, SchemaTooNew, StorageError
from neurofoot_desktop.storage.migrations import LATEST

BUSY_TIMEOUT_S = 5.0


def stored_version(path: Path) -> int:
    """The file's schema version, read without changing a byte of it."""
    if not path.exists() or path.stat().st_size == 0:
        return 0
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return int(conn.execute("PRAGMA user_version").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseDamaged(f"{path} is not a readable NeuroFoot database ({exc}).") from None


def refuse_newer(path: Path) -> None:
    version = stored_version(path)
    if version > LATEST:
        raise SchemaTooNew(
            f"{path} was written by a newer version of NeuroFoot (data format {version}; "
            f"this version understands up to {LATEST}). Please update NeuroFoot. "
            "The file has not been changed."
        )


def create_private_file(path: Path) -> None:
    """Create the database file as 0600 before SQLite does; its -wal/-shm inherit that."""
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    if os.name == "posix":
        for extra in ("", "-wal", "-shm"):
            p = Path(f"{path}{extra}")
            if p.exists():
                p.chmod(0o600)


def connect(path: Path) -> sqlite3.Connection:
    """Open for writing. Call refuse_newer() first: setting WAL would touch the file."""
    try:
        create_private_file(path)
        conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_S,
                               check_same_thread=False)
    except (OSError, sqlite3.Error) as exc:
        raise StorageError(f"Cannot open the NeuroFoot log at {path}: {exc}") from None
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise DatabaseDamaged(f"{path} is not a readable NeuroFoot database ({exc}).") from None
    conn.row_factory = sqlite3.Row
    return conn
