"""Where NeuroFoot keeps its data: one private folder (also a portable mode)."""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

ENV_VAR = "NEUROFOOT_DATA_DIR"
DB_NAME = "neurofoot.sqlite3"
# The folder lock the window (single_instance.py) and the writing commands share.
LOCK_NAME = "neurofoot.lock"


def resolve(explicit: str | os.PathLike[str] | None = None) -> Path:
    """--data-dir, else $NEUROFOOT_DATA_DIR, else the platform's user data folder.

    Raises StorageError for a path that cannot be a folder (a symlink loop, say)."""
    chosen = explicit or os.environ.get(ENV_VAR)
    if chosen:
        try:
            return Path(chosen).expanduser().resolve()
        except (OSError, RuntimeError, ValueError) as exc:  # RuntimeError: a symlink loop
            from neurofoot_desktop.storage.errors import StorageError

            raise StorageError(f"Cannot use the data folder {chosen}: {exc}") from None
    from platformdirs import user_data_dir

    return Path(user_data_dir("NeuroFoot", appauthor=False))


def _owner_only(path: Path, keep: int) -> None:
    """Take group and other permissions away; never add one (a read-only log stays so)."""
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & ~keep:
        path.chmod(mode & keep)


def ensure_private(folder: Path) -> Path:
    """Create the folder if needed and make it readable by its owner only (0700)."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix":
        _owner_only(folder, 0o700)
    return folder


def secure_folder(folder: Path) -> None:
    """Owner-only permissions on the data folder and everything in it (0700 / 0600)."""
    if os.name != "posix" or not folder.is_dir():
        return
    _owner_only(folder, 0o700)
    for root, dirs, files in os.walk(folder):
        for name in dirs:
            p = Path(root, name)
            if not p.is_symlink():
                with contextlib.suppress(OSError):
                    _owner_only(p, 0o700)
        for name in files:
            p = Path(root, name)
            if not p.is_symlink():
                with contextlib.suppress(OSError):  # a -wal may vanish meanwhile
                    _owner_only(p, 0o600)
